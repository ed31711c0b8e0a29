import { escapeForTerminal, paint } from '../format/index.ts';
import { renderTable } from '../format/text-table.ts';
import type { GraphSchema, SchemaEntry } from '../graph/graph-schema.ts';

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
  const rows = entries.map((e) => [escapeForTerminal(notation(e.name)), String(e.count)]);
  return `${heading}\n${renderTable(undefined, rows, { frame: false, indent: '  ', alignRight: [false, true] })}`;
}
