/**
 * Word classes: each class (a verb set, a set of nouns, the words that start a lexicon phrase)
 * gets one bit, and the classes of a word form are computed once and memoised on the form. A stage
 * asks "may this word start one of mine?" with one bit test instead of a lookup per set, and skips
 * a sentence whose words start none at all.
 */
import type { Token } from './tokenize.ts';

const tests: ((key: string) => boolean)[] = [];
/** Bumped by each new class: the classes memoised on the forms before it are stale. */
let version = 0;

/** Registers a class; returns its bit. */
export function defineClass(test: (key: string) => boolean): number {
  if (tests.length >= 31) throw new Error('extract/word-classes: more than 31 classes');
  tests.push(test);
  version++;
  return 1 << (tests.length - 1);
}

export function classesOf(token: Token): number {
  // Memoised on the token's form (text/tokenize.ts): each form is tested once.
  const form = token.form;
  if (form.classesVersion === version) return form.classes;
  let mask = 0;
  for (let i = 0; i < tests.length; i++) if (tests[i]!(form.key)) mask |= 1 << i;
  form.classes = mask;
  form.classesVersion = version;
  return mask;
}

/** The classes of all the words of a sentence. */
export function classesOfAll(tokens: Token[]): number {
  let mask = 0;
  for (const t of tokens) mask |= classesOf(t);
  return mask;
}

/** A set of words as a class. */
export class WordClass {
  readonly bit: number;
  constructor(words: Iterable<string>) {
    const set = new Set(words);
    this.bit = defineClass((k) => set.has(k));
  }
  has(token: Token | undefined): boolean {
    return !!token && (classesOf(token) & this.bit) !== 0;
  }
}
