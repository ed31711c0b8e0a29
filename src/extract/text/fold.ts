/**
 * Folding for lookups: case, accents and typographic apostrophes ignored, so "États-Unis",
 * "Etats-Unis" and "ETATS-UNIS" meet in one lexicon entry.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

const ASCII_LOWER = /^[a-z0-9' -]*$/;
const cache = new Map<string, string>();

export function fold(text: string): string {
  if (ASCII_LOWER.test(text)) return text;
  let folded = cache.get(text);
  if (folded === undefined) {
    folded = text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/[’‘`´]/g, "'");
    // Words repeat (Zipf): a bounded memo saves most of the Unicode work.
    if (cache.size > 100_000) cache.clear();
    cache.set(text, folded);
  }
  return folded;
}

/** A stable identifier fragment: folded, with every run of non-alphanumerics turned into one hyphen. */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
