/**
 * The part of a graph that a query returned, as a graph of its own: the given nodes, the given
 * relationships and their endpoints, in the original graph's order, with the same keys and attributes.
 */
import { createGraph } from '../graph/create-graph.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { KgError } from '../util/errors.ts';

export interface Subgraph {
  nodes: readonly string[];
  edges: readonly string[];
}

export function selectSubgraph(graph: KnowledgeGraph, subgraph: Subgraph): KnowledgeGraph {
  const nodes = new Set(subgraph.nodes);
  const edges = new Set(subgraph.edges);
  for (const key of nodes) if (!graph.hasNode(key)) throw new KgError(`export: the graph has no node ${JSON.stringify(key)}`);
  for (const key of edges) {
    if (!graph.hasEdge(key)) throw new KgError(`export: the graph has no relationship ${JSON.stringify(key)}`);
    nodes.add(graph.source(key));
    nodes.add(graph.target(key));
  }
  const selected = createGraph();
  selected.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((key, attributes) => {
    if (nodes.has(key)) selected.addNode(key, attributes);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (edges.has(key)) selected.addEdgeWithKey(key, source, target, attributes);
  });
  return selected;
}
