import graphology from 'graphology';
import type { KnowledgeGraph } from './types.ts';

const { MultiDirectedGraph } = graphology;

/** An empty knowledge graph. Self-loops are allowed: Cypher permits `(a)-[:R]->(a)`. */
export function createGraph(): KnowledgeGraph {
  return new MultiDirectedGraph({ allowSelfLoops: true });
}
