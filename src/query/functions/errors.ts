/** Runtime errors of functions: the TCK raises a TypeError InvalidArgumentValue for a wrong argument. */
import { runtimeError } from '../errors.ts';
import type { CypherError } from '../errors.ts';
import { formatValue } from '../values/format-value.ts';
import { typeOf } from '../values/types.ts';
import type { Value } from '../values/types.ts';

export function invalidArgument(fn: string, v: Value, expected: string): CypherError {
  return runtimeError('TypeError', 'InvalidArgumentValue', `${fn}() expects ${expected}, got ${typeOf(v)} ${formatValue(v)}`);
}

export function outOfRange(fn: string, v: Value, range: string): CypherError {
  return runtimeError('ArgumentError', 'NumberOutOfRange', `${fn}() expects a number in ${range}, got ${formatValue(v)}`);
}
