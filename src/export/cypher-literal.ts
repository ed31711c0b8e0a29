/**
 * Cypher source text for names and values, read the same by cypher-shell (Neo4j) and by our engine:
 * single-quoted strings with backslash escapes (control characters and lone surrogates as \uXXXX, every
 * other character, emoji included, as itself), names in backticks when they are not plain identifiers,
 * floats always with a decimal point or an exponent so they stay floats.
 */
import { CYPHER_RESERVED_WORDS } from './cypher-reserved-words.ts';
import type { PropertyKind } from './property-schema.ts';

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\\'\u0000-\u001F\u007F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

export function cypherString(text: string): string {
  return `'${text.replace(NEEDS_ESCAPE, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)}'`;
}

/** A label, relationship type or property key. */
export function cypherName(name: string): string {
  if (PLAIN_NAME.test(name) && !CYPHER_RESERVED_WORDS.has(name.toUpperCase())) return name;
  return '`' + name.replaceAll('`', '``') + '`';
}

export function cypherFloat(value: number): string {
  const text = String(value).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** A value already encoded in its key's type (encodeProperty), as a Cypher literal. */
export function cypherLiteral(value: unknown, kind: PropertyKind): string {
  if (Array.isArray(value)) return `[${value.map((item) => cypherScalar(item, kind)).join(', ')}]`;
  return cypherScalar(value, kind);
}

function cypherScalar(value: unknown, kind: PropertyKind): string {
  if (typeof value === 'string') return kind.temporal ? `${kind.temporal}(${cypherString(value)})` : cypherString(value);
  if (typeof value === 'number') return kind.kind === 'float' ? cypherFloat(value) : String(value);
  // A 64-bit integer beyond ±2^53: its exact digits (a float key's reader rounds them itself).
  if (typeof value === 'bigint') return kind.kind === 'float' ? `${value}.0` : String(value);
  if (typeof value === 'boolean') return String(value);
  return 'null';
}

/** `{key: literal, …}` */
export function cypherMap(entries: [string, string][]): string {
  return `{${entries.map(([key, literal]) => `${cypherName(key)}: ${literal}`).join(', ')}}`;
}
