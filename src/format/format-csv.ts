/**
 * Results as CSV (RFC 4180, through csv-stringify): a header of column names, then one record per row.
 * Scalars are written plain (null as an empty field); nodes, relationships, paths, lists and maps as the
 * JSON of their plain form, which a spreadsheet shows as text and a program can parse back.
 */
import { stringify } from 'csv-stringify/sync';
import { toPlain, type QueryResult } from '../query/index.ts';
import { jsonText } from '../util/json-text.ts';

export function formatCsv(result: QueryResult): string {
  if (result.columns.length === 0) return '';
  const records = result.rows.map((row) => row.map(csvField));
  return stringify([result.columns, ...records], { record_delimiter: 'unix' }).replace(/\n$/, '');
}

function csvField(value: unknown): string {
  const plain = toPlain(value);
  if (plain === null || plain === undefined) return '';
  if (typeof plain === 'object') return jsonText(plain);
  return String(plain);
}
