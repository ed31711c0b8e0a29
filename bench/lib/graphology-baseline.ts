/**
 * The yardstick: the benchmark's queries written by hand as straightforward, efficient graphology
 * code, with what a careful programmer builds once at load (a Map name → node key per label and the
 * list of nodes of each label). Our engine's target is to stay within 3× of this.
 */
import type { KnowledgeGraph, NodeAttributes } from '../../src/graph/types.ts';

export interface GraphologyBaseline {
  graph: KnowledgeGraph;
  byName: Map<string, Map<string, string>>;
  /** The attribute objects of each label's nodes (graphology hands out the live objects). */
  byLabel: Map<string, NodeAttributes[]>;
}

export function buildBaselineIndex(graph: KnowledgeGraph): GraphologyBaseline {
  const byName = new Map<string, Map<string, string>>();
  const byLabel = new Map<string, NodeAttributes[]>();
  graph.forEachNode((key, attributes) => {
    for (const label of attributes.labels) {
      let names = byName.get(label);
      if (!names) byName.set(label, (names = new Map()));
      if (typeof attributes.name === 'string') names.set(attributes.name, key);
      let nodes = byLabel.get(label);
      if (!nodes) byLabel.set(label, (nodes = []));
      nodes.push(attributes);
    }
  });
  return { graph, byName, byLabel };
}

type Row = unknown[];

/** MATCH (p:Person {name: $name}) RETURN p.name, p.title */
export function lookupPerson(b: GraphologyBaseline, name: string): Row[] {
  const key = b.byName.get('Person')?.get(name);
  if (key === undefined) return [];
  const a = b.graph.getNodeAttributes(key);
  return [[a.name ?? null, a.title ?? null]];
}

/** MATCH (p:Person {name: $name})-[:ATTENDED]->(e:Event) RETURN e.name, e.date */
export function eventsOfPerson(b: GraphologyBaseline, name: string): Row[] {
  const key = b.byName.get('Person')?.get(name);
  if (key === undefined) return [];
  const rows: Row[] = [];
  b.graph.forEachOutEdge(key, (_edge, attributes, _source, _target, _sa, targetAttributes) => {
    if (attributes.type === 'ATTENDED' && targetAttributes.labels.includes('Event')) rows.push([targetAttributes.name ?? null, targetAttributes.date ?? null]);
  });
  return rows;
}

/**
 * MATCH (p:Person {name: $name})-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(q:Person) WHERE q <> p
 * RETURN q.name, count(*) AS c ORDER BY c DESC, q.name LIMIT $limit
 */
export function coAttendance(b: GraphologyBaseline, name: string, limit: number): Row[] {
  const key = b.byName.get('Person')?.get(name);
  if (key === undefined) return [];
  const { graph } = b;
  const counts = new Map<string, number>();
  graph.forEachOutEdge(key, (_edge, attributes, _source, event, _sa, eventAttributes) => {
    if (attributes.type !== 'ATTENDED' || !eventAttributes.labels.includes('Event')) return;
    graph.forEachInEdge(event, (_e, inAttributes, other, _t, otherAttributes) => {
      if (inAttributes.type === 'ATTENDED' && other !== key && otherAttributes.labels.includes('Person')) counts.set(other, (counts.get(other) ?? 0) + 1);
    });
  });
  const rows = [...counts].map(([k, c]) => [graph.getNodeAttribute(k, 'name') as string, c] as [string, number]);
  rows.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return rows.slice(0, limit);
}

/** MATCH ()-[r]->() RETURN type(r), count(*) */
export function countByType(b: GraphologyBaseline): Row[] {
  const counts = new Map<string, number>();
  b.graph.forEachEdge((_edge, attributes) => counts.set(attributes.type, (counts.get(attributes.type) ?? 0) + 1));
  return [...counts];
}

/** MATCH (e:Event) WHERE e.date STARTS WITH $prefix RETURN count(e) */
export function countEventsByDatePrefix(b: GraphologyBaseline, prefix: string): Row[] {
  let count = 0;
  for (const attributes of b.byLabel.get('Event') ?? []) {
    const date = attributes.date;
    if (typeof date === 'string' && date.startsWith(prefix)) count++;
  }
  return [[count]];
}
