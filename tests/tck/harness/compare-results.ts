/**
 * Compares a query's result with a TCK result table. Columns must match in name and order (the TCK
 * compares headers as lists). Rows are compared as a multiset ("in any order") or as a sequence
 * ("in order"); values by their canonical form (canonical-value.ts).
 */
import { canonicalValue } from './canonical-value.ts';
import { renderValue } from './render-value.ts';
import type { FailureReason } from './scenario.ts';
import type { TckValue } from './value.ts';

export interface ResultTable {
  columns: string[];
  rows: TckValue[][];
}

export interface CompareOptions {
  ordered: boolean;
  unorderedLists: boolean;
}

const MAX_ROWS_SHOWN = 12;

export function renderTable(table: ResultTable): string {
  const lines = [`| ${table.columns.join(' | ')} |`];
  for (const row of table.rows.slice(0, MAX_ROWS_SHOWN)) lines.push(`| ${row.map(renderValue).join(' | ')} |`);
  if (table.rows.length > MAX_ROWS_SHOWN) lines.push(`… ${table.rows.length - MAX_ROWS_SHOWN} more rows`);
  if (table.rows.length === 0) lines.push('(no rows)');
  return lines.map((l) => '    ' + l).join('\n');
}

function rowKey(row: TckValue[], unorderedLists: boolean): string {
  return row.map((v) => canonicalValue(v, { unorderedLists })).join('\u0001');
}

/** Rows of `a` not matched one-for-one by rows of `b` (multiset difference). */
function rowsMissingFrom(a: TckValue[][], b: TckValue[][], unorderedLists: boolean): TckValue[][] {
  const counts = new Map<string, number>();
  for (const row of b) {
    const k = rowKey(row, unorderedLists);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const missing: TckValue[][] = [];
  for (const row of a) {
    const k = rowKey(row, unorderedLists);
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else missing.push(row);
  }
  return missing;
}

function describeRows(rows: TckValue[][]): string {
  const shown = rows.slice(0, MAX_ROWS_SHOWN).map((r) => `| ${r.map(renderValue).join(' | ')} |`);
  if (rows.length > MAX_ROWS_SHOWN) shown.push(`… ${rows.length - MAX_ROWS_SHOWN} more`);
  return shown.join(', ');
}

/** Null when the actual result is what the table expects; otherwise why not. */
export function compareResults(expected: ResultTable, actual: ResultTable, options: CompareOptions): FailureReason | null {
  const how = `${options.ordered ? 'in order' : 'in any order'}${options.unorderedLists ? ', ignoring element order for lists' : ''}`;
  const both = `expected (${how}):\n${renderTable(expected)}\ngot:\n${renderTable(actual)}`;
  if (expected.columns.length !== actual.columns.length || expected.columns.some((c, i) => c !== actual.columns[i])) {
    return {
      category: 'wrong columns',
      signature: 'wrong columns',
      message: `columns differ: expected ${JSON.stringify(expected.columns)}, got ${JSON.stringify(actual.columns)}\n${both}`,
    };
  }
  if (options.ordered) {
    const firstDiff = expected.rows.findIndex(
      (row, i) => i >= actual.rows.length || rowKey(row, options.unorderedLists) !== rowKey(actual.rows[i]!, options.unorderedLists),
    );
    if (firstDiff === -1 && expected.rows.length === actual.rows.length) return null;
    const where = firstDiff === -1 ? expected.rows.length : firstDiff;
    const sameSet =
      expected.rows.length === actual.rows.length && rowsMissingFrom(expected.rows, actual.rows, options.unorderedLists).length === 0;
    return {
      category: sameSet ? 'wrong row order' : 'wrong result',
      signature: sameSet ? 'wrong row order' : 'wrong result',
      message: `rows differ from row ${where + 1} on${sameSet ? ' (same rows, other order)' : ''}\n${both}`,
    };
  }
  const missing = rowsMissingFrom(expected.rows, actual.rows, options.unorderedLists);
  const extra = rowsMissingFrom(actual.rows, expected.rows, options.unorderedLists);
  if (missing.length === 0 && extra.length === 0) return null;
  const parts = [];
  if (missing.length) parts.push(`missing ${missing.length}: ${describeRows(missing)}`);
  if (extra.length) parts.push(`unexpected ${extra.length}: ${describeRows(extra)}`);
  return { category: 'wrong result', signature: 'wrong result', message: `${parts.join('; ')}\n${both}` };
}
