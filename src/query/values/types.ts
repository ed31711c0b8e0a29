/**
 * Runtime representation of Cypher values, chosen so the hot path stays plain JavaScript:
 * - null, booleans and strings are themselves;
 * - INTEGER is a safe-integer `number`, or a `bigint` beyond ±2^53 (always normalized back to
 *   `number` when it fits), so 64-bit arithmetic is exact;
 * - FLOAT is a non-integral `number` (including NaN and ±Infinity), or a `CypherFloat` box when its
 *   value happens to be integral (`1.0`, `-0.0`), so `1` and `1.0` stay distinct;
 * - LIST is an array; MAP is a plain object (null prototype when built by the engine);
 * - NODE, RELATIONSHIP and PATH are the classes below, nodes and relationships interned per graph;
 * - DATE, LOCAL TIME, ZONED TIME, LOCAL DATETIME, ZONED DATETIME and DURATION extend TemporalValue
 *   (implemented in values/temporal/).
 */

/** A FLOAT whose value is integral (1.0, -0.0, 1e6); other floats are plain numbers. */
export class CypherFloat {
  constructor(readonly value: number) {}
  valueOf(): number {
    return this.value;
  }
  toJSON(): number {
    return this.value;
  }
}

/** Shared base for the boxed graph values, so `instanceof Entity` tells them from maps. */
export abstract class Entity {}

/** Stable integer ids (`id(n)`), numbered in graph order; owned by the graph's index. */
export interface ElementIds {
  nodeId(key: string): number;
  relId(key: string): number;
}

export class NodeRef extends Entity {
  /** graphology's attribute object for this node (kept in sync by the graph index). */
  attrs: Record<string, unknown>;
  /** Per relationship type, the outgoing / incoming relationships; built on first expansion. */
  out: Map<string, RelRef[]> | null = null;
  in: Map<string, RelRef[]> | null = null;
  deleted = false;
  /** Properties written by a query as integral floats (1.0): JSON keeps them as 1, Cypher as 1.0. */
  floats: Set<string> | null = null;
  constructor(readonly key: string, attrs: Record<string, unknown>, readonly ids: ElementIds) {
    super();
    this.attrs = attrs;
  }
  get id(): number {
    return this.ids.nodeId(this.key);
  }
}

export class RelRef extends Entity {
  attrs: Record<string, unknown>;
  deleted = false;
  floats: Set<string> | null = null;
  constructor(
    readonly key: string,
    readonly type: string,
    readonly start: NodeRef,
    readonly end: NodeRef,
    attrs: Record<string, unknown>,
  ) {
    super();
    this.attrs = attrs;
  }
  get id(): number {
    return this.start.ids.relId(this.key);
  }
}

/** nodes.length === rels.length + 1; rels[i] joins nodes[i] and nodes[i + 1] in either direction. */
export class PathValue extends Entity {
  constructor(readonly nodes: NodeRef[], readonly rels: RelRef[]) {
    super();
  }
}

export type TemporalTypeName = 'DATE' | 'LOCAL TIME' | 'ZONED TIME' | 'LOCAL DATETIME' | 'ZONED DATETIME' | 'DURATION';

/** The function that builds each temporal type (`date('2026-01-05')`), also its Neo4j import type. */
export type TemporalConstructor = 'date' | 'localtime' | 'time' | 'localdatetime' | 'datetime' | 'duration';
export const TEMPORAL_CONSTRUCTORS: Readonly<Record<TemporalTypeName, TemporalConstructor>> = {
  DATE: 'date',
  'LOCAL TIME': 'localtime',
  'ZONED TIME': 'time',
  'LOCAL DATETIME': 'localdatetime',
  'ZONED DATETIME': 'datetime',
  DURATION: 'duration',
};

/** Base of the temporal values: immutable, compared and printed through these members. */
export abstract class TemporalValue extends Entity {
  abstract readonly type: TemporalTypeName;
  /** ISO 8601 text, as toString() gives it. */
  abstract override toString(): string;
  /** A component (`d.year`, `dur.days`); undefined when the type has no such component. */
  abstract component(name: string): Value | undefined;
  toJSON(): string {
    return this.toString();
  }
}

export type CypherMap = { [key: string]: Value };
export type Value = null | boolean | number | bigint | string | CypherFloat | Value[] | CypherMap | NodeRef | RelRef | PathValue | TemporalValue;

export const MIN_INT64 = -(2n ** 63n);
export const MAX_INT64 = 2n ** 63n - 1n;

export function isMap(v: unknown): v is CypherMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Entity) && !(v instanceof CypherFloat);
}

export function isInteger(v: unknown): v is number | bigint {
  return (typeof v === 'number' && Number.isSafeInteger(v)) || typeof v === 'bigint';
}

export function isFloat(v: unknown): boolean {
  return (typeof v === 'number' && !Number.isSafeInteger(v)) || v instanceof CypherFloat;
}

export function isNumber(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof CypherFloat;
}

/** The numeric value of an INTEGER or FLOAT as a JS number (bigints lose precision). */
export function toNumber(v: number | bigint | CypherFloat): number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : v.value;
}

/** A FLOAT result: boxed when integral so it keeps printing as `2.0`. */
export function makeFloat(x: number): number | CypherFloat {
  return Number.isSafeInteger(x) || Object.is(x, -0) ? new CypherFloat(x) : x;
}

/** An INTEGER result from a bigint computation: range-checked, then a number when it fits. */
export function normalizeBigInt(x: bigint): number | bigint | null {
  if (x < MIN_INT64 || x > MAX_INT64) return null;
  return x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x;
}

export type TypeName = 'NULL' | 'BOOLEAN' | 'INTEGER' | 'FLOAT' | 'STRING' | 'LIST' | 'MAP' | 'NODE' | 'RELATIONSHIP' | 'PATH' | TemporalTypeName;

export function typeOf(v: unknown): TypeName {
  if (v === null || v === undefined) return 'NULL';
  switch (typeof v) {
    case 'boolean':
      return 'BOOLEAN';
    case 'number':
      return Number.isSafeInteger(v) ? 'INTEGER' : 'FLOAT';
    case 'bigint':
      return 'INTEGER';
    case 'string':
      return 'STRING';
  }
  if (Array.isArray(v)) return 'LIST';
  if (v instanceof CypherFloat) return 'FLOAT';
  if (v instanceof NodeRef) return 'NODE';
  if (v instanceof RelRef) return 'RELATIONSHIP';
  if (v instanceof PathValue) return 'PATH';
  if (v instanceof TemporalValue) return v.type;
  return 'MAP';
}
