/**
 * Normalisation that keeps every offset: each substitution replaces one UTF-16 unit by one, so an
 * offset into the normalised text is the same offset into the original file, and evidence read
 * from the original at [start, end) is exactly the sentence the rules saw.
 *
 * - typographic apostrophes and quotes become ASCII (' and ")
 * - the many Unicode spaces (no-break, narrow no-break, thin…) become plain spaces
 * - Unicode hyphens become "-" (dashes used as punctuation, – and —, are kept)
 * - carriage returns become newlines (Windows files)
 * Flag emojis stay as they are: the tokenizer reads them as country mentions.
 */
const SUBSTITUTIONS: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02BC': "'", '\u0060': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"', '\u2039': '"', '\u203A': '"',
  '\u00A0': ' ', '\u202F': ' ', '\u2007': ' ', '\u2009': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ', '\u3000': ' ',
  '\u2010': '-', '\u2011': '-',
  '\r': '\n', '\t': ' ', '\uFEFF': ' ',
};
/** UTF-16 unit → its replacement (0: keep). */
const TABLE = new Uint16Array(65536);
for (const [from, to] of Object.entries(SUBSTITUTIONS)) TABLE[from.charCodeAt(0)] = to.charCodeAt(0);
const UTF16 = new TextDecoder('utf-16le');

export function normalizeText(original: string): string {
  // One pass over the units; the text is copied only if something changes.
  const n = original.length;
  let out: Uint16Array | null = null;
  for (let i = 0; i < n; i++) {
    const to = TABLE[original.charCodeAt(i)]!;
    if (to === 0) continue;
    if (!out) {
      out = new Uint16Array(n);
      for (let k = 0; k < i; k++) out[k] = original.charCodeAt(k);
    }
    out[i] = to;
    for (i++; i < n; i++) {
      const c = original.charCodeAt(i);
      const t = TABLE[c]!;
      out[i] = t === 0 ? c : t;
    }
  }
  return out ? UTF16.decode(out) : original;
}
