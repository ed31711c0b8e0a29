/**
 * The article's own date, against which relative dates are resolved: a metadata line
 * (" date 2026-01-06"), else the first full date ("6 janvier 2026") in the first sentences.
 */
import type { Sentence } from '../text/sentences.ts';
import { parseIsoDay, type DayDate } from './calendar.ts';
import { findTimeExpressions } from './time-expressions.ts';

const META_DATE = /(?:^|\n)\s*(?:date|publié le|published)\s*:?\s*(\d{4}-\d{2}-\d{2})\b/i;
const LEADING_SENTENCES = 8;

export function findArticleDate(text: string, sentences: Sentence[]): DayDate | null {
  const meta = META_DATE.exec(text.slice(0, 2000));
  if (meta) {
    const d = parseIsoDay(meta[1]!);
    if (d) return d;
  }
  for (const s of sentences.slice(0, LEADING_SENTENCES)) {
    for (const e of findTimeExpressions(s.tokens)) {
      if (e.value.kind === 'date' && e.value.year !== undefined) return { year: e.value.year, month: e.value.month, day: e.value.day };
    }
  }
  return null;
}
