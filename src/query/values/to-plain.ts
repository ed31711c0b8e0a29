/**
 * Plain values for callers outside the engine (`query()`, the server, JSON output):
 * node -> {id, labels, properties}; relationship -> {id, type, start, end, properties};
 * path -> {nodes, relationships}; temporal values -> their ISO 8601 text; floats and integers -> number, except integers beyond ±2^53,
 * which stay exact as bigint (JSON.stringify rejects them: write them with util/json-text.ts).
 */
import { CypherFloat, NodeRef, PathValue, RelRef, TemporalValue } from './types.ts';
import type { CypherMap } from './types.ts';
import { labelsOf, propertiesOf } from './properties.ts';

export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'bigint':
    case 'number':
    case 'string':
    case 'boolean':
      return v;
  }
  if (v instanceof CypherFloat) return v.value;
  if (Array.isArray(v)) return v.map(toPlain);
  if (v instanceof NodeRef) return { id: v.key, labels: [...labelsOf(v)], properties: plainMap(propertiesOf(v)) };
  if (v instanceof RelRef) {
    return { id: v.key, type: v.type, start: v.start.key, end: v.end.key, properties: plainMap(propertiesOf(v)) };
  }
  if (v instanceof PathValue) return { nodes: v.nodes.map(toPlain), relationships: v.rels.map(toPlain) };
  if (v instanceof TemporalValue) return v.toString();
  return plainMap(v as CypherMap);
}

function plainMap(map: CypherMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(map)) out[k] = toPlain(map[k]);
  return out;
}
