/**
 * WITH and RETURN: the projected items (aggregates collected and grouping keys found), the new
 * scope, and ORDER BY, SKIP, LIMIT and WITH … WHERE with openCypher's scoping rules for each.
 */
import { semanticError } from '../errors.ts';
import type * as A from '../parse/ast.ts';
import type { StaticType } from '../functions/types.ts';
import type { BAggregate, BExpr, BProjection, BSortKey } from './bound.ts';
import { bindExpr, compatible, fail, requireBoolean } from './bind-expression.ts';
import type { Env } from './bind-expression.ts';
import { collectSlots, exprKey, replaceKeys } from './expression-tools.ts';
import type { Scope } from './scope.ts';

export function bindProjection(
projection: A.Projection,
clause: A.WithClause | A.ReturnClause,
scope: Scope,
base: Scope,
envOf: (scope: Scope, patterns?: boolean) => Env,
): { bound: BProjection; scope: Scope } {
  const isReturn = clause.kind === 'return';
  const oldSlots = new Set(scope.all().map((v) => v.slot));
  const items: { name: string; expr: A.Expr; node: A.Span }[] = [];
  if (projection.star) {
    const visible = scope.all().filter((v) => !base.lookup(v.name) || scope.has(v.name));
    if (isReturn && visible.length === 0 && projection.items.length === 0) {
      throw semanticError('NoVariablesInScope', `${isReturn ? 'RETURN' : 'WITH'} * has no variables to project`, clause.start);
    }
    for (const v of visible.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      items.push({ name: v.name, expr: { kind: 'variable', name: v.name, start: clause.start, end: clause.start }, node: clause });
    }
  }
  for (const item of projection.items) {
    if (!isReturn && item.alias === null && item.expr.kind !== 'variable') {
      throw semanticError('NoExpressionAlias', `expression \`${item.text}\` in WITH needs an alias (… AS name)`, item.start);
    }
    const name = item.alias?.name ?? (item.expr.kind === 'variable' ? item.expr.name : item.text);
    items.push({ name, expr: item.expr, node: item });
  }
  const names = new Set<string>();
  for (const item of items) {
    if (names.has(item.name)) throw semanticError('ColumnNameConflict', `column \`${item.name}\` appears twice`, item.node.start);
    names.add(item.name);
  }

  const aggregates: BAggregate[] = [];
  const env: Env = { ...envOf(scope), aggregates };
  const boundItems = items.map((item) => {
    const before = aggregates.length;
    const expr = bindExpr(item.expr, env);
    return { name: item.name, expr, slot: envOf(scope).slots.next(), aggregating: aggregates.length > before, node: item.node };
  });
  const aggregating = aggregates.length > 0;

  const keyMap = new Map<string, number>();
  const keys = boundItems.filter((i) => !i.aggregating);
  if (aggregating) for (const key of keys) if (key.expr.k === 'slot' || key.expr.k === 'prop') keyMap.set(exprKey(key.expr), key.slot);
  const aggSlots = new Set(aggregates.map((a) => a.slot));
  const keyExprSlots = new Set(keys.flatMap((k) => collectSlots(k.expr)));

  /** Aggregating context: references to the old scope must go through grouping keys. */
  const checkAggregating = (expr: BExpr, node: A.Span, inOrderBy: boolean): BExpr => {
    const rewritten = replaceKeys(expr, keyMap);
    for (const slot of collectSlots(rewritten)) {
      if (!oldSlots.has(slot) || aggSlots.has(slot)) continue;
      if (inOrderBy && !keyExprSlots.has(slot)) throw fail('UndefinedVariable', 'ORDER BY after an aggregation can only use the projected columns', node);
      throw fail('AmbiguousAggregationExpression', 'an expression mixing aggregates and values must use only grouping keys (the projected non-aggregate values) outside the aggregates', node);
    }
    return rewritten;
  };

  for (const item of boundItems) if (aggregating && item.aggregating) item.expr = checkAggregating(item.expr, item.node, false);

  // The new scope: the projected names (and, in subqueries, the outer variables).
  const next = base.child();
  for (const item of boundItems) next.declare({ name: item.name, slot: item.slot, type: item.expr.t as StaticType });

  // ORDER BY sees the projected names first, then (without DISTINCT or aggregation) the old ones.
  const orderScope = scope.child();
  for (const item of boundItems) orderScope.declare({ name: item.name, slot: item.slot, type: item.expr.t });
  const itemMap = new Map<string, number>();
  if (projection.distinct) for (const item of boundItems) itemMap.set(exprKey(item.expr), item.slot);
  const itemSlots = new Set(boundItems.map((i) => i.slot));
  const orderBy: BSortKey[] = (projection.orderBy ?? []).map((sort) => {
    let expr = bindExpr(sort.expr, { ...envOf(orderScope), aggregates: aggregating ? aggregates : null });
    if (aggregating) {
      expr = checkAggregating(expr, sort.expr, true);
    } else if (projection.distinct) {
      expr = replaceKeys(expr, itemMap, true);
      for (const slot of collectSlots(expr)) {
        if (oldSlots.has(slot) && !itemSlots.has(slot)) {
          throw fail('UndefinedVariable', 'ORDER BY after DISTINCT can only use the projected columns', sort.expr);
        }
      }
    }
    return { expr, descending: sort.descending };
  });

  const constant = (e: A.Expr | null, what: string): BExpr | null => {
    if (e === null) return null;
    const bound = bindExpr(e, envOf(orderScope));
    if (collectSlots(bound).length > 0) throw fail('NonConstantExpression', `${what} must not depend on variables`, e);
    if (bound.k === 'const') {
      const v = bound.v;
      if (typeof v === 'number' && Number.isSafeInteger(v)) {
        if (v < 0) throw fail('NegativeIntegerArgument', `${what} must not be negative, got ${v}`, e);
      } else if (typeof v === 'bigint') {
        if (v < 0n) throw fail('NegativeIntegerArgument', `${what} must not be negative`, e);
      } else {
        throw fail('InvalidArgumentType', `${what} must be an integer`, e);
      }
    } else if (!compatible(bound.t, ['INTEGER'])) {
      throw fail('InvalidArgumentType', `${what} must be an integer`, e);
    }
    return bound;
  };
  const skip = constant(projection.skip, 'SKIP');
  const limit = constant(projection.limit, 'LIMIT');

  let where: BExpr | null = null;
  if (clause.kind === 'with' && clause.where) {
    // Without aggregation, WHERE also sees the variables from before the WITH.
    where = bindExpr(clause.where, envOf(aggregating ? next : orderScope, true));
    requireBoolean(where, 'WHERE', clause.where);
  }

  const bound: BProjection = {
    kind: 'projection',
    isReturn,
    items: boundItems.map(({ name, expr, slot }) => ({ name, expr, slot })),
    distinct: projection.distinct,
    aggregation: aggregating ? { keys: keys.map((k) => ({ expr: k.expr, slot: k.slot })), aggregates } : null,
    orderBy,
    skip,
    limit,
    where,
    liveSlots: [...boundItems.map((i) => i.slot), ...base.all().map((v) => v.slot)],
  };
  return { bound, scope: next };
}
