/** Type conversions: toString, toInteger, toFloat, toBoolean and their …OrNull forms. */
import { runtimeError } from '../errors.ts';
import { formatFloat } from '../values/format-value.ts';
import { CypherFloat, makeFloat, normalizeBigInt, TemporalValue } from '../values/types.ts';
import type { Value } from '../values/types.ts';
import { invalidArgument } from './errors.ts';
import type { ScalarFunction } from './types.ts';

/** undefined: this value cannot be converted (an error, or null for the …OrNull forms). */
type Conversion = (v: Value) => Value | undefined;

const toStringValue: Conversion = (v) => {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : formatFloat(v);
  if (v instanceof CypherFloat) return formatFloat(v.value);
  if (v instanceof TemporalValue) return v.toString();
  return undefined;
};

function integerFromFloat(x: number): Value {
  if (!Number.isFinite(x)) return null;
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  const r = normalizeBigInt(BigInt(t));
  if (r === null) throw runtimeError('ArithmeticError', 'IntegerOverflow', `toInteger(): ${x} does not fit a 64-bit integer`);
  return r;
}

const toIntegerValue: Conversion = (v) => {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : integerFromFloat(v);
  if (typeof v === 'bigint') return v;
  if (v instanceof CypherFloat) return integerFromFloat(v.value);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const s = v.trim();
    if (/^[+-]?\d+$/.test(s)) return normalizeBigInt(BigInt(s));
    if (/^[+-]?0x[0-9a-f]+$/i.test(s)) return normalizeBigInt(BigInt(s.replace(/^([+-]?)0x/i, '$10x')));
    return isDecimal(s) ? integerFromFloat(Number(s)) : null;
  }
  return undefined;
};

const toFloatValue: Conversion = (v) => {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? makeFloat(v) : v;
  if (typeof v === 'bigint') return makeFloat(Number(v));
  if (v instanceof CypherFloat) return v;
  if (typeof v === 'string') {
    const s = v.trim();
    return isDecimal(s) ? makeFloat(Number(s)) : null;
  }
  return undefined;
};

const toBooleanValue: Conversion = (v) => {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    return s === 'true' ? true : s === 'false' ? false : null;
  }
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  return undefined;
};

function isDecimal(s: string): boolean {
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s) || /^[+-]?(Infinity|NaN)$/.test(s);
}

function conversion(name: string, returns: ScalarFunction['returns'], convert: Conversion, expected: string): ScalarFunction[] {
  const strict: ScalarFunction = {
    name,
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    returns,
    description: `${name}(x): x as ${expected}, null when it cannot be read as one`,
    fn: ([v]) => {
      const r = convert(v!);
      if (r === undefined) throw invalidArgument(name, v!, `a value convertible to ${expected}`);
      return r;
    },
  };
  const lenient: ScalarFunction = {
    name: `${name}OrNull`,
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    returns,
    description: `${name}OrNull(x): x as ${expected}, null for anything that is not convertible`,
    fn: ([v]) => convert(v!) ?? null,
  };
  return [strict, lenient];
}

export const conversionFunctions: ScalarFunction[] = [
  ...conversion('toString', 'STRING', toStringValue, 'a string'),
  ...conversion('toInteger', 'INTEGER', toIntegerValue, 'an integer'),
  ...conversion('toFloat', 'FLOAT', toFloatValue, 'a float'),
  ...conversion('toBoolean', 'BOOLEAN', toBooleanValue, 'a boolean'),
];
