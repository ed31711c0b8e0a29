/**
 * Folding for lookups: case, accents and typographic apostrophes ignored, so "États-Unis",
 * "Etats-Unis" and "ETATS-UNIS" meet in one lexicon entry.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

const cache = new Map<string, string>();

/** Lower-case ASCII letters, digits, apostrophe, hyphen, space: already folded. */
function isFolded(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 32)) return false;
  }
  return true;
}

export function fold(text: string): string {
  if (isFolded(text)) return text;
  let folded = cache.get(text);
  if (folded === undefined) {
    folded = text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/[’‘`´]/g, "'");
    // Words repeat (Zipf): a bounded memo saves most of the Unicode work.
    if (cache.size > 100_000) cache.clear();
    cache.set(text, folded);
  }
  return folded;
}

const slugs = new Map<string, string>();

/** A stable identifier fragment: folded, with every run of non-alphanumerics turned into one hyphen. */
export function slug(text: string): string {
  let s = slugs.get(text);
  if (s === undefined) {
    s = fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (slugs.size > 100_000) slugs.clear();
    slugs.set(text, s);
  }
  return s;
}
