/**
 * A streaming GEXF writer: the document graphology-gexf 0.13.2's `write(graph, {formatNode, formatEdge,
 * version})` builds, produced in chunks so that memory stays bounded however large the graph is
 * (graphology-gexf formats every element into one array and the whole document into one string, which
 * for a million relationships exceeds what V8 can hold). It drives the same XML emitter (xml-writer)
 * with the same calls, in two passes over the graph: the first infers the attribute types (the model),
 * the second writes. tests/export/gexf-writer.test.ts checks the bytes against graphology-gexf.
 *
 * Where graphology-gexf is wrong, this writer differs, and only there:
 * - GEXF 1.2 declares the viz namespace `http://www.gexf.net/1.2draft/viz`; graphology-gexf writes
 *   `http:///www.gexf.net/1.1draft/viz`, so readers drop every colour, size and position;
 * - in GEXF 1.3 lists, a string that holds a comma, is empty or has spaces at either end is quoted:
 *   unquoted, the list parsers (graphology-gexf's, Gephi's) split or trim it;
 * - a node that `nodeInterval` dates gets `start`/`end`, and the graph `mode="dynamic"` with
 *   `timeformat="date"`, so Gephi's timeline can use it (graphology-gexf cannot write these);
 * - a graph attribute whose name is not an XML name is left out of <meta> rather than written as a broken tag;
 * - an integer beyond ±2^53 (a bigint, which a Cypher write can store) is a `long` with its exact digits;
 *   graphology-gexf would type it `string`, and fail on a list of them.
 */
import type { Attributes } from 'graphology-types';
import type { KnowledgeGraph, NodeAttributes } from '../graph/types.ts';
import type { DateInterval } from './date-interval.ts';
import type { GexfFormatters, GexfValue, GexfVersion, GexfViz } from './gexf-attributes.ts';
import { xmlSafe } from './xml-text.ts';
import { XmlChunks } from './xml-chunks.ts';

export interface GexfWriterOptions extends GexfFormatters {
  version: GexfVersion;
  /** The days a node spans on the timeline; when any node has one, the graph is written as dynamic. */
  nodeInterval?: (key: string, attributes: NodeAttributes) => DateInterval | undefined;
}

export const GEXF_NAMESPACES: Record<GexfVersion, { xmlns: string; viz: string }> = {
  '1.2': { xmlns: 'http://www.gexf.net/1.2draft', viz: 'http://www.gexf.net/1.2draft/viz' },
  '1.3': { xmlns: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz' },
};

type GexfType =
  | 'liststring' | 'listdouble' | 'listlong' | 'listinteger' | 'listboolean'
  | 'string' | 'double' | 'long' | 'integer' | 'boolean' | 'empty';

/** graphology-gexf's order: when one key holds values of several types, the lowest number wins. */
const TYPE_PRIORITIES: Record<GexfType, number> = {
  liststring: 0, listdouble: 1, listlong: 2, listinteger: 3, listboolean: 4,
  string: 5, double: 6, long: 7, integer: 8, boolean: 9, empty: 10,
};

type Model = Map<string, GexfType>;

const XML_NAME = /^[_:A-Za-z][-._:A-Za-z0-9]*$/;

export function* gexfChunks(graph: KnowledgeGraph, options: GexfWriterOptions): Generator<string> {
  const { version, formatNode, formatEdge, nodeInterval } = options;
  if (version !== '1.2' && version !== '1.3') throw new Error(`export/gexf: unknown GEXF version ${String(version)}`);

  // Pass 1: the attribute model, and whether any node is dated.
  const nodeModel: Model = new Map();
  const edgeModel: Model = new Map();
  let dynamic = false;
  graph.forEachNode((key, attributes) => {
    extendModel(nodeModel, formatNode(key, attributes).attributes);
    if (!dynamic && nodeInterval?.(key, attributes)) dynamic = true;
  });
  graph.forEachEdge((key, attributes) => extendModel(edgeModel, formatEdge(key, attributes).attributes));

  const xml = new XmlChunks();
  const w = xml.writer;
  w.startDocument('1.0', 'UTF-8');
  w.startElement('gexf');
  w.writeAttribute('version', version);
  w.writeAttribute('xmlns', GEXF_NAMESPACES[version].xmlns);
  w.writeAttribute('xmlns:viz', GEXF_NAMESPACES[version].viz);
  if (version === '1.3') {
    w.writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance');
    w.writeAttribute('xsi:schemaLocation', 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd');
  }

  w.startElement('meta');
  const graphAttributes = graph.getAttributes() as Attributes;
  if (graphAttributes.lastModifiedDate) w.writeAttribute('lastmodifieddate', xmlSafe(String(graphAttributes.lastModifiedDate)));
  for (const name in graphAttributes) {
    if (name === 'lastModifiedDate') continue;
    const tag = name.replace(/["'<>&\s]/g, '').trim();
    const value: unknown = graphAttributes[name];
    if (!XML_NAME.test(tag)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
      w.writeElement(tag, xmlSafe('' + value));
    }
  }
  w.endElement();

  w.startElement('graph');
  const defaultEdgeType = graph.type === 'undirected' ? 'undirected' : 'directed';
  w.writeAttribute('defaultedgetype', defaultEdgeType);
  if (dynamic) {
    w.writeAttribute('mode', 'dynamic');
    w.writeAttribute('timeformat', 'date');
  }
  writeModel(w, nodeModel, 'node');
  writeModel(w, edgeModel, 'edge');

  // Pass 2: the elements, handed over chunk by chunk.
  w.startElement('nodes');
  for (const { node: key, attributes } of graph.nodeEntries()) {
    const node = formatNode(key, attributes);
    w.startElement('node');
    w.writeAttribute('id', xmlSafe(key));
    if (node.label) w.writeAttribute('label', node.label);
    const span = dynamic ? nodeInterval?.(key, attributes) : undefined;
    if (span) {
      w.writeAttribute('start', span.start);
      w.writeAttribute('end', span.end);
    }
    writeAttvalues(w, version, nodeModel, node.attributes);
    writeViz(w, version, node.viz);
    w.endElement();
    if (xml.full) yield xml.take();
  }
  w.endElement();

  w.startElement('edges');
  for (const { edge: key, attributes, source, target, undirected } of graph.edgeEntries()) {
    const edge = formatEdge(key, attributes);
    w.startElement('edge');
    w.writeAttribute('id', xmlSafe(key));
    const edgeType = undirected ? 'undirected' : 'directed';
    if (edgeType !== defaultEdgeType) w.writeAttribute('type', edgeType);
    w.writeAttribute('source', xmlSafe(source));
    w.writeAttribute('target', xmlSafe(target));
    const weight: unknown = edge.weight;
    if ((typeof weight === 'number' && !Number.isNaN(weight)) || typeof weight === 'string') w.writeAttribute('weight', weight);
    if (edge.kind) w.writeAttribute('kind', edge.kind);
    if (edge.label) w.writeAttribute('label', edge.label);
    writeAttvalues(w, version, edgeModel, edge.attributes);
    w.endElement();
    if (xml.full) yield xml.take();
  }
  w.endElement();

  w.flush();
  const rest = xml.take();
  if (rest) yield rest;
}

type Writer = XmlChunks['writer'];

function extendModel(model: Model, attributes: Record<string, GexfValue> | undefined): void {
  if (!attributes) return;
  for (const name in attributes) {
    const type = valueType(attributes[name]);
    if (type === 'empty') continue;
    const current = model.get(name);
    if (!current || (type !== current && TYPE_PRIORITIES[type] < TYPE_PRIORITIES[current])) model.set(name, type);
  }
}

function writeModel(w: Writer, model: Model, modelClass: 'node' | 'edge'): void {
  if (model.size === 0) return;
  w.startElement('attributes');
  w.writeAttribute('class', modelClass);
  for (const [name, type] of model) {
    w.startElement('attribute');
    w.writeAttribute('id', name);
    w.writeAttribute('title', name);
    w.writeAttribute('type', type);
    w.endElement();
  }
  w.endElement();
}

function writeAttvalues(w: Writer, version: GexfVersion, model: Model, attributes: Record<string, GexfValue> | undefined): void {
  if (model.size === 0 || !attributes) return;
  w.startElement('attvalues');
  for (const [name, type] of model) {
    if (!(name in attributes)) continue;
    const value = attributes[name];
    if (isEmptyValue(value)) continue;
    w.startElement('attvalue');
    w.writeAttribute('for', name);
    w.writeAttribute('value', cast(version, type, value));
    w.endElement();
  }
  w.endElement();
}

function writeViz(w: Writer, version: GexfVersion, viz: GexfViz | undefined): void {
  if (!viz) return;
  if (viz.color) {
    w.startElementNS('viz', 'color');
    if (version === '1.3' && viz.color.startsWith('#')) w.writeAttribute('hex', viz.color);
    else for (const [channel, value] of Object.entries(cssColorToRgba(viz.color))) w.writeAttribute(channel, value);
    w.endElement();
  }
  if (viz.size !== undefined) {
    w.startElementNS('viz', 'size');
    w.writeAttribute('value', viz.size);
    w.endElement();
  }
  if (viz.x !== undefined || viz.y !== undefined) {
    w.startElementNS('viz', 'position');
    if (viz.x !== undefined) w.writeAttribute('x', viz.x);
    if (viz.y !== undefined) w.writeAttribute('y', viz.y);
    w.endElement();
  }
}

function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (typeof value === 'number' && Number.isNaN(value));
}

function scalarType(value: unknown): GexfType {
  if (isEmptyValue(value)) return 'empty';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    // As graphology-gexf: integers beyond 32 bits are typed double (GEXF long is 64 bits, JS has 53).
    if (value === (value | 0)) return value <= 0x7fffffff && value >= -0x7fffffff ? 'integer' : 'long';
    return 'double';
  }
  // Only a Cypher integer beyond ±2^53 is a bigint: GEXF long holds its 64 bits exactly.
  if (typeof value === 'bigint') return 'long';
  return 'string';
}

function valueType(value: GexfValue): GexfType {
  if (!Array.isArray(value)) return scalarType(value);
  let type: GexfType = 'empty';
  for (const item of value) {
    const t = scalarType(item);
    if (TYPE_PRIORITIES[t] < TYPE_PRIORITIES[type]) type = t;
  }
  return type === 'empty' ? 'empty' : (`list${type}` as GexfType);
}

/** graphology-gexf's rule, plus quoting what its list parser would otherwise split or trim. */
function serializeListItem(subtype: string, value: string | number | bigint | boolean): string {
  if (typeof value === 'bigint') return String(value);
  if (subtype !== 'string' || typeof value !== 'string') return JSON.stringify(value);
  if (/[\r\t\n,\\]/.test(value) || value === '' || value.trim() !== value) return JSON.stringify(value);
  if (!value.includes("'")) return value.includes('"') ? `'${value}'` : value;
  return JSON.stringify(value);
}

function cast(version: GexfVersion, type: GexfType, value: GexfValue): string {
  if (type.startsWith('list')) {
    const items: (string | number | bigint | boolean)[] = Array.isArray(value) ? value : [value];
    if (version === '1.3') return '[' + items.map((item) => serializeListItem(type.slice(4), item)).join(', ') + ']';
    return items.join('|');
  }
  return '' + value;
}

function cssColorToRgba(color: string): Record<string, number> {
  if (color.startsWith('#')) {
    const hex = color.slice(1);
    return hex.length === 3
      ? { r: parseInt(hex[0] + hex[0], 16), g: parseInt(hex[1] + hex[1], 16), b: parseInt(hex[2] + hex[2], 16) }
      : { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
  }
  const match = /^\s*rgba?\s*\(\s*([0-9]*)\s*,\s*([0-9]*)\s*,\s*([0-9]*)\s*(?:,\s*([.0-9]*))?\)\s*$/i.exec(color);
  if (!match) return {};
  const rgba: Record<string, number> = { r: +match[1], g: +match[2], b: +match[3] };
  if (match[4]) rgba.a = +match[4];
  return rgba;
}
