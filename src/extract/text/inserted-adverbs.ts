import type { Token } from './tokenize.ts';
import words from '../data/words.json' with { type: 'json' };
import { phraseAt, wordsAt } from './phrase-at.ts';

/** What may stand between an auxiliary and its participle: "s'est à son tour réunie", "se sont de nouveau retrouvés". */
const INSERTED = words.insertedAdverbs;
// Most tokens are none of them: their first and last words, tested first (tenses ask this of every auxiliary).
const FIRST_WORDS = new Set(INSERTED.map((p) => p[0]!));
const LAST_WORDS = new Set(INSERTED.map((p) => p[p.length - 1]!));

/** The first token from `at` past the adverbs inserted there (`at` itself when none). */
export function pastInsertedAdverbs(tokens: readonly Token[], at: number): number {
  let k = at;
  for (let n = 0; n < 3 && FIRST_WORDS.has(tokens[k]?.key ?? ''); n++) {
    const length = phraseAt(tokens, k, INSERTED);
    if (!length) break;
    k += length;
  }
  return k;
}

/** The last token before `at` ahead of the adverbs inserted there (`at - 1` when none). */
export function beforeInsertedAdverbs(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  for (let n = 0; n < 3 && LAST_WORDS.has(tokens[k]?.key ?? ''); n++) {
    const phrase = INSERTED.find((p) => k - p.length + 1 >= 0 && wordsAt(tokens, k - p.length + 1, p));
    if (!phrase) break;
    k -= phrase.length;
  }
  return k;
}
