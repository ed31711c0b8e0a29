/**
 * Parameters: plain JavaScript values to Cypher values. A JS number that is a (safe) integer is an
 * INTEGER, any other number a FLOAT; arrays are lists, plain objects maps, Dates ISO strings.
 */
import { CypherError } from './errors.ts';
import { Entity, CypherFloat } from './values/types.ts';
import type { CypherMap, Value } from './values/types.ts';

export function toCypherValue(v: unknown, path = '$'): Value {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
    case 'boolean':
    case 'number':
    case 'bigint':
      return v;
    case 'object':
      break;
    default:
      throw new CypherError('runtime', `parameter ${path} has an unsupported type (${typeof v})`, { tckType: 'TypeError', tckDetail: 'InvalidArgumentType' });
  }
  if (Array.isArray(v)) return v.map((item, i) => toCypherValue(item, `${path}[${i}]`));
  if (v instanceof Entity || v instanceof CypherFloat) return v as Value;
  if (v instanceof Date) return v.toISOString();
  const map: CypherMap = {};
  for (const [k, item] of Object.entries(v as Record<string, unknown>)) map[k] = toCypherValue(item, `${path}.${k}`);
  return map;
}

const NO_PARAMS: Record<string, Value> = Object.freeze(Object.create(null) as Record<string, Value>);

/**
 * The caller's object itself when every value the statement reads (`used`, its parameter names) is
 * already a Cypher value (the common case); else a converted copy. Values the statement does not read
 * are not looked at.
 */
export function toCypherParams(params: Record<string, unknown> | undefined, used: readonly string[]): Record<string, Value> {
  if (!params) return NO_PARAMS;
  let plain = true;
  for (let i = 0; i < used.length; i++) {
    const v = params[used[i]!];
    const t = typeof v;
    if (!(v === null || t === 'string' || t === 'number' || t === 'boolean')) {
      plain = false;
      break;
    }
  }
  // Inherited properties are no parameters ("toString" of a plain object is not $toString).
  const proto = Object.getPrototypeOf(params) as unknown;
  if (plain && (proto === Object.prototype || proto === null)) return params as Record<string, Value>;
  const out: Record<string, Value> = Object.create(null) as Record<string, Value>;
  for (const name of used) if (Object.prototype.hasOwnProperty.call(params, name)) out[name] = toCypherValue(params[name], `$${name}`);
  return out;
}
