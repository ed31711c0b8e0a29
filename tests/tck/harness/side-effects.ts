/**
 * Side effects as the TCK defines them (README.adoc, "Observability of side effects"), computed by
 * diffing the graph itself before and after a query, never from the engine's own statistics:
 * nodes and relationships by identity, labels as the set of distinct labels in the graph, and
 * properties as (entity, key, value) triples, so a changed value counts as one removal and one addition.
 */
import type { KnowledgeGraph } from '../../../src/graph/types.ts';

export const SIDE_EFFECT_NAMES = ['+nodes', '-nodes', '+relationships', '-relationships', '+labels', '-labels', '+properties', '-properties'] as const;
export type SideEffectName = (typeof SIDE_EFFECT_NAMES)[number];
export type SideEffects = Record<SideEffectName, number>;

export interface GraphSnapshot {
  nodes: Set<string>;
  relationships: Set<string>;
  labels: Set<string>;
  properties: Set<string>;
}

/** A text for a stored property value; numbers, bigints and strings never collide. */
function storedValueKey(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? 'n-0' : `n${value}`;
  if (typeof value === 'bigint') return `b${value}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `[${value.map(storedValueKey).join(',')}]`;
  if (typeof value === 'object') {
    // Engines may box values (a float that is a whole number, say): the class name keeps boxes apart.
    const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
    const tag = proto && proto !== Object.prototype ? (proto.constructor?.name ?? '?') : '';
    const record = value as Record<string, unknown>;
    return `${tag}{${Object.keys(record)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${storedValueKey(record[k])}`)
      .join(',')}}`;
  }
  return String(value);
}

function addProperties(into: Set<string>, entity: string, attributes: Record<string, unknown>, structural: string): void {
  for (const key of Object.keys(attributes)) {
    const value = attributes[key];
    // Cypher never stores null: a property set to null does not exist.
    if (key === structural || value === null || value === undefined) continue;
    into.add(`${entity}\u0000${key}\u0000${storedValueKey(value)}`);
  }
}

export function snapshotGraph(graph: KnowledgeGraph): GraphSnapshot {
  const snapshot: GraphSnapshot = { nodes: new Set(), relationships: new Set(), labels: new Set(), properties: new Set() };
  graph.forEachNode((key, attributes) => {
    snapshot.nodes.add(key);
    for (const label of attributes.labels ?? []) snapshot.labels.add(label);
    addProperties(snapshot.properties, `n${key}`, attributes, 'labels');
  });
  graph.forEachEdge((key, attributes) => {
    snapshot.relationships.add(key);
    addProperties(snapshot.properties, `r${key}`, attributes, 'type');
  });
  return snapshot;
}

function countMissing(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (!b.has(x)) n++;
  return n;
}

export function diffSnapshots(before: GraphSnapshot, after: GraphSnapshot): SideEffects {
  return {
    '+nodes': countMissing(after.nodes, before.nodes),
    '-nodes': countMissing(before.nodes, after.nodes),
    '+relationships': countMissing(after.relationships, before.relationships),
    '-relationships': countMissing(before.relationships, after.relationships),
    '+labels': countMissing(after.labels, before.labels),
    '-labels': countMissing(before.labels, after.labels),
    '+properties': countMissing(after.properties, before.properties),
    '-properties': countMissing(before.properties, after.properties),
  };
}

export function noSideEffects(): SideEffects {
  return Object.fromEntries(SIDE_EFFECT_NAMES.map((n) => [n, 0])) as SideEffects;
}

/** Reads a `the side effects should be:` table; unlisted quantities are zero. */
export function parseSideEffectsTable(table: string[][]): SideEffects {
  const expected = noSideEffects();
  for (const row of table) {
    const [name, count] = row.map((c) => c.trim());
    if (!(SIDE_EFFECT_NAMES as readonly string[]).includes(name!)) throw new Error(`tck/side-effects: unknown side effect ${JSON.stringify(name)}`);
    if (!/^\d+$/.test(count ?? '')) throw new Error(`tck/side-effects: ${name} needs a count, got ${JSON.stringify(count)}`);
    expected[name as SideEffectName] = Number(count);
  }
  return expected;
}

/** `+nodes 1, +labels 2`; `none` when nothing changed. */
export function describeSideEffects(effects: SideEffects): string {
  const parts = SIDE_EFFECT_NAMES.filter((n) => effects[n] !== 0).map((n) => `${n} ${effects[n]}`);
  return parts.length ? parts.join(', ') : 'none';
}

export function sameSideEffects(a: SideEffects, b: SideEffects): boolean {
  return SIDE_EFFECT_NAMES.every((n) => a[n] === b[n]);
}
