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
  /** The table is fitted to this many columns (a terminal's width) by cutting the widest cells with `…`. */
  maxWidth?: number;
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
    ...(options.maxWidth ? { colWidths: fittedWidths(result.columns, rows, options.maxWidth), truncate: '…' } : {}),
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

/** Narrowest a cut column gets (its content, without padding). */
const MIN_COLUMN = 8;

/**
 * Column widths (content + 2 padding, as cli-table3 counts them) that fit `maxWidth`: narrow columns keep
 * their natural width, the widest share what is left, all cut to one common width, as psql's wrapped format
 * does. `null` leaves a column to cli-table3. Length in code units stands for display width: close enough for
 * a comfort limit on text that is mostly Latin.
 */
function fittedWidths(columns: string[], rows: string[][], maxWidth: number): (number | null)[] {
  const natural = columns.map((column, i) => rows.reduce((widest, row) => Math.max(widest, plainLength(row[i])), plainLength(column)));
  const available = maxWidth - (3 * columns.length + 1); // borders and padding
  const total = (cap: number) => natural.reduce((sum, w) => sum + Math.min(w, cap), 0);
  if (total(Infinity) <= available) return natural.map(() => null);
  let cap = MIN_COLUMN;
  while (cap < Math.max(...natural) && total(cap + 1) <= available) cap++;
  return natural.map((w) => (w > cap ? cap + 2 : null));
}

function plainLength(text: string): number {
  return text.replace(/\u001b\[[0-9;]*m/g, '').length;
}
