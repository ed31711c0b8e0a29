/**
 * How a knowledge graph looks in GEXF: the `formatNode`/`formatEdge` pair that graphology-gexf's
 * `write(graph, {formatNode, formatEdge, version})` takes, used by our streamed writer and by the
 * viewer's in-browser export (graphology-gexf/browser). Browser-safe: no node: imports.
 *
 * - node label = name; attributes `labels` (joined with ":" so Gephi can partition on it) and every
 *   property with its GEXF type (aliases a list, mentions an integer, date and iso2 strings);
 * - viz colour per label (src/graph/label-colors.ts), size by degree, position from the caller (a layout);
 * - edge label = type, and in 1.3 also `kind` = type, which Gephi uses to keep parallel edges of different
 *   types apart; weight = the number of evidence sentences; attributes: the properties, with `evidence`
 *   (a list of objects, which GEXF cannot type) as `evidenceCount`, plus the first sentence as `quote`
 *   and its document as `quoteDoc`.
 */
import { labelColor } from '../graph/label-colors.ts';
import type { EdgeAttributes, Evidence, KnowledgeGraph, NodeAttributes } from '../graph/types.ts';
import { jsonText } from '../util/json-text.ts';
import { TemporalValue } from '../query/values/types.ts';
import type { GexfVersion } from './export-formats.ts';
import { xmlSafe } from './xml-text.ts';

export type { GexfVersion };

/**
 * A value graphology-gexf can type: a scalar or a list of scalars of one kind. Integers beyond ±2^53
 * (bigints, which only our streamed writer meets: the viewer's graph comes from JSON) are GEXF `long`s.
 */
export type GexfValue = string | number | bigint | boolean | string[] | (number | bigint)[] | boolean[];

export interface GexfViz {
  color?: string;
  size?: number;
  x?: number;
  y?: number;
}

export interface GexfNode {
  label?: string;
  viz?: GexfViz;
  attributes?: Record<string, GexfValue>;
}

export interface GexfEdge {
  label?: string;
  kind?: string;
  weight?: number;
  attributes?: Record<string, GexfValue>;
}

export interface GexfFormatters {
  formatNode(key: string, attributes: NodeAttributes): GexfNode;
  formatEdge(key: string, attributes: EdgeAttributes): GexfEdge;
}

export interface GexfFormatOptions {
  version?: GexfVersion;
  /** Where to draw each node (a layout's result); nodes without one get no viz:position. */
  position?: (key: string) => { x: number; y: number } | undefined;
}

/** Node sizes grow with the square root of the degree, so hubs stand out without hiding the rest. */
export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 25;

/** Positions are rounded: enough for drawing, and the file stays small and stable. */
const POSITION_DECIMALS = 1000;

export function gexfFormatters(graph: KnowledgeGraph, options: GexfFormatOptions = {}): GexfFormatters {
  const version = options.version ?? '1.3';
  const position = options.position;
  let maxDegree = 0;
  graph.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, graph.degree(node));
  });

  return {
    formatNode(key, attributes) {
      const out: Record<string, GexfValue> = {};
      const labels = attributes.labels ?? [];
      if (labels.length > 0) out.labels = xmlSafe(labels.join(':'));
      let label: string | undefined;
      for (const name in attributes) {
        if (name === 'labels') continue;
        const value = gexfValue(attributes[name], version);
        if (value === undefined) continue;
        if (name === 'name' && typeof value === 'string' && value !== '') label = value;
        else out[name] = value;
      }
      const viz: GexfViz = {
        color: labelColor(labels),
        size: nodeSize(graph.degree(key), maxDegree),
      };
      const at = position?.(key);
      if (at) {
        viz.x = Math.round(at.x * POSITION_DECIMALS) / POSITION_DECIMALS;
        viz.y = Math.round(at.y * POSITION_DECIMALS) / POSITION_DECIMALS;
      }
      const node: GexfNode = { viz, attributes: out };
      if (label !== undefined) node.label = label;
      return node;
    },

    formatEdge(_key, attributes) {
      const out: Record<string, GexfValue> = {};
      for (const name in attributes) {
        if (name === 'type') continue;
        if (name === 'evidence' && Array.isArray(attributes.evidence)) {
          summarizeEvidence(attributes.evidence, out);
          continue;
        }
        const value = gexfValue(attributes[name], version);
        if (value !== undefined) out[name] = value;
      }
      const edge: GexfEdge = { attributes: out };
      if (typeof attributes.type === 'string' && attributes.type !== '') {
        edge.label = xmlSafe(attributes.type);
        if (version === '1.3') edge.kind = edge.label;
      }
      const count = out.evidenceCount;
      if (typeof count === 'number' && count > 0) edge.weight = count;
      return edge;
    },
  };
}

export function nodeSize(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_NODE_SIZE;
  const size = MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(degree / maxDegree);
  return Math.round(size * 100) / 100;
}

function summarizeEvidence(evidence: Evidence[], out: Record<string, GexfValue>): void {
  out.evidenceCount = evidence.length;
  const first = evidence[0];
  if (first && typeof first.text === 'string') out.quote = xmlSafe(first.text);
  if (first && typeof first.doc === 'string') out.quoteDoc = xmlSafe(first.doc);
}

/**
 * A property value as graphology-gexf can type it, or undefined to leave it out (null, NaN, empty list).
 * Maps and lists of anything but scalars of one kind become JSON text; GEXF 1.2 has only `liststring`
 * (the number lists graphology-gexf would write there are 1.3 types that 1.2 readers reject).
 */
export function gexfValue(value: unknown, version: GexfVersion): GexfValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return xmlSafe(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean' || typeof value === 'bigint') return value;
  if (value instanceof TemporalValue) return value.toString(); // GEXF has no temporal attribute type: ISO 8601 text
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== null && item !== undefined);
    if (items.length === 0) return undefined;
    // Integers beyond ±2^53 (bigint) and other numbers make one number list.
    const kinds = new Set(items.map((item) => (typeof item === 'bigint' ? 'number' : typeof item)));
    if (kinds.size === 1 && (kinds.has('string') || kinds.has('number') || kinds.has('boolean'))) {
      if (kinds.has('string')) return (items as string[]).map(xmlSafe);
      if (version === '1.2') return items.map(String);
      return items as (number | bigint)[] | boolean[];
    }
  }
  return xmlSafe(jsonText(value));
}
