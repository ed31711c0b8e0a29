/**
 * Expressions: names to slots, functions to registry entries, static types, and the compile-time
 * errors openCypher defines for expressions (undefined variables, misplaced aggregates, arguments
 * whose type is known to be wrong, patterns outside predicates, …).
 */
import { semanticError, syntaxError } from '../errors.ts';
import type { CypherError } from '../errors.ts';
import { functionNames, lookupFunction } from '../functions/registry.ts';
import type { StaticType } from '../functions/types.ts';
import type * as A from '../parse/ast.ts';
import { TemporalValue, typeOf } from '../values/types.ts';
import type { Value } from '../values/types.ts';
import type { BAggregate, BExpr, BoundClause, Subquery } from './bound.ts';
import type { Scope, Slots } from './scope.ts';
import { children } from './expression-tools.ts';
import { didYouMean } from './suggest.ts';

/** Binds the clauses of a subquery (EXISTS {…}, pattern predicates) in a child of `scope`. */
export interface SubqueryBinder {
  /** `newVariables` false: a pattern predicate, which may only use variables already bound. */
  bindPatternSubquery(pattern: A.PatternPart[], where: A.Expr | null, env: Env, newVariables: boolean): { clauses: BoundClause[]; scope: Scope };
  bindQuerySubquery(query: A.Query, env: Env): BoundClause[];
}

export interface Env {
  scope: Scope;
  slots: Slots;
  subqueries: SubqueryBinder;
  /** Collector for aggregate calls, when the context allows them (projection items, ORDER BY). */
  aggregates: BAggregate[] | null;
  inAggregate: boolean;
  /** Pattern predicates are allowed in WHERE (and inside exists()). */
  patterns: boolean;
  /** Called for every variable resolved (projections track which names an expression reads). */
  onVariable?: (name: string, slot: number, node: A.Span) => void;
}

const BOOLEAN_OK: StaticType[] = ['BOOLEAN', 'NULL', 'ANY'];

export function fail(detail: string, message: string, at: A.Span | number, tckType?: string): CypherError {
  return semanticError(detail, message, typeof at === 'number' ? at : at.start, tckType);
}

function constant(v: Value, at: number): BExpr {
  // Temporal values have no static type of their own: ANY lets operators and functions decide at run time.
  return { k: 'const', v, t: v instanceof TemporalValue ? 'ANY' : typeOf(v) === 'NULL' ? 'NULL' : (typeOf(v) as StaticType), at };
}

/** Whether a value of static type `actual` can be a `wanted`. */
export function compatible(actual: StaticType, wanted: StaticType[]): boolean {
  if (actual === 'ANY' || actual === 'NULL') return true;
  if (wanted.includes(actual)) return true;
  if ((actual === 'INTEGER' || actual === 'FLOAT') && wanted.includes('NUMBER')) return true;
  if (actual === 'NUMBER' && (wanted.includes('INTEGER') || wanted.includes('FLOAT'))) return true;
  return false;
}

function undefinedVariable(name: string, env: Env, at: A.Span): CypherError {
  return fail('UndefinedVariable', `variable \`${name}\` is not defined${didYouMean(name, env.scope.all().map((v) => v.name))}`, at);
}

export function requireBoolean(e: BExpr, what: string, node: A.Span): void {
  if (!BOOLEAN_OK.includes(e.t)) throw fail('InvalidArgumentType', `${what} must be a boolean, got ${e.t.toLowerCase()}`, node);
}

function arithmeticType(op: string, a: StaticType, b: StaticType): StaticType {
  if (op === '^') return 'FLOAT';
  if (op === '+' && (a === 'STRING' || b === 'STRING')) return 'STRING';
  if (op === '+' && (a === 'LIST' || b === 'LIST')) return 'LIST';
  if (a === 'INTEGER' && b === 'INTEGER') return 'INTEGER';
  if ((a === 'FLOAT' || b === 'FLOAT') && compatible(a, ['NUMBER']) && compatible(b, ['NUMBER'])) return 'FLOAT';
  return 'ANY';
}

/** Accessing a property is meaningful on nodes, relationships and maps only. */
const PROPERTY_HOLDERS: StaticType[] = ['NODE', 'RELATIONSHIP', 'MAP'];

export function bindExpr(e: A.Expr, env: Env): BExpr {
  const at = e.start;
  switch (e.kind) {
    case 'literal': {
      if ('overflow' in e) throw syntaxError('IntegerOverflow', `integer ${String((e as { overflow: bigint }).overflow)} is too large (64-bit integers)`, at);
      return constant(e.value as Value, at);
    }
    case 'parameter':
      env.slots.parameters.add(e.name);
      return { k: 'param', name: e.name, t: 'ANY', at };
    case 'variable': {
      const v = env.scope.lookup(e.name);
      if (v === undefined) throw undefinedVariable(e.name, env, e);
      env.onVariable?.(v.name, v.slot, e);
      return { k: 'slot', slot: v.slot, name: v.name, t: v.type, at };
    }
    case 'property': {
      const obj = bindExpr(e.object, env);
      if (!compatible(obj.t, PROPERTY_HOLDERS)) {
        // The TCK reports a path here as a SyntaxError, a value such as 1 or 'a' as a TypeError.
        throw fail('InvalidArgumentType', `cannot read property \`${e.key}\` of a ${obj.t.toLowerCase()}`, e, obj.t === 'PATH' ? undefined : 'TypeError');
      }
      return { k: 'prop', obj, key: e.key, t: 'ANY', at };
    }
    case 'index': {
      const obj = bindExpr(e.object, env);
      const index = bindExpr(e.index, env);
      if (!compatible(obj.t, ['LIST', 'MAP', 'NODE', 'RELATIONSHIP'])) {
        throw fail('InvalidArgumentType', `cannot index a ${obj.t.toLowerCase()}`, e, 'TypeError');
      }
      if (obj.t === 'LIST' && !compatible(index.t, ['INTEGER'])) throw fail('InvalidArgumentType', `list index must be an integer, got ${index.t.toLowerCase()}`, e.index, 'TypeError');
      if (compatible(obj.t, ['MAP', 'NODE', 'RELATIONSHIP']) && obj.t !== 'ANY' && !compatible(index.t, ['STRING'])) {
        throw fail('InvalidArgumentType', `map key must be a string, got ${index.t.toLowerCase()}`, e.index, 'TypeError');
      }
      return { k: 'index', obj, index, t: 'ANY', at };
    }
    case 'slice': {
      const obj = bindExpr(e.object, env);
      if (!compatible(obj.t, ['LIST'])) throw fail('InvalidArgumentType', `cannot slice a ${obj.t.toLowerCase()}`, e, 'TypeError');
      const from = e.from ? bindExpr(e.from, env) : null;
      const to = e.to ? bindExpr(e.to, env) : null;
      for (const bound of [from, to]) {
        if (bound && !compatible(bound.t, ['INTEGER'])) throw fail('InvalidArgumentType', 'slice bounds must be integers', e, 'TypeError');
      }
      return { k: 'slice', obj, from, to, t: 'LIST', at };
    }
    case 'hasLabels': {
      const obj = bindExpr(e.object, env);
      if (!compatible(obj.t, ['NODE'])) throw fail('InvalidArgumentType', `label predicate on a ${obj.t.toLowerCase()}`, e);
      return { k: 'hasLabels', obj, labels: e.labels, t: 'BOOLEAN', at };
    }
    case 'list':
      return { k: 'list', items: e.items.map((i) => bindExpr(i, env)), t: 'LIST', at };
    case 'map':
      return { k: 'map', keys: e.keys, values: e.values.map((v) => bindExpr(v, env)), t: 'MAP', at };
    case 'mapProjection': {
      const v = env.scope.lookup(e.variable.name);
      if (v === undefined) throw undefinedVariable(e.variable.name, env, e.variable);
      env.onVariable?.(v.name, v.slot, e.variable);
      if (!compatible(v.type, PROPERTY_HOLDERS)) throw fail('InvalidArgumentType', `map projection of a ${v.type.toLowerCase()}`, e);
      const obj: BExpr = { k: 'slot', slot: v.slot, name: v.name, t: v.type, at };
      const items = e.items.map((item) => {
        switch (item.kind) {
          case 'allProperties':
            return { kind: 'all' as const };
          case 'property':
            return { kind: 'prop' as const, key: item.key };
          case 'entry':
            return { kind: 'entry' as const, key: item.key, value: bindExpr(item.value, env) };
          case 'variable':
            return { kind: 'entry' as const, key: item.name, value: bindExpr({ kind: 'variable', name: item.name, start: item.start, end: item.end }, env) };
        }
      });
      return { k: 'mapProjection', obj, items, t: 'MAP', at };
    }
    case 'unary': {
      const x = bindExpr(e.operand, env);
      if (e.op === 'NOT') {
        requireBoolean(x, 'the operand of NOT', e.operand);
        return { k: 'not', x, t: 'BOOLEAN', at };
      }
      if (!compatible(x.t, ['NUMBER'])) throw fail('InvalidArgumentType', `unary ${e.op} on a ${x.t.toLowerCase()}`, e);
      return e.op === '-' ? { k: 'neg', x, t: x.t, at } : x;
    }
    case 'binary':
      return bindBinary(e, env);
    case 'comparison':
      return { k: 'cmp', ops: e.ops, operands: e.operands.map((o) => bindExpr(o, env)), t: 'BOOLEAN', at };
    case 'isNull':
      return { k: 'isNull', x: bindExpr(e.operand, env), negated: e.negated, t: 'BOOLEAN', at };
    case 'case': {
      const test = e.test ? bindExpr(e.test, env) : null;
      const whens = e.whens.map((w) => bindExpr(w, env));
      const thens = e.thens.map((t) => bindExpr(t, env));
      const otherwise = e.otherwise ? bindExpr(e.otherwise, env) : null;
      const types = new Set([...thens, ...(otherwise ? [otherwise] : [])].map((x) => x.t));
      return { k: 'case', test, whens, thens, otherwise, t: types.size === 1 ? [...types][0]! : 'ANY', at };
    }
    case 'countStar':
      return bindAggregate(e, 'count', [], false, env);
    case 'call':
      return bindCall(e, env);
    case 'listComprehension': {
      const { list, inner, slot } = iteration(e.list, e.variable, env);
      const where = e.where ? bindExpr(e.where, inner) : null;
      const map = e.map ? bindExpr(e.map, inner) : null;
      return { k: 'listComp', slot, list, where, map, t: 'LIST', at };
    }
    case 'quantifier': {
      const { list, inner, slot } = iteration(e.list, e.variable, env);
      const where = e.where ? bindExpr(e.where, inner) : null;
      if (where) requireBoolean(where, `the predicate of ${e.quantifier}()`, e.where!);
      return { k: 'quantifier', q: e.quantifier, slot, list, where, t: 'BOOLEAN', at };
    }
    case 'reduce': {
      const init = bindExpr(e.init, env);
      const { list, inner, slot } = iteration(e.list, e.variable, env, e.accumulator);
      const expr = bindExpr(e.expr, inner);
      return { k: 'reduce', acc: inner.scope.lookup(e.accumulator.name)!.slot, init, slot, list, expr, t: 'ANY', at };
    }
    case 'patternPredicate': {
      if (!env.patterns) {
        throw syntaxError('UnexpectedSyntax', 'a pattern can only be used as a predicate (in WHERE or exists()); use a pattern comprehension [(a)-->(b) | b] for values', at);
      }
      const part: A.PatternPart = { variable: null, element: e.pattern, start: e.start, end: e.end };
      const sub: Subquery = { clauses: env.subqueries.bindPatternSubquery([part], null, { ...env, aggregates: null }, false).clauses };
      return { k: 'exists', sub, t: 'BOOLEAN', at };
    }
    case 'patternComprehension': {
      const part: A.PatternPart = { variable: e.variable, element: e.pattern, start: e.start, end: e.end };
      const inner = innerEnv(env);
      const { clauses, scope } = inner.subqueries.bindPatternSubquery([part], e.where, inner, true);
      // The map expression sees the pattern's variables: bind it in the subquery's scope.
      const map = bindExpr(e.map, { ...inner, scope });
      return { k: 'patternComp', sub: { clauses }, map, t: 'LIST', at };
    }
    case 'exists': {
      const clauses = e.query
        ? env.subqueries.bindQuerySubquery(e.query, { ...env, aggregates: null })
        : env.subqueries.bindPatternSubquery(e.pattern!, e.where, { ...env, aggregates: null }, true).clauses;
      return { k: 'exists', sub: { clauses }, t: 'BOOLEAN', at };
    }
  }
}

/**
 * `x IN list` of comprehensions, quantifiers and reduce: the list in the outer scope, then a child
 * scope declaring the variable (and reduce's accumulator first).
 */
function iteration(listNode: A.Expr, variable: A.Name, env: Env, accumulator?: A.Name): { list: BExpr; inner: Env; slot: number } {
  const list = bindExpr(listNode, env);
  if (!compatible(list.t, ['LIST'])) throw fail('InvalidArgumentType', `IN expects a list, got ${list.t.toLowerCase()}`, listNode);
  const inner = innerEnv(env);
  if (accumulator) declareLocal(inner, accumulator.name);
  return { list, inner, slot: declareLocal(inner, variable.name, elementType(list)) };
}

/**
 * The static type of every element of a list written out in the query (`['a', 'b']`), so that
 * `x % 2` over it is a type error before running; ANY when unknown or mixed.
 */
function elementType(list: BExpr): StaticType {
  const types = list.k === 'list' ? list.items.map((i) => i.t) : list.k === 'const' && Array.isArray(list.v) ? list.v.map((v) => constant(v, 0).t) : [];
  const first = types[0];
  return first !== undefined && first !== 'NULL' && types.every((t) => t === first) ? first : 'ANY';
}

/** Comprehensions, quantifiers and reduce: a child scope; aggregates cannot reach inside. */
function innerEnv(env: Env): Env {
  return { ...env, scope: env.scope.child(), aggregates: null };
}

function declareLocal(env: Env, name: string, type: StaticType = 'ANY'): number {
  const slot = env.slots.next();
  env.scope.declare({ name, slot, type });
  return slot;
}

function bindBinary(e: Extract<A.Expr, { kind: 'binary' }>, env: Env): BExpr {
  const a = bindExpr(e.left, env);
  const b = bindExpr(e.right, env);
  const at = e.start;
  switch (e.op) {
    case 'AND':
    case 'OR':
    case 'XOR':
      requireBoolean(a, `the operands of ${e.op}`, e.left);
      requireBoolean(b, `the operands of ${e.op}`, e.right);
      return { k: 'logic', op: e.op, a, b, t: 'BOOLEAN', at };
    case 'STARTS WITH':
    case 'ENDS WITH':
    case 'CONTAINS':
      return { k: 'strOp', op: e.op, a, b, t: 'BOOLEAN', at };
    case 'IN':
      if (!compatible(b.t, ['LIST'])) throw fail('InvalidArgumentType', `IN expects a list, got ${b.t.toLowerCase()}`, e.right);
      return { k: 'in', a, b, t: 'BOOLEAN', at };
    case '=~':
      return { k: 'regex', a, b, t: 'BOOLEAN', at };
    default: {
      const numericOk = (t: StaticType) => compatible(t, ['NUMBER']) || (e.op === '+' && compatible(t, ['STRING', 'LIST']));
      if (!numericOk(a.t) || !numericOk(b.t)) {
        if (!(e.op === '+' && (a.t === 'LIST' || b.t === 'LIST'))) {
          throw fail('InvalidArgumentType', `cannot apply ${e.op} to ${a.t.toLowerCase()} and ${b.t.toLowerCase()}`, e);
        }
      }
      return { k: 'arith', op: e.op, a, b, t: arithmeticType(e.op, a.t, b.t), at };
    }
  }
}

function bindCall(e: Extract<A.Expr, { kind: 'call' }>, env: Env): BExpr {
  const lower = e.name.toLowerCase();
  if (lower === 'exists') {
    if (e.args.length !== 1) throw fail('InvalidNumberOfArguments', 'exists() takes one argument', e);
    const arg = e.args[0]!;
    if (arg.kind === 'patternPredicate') return bindExpr(arg, { ...env, patterns: true });
    if (arg.kind !== 'property' && arg.kind !== 'index') {
      throw fail('InvalidArgumentExpression', 'exists() expects a property (exists(n.prop)) or a pattern', arg);
    }
    return { k: 'isNull', x: bindExpr(arg, env), negated: true, t: 'BOOLEAN', at: e.start };
  }
  const def = lookupFunction(e.name);
  if (def === undefined) {
    if (lower === 'shortestpath' || lower === 'allshortestpaths') {
      throw fail('UnknownFunction', `${e.name}() is a pattern, not a function: MATCH p = ${e.name}((a)-[*]-(b))`, e);
    }
    throw fail('UnknownFunction', `unknown function ${e.name}()${didYouMean(e.name, functionNames(), (s) => `${s}()`)}`, e);
  }
  if (e.args.length < def.minArgs || e.args.length > def.maxArgs) {
    const arity = def.minArgs === def.maxArgs ? `${def.minArgs}` : def.maxArgs === Infinity ? `at least ${def.minArgs}` : `${def.minArgs} to ${def.maxArgs}`;
    throw fail('InvalidNumberOfArguments', `${def.name}() takes ${arity} argument${arity === '1' ? '' : 's'}, got ${e.args.length}`, e);
  }
  if (def.aggregate) return bindAggregate(e, def.name, e.args, e.distinct, env);
  if (e.distinct) throw fail('InvalidArgumentExpression', `DISTINCT is only allowed in aggregates, not in ${def.name}()`, e);
  const args = e.args.map((a) => bindExpr(a, env));
  checkArgumentTypes(def.name, def.accepts, args, e.args);
  return { k: 'call', fn: def, args, t: def.returns, at: e.start };
}

function checkArgumentTypes(name: string, accepts: StaticType[][] | undefined, args: BExpr[], nodes: A.Expr[]): void {
  if (!accepts) return;
  args.forEach((arg, i) => {
    const wanted = accepts[Math.min(i, accepts.length - 1)]!;
    if (!compatible(arg.t, wanted)) {
      throw fail('InvalidArgumentType', `${name}() does not accept a ${arg.t.toLowerCase()} (expects ${wanted.map((w) => w.toLowerCase()).join(' or ')})`, nodes[i]!);
    }
  });
}

function bindAggregate(e: A.Expr, name: string, argNodes: A.Expr[], distinct: boolean, env: Env): BExpr {
  if (env.inAggregate) throw fail('NestedAggregation', `aggregate ${name}() cannot be nested in another aggregate`, e);
  if (env.aggregates === null) throw fail('InvalidAggregation', `aggregate ${name}() is not allowed here (only in WITH, RETURN and ORDER BY)`, e);
  const def = lookupFunction(name);
  if (!def || !def.aggregate) throw fail('UnknownFunction', `unknown aggregate ${name}()`, e);
  const inner: Env = { ...env, inAggregate: true };
  const args = argNodes.map((a) => bindExpr(a, inner));
  checkArgumentTypes(def.name, def.accepts, args, argNodes);
  if (args.some(nonDeterministic)) throw fail('NonConstantExpression', `${def.name}() cannot aggregate a random value`, e);
  const slot = env.slots.next();
  env.scope.names.set(slot, e.kind === 'countStar' ? 'count(*)' : `${def.name}(…)`);
  env.aggregates.push({ fn: def, args, distinct, slot });
  const t: StaticType = def.name === 'sum' && args[0]?.t === 'INTEGER' ? 'INTEGER' : def.returns;
  return { k: 'slot', slot, name: `${def.name}(…)`, t, at: e.start };
}

function nonDeterministic(e: BExpr): boolean {
  if (e.k === 'call' && e.fn.deterministic === false) return true;
  return children(e).some(nonDeterministic);
}
