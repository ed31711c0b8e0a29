/** Shorthands for the registry's tables: most functions take one argument. */
import type { Value } from '../values/types.ts';
import type { ScalarFunction, StaticType } from './types.ts';

/** A one-argument function; a null argument gives null without calling `f`. */
export function unary(name: string, accepts: StaticType[] | null, returns: StaticType, description: string, f: (v: Value) => Value): ScalarFunction {
  return { name, aggregate: false, minArgs: 1, maxArgs: 1, ...(accepts ? { accepts: [accepts] } : {}), returns, description, fn: (args) => f(args[0]!) };
}
