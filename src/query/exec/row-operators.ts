/** Operators that work row by row: filter, projection, unwind, paths, skip/limit, optional, union. */
import { runtimeError } from '../errors.ts';
import type { BPatternPart } from '../bind/bound.ts';
import { formatValue } from '../values/format-value.ts';
import { NodeRef, PathValue, RelRef, typeOf } from '../values/types.ts';
import type { Value } from '../values/types.ts';
import type { ExecContext } from './context.ts';
import type { Compiled } from './compile-expression.ts';
import { PerRowListOp } from './operator.ts';
import type { PhysicalOperator } from './operator.ts';

export class FilterOp implements PhysicalOperator {
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly predicate: Compiled,
  ) {}
  next(): boolean {
    const f = this.ctx.frame;
    while (this.input.next()) if (this.predicate(f) === true) return true;
    return false;
  }
  reset(): void {
    this.input.reset();
  }
}

export class ProjectOp implements PhysicalOperator {
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly slots: number[],
    private readonly exprs: Compiled[],
  ) {}
  next(): boolean {
    if (!this.input.next()) return false;
    const f = this.ctx.frame;
    for (let i = 0; i < this.slots.length; i++) f[this.slots[i]!] = this.exprs[i]!(f);
    return true;
  }
  reset(): void {
    this.input.reset();
  }
}

export class UnwindOp extends PerRowListOp<Value> {
  constructor(
    private readonly ctx: ExecContext,
    input: PhysicalOperator,
    private readonly expr: Compiled,
    private readonly slot: number,
  ) {
    super(input);
  }
  protected expand(): readonly Value[] {
    const v = this.expr(this.ctx.frame);
    return v === null ? [] : Array.isArray(v) ? v : [v];
  }
  protected bind(item: Value): void {
    this.ctx.frame[this.slot] = item;
    this.ctx.tick();
  }
}

/** Builds the path value of a pattern part from its bound elements (null when one is null). */
export function buildPath(f: Value[], part: BPatternPart): PathValue | null {
  const first = f[part.nodes[0]!.slot];
  if (!(first instanceof NodeRef)) return null;
  const nodes: NodeRef[] = [first];
  const rels: RelRef[] = [];
  let current = first;
  for (let i = 0; i < part.rels.length; i++) {
    const value = f[part.rels[i]!.slot];
    if (value === null || value === undefined) return null;
    const steps = Array.isArray(value) ? (value as RelRef[]) : [value as RelRef];
    for (const r of steps) {
      const next = r.start === current ? r.end : r.start;
      rels.push(r);
      nodes.push(next);
      current = next;
    }
    const end = f[part.nodes[i + 1]!.slot];
    if (!(end instanceof NodeRef)) return null;
    current = end;
    nodes[nodes.length - 1] = end;
  }
  return new PathValue(nodes, rels);
}

export class BuildPathOp implements PhysicalOperator {
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly slot: number,
    private readonly part: BPatternPart,
  ) {}
  next(): boolean {
    if (!this.input.next()) return false;
    this.ctx.frame[this.slot] = buildPath(this.ctx.frame, this.part);
    return true;
  }
  reset(): void {
    this.input.reset();
  }
}

/** SKIP and LIMIT counts: non-negative integers, checked when the value is known. */
export function rowCount(v: Value, what: string): number {
  if (typeof v === 'number' && Number.isSafeInteger(v)) {
    if (v < 0) throw runtimeError('SyntaxError', 'NegativeIntegerArgument', `${what} must not be negative, got ${v}`);
    return v;
  }
  if (typeof v === 'bigint') {
    if (v < 0n) throw runtimeError('SyntaxError', 'NegativeIntegerArgument', `${what} must not be negative, got ${v}`);
    return Number.MAX_SAFE_INTEGER;
  }
  throw runtimeError('SyntaxError', 'InvalidArgumentType', `${what} must be an integer, got ${typeOf(v)} ${formatValue(v)}`);
}

export class SkipOp implements PhysicalOperator {
  private remaining = -1;
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly count: Compiled,
  ) {}
  next(): boolean {
    if (this.remaining < 0) this.remaining = rowCount(this.count(this.ctx.frame), 'SKIP');
    while (this.remaining > 0) {
      if (!this.input.next()) return false;
      this.remaining--;
    }
    return this.input.next();
  }
  reset(): void {
    this.input.reset();
    this.remaining = -1;
  }
}

export class LimitOp implements PhysicalOperator {
  private remaining = -1;
  /**
   * `drain`: the input writes; the writes all happen even when LIMIT keeps fewer rows, so the
   * input is read to the end once the limit is reached.
   */
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly count: Compiled,
    private readonly drain = false,
  ) {}
  next(): boolean {
    if (this.remaining < 0) this.remaining = rowCount(this.count(this.ctx.frame), 'LIMIT');
    if (this.remaining === 0) {
      if (this.drain) while (this.input.next());
      return false;
    }
    if (!this.input.next()) return false;
    this.remaining--;
    return true;
  }
  reset(): void {
    this.input.reset();
    this.remaining = -1;
  }
}

/** OPTIONAL MATCH: the inner plan's rows for each input row, or one row of nulls. */
export class OptionalOp implements PhysicalOperator {
  private inInner = false;
  private matched = false;
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly inner: PhysicalOperator,
    private readonly nullSlots: number[],
  ) {}
  next(): boolean {
    for (;;) {
      if (this.inInner) {
        if (this.inner.next()) {
          this.matched = true;
          return true;
        }
        this.inInner = false;
        if (!this.matched) {
          for (const s of this.nullSlots) this.ctx.frame[s] = null;
          return true;
        }
      }
      if (!this.input.next()) return false;
      this.inner.reset();
      this.inInner = true;
      this.matched = false;
    }
  }
  reset(): void {
    this.input.reset();
    this.inInner = false;
  }
}

/** UNION [ALL]: each part in turn, its columns copied to the union's slots. */
export class UnionOp implements PhysicalOperator {
  private current = 0;
  constructor(
    private readonly ctx: ExecContext,
    private readonly inputs: PhysicalOperator[],
    private readonly outputs: number[][],
    private readonly slots: number[],
  ) {}
  next(): boolean {
    const f = this.ctx.frame;
    while (this.current < this.inputs.length) {
      if (this.inputs[this.current]!.next()) {
        const from = this.outputs[this.current]!;
        for (let i = 0; i < this.slots.length; i++) f[this.slots[i]!] = f[from[i]!]!;
        return true;
      }
      this.current++;
    }
    return false;
  }
  reset(): void {
    for (const input of this.inputs) input.reset();
    this.current = 0;
  }
}
