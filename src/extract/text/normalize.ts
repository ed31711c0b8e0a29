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
const PAIRS = Object.entries(SUBSTITUTIONS);

export function normalizeText(original: string): string {
  // One native scan per character kind is faster than a regular expression with a callback.
  let text = original;
  for (const [from, to] of PAIRS) if (text.includes(from)) text = text.replaceAll(from, to);
  return text;
}
