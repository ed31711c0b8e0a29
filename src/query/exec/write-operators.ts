/** Write clauses as operators: CREATE, MERGE, SET, REMOVE, DELETE (the changes go through GraphWriter). */
import type { BPatternPart, BRemoveItem, BSetItem } from '../bind/bound.ts';
import { deletedEntityError, runtimeError } from '../errors.ts';
import { formatValue } from '../values/format-value.ts';
import { labelsOf, propertiesOf } from '../values/properties.ts';
import { isMap, NodeRef, PathValue, RelRef, typeOf } from '../values/types.ts';
import type { Value } from '../values/types.ts';
import type { ExecContext } from './context.ts';
import type { Compiled } from './compile-expression.ts';
import type { PhysicalOperator } from './operator.ts';
import { EagerOp, restoreSlots, saveSlots } from './operator.ts';
import { buildPath } from './row-operators.ts';

export interface CompiledPart {
  part: BPatternPart;
  nodeProps: (Compiled | null)[];
  relProps: (Compiled | null)[];
}

/**
 * Creates the unbound elements of a pattern part for the current row; `created` holds the slots
 * already created for this row (a variable may appear in several parts of one CREATE).
 */
export function createPart(ctx: ExecContext, compiled: CompiledPart, created: Set<number>): void {
  const f = ctx.frame;
  const { part } = compiled;
  part.nodes.forEach((node, i) => {
    if (node.bound || created.has(node.slot)) return;
    const props = compiled.nodeProps[i];
    f[node.slot] = ctx.writer.createNode(node.labels, props ? props(f) : null);
    created.add(node.slot);
  });
  part.rels.forEach((rel, i) => {
    const left = f[part.nodes[i]!.slot];
    const right = f[part.nodes[i + 1]!.slot];
    if (!(left instanceof NodeRef) || !(right instanceof NodeRef)) {
      throw runtimeError('SemanticError', 'CreateNullEndpoint', `cannot create a relationship ${rel.types[0]} to or from a null node`);
    }
    if (left.deleted || right.deleted) throw deletedEntityError('node');
    const [source, target] = rel.direction === 'in' ? [right, left] : [left, right];
    const props = compiled.relProps[i];
    f[rel.slot] = ctx.writer.createRelationship(rel.types[0]!, source, target, props ? props(f) : null);
  });
  if (part.pathSlot !== null) f[part.pathSlot] = buildPath(f, part);
}

export class CreateOp implements PhysicalOperator {
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly parts: CompiledPart[],
  ) {}
  next(): boolean {
    if (!this.input.next()) return false;
    const created = new Set<number>();
    for (const part of this.parts) createPart(this.ctx, part, created);
    return true;
  }
  reset(): void {
    this.input.reset();
  }
}

export interface CompiledSetItem {
  item: BSetItem;
  target: Compiled;
  value: Compiled | null;
}

function entityOf(v: Value, clause: string): NodeRef | RelRef | null {
  if (v === null) return null;
  if (v instanceof NodeRef || v instanceof RelRef) {
    if (v.deleted) throw deletedEntityError(v instanceof NodeRef ? 'node' : 'relationship');
    return v;
  }
  throw runtimeError('TypeError', 'InvalidArgumentType', `${clause} needs a node or a relationship, got ${typeOf(v)} ${formatValue(v)}`);
}

export function applySetItem(ctx: ExecContext, c: CompiledSetItem): void {
  const f = ctx.frame;
  const item = c.item;
  const entity = entityOf(c.target(f), 'SET');
  if (entity === null) return;
  switch (item.kind) {
    case 'setProperty':
      ctx.writer.setProperty(entity, item.key, c.value!(f));
      return;
    case 'setAll': {
      const v = c.value!(f);
      const map = v instanceof NodeRef || v instanceof RelRef ? propertiesOf(v) : v === null ? {} : v;
      if (!isMap(map)) throw runtimeError('TypeError', 'InvalidArgumentType', `SET … = needs a map, got ${typeOf(v)} ${formatValue(v)}`);
      ctx.writer.setProperties(entity, map, item.merge);
      return;
    }
    case 'setLabels': {
      if (!(entity instanceof NodeRef)) throw runtimeError('TypeError', 'InvalidArgumentType', 'labels can only be set on nodes');
      const labels = labelsOf(entity);
      ctx.writer.setLabels(entity, [...new Set([...labels, ...item.labels])]);
    }
  }
}

export class SetOp implements PhysicalOperator {
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly items: CompiledSetItem[],
  ) {}
  next(): boolean {
    if (!this.input.next()) return false;
    for (const item of this.items) applySetItem(this.ctx, item);
    return true;
  }
  reset(): void {
    this.input.reset();
  }
}

export class RemoveOp implements PhysicalOperator {
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly items: { item: BRemoveItem; target: Compiled }[],
  ) {}
  next(): boolean {
    if (!this.input.next()) return false;
    const f = this.ctx.frame;
    for (const { item, target } of this.items) {
      const entity = entityOf(target(f), 'REMOVE');
      if (entity === null) continue;
      if (item.kind === 'removeProperty') this.ctx.writer.setProperty(entity, item.key, null);
      else if (entity instanceof NodeRef) this.ctx.writer.setLabels(entity, labelsOf(entity).filter((l) => !item.labels.includes(l)));
    }
    return true;
  }
  reset(): void {
    this.input.reset();
  }
}

/**
 * DELETE: reads all its input, then deletes relationships before nodes (so `DELETE a, r` works in
 * any order), refusing to delete a node that still has relationships unless DETACH.
 */
export class DeleteOp extends EagerOp {
  constructor(
    protected override readonly ctx: ExecContext,
    input: PhysicalOperator,
    private readonly exprs: Compiled[],
    private readonly detach: boolean,
  ) {
    super(ctx, input);
  }

  private readonly nodes = new Set<NodeRef>();
  private readonly rels = new Set<RelRef>();

  protected override onRow(): void {
    for (const e of this.exprs) this.collect(e(this.ctx.frame));
  }

  private collect(v: Value): void {
    if (v === null) return;
    if (v instanceof NodeRef) this.nodes.add(v);
    else if (v instanceof RelRef) this.rels.add(v);
    else if (v instanceof PathValue) {
      v.rels.forEach((r) => this.rels.add(r));
      v.nodes.forEach((n) => this.nodes.add(n));
    } else throw runtimeError('TypeError', 'InvalidArgumentType', `DELETE expects nodes, relationships or paths, got ${typeOf(v)} ${formatValue(v)}`);
  }

  protected override materialize(): Value[][] {
    this.nodes.clear();
    this.rels.clear();
    const rows = super.materialize();
    for (const r of this.rels) this.ctx.writer.deleteRelationship(r);
    for (const n of this.nodes) this.ctx.writer.deleteNode(n, this.detach);
    this.nodes.clear();
    this.rels.clear();
    return rows;
  }
}

/** MERGE: the pattern's matches for this row (ON MATCH SET each), or create it (ON CREATE SET). */
export class MergeOp implements PhysicalOperator {
  private pending: Value[][] = [];
  private i = 0;
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly match: PhysicalOperator,
    private readonly part: CompiledPart,
    private readonly introduced: number[],
    private readonly onMatch: CompiledSetItem[],
    private readonly onCreate: CompiledSetItem[],
  ) {}
  next(): boolean {
    const f = this.ctx.frame;
    for (;;) {
      if (this.i < this.pending.length) {
        restoreSlots(f, this.introduced, this.pending[this.i++]!);
        for (const item of this.onMatch) applySetItem(this.ctx, item);
        return true;
      }
      if (!this.input.next()) return false;
      this.match.reset();
      const found: Value[][] = [];
      while (this.match.next()) found.push(saveSlots(f, this.introduced));
      this.pending = found;
      this.i = 0;
      if (found.length > 0) continue;
      this.checkNoNullProperties();
      createPart(this.ctx, this.part, new Set());
      for (const item of this.onCreate) applySetItem(this.ctx, item);
      return true;
    }
  }
  /** MERGE cannot create an element with a null property: it could never match it again. */
  private checkNoNullProperties(): void {
    const f = this.ctx.frame;
    for (const props of [...this.part.nodeProps, ...this.part.relProps]) {
      const map = props?.(f);
      if (isMap(map) && Object.values(map).some((v) => v === null)) {
        throw runtimeError('SemanticError', 'MergeReadOwnWrites', 'MERGE cannot use a null property value (the element could never be matched again); filter the nulls out first');
      }
    }
  }

  reset(): void {
    this.input.reset();
    this.pending = [];
    this.i = 0;
  }
}
