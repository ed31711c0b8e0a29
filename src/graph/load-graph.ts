import { readFileSync } from 'node:fs';
import { KgError } from '../util/errors.ts';
import { createGraph } from './create-graph.ts';
import type { KnowledgeGraph } from './types.ts';

/**
 * Reads a graph saved in graphology's serialized JSON (ONTOLOGY.md, "Serialized form").
 * Errors name the file and what is wrong with it; the caller decides whether to go on.
 */
export function loadGraph(path: string): KnowledgeGraph {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : String((error as Error).message);
    throw new KgError(`graph/load: cannot read ${path}: ${why}`, { cause: error });
  }
  return parseGraph(text, path);
}

/** Parses serialized JSON text into a graph; `source` names it in error messages. */
export function parseGraph(text: string, source = 'graph'): KnowledgeGraph {
  let data: unknown;
  try {
    // An integer beyond ±2^53 that a query stored (saved with every digit, util/json-text.ts) loads as
    // the nearest double: Node 20's JSON.parse cannot see a number's digits. Accepted for loading.
    data = JSON.parse(text);
  } catch (error) {
    throw new KgError(`graph/load: ${source} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const problem = shapeProblem(data);
  if (problem) throw new KgError(`graph/load: ${source} is not a serialized graph: ${problem}`);
  const graph = createGraph();
  try {
    graph.import(data as Parameters<KnowledgeGraph['import']>[0]);
  } catch (error) {
    throw new KgError(`graph/load: ${source}: ${(error as Error).message}`, { cause: error });
  }
  return graph;
}

/**
 * graphology keeps each node's neighbours in plain objects keyed by node key, so a key that an
 * object inherits ("__proto__", "constructor", "toString"…) breaks adjacency and, for "__proto__",
 * pollutes Object.prototype for the whole process. Our own keys never look like that.
 */
export function isSafeNodeKey(key: string): boolean {
  return !(key in Object.prototype);
}

function shapeProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'expected an object';
  const { nodes, edges } = data as { nodes?: unknown; edges?: unknown };
  if (!Array.isArray(nodes)) return '"nodes" must be an array';
  if (edges !== undefined && !Array.isArray(edges)) return '"edges" must be an array';
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as { key?: unknown; attributes?: { labels?: unknown } };
    if (typeof n?.key !== 'string' && typeof n?.key !== 'number') return `nodes[${i}] has no key`;
    if (!isSafeNodeKey(String(n.key))) return `nodes[${i}].key ${JSON.stringify(n.key)} is a name graphology cannot hold`;
    if (n.attributes?.labels !== undefined && !Array.isArray(n.attributes.labels)) return `nodes[${i}].attributes.labels must be an array`;
  }
  for (let i = 0; i < (edges as unknown[] | undefined ?? []).length; i++) {
    const e = (edges as { source?: unknown; target?: unknown; attributes?: { type?: unknown } }[])[i];
    if (e?.source === undefined || e?.target === undefined) return `edges[${i}] needs a source and a target`;
    if (e.attributes?.type !== undefined && typeof e.attributes.type !== 'string') return `edges[${i}].attributes.type must be a string`;
  }
  return null;
}
