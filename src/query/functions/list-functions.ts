/** Functions over lists (and size over strings): size, head, last, tail, range, reverse, coalesce, … */
import { runtimeError } from '../errors.ts';
import { isMap } from '../values/types.ts';
import type { Value } from '../values/types.ts';
import { invalidArgument } from './errors.ts';
import type { ScalarFunction } from './types.ts';

function asList(fn: string, v: Value): Value[] {
  if (Array.isArray(v)) return v;
  throw invalidArgument(fn, v, 'a list');
}

function asInt(fn: string, v: Value): number {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'bigint') return Number(v);
  throw invalidArgument(fn, v, 'an integer');
}

export const listFunctions: ScalarFunction[] = [
  {
    name: 'size',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['LIST', 'STRING']],
    returns: 'INTEGER',
    description: 'size(x): the number of elements of a list, or of characters of a string',
    fn: ([v]) => {
      if (Array.isArray(v)) return v.length;
      if (typeof v === 'string') return [...v].length;
      throw invalidArgument('size', v!, 'a list or a string');
    },
  },
  {
    name: 'head',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['LIST']],
    returns: 'ANY',
    description: 'head(list): the first element, or null',
    fn: ([v]) => asList('head', v!)[0] ?? null,
  },
  {
    name: 'last',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['LIST']],
    returns: 'ANY',
    description: 'last(list): the last element, or null',
    fn: ([v]) => {
      const list = asList('last', v!);
      return list.length === 0 ? null : list[list.length - 1]!;
    },
  },
  {
    name: 'tail',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['LIST']],
    returns: 'LIST',
    description: 'tail(list): all elements but the first',
    fn: ([v]) => asList('tail', v!).slice(1),
  },
  {
    name: 'reverse',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['LIST', 'STRING']],
    returns: 'ANY',
    description: 'reverse(x): a list or string in reverse order',
    fn: ([v]) => {
      if (typeof v === 'string') return [...v].reverse().join('');
      return [...asList('reverse', v!)].reverse();
    },
  },
  {
    name: 'range',
    aggregate: false,
    minArgs: 2,
    maxArgs: 3,
    accepts: [['INTEGER'], ['INTEGER'], ['INTEGER']],
    returns: 'LIST',
    description: 'range(start, end[, step]): the integers from start to end inclusive',
    fn: ([a, b, c]) => {
      const start = asInt('range', a!);
      const end = asInt('range', b!);
      const step = c === undefined ? 1 : asInt('range', c);
      if (step === 0) throw runtimeError('ArgumentError', 'NumberOutOfRange', 'range() step must not be zero');
      const count = Math.max(0, Math.floor((end - start) / step) + 1);
      if (count > 10_000_000) throw runtimeError('ArgumentError', 'NumberOutOfRange', `range() of ${count} elements is too large`);
      const out = new Array<number>(count);
      for (let i = 0; i < count; i++) out[i] = start + i * step;
      return out;
    },
  },
  {
    name: 'coalesce',
    aggregate: false,
    nullInNullOut: false,
    minArgs: 1,
    maxArgs: Infinity,
    returns: 'ANY',
    description: 'coalesce(a, b, …): the first argument that is not null',
    fn: (args) => {
      for (const a of args) if (a !== null) return a;
      return null;
    },
  },
  {
    name: 'isEmpty',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['LIST', 'STRING', 'MAP']],
    returns: 'BOOLEAN',
    description: 'isEmpty(x): whether a list, string or map is empty',
    fn: ([v]) => {
      if (Array.isArray(v)) return v.length === 0;
      if (typeof v === 'string') return v.length === 0;
      if (isMap(v)) return Object.keys(v).length === 0;
      throw invalidArgument('isEmpty', v!, 'a list, a string or a map');
    },
  },
];

