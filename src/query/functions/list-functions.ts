/** Functions over lists (and size over strings): size, head, last, tail, range, reverse, coalesce, … */
import { runtimeError } from '../errors.ts';
import { formatValue } from '../values/format-value.ts';
import { isMap, typeOf } from '../values/types.ts';
import type { Value } from '../values/types.ts';
import { unary } from './define.ts';
import { invalidArgument } from './errors.ts';
import type { ScalarFunction } from './types.ts';

function asList(fn: string, v: Value): Value[] {
  if (Array.isArray(v)) return v;
  throw invalidArgument(fn, v, 'a list');
}

function rangeBound(v: Value): number {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'bigint') return Number(v);
  throw runtimeError('ArgumentError', 'InvalidArgumentType', `range() expects integers, got ${typeOf(v)} ${formatValue(v)}`);
}

export const listFunctions: ScalarFunction[] = [
  unary('size', ['LIST', 'STRING'], 'INTEGER', 'size(x): the number of elements of a list, or of characters of a string', (v) => {
    if (Array.isArray(v)) return v.length;
    if (typeof v === 'string') return [...v].length;
    throw invalidArgument('size', v, 'a list or a string');
  }),
  unary('head', ['LIST'], 'ANY', 'head(list): the first element, or null', (v) => asList('head', v)[0] ?? null),
  unary('last', ['LIST'], 'ANY', 'last(list): the last element, or null', (v) => {
    const list = asList('last', v);
    return list.length === 0 ? null : list[list.length - 1]!;
  }),
  unary('tail', ['LIST'], 'LIST', 'tail(list): all elements but the first', (v) => asList('tail', v).slice(1)),
  unary('reverse', ['LIST', 'STRING'], 'ANY', 'reverse(x): a list or string in reverse order', (v) =>
    typeof v === 'string' ? [...v].reverse().join('') : [...asList('reverse', v)].reverse(),
  ),
  {
    name: 'range',
    aggregate: false,
    minArgs: 2,
    maxArgs: 3,
    // Checked when called: the TCK wants an ArgumentError at run time, whatever the static type.
    returns: 'LIST',
    description: 'range(start, end[, step]): the integers from start to end inclusive',
    fn: ([a, b, c]) => {
      const start = rangeBound(a!);
      const end = rangeBound(b!);
      const step = c === undefined ? 1 : rangeBound(c);
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
  unary('isEmpty', ['LIST', 'STRING', 'MAP'], 'BOOLEAN', 'isEmpty(x): whether a list, string or map is empty', (v) => {
    if (Array.isArray(v) || typeof v === 'string') return v.length === 0;
    if (isMap(v)) return Object.keys(v).length === 0;
    throw invalidArgument('isEmpty', v, 'a list, a string or a map');
  }),
];

