/**
 * The rows of a query result. Nodes and relationships are buttons that open them in the panel;
 * other values are written in Cypher's notation. Cells hold text nodes only.
 */
import { labelColor } from '../../src/graph/label-colors.ts';
import { nodeName, type GraphData } from '../graph/display-graph.ts';
import { relTypeColor } from '../graph/rel-type-colors.ts';
import { el, swatch } from './dom.ts';

export interface TableContext {
  data: GraphData;
  selectNode(key: string): void;
  selectEdge(key: string): void;
}

interface PlainNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface PlainRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asNode(value: unknown, data: GraphData): PlainNode | null {
  if (!isPlainObject(value) || !Array.isArray(value.labels) || !isPlainObject(value.properties)) return null;
  const id = String(value.id);
  return data.nodes.has(id) && Object.keys(value).length === 3 ? (value as unknown as PlainNode) : null;
}

export function asRelationship(value: unknown, data: GraphData): PlainRelationship | null {
  if (!isPlainObject(value) || typeof value.type !== 'string' || !('start' in value) || !('end' in value)) return null;
  return data.edges.has(String(value.id)) ? (value as unknown as PlainRelationship) : null;
}

function asPath(value: unknown): { nodes: unknown[]; relationships: unknown[] } | null {
  if (!isPlainObject(value) || Object.keys(value).length !== 2) return null;
  return Array.isArray(value.nodes) && Array.isArray(value.relationships) ? (value as { nodes: unknown[]; relationships: unknown[] }) : null;
}

/** A cell's content: DOM for graph elements, Cypher-like text for the rest. */
export function formatCell(value: unknown, context: TableContext): Node {
  const node = asNode(value, context.data);
  if (node) {
    const key = String(node.id);
    return el('button', { className: 'link cell-node', title: `(${node.labels.map((l) => ':' + l).join('')}) ${key}`, on: { click: () => context.selectNode(key) } }, [
      swatch(labelColor(node.labels)),
      el('span', { text: nodeName(key, context.data.nodes.get(key)) }),
    ]);
  }
  const relationship = asRelationship(value, context.data);
  if (relationship) {
    const key = String(relationship.id);
    const start = context.data.nodes.get(String(relationship.start));
    const end = context.data.nodes.get(String(relationship.end));
    return el('button', { className: 'link cell-rel', title: key, on: { click: () => context.selectEdge(key) } }, [
      swatch(relTypeColor(relationship.type)),
      el('span', { text: `${nodeName(String(relationship.start), start)} —${relationship.type}→ ${nodeName(String(relationship.end), end)}` }),
    ]);
  }
  const path = asPath(value);
  if (path) {
    const span = el('span', { className: 'cell-path' });
    path.nodes.forEach((n, i) => {
      if (i > 0) span.append(formatCell(path.relationships[i - 1], context));
      span.append(formatCell(n, context));
    });
    return span;
  }
  if (value === null || value === undefined) return el('span', { className: 'muted', text: 'null' });
  return document.createTextNode(cypherText(value));
}

/** Lists and maps as Cypher writes them; strings bare at the top level, quoted inside. */
export function cypherText(value: unknown, nested = false): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return nested ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => cypherText(v, true)).join(', ')}]`;
  if (isPlainObject(value)) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${cypherText(v, true)}`)
      .join(', ')}}`;
  }
  return String(value);
}

export function resultTable(columns: string[], rows: unknown[][], maxRows: number, context: TableContext): HTMLElement {
  const head = el('thead', {}, [el('tr', {}, columns.map((c) => el('th', { text: c, attrs: { scope: 'col' } })))]);
  const body = el('tbody');
  for (const row of rows.slice(0, maxRows)) {
    body.append(el('tr', {}, row.map((value) => el('td', {}, [formatCell(value, context)]))));
  }
  return el('table', { className: 'result-table' }, [head, body]);
}
