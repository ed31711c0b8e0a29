/**
 * Random queries that mostly make sense, so that the fuzz reaches the planner and the executor rather
 * than stopping at the binder: fast-check generates a query's shape (clauses, patterns, expression
 * trees with variable "slots"), then a renderer walks it clause by clause, keeping the set of bound
 * variables, and resolves each slot to a variable in scope, gives functions their arity, keeps
 * aggregates to projections, aliases WITH items and lines up UNION columns. A few choices are still
 * left wrong on purpose (an unknown function, an arity off by one) so errors stay on the menu.
 */
import fc from 'fast-check';

/** An expression, rendered against the variables in scope (the shape is generated, names resolved late). */
type Expr = (ctx: Ctx) => string;

type VarKind = 'node' | 'rel' | 'path' | 'value';

/** What an expression may refer to while it is rendered. */
interface Ctx {
  /** A variable of one of `kinds` (slot picks which), or null when none is in scope. */
  pick(kinds: VarKind[], slot: number): string | null;
  /** A fresh name for a comprehension variable, in scope inside `body` only. */
  local(body: (name: string) => string): string;
}

interface NodeSpec {
  fresh: boolean;
  slot: number;
  named: boolean;
  labels: string[];
  props: [string, Expr][];
}
interface RelSpec {
  named: boolean;
  types: string[];
  length: string;
  direction: '->' | '<-' | '-';
  props: [string, Expr][];
}
interface PatternSpec {
  path: boolean;
  first: NodeSpec;
  hops: [RelSpec, NodeSpec][];
}
interface Item {
  e: Expr;
  aggregate: boolean;
}
interface Projection {
  star: boolean;
  distinct: boolean;
  items: Item[];
  order: [Expr, string][];
  skip: number | null;
  limit: number | null;
  where: Expr | null;
}
type Clause =
  | { k: 'match'; optional: boolean; patterns: PatternSpec[]; where: Expr | null }
  | { k: 'unwind'; e: Expr }
  | { k: 'with'; p: Projection }
  | { k: 'create'; patterns: PatternSpec[] };
interface QuerySpec {
  parts: { clauses: Clause[]; ret: Projection | null }[];
  unionAll: boolean;
}

const LABELS = ['Person', 'Country', 'Organization', 'Event', 'Missing'];
const TYPES = ['ATTENDED', 'LEADS', 'PLEDGES', 'REFUSES_TROOPS', 'MEMBER_OF', 'NOPE'];
const KEYS = ['name', 'date', 'iso2', 'confidence', 'title', 'aliases', 'evidence', 'mentions', 'what', 'missing'];
const POOL = ['a', 'b', 'c', 'n', 'm', 'p', 'q', 'r', 's', 'e', 'x', 'y'];

const slot = fc.nat(31);

/** Parenthesized unless a single token, so operators apply to what the grammar meant. */
const group = (text: string) => (/^[\w.$']+$/.test(text) ? text : `(${text})`);
const lit = (arb: fc.Arbitrary<string>): fc.Arbitrary<Expr> => arb.map((text) => () => text);
const call = (name: string, ...args: Expr[]): Expr => (ctx) => `${name}(${args.map((a) => a(ctx)).join(', ')})`;
const prop = (keys: string[]): fc.Arbitrary<Expr> =>
  fc.tuple(slot, fc.constantFrom(...keys)).map(([s, key]) => (ctx: Ctx) => {
    const v = ctx.pick(['node', 'rel'], s);
    return v ? `${v}.${key}` : 'null';
  });
const variable = (kinds: VarKind[]): fc.Arbitrary<Expr> => slot.map((s) => (ctx: Ctx) => ctx.pick(kinds, s) ?? 'null');
const binary = (ops: string[], l: fc.Arbitrary<Expr>, r: fc.Arbitrary<Expr>): fc.Arbitrary<Expr> =>
  fc.tuple(fc.constantFrom(...ops), l, r).map(([op, a, b]) => (ctx: Ctx) => `${group(a(ctx))} ${op} ${group(b(ctx))}`);

const integerText = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -20, max: 100 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('9223372036854775807', '-9223372036854775808', '4611686018427387904', '0x1F', '0o17') },
);
const floatText = fc.constantFrom('0.1', '-0.0', '1e300', '2.5', '1.0', '-3.75', '1e-300', '0.5');
const stringText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("'Macron'", "'2025-12'", "''", "'é'", "'l\\'Union'", "'France'", "'.*a.*'", "'Sommet 1'", "'FR'", "' '") },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }).map((t) => `'${t.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`) },
);

/**
 * Expressions by type, so that WHERE gets predicates, UNWIND and IN get lists, arithmetic gets numbers:
 * the queries then pass the binder's type checks and reach execution. `any` mixes them, and a small
 * share of each type is left untyped so type errors still occur.
 */
const typed = fc.letrec<{ num: Expr; str: Expr; bool: Expr; list: Expr; any: Expr }>((tie) => ({
  num: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: lit(integerText) },
    { weight: 2, arbitrary: lit(floatText) },
    { weight: 4, arbitrary: prop(['mentions', 'confidence']) },
    { weight: 3, arbitrary: binary(['+', '-', '*', '/', '%', '^'], tie('num'), tie('num')) },
    { weight: 1, arbitrary: tie('num').map((e) => (ctx: Ctx) => `-${group(e(ctx))}`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('abs', 'ceil', 'floor', 'round', 'sqrt', 'sign', 'toInteger', 'toFloat'), tie('num')).map(([f, e]) => call(f, e)) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('size', 'length'), tie('list')).map(([f, e]) => call(f, e)) },
    { weight: 1, arbitrary: tie('str').map((e) => call('size', e)) },
    { weight: 1, arbitrary: variable(['node', 'rel']).map((e) => call('id', e)) },
    { weight: 1, arbitrary: tie('any') },
  ),
  str: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: lit(stringText) },
    { weight: 6, arbitrary: prop(['name', 'date', 'title', 'iso2', 'what', 'place', 'kind']) },
    { weight: 2, arbitrary: binary(['+'], tie('str'), tie('str')) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('toUpper', 'toLower', 'trim', 'reverse', 'toString'), tie('str')).map(([f, e]) => call(f, e)) },
    { weight: 1, arbitrary: fc.tuple(tie('str'), tie('num'), fc.option(tie('num'), { nil: undefined })).map(([s, a, b]) => (b ? call('substring', s, a, b) : call('substring', s, a))) },
    { weight: 1, arbitrary: fc.tuple(tie('str'), tie('str'), tie('str')).map(([a, b, c]) => call('replace', a, b, c)) },
    { weight: 1, arbitrary: tie('num').map((e) => call('toString', e)) },
    { weight: 1, arbitrary: variable(['rel']).map((e) => call('type', e)) },
    { weight: 1, arbitrary: tie('any') },
  ),
  bool: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 2, arbitrary: lit(fc.constantFrom('true', 'false', 'null')) },
    { weight: 4, arbitrary: binary(['=', '<>', '<', '<=', '>', '>='], tie('num'), tie('num')) },
    { weight: 4, arbitrary: binary(['=', '<>', '<', '>=', 'STARTS WITH', 'ENDS WITH', 'CONTAINS', '=~'], tie('str'), tie('str')) },
    { weight: 2, arbitrary: fc.tuple(tie('any'), fc.constantFrom('IS NULL', 'IS NOT NULL')).map(([e, op]) => (ctx: Ctx) => `${group(e(ctx))} ${op}`) },
    { weight: 3, arbitrary: binary(['AND', 'OR', 'XOR'], tie('bool'), tie('bool')) },
    { weight: 1, arbitrary: tie('bool').map((e) => (ctx: Ctx) => `NOT ${group(e(ctx))}`) },
    { weight: 2, arbitrary: binary(['IN'], tie('any'), tie('list')) },
    { weight: 1, arbitrary: binary(['=', '<>'], variable(['node', 'rel', 'path', 'value']), variable(['node', 'rel', 'path', 'value'])) },
    { weight: 1, arbitrary: tie('list').map((l) => call('isEmpty', l)) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('any', 'all', 'none', 'single'), tie('list'), tie('bool')).map(
        ([q, l, b]) =>
          (ctx: Ctx) =>
            ctx.local((x) => `${q}(${x} IN ${l(ctx)} WHERE ${b(ctx)})`),
      ),
    },
    { weight: 1, arbitrary: tie('any') },
  ),
  list: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: fc.array(tie('any'), { maxLength: 4 }).map((items) => (ctx: Ctx) => `[${items.map((i) => i(ctx)).join(', ')}]`) },
    { weight: 3, arbitrary: prop(['aliases', 'evidence']) },
    { weight: 2, arbitrary: fc.tuple(tie('num'), tie('num'), fc.option(lit(fc.constantFrom('1', '2', '-1', '0')), { nil: undefined })).map(([a, b, c]) => (c ? call('range', a, b, c) : call('range', a, b))) },
    { weight: 1, arbitrary: fc.tuple(tie('str'), tie('str')).map(([a, b]) => call('split', a, b)) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('keys', 'labels', 'properties'), variable(['node'])).map(([f, v]) => (f === 'properties' ? call('keys', call(f, v)) : call(f, v))) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('nodes', 'relationships'), variable(['path'])).map(([f, v]) => call(f, v)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('tail', 'reverse'), tie('list')).map(([f, l]) => call(f, l)) },
    { weight: 1, arbitrary: binary(['+'], tie('list'), tie('list')) },
    { weight: 1, arbitrary: fc.tuple(tie('list'), fc.option(tie('num'), { nil: undefined }), fc.option(tie('num'), { nil: undefined })).map(([l, a, b]) => (ctx: Ctx) => `${group(l(ctx))}[${a ? a(ctx) : ''}..${b ? b(ctx) : ''}]`) },
    {
      weight: 2,
      arbitrary: fc.tuple(tie('list'), fc.option(tie('bool'), { nil: undefined }), fc.option(tie('any'), { nil: undefined })).map(
        ([l, where, map]) =>
          (ctx: Ctx) =>
            ctx.local((x) => `[${x} IN ${l(ctx)}${where ? ` WHERE ${where(ctx)}` : ''}${map ? ` | ${map(ctx)}` : ''}]`),
      ),
    },
    { weight: 1, arbitrary: lit(fc.constantFrom('$q', 'null', '[]')) },
    { weight: 1, arbitrary: tie('any') },
  ),
  any: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 12, arbitrary: variable(['node', 'rel', 'path', 'value']) },
    { weight: 8, arbitrary: tie('num') },
    { weight: 8, arbitrary: tie('str') },
    { weight: 4, arbitrary: tie('bool') },
    { weight: 4, arbitrary: tie('list') },
    { weight: 4, arbitrary: lit(fc.constantFrom('null', '$p', '$name', '{}', "{k: 'v', n: 1}")) },
    { weight: 4, arbitrary: fc.tuple(tie('list'), tie('num')).map(([l, i]) => (ctx: Ctx) => `${group(l(ctx))}[${i(ctx)}]`) },
    { weight: 4, arbitrary: fc.tuple(tie('bool'), tie('any'), tie('any')).map(([c, t, e]) => (ctx: Ctx) => `CASE WHEN ${c(ctx)} THEN ${t(ctx)} ELSE ${e(ctx)} END`) },
    { weight: 4, arbitrary: fc.tuple(tie('any'), tie('any')).map(([a, b]) => call('coalesce', a, b)) },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom('head', 'last'), tie('list')).map(([f, l]) => call(f, l)) },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom('startNode', 'endNode'), variable(['rel'])).map(([f, v]) => call(f, v)) },
    { weight: 4, arbitrary: fc.tuple(slot, fc.array(fc.constantFrom('name', 'date', '*'), { minLength: 1, maxLength: 2 })).map(([s, keys]) => (ctx: Ctx) => {
      const v = ctx.pick(['node', 'rel'], s);
      return v ? `${v} {${keys.map((k) => (k === '*' ? '.*' : `.${k}`)).join(', ')}}` : '{}';
    }) },
    // Left wrong on purpose: an unknown function, an arity off by one.
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('noSuchFunction', 'toUpper', 'range', 'size'), fc.array(tie('any'), { maxLength: 3 })).map(([f, args]) => call(f, ...args)) },
  ),
}));

const expr = typed.any;
const predicate = typed.bool;
const listExpr = typed.list;

const props = fc.array(fc.tuple(fc.constantFrom(...KEYS), expr), { maxLength: 1 });
const nodeSpec: fc.Arbitrary<NodeSpec> = fc.record({ fresh: fc.boolean(), slot, named: fc.nat(3).map((n) => n > 0), labels: fc.array(fc.constantFrom(...LABELS), { maxLength: 1 }), props });
const relSpec: fc.Arbitrary<RelSpec> = fc.record({
  named: fc.boolean(),
  types: fc.array(fc.constantFrom(...TYPES), { maxLength: 2 }),
  length: fc.constantFrom('', '', '', '', '*', '*2', '*1..3', '*..2', '*0..1'),
  direction: fc.constantFrom('->', '<-', '-'),
  props: fc.array(fc.tuple(fc.constantFrom('confidence', 'what'), expr), { maxLength: 1 }),
});
const patternSpec: fc.Arbitrary<PatternSpec> = fc.record({ path: fc.nat(4).map((n) => n === 0), first: nodeSpec, hops: fc.array(fc.tuple(relSpec, nodeSpec), { maxLength: 2 }) });
const aggregate: fc.Arbitrary<Item> = fc.oneof(
  fc.constant<Item>({ e: () => 'count(*)', aggregate: true }),
  fc.tuple(fc.constantFrom('count', 'collect', 'min', 'max'), fc.boolean(), expr).map(([f, d, e]): Item => ({ e: (ctx) => `${f}(${d ? 'DISTINCT ' : ''}${e(ctx)})`, aggregate: true })),
  fc.tuple(fc.constantFrom('sum', 'avg'), fc.boolean(), typed.num).map(([f, d, e]): Item => ({ e: (ctx) => `${f}(${d ? 'DISTINCT ' : ''}${e(ctx)})`, aggregate: true })),
);
const projection: fc.Arbitrary<Projection> = fc.record({
  star: fc.nat(9).map((n) => n === 0),
  distinct: fc.nat(4).map((n) => n === 0),
  items: fc.array(fc.oneof({ weight: 4, arbitrary: expr.map((e): Item => ({ e, aggregate: false })) }, { weight: 1, arbitrary: aggregate }), { minLength: 1, maxLength: 3 }),
  order: fc.array(fc.tuple(expr, fc.constantFrom('', ' DESC', ' ASC')), { maxLength: 2 }),
  skip: fc.option(fc.nat(3), { nil: null }),
  limit: fc.option(fc.nat(20), { nil: null }),
  where: fc.option(predicate, { nil: null, freq: 3 }),
});
const clause: fc.Arbitrary<Clause> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ k: fc.constant('match' as const), optional: fc.nat(3).map((n) => n === 0), patterns: fc.array(patternSpec, { minLength: 1, maxLength: 2 }), where: fc.option(predicate, { nil: null }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('unwind' as const), e: listExpr }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('with' as const), p: projection }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('create' as const), patterns: fc.array(patternSpec, { minLength: 1, maxLength: 1 }) }) },
);
const part = fc.record({ clauses: fc.array(clause, { minLength: 0, maxLength: 3 }), ret: fc.option(projection, { nil: null, freq: 8 }) });
const querySpec: fc.Arbitrary<QuerySpec> = fc.record({ parts: fc.array(part, { minLength: 1, maxLength: 2 }), unionAll: fc.boolean() });

interface Bound {
  name: string;
  kind: VarKind;
}

class Renderer implements Ctx {
  scope: Bound[] = [];
  private locals: Bound[] = [];
  private fresh = 0;

  pick(kinds: VarKind[], slot: number): string | null {
    const candidates = [...this.scope, ...this.locals].filter((b) => kinds.includes(b.kind));
    return candidates.length ? candidates[slot % candidates.length]!.name : null;
  }

  local(body: (name: string) => string): string {
    const name = this.newName();
    this.locals.push({ name, kind: 'value' });
    try {
      return body(name);
    } finally {
      this.locals.pop();
    }
  }

  newName(): string {
    for (;;) {
      const name = this.fresh < POOL.length ? POOL[this.fresh]! : `v${this.fresh}`;
      this.fresh++;
      if (!this.scope.some((b) => b.name === name) && !this.pending.some((b) => b.name === name)) return name;
    }
  }

  private bind(name: string, kind: VarKind): void {
    this.scope = [...this.scope.filter((b) => b.name !== name), { name, kind }];
  }

  /**
   * Variables a clause's patterns introduce: bound once the clause is rendered, so that property maps
   * only refer to what earlier clauses bound.
   */
  private pending: Bound[] = [];

  private introduce(name: string, kind: VarKind): void {
    this.pending.push({ name, kind });
  }

  private commit(): void {
    for (const b of this.pending) this.bind(b.name, b.kind);
    this.pending = [];
  }

  private node(n: NodeSpec, bound: Set<string>, creating: boolean): string {
    const reuse = !n.fresh && !creating ? this.pick(['node'], n.slot) : null;
    if (reuse && !bound.has(reuse)) {
      bound.add(reuse);
      return `(${reuse})`;
    }
    const v = n.named ? this.newName() : '';
    const props = n.props.length ? ` {${n.props.map(([k, e]) => `${k}: ${e(this)}`).join(', ')}}` : '';
    if (v) {
      bound.add(v);
      this.introduce(v, 'node');
    }
    return `(${v}${n.labels.map((l) => `:${l}`).join('')}${props})`;
  }

  pattern(p: PatternSpec, bound: Set<string>, creating: boolean): string {
    let text = this.node(p.first, bound, creating);
    for (const [r, n] of p.hops) {
      const v = r.named ? this.newName() : '';
      const types = creating ? [r.types[0] ?? 'ATTENDED'] : r.types;
      const length = creating ? '' : r.length;
      const props = r.props.length ? ` {${r.props.map(([k, e]) => `${k}: ${e(this)}`).join(', ')}}` : '';
      if (v) {
        bound.add(v);
        this.introduce(v, length ? 'value' : 'rel');
      }
      const body = `[${v}${types.length ? ':' + types.join('|') : ''}${length}${props}]`;
      const direction = creating && r.direction === '-' ? '->' : r.direction;
      text += (direction === '->' ? `-${body}->` : direction === '<-' ? `<-${body}-` : `-${body}-`) + this.node(n, bound, creating);
    }
    if (p.path && !creating) {
      const name = this.newName();
      bound.add(name);
      this.introduce(name, 'path');
      text = `${name} = ${text}`;
    }
    return text;
  }

  /** Renders a projection; `columns` forces the column names (UNION parts must agree). */
  projection(keyword: 'WITH' | 'RETURN', p: Projection, columns?: string[]): string {
    const aggregated = p.items.some((i) => i.aggregate);
    const star = p.star && this.scope.length > 0 && !columns;
    const names = columns ?? p.items.map(() => this.newName());
    const rendered = names.map((name, i) => {
      const text = p.items[i % p.items.length]!.e(this);
      // `WITH n AS m` keeps m a node; anything computed is a plain value.
      const kind = this.scope.find((b) => b.name === text)?.kind ?? 'value';
      return { name, text: `${text} AS ${name}`, kind };
    });
    const visible: Bound[] = star ? this.scope : rendered.map((r) => ({ name: r.name, kind: r.kind }));
    // After aggregation or DISTINCT, ORDER BY may only use what is projected.
    this.scope = aggregated || p.distinct ? visible : [...this.scope.filter((b) => !visible.some((v) => v.name === b.name)), ...visible];
    const order = p.order.length ? ` ORDER BY ${p.order.map(([e, dir]) => e(this) + dir).join(', ')}` : '';
    this.scope = visible;
    const where = keyword === 'WITH' && p.where ? ` WHERE ${p.where(this)}` : '';
    const items = star ? '*' : rendered.map((r) => r.text).join(', ');
    return `${keyword} ${p.distinct ? 'DISTINCT ' : ''}${items}${order}${p.skip !== null ? ` SKIP ${p.skip}` : ''}${p.limit !== null ? ` LIMIT ${p.limit}` : ''}${where}`;
  }

  clause(c: Clause): string {
    switch (c.k) {
      case 'match': {
        const bound = new Set<string>();
        const patterns = c.patterns.map((p) => this.pattern(p, bound, false));
        this.commit();
        return `${c.optional ? 'OPTIONAL ' : ''}MATCH ${patterns.join(', ')}${c.where ? ` WHERE ${c.where(this)}` : ''}`;
      }
      case 'unwind': {
        const list = c.e(this);
        const v = this.newName();
        this.bind(v, 'value');
        return `UNWIND ${list} AS ${v}`;
      }
      case 'with':
        return this.projection('WITH', c.p);
      case 'create': {
        const bound = new Set<string>();
        const patterns = c.patterns.map((p) => this.pattern(p, bound, true));
        this.commit();
        return `CREATE ${patterns.join(', ')}`;
      }
    }
  }
}

function render(spec: QuerySpec): string {
  const width = spec.parts[0]!.ret?.items.length ?? 1;
  const columns = Array.from({ length: width }, (_, i) => `col${i}`);
  const parts = spec.parts.map((part, i) => {
    const r = new Renderer();
    const lines = part.clauses.map((c) => r.clause(c));
    // UNION needs a RETURN with the same columns on every side; only an update may end a query.
    if (part.ret || spec.parts.length > 1 || part.clauses.at(-1)?.k !== 'create') {
      const ret: Projection = part.ret ?? { star: false, distinct: false, items: [{ e: () => '1', aggregate: false }], order: [], skip: null, limit: null, where: null };
      lines.push(r.projection('RETURN', ret, spec.parts.length > 1 || i > 0 ? columns : undefined));
    }
    return lines.join('\n');
  });
  return parts.join(spec.unionAll ? '\nUNION ALL\n' : '\nUNION\n');
}

/** Random queries whose variables are in scope and whose functions have their arity, mostly. */
export const scopedQuery: fc.Arbitrary<string> = querySpec.map(render);
