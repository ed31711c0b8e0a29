/**
 * The binder: AST -> bound query. Walks the clauses in order with the variables in scope, and
 * raises every error openCypher defines as a compile-time error before anything runs.
 */
import { bindCallClause } from './bind-call.ts';
import { semanticError, syntaxError } from '../errors.ts';
import type * as A from '../parse/ast.ts';
import type { BExpr, BoundClause, BoundQuery, BoundSingleQuery, BRemoveItem, BSetItem } from './bound.ts';
import { bindExpr, compatible, fail, requireBoolean } from './bind-expression.ts';
import type { Env, SubqueryBinder } from './bind-expression.ts';
import { bindPattern } from './bind-pattern.ts';
import { bindProjection } from './bind-projection.ts';
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
          const { bound, scope: next } = bindProjection(clause.projection, clause, scope, base, (sc, patterns) => this.env(sc, patterns));
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
            if (e.kind === 'hasLabels') throw fail('InvalidDelete', 'DELETE removes nodes and relationships; to take a label off a node, use REMOVE n:Label', e);
            const bound = bindExpr(e, this.env(scope));
            if (!compatible(bound.t, ['NODE', 'RELATIONSHIP', 'PATH'])) {
              throw fail('InvalidArgumentType', `DELETE expects nodes, relationships or paths, got ${bound.t.toLowerCase()}`, e);
            }
            return bound;
          });
          clauses.push({ kind: 'delete', detach: clause.detach, exprs });
          break;
        }
        case 'createIndex':
          // Nothing to do: the engine indexes by itself.
          break;
        case 'call': {
          const standalone = query.clauses.length === 1 && !subquery;
          const call = bindCallClause(clause, this.env(scope), standalone);
          clauses.push(call.clause);
          if (standalone) {
            columns = call.columns;
            outputSlots = call.outputSlots;
          }
          break;
        }
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
}
