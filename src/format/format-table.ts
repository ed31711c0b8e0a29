/**
 * Results as an aligned table, in cypher-shell's layout: values in Cypher notation (formatValue), so a node
 * reads `(:Person {name: 'Emmanuel Macron'})`. Every cell is one line (see terminal-text); a table wider than
 * the terminal has its widest cells cut.
 */
import { formatValue, isNode, isPath, isRelationship, type CypherValue, type QueryResult } from '../query/index.ts';
import { paint, type Style } from './ansi-style.ts';
import { escapeForTerminal } from './terminal-text.ts';
import { renderTable } from './text-table.ts';

export interface TableOptions {
  color?: boolean;
  /** The table is fitted to this many columns (a terminal's width) by cutting the widest cells with `…`. */
  maxWidth?: number;
}

export function formatTable(result: QueryResult, options: TableOptions = {}): string {
  if (result.columns.length === 0) return '';
  const header = result.columns.map(escapeForTerminal);
  const rows = result.rows.map((row) => row.map((value) => escapeForTerminal(formatValue(value))));
  const dress = options.color
    ? (text: string, row: number, column: number) => paint(row < 0 ? 'bold' : styleOf(result.rows[row][column], text), text, true)
    : undefined;
  return renderTable(header, rows, { frame: true, maxWidth: options.maxWidth, dress });
}

/** Colour by kind, as cypher-shell and Neo4j Browser distinguish graph elements from scalar values. */
function styleOf(value: CypherValue, text: string): Style {
  if (isNode(value)) return 'cyan';
  if (isRelationship(value)) return 'magenta';
  if (isPath(value)) return 'blue';
  if (text === 'null') return 'dim';
  if (text.startsWith("'")) return 'green';
  if (/^-?(\d|Infinity|NaN)/.test(text) || text === 'true' || text === 'false') return 'yellow';
  return 'bold';
}
