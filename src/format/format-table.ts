/**
 * Results as an aligned table, in cypher-shell's layout: values in Cypher notation (formatValue), so a node
 * reads `(:Person {name: 'Emmanuel Macron'})`. Widths are measured in terminal columns (cli-table3 uses
 * string-width), so accents, CJK and emoji flags stay aligned; every cell is one line (see terminal-text).
 */
import Table from 'cli-table3';
import { formatValue, isNode, isPath, isRelationship, type CypherValue, type QueryResult } from '../query/index.ts';
import { paint, type Style } from './ansi-style.ts';
import { escapeForTerminal } from './terminal-text.ts';

export interface TableOptions {
  color?: boolean;
  /** Longer cells are cut with `…` (a terminal's width); unlimited by default. */
  maxCellWidth?: number;
}

const ASCII_BORDERS = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+',
  bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
  left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|',
};

export function formatTable(result: QueryResult, options: TableOptions = {}): string {
  if (result.columns.length === 0) return '';
  const head = result.columns.map((c) => paint('bold', escapeForTerminal(c), options.color));
  const rows = result.rows.map((row) => row.map((value) => cellText(value, options.color)));
  const table = new Table({
    head,
    chars: ASCII_BORDERS,
    style: { head: [], border: [], compact: true, 'padding-left': 1, 'padding-right': 1 },
    ...(options.maxCellWidth ? { colWidths: columnWidths(result.columns, rows, options.maxCellWidth), truncate: '…' } : {}),
  });
  table.push(...rows);
  return table.toString();
}

function cellText(value: CypherValue, color: boolean | undefined): string {
  const text = escapeForTerminal(formatValue(value));
  return color ? paint(styleOf(value, text), text, true) : text;
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

/**
 * Only the columns holding a cell longer than the cap get a fixed width (cli-table3 then cuts their cells);
 * the others keep their natural width. Length in code units is close enough to columns for a comfort limit.
 */
function columnWidths(columns: string[], rows: string[][], cap: number): (number | null)[] {
  return columns.map((column, i) => (column.length > cap || rows.some((row) => row[i].length > cap) ? cap + 2 : null));
}
