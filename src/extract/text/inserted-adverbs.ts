import type { Token } from './tokenize.ts';
import words from '../data/words.json' with { type: 'json' };
import { phraseAt, wordsAt } from './phrase-at.ts';

/** What may stand between an auxiliary and its participle: "s'est à son tour réunie", "se sont de nouveau retrouvés". */
const INSERTED = words.insertedAdverbs;

/** The first token from `at` past the adverbs inserted there (`at` itself when none). */
export function pastInsertedAdverbs(tokens: readonly Token[], at: number): number {
  let k = at;
  for (let n = 0; n < 3; n++) {
    const length = phraseAt(tokens, k, INSERTED);
    if (!length) break;
    k += length;
  }
  return k;
}

/** The last token before `at` ahead of the adverbs inserted there (`at - 1` when none). */
export function beforeInsertedAdverbs(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  for (let n = 0; n < 3; n++) {
    const phrase = INSERTED.find((p) => k - p.length + 1 >= 0 && wordsAt(tokens, k - p.length + 1, p));
    if (!phrase) break;
    k -= phrase.length;
  }
  return k;
}
