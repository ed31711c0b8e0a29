import { writeFileAtomic } from '../util/atomic-write.ts';
import { jsonText } from '../util/json-text.ts';
import type { KnowledgeGraph } from './types.ts';

/**
 * Serializes in graphology's format; the same graph, built in the same order, gives the same bytes.
 * Integers beyond ±2^53 a query stored (bigints) keep their digits (jsonText).
 */
export function serializeGraph(graph: KnowledgeGraph): string {
  return jsonText(graph.export()) + '\n';
}

/** Writes the graph atomically: an interrupted save never leaves a broken file behind. */
export function saveGraph(graph: KnowledgeGraph, path: string): void {
  writeFileAtomic(path, serializeGraph(graph));
}
