/**
 * Where the entities of a claim appear in its evidence sentence: every occurrence of a name or an
 * alias of either end, as whole words, ignoring case and accents. Longest names win where they overlap
 * ("Giorgia Meloni" over "Meloni").
 */
import { foldWithOrigin, fold } from './fold-text.ts';

export interface Span {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function findSpans(text: string, terms: readonly string[]): Span[] {
  const { text: folded, origin } = foldWithOrigin(text);
  const needles = [...new Set(terms.map((term) => fold(term.trim())).filter((term) => term.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  const taken = new Uint8Array(folded.length);
  const spans: Span[] = [];
  for (const needle of needles) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(needle, from);
      if (at === -1) break;
      from = at + 1;
      const end = at + needle.length;
      if (at > 0 && WORD_CHAR.test(folded[at - 1]) && WORD_CHAR.test(needle[0])) continue;
      if (end < folded.length && WORD_CHAR.test(folded[end]) && WORD_CHAR.test(needle[needle.length - 1])) continue;
      if (taken.subarray(at, end).some((v) => v === 1)) continue;
      taken.fill(1, at, end);
      spans.push({ start: origin[at], end: origin[end] });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
