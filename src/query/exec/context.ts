/**
 * What a running query carries: the graph and its index, parameters, the shared row (frame), the
 * write statistics, and the guard rails (time budget, row cap, cancellation), checked every
 * CHECK_EVERY rows so the checks cost nothing measurable. A context is reused by every execution of
 * a prepared statement: `begin` resets it.
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

/** A power of two: the check is a bit mask. */
const CHECK_EVERY = 1024;

function zeroStats(): QueryStats {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0, labelsRemoved: 0 };
}

export class ExecContext {
  /** The row: one slot per variable of the statement. */
  readonly frame: Value[];
  stats: QueryStats = zeroStats();
  params: Record<string, Value> = {};
  /** Writes of this query, with their undo log. */
  writer: GraphWriter;
  private ticks = 0;
  private buffered = 0;
  private deadline = 0;
  private timeoutMs = 0;
  private maxRows = 0;
  private isCancelled: (() => boolean) | undefined = undefined;

  constructor(
    readonly graph: KnowledgeGraph,
    readonly index: GraphIndex,
    slotCount: number,
  ) {
    this.frame = new Array<Value>(slotCount).fill(null);
    this.writer = new GraphWriter(graph, index, this.stats);
  }

  /** Prepares for one execution. */
  begin(params: Record<string, Value>, timeoutMs: number, maxRows: number, isCancelled: (() => boolean) | undefined): void {
    this.params = params;
    this.timeoutMs = timeoutMs;
    this.maxRows = maxRows;
    this.isCancelled = isCancelled;
    this.ticks = 0;
    this.buffered = 0;
    // The clock is read at the first check, after CHECK_EVERY rows: short queries never pay for it.
    this.deadline = 0;
    if (this.stats.nodesCreated + this.stats.relationshipsCreated + this.stats.propertiesSet + this.stats.labelsAdded +
      this.stats.nodesDeleted + this.stats.relationshipsDeleted + this.stats.labelsRemoved > 0) {
      this.stats = zeroStats();
      this.writer = new GraphWriter(this.graph, this.index, this.stats);
    }
  }

  /** The write statistics of the last execution, as a new object for the caller. */
  statsCopy(): QueryStats {
    const s = this.stats;
    return {
      nodesCreated: s.nodesCreated,
      relationshipsCreated: s.relationshipsCreated,
      propertiesSet: s.propertiesSet,
      labelsAdded: s.labelsAdded,
      nodesDeleted: s.nodesDeleted,
      relationshipsDeleted: s.relationshipsDeleted,
      labelsRemoved: s.labelsRemoved,
    };
  }

  /** Lets go of the values of the last row (a loop: Array.prototype.fill costs more on frames this small). */
  clearFrame(): void {
    const f = this.frame;
    for (let i = 0; i < f.length; i++) f[i] = null;
  }

  /** Called once per row produced by scans and expansions. */
  tick(): void {
    if ((++this.ticks & (CHECK_EVERY - 1)) === 0) this.check();
  }

  check(): void {
    const now = Date.now();
    if (this.deadline === 0) this.deadline = now + this.timeoutMs;
    else if (now > this.deadline) {
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
