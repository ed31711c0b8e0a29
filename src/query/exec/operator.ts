/**
 * Physical operators: pull-based row streams over a shared frame. `next()` writes the next row's
 * bindings into the frame and returns true, or returns false when exhausted; `reset()` starts over
 * (inner plans of OPTIONAL MATCH and subqueries run once per outer row).
 */
import type { Value } from '../values/types.ts';

export interface PhysicalOperator {
  next(): boolean;
  reset(): void;
}

/** The values of `slots`, copied out of the frame (for operators that hold rows). */
export function saveSlots(frame: Value[], slots: readonly number[]): Value[] {
  const row = new Array<Value>(slots.length);
  for (let i = 0; i < slots.length; i++) row[i] = frame[slots[i]!]!;
  return row;
}

export function restoreSlots(frame: Value[], slots: readonly number[], row: readonly Value[]): void {
  for (let i = 0; i < slots.length; i++) frame[slots[i]!] = row[i]!;
}

/** One row: the frame as it is (the query's start, or the outer row of an inner plan). */
export class ArgumentOp implements PhysicalOperator {
  private done = false;
  next(): boolean {
    if (this.done) return false;
    this.done = true;
    return true;
  }
  reset(): void {
    this.done = false;
  }
}

/** Reads its whole input on the first next(), then gives back the rows it kept, one per call. */
export abstract class MaterializingOp<R> implements PhysicalOperator {
  private rows: R[] | null = null;
  private i = 0;
  constructor(
    protected readonly ctx: { frame: Value[] },
    protected readonly input: PhysicalOperator,
  ) {}

  /** Consumes the input; returns the rows to give back. */
  protected abstract materialize(): R[];

  /** Writes a kept row back into the frame. */
  protected abstract restore(row: R): void;

  next(): boolean {
    if (this.rows === null) {
      this.rows = this.materialize();
      this.i = 0;
    }
    if (this.i >= this.rows.length) return false;
    this.restore(this.rows[this.i++]!);
    return true;
  }

  reset(): void {
    this.input.reset();
    this.rows = null;
  }
}

/** Eager: the whole frame of every input row, given back unchanged once the input is exhausted. */
export class EagerOp extends MaterializingOp<Value[]> {
  constructor(
    protected override readonly ctx: { frame: Value[]; buffer(rows?: number): void },
    input: PhysicalOperator,
  ) {
    super(ctx, input);
  }

  protected materialize(): Value[][] {
    const rows: Value[][] = [];
    while (this.input.next()) {
      this.ctx.buffer();
      this.onRow();
      rows.push(this.ctx.frame.slice());
    }
    return rows;
  }

  /** Called for each input row while it is in the frame. */
  protected onRow(): void {}

  protected restore(row: Value[]): void {
    const f = this.ctx.frame;
    for (let s = 0; s < row.length; s++) f[s] = row[s]!;
  }
}

/**
 * For each input row, a list of items computed from it (`expand`), then one output row per item
 * (`bind` writes the item into the frame): UNWIND, variable-length and shortest-path searches.
 */
export abstract class PerRowListOp<T> implements PhysicalOperator {
  private items: readonly T[] = [];
  private i = 0;
  constructor(protected readonly input: PhysicalOperator) {}

  protected abstract expand(): readonly T[];
  protected abstract bind(item: T): void;

  next(): boolean {
    for (;;) {
      if (this.i < this.items.length) {
        this.bind(this.items[this.i++]!);
        return true;
      }
      if (!this.input.next()) return false;
      this.items = this.expand();
      this.i = 0;
    }
  }

  reset(): void {
    this.input.reset();
    this.items = [];
    this.i = 0;
  }
}
