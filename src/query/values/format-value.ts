/**
 * Values in Cypher notation, as the TCK writes them: (:Person {name: 'Emmanuel Macron'}),
 * [:LEADS {confidence: 0.9}], <(:A)-[:T]->(:B)>, 1 vs 1.0, 'text', [1, 2], {a: 1}, null, date('2026-01-05').
 */
import { CypherFloat, NodeRef, PathValue, RelRef, TEMPORAL_CONSTRUCTORS, TemporalValue } from './types.ts';
import type { CypherMap } from './types.ts';
import { labelsOf, propertiesOf } from './properties.ts';

export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return Number.isSafeInteger(v) ? String(v) : formatFloat(v);
    case 'bigint':
      return v.toString();
    case 'string':
      return quoteString(v);
  }
  if (v instanceof CypherFloat) return formatFloat(v.value);
  if (Array.isArray(v)) return '[' + v.map(formatValue).join(', ') + ']';
  if (v instanceof NodeRef) return formatNode(v);
  if (v instanceof RelRef) return formatRelationship(v);
  if (v instanceof PathValue) return formatPath(v);
  if (v instanceof TemporalValue) return formatTemporal(v);
  return formatMap(v as CypherMap);
}

/** As the constructor call that makes the value again: date('2026-01-05'), duration('P1D'). */
function formatTemporal(v: TemporalValue): string {
  return `${TEMPORAL_CONSTRUCTORS[v.type]}(${quoteString(v.toString())})`;
}

export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (Object.is(x, -0)) return '-0.0';
  const s = String(x).replace('e+', 'e');
  return /[.e]/.test(s) ? s : s + '.0';
}

export function quoteString(s: string): string {
  return "'" + s.replace(/[\\'\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : '\\' + c)) + "'";
}

/** Names that are not plain identifiers are written in backticks. */
export function quoteName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : '`' + name.replace(/`/g, '``') + '`';
}

function formatMap(map: CypherMap): string {
  const entries = Object.keys(map).map((k) => `${quoteName(k)}: ${formatValue(map[k])}`);
  return '{' + entries.join(', ') + '}';
}

function withProperties(head: string, props: CypherMap): string {
  if (Object.keys(props).length === 0) return head;
  return head === '' ? formatMap(props) : `${head} ${formatMap(props)}`;
}

function formatNode(node: NodeRef): string {
  const labels = labelsOf(node).map((l) => ':' + quoteName(l)).join('');
  return '(' + withProperties(labels, propertiesOf(node)) + ')';
}

function formatRelationship(rel: RelRef): string {
  return '[' + withProperties(':' + quoteName(rel.type), propertiesOf(rel)) + ']';
}

function formatPath(path: PathValue): string {
  let s = '<' + formatNode(path.nodes[0]!);
  path.rels.forEach((rel, i) => {
    const from = path.nodes[i]!;
    const forward = rel.start.key === from.key;
    s += forward ? `-${formatRelationship(rel)}->` : `<-${formatRelationship(rel)}-`;
    s += formatNode(path.nodes[i + 1]!);
  });
  return s + '>';
}
