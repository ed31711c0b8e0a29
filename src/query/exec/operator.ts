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
