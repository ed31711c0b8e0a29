/** Small structural tools over bound expressions, used by the binder and the planner. */
import type { BExpr, BoundClause, BPatternPart } from './bound.ts';

/** A structural key: equal for expressions that compute the same thing. */
export function exprKey(e: BExpr): string {
  return JSON.stringify(e, (key, value) => {
    if (key === 'at' || key === 't' || key === 'plan') return undefined;
    if (key === 'fn') return (value as { name: string }).name;
    if (typeof value === 'bigint') return `${value}n`;
    return value;
  });
}

/** Direct sub-expressions (not those inside subqueries). */
export function children(e: BExpr): BExpr[] {
  switch (e.k) {
    case 'const':
    case 'param':
    case 'slot':
      return [];
    case 'prop':
    case 'hasLabels':
      return [e.obj];
    case 'index':
      return [e.obj, e.index];
    case 'slice':
      return [e.obj, ...(e.from ? [e.from] : []), ...(e.to ? [e.to] : [])];
    case 'list':
      return e.items;
    case 'map':
      return e.values;
    case 'mapProjection':
      return [e.obj, ...e.items.flatMap((i) => (i.kind === 'entry' ? [i.value] : []))];
    case 'not':
    case 'neg':
      return [e.x];
    case 'isNull':
      return [e.x];
    case 'arith':
    case 'logic':
    case 'strOp':
    case 'in':
    case 'regex':
      return [e.a, e.b];
    case 'cmp':
      return e.operands;
    case 'case':
      return [...(e.test ? [e.test] : []), ...e.whens, ...e.thens, ...(e.otherwise ? [e.otherwise] : [])];
    case 'call':
      return e.args;
    case 'listComp':
      return [e.list, ...(e.where ? [e.where] : []), ...(e.map ? [e.map] : [])];
    case 'quantifier':
      return [e.list, ...(e.where ? [e.where] : [])];
    case 'reduce':
      return [e.init, e.list, e.expr];
    case 'exists':
      return [];
    case 'patternComp':
      return [e.map];
  }
}

/** Every slot an expression reads, including inside its subqueries. */
export function collectSlots(e: BExpr, out: number[] = []): number[] {
  if (e.k === 'slot') out.push(e.slot);
  for (const c of children(e)) collectSlots(c, out);
  if (e.k === 'exists' || e.k === 'patternComp') for (const clause of e.sub.clauses) clauseSlots(clause, out);
  return out;
}

function partSlots(part: BPatternPart, out: number[]): void {
  for (const n of part.nodes) {
    if (n.bound) out.push(n.slot);
    if (n.properties) collectSlots(n.properties, out);
  }
  for (const r of part.rels) {
    if (r.bound) out.push(r.slot);
    if (r.properties) collectSlots(r.properties, out);
  }
}

/** Slots a clause reads from before it (used to know what a subquery needs from outside). */
export function clauseSlots(clause: BoundClause, out: number[] = []): number[] {
  switch (clause.kind) {
    case 'match':
      clause.parts.forEach((p) => partSlots(p, out));
      if (clause.where) collectSlots(clause.where, out);
      break;
    case 'unwind':
      collectSlots(clause.expr, out);
      break;
    case 'projection':
      clause.items.forEach((i) => collectSlots(i.expr, out));
      clause.aggregation?.aggregates.forEach((a) => a.args.forEach((x) => collectSlots(x, out)));
      clause.orderBy.forEach((o) => collectSlots(o.expr, out));
      if (clause.where) collectSlots(clause.where, out);
      break;
    default:
      break;
  }
  return out;
}

/**
 * Replaces sub-expressions found in `keys` (by exprKey) with a read of the given slot. By default
 * only variables and property reads are matched (openCypher's rule for grouping keys); `any`
 * matches any sub-expression (DISTINCT).
 */
export function replaceKeys(e: BExpr, keys: Map<string, number>, any = false): BExpr {
  if (keys.size === 0) return e;
  if (any || e.k === 'slot' || e.k === 'prop') {
    const slot = keys.get(exprKey(e));
    if (slot !== undefined) return { k: 'slot', slot, name: 'key', t: e.t, at: e.at };
  }
  return mapChildren(e, (c) => replaceKeys(c, keys, any));
}

/** A copy of `e` with each direct child replaced by `f(child)`. */
export function mapChildren(e: BExpr, f: (c: BExpr) => BExpr): BExpr {
  switch (e.k) {
    case 'const':
    case 'param':
    case 'slot':
    case 'exists':
      return e;
    case 'prop':
      return { ...e, obj: f(e.obj) };
    case 'hasLabels':
      return { ...e, obj: f(e.obj) };
    case 'index':
      return { ...e, obj: f(e.obj), index: f(e.index) };
    case 'slice':
      return { ...e, obj: f(e.obj), from: e.from && f(e.from), to: e.to && f(e.to) };
    case 'list':
      return { ...e, items: e.items.map(f) };
    case 'map':
      return { ...e, values: e.values.map(f) };
    case 'mapProjection':
      return { ...e, obj: f(e.obj), items: e.items.map((i) => (i.kind === 'entry' ? { ...i, value: f(i.value) } : i)) };
    case 'not':
    case 'neg':
      return { ...e, x: f(e.x) };
    case 'isNull':
      return { ...e, x: f(e.x) };
    case 'arith':
    case 'logic':
    case 'strOp':
    case 'in':
    case 'regex':
      return { ...e, a: f(e.a), b: f(e.b) } as BExpr;
    case 'cmp':
      return { ...e, operands: e.operands.map(f) };
    case 'case':
      return { ...e, test: e.test && f(e.test), whens: e.whens.map(f), thens: e.thens.map(f), otherwise: e.otherwise && f(e.otherwise) };
    case 'call':
      return { ...e, args: e.args.map(f) };
    case 'listComp':
      return { ...e, list: f(e.list), where: e.where && f(e.where), map: e.map && f(e.map) };
    case 'quantifier':
      return { ...e, list: f(e.list), where: e.where && f(e.where) };
    case 'reduce':
      return { ...e, init: f(e.init), list: f(e.list), expr: f(e.expr) };
    case 'patternComp':
      return { ...e, map: f(e.map) };
  }
}
