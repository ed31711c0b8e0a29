/**
 * Arithmetic with openCypher's types: INTEGER ops stay INTEGER (64-bit, overflow is an error,
 * division truncates, division by zero is an error), any FLOAT operand makes a FLOAT, `^` is always
 * FLOAT; `+` also concatenates strings and lists; temporal values move by durations (values/temporal).
 */
import { runtimeError } from '../errors.ts';
import { formatValue } from './format-value.ts';
import { temporalArithmetic } from './temporal/temporal-arithmetic.ts';
import { CypherFloat, makeFloat, normalizeBigInt, TemporalValue, typeOf } from './types.ts';
import type { Value } from './types.ts';

type Num = number | bigint | CypherFloat;

function isInt(v: Value): v is number | bigint {
  return (typeof v === 'number' && Number.isSafeInteger(v)) || typeof v === 'bigint';
}

function isNum(v: Value): v is Num {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof CypherFloat;
}

function asFloat(v: Num): number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : v.value;
}

function overflow(op: string): never {
  throw runtimeError('ArithmeticError', 'IntegerOverflow', `integer overflow in ${op} (64-bit integers)`);
}

/** Operands that are not both numbers: temporal arithmetic when defined, else a type error. */
function otherOperands(op: '+' | '-' | '*' | '/' | '%' | '^', a: Value, b: Value): Value {
  if ((a instanceof TemporalValue || b instanceof TemporalValue) && op !== '%' && op !== '^') {
    const r = temporalArithmetic(op, a, b);
    if (r !== undefined) return r;
  }
  throw runtimeError('TypeError', 'InvalidArgumentType', `cannot apply ${op} to ${typeOf(a)} ${formatValue(a)} and ${typeOf(b)} ${formatValue(b)}`);
}

function bigResult(x: bigint, op: string): number | bigint {
  const r = normalizeBigInt(x);
  if (r === null) overflow(op);
  return r;
}

export function add(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return Number.isSafeInteger(r) ? r : bigResult(BigInt(a) + BigInt(b), '+');
    return makeFloat(r);
  }
  if (a === null || b === null) return null;
  if (typeof a === 'string') {
    if (typeof b === 'string') return a + b;
    if (isNum(b) || typeof b === 'boolean') return a + formatScalar(b);
  }
  if (typeof b === 'string' && (isNum(a) || typeof a === 'boolean')) return formatScalar(a) + b;
  if (Array.isArray(a)) return Array.isArray(b) ? a.concat(b) : [...a, b];
  if (Array.isArray(b)) return [a, ...b];
  if (isNum(a) && isNum(b)) {
    if (isInt(a) && isInt(b)) return bigResult(BigInt(a) + BigInt(b), '+');
    return makeFloat(asFloat(a) + asFloat(b));
  }
  return otherOperands('+', a, b);
}

/** Numbers and booleans concatenated to strings read as Cypher prints them (1.0 stays 1.0). */
function formatScalar(v: Value): string {
  return typeof v === 'string' ? v : formatValue(v);
}

export function subtract(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return Number.isSafeInteger(r) ? r : bigResult(BigInt(a) - BigInt(b), '-');
    return makeFloat(r);
  }
  if (a === null || b === null) return null;
  if (isNum(a) && isNum(b)) {
    if (isInt(a) && isInt(b)) return bigResult(BigInt(a) - BigInt(b), '-');
    return makeFloat(asFloat(a) - asFloat(b));
  }
  return otherOperands('-', a, b);
}

export function multiply(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return Number.isSafeInteger(r) ? r : bigResult(BigInt(a) * BigInt(b), '*');
    return makeFloat(r);
  }
  if (a === null || b === null) return null;
  if (isNum(a) && isNum(b)) {
    if (isInt(a) && isInt(b)) return bigResult(BigInt(a) * BigInt(b), '*');
    return makeFloat(asFloat(a) * asFloat(b));
  }
  return otherOperands('*', a, b);
}

export function divide(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  if (!isNum(a) || !isNum(b)) return otherOperands('/', a, b);
  if (isInt(a) && isInt(b)) {
    if (b === 0 || b === 0n) throw runtimeError('ArithmeticError', 'DivisionByZero', 'division by zero');
    if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 31 && Math.abs(b) < 2 ** 31) {
      return Math.trunc(a / b) || 0;
    }
    return bigResult(BigInt(a) / BigInt(b), '/');
  }
  return makeFloat(asFloat(a) / asFloat(b));
}

export function modulo(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  if (!isNum(a) || !isNum(b)) return otherOperands('%', a, b);
  if (isInt(a) && isInt(b)) {
    if (b === 0 || b === 0n) throw runtimeError('ArithmeticError', 'DivisionByZero', 'modulo by zero');
    if (typeof a === 'number' && typeof b === 'number') return a % b || 0;
    return bigResult(BigInt(a) % BigInt(b), '%');
  }
  return makeFloat(asFloat(a) % asFloat(b));
}

export function power(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  if (!isNum(a) || !isNum(b)) return otherOperands('^', a, b);
  return makeFloat(Math.pow(asFloat(a), asFloat(b)));
}

export function negate(a: Value): Value {
  if (a === null) return null;
  if (typeof a === 'number') return Number.isSafeInteger(a) ? (a === 0 ? 0 : -a) : -a;
  if (typeof a === 'bigint') return bigResult(-a, 'unary -');
  if (a instanceof CypherFloat) return makeFloat(-a.value);
  throw runtimeError('TypeError', 'InvalidArgumentType', `cannot negate ${typeOf(a)} ${formatValue(a)}`);
}
