/**
 * The engine's entry points: runCypher (columns, rows, stats), query (rows as plain objects),
 * explain (the plan as text) and isWriteQuery.
 */
import type { KnowledgeGraph } from '../graph/types.ts';
import { compileScript, parseScript } from './compile-statements.ts';
import type { PlannedStatement } from './compile-statements.ts';
import { CypherError } from './errors.ts';
import { buildStatement } from './exec/build-physical.ts';
import { ExecContext } from './exec/context.ts';
import { graphIndex } from './graph-index/graph-index.ts';
import type { GraphIndex } from './graph-index/graph-index.ts';
import { locateError } from './parse/parse.ts';
import { explainPlan } from './plan/explain-plan.ts';
import { toCypherParams } from './params.ts';
import { toPlain } from './values/to-plain.ts';
import type { Value } from './values/types.ts';

export interface QueryOptions {
  /** Plain JS values; a JS number that is an integer is a Cypher INTEGER, otherwise FLOAT. */
  params?: Record<string, unknown>;
  /** Time budget in ms (default 30 000); exceeded -> CypherError kind 'timeout'. */
  timeoutMs?: number;
  /** Row cap on the result and on rows held in memory (default 1 000 000) -> kind 'row-limit'. */
  maxRows?: number;
  /** Write clauses (CREATE, MERGE, SET, DELETE, REMOVE) -> CypherError kind 'forbidden'. */
  readOnly?: boolean;
  /** Polled with the deadline; true -> kind 'cancelled'. */
  isCancelled?: () => boolean;
}

export interface QueryStats {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  labelsAdded: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  labelsRemoved: number;
}

export type CypherValue = unknown;

export interface QueryResult {
  columns: string[];
  rows: CypherValue[][];
  stats: QueryStats;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_ROWS = 1_000_000;

function emptyStats(): QueryStats {
  return { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0, nodesDeleted: 0, relationshipsDeleted: 0, labelsRemoved: 0 };
}

const NO_OPTIONS: QueryOptions = Object.freeze({});

/**
 * Runs a query (or a script of statements separated by `;`: the result is the last statement's,
 * the stats are summed). Every error is a CypherError with a position where one is known.
 */
export function runCypher(graph: KnowledgeGraph, text: string, options: QueryOptions = NO_OPTIONS): QueryResult {
  const index = graphIndex(graph);
  const statements = compileScript(text, index, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (options.readOnly) {
    const write = statements.find((s) => s.bound.isWrite);
    if (write) {
      throw new CypherError('forbidden', 'this query writes to the graph (CREATE, MERGE, SET, DELETE or REMOVE), which is not allowed here', {
        tckType: 'ForbiddenError',
        tckDetail: 'WriteQueryNotAllowed',
        source: text,
        offset: write.offset,
      });
    }
  }
  const params = toCypherParams(options.params);
  if (statements.length === 1) return execute(statements[0]!, graph, index, params, options, text);
  const stats = emptyStats();
  let result: QueryResult = { columns: [], rows: [], stats };
  for (const statement of statements) {
    const { columns, rows, stats: own } = execute(statement, graph, index, params, options, text);
    for (const key of Object.keys(stats) as (keyof QueryStats)[]) stats[key] += own[key];
    result = { columns, rows, stats };
  }
  return result;
}

function prepare(statement: PlannedStatement, graph: KnowledgeGraph, index: GraphIndex): NonNullable<PlannedStatement['prepared']> {
  // A statement running inside another run of itself (a callback calling runCypher) gets its own copy.
  if (statement.prepared && !statement.prepared.busy) return statement.prepared;
  const ctx = new ExecContext(graph, index, statement.bound.slotCount);
  const prepared = { ctx, ...buildStatement(statement.plan, ctx), busy: false };
  statement.prepared ??= prepared;
  return prepared;
}

function execute(
  statement: PlannedStatement,
  graph: KnowledgeGraph,
  index: GraphIndex,
  params: Record<string, Value>,
  options: QueryOptions,
  text: string,
): QueryResult {
  const bound = statement.bound;
  const required = bound.parameters;
  for (let i = 0; i < required.length; i++) {
    const name = required[i]!;
    if (!hasOwn.call(params, name)) {
      throw new CypherError('semantic', `parameter $${name} was not given`, { tckType: 'ParameterMissing', tckDetail: 'MissingParameter', source: text, offset: statement.offset });
    }
  }
  const prepared = prepare(statement, graph, index);
  const { ctx, root, row: resultRow } = prepared;
  prepared.busy = true;
  ctx.begin(params, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.maxRows ?? DEFAULT_MAX_ROWS, options.isCancelled);
  // Made on the first row, as a one-element literal: most answers to a lookup are a row or two, and
  // an empty `[]` grows to room for 17 on its first push.
  let rows: Value[][] | null = null;
  try {
    // A query without RETURN (CREATE …) runs to the end and returns no rows.
    if (bound.columns.length > 0) {
      while (root.next()) {
        ctx.buffer();
        const row = resultRow();
        if (rows === null) rows = [row];
        else rows.push(row);
      }
    } else {
      while (root.next());
    }
    ctx.writer.commit();
  } catch (error) {
    // A statement that fails leaves the graph as it found it.
    ctx.writer.rollback();
    if (error instanceof CypherError) throw locateError(error, text, statement.offset);
    // A bug of ours: still a CypherError for the caller, with the original as its cause.
    const message = error instanceof RangeError && /call stack/i.test(error.message) ? 'the query nests too deeply' : `internal error: ${(error as Error)?.message ?? String(error)}`;
    throw new CypherError('runtime', message, { tckType: 'RuntimeError', tckDetail: 'InternalError', cause: error });
  } finally {
    // Release what operators and the row hold (sorted rows, groups, lists) and make the plan ready for the next run.
    root.reset();
    ctx.clearFrame();
    prepared.busy = false;
  }
  // The columns are a copy: the cached plan's list must not change if a caller edits the result.
  return { columns: copyOf(bound.columns), rows: rows ?? [], stats: ctx.statsCopy() };
}

const hasOwn = Object.prototype.hasOwnProperty;

/** A copy of a short list; a plain loop costs less than a call to slice() here. */
function copyOf(list: readonly string[]): string[] {
  const n = list.length;
  const copy = new Array<string>(n);
  for (let i = 0; i < n; i++) copy[i] = list[i]!;
  return copy;
}

/** Rows as plain objects keyed by column, values made JSON-friendly (toPlain). */
export function query(
  graph: KnowledgeGraph,
  text: string,
  params?: Record<string, unknown>,
  options: Omit<QueryOptions, 'params'> = {},
): Record<string, unknown>[] {
  const result = runCypher(graph, text, { ...options, ...(params ? { params } : {}) });
  return result.rows.map((row) => {
    const object: Record<string, unknown> = {};
    result.columns.forEach((column, i) => {
      object[column] = toPlain(row[i]);
    });
    return object;
  });
}

/** The plan of each statement, as an indented operator tree (most selective operator at the bottom). */
export function explain(graph: KnowledgeGraph, text: string, _options: QueryOptions = {}): string {
  const statements = compileScript(text, graphIndex(graph));
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
