/**
 * The planner: bound query -> logical plan. Clauses stack on each other (each operator runs for
 * every row of its input); OPTIONAL MATCH and subqueries run an inner plan per row; writes are
 * fenced by Eager so reads never see the query's own writes half-done and every write happens even
 * when a later LIMIT stops reading.
 */
import type { BExpr, BMatch, BoundClause, BoundQuery, BProjection } from '../bind/bound.ts';
import { children } from '../bind/expression-tools.ts';
import type { LogicalOperator } from './logical.ts';
import { planMatch, planPatternAsMatch } from './plan-match.ts';
import type { PlannerStats } from './planner-stats.ts';
import { countPushdown } from './count-pushdown.ts';

const ARGUMENT: LogicalOperator = { op: 'Argument' };

export function planQuery(query: BoundQuery, stats: PlannerStats): LogicalOperator {
  const planner = new Planner(stats);
  const plans = query.parts.map((part) => planner.planClauses(part.clauses, { op: 'Argument' }));
  if (plans.length === 1) {
    return { op: 'Produce', input: plans[0]!, slots: query.parts[0]!.outputSlots, columns: query.columns };
  }
  let plan: LogicalOperator = { op: 'Union', inputs: plans, outputs: query.parts.map((p) => p.outputSlots), slots: query.unionSlots };
  if (!query.unionAll[0]) plan = { op: 'Distinct', input: plan, slots: query.unionSlots };
  return { op: 'Produce', input: plan, slots: query.unionSlots, columns: query.columns };
}

class Planner {
  constructor(private readonly stats: PlannerStats) {}

  planClauses(clauses: BoundClause[], leaf: LogicalOperator): LogicalOperator {
    let plan = leaf;
    for (let i = 0; i < clauses.length; i++) {
      const clause = clauses[i]!;
      this.planSubqueriesOf(clause);
      const last = i === clauses.length - 1;
      /** Writes complete before the next clause reads (and even if a later LIMIT stops early). */
      const fence = (op: LogicalOperator): LogicalOperator => (last ? op : { op: 'Eager', input: op });
      switch (clause.kind) {
        case 'match': {
          const next = clauses[i + 1];
          if (!clause.optional && plan === leaf && next?.kind === 'projection') {
            const pushed = countPushdown(clause, next, plan);
            if (pushed) {
              this.planSubqueriesOf(next);
              plan = this.planProjection(pushed, next, true);
              i++;
              break;
            }
          }
          plan = clause.optional ? this.planOptional(clause, plan) : planMatch(clause, plan, this.stats);
          break;
        }
        case 'unwind':
          plan = { op: 'Unwind', input: plan, expr: clause.expr, slot: clause.slot };
          break;
        case 'projection':
          plan = this.planProjection(plan, clause, false);
          break;
        case 'create':
          plan = fence({ op: 'Create', input: eagerIfReads(plan), parts: clause.parts });
          break;
        case 'merge': {
          const match = planPatternAsMatch(clause.part, clause.introduced, ARGUMENT, this.stats);
          plan = fence({ op: 'Merge', input: eagerIfReads(plan), match, part: clause.part, onMatch: clause.onMatch, onCreate: clause.onCreate, introduced: clause.introduced });
          break;
        }
        case 'set':
          plan = fence({ op: 'SetItems', input: eagerIfReads(plan), items: clause.items });
          break;
        case 'remove':
          plan = fence({ op: 'Remove', input: eagerIfReads(plan), items: clause.items });
          break;
        case 'delete':
          plan = fence({ op: 'Delete', input: eagerIfReads(plan), exprs: clause.exprs, detach: clause.detach });
          break;
        case 'call': {
          // The procedure's rows, unwound; then each yielded output read out of its row.
          plan = { op: 'Unwind', input: plan, expr: clause.expr, slot: clause.rowSlot };
          const items = clause.yields.map((y) => ({ slot: y.slot, expr: { k: 'prop', obj: { k: 'slot', slot: clause.rowSlot, name: y.output, t: 'MAP', at: 0 }, key: y.output, t: 'ANY', at: 0 } as BExpr }));
          if (items.length > 0) plan = { op: 'Project', input: plan, items };
          if (clause.where) plan = { op: 'Filter', input: plan, predicate: clause.where };
          break;
        }
      }
    }
    return plan;
  }

  private planOptional(clause: BMatch, input: LogicalOperator): LogicalOperator {
    const inner = planMatch(clause, ARGUMENT, this.stats);
    const nullSlots = [...clause.introduced, ...clause.parts.flatMap((p) => (p.pathSlot === null ? [] : [p.pathSlot]))];
    return { op: 'Optional', input, inner, nullSlots: [...new Set(nullSlots)] };
  }

  /** `aggregated`: the input already produced the grouped rows (count pushdown). */
  private planProjection(input: LogicalOperator, p: BProjection, aggregated: boolean): LogicalOperator {
    let plan = input;
    if (p.aggregation) {
      if (!aggregated) plan = { op: 'Aggregate', input: plan, keys: p.aggregation.keys, aggregates: p.aggregation.aggregates };
      const keySlots = new Set(p.aggregation.keys.map((k) => k.slot));
      const computed = p.items.filter((item) => !keySlots.has(item.slot));
      if (computed.length > 0) plan = { op: 'Project', input: plan, items: computed.map(({ slot, expr }) => ({ slot, expr })) };
    } else {
      plan = { op: 'Project', input: plan, items: p.items.map(({ slot, expr }) => ({ slot, expr })) };
    }
    if (p.distinct) plan = { op: 'Distinct', input: plan, slots: p.items.map((i) => i.slot) };
    if (p.orderBy.length > 0) {
      if (p.limit) {
        const limit: BExpr = p.skip ? { k: 'arith', op: '+', a: p.skip, b: p.limit, t: 'INTEGER', at: p.limit.at } : p.limit;
        plan = { op: 'Top', input: plan, keys: p.orderBy, limit, slots: p.liveSlots };
      } else {
        plan = { op: 'Sort', input: plan, keys: p.orderBy, slots: p.liveSlots };
      }
    }
    if (p.skip) plan = { op: 'Skip', input: plan, count: p.skip };
    if (p.limit) plan = { op: 'Limit', input: plan, count: p.limit };
    if (p.where) plan = { op: 'Filter', input: plan, predicate: p.where };
    return plan;
  }

  /** Plans the subqueries (pattern predicates, comprehensions, EXISTS) inside a clause's expressions. */
  private planSubqueriesOf(clause: BoundClause): void {
    const visit = (e: BExpr | null | undefined): void => {
      if (!e) return;
      if ((e.k === 'exists' || e.k === 'patternComp') && e.sub.plan === undefined) {
        e.sub.plan = this.planClauses(e.sub.clauses, { op: 'Argument' });
      }
      for (const c of children(e)) visit(c);
    };
    switch (clause.kind) {
      case 'match':
        visit(clause.where);
        clause.parts.forEach((p) => {
          p.nodes.forEach((n) => visit(n.properties));
          p.rels.forEach((r) => visit(r.properties));
        });
        break;
      case 'unwind':
        visit(clause.expr);
        break;
      case 'call':
        visit(clause.expr);
        visit(clause.where);
        break;
      case 'projection':
        clause.items.forEach((i) => visit(i.expr));
        clause.aggregation?.keys.forEach((k) => visit(k.expr));
        clause.aggregation?.aggregates.forEach((a) => a.args.forEach(visit));
        clause.orderBy.forEach((o) => visit(o.expr));
        visit(clause.skip);
        visit(clause.limit);
        visit(clause.where);
        break;
      case 'create':
        clause.parts.forEach((p) => {
          p.nodes.forEach((n) => visit(n.properties));
          p.rels.forEach((r) => visit(r.properties));
        });
        break;
      case 'merge':
        clause.part.nodes.forEach((n) => visit(n.properties));
        clause.part.rels.forEach((r) => visit(r.properties));
        [...clause.onMatch, ...clause.onCreate].forEach((item) => {
          visit(item.target);
          if (item.kind !== 'setLabels') visit(item.value);
        });
        break;
      case 'set':
        clause.items.forEach((item) => {
          visit(item.target);
          if (item.kind !== 'setLabels') visit(item.value);
        });
        break;
      case 'remove':
        clause.items.forEach((item) => visit(item.target));
        break;
      case 'delete':
        clause.exprs.forEach(visit);
        break;
    }
  }
}

/** Reads before a write finish first (a write must not change what its own input reads). */
function eagerIfReads(plan: LogicalOperator): LogicalOperator {
  return plan.op === 'Argument' ? plan : { op: 'Eager', input: plan };
}
