/** Writes a TckValue back in the TCK's notation, for failure messages (expected vs got). */
import type { TckNode, TckRelationship, TckValue } from './value.ts';

const NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function name(text: string): string {
  return NAME.test(text) ? text : '`' + text.replaceAll('`', '``') + '`';
}

export function renderString(text: string): string {
  const body = text.replace(/[\\'\n\r\t]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!);
  return `'${body}'`;
}

export function renderFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Inf';
  if (value === -Infinity) return '-Inf';
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

function renderProperties(properties: Record<string, TckValue>): string {
  const keys = Object.keys(properties);
  if (keys.length === 0) return '';
  return `{${keys.map((k) => `${name(k)}: ${renderValue(properties[k]!)}`).join(', ')}}`;
}

function renderNode(node: TckNode): string {
  const labels = node.labels.map((l) => `:${name(l)}`).join('');
  const props = renderProperties(node.properties);
  return `(${labels}${labels && props ? ' ' : ''}${props})`;
}

function renderRelationship(rel: TckRelationship): string {
  const props = renderProperties(rel.properties);
  return `[:${name(rel.type)}${props ? ' ' + props : ''}]`;
}

export function renderValue(value: TckValue): string {
  switch (value.kind) {
    case 'null':
      return 'null';
    case 'boolean':
      return String(value.value);
    case 'integer':
      return value.value.toString();
    case 'float':
      return renderFloat(value.value);
    case 'string':
      return renderString(value.value);
    case 'temporal':
      return `${value.type}(${renderString(value.text)})`;
    case 'list':
      return `[${value.items.map(renderValue).join(', ')}]`;
    case 'map':
      return `{${Object.keys(value.entries).map((k) => `${name(k)}: ${renderValue(value.entries[k]!)}`).join(', ')}}`;
    case 'node':
      return renderNode(value);
    case 'relationship':
      return renderRelationship(value);
    case 'path':
      return `<${renderNode(value.start)}${value.hops
        .map((h) => (h.direction === 'forward' ? `-${renderRelationship(h.relationship)}->` : `<-${renderRelationship(h.relationship)}-`) + renderNode(h.node))
        .join('')}>`;
  }
}
