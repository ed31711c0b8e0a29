/**
 * The graph as graphology's serialized JSON, the form `kg` reads (`.kg/graph.json`, ONTOLOGY.md): an
 * exported subgraph loads again with `--graph`. Written element by element, with the bytes
 * serializeGraph gives (integers beyond ±2^53 with all their digits), so memory stays bounded.
 */
import type { KnowledgeGraph } from '../graph/types.ts';
import { jsonText } from '../util/json-text.ts';
import { CHUNK_CHARS } from './xml-chunks.ts';

export function* jsonChunks(graph: KnowledgeGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${jsonText(options)},"attributes":${jsonText(graph.getAttributes())},"nodes":`;
  yield* jsonArray(serializedNodes(graph));
  yield ',"edges":';
  yield* jsonArray(serializedEdges(graph));
  yield '}\n';
}

/** graphology's serializeNode: attributes only when there are some. */
function* serializedNodes(graph: KnowledgeGraph): Generator<object> {
  for (const { node, attributes } of graph.nodeEntries()) {
    yield isEmpty(attributes) ? { key: node } : { key: node, attributes };
  }
}

/** graphology's serializeEdge: `undirected` only in a mixed graph. */
function* serializedEdges(graph: KnowledgeGraph): Generator<object> {
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const entry: { key: string; source: string; target: string; attributes?: object; undirected?: true } = { key: edge, source, target };
    if (!isEmpty(attributes)) entry.attributes = attributes;
    if (graph.type === 'mixed' && undirected) entry.undirected = true;
    yield entry;
  }
}

function* jsonArray(items: Iterable<object>): Generator<string> {
  let buffer = '[';
  let first = true;
  for (const item of items) {
    buffer += (first ? '' : ',') + jsonText(item);
    first = false;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  yield buffer + ']';
}

function isEmpty(object: object): boolean {
  for (const _key in object) return false;
  return true;
}
