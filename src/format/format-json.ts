import { plainObjects, type QueryResult } from '../query/index.ts';
import { jsonText } from '../util/json-text.ts';

/** Rows as an array of objects keyed by column, values in their plain form (toPlain); integers beyond ±2^53 keep every digit. */
export function formatJson(result: QueryResult): string {
  return jsonText(plainObjects(result), 2);
}
