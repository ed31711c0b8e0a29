/** The logical plan as an indented tree, for `explain()` and the REPL's `:explain`. */
import type { BExpr, BPatternPart } from '../bind/bound.ts';
import { formatValue, quoteName } from '../values/format-value.ts';
import type { LogicalOperator } from './logical.ts';

/** Prints a plan; `names` maps slots to the variable names the user wrote. */
export function explainPlan(plan: LogicalOperator, names: Map<number, string>): string {
  const lines: string[] = [];
  const name = (slot: number) => names.get(slot) ?? `anon_${slot}`;
  const expr = (e: BExpr | null): string => (e === null ? '' : describe(e, name));
  const walk = (op: LogicalOperator, depth: number, prefix: string) => {
    lines.push(`${'  '.repeat(depth)}${prefix}${headline(op, name, expr)}`);
    switch (op.op) {
      case 'Argument':
        return;
      case 'Union':
        op.inputs.forEach((input) => walk(input, depth + 1, ''));
        return;
      case 'Optional':
      case 'HashJoin':
        walk(op.inner, depth + 1, '⤷ ');
        walk(op.input, depth + 1, '');
        return;
      case 'Merge':
        walk(op.match, depth + 1, '⤷ ');
        walk(op.input, depth + 1, '');
        return;
      default:
        walk(op.input, depth + 1, '');
    }
  };
  walk(plan, 0, '');
  return lines.join('\n');
}

function headline(op: LogicalOperator, name: (s: number) => string, expr: (e: BExpr | null) => string): string {
  switch (op.op) {
    case 'Argument':
      return 'Argument';
    case 'NodeScan':
      return op.label === null
        ? `AllNodesScan (${name(op.slot)}${labels(op.labels)})  ~${Math.max(0, Math.round(op.estimate))} rows`
        : `NodeByLabelScan (${name(op.slot)}:${quoteName(op.label)}${labels(op.labels)})  ~${Math.max(0, Math.round(op.estimate))} rows`;
    case 'NodeIndexSeek':
      return op.many
        ? `NodeIndexSeek (${name(op.slot)}${op.label ? ':' + quoteName(op.label) : ''}${labels(op.labels)} ${quoteName(op.key)} IN ${expr(op.value)})`
        : `NodeIndexSeek (${name(op.slot)}${op.label ? ':' + quoteName(op.label) : ''}${labels(op.labels)} {${quoteName(op.key)}: ${expr(op.value)}})`;
    case 'NodeIndexRangeSeek': {
      const target = `${name(op.slot)}${op.label ? ':' + quoteName(op.label) : ''}${labels(op.labels)}`;
      const what = op.prefix
        ? `${quoteName(op.key)} STARTS WITH ${expr(op.prefix)}`
        : [op.lower && `${quoteName(op.key)} ${op.lower.inclusive ? '>=' : '>'} ${expr(op.lower.value)}`, op.upper && `${quoteName(op.key)} ${op.upper.inclusive ? '<=' : '<'} ${expr(op.upper.value)}`]
            .filter(Boolean)
            .join(' AND ');
      return `NodeIndexRangeSeek (${target} ${what})  ~${Math.max(0, Math.round(op.estimate))} rows`;
    }
    case 'Expand': {
      const s = op.spec;
      const types = s.types.length ? ':' + s.types.map(quoteName).join('|') : '';
      const range = s.varLength ? `*${s.varLength.min}..${s.varLength.max ?? ''}` : '';
      const rel = `[${name(s.rel)}${types}${range}]`;
      const arrow = s.direction === 'out' ? `-${rel}->` : s.direction === 'in' ? `<-${rel}-` : `-${rel}-`;
      const kind = s.into ? 'ExpandInto' : s.varLength ? 'VarLengthExpand' : 'Expand';
      return `${kind} (${name(s.from)})${arrow}(${name(s.to)}${labels(s.toLabels)})`;
    }
    case 'ShortestPath': {
      const s = op.spec;
      const rel = `[${name(s.rel)}${s.types.length ? ':' + s.types.map(quoteName).join('|') : ''}*${s.min}..${s.max ?? ''}]`;
      const arrow = s.direction === 'out' ? `-${rel}->` : s.direction === 'in' ? `<-${rel}-` : `-${rel}-`;
      return `${s.all ? 'AllShortestPaths' : 'ShortestPath'} (${name(s.from)})${arrow}(${name(s.to)})`;
    }
    case 'Filter':
      return `Filter ${expr(op.predicate)}`;
    case 'Optional':
      return 'Optional';
    case 'HashJoin':
      return `HashJoin ${expr(op.leftKey)} = ${expr(op.rightKey)}`;
    case 'Unwind':
      return `Unwind ${expr(op.expr)} AS ${name(op.slot)}`;
    case 'Project':
      return `Projection ${op.items.map((i) => `${expr(i.expr)} AS ${name(i.slot)}`).join(', ')}`;
    case 'BuildPath':
      return `NamedPath ${name(op.slot)} = ${pattern(op.part, name)}`;
    case 'Aggregate': {
      const keys = op.keys.map((k) => `${expr(k.expr)} AS ${name(k.slot)}`);
      const aggs = op.aggregates.map((a) => `${a.fn.name}(${a.distinct ? 'DISTINCT ' : ''}${a.args.length ? a.args.map(expr).join(', ') : '*'})`);
      return keys.length ? `EagerAggregation keys: ${keys.join(', ')}; ${aggs.join(', ')}` : `EagerAggregation ${aggs.join(', ')}`;
    }
    case 'RelationshipCount':
      return `RelationshipCountFromIndex ${op.types ? op.types.map(quoteName).join('|') : 'all types'}${op.typeSlot !== null ? ' grouped by type' : ''}`;
    case 'NodeCount':
      return `NodeCountFromIndex ${op.label === null ? 'all nodes' : ':' + quoteName(op.label)}`;
    case 'Distinct':
      return `Distinct ${op.slots.map(name).join(', ')}`;
    case 'Sort':
      return `Sort ${op.keys.map((k) => expr(k.expr) + (k.descending ? ' DESC' : '')).join(', ')}`;
    case 'Top':
      return `Top ${expr(op.limit)} by ${op.keys.map((k) => expr(k.expr) + (k.descending ? ' DESC' : '')).join(', ')}`;
    case 'Skip':
      return `Skip ${expr(op.count)}`;
    case 'Limit':
      return `Limit ${expr(op.count)}`;
    case 'Eager':
      return 'Eager';
    case 'Create':
      return `Create ${op.parts.map((p) => pattern(p, name)).join(', ')}`;
    case 'Merge':
      return `Merge ${pattern(op.part, name)}`;
    case 'SetItems':
      return `Set (${op.items.length} item${op.items.length === 1 ? '' : 's'})`;
    case 'Remove':
      return `Remove (${op.items.length} item${op.items.length === 1 ? '' : 's'})`;
    case 'Delete':
      return `${op.detach ? 'DetachDelete' : 'Delete'} ${op.exprs.map(expr).join(', ')}`;
    case 'Union':
      return 'Union';
    case 'Produce':
      return `ProduceResults ${op.columns.join(', ')}`;
  }
}

function labels(list: string[]): string {
  return list.map((l) => ':' + quoteName(l)).join('');
}

function pattern(part: BPatternPart, name: (s: number) => string): string {
  let s = `(${name(part.nodes[0]!.slot)}${labels(part.nodes[0]!.labels)})`;
  part.rels.forEach((r, i) => {
    const types = r.types.length ? ':' + r.types.map(quoteName).join('|') : '';
    const inner = `[${name(r.slot)}${types}${r.range ? '*' : ''}]`;
    s += r.direction === 'out' ? `-${inner}->` : r.direction === 'in' ? `<-${inner}-` : `-${inner}-`;
    s += `(${name(part.nodes[i + 1]!.slot)}${labels(part.nodes[i + 1]!.labels)})`;
  });
  return s;
}

/** A compact rendering of a bound expression. */
export function describe(e: BExpr, name: (s: number) => string): string {
  const d = (x: BExpr) => describe(x, name);
  switch (e.k) {
    case 'const':
      return formatValue(e.v);
    case 'param':
      return `$${e.name}`;
    case 'slot':
      return name(e.slot);
    case 'prop':
      return `${d(e.obj)}.${quoteName(e.key)}`;
    case 'index':
      return `${d(e.obj)}[${d(e.index)}]`;
    case 'slice':
      return `${d(e.obj)}[${e.from ? d(e.from) : ''}..${e.to ? d(e.to) : ''}]`;
    case 'hasLabels':
      return `${d(e.obj)}${labels(e.labels)}`;
    case 'list':
      return `[${e.items.map(d).join(', ')}]`;
    case 'map':
      return `{${e.keys.map((k, i) => `${quoteName(k)}: ${d(e.values[i]!)}`).join(', ')}}`;
    case 'mapProjection':
      return `${d(e.obj)} {…}`;
    case 'not':
      return `NOT ${d(e.x)}`;
    case 'neg':
      return `-${d(e.x)}`;
    case 'arith':
      return `(${d(e.a)} ${e.op} ${d(e.b)})`;
    case 'logic':
      return `(${d(e.a)} ${e.op} ${d(e.b)})`;
    case 'cmp':
      return e.operands.map((o, i) => (i === 0 ? d(o) : `${e.ops[i - 1]} ${d(o)}`)).join(' ');
    case 'strOp':
      return `${d(e.a)} ${e.op} ${d(e.b)}`;
    case 'in':
      return `${d(e.a)} IN ${d(e.b)}`;
    case 'regex':
      return `${d(e.a)} =~ ${d(e.b)}`;
    case 'isNull':
      return `${d(e.x)} IS ${e.negated ? 'NOT ' : ''}NULL`;
    case 'case':
      return 'CASE … END';
    case 'call':
      return `${e.fn.name}(${e.args.map(d).join(', ')})`;
    case 'listComp':
      return `[… IN ${d(e.list)} …]`;
    case 'quantifier':
      return `${e.q}(… IN ${d(e.list)} …)`;
    case 'reduce':
      return `reduce(… IN ${d(e.list)} …)`;
    case 'exists':
      return 'EXISTS {…}';
    case 'patternComp':
      return '[pattern | …]';
  }
}
