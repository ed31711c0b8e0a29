/**
 * Prepared statements: a query read, checked and planned once for a graph, then run many times with
 * new parameters. runCypher and query run through here too (with the plan cache), so there is one
 * way a statement runs.
 */
import type { KnowledgeGraph } from '../graph/types.ts';
import { compileScript, stillFits } from './compile-statements.ts';
import type { CompiledScript, PlannedStatement } from './compile-statements.ts';
import { CypherError } from './errors.ts';
import { buildStatement } from './exec/build-physical.ts';
import { pointLookupOf } from './exec/point-lookup.ts';
import { ExecContext } from './exec/context.ts';
import { graphIndex } from './graph-index/graph-index.ts';
import type { GraphIndex } from './graph-index/graph-index.ts';
import { locateError } from './parse/parse.ts';
import { toCypherParams } from './params.ts';
import { DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_MS, NO_CHANGES, emptyStats } from './query-options.ts';
import type { QueryOptions, QueryResult, QueryStats } from './query-options.ts';
import { toPlain } from './values/to-plain.ts';
import type { Value } from './values/types.ts';

export type PrepareOptions = Omit<QueryOptions, 'params'>;

export interface PreparedQuery {
  /** The query text, as given. */
  readonly text: string;
  /** Whether running it changes the graph (CREATE, MERGE, SET, DELETE, REMOVE). */
  readonly isWrite: boolean;
  /** Columns, rows of Cypher values and write statistics, as runCypher gives them. */
  run(params?: Record<string, unknown>): QueryResult;
  /** Rows as plain objects keyed by column, as query() gives them. */
  objects(params?: Record<string, unknown>): Record<string, unknown>[];
}

/**
 * Reads, checks and plans `text` for `graph` now (errors are thrown here, with their positions);
 * each run then only executes. The plan follows the graph: a run after a change re-plans when the
 * graph has grown or shrunk a lot, as the plan cache does.
 */
export function prepare(graph: KnowledgeGraph, text: string, options: PrepareOptions = {}): PreparedQuery {
  return new Prepared(graph, text, options);
}

class Prepared implements PreparedQuery {
  readonly isWrite: boolean;
  private readonly setting: RunSetting;
  private script: CompiledScript;

  constructor(
    graph: KnowledgeGraph,
    readonly text: string,
    options: PrepareOptions,
  ) {
    this.setting = new RunSetting(graph, graphIndex(graph), text, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.maxRows ?? DEFAULT_MAX_ROWS, options.isCancelled);
    this.script = compileScript(text, this.setting.index, this.setting.timeoutMs);
    this.isWrite = this.script.firstWrite !== undefined;
    if (options.readOnly) refuseWrites(this.script, text);
  }

  run(params?: Record<string, unknown>): QueryResult {
    // The plans are made again when the graph has changed too much for them since.
    const { index, timeoutMs } = this.setting;
    if (!stillFits(this.script, index)) this.script = compileScript(this.text, index, timeoutMs);
    return runScript(this.setting, this.script, params);
  }

  objects(params?: Record<string, unknown>): Record<string, unknown>[] {
    return plainObjects(this.run(params));
  }
}

/**
 * What a run needs besides the plans: the graph, its index and the run's limits. One class for
 * prepared statements and runCypher alike, so the engine sees one shape where it reads them.
 */
export class RunSetting {
  constructor(
    readonly graph: KnowledgeGraph,
    readonly index: GraphIndex,
    readonly text: string,
    readonly timeoutMs: number,
    readonly maxRows: number,
    readonly isCancelled: (() => boolean) | undefined,
  ) {}

  /** Whether a run with these limits can use this setting. */
  fits(timeoutMs: number, maxRows: number, isCancelled: (() => boolean) | undefined): boolean {
    return this.timeoutMs === timeoutMs && this.maxRows === maxRows && this.isCancelled === isCancelled;
  }
}

/** Throws the error of a write clause in a statement that may only read. */
export function refuseWrites(script: CompiledScript, text: string): void {
  const write = script.firstWrite;
  if (!write) return;
  throw new CypherError('forbidden', 'this query writes to the graph (CREATE, MERGE, SET, DELETE or REMOVE), which is not allowed here', {
    tckType: 'ForbiddenError',
    tckDetail: 'WriteQueryNotAllowed',
    source: text,
    offset: write.offset,
  });
}

/** Runs a compiled script: one statement's result, or for a script the last one's with the stats summed. */
export function runScript(setting: RunSetting, script: CompiledScript, params: Record<string, unknown> | undefined): QueryResult {
  const statements = script.statements;
  if (statements.length === 1) {
    const statement = statements[0]!;
    // A point lookup reads the index directly (exec/point-lookup.ts); null: the statement is none.
    if (statement.lookup !== null) {
      const lookup = (statement.lookup ??= pointLookupOf(statement, setting.index) ?? null);
      const answer = lookup?.(params, setting.maxRows);
      if (answer !== undefined) return answer;
    }
    return execute(setting, statement, toCypherParams(params, script.parameters));
  }
  const values = toCypherParams(params, script.parameters);
  const stats = emptyStats();
  let result: QueryResult = { columns: [], rows: [], stats };
  for (const statement of statements) {
    const { columns, rows, stats: own } = execute(setting, statement, values);
    for (const key of Object.keys(stats) as (keyof QueryStats)[]) stats[key] += own[key];
    result = { columns, rows, stats };
  }
  return result;
}

/** Rows as plain objects keyed by column, values made JSON-friendly (toPlain). */
export function plainObjects({ columns, rows }: QueryResult): Record<string, unknown>[] {
  const n = columns.length;
  return rows.map((row) => {
    const object: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) object[columns[i]!] = toPlain(row[i]);
    return object;
  });
}

function execute(setting: RunSetting, statement: PlannedStatement, params: Record<string, Value>): QueryResult {
  const { bound, columns } = statement;
  const required = bound.parameters;
  for (let i = 0; i < required.length; i++) {
    const name = required[i]!;
    if (!hasOwn.call(params, name)) {
      throw new CypherError('semantic', `parameter $${name} was not given`, { tckType: 'ParameterMissing', tckDetail: 'MissingParameter', source: setting.text, offset: statement.offset });
    }
  }
  const operators = operatorsOf(statement, setting.graph, setting.index);
  const { ctx, root, row: resultRow } = operators;
  operators.busy = true;
  ctx.begin(params, setting.timeoutMs, setting.maxRows, setting.isCancelled);
  // Made on the first row, as a one-element literal: most answers to a lookup are a row or two, and
  // an empty `[]` grows to room for 17 on its first push.
  let rows: Value[][] | null = null;
  try {
    // A query without RETURN (CREATE …) runs to the end and returns no rows.
    if (operators.collect !== undefined) rows = operators.collect();
    else if (columns.length > 0) {
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
    if (error instanceof CypherError) throw locateError(error, setting.text, statement.offset);
    // A bug of ours: still a CypherError for the caller, with the original as its cause.
    const message = error instanceof RangeError && /call stack/i.test(error.message) ? 'the query nests too deeply' : `internal error: ${(error as Error)?.message ?? String(error)}`;
    throw new CypherError('runtime', message, { tckType: 'RuntimeError', tckDetail: 'InternalError', cause: error });
  } finally {
    // Release what operators and the row hold (sorted rows, groups, lists) and make them ready for the next run.
    root.reset();
    ctx.clearFrame();
    operators.busy = false;
  }
  return { columns, rows: rows ?? [], stats: bound.isWrite ? ctx.statsCopy() : NO_CHANGES };
}

const hasOwn = Object.prototype.hasOwnProperty;

/** The statement's physical operators, built on its first run and reset after each. */
function operatorsOf(statement: PlannedStatement, graph: KnowledgeGraph, index: GraphIndex): NonNullable<PlannedStatement['prepared']> {
  // A statement running inside another run of itself (a callback calling runCypher) gets its own copy.
  if (statement.prepared && !statement.prepared.busy) return statement.prepared;
  const ctx = new ExecContext(graph, index, statement.bound.slotCount);
  const operators = { ctx, ...buildStatement(statement.plan, ctx), busy: false };
  statement.prepared ??= operators;
  return operators;
}
