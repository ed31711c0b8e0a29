import type { Token } from './tokenize.ts';

/** Length of the first of `phrases` (folded words) written at token `at`, or 0. Plain loops: rules call it per token. */
export function phraseAt(tokens: readonly Token[], at: number, phrases: readonly (readonly string[])[]): number {
  for (const p of phrases) if (wordsAt(tokens, at, p)) return p.length;
  return 0;
}

/** The folded words `words` are written at token `at`. */
export function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  if (at + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[at + k]!.key !== words[k]) return false;
  return true;
}
