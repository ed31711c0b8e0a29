/**
 * What a running query carries: the graph and its index, parameters, the shared row (frame), the
 * write statistics, and the guard rails (time budget, row cap, cancellation), checked every
 * CHECK_EVERY rows so the checks cost nothing measurable.
 */
import { CypherError } from '../errors.ts';
import type { GraphIndex } from '../graph-index/graph-index.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import type { Value } from '../values/types.ts';
import { GraphWriter } from './graph-writer.ts';

export interface QueryStats {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}

const CHECK_EVERY = 1024;

export class ExecContext {
  /** The row: one slot per variable of the statement. */
  readonly frame: Value[];
  readonly stats: QueryStats = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    labelsRemoved: 0,
  };
  /** Writes of this query, with their undo log. */
  readonly writer: GraphWriter;
  private ticks = 0;
  private buffered = 0;
  private readonly deadline: number;

  constructor(
    readonly graph: KnowledgeGraph,
    readonly index: GraphIndex,
    readonly params: Record<string, Value>,
    slotCount: number,
    readonly timeoutMs: number,
    readonly maxRows: number,
    private readonly isCancelled: (() => boolean) | undefined,
  ) {
    this.frame = new Array<Value>(slotCount).fill(null);
    this.writer = new GraphWriter(graph, index, this.stats);
    this.deadline = Date.now() + timeoutMs;
  }

  /** Called once per row produced by scans and expansions. */
  tick(): void {
    if (++this.ticks % CHECK_EVERY === 0) this.check();
  }

  check(): void {
    if (Date.now() > this.deadline) {
      throw new CypherError('timeout', `the query ran longer than its time budget of ${this.timeoutMs} ms (set a larger timeout or narrow the query)`);
    }
    if (this.isCancelled?.()) throw new CypherError('cancelled', 'the query was cancelled');
  }

  /** Rows held in memory (sorting, grouping, results…) count against the row cap. */
  buffer(rows = 1): void {
    this.buffered += rows;
    if (this.buffered > this.maxRows) {
      throw new CypherError('row-limit', `the query holds more than ${this.maxRows} rows (row cap); add a LIMIT or narrow the query`);
    }
  }
}
