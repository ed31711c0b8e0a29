/**
 * The article's own date, against which relative dates are resolved: a metadata line
 * (" date 2025-03-14"), else the first full date ("14 mars 2025") in the first sentences.
 */
import type { Sentence } from '../text/sentences.ts';
import { parseIsoDay, type DayDate } from './calendar.ts';
import { findTimeExpressions } from './time-expressions.ts';
import { tokenize, type Token } from '../text/tokenize.ts';

// At a line's start, or after the byline it shares its line with ("Par X — Publié le …").
const PUBLISHED = /(?:^|\n|[—–|-] )\s*(?:publié|mis à jour|modifié|actualisé)\s+le\s+[^\n]{0,60}/iu;
const META_DATE = /(?:^|\n)\s*(?:date|publié le|published)\s*:?\s*(\d{4}-\d{2}-\d{2})\b/i;
const LEADING_SENTENCES = 8;
const BYLINE_LINES = 12;

export function findArticleDate(text: string, sentences: Sentence[]): DayDate | null {
  const meta = META_DATE.exec(text.slice(0, 2000));
  if (meta) {
    const d = parseIsoDay(meta[1]!);
    if (d) return d;
  }
  // "Publié le 22 novembre 2026 à 18h30": the publication line, boilerplate though it is.
  const published = PUBLISHED.exec(text.slice(0, 2000));
  if (published) {
    const full = firstFullDate(tokenize(published[0]));
    if (full) return full;
  }
  for (const s of sentences.slice(0, LEADING_SENTENCES)) {
    const full = firstFullDate(s.tokens);
    if (full) return full;
  }
  // "Jeudi 9 juillet 2037 - De notre envoyé spécial à Bucarest, X": a byline dropped as boilerplate may hold the only date
  // ("OLJ / Par X, le 13 mars 2026 à 00h05", under a site's name, rubric, headline and standfirst).
  for (const line of text.slice(0, 2000).split('\n').slice(0, BYLINE_LINES)) {
    const full = firstFullDate(tokenize(line));
    if (full) return full;
  }
  return null;
}

function firstFullDate(tokens: Token[]): DayDate | null {
  // A full date has its year, a number: a sentence without one is not searched.
  if (!hasNumber(tokens)) return null;
  for (const e of findTimeExpressions(tokens)) {
    if (e.value.kind === 'date' && e.value.year !== undefined) return { year: e.value.year, month: e.value.month, day: e.value.day };
  }
  return null;
}

function hasNumber(tokens: Token[]): boolean {
  for (const t of tokens) if (t.type === 'number') return true;
  return false;
}
