/**
 * Folding for lookups: case, accents and typographic apostrophes ignored, so "États-Unis",
 * "Etats-Unis" and "ETATS-UNIS" meet in one lexicon entry.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/[’‘`´]/g, "'");
}

/** A stable identifier fragment: folded, with every run of non-alphanumerics turned into one hyphen. */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
