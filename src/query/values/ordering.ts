/**
 * Comparability (`<`, `>`, …: null when the operands are not comparable) and orderability (ORDER BY:
 * a total order across types, MAP < NODE < RELATIONSHIP < LIST < PATH < temporal values < STRING < BOOLEAN < NUMBER
 * (NaN last) < NULL).
 */
import { TEMPORAL_TYPE_ORDER, temporalCompare, temporalOrder } from './temporal/temporal-order.ts';
import { CypherFloat, NodeRef, PathValue, RelRef, TemporalValue } from './types.ts';
import type { CypherMap, Value } from './types.ts';

function num(v: number | bigint | CypherFloat): number | bigint {
  return v instanceof CypherFloat ? v.value : v;
}

function isNumeric(v: unknown): v is number | bigint | CypherFloat {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof CypherFloat;
}

/**
 * Comparison for `<`, `<=`, `>`, `>=`: negative, zero, positive, or null when incomparable
 * (different types, a null inside). NaN against a number gives NaN, for which every one of
 * `<`, `<=`, `>`, `>=` is false. Lists compare element by element.
 */
export function compare(a: Value, b: Value): number | null {
  if (a === null || b === null) return null;
  if (typeof a === 'number' && typeof b === 'number') {
    if (a !== a || b !== b) return NaN;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'string') return typeof b === 'string' ? (a < b ? -1 : a > b ? 1 : 0) : null;
  if (isNumeric(a)) {
    if (!isNumeric(b)) return null;
    const x = num(a);
    const y = num(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'boolean') return typeof b === 'boolean' ? Number(a) - Number(b) : null;
  if (a instanceof TemporalValue) return b instanceof TemporalValue ? temporalCompare(a, b) : null;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return null;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = compare(a[i]!, b[i]!);
      if (c === null) return null;
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return null;
}

const RANK_MAP = 0;
const RANK_NODE = 1;
const RANK_REL = 2;
const RANK_LIST = 3;
const RANK_PATH = 4;
const RANK_TEMPORAL = 4.5;
const RANK_STRING = 5;
const RANK_BOOLEAN = 6;
const RANK_NUMBER = 7;
const RANK_NULL = 9;

function rank(v: Value): number {
  if (v === null) return RANK_NULL;
  switch (typeof v) {
    case 'string':
      return RANK_STRING;
    case 'boolean':
      return RANK_BOOLEAN;
    case 'number':
    case 'bigint':
      return RANK_NUMBER;
  }
  if (v instanceof CypherFloat) return RANK_NUMBER;
  if (Array.isArray(v)) return RANK_LIST;
  if (v instanceof NodeRef) return RANK_NODE;
  if (v instanceof RelRef) return RANK_REL;
  if (v instanceof PathValue) return RANK_PATH;
  if (v instanceof TemporalValue) return RANK_TEMPORAL;
  return RANK_MAP;
}

/** Total order for ORDER BY, min/max and sorting: never null. */
export function orderCompare(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a < b) return -1;
    if (a > b) return 1;
    if (a === b) return 0;
    return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case RANK_NULL:
      return 0;
    case RANK_NUMBER: {
      const x = num(a as number);
      const y = num(b as number);
      const xNaN = typeof x === 'number' && Number.isNaN(x);
      const yNaN = typeof y === 'number' && Number.isNaN(y);
      if (xNaN || yNaN) return xNaN === yNaN ? 0 : xNaN ? 1 : -1;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case RANK_BOOLEAN:
      return Number(a) - Number(b);
    case RANK_TEMPORAL: {
      const ta = a as TemporalValue;
      const tb = b as TemporalValue;
      return ta.type === tb.type ? temporalOrder(ta, tb) : TEMPORAL_TYPE_ORDER[ta.type]! - TEMPORAL_TYPE_ORDER[tb.type]!;
    }
    case RANK_LIST:
      return orderLists(a as Value[], b as Value[]);
    case RANK_NODE:
      return (a as NodeRef).id - (b as NodeRef).id;
    case RANK_REL:
      return (a as RelRef).id - (b as RelRef).id;
    case RANK_PATH: {
      const pa = a as PathValue;
      const pb = b as PathValue;
      const seqA: Value[] = [pa.nodes[0]!];
      const seqB: Value[] = [pb.nodes[0]!];
      pa.rels.forEach((r, i) => seqA.push(r, pa.nodes[i + 1]!));
      pb.rels.forEach((r, i) => seqB.push(r, pb.nodes[i + 1]!));
      return orderLists(seqA, seqB);
    }
    default:
      return orderMaps(a as CypherMap, b as CypherMap);
  }
}

function orderLists(a: Value[], b: Value[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = orderCompare(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function orderMaps(a: CypherMap, b: CypherMap): number {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  const c = orderLists(ka, kb);
  if (c !== 0) return c;
  return orderLists(ka.map((k) => a[k]!), kb.map((k) => b[k]!));
}

