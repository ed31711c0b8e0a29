import type { QueryResult } from '../query/index.ts';
import { paint } from './ansi-style.ts';
import { formatCsv } from './format-csv.ts';
import { formatJson } from './format-json.ts';
import { formatSummary } from './format-summary.ts';
import { formatTable } from './format-table.ts';
import type { ResultFormat } from './result-formats.ts';


export interface FormatOptions {
  /** ANSI colours in the table (the caller decides: a terminal, and NO_COLOR unset). */
  color?: boolean;
  /** When given, a table ends with the `N rows in T ms` line; json and csv never carry it (stay machine-readable). */
  elapsedMs?: number;
  /** A table wider than this many columns (a terminal's width) has its widest cells cut with `…`. */
  maxWidth?: number;
}

/** A query result as text, without a final line break; used by `kg query` and the REPL. */
export function formatResult(result: QueryResult, format: ResultFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'csv':
      return formatCsv(result);
    case 'table': {
      const table = formatTable(result, options);
      if (options.elapsedMs === undefined) return table;
      const summary = paint('dim', formatSummary(result, options.elapsedMs), options.color);
      return table === '' ? summary : `${table}\n${summary}`;
    }
  }
}
