export { formatResult, type FormatOptions } from './format-result.ts';
export { RESULT_FORMATS, type ResultFormat } from './result-formats.ts';
export { formatSummary, formatStats } from './format-summary.ts';
export { formatTable, type TableOptions } from './format-table.ts';
export { formatJson } from './format-json.ts';
export { formatCsv } from './format-csv.ts';
export { escapeForTerminal } from './terminal-text.ts';
export { paint, wantsColor, type Style } from './ansi-style.ts';
