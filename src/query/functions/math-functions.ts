/** Numeric functions: abs, ceil, floor, round, sqrt, sign, exp, log, trigonometry, rand, … */
import { CypherFloat, makeFloat, normalizeBigInt } from '../values/types.ts';
import type { Value } from '../values/types.ts';
import { runtimeError } from '../errors.ts';
import { unary } from './define.ts';
import { invalidArgument } from './errors.ts';
import type { ScalarFunction } from './types.ts';

function float(fn: string, v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof CypherFloat) return v.value;
  throw invalidArgument(fn, v, 'a number');
}

/** FLOAT -> FLOAT functions (sqrt, exp, sin, …). */
function floatFn(name: string, description: string, f: (x: number) => number): ScalarFunction {
  return unary(name, ['NUMBER'], 'FLOAT', description, (v) => makeFloat(f(float(name, v))));
}

/** Functions keeping INTEGER as INTEGER (abs) or FLOAT as FLOAT. */
function sameTypeFn(name: string, description: string, forInt: (x: number | bigint) => number | bigint, forFloat: (x: number) => number): ScalarFunction {
  return {
    name,
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['NUMBER']],
    returns: 'NUMBER',
    description,
    fn: ([v]) => {
      if (typeof v === 'number' && Number.isSafeInteger(v)) return forInt(v) as number;
      if (typeof v === 'bigint') {
        const r = normalizeBigInt(BigInt(forInt(v)));
        if (r === null) throw runtimeError('ArithmeticError', 'IntegerOverflow', `integer overflow in ${name}()`);
        return r;
      }
      return makeFloat(forFloat(float(name, v!)));
    },
  };
}

function roundHalfUp(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const factor = 10 ** digits;
  const scaled = x * factor;
  // Cypher rounds half away from zero (round(-2.5) = -3.0), Math.round rounds half up.
  const r = Math.sign(scaled) * Math.round(Math.abs(scaled));
  return r / factor;
}

export const mathFunctions: ScalarFunction[] = [
  sameTypeFn('abs', 'abs(x): the absolute value', (x) => (typeof x === 'bigint' ? (x < 0n ? -x : x) : Math.abs(x)), Math.abs),
  {
    name: 'sign',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['NUMBER']],
    returns: 'INTEGER',
    description: 'sign(x): -1, 0 or 1',
    fn: ([v]) => {
      const x = float('sign', v!);
      return Number.isNaN(x) ? 0 : Math.sign(x) || 0;
    },
  },
  floatFn('ceil', 'ceil(x): the smallest integral float not below x', Math.ceil),
  floatFn('floor', 'floor(x): the largest integral float not above x', Math.floor),
  {
    name: 'round',
    aggregate: false,
    minArgs: 1,
    maxArgs: 2,
    accepts: [['NUMBER'], ['INTEGER']],
    returns: 'FLOAT',
    description: 'round(x[, precision]): rounded half away from zero',
    fn: ([v, p]) => {
      const digits = p === undefined ? 0 : Number(float('round', p));
      return makeFloat(roundHalfUp(float('round', v!), digits));
    },
  },
  floatFn('sqrt', 'sqrt(x): the square root', Math.sqrt),
  floatFn('exp', 'exp(x): e to the power x', Math.exp),
  floatFn('log', 'log(x): the natural logarithm', Math.log),
  floatFn('log10', 'log10(x): the base-10 logarithm', Math.log10),
  floatFn('sin', 'sin(x)', Math.sin),
  floatFn('cos', 'cos(x)', Math.cos),
  floatFn('tan', 'tan(x)', Math.tan),
  floatFn('cot', 'cot(x)', (x) => 1 / Math.tan(x)),
  floatFn('asin', 'asin(x)', Math.asin),
  floatFn('acos', 'acos(x)', Math.acos),
  floatFn('atan', 'atan(x)', Math.atan),
  floatFn('degrees', 'degrees(x): radians to degrees', (x) => (x * 180) / Math.PI),
  floatFn('radians', 'radians(x): degrees to radians', (x) => (x * Math.PI) / 180),
  {
    name: 'atan2',
    aggregate: false,
    minArgs: 2,
    maxArgs: 2,
    accepts: [['NUMBER'], ['NUMBER']],
    returns: 'FLOAT',
    description: 'atan2(y, x)',
    fn: ([y, x]) => makeFloat(Math.atan2(float('atan2', y!), float('atan2', x!))),
  },
  { name: 'pi', aggregate: false, minArgs: 0, maxArgs: 0, returns: 'FLOAT', description: 'pi()', fn: () => Math.PI },
  { name: 'e', aggregate: false, minArgs: 0, maxArgs: 0, returns: 'FLOAT', description: 'e()', fn: () => Math.E },
  {
    name: 'rand',
    aggregate: false,
    deterministic: false,
    minArgs: 0,
    maxArgs: 0,
    returns: 'FLOAT',
    description: 'rand(): a random float in [0, 1)',
    fn: () => makeFloat(Math.random()),
  },
];
