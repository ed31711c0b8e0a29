/**
 * Writes: CREATE, MERGE, SET, REMOVE, DELETE. All go through graphology (addNode, setNodeAttribute,
 * dropEdge…), whose events keep the graph index in step.
 */
import type { BPatternPart, BRemoveItem, BSetItem } from '../bind/bound.ts';
import { runtimeError } from '../errors.ts';
import { formatValue } from '../values/format-value.ts';
import { LABELS_ATTRIBUTE, labelsOf, propertiesOf, TYPE_ATTRIBUTE } from '../values/properties.ts';
import { CypherFloat, isMap, NodeRef, PathValue, RelRef, typeOf } from '../values/types.ts';
import type { Value } from '../values/types.ts';
import type { ExecContext } from './context.ts';
import type { Compiled } from './compile-expression.ts';
import { deletedAccess } from './compile-expression.ts';
import type { PhysicalOperator } from './operator.ts';
import { restoreSlots, saveSlots } from './operator.ts';
import { buildPath } from './row-operators.ts';

type Attributes = Record<string, unknown>;

/** A value as stored in the graph; undefined means "no property" (null removes). */
function storable(v: Value, key: string): unknown {
  if (v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint') return v;
  if (v instanceof CypherFloat) return v.value;
  if (Array.isArray(v)) {
    return v.map((item) => {
      if (item === null || Array.isArray(item) || (typeof item === 'object' && !(item instanceof CypherFloat))) {
        throw runtimeError('TypeError', 'InvalidPropertyType', `property \`${key}\` cannot hold a list containing ${typeOf(item)} ${formatValue(item)}`);
      }
      return item instanceof CypherFloat ? item.value : item;
    });
  }
  throw runtimeError('TypeError', 'InvalidPropertyType', `property \`${key}\` cannot hold ${typeOf(v)} ${formatValue(v)}`);
}

function checkKey(entity: 'node' | 'relationship', key: string): void {
  if (key === (entity === 'node' ? LABELS_ATTRIBUTE : TYPE_ATTRIBUTE)) {
    throw runtimeError('TypeError', 'InvalidPropertyKey', `\`${key}\` is reserved: it holds the ${entity === 'node' ? 'labels' : 'type'} of the ${entity}`);
  }
}

function propertyMap(ctx: ExecContext, expr: Compiled | null, entity: 'node' | 'relationship'): Attributes {
  const attrs: Attributes = {};
  if (expr === null) return attrs;
  const m = expr(ctx.frame);
  if (m === null) return attrs;
  if (!isMap(m)) throw runtimeError('TypeError', 'InvalidArgumentType', `properties must be a map, got ${typeOf(m)} ${formatValue(m)}`);
  for (const key of Object.keys(m)) {
    checkKey(entity, key);
    const v = storable(m[key]!, key);
    if (v !== undefined) {
      attrs[key] = v;
      ctx.stats.propertiesSet++;
    }
  }
  return attrs;
}

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
  const g = ctx.graph;
  part.nodes.forEach((node, i) => {
    if (node.bound || created.has(node.slot)) return;
    const key = ctx.index.newNodeKey();
    const attrs = propertyMap(ctx, compiled.nodeProps[i]!, 'node');
    g.addNode(key, { labels: [...new Set(node.labels)], ...attrs } as never);
    ctx.stats.nodesCreated++;
    ctx.stats.labelsAdded += new Set(node.labels).size;
    f[node.slot] = ctx.index.node(key);
    created.add(node.slot);
  });
  part.rels.forEach((rel, i) => {
    const left = f[part.nodes[i]!.slot];
    const right = f[part.nodes[i + 1]!.slot];
    if (!(left instanceof NodeRef) || !(right instanceof NodeRef)) {
      throw runtimeError('SemanticError', 'CreateNullEndpoint', `cannot create a relationship ${rel.types[0]} to or from a null node`);
    }
    if (left.deleted || right.deleted) throw deletedAccess('node');
    const [source, target] = rel.direction === 'in' ? [right, left] : [left, right];
    const key = ctx.index.newEdgeKey();
    const attrs = propertyMap(ctx, compiled.relProps[i]!, 'relationship');
    g.addEdgeWithKey(key, source.key, target.key, { type: rel.types[0]!, ...attrs } as never);
    ctx.stats.relationshipsCreated++;
    f[rel.slot] = ctx.index.rel(key);
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

function entityOf(v: Value, what: string): NodeRef | RelRef | null {
  if (v === null) return null;
  if (v instanceof NodeRef || v instanceof RelRef) {
    if (v.deleted) throw deletedAccess(v instanceof NodeRef ? 'node' : 'relationship');
    return v;
  }
  throw runtimeError('TypeError', 'InvalidArgumentType', `${what} needs a node or a relationship, got ${typeOf(v)} ${formatValue(v)}`);
}

function setProperty(ctx: ExecContext, entity: NodeRef | RelRef, key: string, value: Value): void {
  const isNode = entity instanceof NodeRef;
  checkKey(isNode ? 'node' : 'relationship', key);
  const stored = storable(value, key);
  const g = ctx.graph;
  if (stored === undefined) {
    if (entity.attrs[key] === undefined) return;
    if (isNode) g.removeNodeAttribute(entity.key, key);
    else g.removeEdgeAttribute(entity.key, key);
  } else if (isNode) g.setNodeAttribute(entity.key, key, stored as never);
  else g.setEdgeAttribute(entity.key, key, stored as never);
  ctx.stats.propertiesSet++;
}

export function applySetItem(ctx: ExecContext, c: CompiledSetItem): void {
  const f = ctx.frame;
  const item = c.item;
  const entity = entityOf(c.target(f), 'SET');
  if (entity === null) return;
  switch (item.kind) {
    case 'setProperty':
      setProperty(ctx, entity, item.key, c.value!(f));
      return;
    case 'setAll': {
      const v = c.value!(f);
      const source = v instanceof NodeRef || v instanceof RelRef ? propertiesOf(v) : v;
      if (source !== null && !isMap(source)) throw runtimeError('TypeError', 'InvalidArgumentType', `SET … = needs a map, got ${typeOf(v)} ${formatValue(v)}`);
      if (!item.merge) {
        const keep = source ?? {};
        for (const key of Object.keys(propertiesOf(entity))) {
          if (!(key in keep)) setProperty(ctx, entity, key, null);
        }
      }
      for (const key of Object.keys(source ?? {})) setProperty(ctx, entity, key, (source as Record<string, Value>)[key]!);
      return;
    }
    case 'setLabels': {
      if (!(entity instanceof NodeRef)) throw runtimeError('TypeError', 'InvalidArgumentType', 'labels can only be set on nodes');
      const labels = labelsOf(entity);
      const added = item.labels.filter((l, i) => !labels.includes(l) && item.labels.indexOf(l) === i);
      if (added.length === 0) return;
      ctx.graph.setNodeAttribute(entity.key, LABELS_ATTRIBUTE, [...labels, ...added]);
      ctx.stats.labelsAdded += added.length;
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
      if (item.kind === 'removeProperty') {
        setProperty(this.ctx, entity, item.key, null);
      } else if (entity instanceof NodeRef) {
        const labels = labelsOf(entity);
        const kept = labels.filter((l) => !item.labels.includes(l));
        if (kept.length !== labels.length) {
          this.ctx.graph.setNodeAttribute(entity.key, LABELS_ATTRIBUTE, kept);
          this.ctx.stats.labelsRemoved += labels.length - kept.length;
        }
      }
    }
    return true;
  }
  reset(): void {
    this.input.reset();
  }
}

/**
 * DELETE: reads all its input, then deletes relationships before nodes (so `DELETE r, a` works in
 * any order), refusing to delete a node that still has relationships unless DETACH.
 */
export class DeleteOp implements PhysicalOperator {
  private rows: Value[][] | null = null;
  private i = 0;
  constructor(
    private readonly ctx: ExecContext,
    private readonly input: PhysicalOperator,
    private readonly exprs: Compiled[],
    private readonly detach: boolean,
  ) {}
  next(): boolean {
    const f = this.ctx.frame;
    if (this.rows === null) {
      const rows: Value[][] = [];
      const nodes = new Set<NodeRef>();
      const rels = new Set<RelRef>();
      const collect = (v: Value) => {
        if (v === null) return;
        if (v instanceof NodeRef) nodes.add(v);
        else if (v instanceof RelRef) rels.add(v);
        else if (v instanceof PathValue) {
          v.rels.forEach((r) => rels.add(r));
          v.nodes.forEach((n) => nodes.add(n));
        } else throw runtimeError('TypeError', 'InvalidArgumentType', `DELETE expects nodes, relationships or paths, got ${typeOf(v)} ${formatValue(v)}`);
      };
      while (this.input.next()) {
        this.ctx.buffer();
        for (const e of this.exprs) collect(e(f));
        rows.push(f.slice());
      }
      const g = this.ctx.graph;
      for (const r of rels) {
        if (r.deleted || !g.hasEdge(r.key)) continue;
        g.dropEdge(r.key);
        this.ctx.stats.relationshipsDeleted++;
      }
      for (const n of nodes) {
        if (n.deleted || !g.hasNode(n.key)) continue;
        const degree = g.degree(n.key);
        if (degree > 0 && !this.detach) {
          throw runtimeError('ConstraintValidationFailed', 'DeleteConnectedNode', `cannot delete a node that still has ${degree} relationship${degree === 1 ? '' : 's'}: use DETACH DELETE`);
        }
        this.ctx.stats.relationshipsDeleted += degree;
        g.dropNode(n.key);
        this.ctx.stats.nodesDeleted++;
      }
      this.rows = rows;
      this.i = 0;
    }
    if (this.i >= this.rows.length) return false;
    const row = this.rows[this.i++]!;
    for (let s = 0; s < row.length; s++) f[s] = row[s]!;
    return true;
  }
  reset(): void {
    this.input.reset();
    this.rows = null;
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
      if (found.length > 0) {
        this.pending = found;
        this.i = 0;
        continue;
      }
      this.pending = [];
      this.i = 0;
      createPart(this.ctx, this.part, new Set());
      for (const item of this.onCreate) applySetItem(this.ctx, item);
      return true;
    }
  }
  reset(): void {
    this.input.reset();
    this.pending = [];
    this.i = 0;
  }
}
