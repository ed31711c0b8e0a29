/**
 * Multi-word lookup keyed by the first token: matching a sentence costs one map probe per token,
 * whatever the size of the lexicon. Phrases are tokenized like the text, so "l'Union européenne"
 * is stored as "l'" + "union" + "europeenne".
 */
import { tokenize, type Token } from '../text/tokenize.ts';

/** A phrase as folded words, and what it is. */
export interface PhraseEntry<T> {
  readonly keys: string[];
  readonly value: T;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, PhraseEntry<T>[]>();

  add(phrase: string, value: T): void {
    const keys = tokenize(phrase).map((t) => t.key);
    if (keys.length === 0) return;
    this.addKeys(keys, value);
  }

  addKeys(keys: string[], value: T): void {
    const list = this.byFirst.get(keys[0]!) ?? [];
    list.push({ keys, value });
    // Longest phrases first, so the first match found is the longest; then in order of priority.
    list.sort((a, b) => b.keys.length - a.keys.length || this.priority(a.value) - this.priority(b.value));
    this.byFirst.set(keys[0]!, list);
  }

  /** `priority`: which of several values of the same phrase comes first (lower first). */
  constructor(private readonly priority: (value: T) => number = () => 0) {}

  /**
   * The longest phrase written from token `at` that `accept` takes (of several the same length, the
   * first by priority), or null. The stored entry itself: nothing is allocated per match.
   */
  match(tokens: readonly Token[], at: number, accept?: (value: T, length: number, tokens: readonly Token[], at: number) => boolean): PhraseEntry<T> | null {
    const list = this.byFirst.get(tokens[at]!.key);
    if (!list) return null;
    for (const entry of list) {
      if (!matchesAt(tokens, at, entry.keys)) continue;
      if (accept && !accept(entry.value, entry.keys.length, tokens, at)) continue;
      return entry;
    }
    return null;
  }

  has(key: string): boolean {
    return this.byFirst.has(key);
  }
}

function matchesAt(tokens: readonly Token[], at: number, keys: string[]): boolean {
  if (at + keys.length > tokens.length) return false;
  for (let k = 1; k < keys.length; k++) if (tokens[at + k]!.key !== keys[k]) return false;
  return true;
}
