/**
 * Cypher equality (`=`, three-valued) and equivalence (DISTINCT, grouping keys, where null ≡ null
 * and NaN ≡ NaN). Integers and floats compare by value: 1 = 1.0.
 */
import { temporalEquals, temporalKey } from './temporal/temporal-order.ts';
import { CypherFloat, isMap, NodeRef, PathValue, RelRef, TemporalValue } from './types.ts';
import type { CypherMap, Value } from './types.ts';

function isNumeric(v: unknown): v is number | bigint | CypherFloat {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof CypherFloat;
}

function numericEquals(a: number | bigint | CypherFloat, b: number | bigint | CypherFloat): boolean {
  const x = a instanceof CypherFloat ? a.value : a;
  const y = b instanceof CypherFloat ? b.value : b;
  // `==` compares bigint with number exactly; NaN == NaN is false as Cypher wants.
  return x == y; // eslint-disable-line eqeqeq
}

/** `a = b`: true, false, or null when the answer depends on a null. */
export function equals(a: Value, b: Value): boolean | null {
  if (a === null || b === null) return null;
  if (typeof a === 'string' || typeof a === 'boolean') return a === b;
  if (isNumeric(a)) return isNumeric(b) ? numericEquals(a, b) : false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return allEqual(a, b);
  }
  if (a instanceof NodeRef) return b instanceof NodeRef && a.key === b.key;
  if (a instanceof RelRef) return b instanceof RelRef && a.key === b.key;
  if (a instanceof PathValue) {
    if (!(b instanceof PathValue) || a.rels.length !== b.rels.length) return false;
    return a.nodes.every((n, i) => n.key === b.nodes[i]!.key) && a.rels.every((r, i) => r.key === b.rels[i]!.key);
  }
  if (a instanceof TemporalValue) return b instanceof TemporalValue && temporalEquals(a, b);
  if (isMap(a)) {
    if (!isMap(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    if (!keys.every((k) => Object.prototype.hasOwnProperty.call(b, k))) return false;
    return allEqual(keys.map((k) => a[k]!), keys.map((k) => (b as CypherMap)[k]!));
  }
  return false;
}

function allEqual(a: Value[], b: Value[]): boolean | null {
  let result: boolean | null = true;
  for (let i = 0; i < a.length; i++) {
    const r = equals(a[i]!, b[i]!);
    if (r === false) return false;
    if (r === null) result = null;
  }
  return result;
}

/**
 * A key such that equivalent values get the same key: primitives and interned nodes/relationships
 * are their own key (fast path for the common single-column grouping), composite values a string.
 */
export function groupKey(v: Value): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'bigint') return v;
  if (typeof v === 'number') return v;
  if (v instanceof CypherFloat) return v.value;
  if (v instanceof NodeRef || v instanceof RelRef) return v;
  return canonical(v);
}

/** Key of several values at once (grouping on more than one expression). */
export function compositeKey(values: Value[]): string {
  let key = '';
  for (const v of values) key += canonical(v) + '\u0000';
  return key;
}

/** A string that is equal for equivalent values and different otherwise. */
export function canonical(v: Value): string {
  if (v === null) return 'z';
  switch (typeof v) {
    case 'string':
      return 's' + JSON.stringify(v);
    case 'boolean':
      return v ? 'bt' : 'bf';
    case 'number':
      return 'n' + (Object.is(v, -0) ? 0 : v);
    case 'bigint':
      return 'n' + v.toString();
  }
  if (v instanceof CypherFloat) return 'n' + (Object.is(v.value, -0) ? 0 : v.value);
  if (Array.isArray(v)) return 'l[' + v.map(canonical).join(',') + ']';
  if (v instanceof NodeRef) return 'N' + JSON.stringify(v.key);
  if (v instanceof RelRef) return 'R' + JSON.stringify(v.key);
  if (v instanceof TemporalValue) return 'T' + temporalKey(v);
  if (v instanceof PathValue) return 'P' + v.nodes.map((n) => JSON.stringify(n.key)).join('') + '|' + v.rels.map((r) => JSON.stringify(r.key)).join('');
  const keys = Object.keys(v).sort();
  return 'm{' + keys.map((k) => JSON.stringify(k) + ':' + canonical((v as CypherMap)[k]!)).join(',') + '}';
}
