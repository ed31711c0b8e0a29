/**
 * The side panel: a node (labels, properties, aliases, its relationships grouped by type, each with
 * its evidence) or a relationship (its ends, properties and every evidence sentence).
 * Everything from the graph is written as text.
 */
import { labelColor } from '../../src/graph/label-colors.ts';
import type { EdgeAttributes, NodeAttributes, PropertyValue } from '../../src/graph/types.ts';
import { nodeName, type GraphData } from '../graph/display-graph.ts';
import { relTypeColor } from '../graph/rel-type-colors.ts';
import type { ViewerSettings } from '../settings.ts';
import type { Selection } from '../state/viewer-state.ts';
import { clear, el, swatch } from './dom.ts';
import { evidenceList, evidenceQuote } from './evidence-quote.ts';

export interface PanelContext {
  data: GraphData;
  settings: ViewerSettings;
  selectNode(key: string): void;
  selectEdge(key: string): void;
  close(): void;
}

/** Relationships listed per type before "show all", so a hub with thousands stays responsive. */
const RELATIONSHIPS_PER_TYPE = 40;

const NODE_RESERVED = new Set(['labels', 'name', 'aliases']);
const EDGE_RESERVED = new Set(['type', 'evidence']);

export function renderDetails(container: HTMLElement, selection: Selection, context: PanelContext): void {
  clear(container);
  if (selection?.kind === 'node' && context.data.nodes.has(selection.key)) {
    container.append(...nodeDetails(selection.key, context));
    container.hidden = false;
  } else if (selection?.kind === 'edge' && context.data.edges.has(selection.key)) {
    container.append(...edgeDetails(selection.key, context));
    container.hidden = false;
  } else {
    container.hidden = true;
  }
  container.scrollTop = 0;
}

function nodeDetails(key: string, context: PanelContext): HTMLElement[] {
  const attributes = context.data.nodes.get(key)!;
  const labels = Array.isArray(attributes.labels) ? attributes.labels.map(String) : [];
  const header = panelHeader(
    labels.map((label) => chip(label, labelColor([label]))),
    nodeName(key, attributes),
    context,
  );
  const parts: HTMLElement[] = [header];

  const aliases = Array.isArray(attributes.aliases) ? attributes.aliases.filter((a) => typeof a === 'string' && a !== '') : [];
  if (aliases.length > 0) {
    parts.push(
      section('Also written', [el('ul', { className: 'aliases' }, aliases.map((alias) => el('li', { text: String(alias) })))]),
    );
  }
  const properties = propertyList(attributes, NODE_RESERVED);
  if (properties) parts.push(section('Properties', [properties]));

  const groups = relationshipsByType(key, context.data);
  const total = [...groups.values()].reduce((sum, list) => sum + list.length, 0);
  const relationships = section(`Relationships · ${total}`, []);
  if (total === 0) relationships.append(el('p', { className: 'muted', text: 'No relationships.' }));
  for (const [type, list] of groups) relationships.append(relationshipGroup(key, type, list, context));
  parts.push(relationships);
  return parts;
}

function edgeDetails(key: string, context: PanelContext): HTMLElement[] {
  const { source, target, attributes } = context.data.edges.get(key)!;
  const type = attributes.type;
  const ends = el('p', { className: 'edge-ends' }, [
    nodeLink(source, context),
    el('span', { className: 'arrow', text: ` —${type}→ ` }),
    nodeLink(target, context),
  ]);
  const parts: HTMLElement[] = [panelHeader([chip(type, relTypeColor(type))], type, context), ends];
  const properties = propertyList(attributes, EDGE_RESERVED);
  if (properties) parts.push(section('Properties', [properties]));
  const evidence = evidenceList(attributes.evidence);
  const terms = [...namesOf(source, context.data), ...namesOf(target, context.data)];
  const list = section(`Evidence · ${evidence.length}`, evidence.map((e) => evidenceQuote(e, context.data.documents, terms)));
  if (evidence.length === 0) list.append(el('p', { className: 'muted', text: 'No evidence sentence recorded.' }));
  parts.push(list);
  return parts;
}

interface Incident {
  edge: string;
  other: string;
  outgoing: boolean;
  attributes: EdgeAttributes;
}

function relationshipsByType(key: string, data: GraphData): Map<string, Incident[]> {
  const groups = new Map<string, Incident[]>();
  for (const [edge, { source, target, attributes }] of data.edges) {
    if (source !== key && target !== key) continue;
    const incident = { edge, other: source === key ? target : source, outgoing: source === key, attributes };
    const list = groups.get(attributes.type);
    if (list) list.push(incident);
    else groups.set(attributes.type, [incident]);
  }
  return new Map([...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)));
}

function relationshipGroup(key: string, type: string, list: Incident[], context: PanelContext): HTMLElement {
  const items = el('ul', { className: 'relationships' });
  const renderItems = (count: number): void => {
    clear(items);
    for (const incident of list.slice(0, count)) items.append(relationshipItem(key, incident, context));
    if (list.length > count) {
      items.append(
        el('li', {}, [
          el('button', {
            className: 'link more',
            text: `Show all ${list.length}`,
            on: { click: () => renderItems(list.length) },
          }),
        ]),
      );
    }
  };
  renderItems(RELATIONSHIPS_PER_TYPE);
  return el('div', { className: 'rel-group', dataset: { type } }, [
    el('h4', {}, [swatch(relTypeColor(type)), el('span', { text: type }), el('span', { className: 'count', text: String(list.length) })]),
    items,
  ]);
}

function relationshipItem(key: string, incident: Incident, context: PanelContext): HTMLElement {
  const { edge, other, outgoing, attributes } = incident;
  const evidence = evidenceList(attributes.evidence);
  const summary = el('div', { className: 'rel-summary' }, [
    el('button', {
      className: 'link rel-direction',
      text: outgoing ? '→' : '←',
      title: outgoing ? `${attributes.type} from this node: show the relationship` : `${attributes.type} to this node: show the relationship`,
      on: { click: () => context.selectEdge(edge) },
    }),
    nodeLink(other, context),
    propertySummary(attributes),
  ]);
  const terms = [...namesOf(key, context.data), ...namesOf(other, context.data)];
  const quotes = el('div', { className: 'rel-evidence' });
  const shown = context.settings.evidencePerRelationship;
  for (const e of evidence.slice(0, shown)) quotes.append(evidenceQuote(e, context.data.documents, terms));
  if (evidence.length > shown) {
    quotes.append(
      el('button', {
        className: 'link more',
        text: `All ${evidence.length} sentences`,
        on: { click: () => context.selectEdge(edge) },
      }),
    );
  }
  return el('li', { className: 'rel', dataset: { edge } }, [summary, quotes]);
}

/** confidence, what, amount, condition: the short facts of a relationship, on its line. */
function propertySummary(attributes: EdgeAttributes): HTMLElement | null {
  const bits: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (EDGE_RESERVED.has(name) || value === undefined || value === null) continue;
    bits.push(name === 'confidence' && typeof value === 'number' ? `confidence ${value.toFixed(2)}` : `${name}: ${formatProperty(value as PropertyValue)}`);
  }
  return bits.length > 0 ? el('span', { className: 'rel-props', text: bits.join(' · ') }) : null;
}

function propertyList(attributes: NodeAttributes | EdgeAttributes, reserved: Set<string>): HTMLElement | null {
  const entries = Object.entries(attributes)
    .filter(([name, value]) => !reserved.has(name) && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return null;
  const list = el('dl', { className: 'properties' });
  for (const [name, value] of entries) list.append(el('dt', { text: name }), el('dd', { text: formatProperty(value as PropertyValue) }));
  return list;
}

export function formatProperty(value: PropertyValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function namesOf(key: string, data: GraphData): string[] {
  const attributes = data.nodes.get(key);
  const names = [nodeName(key, attributes)];
  if (Array.isArray(attributes?.aliases)) for (const alias of attributes.aliases) if (typeof alias === 'string') names.push(alias);
  return names;
}

function nodeLink(key: string, context: PanelContext): HTMLElement {
  const attributes = context.data.nodes.get(key);
  return el('button', { className: 'link node-link', title: key, on: { click: () => context.selectNode(key) } }, [
    swatch(labelColor(attributes?.labels)),
    el('span', { text: nodeName(key, attributes) }),
  ]);
}

function chip(text: string, color: string): HTMLElement {
  return el('span', { className: 'chip' }, [swatch(color), el('span', { text })]);
}

function section(title: string, children: HTMLElement[]): HTMLElement {
  return el('section', { className: 'panel-section' }, [el('h3', { text: title }), ...children]);
}

function panelHeader(chips: HTMLElement[], title: string, context: PanelContext): HTMLElement {
  return el('header', { className: 'panel-header' }, [
    el('div', { className: 'chips' }, chips),
    el('button', { className: 'icon close', text: '×', title: 'Close (Esc)', attrs: { 'aria-label': 'Close' }, on: { click: () => context.close() } }),
    el('h2', { text: title }),
  ]);
}
