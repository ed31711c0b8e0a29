import { toPlain, type QueryResult } from '../query/index.ts';
import { jsonText } from '../util/json-text.ts';

/** Rows as an array of objects keyed by column, values in their plain form (toPlain); integers beyond ±2^53 keep every digit. */
export function formatJson(result: QueryResult): string {
  return jsonText(resultObjects(result), 2);
}

export function resultObjects(result: QueryResult): Record<string, unknown>[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((column, i) => [column, toPlain(row[i])])));
}
