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

/** The caller's object itself when every value is already a Cypher value (the common case). */
export function toCypherParams(params: Record<string, unknown> | undefined): Record<string, Value> {
  if (!params) return NO_PARAMS;
  let plain = true;
  for (const name in params) {
    const v = params[name];
    const t = typeof v;
    if (!(v === null || t === 'string' || t === 'number' || t === 'boolean') || !Object.prototype.hasOwnProperty.call(params, name)) {
      plain = false;
      break;
    }
  }
  if (plain) return params as Record<string, Value>;
  const out: Record<string, Value> = Object.create(null) as Record<string, Value>;
  for (const [name, value] of Object.entries(params)) out[name] = toCypherValue(value, `$${name}`);
  return out;
}
