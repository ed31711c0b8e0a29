export { startRepl, type ReplOptions } from './start-repl.ts';
export { StatementReader, type ReplInput } from './statement-reader.ts';
export { complete, type CompletionSource, type Completion } from './complete.ts';
export { HistoryFile, historyPath, HISTORY_SIZE } from './history-file.ts';
export { GraphSession } from './graph-session.ts';
export { evidenceReport, resultRelationships } from './evidence-report.ts';
export { schemaReport } from './schema-report.ts';
export { parseParamValue, parseParamOption } from './param-value.ts';
