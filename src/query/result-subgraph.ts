/**
 * The part of the graph a result touches: every node and relationship in it (inside lists, maps
 * and paths too) plus the endpoints of its relationships; keys sorted, without duplicates.
 */
import type { KnowledgeGraph } from '../graph/types.ts';
import type { QueryResult } from './run-cypher.ts';
import { isMap, NodeRef, PathValue, RelRef } from './values/types.ts';

export function resultSubgraph(graph: KnowledgeGraph, result: QueryResult): { nodes: string[]; edges: string[] } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const visit = (v: unknown): void => {
    if (v instanceof NodeRef) nodes.add(v.key);
    else if (v instanceof RelRef) {
      edges.add(v.key);
      nodes.add(v.start.key);
      nodes.add(v.end.key);
    } else if (v instanceof PathValue) {
      v.nodes.forEach(visit);
      v.rels.forEach(visit);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (isMap(v)) Object.values(v).forEach(visit);
  };
  for (const row of result.rows) row.forEach(visit);
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    nodes: [...nodes].filter((k) => graph.hasNode(k)).sort(byKey),
    edges: [...edges].filter((k) => graph.hasEdge(k)).sort(byKey),
  };
}
