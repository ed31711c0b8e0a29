/**
 * The graph as GraphML (yEd, Cytoscape, networkx, igraph, Gephi; graphology-graphml reads it back).
 * graphology-graphml 0.5 parses but does not write, so this streams the document with xml-writer.
 * The layout follows what Neo4j's APOC writes (`apoc.export.graphml`), so `apoc.import.graphml` with
 * `readLabels: true` loads it: node labels as `labels=":Person"` and a `labels` key, the relationship
 * type as the edge's `label` and a `label` key. Each property key is declared once with its GraphML type
 * (boolean, int, long, double, string); GraphML has no lists or maps, so lists are JSON text
 * (declared with APOC's `attr.list`) and so are maps such as `evidence`, which keeps every sentence.
 */
import type { KnowledgeGraph } from '../graph/types.ts';
import { jsonText } from '../util/json-text.ts';
import { encodeProperty, inferEdgeSchema, inferNodeSchema, type PropertyKind, type PropertySchema } from './property-schema.ts';
import { XmlChunks } from './xml-chunks.ts';
import { xmlSafe } from './xml-text.ts';

// GraphML has no temporal type: ISO 8601 text.
const GRAPHML_TYPES = { boolean: 'boolean', integer: 'int', float: 'double', string: 'string', json: 'string', temporal: 'string' } as const;

interface Key {
  id: string;
  name: string;
  kind: PropertyKind;
}

export function* graphmlChunks(graph: KnowledgeGraph): Generator<string> {
  const nodeSchema = inferNodeSchema(graph, { skip: new Set(['labels']) });
  const edgeSchema = inferEdgeSchema(graph, { skip: new Set(['type']) });
  // Key ids are global in GraphML and must be XML tokens; names are free text, so number the ids.
  let counter = 0;
  const keysOf = (schema: PropertySchema): Key[] => [...schema].map(([name, kind]) => ({ id: `d${counter++}`, name, kind }));
  const labelsKey: Key = { id: 'labels', name: 'labels', kind: { kind: 'string', list: false, long: false } };
  const typeKey: Key = { id: 'label', name: 'label', kind: { kind: 'string', list: false, long: false } };
  const nodeKeys = keysOf(nodeSchema);
  const edgeKeys = keysOf(edgeSchema);

  const xml = new XmlChunks();
  const w = xml.writer;
  w.startDocument('1.0', 'UTF-8');
  w.startElement('graphml');
  w.writeAttribute('xmlns', 'http://graphml.graphdrawing.org/xmlns');
  w.writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance');
  w.writeAttribute('xsi:schemaLocation', 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd');
  for (const key of [labelsKey, ...nodeKeys]) writeKey(w, key, 'node');
  for (const key of [typeKey, ...edgeKeys]) writeKey(w, key, 'edge');
  w.startElement('graph');
  w.writeAttribute('id', 'G');
  w.writeAttribute('edgedefault', graph.type === 'undirected' ? 'undirected' : 'directed');

  for (const { node, attributes } of graph.nodeEntries()) {
    w.startElement('node');
    w.writeAttribute('id', xmlSafe(node));
    const labels = (attributes.labels ?? []).map((label) => `:${label}`).join('');
    if (labels) {
      w.writeAttribute('labels', xmlSafe(labels));
      writeData(w, labelsKey, labels);
    }
    for (const key of nodeKeys) writeData(w, key, attributes[key.name]);
    w.endElement();
    if (xml.full) yield xml.take();
  }
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    w.startElement('edge');
    w.writeAttribute('id', xmlSafe(edge));
    w.writeAttribute('source', xmlSafe(source));
    w.writeAttribute('target', xmlSafe(target));
    if (graph.type === 'mixed') w.writeAttribute('directed', undirected ? 'false' : 'true');
    if (attributes.type) {
      w.writeAttribute('label', xmlSafe(attributes.type));
      writeData(w, typeKey, attributes.type);
    }
    for (const key of edgeKeys) writeData(w, key, attributes[key.name]);
    w.endElement();
    if (xml.full) yield xml.take();
  }
  w.flush();
  yield xml.take() + '\n';
}

type Writer = XmlChunks['writer'];

function writeKey(w: Writer, key: Key, domain: 'node' | 'edge'): void {
  w.startElement('key');
  w.writeAttribute('id', key.id);
  w.writeAttribute('for', domain);
  w.writeAttribute('attr.name', xmlSafe(key.name));
  w.writeAttribute('attr.type', key.kind.list ? 'string' : graphmlType(key.kind));
  if (key.kind.list) w.writeAttribute('attr.list', graphmlType(key.kind));
  w.endElement();
}

function graphmlType(kind: PropertyKind): string {
  return kind.kind === 'integer' && kind.long ? 'long' : GRAPHML_TYPES[kind.kind];
}

function writeData(w: Writer, key: Key, value: unknown): void {
  const encoded = encodeProperty(value, key.kind);
  if (encoded === undefined) return;
  w.startElement('data');
  w.writeAttribute('key', key.id);
  w.text(xmlSafe(Array.isArray(encoded) ? jsonText(encoded) : String(encoded)));
  w.endElement();
}
