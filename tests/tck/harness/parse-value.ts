/**
 * Parses the TCK's value notation (grammar in tck-value.ohm) into TckValue. Used for the expected
 * cells of the features and, after the engine's formatValue, for the engine's own results.
 */
import { readFileSync } from 'node:fs';
import * as ohm from 'ohm-js';
import type { TckNode, TckRelationship, TckValue } from './value.ts';

const grammar = ohm.grammar(readFileSync(new URL('./tck-value.ohm', import.meta.url), 'utf8'));

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '\\': '\\', "'": "'", '"': '"' };

function unescape(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gsu, (whole, code: string) => {
    if (code.length > 1) return String.fromCodePoint(parseInt(code.slice(1), 16));
    // An unknown escape keeps its backslash: the notation has no meaning for it.
    return ESCAPES[code] ?? whole;
  });
}

function properties(mapNode: ohm.Node): Record<string, TckValue> {
  const maps = mapNode.children.map((m) => m.toValue() as TckValue);
  const map = maps[0];
  return map && map.kind === 'map' ? map.entries : {};
}

const semantics = grammar.createSemantics().addOperation('toValue', {
  Node(_open, labels, map, _close): TckNode {
    return { kind: 'node', labels: labels.children.map((l) => l.toValue() as string), properties: properties(map) };
  },
  Relationship(_open, label, map, _close): TckRelationship {
    return { kind: 'relationship', type: label.toValue() as string, properties: properties(map) };
  },
  Path(_open, start, hops, _close) {
    return { kind: 'path', start: start.toValue(), hops: hops.children.map((h) => h.toValue()) };
  },
  Hop_forward(_dash, relationship, _arrow, node) {
    return { direction: 'forward', relationship: relationship.toValue(), node: node.toValue() };
  },
  Hop_backward(_arrow, relationship, _dash, node) {
    return { direction: 'backward', relationship: relationship.toValue(), node: node.toValue() };
  },
  List(_open, items, _close) {
    return { kind: 'list', items: items.asIteration().children.map((i) => i.toValue()) };
  },
  Map(_open, entries, _close) {
    // fromEntries defines own properties, so a key such as `__proto__` stays a key.
    const pairs = entries.asIteration().children.map((entry) => entry.toValue() as [string, TckValue]);
    return { kind: 'map', entries: Object.fromEntries(pairs) };
  },
  Entry(key, _colon, value) {
    return [key.toValue(), value.toValue()];
  },
  label(_colon, name) {
    return name.toValue();
  },
  symbolic(_chars) {
    return this.sourceString;
  },
  backticked(_open, _chars, _close) {
    return this.sourceString.slice(1, -1).replaceAll('``', '`');
  },
  Temporal(type, _open, text, _close) {
    return { kind: 'temporal', type: type.sourceString, text: (text.toValue() as { value: string }).value };
  },
  string(_open, _chars, _close) {
    return { kind: 'string', value: unescape(this.sourceString.slice(1, -1)) };
  },
  float(_sign, _body) {
    const text = this.sourceString.replace('Inf', 'Infinity');
    return { kind: 'float', value: Number(text) };
  },
  integer(_sign, _digits) {
    return { kind: 'integer', value: BigInt(this.sourceString) };
  },
  boolean(word) {
    return { kind: 'boolean', value: word.sourceString === 'true' };
  },
  null(_word) {
    return { kind: 'null' };
  },
});

export class TckValueSyntaxError extends Error {
  override name = 'TckValueSyntaxError';
}

/** Parses one value; throws TckValueSyntaxError naming the column where the text stops making sense. */
export function parseTckValue(text: string): TckValue {
  const match = grammar.match(text.trim());
  if (match.failed()) {
    throw new TckValueSyntaxError(`tck/value: cannot read ${JSON.stringify(text)}: ${match.shortMessage ?? 'syntax error'}`);
  }
  return semantics(match).toValue() as TckValue;
}
