/**
 * One type per property key, for the formats whose columns or keys are typed (Neo4j CSV headers,
 * GraphML keys) and for Neo4j, which stores only scalars and lists of one scalar type: a map, a list
 * of maps (`evidence`), a list holding nulls or mixed types become JSON text ("json"). Integers and
 * floats under one key make a float key; other mixtures of scalars a string key.
 */
import type { KnowledgeGraph } from '../graph/types.ts';
import { TEMPORAL_CONSTRUCTORS, TemporalValue, type TemporalConstructor } from '../query/values/types.ts';
import { jsonText } from '../util/json-text.ts';

export type ScalarKind = 'boolean' | 'integer' | 'float' | 'string' | 'temporal';


export interface PropertyKind {
  kind: ScalarKind | 'json';
  /** A list of `kind` (never for json). */
  list: boolean;
  /** Integers beyond 32 bits are present (Neo4j `long`, GraphML `long`), bigints (beyond ±2^53) included. */
  long: boolean;
  /** For temporal keys (values stored by CREATE or SET in a session): which temporal type. */
  temporal?: TemporalConstructor;
}

export interface SchemaOptions {
  /** Keys to leave out (those the format writes elsewhere, such as `labels` or `type`). */
  skip?: ReadonlySet<string>;
  /**
   * The separator of list items in the output (Neo4j CSV: `;`). A list holding a string that contains it
   * could not be split back, so that key becomes JSON text.
   */
  listDelimiter?: string;
}

/** Keys in order of first appearance, each with the type its values fit. */
export type PropertySchema = Map<string, PropertyKind>;

export function inferPropertySchema(items: Iterable<Record<string, unknown>>, options: SchemaOptions = {}): PropertySchema {
  const schema: PropertySchema = new Map();
  for (const item of items) {
    for (const key in item) {
      if (options.skip?.has(key)) continue;
      const kind = kindOf(item[key], options.listDelimiter);
      if (!kind) continue;
      const known = schema.get(key);
      schema.set(key, known ? merge(known, kind) : kind);
    }
  }
  return schema;
}

export function inferNodeSchema(graph: KnowledgeGraph, options: SchemaOptions = {}): PropertySchema {
  return inferPropertySchema((function* () {
    for (const { attributes } of graph.nodeEntries()) yield attributes;
  })(), options);
}

export function inferEdgeSchema(graph: KnowledgeGraph, options: SchemaOptions = {}): PropertySchema {
  return inferPropertySchema((function* () {
    for (const { attributes } of graph.edgeEntries()) yield attributes;
  })(), options);
}

/** The value in its key's type: JSON text for json keys, text for string keys, a list for list keys. */
export function encodeProperty(value: unknown, kind: PropertyKind): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  if (kind.kind === 'json') return jsonText(value);
  if (kind.list) return (Array.isArray(value) ? value : [value]).map((item) => encodeScalar(item, kind.kind as ScalarKind));
  return encodeScalar(value, kind.kind);
}

function encodeScalar(value: unknown, kind: ScalarKind): unknown {
  // A temporal value is its ISO 8601 text, under a temporal key or a text one.
  if (value instanceof TemporalValue) return value.toString();
  if (kind === 'string') return typeof value === 'string' ? value : typeof value === 'object' ? jsonText(value) : String(value);
  return value;
}

function kindOf(value: unknown, listDelimiter: string | undefined): PropertyKind | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    let kind: PropertyKind | undefined;
    for (const item of value) {
      const itemKind = scalarKind(item);
      if (!itemKind) return JSON_KIND;
      if (listDelimiter !== undefined && typeof item === 'string' && item.includes(listDelimiter)) return JSON_KIND;
      if (!kind) kind = { ...itemKind, list: true };
      else if (kind.kind !== itemKind.kind && !(isNumeric(kind.kind) && isNumeric(itemKind.kind))) return JSON_KIND;
      else if (kind.temporal !== itemKind.temporal) return JSON_KIND;
      else kind = { ...kind, kind: kind.kind === itemKind.kind ? kind.kind : 'float', long: kind.long || itemKind.long };
    }
    return kind;
  }
  return scalarKind(value) ?? (typeof value === 'number' ? undefined : JSON_KIND);
}

const JSON_KIND: PropertyKind = { kind: 'json', list: false, long: false };

function scalarKind(value: unknown): PropertyKind | undefined {
  switch (typeof value) {
    case 'boolean':
      return { kind: 'boolean', list: false, long: false };
    case 'string':
      return { kind: 'string', list: false, long: false };
    case 'number':
      if (!Number.isFinite(value)) return undefined;
      if (!Number.isInteger(value)) return { kind: 'float', list: false, long: false };
      return { kind: 'integer', list: false, long: value > 0x7fffffff || value < -0x80000000 };
    case 'bigint':
      return { kind: 'integer', list: false, long: true };
    default:
      if (value instanceof TemporalValue) return { kind: 'temporal', list: false, long: false, temporal: TEMPORAL_CONSTRUCTORS[value.type] };
      return undefined;
  }
}

function isNumeric(kind: PropertyKind['kind']): boolean {
  return kind === 'integer' || kind === 'float';
}

function merge(a: PropertyKind, b: PropertyKind): PropertyKind {
  if (a.kind === 'json' || b.kind === 'json' || a.list !== b.list) return JSON_KIND;
  const long = a.long || b.long;
  if (a.kind === 'temporal' || b.kind === 'temporal') {
    if (a.temporal === b.temporal) return a;
    // Dates with datetimes (say) are no one Neo4j type: text, or JSON text for lists.
    return a.list ? JSON_KIND : { kind: 'string', list: false, long: false };
  }
  if (a.kind === b.kind) return { kind: a.kind, list: a.list, long };
  if (isNumeric(a.kind) && isNumeric(b.kind)) return { kind: 'float', list: a.list, long };
  // Scalars of different kinds read as text; lists of different kinds cannot be one Neo4j list.
  return a.list ? JSON_KIND : { kind: 'string', list: false, long: false };
}
