/** Leaves reading nodes: label or full scans, property-equality seeks, and counts from the index. */
import type { GraphIndex } from '../graph-index/graph-index.ts';
import type { Bound } from '../graph-index/sorted-index.ts';
import type { PropertyIndex } from '../graph-index/property-index.ts';
import { equals } from '../values/equality.ts';
import { hasAllLabels, propertyOf } from '../values/properties.ts';
import { CypherFloat } from '../values/types.ts';
import type { NodeRef, Value } from '../values/types.ts';
import type { ExecContext } from './context.ts';
import type { Compiled } from './compile-expression.ts';
import type { PhysicalOperator } from './operator.ts';

const NO_NODES: readonly NodeRef[] = [];

/**
 * Emits, for every input row, the nodes of a list that `load` chooses for that row (a label's
 * nodes, an index bucket…), skipping deleted nodes and those missing one of `labels`.
 */
abstract class NodeListOp implements PhysicalOperator {
  private list: readonly NodeRef[] = NO_NODES;
  private i = 0;
  constructor(
    protected readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly slot: number,
    private readonly labels: string[],
  ) {}

  /** The candidate nodes for the current input row. */
  protected abstract load(): readonly NodeRef[];

  /** Further condition on a candidate. */
  protected accept(_node: NodeRef): boolean {
    return true;
  }

  /** Whether a candidate is a row: alive, with every label, and accepted. */
  admits(node: NodeRef): boolean {
    return !node.deleted && hasAllLabels(node, this.labels) && this.accept(node);
  }

  /**
   * The candidates for one input row, when the caller drains them itself (a seek feeding the result
   * directly, see build-physical.ts); `admits` then says which are rows.
   */
  candidates(): readonly NodeRef[] {
    return this.load();
  }

  next(): boolean {
    const f = this.ctx.frame;
    for (;;) {
      while (this.i < this.list.length) {
        const node = this.list[this.i++]!;
        if (!this.admits(node)) continue;
        f[this.slot] = node;
        this.ctx.tick();
        return true;
      }
      if (!this.input.next()) return false;
      this.list = this.load();
      this.i = 0;
      this.ctx.tick();
    }
  }

  reset(): void {
    this.input.reset();
    this.list = NO_NODES;
    this.i = 0;
  }
}

/** Nodes with `label` (or all nodes), for every input row. */
export class NodeScanOp extends NodeListOp {
  constructor(ctx: ExecContext, input: PhysicalOperator, slot: number, private readonly label: string | null, labels: string[]) {
    super(ctx, input, slot, labels);
  }

  protected load(): readonly NodeRef[] {
    return this.label === null ? this.ctx.index.allNodes() : this.ctx.index.nodesWithLabel(this.label);
  }
}

/** Nodes whose `key` equals a value, through the (label, key) equality index. */
export class NodeIndexSeekOp extends NodeListOp {
  /** Set when the value cannot be looked up (a list, a map): then the label's nodes are filtered. */
  private filterValue: Value | undefined = undefined;
  constructor(
    ctx: ExecContext,
    input: PhysicalOperator,
    slot: number,
    private readonly label: string | null,
    private readonly key: string,
    private readonly value: Compiled,
    labels: string[],
    /** The value is a list: the nodes equal to any of its elements. */
    private readonly many = false,
  ) {
    super(ctx, input, slot, labels);
  }

  private cached: PropertyIndex | null = null;
  private generation = -1;

  protected load(): readonly NodeRef[] {
    const v = this.value(this.ctx.frame);
    const index: GraphIndex = this.ctx.index;
    if (this.cached === null || this.generation !== index.generation) {
      this.cached = index.propertyIndex(this.label, this.key);
      this.generation = index.generation;
    }
    const found = this.many ? this.lookupAll(v) : this.cached.lookup(v);
    this.filterValue = found === null ? v : undefined;
    if (found !== null) return found;
    return this.label === null ? index.allNodes() : index.nodesWithLabel(this.label);
  }

  /** Nodes equal to some element of a list (each once); null when an element cannot be looked up. */
  private lookupAll(list: Value): readonly NodeRef[] | null {
    if (list === null) return NO_NODES;
    if (!Array.isArray(list)) return null;
    const out = new Set<NodeRef>();
    for (const item of list) {
      const found = this.cached!.lookup(item);
      if (found === null) return null;
      for (const n of found) out.add(n);
    }
    return [...out];
  }

  protected override accept(node: NodeRef): boolean {
    // With `many`, the IN predicate that follows does the filtering.
    return this.filterValue === undefined || this.many || equals(propertyOf(node, this.key), this.filterValue) === true;
  }
}

/**
 * Candidates for `n.key STARTS WITH v` or a range on n.key, from the (label, key) ordered index.
 * The predicate itself still runs after this operator; a value the index cannot use (a list, a
 * boolean) gives the label's nodes, so the answer never depends on the index.
 */
export class NodeRangeSeekOp extends NodeListOp {
  constructor(
    ctx: ExecContext,
    input: PhysicalOperator,
    slot: number,
    private readonly label: string | null,
    private readonly key: string,
    private readonly prefix: Compiled | null,
    private readonly lower: { value: Compiled; inclusive: boolean } | null,
    private readonly upper: { value: Compiled; inclusive: boolean } | null,
    labels: string[],
  ) {
    super(ctx, input, slot, labels);
  }

  protected load(): readonly NodeRef[] {
    const f = this.ctx.frame;
    const index = this.ctx.index.sortedIndex(this.label, this.key);
    if (this.prefix) {
      const p = this.prefix(f);
      if (p === null) return NO_NODES;
      if (typeof p === 'string') return index.prefix(p);
      return this.labelNodes();
    }
    const lower = this.bound(this.lower);
    const upper = this.bound(this.upper);
    if (lower === 'nothing' || upper === 'nothing') return NO_NODES;
    if (lower === 'unusable' || upper === 'unusable') return this.labelNodes();
    return index.range(lower, upper);
  }

  /** The bound for this row: absent (null), one the index uses, one no value satisfies, or one it cannot use. */
  private bound(b: { value: Compiled; inclusive: boolean } | null): Bound | null | 'nothing' | 'unusable' {
    if (b === null) return null;
    const v = scalar(b.value(this.ctx.frame));
    if (v === null) return 'nothing';
    if (v === undefined) return 'unusable';
    return { value: v, inclusive: b.inclusive };
  }

  private labelNodes(): readonly NodeRef[] {
    return this.label === null ? this.ctx.index.allNodes() : this.ctx.index.nodesWithLabel(this.label);
  }
}

/** A range bound the ordered index understands: a string or a number (NaN and null match nothing). */
function scalar(v: Value): string | number | null | undefined {
  if (v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isNaN(v) ? null : v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof CypherFloat) return v.value;
  return undefined;
}

/** count(*) of `MATCH (n:L)` from the label index: one row. */
export class NodeCountOp implements PhysicalOperator {
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly label: string | null,
    private readonly countSlots: number[],
  ) {}
  next(): boolean {
    if (!this.input.next()) return false;
    const n = this.label === null ? this.ctx.index.nodeCount() : this.ctx.index.labelCount(this.label);
    for (const s of this.countSlots) this.ctx.frame[s] = n;
    return true;
  }
  reset(): void {
    this.input.reset();
  }
}

/** count(*) of `MATCH ()-[r:T]->()`, optionally grouped by type(r), from the type counts. */
export class RelationshipCountOp implements PhysicalOperator {
  private rows: [string, number][] | null = null;
  private i = 0;
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly types: string[] | null,
    private readonly typeSlot: number | null,
    private readonly countSlots: number[],
  ) {}

  next(): boolean {
    const f = this.ctx.frame;
    for (;;) {
      if (this.rows !== null && this.i < this.rows.length) {
        const [type, n] = this.rows[this.i++]!;
        if (this.typeSlot !== null) f[this.typeSlot] = type;
        for (const s of this.countSlots) f[s] = n;
        return true;
      }
      if (!this.input.next()) return false;
      const counts = this.ctx.index.typeCountMap();
      const types = [...new Set(this.types ?? counts.keys())];
      if (this.typeSlot === null) {
        this.rows = [['', types.reduce((sum, t) => sum + (counts.get(t) ?? 0), 0)]];
      } else {
        this.rows = types.filter((t) => (counts.get(t) ?? 0) > 0).map((t) => [t, counts.get(t)!]);
      }
      this.i = 0;
    }
  }

  reset(): void {
    this.input.reset();
    this.rows = null;
    this.i = 0;
  }
}
