/**
 * fast-check arbitraries for free-form random Cypher (scoped-query.ts makes the well-scoped kind), from
 * a small grammar: clauses (MATCH, OPTIONAL MATCH,
 * WHERE, WITH, UNWIND, CREATE, RETURN with DISTINCT / ORDER BY / SKIP / LIMIT, UNION), patterns
 * (labels, property maps, directions, type alternatives, variable length, named paths) and
 * expressions (literals including huge numbers and arbitrary unicode strings, variables, properties,
 * parameters, operators, functions, CASE, list comprehensions, indexing and slicing). Nothing keeps
 * variables in scope or arities right: these mostly exercise the parser's and binder's errors.
 */
import fc from 'fast-check';

const VARIABLES = ['a', 'b', 'n', 'm', 'p', 'e', 'r', 'x', 'path'];
const LABELS = ['Person', 'Country', 'Organization', 'Event', 'Missing'];
const TYPES = ['ATTENDED', 'LEADS', 'PLEDGES', 'REFUSES_TROOPS', 'MEMBER_OF', 'NOPE'];
const KEYS = ['name', 'date', 'iso2', 'confidence', 'title', 'aliases', 'evidence', 'mentions', 'missing'];
const FUNCTIONS = [
  'count', 'collect', 'sum', 'avg', 'min', 'max', 'id', 'labels', 'type', 'keys', 'properties', 'size', 'length', 'nodes',
  'relationships', 'startNode', 'endNode', 'coalesce', 'head', 'last', 'tail', 'range', 'toString', 'toInteger', 'toFloat',
  'toBoolean', 'toLower', 'toUpper', 'trim', 'substring', 'replace', 'split', 'abs', 'ceil', 'floor', 'round', 'sqrt', 'sign',
  'exists', 'noSuchFunction',
];
const BINARY = ['+', '-', '*', '/', '%', '^', '=', '<>', '<', '<=', '>', '>=', 'AND', 'OR', 'XOR', 'IN', 'STARTS WITH', 'ENDS WITH', 'CONTAINS', '=~'];

export const variable = fc.constantFrom(...VARIABLES);
const label = fc.constantFrom(...LABELS);
const relType = fc.constantFrom(...TYPES);
const key = fc.constantFrom(...KEYS);

/** A Cypher string literal holding arbitrary text (any unicode, quotes and backslashes escaped). */
export const stringLiteral = fc
  .oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('', 'Macron', '2025-12', 'é', "l'Union", '.*', '(', '[a-'))
  .map((s) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`);

export const numberLiteral = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.constantFrom('9223372036854775807', '-9223372036854775808', '9223372036854775808', '0x7FFFFFFFFFFFFFFF', '0o777', '1e308', '1e309', '-0.0', '.5', '1.5e-300'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (/^-?\d+$/.test(String(d)) ? `${d}.0` : String(d))),
);

const literal = fc.oneof(numberLiteral, stringLiteral, fc.constantFrom('true', 'false', 'null'));

/** Parenthesized unless a single token, so operators apply to what the grammar meant. */
const group = (e: string) => (/^[\w.$']+$/.test(e) ? e : `(${e})`);

export const { expression } = fc.letrec<{ expression: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { weight: 4, arbitrary: literal },
    { weight: 4, arbitrary: variable },
    { weight: 4, arbitrary: fc.tuple(variable, key).map(([v, k]) => `${v}.${k}`) },
    { weight: 1, arbitrary: fc.constantFrom('$p', '$q', '$missing', 'count(*)') },
  ),
  expression: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 12, arbitrary: tie('atom') },
    { weight: 3, arbitrary: fc.tuple(tie('expression'), fc.constantFrom(...BINARY), tie('expression')).map(([l, op, r]) => `${group(l)} ${op} ${group(r)}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('NOT ', '-', '+'), tie('expression')).map(([op, e]) => `${op}${group(e)}`) },
    { weight: 1, arbitrary: fc.tuple(tie('expression'), fc.constantFrom(' IS NULL', ' IS NOT NULL')).map(([e, op]) => `${group(e)}${op}`) },
    { weight: 1, arbitrary: tie('expression').map((e) => `(${e})`) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...FUNCTIONS), fc.boolean(), fc.array(tie('expression'), { maxLength: 3 }))
        .map(([f, distinct, args]) => `${f}(${distinct && args.length ? 'DISTINCT ' : ''}${args.join(', ')})`),
    },
    { weight: 1, arbitrary: fc.array(tie('expression'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`) },
    { weight: 1, arbitrary: fc.array(fc.tuple(key, tie('expression')), { maxLength: 3 }).map((es) => `{${es.map(([k, v]) => `${k}: ${v}`).join(', ')}}`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(tie('expression'), tie('expression'), tie('expression'))
        .map(([c, t, e]) => `CASE WHEN ${c} THEN ${t} ELSE ${e} END`),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(variable, tie('expression'), tie('expression'), tie('expression')).map(([v, list, where, map]) => `[${v} IN ${list} WHERE ${where} | ${map}]`),
    },
    { weight: 1, arbitrary: fc.tuple(tie('expression'), tie('expression')).map(([l, i]) => `${group(l)}[${i}]`) },
    { weight: 1, arbitrary: fc.tuple(tie('expression'), fc.option(tie('expression')), fc.option(tie('expression'))).map(([l, a, b]) => `${group(l)}[${a ?? ''}..${b ?? ''}]`) },
  ),
}));

const propertyMap = fc.option(
  fc.array(fc.tuple(key, fc.oneof(literal, fc.constant('$p'))), { minLength: 1, maxLength: 2 }).map((es) => ` {${es.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
  { nil: '' },
);

const nodePattern = fc
  .tuple(fc.option(variable, { nil: '' }), fc.array(label, { maxLength: 2 }), propertyMap)
  .map(([v, labels, props]) => `(${v}${labels.map((l) => `:${l}`).join('')}${props})`);

const relPattern = fc
  .tuple(
    fc.option(variable, { nil: '' }),
    fc.array(relType, { maxLength: 2 }),
    fc.constantFrom('', '', '*', '*2', '*1..3', '*..2', '*0..1'),
    propertyMap,
    fc.constantFrom('-', '->', '<-'),
  )
  .map(([v, types, length, props, dir]) => {
    const body = `[${v}${types.length ? ':' + types.join('|') : ''}${length}${props}]`;
    return dir === '->' ? `-${body}->` : dir === '<-' ? `<-${body}-` : `-${body}-`;
  });

export const pattern = fc
  .tuple(fc.option(fc.constant('path = '), { nil: '' }), nodePattern, fc.array(fc.tuple(relPattern, nodePattern), { maxLength: 2 }))
  .map(([named, first, hops]) => `${named}${first}${hops.map(([r, n]) => r + n).join('')}`);

const projection = fc.oneof(
  { weight: 1, arbitrary: fc.constant('*') },
  {
    weight: 6,
    arbitrary: fc
      .array(fc.tuple(expression, fc.option(variable, { nil: undefined })), { minLength: 1, maxLength: 3 })
      .map((items) => items.map(([e, alias]) => (alias ? `${e} AS ${alias}` : e)).join(', ')),
  },
);

const orderSkipLimit = fc
  .tuple(
    fc.option(fc.array(fc.tuple(expression, fc.constantFrom('', ' DESC', ' ASC')), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    fc.option(fc.oneof(fc.nat(5).map(String), expression), { nil: undefined }),
    fc.option(fc.oneof(fc.nat(5).map(String), expression), { nil: undefined }),
  )
  .map(([order, skip, limit]) => `${order ? ` ORDER BY ${order.map(([e, d]) => e + d).join(', ')}` : ''}${skip ? ` SKIP ${skip}` : ''}${limit ? ` LIMIT ${limit}` : ''}`);

const clause = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('MATCH', 'OPTIONAL MATCH'), fc.array(pattern, { minLength: 1, maxLength: 2 }), fc.option(expression)).map(([kw, ps, where]) => `${kw} ${ps.join(', ')}${where ? ` WHERE ${where}` : ''}`) },
  { weight: 2, arbitrary: fc.tuple(expression, variable).map(([e, v]) => `UNWIND ${e} AS ${v}`) },
  { weight: 2, arbitrary: fc.tuple(fc.boolean(), projection, orderSkipLimit, fc.option(expression)).map(([d, p, o, w]) => `WITH ${d ? 'DISTINCT ' : ''}${p}${o}${w ? ` WHERE ${w}` : ''}`) },
  { weight: 1, arbitrary: fc.array(pattern, { minLength: 1, maxLength: 2 }).map((ps) => `CREATE ${ps.join(', ')}`) },
);

const singleQuery = fc
  .tuple(fc.array(clause, { maxLength: 3 }), fc.boolean(), projection, orderSkipLimit)
  .map(([clauses, distinct, items, tail]) => [...clauses, `RETURN ${distinct ? 'DISTINCT ' : ''}${items}${tail}`].join('\n'));

/** A free-form query: one or two single queries joined by UNION [ALL], sometimes with no RETURN at all. */
export const wildQuery = fc.oneof(
  { weight: 6, arbitrary: singleQuery },
  { weight: 1, arbitrary: fc.tuple(singleQuery, fc.constantFrom(' UNION ', ' UNION ALL '), singleQuery).map(([a, u, b]) => a + '\n' + u + '\n' + b) },
  { weight: 1, arbitrary: fc.array(clause, { minLength: 1, maxLength: 3 }).map((cs) => cs.join(' ')) },
);

/** Values for `$p` and `$q`, as a caller would pass them (QueryOptions.params). */
const jsonValue = fc.jsonValue({ maxDepth: 2 });
export const queryParams = fc.record({
  p: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), jsonValue),
  name: fc.oneof(fc.constantFrom('Emmanuel Macron', 'Giorgia Meloni', 'nobody'), fc.string()),
  q: fc.oneof(fc.array(fc.integer(), { maxLength: 4 }), fc.dictionary(fc.constantFrom(...KEYS), fc.string(), { maxKeys: 3 })),
});
