/** Test helpers: build a graph from French texts held in memory and read it back as plain strings. */
import { buildGraphFromTexts } from '../../src/extract/index.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';

export function graphOf(texts: string | Record<string, string>): KnowledgeGraph {
  return buildGraphFromTexts(typeof texts === 'string' ? { 'article.txt': texts } : texts);
}

/** "Source -TYPE-> Target" for every relationship (of one type if given), sorted. */
export function factsOf(texts: string | Record<string, string> | KnowledgeGraph, type?: string): string[] {
  const graph = typeof texts === 'object' && 'order' in texts ? (texts as KnowledgeGraph) : graphOf(texts as string | Record<string, string>);
  const name = (key: string): string => String(graph.getNodeAttribute(key, 'name'));
  return graph
    .mapEdges((_, a, s, t) => ({ a, s, t }))
    .filter(({ a }) => !type || a.type === type)
    .map(({ a, s, t }) => `${name(s)} -${a.type}-> ${name(t)}`)
    .sort();
}

/** Names of the nodes with a label, sorted. */
export function namesOf(graph: KnowledgeGraph, label: string): string[] {
  return graph
    .filterNodes((_, a) => a.labels.includes(label))
    .map((k) => String(graph.getNodeAttribute(k, 'name')))
    .sort();
}

/** The attributes of the node with that name. */
export function nodeNamed(graph: KnowledgeGraph, name: string): Record<string, unknown> | undefined {
  const key = graph.findNode((_, a) => a.name === name);
  return key === undefined ? undefined : graph.getNodeAttributes(key);
}
