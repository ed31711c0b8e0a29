/**
 * Operators that hold rows: sorting (with a bounded heap for ORDER BY … LIMIT k), DISTINCT,
 * grouping and aggregation, and Eager (read everything before writing). Held rows count against
 * the row cap.
 */
import type { Accumulator, AggregateFunction } from '../functions/types.ts';
import { compositeKey, equals, groupKey } from '../values/equality.ts';
import { orderCompare } from '../values/ordering.ts';
import type { Value } from '../values/types.ts';
import type { ExecContext } from './context.ts';
import type { Compiled } from './compile-expression.ts';
import { MaterializingOp, restoreSlots, saveSlots } from './operator.ts';
import type { PhysicalOperator } from './operator.ts';
import { rowCount } from './row-operators.ts';

interface SortKey {
  expr: Compiled;
  descending: boolean;
}

interface SortedRow {
  keys: Value[];
  row: Value[];
  seq: number;
}

function compareRows(keys: SortKey[]) {
  return (a: SortedRow, b: SortedRow): number => {
    for (let i = 0; i < keys.length; i++) {
      const c = orderCompare(a.keys[i]!, b.keys[i]!);
      if (c !== 0) return keys[i]!.descending ? -c : c;
    }
    return a.seq - b.seq;
  };
}

export class SortOp extends MaterializingOp<SortedRow> {
  constructor(
    protected override readonly ctx: ExecContext,
    input: PhysicalOperator,
    private readonly keys: SortKey[],
    private readonly slots: number[],
  ) {
    super(ctx, input);
  }

  protected materialize(): SortedRow[] {
    const f = this.ctx.frame;
    const rows: SortedRow[] = [];
    while (this.input.next()) {
      this.ctx.buffer();
      rows.push({ keys: this.keys.map((k) => k.expr(f)), row: this.save(), seq: rows.length });
    }
    return rows.sort(compareRows(this.keys));
  }

  protected save(): Value[] {
    return saveSlots(this.ctx.frame, this.slots);
  }

  protected restore(row: SortedRow): void {
    restoreSlots(this.ctx.frame, this.slots, row.row);
  }
}

/** ORDER BY … LIMIT k: a heap of the k best rows, O(n log k), holding only k rows. */
export class TopOp extends SortOp {
  constructor(
    ctx: ExecContext,
    input: PhysicalOperator,
    private readonly sortKeys: SortKey[],
    private readonly limit: Compiled,
    slots: number[],
    /** The input writes: read it to the end even for LIMIT 0. */
    private readonly drain = false,
  ) {
    super(ctx, input, sortKeys, slots);
  }

  protected override materialize(): SortedRow[] {
    const f = this.ctx.frame;
    const k = rowCount(this.limit(f), 'LIMIT');
    const cmp = compareRows(this.sortKeys);
    // Max-heap on `cmp`: the root is the worst row kept.
    const heap: SortedRow[] = [];
    let seq = 0;
    if (k === 0) {
      if (this.drain) while (this.input.next());
      return heap;
    }
    while (this.input.next()) {
      const candidate: SortedRow = { keys: this.sortKeys.map((key) => key.expr(f)), row: [], seq: seq++ };
      if (heap.length < k) {
        candidate.row = this.save();
        heap.push(candidate);
        siftUp(heap, heap.length - 1, cmp);
        this.ctx.buffer();
      } else if (cmp(candidate, heap[0]!) < 0) {
        candidate.row = this.save();
        heap[0] = candidate;
        siftDown(heap, 0, cmp);
      }
    }
    return heap.sort(cmp);
  }
}

function siftUp(heap: SortedRow[], i: number, cmp: (a: SortedRow, b: SortedRow) => number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (cmp(heap[i]!, heap[parent]!) <= 0) return;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function siftDown(heap: SortedRow[], i: number, cmp: (a: SortedRow, b: SortedRow) => number): void {
  const n = heap.length;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let largest = i;
    if (l < n && cmp(heap[l]!, heap[largest]!) > 0) largest = l;
    if (r < n && cmp(heap[r]!, heap[largest]!) > 0) largest = r;
    if (largest === i) return;
    [heap[i], heap[largest]] = [heap[largest]!, heap[i]!];
    i = largest;
  }
}

export class DistinctOp implements PhysicalOperator {
  private seen = new Set<unknown>();
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly slots: number[],
  ) {}
  next(): boolean {
    const f = this.ctx.frame;
    while (this.input.next()) {
      const key = this.slots.length === 1 ? groupKey(f[this.slots[0]!]!) : compositeKey(this.slots.map((s) => f[s]!));
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.ctx.buffer();
      return true;
    }
    return false;
  }
  reset(): void {
    this.input.reset();
    this.seen = new Set();
  }
}

export interface CompiledAggregate {
  fn: AggregateFunction;
  args: Compiled[];
  distinct: boolean;
  slot: number;
}

interface Group {
  keys: Value[];
  accumulators: Accumulator[];
  seen: (Set<unknown> | null)[];
}

const NO_ARGS: Value[] = [];

export class AggregateOp extends MaterializingOp<Group> {
  constructor(
    protected override readonly ctx: ExecContext,
    input: PhysicalOperator,
    private readonly keySlots: number[],
    private readonly keys: Compiled[],
    private readonly aggregates: CompiledAggregate[],
  ) {
    super(ctx, input);
  }

  private newGroup(keys: Value[]): Group {
    this.ctx.buffer();
    return {
      keys,
      accumulators: this.aggregates.map((a) => a.fn.create()),
      seen: this.aggregates.map((a) => (a.distinct ? new Set<unknown>() : null)),
    };
  }

  private accumulate(group: Group): void {
    const f = this.ctx.frame;
    for (let a = 0; a < this.aggregates.length; a++) {
      const agg = this.aggregates[a]!;
      const args = agg.args.length === 0 ? NO_ARGS : agg.args.map((arg) => arg(f));
      const seen = group.seen[a];
      if (seen) {
        if (args[0] === null) continue;
        const key = groupKey(args[0]!);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      group.accumulators[a]!.add(args);
    }
  }

  protected materialize(): Group[] {
    const f = this.ctx.frame;
    const byKey = new Map<unknown, Group>();
    const groups: Group[] = [];
    const single = this.keys.length === 1 ? this.keys[0]! : null;
    while (this.input.next()) {
      let group: Group | undefined;
      if (this.keys.length === 0) {
        group = groups[0];
        if (group === undefined) groups.push((group = this.newGroup([])));
      } else {
        const values = single ? [single(f)] : this.keys.map((k) => k(f));
        const key = single ? groupKey(values[0]!) : compositeKey(values);
        group = byKey.get(key);
        if (group === undefined) {
          group = this.newGroup(values);
          byKey.set(key, group);
          groups.push(group);
        }
      }
      this.accumulate(group);
    }
    // Aggregating nothing without grouping keys still gives one row: count(*) = 0.
    if (groups.length === 0 && this.keys.length === 0) groups.push(this.newGroup([]));
    return groups;
  }

  protected restore(group: Group): void {
    const f = this.ctx.frame;
    for (let k = 0; k < this.keySlots.length; k++) f[this.keySlots[k]!] = group.keys[k]!;
    for (let a = 0; a < this.aggregates.length; a++) f[this.aggregates[a]!.slot] = group.accumulators[a]!.result();
  }
}

/**
 * `input` joined with `inner` on leftKey = rightKey: the inner rows are hashed once (per reset),
 * then each input row picks its matches. Keys are compared with Cypher's `=` (null never matches).
 */
export class HashJoinOp implements PhysicalOperator {
  private table: Map<unknown, { key: Value; row: Value[] }[]> | null = null;
  private matches: { key: Value; row: Value[] }[] = [];
  private i = 0;
  private left: Value = null;

  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly inner: PhysicalOperator,
    private readonly innerSlots: number[],
    private readonly leftKey: Compiled,
    private readonly rightKey: Compiled,
  ) {}

  private build(): Map<unknown, { key: Value; row: Value[] }[]> {
    const f = this.ctx.frame;
    const table = new Map<unknown, { key: Value; row: Value[] }[]>();
    this.inner.reset();
    while (this.inner.next()) {
      const key = this.rightKey(f);
      if (key === null) continue;
      this.ctx.buffer();
      const bucket = groupKey(key);
      const entry = { key, row: saveSlots(f, this.innerSlots) };
      const list = table.get(bucket);
      if (list) list.push(entry);
      else table.set(bucket, [entry]);
    }
    return table;
  }

  next(): boolean {
    const f = this.ctx.frame;
    this.table ??= this.build();
    for (;;) {
      while (this.i < this.matches.length) {
        const m = this.matches[this.i++]!;
        if (equals(this.left, m.key) !== true) continue;
        restoreSlots(f, this.innerSlots, m.row);
        return true;
      }
      if (!this.input.next()) return false;
      this.left = this.leftKey(f);
      this.matches = this.left === null ? [] : (this.table.get(groupKey(this.left)) ?? []);
      this.i = 0;
    }
  }

  reset(): void {
    this.input.reset();
    this.table = null;
    this.matches = [];
    this.i = 0;
  }
}
