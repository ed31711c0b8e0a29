/**
 * Mutations of valid queries, the inputs a careless keyboard, a bad paste or an attacker produce:
 * tokens deleted, duplicated, swapped or replaced, random unicode inserted (control characters, lone
 * surrogates), numbers made huge, cut short anywhere, and one spot wrapped in very deep nesting.
 */
import fc from 'fast-check';

const TOKEN = /\s+|[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|'(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?|`[^`]*`?|\S/gsu;

export function tokenize(query: string): string[] {
  return query.match(TOKEN) ?? [];
}

const VOCABULARY = [
  'MATCH', 'OPTIONAL', 'WHERE', 'WITH', 'UNWIND', 'RETURN', 'DISTINCT', 'ORDER', 'BY', 'SKIP', 'LIMIT', 'UNION', 'ALL', 'CREATE', 'AS',
  'AND', 'OR', 'NOT', 'IN', 'IS', 'NULL', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'STARTS', 'CONTAINS', 'EXISTS', '(', ')', '[', ']', '{',
  '}', '-', '->', '<-', ':', ',', '.', '..', '|', '*', '$', '=', '<>', '=~', '+', '/', '%', '^', "'", '"', '`', '/*', '//', ';', '\\',
];

const HUGE_NUMBERS = ['99999999999999999999999999999999', '9223372036854775808', '-9223372036854775809', '1e999999', '0x' + 'F'.repeat(40), '0.' + '0'.repeat(400) + '1', '1' + '0'.repeat(400)];

type Mutation = (tokens: string[]) => string[];

const at = (i: number, tokens: string[]) => (tokens.length ? i % tokens.length : 0);

const edits: fc.Arbitrary<Mutation>[] = [
  fc.nat().map((i): Mutation => (t) => t.filter((_, j) => j !== at(i, t))),
  fc.nat().map((i): Mutation => (t) => t.flatMap((x, j) => (j === at(i, t) ? [x, x] : [x]))),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (t) => {
    const out = [...t];
    const a = at(i, t);
    const b = at(j, t);
    [out[a], out[b]] = [out[b]!, out[a]!];
    return out;
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...VOCABULARY)).map(([i, w]): Mutation => (t) => [...t.slice(0, at(i, t)), ` ${w} `, ...t.slice(at(i, t))]),
  fc
    .tuple(fc.nat(), fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 })))
    .map(([i, s]): Mutation => (t) => [...t.slice(0, at(i, t)), s, ...t.slice(at(i, t))]),
  fc.tuple(fc.nat(), fc.constantFrom(...HUGE_NUMBERS)).map(([i, n]): Mutation => (t) => {
    const numbers = t.map((x, j) => (/^\d/.test(x) ? j : -1)).filter((j) => j >= 0);
    const j = numbers.length ? numbers[i % numbers.length]! : at(i, t);
    return [...t.slice(0, j), n, ...t.slice(j + 1)];
  }),
  fc.nat().map((i): Mutation => (t) => t.slice(0, at(i, t))),
];

const WRAPPERS = [['(', ')'], ['[', ']'], ['-(', ')'], ['NOT (', ')'], ['[x IN [', '] | x]'], ['{k: ', '}']] as const;

/** One token wrapped in hundreds to thousands of brackets. */
const nesting: fc.Arbitrary<Mutation> = fc
  .tuple(fc.nat(), fc.constantFrom(...WRAPPERS), fc.integer({ min: 200, max: 3000 }))
  .map(([i, [open, close], depth]): Mutation => (t) => {
    const j = at(i, t);
    return [...t.slice(0, j), open.repeat(depth), t[j] ?? '1', close.repeat(depth), ...t.slice(j + 1)];
  });

// Deep nesting is slow to run and says the same thing every time: a rarer mutation than the others.
const mutation: fc.Arbitrary<Mutation> = fc.oneof(...edits.map((arbitrary) => ({ arbitrary, weight: 6 })), { arbitrary: nesting, weight: 1 });

/** A query after one to three mutations. */
export function mutatedQuery(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([seed, mutations]) => mutations.reduce((tokens, m) => m(tokens), tokenize(seed)).join(''));
}

/** Extreme shapes, each of a size a recursive parser or evaluator cannot take on the stack. */
export const deepQuery = fc.tuple(fc.constantFrom(1000, 5000, 20_000), fc.nat(7)).map(([n, shape]) => {
  switch (shape) {
    case 0:
      return `RETURN ${'('.repeat(n)}1${')'.repeat(n)}`;
    case 1:
      return `RETURN ${'['.repeat(n)}${']'.repeat(n)}`;
    case 2:
      return `RETURN ${'NOT '.repeat(n)}true`;
    case 3:
      return `RETURN ${Array.from({ length: n }, (_, i) => String(i % 10)).join(' + ')}`;
    case 4:
      return `RETURN ${'-'.repeat(n)}1`;
    case 5:
      return `MATCH (n) RETURN n${'.k'.repeat(n)}`;
    case 6:
      return `RETURN ${'{a: '.repeat(n)}1${'}'.repeat(n)}`;
    default:
      return `MATCH ${Array.from({ length: Math.min(n, 2000) }, (_, i) => `(v${i})`).join(', ')} RETURN count(*)`;
  }
});
