import Table from 'cli-table3';
import { escapeForTerminal, paint } from '../format/index.ts';
import type { GraphSchema, SchemaEntry } from '../graph/graph-schema.ts';

const NO_BORDERS = Object.fromEntries(
  ['top', 'top-mid', 'top-left', 'top-right', 'bottom', 'bottom-mid', 'bottom-left', 'bottom-right', 'left', 'left-mid', 'mid', 'mid-mid', 'right', 'right-mid', 'middle'].map(
    (name) => [name, ''],
  ),
);

/** `:schema`: labels, relationship types and property keys, each with how many nodes or relationships have it. */
export function schemaReport(schema: GraphSchema, color?: boolean): string {
  return [
    section('Labels', 'nodes', schema.labels, (name) => `:${name}`, color),
    section('Relationship types', 'relationships', schema.relationshipTypes, (name) => `[:${name}]`, color),
    section('Property keys', 'nodes and relationships', schema.propertyKeys, (name) => `.${name}`, color),
  ].join('\n\n');
}

function section(title: string, counted: string, entries: SchemaEntry[], notation: (name: string) => string, color?: boolean): string {
  const heading = paint('bold', `${title} (${entries.length})`, color) + paint('dim', `  count of ${counted}`, color);
  if (entries.length === 0) return `${heading}\n  (none)`;
  const table = new Table({
    chars: NO_BORDERS,
    style: { head: [], border: [], compact: true, 'padding-left': 2, 'padding-right': 0 },
    colAligns: ['left', 'right'],
  });
  table.push(...entries.map((e) => [escapeForTerminal(notation(e.name)), String(e.count)]));
  return `${heading}\n${table.toString()}`;
}
