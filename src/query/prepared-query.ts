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
  private readonly index: GraphIndex;
  private script: CompiledScript;
  private readonly timeoutMs: number;
  private readonly maxRows: number;
  private readonly isCancelled: (() => boolean) | undefined;

  constructor(
    private readonly graph: KnowledgeGraph,
    readonly text: string,
    options: PrepareOptions,
  ) {
    this.index = graphIndex(graph);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
    this.isCancelled = options.isCancelled;
    this.script = compileScript(text, this.index, this.timeoutMs);
    const write = this.script.firstWrite;
    this.isWrite = write !== undefined;
    if (write && options.readOnly) {
      throw new CypherError('forbidden', 'this query writes to the graph (CREATE, MERGE, SET, DELETE or REMOVE), which is not allowed here', {
        tckType: 'ForbiddenError',
        tckDetail: 'WriteQueryNotAllowed',
        source: text,
        offset: write.offset,
      });
    }
  }

  run(params?: Record<string, unknown>): QueryResult {
    const statements = this.currentStatements();
    const values = toCypherParams(params);
    if (statements.length === 1) return this.execute(statements[0]!, values);
    // A script: the last statement's result, the stats summed.
    const stats = emptyStats();
    let result: QueryResult = { columns: [], rows: [], stats };
    for (const statement of statements) {
      const { columns, rows, stats: own } = this.execute(statement, values);
      for (const key of Object.keys(stats) as (keyof QueryStats)[]) stats[key] += own[key];
      result = { columns, rows, stats };
    }
    return result;
  }

  objects(params?: Record<string, unknown>): Record<string, unknown>[] {
    const { columns, rows } = this.run(params);
    const n = columns.length;
    return rows.map((row) => {
      const object: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) object[columns[i]!] = toPlain(row[i]);
      return object;
    });
  }

  /** The plans, made again when the graph has changed too much for them since. */
  private currentStatements(): PlannedStatement[] {
    if (!stillFits(this.script, this.index)) this.script = compileScript(this.text, this.index, this.timeoutMs);
    return this.script.statements;
  }

  private execute(statement: PlannedStatement, params: Record<string, Value>): QueryResult {
    const { bound, columns } = statement;
    const required = bound.parameters;
    for (let i = 0; i < required.length; i++) {
      const name = required[i]!;
      if (!hasOwn.call(params, name)) {
        throw new CypherError('semantic', `parameter $${name} was not given`, { tckType: 'ParameterMissing', tckDetail: 'MissingParameter', source: this.text, offset: statement.offset });
      }
    }
    const operators = operatorsOf(statement, this.graph, this.index);
    const { ctx, root, row: resultRow } = operators;
    operators.busy = true;
    ctx.begin(params, this.timeoutMs, this.maxRows, this.isCancelled);
    // Made on the first row, as a one-element literal: most answers to a lookup are a row or two, and
    // an empty `[]` grows to room for 17 on its first push.
    let rows: Value[][] | null = null;
    try {
      // A query without RETURN (CREATE …) runs to the end and returns no rows.
      if (columns.length > 0) {
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
      if (error instanceof CypherError) throw locateError(error, this.text, statement.offset);
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
