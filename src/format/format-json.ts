import { toPlain, type QueryResult } from '../query/index.ts';

/** Rows as an array of objects keyed by column, values in their JSON-friendly form (toPlain). */
export function formatJson(result: QueryResult): string {
  return JSON.stringify(resultObjects(result), null, 2);
}

export function resultObjects(result: QueryResult): Record<string, unknown>[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((column, i) => [column, toPlain(row[i])])));
}
