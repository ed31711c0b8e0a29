/**
 * The binder: AST -> bound query. Walks the clauses in order with the variables in scope, and
 * raises every error openCypher defines as a compile-time error before anything runs.
 */
import { semanticError, syntaxError } from '../errors.ts';
import type * as A from '../parse/ast.ts';
import type { StaticType } from '../functions/types.ts';
import type {
  BAggregate,
  BExpr,
  BoundClause,
  BoundQuery,
  BoundSingleQuery,
  BProjection,
  BRemoveItem,
  BSetItem,
  BSortKey,
} from './bound.ts';
import { bindExpr, compatible, fail, requireBoolean } from './bind-expression.ts';
import type { Env, SubqueryBinder } from './bind-expression.ts';
import { bindPattern } from './bind-pattern.ts';
import { exprKey, collectSlots, replaceKeys } from './expression-tools.ts';
import { Scope, Slots } from './scope.ts';

const WRITE_CLAUSES = new Set(['create', 'merge', 'set', 'delete', 'remove']);

export function bindQuery(query: A.Query): BoundQuery {
  const slots = new Slots();
  const binder = new Binder(slots);
  if (query.unionAll.length > 0 && new Set(query.unionAll).size > 1) {
    throw syntaxError('InvalidClauseComposition', 'UNION and UNION ALL cannot be mixed in one query', query.start);
  }
  const names = new Map<number, string>();
  const parts = query.parts.map((part) => binder.bindSingle(part, new Scope(null, names), false));
  const columns = parts[0]!.columns;
  parts.forEach((part, i) => {
    if (i > 0 && (part.columns.length !== columns.length || part.columns.some((c, j) => c !== columns[j]))) {
      throw semanticError('DifferentColumnsInUnion', `all parts of a UNION must return the same columns (${columns.join(', ')} vs ${part.columns.join(', ')})`, query.parts[i]!.start);
    }
  });
  const unionSlots = parts.length > 1 ? columns.map(() => slots.next()) : [];
  const isWrite = query.parts.some((p) => p.clauses.some((c) => WRITE_CLAUSES.has(c.kind)));
  unionSlots.forEach((slot, i) => names.set(slot, columns[i]!));
  return { parts, unionAll: query.unionAll, columns, slotCount: slots.count, unionSlots, isWrite, names, parameters: [...slots.parameters] };
}

class Binder implements SubqueryBinder {
  constructor(private readonly slots: Slots) {}

  private env(scope: Scope, patterns = false): Env {
    return { scope, slots: this.slots, subqueries: this, aggregates: null, inAggregate: false, patterns };
  }

  /** `subquery`: inside EXISTS { … }: no updates, RETURN optional. */
  bindSingle(query: A.SingleQuery, base: Scope, subquery: boolean): BoundSingleQuery {
    let scope = base.child();
    const clauses: BoundClause[] = [];
    let columns: string[] = [];
    let outputSlots: number[] = [];
    query.clauses.forEach((clause, i) => {
      const last = i === query.clauses.length - 1;
      if (subquery && WRITE_CLAUSES.has(clause.kind)) {
        throw syntaxError('InvalidClauseComposition', `${clause.kind.toUpperCase()} is not allowed in a subquery`, clause.start);
      }
      switch (clause.kind) {
        case 'match': {
          clauses.push(this.bindMatch(clause, scope));
          break;
        }
        case 'unwind': {
          const expr = bindExpr(clause.expr, this.env(scope));
          if (scope.lookup(clause.variable.name)) {
            throw fail('VariableAlreadyBound', `\`${clause.variable.name}\` is already bound`, clause.variable);
          }
          const slot = this.slots.next();
          scope.declare({ name: clause.variable.name, slot, type: 'ANY' });
          clauses.push({ kind: 'unwind', expr, slot });
          break;
        }
        case 'with':
        case 'return': {
          if (clause.kind === 'return' && !last) {
            throw syntaxError('InvalidClauseComposition', 'RETURN must be the last clause (use WITH to go on)', query.clauses[i + 1]!.start);
          }
          const { bound, scope: next } = this.bindProjection(clause.projection, clause, scope, base);
          clauses.push(bound);
          scope = next;
          if (clause.kind === 'return') {
            columns = bound.items.map((item) => item.name);
            outputSlots = bound.items.map((item) => item.slot);
          }
          break;
        }
        case 'create': {
          const pattern = bindPattern(clause.pattern, this.env(scope), 'create');
          clauses.push({ kind: 'create', parts: pattern.parts });
          break;
        }
        case 'merge': {
          const pattern = bindPattern([clause.pattern], this.env(scope), 'merge');
          clauses.push({
            kind: 'merge',
            part: pattern.parts[0]!,
            onMatch: clause.onMatch.map((item) => this.bindSetItem(item, scope)),
            onCreate: clause.onCreate.map((item) => this.bindSetItem(item, scope)),
            introduced: pattern.introduced,
          });
          break;
        }
        case 'set':
          clauses.push({ kind: 'set', items: clause.items.map((item) => this.bindSetItem(item, scope)) });
          break;
        case 'remove':
          clauses.push({ kind: 'remove', items: clause.items.map((item) => this.bindRemoveItem(item, scope)) });
          break;
        case 'delete': {
          const exprs = clause.exprs.map((e) => {
            const bound = bindExpr(e, this.env(scope));
            if (!compatible(bound.t, ['NODE', 'RELATIONSHIP', 'PATH'])) {
              throw fail('InvalidArgumentType', `DELETE expects nodes, relationships or paths, got ${bound.t.toLowerCase()}`, e);
            }
            return bound;
          });
          clauses.push({ kind: 'delete', detach: clause.detach, exprs });
          break;
        }
        case 'call':
          throw syntaxError('UnsupportedClause', 'CALL (procedures and subqueries) is not supported', clause.start);
      }
    });
    const lastClause = query.clauses[query.clauses.length - 1]!;
    if (!subquery && (lastClause.kind === 'match' || lastClause.kind === 'with' || lastClause.kind === 'unwind')) {
      throw syntaxError(
        'InvalidClauseComposition',
        `a query cannot end with ${lastClause.kind.toUpperCase()}: finish it with RETURN (or an update such as CREATE)`,
        lastClause.end,
      );
    }
    return { clauses, columns, outputSlots };
  }

  private bindMatch(clause: A.MatchClause, scope: Scope): BoundClause {
    const env = this.env(scope);
    const pattern = bindPattern(clause.pattern, env, 'match');
    let where: BExpr | null = null;
    if (clause.where) {
      where = bindExpr(clause.where, this.env(scope, true));
      requireBoolean(where, 'WHERE', clause.where);
    }
    return { kind: 'match', optional: clause.optional, parts: pattern.parts, where, introduced: pattern.introduced };
  }

  bindPatternSubquery(pattern: A.PatternPart[], where: A.Expr | null, env: Env, newVariables: boolean): { clauses: BoundClause[]; scope: Scope } {
    const scope = env.scope.child();
    const inner: Env = { ...env, scope, aggregates: null, patterns: false };
    const bound = bindPattern(pattern, inner, 'match', newVariables);
    let boundWhere: BExpr | null = null;
    if (where) {
      boundWhere = bindExpr(where, { ...inner, patterns: true });
      requireBoolean(boundWhere, 'WHERE', where);
    }
    return { clauses: [{ kind: 'match', optional: false, parts: bound.parts, where: boundWhere, introduced: bound.introduced }], scope };
  }

  bindQuerySubquery(query: A.Query, env: Env): BoundClause[] {
    if (query.parts.length > 1) throw syntaxError('UnsupportedClause', 'UNION inside EXISTS { } is not supported', query.start);
    return this.bindSingle(query.parts[0]!, env.scope, true).clauses;
  }

  private bindSetItem(item: A.SetItem, scope: Scope): BSetItem {
    const env = this.env(scope);
    switch (item.kind) {
      case 'setProperty': {
        const target = bindExpr(item.target.object, env);
        if (!compatible(target.t, ['NODE', 'RELATIONSHIP'])) throw fail('InvalidArgumentType', 'SET needs a node or a relationship', item.target);
        return { kind: 'setProperty', target, key: item.target.key, value: bindExpr(item.value, env) };
      }
      case 'setVariable': {
        const target = bindExpr({ kind: 'variable', name: item.variable.name, start: item.variable.start, end: item.variable.end }, env);
        if (!compatible(target.t, ['NODE', 'RELATIONSHIP'])) throw fail('InvalidArgumentType', 'SET needs a node or a relationship', item.variable);
        return { kind: 'setAll', target, value: bindExpr(item.value, env), merge: item.merge };
      }
      case 'setLabels': {
        const target = bindExpr({ kind: 'variable', name: item.variable.name, start: item.variable.start, end: item.variable.end }, env);
        if (!compatible(target.t, ['NODE'])) throw fail('InvalidArgumentType', 'labels can only be set on nodes', item.variable);
        return { kind: 'setLabels', target, labels: item.labels.map((l) => l.name) };
      }
    }
  }

  private bindRemoveItem(item: A.RemoveItem, scope: Scope): BRemoveItem {
    const env = this.env(scope);
    if (item.kind === 'removeProperty') {
      const target = bindExpr(item.target.object, env);
      if (!compatible(target.t, ['NODE', 'RELATIONSHIP'])) throw fail('InvalidArgumentType', 'REMOVE needs a node or a relationship', item.target);
      return { kind: 'removeProperty', target, key: item.target.key };
    }
    const target = bindExpr({ kind: 'variable', name: item.variable.name, start: item.variable.start, end: item.variable.end }, env);
    if (!compatible(target.t, ['NODE'])) throw fail('InvalidArgumentType', 'labels can only be removed from nodes', item.variable);
    return { kind: 'removeLabels', target, labels: item.labels.map((l) => l.name) };
  }

  private bindProjection(
    projection: A.Projection,
    clause: A.WithClause | A.ReturnClause,
    scope: Scope,
    base: Scope,
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
    const env: Env = { ...this.env(scope), aggregates };
    const boundItems = items.map((item) => {
      const before = aggregates.length;
      const expr = bindExpr(item.expr, env);
      return { name: item.name, expr, slot: this.slots.next(), aggregating: aggregates.length > before, node: item.node };
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
      let expr = bindExpr(sort.expr, { ...this.env(orderScope), aggregates: aggregating ? aggregates : null });
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
      const bound = bindExpr(e, this.env(orderScope));
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
      where = bindExpr(clause.where, this.env(aggregating ? next : orderScope, true));
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
}
