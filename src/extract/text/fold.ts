/**
 * Folding for lookups: case, accents and typographic apostrophes ignored, so "États-Unis",
 * "Etats-Unis" and "ETATS-UNIS" meet in one lexicon entry.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

const cache = new Map<string, string>();
const LIGATURES = /[æœøłđß]/g;
const HAS_LIGATURE = /[æœøłđß]/;
const LIGATURE_LETTERS: Record<string, string> = { æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ß: 'ss' };

export function fold(text: string): string {
  // ASCII (most words): lower-casing is all there is to do, no table needed.
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 96) return foldUnicode(text);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? text.toLowerCase() : text;
}

function foldUnicode(text: string): string {
  let folded = cache.get(text);
  if (folded === undefined) {
    folded = text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/[’‘`´]/g, "'");
    // Letters no decomposition takes apart: "Kjærsgaard" is also written "Kjaersgaard", "cœur" "coeur".
    if (HAS_LIGATURE.test(folded)) folded = folded.replace(LIGATURES, (c) => LIGATURE_LETTERS[c]!);
    // Accented words repeat (Zipf): a bounded memo saves most of the Unicode work.
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
