/** Leaves reading nodes: label or full scans, property-equality seeks, and counts from the index. */
import type { GraphIndex } from '../graph-index/graph-index.ts';
import { equals } from '../values/equality.ts';
import type { NodeRef, Value } from '../values/types.ts';
import type { ExecContext } from './context.ts';
import type { Compiled } from './compile-expression.ts';
import type { PhysicalOperator } from './operator.ts';

const NO_NODES: readonly NodeRef[] = [];

function hasLabels(node: NodeRef, labels: readonly string[]): boolean {
  if (labels.length === 0) return true;
  const own = node.attrs['labels'];
  if (!Array.isArray(own)) return false;
  for (const l of labels) if (!own.includes(l)) return false;
  return true;
}

/** Nodes with `label` (or all nodes), for every input row. */
export class NodeScanOp implements PhysicalOperator {
  private list: readonly NodeRef[] = NO_NODES;
  private i = 0;
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly slot: number,
    private readonly label: string | null,
    private readonly labels: string[],
  ) {}

  next(): boolean {
    const f = this.ctx.frame;
    for (;;) {
      while (this.i < this.list.length) {
        const node = this.list[this.i++]!;
        if (node.deleted || !hasLabels(node, this.labels)) continue;
        f[this.slot] = node;
        this.ctx.tick();
        return true;
      }
      if (!this.input.next()) return false;
      this.list = this.label === null ? this.ctx.index.allNodes() : this.ctx.index.nodesWithLabel(this.label);
      this.i = 0;
    }
  }

  reset(): void {
    this.input.reset();
    this.list = NO_NODES;
    this.i = 0;
  }
}

/** Nodes whose `key` equals a value, through the (label, key) equality index. */
export class NodeIndexSeekOp implements PhysicalOperator {
  private list: readonly NodeRef[] = NO_NODES;
  private i = 0;
  /** Set when the value cannot be looked up (a list, a map): then the nodes are filtered. */
  private filterValue: Value | undefined = undefined;
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly slot: number,
    private readonly label: string | null,
    private readonly key: string,
    private readonly value: Compiled,
    private readonly labels: string[],
  ) {}

  next(): boolean {
    const f = this.ctx.frame;
    for (;;) {
      while (this.i < this.list.length) {
        const node = this.list[this.i++]!;
        if (node.deleted || !hasLabels(node, this.labels)) continue;
        if (this.filterValue !== undefined && equals((node.attrs[this.key] as Value) ?? null, this.filterValue) !== true) continue;
        f[this.slot] = node;
        this.ctx.tick();
        return true;
      }
      if (!this.input.next()) return false;
      const v = this.value(f);
      const index: GraphIndex = this.ctx.index;
      const found = index.propertyIndex(this.label, this.key).lookup(v);
      this.ctx.tick();
      if (found === null) {
        this.filterValue = v;
        this.list = this.label === null ? index.allNodes() : index.nodesWithLabel(this.label);
      } else {
        this.filterValue = undefined;
        this.list = found;
      }
      this.i = 0;
    }
  }

  reset(): void {
    this.input.reset();
    this.list = NO_NODES;
    this.i = 0;
  }
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
