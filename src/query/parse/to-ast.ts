/**
 * The `ast` operation: Ohm parse tree -> typed AST (./ast.ts). Rules with a single child fall
 * through to it (Ohm's default action), so only rules that build something appear here.
 */
import type { IterationNode, Node, NonterminalNode } from 'ohm-js';
import { syntaxError } from '../errors.ts';
import { CypherFloat, makeFloat } from '../values/types.ts';
import type * as A from './ast.ts';
import { cypherGrammar } from './grammar.ts';
import { decodeEscape, decodeEscapedName, decodeFloat, decodeInteger } from './literals.ts';

/** Integer literal whose magnitude is 2^63: valid only directly under a unary minus. */
export interface OverflowingLiteral {
  kind: 'literal';
  value: null;
  overflow: bigint;
}

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- Ohm hands back untyped action results

function span(node: Node): A.Span {
  return { start: node.source.startIdx, end: node.source.endIdx };
}

function ast<T = Any>(node: Node): T {
  return node['ast']() as T;
}

/** The single optional child of an iteration node (`x?`), or null. */
function opt<T = Any>(iter: Node): T | null {
  const child = iter.children[0];
  return child === undefined ? null : ast<T>(child);
}

function listOf<T = Any>(node: Node): T[] {
  return node.asIteration().children.map((child: Node) => ast<T>(child));
}

function name(node: Node): A.Name {
  return { name: ast<string>(node), ...span(node) };
}

/** An operator applied to the expression on its left: built once that expression is known. */
type Suffix = (left: A.Expr) => A.Expr;

/** `this` is the suffix's node: the result spans from the left operand to the suffix's end. */
function suffix(self: NonterminalNode, build: (left: A.Expr) => Record<string, unknown>): Suffix {
  const end = self.source.endIdx;
  return (left) => ({ ...build(left), start: left.start, end }) as A.Expr;
}

/** `first suffix*`: each suffix applied in turn (left-associative). */
function fold(this: NonterminalNode, first: Node, suffixes: IterationNode): A.Expr {
  let expr = ast<A.Expr>(first);
  for (const s of suffixes.children) expr = ast<Suffix>(s)(expr);
  return expr;
}

/** `first (op operand)*` for one operator. */
function foldBinary(op: A.BinaryOperator, first: Node, rest: IterationNode): A.Expr {
  let expr = ast<A.Expr>(first);
  for (const operand of rest.children) {
    const right = ast<A.Expr>(operand);
    expr = { kind: 'binary', op, left: expr, right, start: expr.start, end: operand.source.endIdx };
  }
  return expr;
}

function element(this: NonterminalNode, first: Node, chains: IterationNode): A.PatternElement {
  const links = chains.children.map((c: Node) => ast<{ rel: A.RelationshipPattern; node: A.NodePattern }>(c));
  return { nodes: [ast(first), ...links.map((l) => l.node)], rels: links.map((l) => l.rel), ...span(this) };
}

function relationship(self: NonterminalNode, direction: A.Direction, detailIter: Node): A.RelationshipPattern {
  const detail = opt<Omit<A.RelationshipPattern, 'direction'>>(detailIter);
  return {
      variable: detail?.variable ?? null,
      types: detail?.types ?? [],
      range: detail?.range ?? null,
      properties: detail?.properties ?? null,
      direction,
      ...span(self),
    };
}

function integerLiteral(self: NonterminalNode): A.Expr | OverflowingLiteral {
  const { value, raw } = decodeInteger(self.sourceString, self.source.startIdx);
  if (value === null) return { kind: 'literal', value: null, overflow: raw, ...span(self) } as OverflowingLiteral;
  return { kind: 'literal', value, ...span(self) };
}

function passThrough(this: NonterminalNode, _open: Node, inner: Node): unknown {
  return ast(inner);
}

const semantics = cypherGrammar.createSemantics();

semantics.addOperation<unknown>('ast', {
  _terminal() {
    return this.sourceString;
  },
  _iter(...children) {
    return children.map((c) => ast(c));
  },

  Statement_query(query, _semicolon, _end) {
    return ast(query);
  },
  // A statement of its own, as a query of one clause (which does nothing).
  Statement_createIndex(command, _semicolon, _end): A.Query {
    const clause: A.CreateIndexClause = { kind: 'createIndex', ...span(command) };
    return { kind: 'query', parts: [{ kind: 'single', clauses: [clause], ...span(command) }], unionAll: [], ...span(command) };
  },
  Query(first, unions): A.Query {
    const rest = unions.children.map((u) => ast<{ all: boolean; part: A.SingleQuery }>(u));
    return {
      kind: 'query',
      parts: [ast(first), ...rest.map((r) => r.part)],
      unionAll: rest.map((r) => r.all),
      ...span(this),
    };
  },
  Union(_union, all, part) {
    return { all: all.children.length > 0, part: ast(part) };
  },
  SingleQuery(clauses): A.SingleQuery {
    return { kind: 'single', clauses: clauses.children.map((c) => ast(c)), ...span(this) };
  },

  Match(optional, _match, pattern, where): A.MatchClause {
    return { kind: 'match', optional: optional.children.length > 0, pattern: ast(pattern), where: opt(where), ...span(this) };
  },
  Unwind(_unwind, expr, _as, variable): A.UnwindClause {
    return { kind: 'unwind', expr: ast(expr), variable: name(variable), ...span(this) };
  },
  With(_with, body, where): A.WithClause {
    return { kind: 'with', projection: ast(body), where: opt(where), ...span(this) };
  },
  Return(_return, body): A.ReturnClause {
    return { kind: 'return', projection: ast(body), ...span(this) };
  },
  Create(_create, pattern): A.CreateClause {
    return { kind: 'create', pattern: ast(pattern), ...span(this) };
  },
  Merge(_merge, part, actions): A.MergeClause {
    const onMatch: A.SetItem[] = [];
    const onCreate: A.SetItem[] = [];
    for (const action of actions.children) {
      const { on, items } = ast<{ on: 'match' | 'create'; items: A.SetItem[] }>(action);
      (on === 'match' ? onMatch : onCreate).push(...items);
    }
    return { kind: 'merge', pattern: ast(part), onMatch, onCreate, ...span(this) };
  },
  MergeAction_onMatch(_on, _match, set) {
    return { on: 'match', items: ast<A.SetClause>(set).items };
  },
  MergeAction_onCreate(_on, _create, set) {
    return { on: 'create', items: ast<A.SetClause>(set).items };
  },
  Set(_set, items): A.SetClause {
    return { kind: 'set', items: listOf(items), ...span(this) };
  },
  SetItem_property(target, _eq, value): A.SetItem {
    return { kind: 'setProperty', target: ast(target), value: ast(value), ...span(this) };
  },
  SetItem_replace(variable, _eq, value): A.SetItem {
    return { kind: 'setVariable', variable: name(variable), value: ast(value), merge: false, ...span(this) };
  },
  SetItem_merge(variable, _eq, value): A.SetItem {
    return { kind: 'setVariable', variable: name(variable), value: ast(value), merge: true, ...span(this) };
  },
  SetItem_labels(variable, labels): A.SetItem {
    return { kind: 'setLabels', variable: name(variable), labels: ast(labels), ...span(this) };
  },
  Delete(detach, _delete, exprs): A.DeleteClause {
    return { kind: 'delete', detach: detach.children.length > 0, exprs: listOf(exprs), ...span(this) };
  },
  Remove(_remove, items): A.RemoveClause {
    return { kind: 'remove', items: listOf(items), ...span(this) };
  },
  RemoveItem_labels(variable, labels): A.RemoveItem {
    return { kind: 'removeLabels', variable: name(variable), labels: ast(labels), ...span(this) };
  },
  RemoveItem_property(target): A.RemoveItem {
    return { kind: 'removeProperty', target: ast(target), ...span(this) };
  },
  PropertyExpression(atom, lookups): A.PropertyExpr {
    let object: A.Expr = ast(atom);
    for (const lookup of lookups.children) {
      object = { kind: 'property', object, key: ast(lookup), start: object.start, end: lookup.source.endIdx };
    }
    return object as A.PropertyExpr;
  },
  Call(_call, procedure, args, yields): A.CallClause {
    const argList = args.children.length > 0 ? ast<A.Expr[]>(args.children[0]!) : null;
    const yieldItems = yields.children.length > 0 ? ast<A.CallClause['yields']>(yields.children[0]!) : null;
    return { kind: 'call', procedure: ast<string>(procedure), args: argList, yields: yieldItems, ...span(this) };
  },
  ProcedureArguments(_open, args, _close): A.Expr[] {
    return listOf<A.Expr>(args);
  },
  YieldItems_star(_yield, _star) {
    return 'star';
  },
  YieldItems_items(_yield, items, where) {
    return { items: listOf<A.YieldItem>(items), where: where.children.length > 0 ? ast<A.Expr>(where.children[0]!) : null };
  },
  YieldItem_aliased(output, _as, variable): A.YieldItem {
    return { output: name(output), variable: name(variable) };
  },
  YieldItem_bare(variable): A.YieldItem {
    return { output: name(variable), variable: name(variable) };
  },
  Where: passThrough,

  ProjectionBody(distinct, items, order, skip, limit): A.Projection {
    const { star, list } = ast<{ star: boolean; list: A.ProjectionItem[] }>(items);
    return {
      distinct: distinct.children.length > 0,
      star,
      items: list,
      orderBy: opt(order),
      skip: opt(skip),
      limit: opt(limit),
    };
  },
  ProjectionItems_star(_star, _comma, items) {
    const list = items.children[0];
    return { star: true, list: list ? listOf(list) : [] };
  },
  ProjectionItems_items(items) {
    return { star: false, list: listOf(items) };
  },
  ProjectionItem_aliased(expr, _as, alias): A.ProjectionItem {
    return { expr: ast(expr), alias: name(alias), text: expr.sourceString, ...span(this) };
  },
  ProjectionItem_bare(expr): A.ProjectionItem {
    return { expr: ast(expr), alias: null, text: expr.sourceString, ...span(this) };
  },
  Order(_order, _by, items) {
    return listOf(items);
  },
  SortItem(expr, direction): A.SortItem {
    const dir = direction.children[0]?.sourceString.toUpperCase() ?? 'ASC';
    return { expr: ast(expr), descending: dir.startsWith('DESC'), ...span(this) };
  },
  Skip: passThrough,
  Limit: passThrough,

  Pattern(parts) {
    return listOf(parts);
  },
  PatternPart_named(variable, _eq, elem): A.PatternPart {
    return { variable: name(variable), element: ast(elem), ...span(this) };
  },
  PatternPart_namedShortest(variable, _eq, shortest): A.PatternPart {
    return { variable: name(variable), ...ast<Pick<A.PatternPart, 'element' | 'shortest'>>(shortest), ...span(this) };
  },
  PatternPart_shortest(shortest): A.PatternPart {
    return { variable: null, ...ast<Pick<A.PatternPart, 'element' | 'shortest'>>(shortest), ...span(this) };
  },
  ShortestPath(kind, _open, element, _close) {
    return { element: ast(element), shortest: kind.sourceString.toLowerCase().startsWith('all') ? 'all' : 'one' };
  },
  PatternPart_anonymous(elem): A.PatternPart {
    return { variable: null, element: ast(elem), ...span(this) };
  },
  PatternElement_chain: element,
  PatternElement_paren(_open, elem, _close) {
    return ast(elem);
  },
  PatternElementChain(rel, node) {
    return { rel: ast(rel), node: ast(node) };
  },
  NodePattern(_open, variable, labels, properties, _close): A.NodePattern {
    return {
      variable: variable.children[0] ? name(variable.children[0]) : null,
      labels: opt(labels) ?? [],
      properties: opt(properties),
      ...span(this),
    };
  },
  RelationshipPattern_both(_left, _dash1, detail, _dash2, _right) {
    return relationship(this, 'both', detail);
  },
  RelationshipPattern_left(_left, _dash1, detail, _dash2) {
    return relationship(this, 'in', detail);
  },
  RelationshipPattern_right(_dash1, detail, _dash2, _right) {
    return relationship(this, 'out', detail);
  },
  RelationshipPattern_undirected(_dash1, detail, _dash2) {
    return relationship(this, 'both', detail);
  },
  RelationshipDetail(_open, variable, types, range, properties, _close) {
    return {
      variable: variable.children[0] ? name(variable.children[0]) : null,
      types: opt(types) ?? [],
      range: opt(range),
      properties: opt(properties),
    };
  },
  RelationshipTypes(_colon, types) {
    return types.asIteration().children.map((t) => ast<A.Name>(t));
  },
  RangeLiteral(_star, low, dots, high): A.RangeSpec {
    const lo = low.children[0] ? rangeBound(low.children[0]) : null;
    if (dots.children.length === 0) return lo === null ? { min: null, max: null } : { min: lo, max: lo };
    const highIter = high.children[0];
    const hi = highIter && highIter.children[0] ? rangeBound(highIter.children[0]) : null;
    return { min: lo, max: hi };
  },
  InvalidRange_negative(_star, _minus, _bound) {
    throw syntaxError('InvalidRelationshipPattern', 'the length of a variable-length relationship cannot be negative', this.source.startIdx);
  },
  InvalidRange_noStar(_dots, _bound) {
    throw syntaxError('InvalidRelationshipPattern', 'a variable-length relationship needs a `*` before its range: [*1..3]', this.source.startIdx);
  },
  NodeLabels(labels) {
    return labels.children.map((l) => ast(l));
  },
  NodeLabel(_colon, label) {
    return ast<A.Name>(label);
  },
  RelationshipsPattern: element,

  OrExpression(first, _ops, rest) {
    return foldBinary('OR', first, rest);
  },
  XorExpression(first, _ops, rest) {
    return foldBinary('XOR', first, rest);
  },
  AndExpression(first, _ops, rest) {
    return foldBinary('AND', first, rest);
  },
  NotExpression_not(_not, operand): A.Expr {
    return { kind: 'unary', op: 'NOT', operand: ast(operand), ...span(this) };
  },
  ComparisonExpression(first, partials): A.Expr {
    if (partials.children.length === 0) return ast(first);
    const rest = partials.children.map((p) => ast<{ op: A.ComparisonOperator; operand: A.Expr }>(p));
    return { kind: 'comparison', ops: rest.map((r) => r.op), operands: [ast(first), ...rest.map((r) => r.operand)], ...span(this) };
  },
  PartialComparison(op, operand) {
    return { op: op.sourceString, operand: ast(operand) };
  },
  PredicateExpression: fold,
  PredicateSuffix_startsWith(_starts, _with, right) {
    return suffix(this, (left) => ({ kind: 'binary', op: 'STARTS WITH', left, right: ast(right) }));
  },
  PredicateSuffix_endsWith(_ends, _with, right) {
    return suffix(this, (left) => ({ kind: 'binary', op: 'ENDS WITH', left, right: ast(right) }));
  },
  PredicateSuffix_contains(_contains, right) {
    return suffix(this, (left) => ({ kind: 'binary', op: 'CONTAINS', left, right: ast(right) }));
  },
  PredicateSuffix_in(_in, right) {
    return suffix(this, (left) => ({ kind: 'binary', op: 'IN', left, right: ast(right) }));
  },
  PredicateSuffix_regex(_op, right) {
    return suffix(this, (left) => ({ kind: 'binary', op: '=~', left, right: ast(right) }));
  },
  PredicateSuffix_isNotNull(_is, _not, _null) {
    return suffix(this, (operand) => ({ kind: 'isNull', operand, negated: true }));
  },
  PredicateSuffix_isNull(_is, _null) {
    return suffix(this, (operand) => ({ kind: 'isNull', operand, negated: false }));
  },
  AddExpression: fold,
  AddOperand_add(_op, right) {
    return suffix(this, (left) => ({ kind: 'binary', op: '+', left, right: ast(right) }));
  },
  AddOperand_subtract(_op, right) {
    return suffix(this, (left) => ({ kind: 'binary', op: '-', left, right: ast(right) }));
  },
  MultiplyExpression: fold,
  MultiplyOperand_multiply(_op, right) {
    return suffix(this, (left) => ({ kind: 'binary', op: '*', left, right: ast(right) }));
  },
  MultiplyOperand_divide(_op, right) {
    return suffix(this, (left) => ({ kind: 'binary', op: '/', left, right: ast(right) }));
  },
  MultiplyOperand_modulo(_op, right) {
    return suffix(this, (left) => ({ kind: 'binary', op: '%', left, right: ast(right) }));
  },
  PowerExpression(first, _ops, rest) {
    return foldBinary('^', first, rest);
  },
  UnaryExpression_negate(_minus, operand): A.Expr {
    const inner = ast<A.Expr | OverflowingLiteral>(operand);
    if (inner.kind === 'literal' && operand.source.startIdx === (inner as A.Span).start) {
      // Fold the sign into number literals: -9223372036854775808 is representable, its magnitude is not.
      if ('overflow' in inner) return { kind: 'literal', value: -(inner as OverflowingLiteral).overflow, ...span(this) };
      const v = inner.value;
      if (typeof v === 'number') return { kind: 'literal', value: Number.isSafeInteger(v) ? (v === 0 ? 0 : -v) : -v, ...span(this) };
      if (typeof v === 'bigint') return { kind: 'literal', value: -v, ...span(this) };
      if (v instanceof CypherFloat) return { kind: 'literal', value: makeFloat(-v.value), ...span(this) };
    }
    return { kind: 'unary', op: '-', operand: inner as A.Expr, ...span(this) };
  },
  UnaryExpression_plus(_plus, operand): A.Expr {
    return { kind: 'unary', op: '+', operand: ast(operand), ...span(this) };
  },
  PostfixExpression: fold,
  PostfixOperator_index(_open, index, _close) {
    return suffix(this, (object) => ({ kind: 'index', object, index: ast(index) }));
  },
  PostfixOperator_slice(_open, from, _dots, to, _close) {
    return suffix(this, (object) => ({ kind: 'slice', object, from: opt(from), to: opt(to) }));
  },
  PostfixOperator_property(lookup) {
    return suffix(this, (object) => ({ kind: 'property', object, key: ast(lookup) }));
  },
  PostfixOperator_labels(labels) {
    return suffix(this, (object) => ({ kind: 'hasLabels', object, labels: ast<A.Name[]>(labels).map((l) => l.name) }));
  },
  PropertyLookup(_dot, key) {
    return ast<A.Name>(key).name;
  },

  ParenthesizedExpression(_open, expr, _close) {
    const inner = ast<A.Expr | OverflowingLiteral>(expr);
    if ('overflow' in inner) throw syntaxError('IntegerOverflow', `integer ${expr.sourceString} is too large (64-bit integers)`, expr.source.startIdx);
    return inner;
  },
  CountStar(_count, _open, _star, _close): A.Expr {
    return { kind: 'countStar', ...span(this) };
  },
  CaseExpression(_case, test, alternatives, otherwise, _end): A.Expr {
    const alts = alternatives.children.map((a) => ast<{ when: A.Expr; then: A.Expr }>(a));
    return {
      kind: 'case',
      test: opt(test),
      whens: alts.map((a) => a.when),
      thens: alts.map((a) => a.then),
      otherwise: opt(otherwise),
      ...span(this),
    };
  },
  CaseAlternative(_when, when, _then, then) {
    return { when: ast(when), then: ast(then) };
  },
  CaseElse: passThrough,
  ListComprehension(_open, variable, _in, list, where, _bar, map, _close): A.Expr {
    return { kind: 'listComprehension', variable: name(variable), list: ast(list), where: opt(where), map: opt(map), ...span(this) };
  },
  PatternComprehension(_open, variable, _eq, pattern, where, _bar, map, _close): A.Expr {
    return {
      kind: 'patternComprehension',
      variable: variable.children[0] ? name(variable.children[0]) : null,
      pattern: ast(pattern),
      where: opt(where),
      map: ast(map),
      ...span(this),
    };
  },
  Quantifier(quantifier, _open, variable, _in, list, where, _close): A.Expr {
    return {
      kind: 'quantifier',
      quantifier: quantifier.sourceString.toLowerCase() as A.Quantifier,
      variable: name(variable),
      list: ast(list),
      where: opt(where),
      ...span(this),
    };
  },
  Reduce(_reduce, _open, accumulator, _eq, init, _comma, variable, _in, list, _bar, expr, _close): A.Expr {
    return {
      kind: 'reduce',
      accumulator: name(accumulator),
      init: ast(init),
      variable: name(variable),
      list: ast(list),
      expr: ast(expr),
      ...span(this),
    };
  },
  ExistsSubquery(_exists, _open, body, _close): A.Expr {
    return { kind: 'exists', ...ast<{ query: A.Query | null; pattern: A.PatternPart[] | null; where: A.Expr | null }>(body), ...span(this) };
  },
  ExistsBody_query(query) {
    return { query: ast(query), pattern: null, where: null };
  },
  ExistsBody_pattern(pattern, where) {
    return { query: null, pattern: ast(pattern), where: opt(where) };
  },
  FunctionInvocation(fn, _open, distinct, args, _close): A.Expr {
    return { kind: 'call', name: ast<string>(fn), distinct: distinct.children.length > 0, args: listOf(args), ...span(this) };
  },
  FunctionName(parts) {
    return parts.asIteration().children.map((p) => ast<string>(p)).join('.');
  },
  FunctionNamePart(name) {
    return ast<string>(name);
  },
  MapProjection(variable, _open, items, _close): A.Expr {
    return { kind: 'mapProjection', variable: name(variable), items: listOf(items), ...span(this) };
  },
  MapProjectionItem_all(_dot, _star): A.MapProjectionItem {
    return { kind: 'allProperties', ...span(this) };
  },
  MapProjectionItem_property(lookup): A.MapProjectionItem {
    return { kind: 'property', key: ast(lookup), ...span(this) };
  },
  MapProjectionItem_literal(key, _colon, value): A.MapProjectionItem {
    return { kind: 'entry', key: ast<A.Name>(key).name, value: ast(value), ...span(this) };
  },
  MapProjectionItem_variable(variable): A.MapProjectionItem {
    return { kind: 'variable', name: ast<string>(variable), ...span(this) };
  },

  BooleanLiteral(value): A.Expr {
    return { kind: 'literal', value: value.sourceString.toLowerCase() === 'true', ...span(this) };
  },
  NullLiteral(_null): A.Expr {
    return { kind: 'literal', value: null, ...span(this) };
  },
  ListLiteral(_open, items, _close): A.Expr {
    return { kind: 'list', items: listOf(items), ...span(this) };
  },
  MapLiteral(_open, entries, _close): A.Expr {
    const pairs = listOf<{ key: string; value: A.Expr }>(entries);
    return { kind: 'map', keys: pairs.map((p) => p.key), values: pairs.map((p) => p.value), ...span(this) };
  },
  MapEntry(key, _colon, value) {
    return { key: ast<A.Name>(key).name, value: ast(value) };
  },
  parameter(_dollar, nameNode): A.Expr {
    const raw = nameNode.sourceString;
    const paramName = raw.startsWith('`') ? decodeEscapedName(raw.slice(1, -1)) : raw;
    return { kind: 'parameter', name: paramName, ...span(this) };
  },
  numberLiteral_float(_float): A.Expr {
    return { kind: 'literal', value: decodeFloat(this.sourceString, this.source.startIdx), ...span(this) };
  },
  numberLiteral_invalid(_digit, _rest): A.Expr {
    throw syntaxError('InvalidNumberLiteral', `invalid number ${this.sourceString}`, this.source.startIdx);
  },
  integerLiteral_hex(_prefix, _digits) {
    return integerLiteral(this);
  },
  integerLiteral_octal(_prefix, _digits) {
    return integerLiteral(this);
  },
  integerLiteral_decimal(_digits) {
    return integerLiteral(this);
  },
  stringLiteral_single(_open, chars, _close): A.Expr {
    return { kind: 'literal', value: chars.children.map((c) => ast<string>(c)).join(''), ...span(this) };
  },
  stringLiteral_double(_open, chars, _close): A.Expr {
    return { kind: 'literal', value: chars.children.map((c) => ast<string>(c)).join(''), ...span(this) };
  },
  singleQuotedChar_plain(_char) {
    return this.sourceString;
  },
  doubleQuotedChar_plain(_char) {
    return this.sourceString;
  },
  escapeSequence_unicode4(_u, _d1, _d2, _d3, _d4) {
    return decodeEscape(this.sourceString.slice(1), this.source.startIdx);
  },
  escapeSequence_unicode8(_u, _d1, _d2, _d3, _d4, _d5, _d6, _d7, _d8) {
    return decodeEscape(this.sourceString.slice(1), this.source.startIdx);
  },
  escapeSequence_simple(_backslash, _char) {
    return decodeEscape(this.sourceString.slice(1), this.source.startIdx);
  },
  escapeSequence_invalid(_backslash, _char) {
    return decodeEscape(this.sourceString.slice(1), this.source.startIdx);
  },

  Variable(symbolic) {
    return ast<string>(symbolic);
  },
  Atom(atom) {
    // A bare Variable is the only atom whose action yields a plain name, a pattern the only one with nodes.
    const value = ast<A.Expr | A.PatternElement | string>(atom);
    if (typeof value === 'string') return { kind: 'variable', name: value, ...span(this) };
    if ('nodes' in value) return { kind: 'patternPredicate', pattern: value, ...span(this) };
    return value;
  },
  LabelName(n) {
    return name(n);
  },
  RelTypeName(n) {
    return name(n);
  },
  PropertyKeyName(n) {
    return name(n);
  },
  symbolicName_escaped(escaped) {
    return decodeEscapedName(escaped.sourceString.slice(1, -1));
  },
  symbolicName_plain(_start, _rest) {
    return this.sourceString;
  },
  reservedWord(_word) {
    return this.sourceString;
  },
});

function rangeBound(node: Node): number {
  const v = ast<{ value: unknown }>(node).value;
  return typeof v === 'number' ? v : Number.MAX_SAFE_INTEGER;
}

/** Builds the AST of a successful match. Errors thrown here carry offsets relative to the statement. */
export function toAst(match: ReturnType<typeof cypherGrammar.match>): A.Query {
  return semantics(match)['ast']() as A.Query;
}
