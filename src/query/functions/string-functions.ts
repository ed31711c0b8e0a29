/** String functions: toLower, toUpper, trim, substring, replace, split, left, right, … */
import { runtimeError } from '../errors.ts';
import type { Value } from '../values/types.ts';
import { unary } from './define.ts';
import { invalidArgument } from './errors.ts';
import type { ScalarFunction } from './types.ts';

function str(fn: string, v: Value): string {
  if (typeof v === 'string') return v;
  throw invalidArgument(fn, v, 'a string');
}

function int(fn: string, v: Value): number {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'bigint') return Number(v);
  throw invalidArgument(fn, v, 'an integer');
}

function nonNegative(fn: string, n: number): number {
  if (n < 0) throw runtimeError('ArgumentError', 'NegativeIntegerArgument', `${fn}() expects a non-negative length, got ${n}`);
  return n;
}

function stringToString(name: string, description: string, f: (s: string) => Value): ScalarFunction {
  return unary(name, ['STRING'], 'STRING', description, (v) => f(str(name, v)));
}

export const stringFunctions: ScalarFunction[] = [
  stringToString('toLower', 'toLower(s): the string in lower case', (s) => s.toLowerCase()),
  stringToString('toUpper', 'toUpper(s): the string in upper case', (s) => s.toUpperCase()),
  stringToString('lower', 'lower(s): the string in lower case', (s) => s.toLowerCase()),
  stringToString('upper', 'upper(s): the string in upper case', (s) => s.toUpperCase()),
  stringToString('trim', 'trim(s): without leading and trailing whitespace', (s) => s.trim()),
  stringToString('ltrim', 'ltrim(s): without leading whitespace', (s) => s.trimStart()),
  stringToString('rtrim', 'rtrim(s): without trailing whitespace', (s) => s.trimEnd()),
  {
    name: 'substring',
    aggregate: false,
    minArgs: 2,
    maxArgs: 3,
    accepts: [['STRING'], ['INTEGER'], ['INTEGER']],
    returns: 'STRING',
    description: 'substring(s, start[, length]): part of a string, start counted from 0',
    fn: ([s, start, length]) => {
      const text = str('substring', s!);
      const from = nonNegative('substring', int('substring', start!));
      if (length === undefined) return text.slice(from);
      return text.slice(from, from + nonNegative('substring', int('substring', length)));
    },
  },
  {
    name: 'left',
    aggregate: false,
    minArgs: 2,
    maxArgs: 2,
    accepts: [['STRING'], ['INTEGER']],
    returns: 'STRING',
    description: 'left(s, n): the first n characters',
    fn: ([s, n]) => str('left', s!).slice(0, nonNegative('left', int('left', n!))),
  },
  {
    name: 'right',
    aggregate: false,
    minArgs: 2,
    maxArgs: 2,
    accepts: [['STRING'], ['INTEGER']],
    returns: 'STRING',
    description: 'right(s, n): the last n characters',
    fn: ([s, n]) => {
      const text = str('right', s!);
      const count = nonNegative('right', int('right', n!));
      return count === 0 ? '' : text.slice(-count);
    },
  },
  {
    name: 'replace',
    aggregate: false,
    minArgs: 3,
    maxArgs: 3,
    accepts: [['STRING'], ['STRING'], ['STRING']],
    returns: 'STRING',
    description: 'replace(s, search, replacement): every occurrence replaced',
    fn: ([s, search, replacement]) => str('replace', s!).split(str('replace', search!)).join(str('replace', replacement!)),
  },
  {
    name: 'split',
    aggregate: false,
    minArgs: 2,
    maxArgs: 2,
    accepts: [['STRING'], ['STRING', 'LIST']],
    returns: 'LIST',
    description: 'split(s, delimiter): the parts of a string between delimiters',
    fn: ([s, delimiter]) => {
      const text = str('split', s!);
      if (Array.isArray(delimiter)) {
        const delimiters = delimiter.map((d) => str('split', d));
        return delimiters.length === 0 ? [text] : text.split(new RegExp(delimiters.map(escapeRegExp).join('|')));
      }
      return text.split(str('split', delimiter!));
    },
  },
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
