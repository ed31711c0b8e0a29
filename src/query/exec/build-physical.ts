/** Logical plan -> physical operators for one execution, with expressions compiled to closures. */
import type { BPatternPart } from '../bind/bound.ts';
import { inputsOf } from '../plan/logical.ts';
import type { LogicalOperator } from '../plan/logical.ts';
import type { Value } from '../values/types.ts';
import { AggregateOp, DistinctOp, HashJoinOp, SortOp, TopOp } from './buffer-operators.ts';
import { ExpressionCompiler } from './compile-expression.ts';
import type { ExecContext } from './context.ts';
import { ExpandOp, VarLengthExpandOp } from './expand-operators.ts';
import { ArgumentOp, EagerOp } from './operator.ts';
import type { PhysicalOperator } from './operator.ts';
import { BuildPathOp, FilterOp, LimitOp, OptionalOp, ProjectOp, SkipOp, UnionOp, UnwindOp } from './row-operators.ts';
import { NodeCountOp, NodeIndexSeekOp, NodeRangeSeekOp, NodeScanOp, RelationshipCountOp } from './scan-operators.ts';
import { ShortestPathOp } from './shortest-path-operator.ts';
import { CreateOp, DeleteOp, MergeOp, RemoveOp, SetOp } from './write-operators.ts';
import type { CompiledPart } from './write-operators.ts';

/** A statement ready to run: its operators, and how a result row is read once they produced one. */
export interface PhysicalStatement {
  root: PhysicalOperator;
  /** The result row for the current frame. */
  row: () => Value[];
  /**
   * All the result rows at once, where the plan allows it without the operators' row-by-row protocol
   * (a point lookup: an index seek projected straight into the result).
   */
  collect?: () => Value[][] | null;
}

/**
 * Builds a whole statement. When RETURN's projection feeds the result directly, its expressions are
 * evaluated straight into the result row instead of through the frame.
 */
export function buildStatement(plan: LogicalOperator, ctx: ExecContext): PhysicalStatement {
  const f = ctx.frame;
  if (plan.op !== 'Produce') return { root: buildPhysical(plan, ctx), row: () => [] };
  const slots = plan.slots;
  const project = plan.input;
  if (project.op === 'Project' && project.items.length === slots.length && project.items.every((item, i) => item.slot === slots[i])) {
    const compiler = new ExpressionCompiler(ctx, (p) => buildPhysical(p, ctx));
    const exprs = project.items.map((item) => compiler.compile(item.expr));
    const n = exprs.length;
    const row = (): Value[] => {
      const values = new Array<Value>(n);
      for (let i = 0; i < n; i++) values[i] = exprs[i]!(f);
      return values;
    };
    const root = buildPhysical(project.input, ctx);
    const seek = project.input;
    if (seek.op === 'NodeIndexSeek' && seek.input.op === 'Argument' && root instanceof NodeIndexSeekOp) {
      return { root, row, collect: () => seekRows(root, seek.slot, row, ctx) };
    }
    return { root, row };
  }
  return {
    root: buildPhysical(plan.input, ctx),
    row: () => {
      const row = new Array<Value>(slots.length);
      for (let i = 0; i < slots.length; i++) row[i] = f[slots[i]!]!;
      return row;
    },
  };
}

/**
 * The rows of `MATCH (n:L {key: value}) RETURN …`: the seek's nodes projected one after the other,
 * with the same checks the operators make (labels, deleted nodes, the row cap, the time budget),
 * none of their per-row calls. A point lookup costs little more than the index lookup itself.
 */
function seekRows(seek: NodeIndexSeekOp, slot: number, row: () => Value[], ctx: ExecContext): Value[][] | null {
  const nodes = seek.candidates();
  const f = ctx.frame;
  // Made on the first row, as a one-element literal: most lookups give a row or two.
  let rows: Value[][] | null = null;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!seek.admits(node)) continue;
    f[slot] = node;
    ctx.tick();
    ctx.buffer();
    if (rows === null) rows = [row()];
    else rows.push(row());
  }
  return rows;
}

export function buildPhysical(plan: LogicalOperator, ctx: ExecContext): PhysicalOperator {
  const compiler = new ExpressionCompiler(ctx, (p) => build(p));
  const expr = compiler.compile.bind(compiler);
  const part = (p: BPatternPart): CompiledPart => ({
    part: p,
    nodeProps: p.nodes.map((n) => (n.properties ? expr(n.properties) : null)),
    relProps: p.rels.map((r) => (r.properties ? expr(r.properties) : null)),
  });
  const setItems = (items: Extract<LogicalOperator, { op: 'SetItems' }>['items']) =>
    items.map((item) => ({ item, target: expr(item.target), value: item.kind === 'setLabels' ? null : expr(item.value) }));

  function build(op: LogicalOperator): PhysicalOperator {
    switch (op.op) {
      case 'Argument':
        return new ArgumentOp();
      case 'NodeScan':
        return new NodeScanOp(ctx, build(op.input), op.slot, op.label, op.labels);
      case 'NodeIndexSeek':
        return new NodeIndexSeekOp(ctx, build(op.input), op.slot, op.label, op.key, expr(op.value), op.labels, op.many);
      case 'NodeIndexRangeSeek': {
        const bound = (b: typeof op.lower) => b && { value: expr(b.value), inclusive: b.inclusive };
        return new NodeRangeSeekOp(ctx, build(op.input), op.slot, op.label, op.key, op.prefix && expr(op.prefix), bound(op.lower), bound(op.upper), op.labels);
      }
      case 'Expand':
        return op.spec.varLength
          ? new VarLengthExpandOp(ctx, build(op.input), op.spec, op.spec.varLength.properties ? expr(op.spec.varLength.properties) : null)
          : new ExpandOp(ctx, build(op.input), op.spec);
      case 'ShortestPath':
        return new ShortestPathOp(ctx, build(op.input), op.spec, op.spec.properties ? expr(op.spec.properties) : null);
      case 'Filter':
        return new FilterOp(ctx, build(op.input), expr(op.predicate));
      case 'Optional':
        return new OptionalOp(ctx, build(op.input), build(op.inner), op.nullSlots);
      case 'HashJoin':
        return new HashJoinOp(ctx, build(op.input), build(op.inner), op.innerSlots, expr(op.leftKey), expr(op.rightKey));
      case 'Unwind':
        return new UnwindOp(ctx, build(op.input), expr(op.expr), op.slot);
      case 'Project':
        return new ProjectOp(ctx, build(op.input), op.items.map((i) => i.slot), op.items.map((i) => expr(i.expr)));
      case 'BuildPath':
        return new BuildPathOp(ctx, build(op.input), op.slot, op.part);
      case 'Aggregate':
        return new AggregateOp(
          ctx,
          build(op.input),
          op.keys.map((k) => k.slot),
          op.keys.map((k) => expr(k.expr)),
          op.aggregates.map((a) => ({ fn: a.fn, args: a.args.map(expr), distinct: a.distinct, slot: a.slot })),
        );
      case 'RelationshipCount':
        return new RelationshipCountOp(ctx, build(op.input), op.types, op.typeSlot, op.countSlots);
      case 'NodeCount':
        return new NodeCountOp(ctx, build(op.input), op.label, op.countSlots);
      case 'Distinct':
        return new DistinctOp(ctx, build(op.input), op.slots);
      case 'Sort':
        return new SortOp(ctx, build(op.input), op.keys.map((k) => ({ expr: expr(k.expr), descending: k.descending })), op.slots);
      case 'Top':
        return new TopOp(ctx, build(op.input), op.keys.map((k) => ({ expr: expr(k.expr), descending: k.descending })), expr(op.limit), op.slots, writes(op.input));
      case 'Skip':
        return new SkipOp(ctx, build(op.input), expr(op.count));
      case 'Limit':
        return new LimitOp(ctx, build(op.input), expr(op.count), writes(op.input));
      case 'Eager':
        return new EagerOp(ctx, build(op.input));
      case 'Create':
        return new CreateOp(ctx, build(op.input), op.parts.map(part));
      case 'Merge':
        return new MergeOp(ctx, build(op.input), build(op.match), part(op.part), op.introduced, setItems(op.onMatch), setItems(op.onCreate));
      case 'SetItems':
        return new SetOp(ctx, build(op.input), setItems(op.items));
      case 'Remove':
        return new RemoveOp(ctx, build(op.input), op.items.map((item) => ({ item, target: expr(item.target) })));
      case 'Delete':
        return new DeleteOp(ctx, build(op.input), op.exprs.map(expr), op.detach);
      case 'Union':
        return new UnionOp(ctx, op.inputs.map(build), op.outputs, op.slots);
      case 'Produce':
        return build(op.input);
    }
  }

  return build(plan);
}

const WRITES = new Set(['Create', 'Merge', 'SetItems', 'Remove', 'Delete']);

function writes(op: LogicalOperator): boolean {
  return WRITES.has(op.op) || inputsOf(op).some(writes);
}
