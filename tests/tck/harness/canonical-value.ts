/**
 * A canonical text for a TckValue: two values are equal for the TCK exactly when their canonical texts
 * are. Map keys and node labels are sorted (their order carries no meaning); integers and floats are
 * tagged apart (`1` is not `1.0`); floats compare as IEEE doubles, so `-0.0` equals `0.0`, and NaN equals
 * NaN (the TCK writes NaN where a query yields it). With `unorderedLists`, list elements are sorted too:
 * the step "(ignoring element order for lists)" compares every list, at any depth, as a multiset.
 */
import type { TckNode, TckRelationship, TckValue } from './value.ts';

export interface CanonicalOptions {
  unorderedLists?: boolean;
}

function properties(props: Record<string, TckValue>, options: CanonicalOptions): string {
  return `{${Object.keys(props)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalValue(props[k]!, options)}`)
    .join(',')}}`;
}

function node(n: TckNode, options: CanonicalOptions): string {
  return `(${JSON.stringify([...new Set(n.labels)].sort())}${properties(n.properties, options)})`;
}

function relationship(r: TckRelationship, options: CanonicalOptions): string {
  return `[${JSON.stringify(r.type)}${properties(r.properties, options)}]`;
}

export function canonicalValue(value: TckValue, options: CanonicalOptions = {}): string {
  switch (value.kind) {
    case 'null':
      return 'null';
    case 'boolean':
      return value.value ? 'true' : 'false';
    case 'integer':
      return `i${value.value}`;
    case 'float':
      // String() is exact for doubles (shortest round-trip form); 0 covers -0.
      return `f${value.value === 0 ? '0' : String(value.value)}`;
    case 'string':
      return JSON.stringify(value.value);
    case 'temporal':
      // The features write temporal results as strings: '1984-10-11' for date('1984-10-11').
      return JSON.stringify(value.text);
    case 'list': {
      const items = value.items.map((i) => canonicalValue(i, options));
      if (options.unorderedLists) items.sort();
      return `[${items.join(',')}]`;
    }
    case 'map':
      return `m${properties(value.entries, options)}`;
    case 'node':
      return node(value, options);
    case 'relationship':
      return relationship(value, options);
    case 'path':
      return `<${node(value.start, options)}${value.hops
        .map((h) => `${h.direction === 'forward' ? '>' : '<'}${relationship(h.relationship, options)}${node(h.node, options)}`)
        .join('')}>`;
  }
}

export function valuesEqual(a: TckValue, b: TckValue, options: CanonicalOptions = {}): boolean {
  return canonicalValue(a, options) === canonicalValue(b, options);
}
