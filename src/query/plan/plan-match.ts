/**
 * MATCH planning: choose where each connected part of the pattern starts (an equality index seek,
 * else the smallest label, else all nodes), expand relationship by relationship (cheapest first,
 * closing cycles as soon as both ends are bound), and apply every predicate right after the
 * operator that binds the last variable it reads.
 */
import type { BExpr, BMatch, BNode, BPatternPart, BRel } from '../bind/bound.ts';
import { collectSlots } from '../bind/expression-tools.ts';
import { propertiesMatchFunction } from '../functions/internal-functions.ts';
import type { ExpandSpec, LogicalOperator, RangeBound } from './logical.ts';
import type { PlannerStats } from './planner-stats.ts';

interface Predicate {
  expr: BExpr;
  deps: number[];
  done: boolean;
}

interface Equality {
  node: number;
  key: string;
  value: BExpr;
  deps: number[];
  predicate: Predicate;
}

/** A predicate an ordered index can narrow: `n.key STARTS WITH v`, `n.key > v`, … */
interface RangeCandidate {
  node: number;
  key: string;
  prefix: BExpr | null;
  lower: RangeBound | null;
  upper: RangeBound | null;
  deps: number[];
  predicate?: Predicate;
}

interface RelEdge {
  rel: BRel;
  left: number;
  right: number;
  planned: boolean;
}

function splitConjuncts(e: BExpr, out: BExpr[] = []): BExpr[] {
  if (e.k === 'logic' && e.op === 'AND') {
    splitConjuncts(e.a, out);
    splitConjuncts(e.b, out);
  } else out.push(e);
  return out;
}

function propertyRead(slot: number, key: string, at: number): BExpr {
  return { k: 'prop', obj: { k: 'slot', slot, name: '', t: 'ANY', at }, key, t: 'ANY', at };
}

export function planMatch(clause: BMatch, input: LogicalOperator, stats: PlannerStats): LogicalOperator {
  const introduced = new Set(clause.introduced);
  let bound = new Set<number>();
  /** Planning a part on its own (the inner side of a hash join): only its own variables exist. */
  let standalone = false;
  const isAvailable = (slot: number) => (standalone ? bound.has(slot) : !introduced.has(slot) || bound.has(slot));

  const nodes = new Map<number, { labels: Set<string>; bound: boolean }>();
  const predicates: Predicate[] = [];
  const equalities: Equality[] = [];
  const edges: RelEdge[] = [];

  const addPredicate = (expr: BExpr): Predicate => {
    const p: Predicate = { expr, deps: [...new Set(collectSlots(expr))], done: false };
    predicates.push(p);
    return p;
  };

  const addProperties = (slot: number, properties: BExpr | null, isNode: boolean) => {
    if (properties === null) return;
    if (properties.k === 'map') {
      properties.keys.forEach((key, i) => {
        const value = properties.values[i]!;
        const predicate = addPredicate({
          k: 'cmp',
          ops: ['='],
          operands: [propertyRead(slot, key, properties.at), value],
          t: 'BOOLEAN',
          at: properties.at,
        });
        if (isNode) equalities.push({ node: slot, key, value, deps: [...new Set(collectSlots(value))], predicate });
      });
    } else {
      addPredicate({
        k: 'call',
        fn: propertiesMatchFunction,
        args: [{ k: 'slot', slot, name: '', t: 'ANY', at: properties.at }, properties],
        t: 'BOOLEAN',
        at: properties.at,
      });
    }
  };

  const addNode = (node: BNode) => {
    let entry = nodes.get(node.slot);
    if (!entry) {
      entry = { labels: new Set(), bound: node.bound };
      nodes.set(node.slot, entry);
    }
    for (const l of node.labels) entry.labels.add(l);
    addProperties(node.slot, node.properties, true);
  };

  /** shortestPath parts: searched once both ends are bound, so they do not join parts. */
  const shortest: { edge: RelEdge; all: boolean }[] = [];
  for (const part of clause.parts) {
    part.nodes.forEach(addNode);
    part.rels.forEach((rel, i) => {
      const edge = { rel, left: part.nodes[i]!.slot, right: part.nodes[i + 1]!.slot, planned: false };
      if (part.shortest) shortest.push({ edge, all: part.shortest === 'all' });
      else edges.push(edge);
      if (rel.range === null) addProperties(rel.slot, rel.properties, false);
    });
  }
  const ranges: RangeCandidate[] = [];
  const memberships: { node: number; key: string; list: BExpr; deps: number[] }[] = [];
  if (clause.where) {
    for (const conjunct of splitConjuncts(clause.where)) {
      const predicate = addPredicate(conjunct);
      const range = rangeCandidate(conjunct);
      if (range) ranges.push({ ...range, predicate });
      if (conjunct.k === 'in' && conjunct.a.k === 'prop' && conjunct.a.obj.k === 'slot') {
        memberships.push({ node: conjunct.a.obj.slot, key: conjunct.a.key, list: conjunct.b, deps: [...new Set(collectSlots(conjunct.b))] });
      }
    }
  }

  let plan = input;
  const applyReady = () => {
    for (const p of predicates) {
      if (!p.done && p.deps.every(isAvailable)) {
        p.done = true;
        plan = { op: 'Filter', input: plan, predicate: p.expr };
      }
    }
  };
  applyReady();

  // Labels of nodes bound before this clause become predicates.
  for (const [slot, entry] of nodes) {
    if (!introduced.has(slot) && entry.labels.size > 0) {
      addPredicate({ k: 'hasLabels', obj: { k: 'slot', slot, name: '', t: 'NODE', at: 0 }, labels: [...entry.labels], t: 'BOOLEAN', at: 0 });
    }
  }
  applyReady();

  const relSlotsPlanned: number[] = [];
  const nodeSlots = [...nodes.keys()];

  // Connected components: nodes joined by relationships.
  const component = new Map<number, number>();
  const find = (s: number): number => {
    let r = s;
    while (component.get(r) !== undefined && component.get(r) !== r) r = component.get(r)!;
    return r;
  };
  for (const s of nodeSlots) component.set(s, s);
  for (const e of edges) component.set(find(e.left), find(e.right));
  const groups = new Map<number, number[]>();
  for (const s of nodeSlots) {
    const root = find(s);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(s);
  }

  const startCost = (slot: number): { cost: number; plan: (input: LogicalOperator) => LogicalOperator } => {
    const entry = nodes.get(slot)!;
    if (!introduced.has(slot) || bound.has(slot)) return { cost: 0, plan: (i) => i };
    const labels = [...entry.labels];
    let bestLabel: string | null = null;
    let labelCost = stats.nodeCount();
    for (const l of labels) {
      const c = stats.labelCount(l);
      if (bestLabel === null || c < labelCost) {
        bestLabel = l;
        labelCost = c;
      }
    }
    const others = (except: string | null) => labels.filter((l) => l !== except);
    // An equality on a property whose value is known before this node is bound: an index seek.
    const seek = equalities.find((eq) => eq.node === slot && !eq.predicate.done && eq.deps.every(isAvailable));
    if (seek) {
      // A seek wins ties: it stays selective when the label grows.
      const cost = Math.min(labelCost, stats.equalityEstimate(bestLabel, seek.key)) - 0.5;
      return {
        cost,
        plan: (i) => {
          seek.predicate.done = true;
          return { op: 'NodeIndexSeek', input: i, slot, label: bestLabel, key: seek.key, value: seek.value, many: false, labels: others(bestLabel), estimate: cost };
        },
      };
    }
    // `n.key IN list`: one equality lookup per element.
    const member = memberships.find((m) => m.node === slot && m.deps.every(isAvailable));
    if (member) {
      const size = member.list.k === 'list' ? member.list.items.length : member.list.k === 'const' && Array.isArray(member.list.v) ? member.list.v.length : 10;
      const cost = Math.min(labelCost, size * stats.equalityEstimate(bestLabel, member.key));
      if (cost < labelCost * 0.9) {
        return {
          cost,
          plan: (i) => ({ op: 'NodeIndexSeek', input: i, slot, label: bestLabel, key: member.key, value: member.list, many: true, labels: others(bestLabel), estimate: cost }),
        };
      }
    }
    // STARTS WITH and ranges narrow the label through its ordered index (the predicate still filters).
    const usable = ranges.filter((r) => r.node === slot && r.deps.every(isAvailable));
    if (usable.length > 0) {
      const key = usable[0]!.key;
      const same = usable.filter((r) => r.key === key);
      const prefix = same.find((r) => r.prefix)?.prefix ?? null;
      const lower = prefix ? null : (same.find((r) => r.lower)?.lower ?? null);
      const upper = prefix ? null : (same.find((r) => r.upper)?.upper ?? null);
      const constant = (e: BExpr | null | undefined) => (e && e.k === 'const' && (typeof e.v === 'string' || typeof e.v === 'number') ? e.v : null);
      const cost = prefix
        ? stats.prefixEstimate(bestLabel, key, typeof constant(prefix) === 'string' ? (constant(prefix) as string) : null)
        : stats.rangeEstimate(bestLabel, key, constant(lower?.value), constant(upper?.value));
      if (cost < labelCost * 0.9) {
        // With constant strings or numbers the seek gives exactly the matching nodes: no filter needed.
        const exact = (e: BExpr | null | undefined) => e == null || constant(e) !== null;
        const used = same.filter((r) => (prefix ? r.prefix === prefix : r.lower === lower || r.upper === upper));
        const kinds = new Set([lower, upper].filter((b) => b !== null).map((b) => typeof constant(b!.value)));
        const precise = prefix ? typeof constant(prefix) === 'string' : exact(lower?.value) && exact(upper?.value) && kinds.size <= 1;
        return {
          cost,
          plan: (i) => {
            if (precise) for (const r of used) r.predicate!.done = true;
            return { op: 'NodeIndexRangeSeek', input: i, slot, label: bestLabel, key, prefix, lower, upper, labels: others(bestLabel), estimate: cost };
          },
        };
      }
    }
    return {
      cost: labelCost,
      plan: (i) => ({ op: 'NodeScan', input: i, slot, label: bestLabel, labels: others(bestLabel), estimate: labelCost }),
    };
  };

  const fanOut = (e: RelEdge): number => {
    const types = e.rel.types.length === 0 ? [null] : e.rel.types;
    const total = types.reduce((s, t) => s + stats.typeCount(t), 0);
    const perNode = total / Math.max(1, stats.nodeCount());
    const hops = e.rel.range ? Math.max(1, Math.min(e.rel.range.max ?? 5, 5)) : 1;
    return Math.pow(Math.max(perNode, 0.01), hops) * (e.rel.direction === 'both' ? 2 : 1);
  };

  // Plan components cheapest start first; a component touching bound variables costs nothing.
  const ordered = [...groups.values()]
    .map((slots) => {
      const best = slots.map((s) => ({ s, ...startCost(s) })).sort((a, b) => a.cost - b.cost)[0]!;
      return { slots, best };
    })
    .sort((a, b) => a.best.cost - b.best.cost);

  const planComponent = (slots: number[]) => {
    const best = slots.map((s) => ({ s, ...startCost(s) })).sort((a, b) => a.cost - b.cost)[0]!;
    plan = best.plan(plan);
    bound.add(best.s);
    applyReady();
    const inComponent = new Set(slots);
    for (;;) {
      const candidates = edges.filter((e) => !e.planned && inComponent.has(e.left) && (isNodeBound(e.left) || isNodeBound(e.right)));
      if (candidates.length === 0) break;
      candidates.sort((a, b) => edgeCost(a) - edgeCost(b));
      plan = expand(plan, candidates[0]!);
      applyReady();
    }
  };

  ordered.forEach(({ slots }, i) => {
    const join = i > 0 ? joinFor(slots) : null;
    if (join === null) {
      // Re-evaluate the start now that earlier parts are bound; the part runs for each row so far.
      planComponent(slots);
      return;
    }
    // A part joined by an equality: planned on its own, hashed once, probed by each row so far.
    const outer = plan;
    const outerBound = bound;
    plan = { op: 'Argument' };
    bound = new Set();
    standalone = true;
    planComponent(slots);
    const inner = plan;
    const innerSlots = [...bound];
    standalone = false;
    bound = new Set([...outerBound, ...innerSlots]);
    join.predicate.done = true;
    plan = { op: 'HashJoin', input: outer, inner, innerSlots, leftKey: join.left, rightKey: join.right };
    applyReady();
  });

  /**
   * `left = right` with `left` known from the rows so far and `right` from this part alone, when the
   * part can be planned without the rows so far (nothing in it reads them).
   */
  function joinFor(slots: number[]): { left: BExpr; right: BExpr; predicate: Predicate } | null {
    const own = new Set(slots);
    for (const e of edges) if (own.has(e.left)) own.add(e.rel.slot);
    if (slots.some((s) => !introduced.has(s))) return null;
    for (const p of predicates) {
      if (p.done || p.expr.k !== 'cmp' || p.expr.ops.length !== 1 || p.expr.ops[0] !== '=') continue;
      const [a, b] = p.expr.operands as [BExpr, BExpr];
      const sideOf = (x: BExpr) => {
        const deps = collectSlots(x);
        if (deps.length === 0) return null;
        if (deps.every((d) => own.has(d))) return 'inner';
        if (deps.every((d) => isAvailable(d))) return 'outer';
        return null;
      };
      const sa = sideOf(a);
      const sb = sideOf(b);
      if (sa === 'outer' && sb === 'inner') return { left: a, right: b, predicate: p };
      if (sa === 'inner' && sb === 'outer') return { left: b, right: a, predicate: p };
    }
    return null;
  }

  function isNodeBound(slot: number): boolean {
    return !introduced.has(slot) || bound.has(slot);
  }

  function edgeCost(e: RelEdge): number {
    if (isNodeBound(e.left) && isNodeBound(e.right)) return -1;
    return fanOut(e);
  }

  function expand(input: LogicalOperator, e: RelEdge): LogicalOperator {
    e.planned = true;
    const forward = isNodeBound(e.left);
    const from = forward ? e.left : e.right;
    const to = forward ? e.right : e.left;
    const direction = forward ? e.rel.direction : e.rel.direction === 'out' ? 'in' : e.rel.direction === 'in' ? 'out' : 'both';
    const into = isNodeBound(to);
    const toLabels = into ? [] : [...nodes.get(to)!.labels];
    const spec: ExpandSpec = {
      from,
      rel: e.rel.slot,
      to,
      types: e.rel.types,
      direction,
      into,
      relBound: !introduced.has(e.rel.slot),
      toLabels,
      distinctFrom: [...relSlotsPlanned],
      reversed: !forward,
      varLength: e.rel.range ? { min: e.rel.range.min, max: e.rel.range.max, properties: e.rel.properties } : null,
    };
    relSlotsPlanned.push(e.rel.slot);
    bound.add(e.rel.slot);
    bound.add(to);
    return { op: 'Expand', input, spec };
  }

  for (const { edge, all } of shortest) {
    const { rel } = edge;
    plan = {
      op: 'ShortestPath',
      input: plan,
      spec: { from: edge.left, rel: rel.slot, to: edge.right, types: rel.types, direction: rel.direction, min: rel.range!.min, max: rel.range!.max, properties: rel.properties, all },
    };
    bound.add(rel.slot);
    applyReady();
  }

  // Named paths, once every element is bound.
  for (const part of clause.parts) {
    if (part.pathSlot !== null) {
      plan = { op: 'BuildPath', input: plan, slot: part.pathSlot, part };
      bound.add(part.pathSlot);
    }
  }
  for (const s of introduced) bound.add(s);
  applyReady();
  return plan;
}

/** `n.key STARTS WITH v`, `n.key < v`, `v <= n.key`… as a range on n's ordered index, when it is one. */
function rangeCandidate(e: BExpr): RangeCandidate | null {
  const propertyOfSlot = (x: BExpr) => (x.k === 'prop' && x.obj.k === 'slot' ? { node: x.obj.slot, key: x.key } : null);
  if (e.k === 'strOp' && e.op === 'STARTS WITH') {
    const target = propertyOfSlot(e.a);
    if (!target) return null;
    return { ...target, prefix: e.b, lower: null, upper: null, deps: [...new Set(collectSlots(e.b))] };
  }
  if (e.k !== 'cmp' || e.ops.length !== 1 || e.ops[0] === '=' || e.ops[0] === '<>') return null;
  let op = e.ops[0]!;
  let target = propertyOfSlot(e.operands[0]!);
  let value = e.operands[1]!;
  if (!target) {
    target = propertyOfSlot(e.operands[1]!);
    value = e.operands[0]!;
    op = op === '<' ? '>' : op === '>' ? '<' : op === '<=' ? '>=' : '<=';
  }
  if (!target) return null;
  const bound: RangeBound = { value, inclusive: op === '<=' || op === '>=' };
  const below = op === '<' || op === '<=';
  return { ...target, prefix: null, lower: below ? null : bound, upper: below ? bound : null, deps: [...new Set(collectSlots(value))] };
}

/** The pattern part of a MERGE, planned as a MATCH on its own (properties as predicates). */
export function planPatternAsMatch(part: BPatternPart, introduced: number[], input: LogicalOperator, stats: PlannerStats): LogicalOperator {
  return planMatch({ kind: 'match', optional: false, parts: [part], where: null, introduced }, input, stats);
}
