/**
 * The engine's entry points: runCypher (columns, rows, stats), query (rows as plain objects),
 * prepare (plan once, run many times), explain (the plan as text) and isWriteQuery.
 */
import type { KnowledgeGraph } from '../graph/types.ts';
import { compileScript, parseScript } from './compile-statements.ts';
import { graphIndex } from './graph-index/graph-index.ts';
import { explainPlan } from './plan/explain-plan.ts';
import { plainObjects, refuseWrites, runScript, RunSetting } from './prepared-query.ts';
import { DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_MS } from './query-options.ts';
import type { QueryOptions, QueryResult } from './query-options.ts';

export type { QueryOptions, QueryResult, QueryStats, CypherValue } from './query-options.ts';
export { DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_MS } from './query-options.ts';

const NO_OPTIONS: QueryOptions = Object.freeze({});

/**
 * Runs a query (or a script of statements separated by `;`: the result is the last statement's,
 * the stats are summed). Every error is a CypherError with a position where one is known.
 * Statements are planned once per text and graph (the plan cache), then run as prepared.
 */
export function runCypher(graph: KnowledgeGraph, text: string, options: QueryOptions = NO_OPTIONS): QueryResult {
  // The prepared path without a PreparedQuery object per call: the plan cache holds the plans.
  const index = graphIndex(graph);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const script = compileScript(text, index, timeoutMs);
  if (options.readOnly) refuseWrites(script, text);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const isCancelled = options.isCancelled;
  // The setting of the script's last run, when its limits are the same (a caller's usual case).
  let setting = script.setting;
  if (setting === undefined || !setting.fits(timeoutMs, maxRows, isCancelled)) script.setting = setting = new RunSetting(graph, index, text, timeoutMs, maxRows, isCancelled);
  return runScript(setting, script, options.params);
}

/** Rows as plain objects keyed by column, values made JSON-friendly (toPlain). */
export function query(
  graph: KnowledgeGraph,
  text: string,
  params?: Record<string, unknown>,
  options: Omit<QueryOptions, 'params'> = NO_OPTIONS,
): Record<string, unknown>[] {
  return plainObjects(runCypher(graph, text, { ...options, params }));
}

/** The plan of each statement, as an indented operator tree (most selective operator at the bottom). */
export function explain(graph: KnowledgeGraph, text: string, _options: QueryOptions = {}): string {
  const { statements } = compileScript(text, graphIndex(graph));
  return statements.map((s) => explainPlan(s.plan, s.bound.names)).join('\n\n');
}

const WRITE_KINDS = new Set(['create', 'merge', 'set', 'delete', 'remove']);

/** Whether the text contains a write clause; false for text that does not parse (running it fails anyway). */
export function isWriteQuery(text: string): boolean {
  let statements;
  try {
    statements = parseScript(text);
  } catch {
    return false;
  }
  return statements.some((s) => s.ast.parts.some((p) => p.clauses.some((c) => WRITE_KINDS.has(c.kind))));
}
