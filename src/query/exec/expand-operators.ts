/**
 * Following relationships from a bound node, through the per-node per-type adjacency index:
 * single hops (Expand, ExpandInto when both ends are bound) and variable-length hops.
 */
import { runtimeError } from '../errors.ts';
import type { GraphIndex } from '../graph-index/graph-index.ts';
import type { ExpandSpec } from '../plan/logical.ts';
import { equals } from '../values/equality.ts';
import { formatValue } from '../values/format-value.ts';
import { hasAllLabels, propertyOf } from '../values/properties.ts';
import { isMap, NodeRef, RelRef, typeOf } from '../values/types.ts';
import type { CypherMap, Value } from '../values/types.ts';
import type { ExecContext } from './context.ts';
import type { Compiled } from './compile-expression.ts';
import { PerRowListOp } from './operator.ts';
import type { PhysicalOperator } from './operator.ts';

const NO_RELS: readonly RelRef[] = [];

function startNode(v: Value, slot: number): NodeRef | null {
  if (v === null || v instanceof NodeRef) return v;
  throw runtimeError('TypeError', 'InvalidArgumentType', `expected a node to expand from (slot ${slot}), got ${typeOf(v)} ${formatValue(v)}`);
}

function relationshipsOf(index: GraphIndex, node: NodeRef, types: string[], outgoing: boolean): readonly RelRef[] {
  if (types.length === 0) return outgoing ? index.outgoing(node, null) : index.incoming(node, null);
  if (types.length === 1) return outgoing ? index.outgoing(node, types[0]!) : index.incoming(node, types[0]!);
  const all: RelRef[] = [];
  for (const t of new Set(types)) for (const r of outgoing ? index.outgoing(node, t) : index.incoming(node, t)) all.push(r);
  return all;
}

/** Relationship uniqueness within one MATCH: `r` differs from every relationship already bound. */
function alreadyUsed(f: Value[], slots: readonly number[], r: RelRef): boolean {
  for (const s of slots) {
    const o = f[s];
    if (o === r || (Array.isArray(o) && o.includes(r))) return true;
  }
  return false;
}

export class ExpandOp implements PhysicalOperator {
  private out: readonly RelRef[] = NO_RELS;
  private inc: readonly RelRef[] = NO_RELS;
  private i = 0;
  private j = 0;

  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly spec: ExpandSpec,
  ) {}

  next(): boolean {
    for (;;) {
      while (this.i < this.out.length) if (this.emit(this.out[this.i++]!, true)) return true;
      while (this.j < this.inc.length) {
        const r = this.inc[this.j++]!;
        // A self-loop was already produced from the outgoing side of an undirected expansion.
        if (this.spec.direction === 'both' && r.start === r.end) continue;
        if (this.emit(r, false)) return true;
      }
      if (!this.input.next()) return false;
      this.load();
    }
  }

  /** Binds `r` and the node it leads to, unless the pattern rules it out. */
  private emit(r: RelRef, outgoing: boolean): boolean {
    const f = this.ctx.frame;
    const { rel, to, into, toLabels, distinctFrom } = this.spec;
    if (r.deleted || (distinctFrom.length > 0 && alreadyUsed(f, distinctFrom, r))) return false;
    const other = outgoing ? r.end : r.start;
    if (into) {
      if (f[to] !== other) return false;
    } else {
      if (!hasAllLabels(other, toLabels)) return false;
      f[to] = other;
    }
    f[rel] = r;
    this.ctx.tick();
    return true;
  }

  private load(): void {
    const f = this.ctx.frame;
    const { direction, types, relBound } = this.spec;
    this.i = 0;
    this.j = 0;
    this.out = NO_RELS;
    this.inc = NO_RELS;
    const from = startNode(f[this.spec.from]!, this.spec.from);
    if (from === null || from.deleted) return;
    if (this.spec.into && f[this.spec.to] === null) return;
    if (relBound) {
      const r = f[this.spec.rel];
      if (!(r instanceof RelRef) || r.deleted) return;
      if (types.length > 0 && !types.includes(r.type)) return;
      if (direction !== 'in' && r.start === from) this.out = [r];
      if (direction !== 'out' && r.end === from) this.inc = [r];
      return;
    }
    if (direction !== 'in') this.out = relationshipsOf(this.ctx.index, from, types, true);
    if (direction !== 'out') this.inc = relationshipsOf(this.ctx.index, from, types, false);
  }

  reset(): void {
    this.input.reset();
    this.out = NO_RELS;
    this.inc = NO_RELS;
    this.i = 0;
    this.j = 0;
  }
}

/** `(a)-[r:T*min..max]->(b)`: every path of allowed length, no relationship twice; r is the list. */
export class VarLengthExpandOp extends PerRowListOp<{ node: NodeRef; rels: RelRef[] }> {
  constructor(
    private readonly ctx: ExecContext,
    input: PhysicalOperator,
    private readonly spec: ExpandSpec,
    private readonly properties: Compiled | null,
  ) {
    super(input);
  }

  protected bind({ node, rels }: { node: NodeRef; rels: RelRef[] }): void {
    const f = this.ctx.frame;
    if (!this.spec.into) f[this.spec.to] = node;
    f[this.spec.rel] = this.spec.reversed && !this.spec.relBound ? [...rels].reverse() : rels;
  }

  protected expand(): { node: NodeRef; rels: RelRef[] }[] {
    return this.search();
  }

  private search(): { node: NodeRef; rels: RelRef[] }[] {
    const f = this.ctx.frame;
    const spec = this.spec;
    const vl = spec.varLength!;
    const results: { node: NodeRef; rels: RelRef[] }[] = [];
    const from = startNode(f[spec.from]!, spec.from);
    if (from === null || from.deleted) return results;
    const target = spec.into ? f[spec.to] : undefined;
    if (target === null) return results;
    let required: CypherMap | null = null;
    if (this.properties) {
      const m = this.properties(f);
      if (m === null) return results;
      if (!isMap(m)) throw runtimeError('TypeError', 'InvalidArgumentType', 'relationship properties must be a map');
      required = m;
    }
    if (spec.relBound) {
      const found = this.follow(from, f[spec.rel]!, target, required);
      if (found) results.push(found);
      return results;
    }
    const max = vl.max ?? Infinity;
    const path: RelRef[] = [];
    const used = new Set<RelRef>();
    const accept = (node: NodeRef) => {
      if (path.length < vl.min) return;
      if (target !== undefined ? node !== target : !hasAllLabels(node, spec.toLabels)) return;
      results.push({ node, rels: path.slice() });
      this.ctx.tick();
    };
    const matches = (r: RelRef) => {
      if (r.deleted || used.has(r) || (spec.distinctFrom.length > 0 && alreadyUsed(f, spec.distinctFrom, r))) return false;
      if (required) for (const k of Object.keys(required)) if (equals(propertyOf(r, k), required[k]!) !== true) return false;
      return true;
    };
    const visit = (node: NodeRef) => {
      accept(node);
      if (path.length >= max) return;
      const step = (r: RelRef, next: NodeRef) => {
        this.ctx.tick();
        if (!matches(r)) return;
        used.add(r);
        path.push(r);
        visit(next);
        path.pop();
        used.delete(r);
      };
      if (spec.direction !== 'in') for (const r of relationshipsOf(this.ctx.index, node, spec.types, true)) step(r, r.end);
      if (spec.direction !== 'out') {
        for (const r of relationshipsOf(this.ctx.index, node, spec.types, false)) {
          if (spec.direction === 'both' && r.start === r.end) continue;
          step(r, r.start);
        }
      }
    };
    visit(from);
    this.ctx.buffer(0);
    return results;
  }

  /** A relationship list bound earlier: the path must follow exactly those relationships. */
  private follow(from: NodeRef, value: Value, target: Value | undefined, required: CypherMap | null): { node: NodeRef; rels: RelRef[] } | null {
    if (!Array.isArray(value)) return null;
    const spec = this.spec;
    const rels = value as RelRef[];
    const steps = spec.reversed ? [...rels].reverse() : rels;
    if (steps.length < spec.varLength!.min || (spec.varLength!.max !== null && steps.length > spec.varLength!.max)) return null;
    let current = from;
    for (const r of steps) {
      if (!(r instanceof RelRef) || r.deleted) return null;
      if (spec.types.length > 0 && !spec.types.includes(r.type)) return null;
      if (required) for (const k of Object.keys(required)) if (equals(propertyOf(r, k), required[k]!) !== true) return null;
      if (spec.direction !== 'in' && r.start === current) current = r.end;
      else if (spec.direction !== 'out' && r.end === current) current = r.start;
      else return null;
    }
    if (target !== undefined ? current !== target : !hasAllLabels(current, spec.toLabels)) return null;
    return { node: current, rels };
  }
}
