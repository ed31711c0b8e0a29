/**
 * Properties as Cypher sees them: node attributes minus `labels`, relationship attributes minus
 * `type`; a missing property reads as null.
 */
import { CypherFloat, NodeRef } from './types.ts';
import type { CypherMap, RelRef, Value } from './types.ts';

export const LABELS_ATTRIBUTE = 'labels';
export const TYPE_ATTRIBUTE = 'type';

export function propertyOf(entity: NodeRef | RelRef, key: string): Value {
  const v = entity.attrs[key];
  if (v === undefined) return null;
  if (key === (entity instanceof NodeRef ? LABELS_ATTRIBUTE : TYPE_ATTRIBUTE)) return null;
  return entity.floats !== null && entity.floats.has(key) ? asFloats(v as Value) : (v as Value);
}

/**
 * A property of a live entity, its key known to be neither `labels` nor `type` (checked once where
 * the key is compiled): the stored value, read back as a FLOAT where the query wrote one.
 */
export function storedProperty(entity: NodeRef | RelRef, key: string): Value {
  const v = entity.attrs[key] as Value | undefined;
  if (v === undefined) return null;
  return entity.floats === null ? v : propertyOf(entity, key);
}

/** An integral number stored for a FLOAT property reads back as a FLOAT (lists element-wise). */
export function asFloats(v: Value): Value {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? new CypherFloat(v) : v;
  if (Array.isArray(v)) return v.map(asFloats);
  return v;
}

export function propertyKeys(entity: NodeRef | RelRef): string[] {
  const skip = entity instanceof NodeRef ? LABELS_ATTRIBUTE : TYPE_ATTRIBUTE;
  const keys: string[] = [];
  for (const k in entity.attrs) if (k !== skip && entity.attrs[k] !== undefined && entity.attrs[k] !== null) keys.push(k);
  return keys;
}

export function propertiesOf(entity: NodeRef | RelRef): CypherMap {
  const map: CypherMap = {};
  for (const k of propertyKeys(entity)) map[k] = propertyOf(entity, k);
  return map;
}

export function labelsOf(node: NodeRef): string[] {
  const labels = node.attrs[LABELS_ATTRIBUTE];
  return Array.isArray(labels) ? (labels as string[]) : [];
}

/** Whether the node has every one of `labels` (true for none). */
export function hasAllLabels(node: NodeRef, labels: readonly string[]): boolean {
  if (labels.length === 0) return true;
  const own = node.attrs[LABELS_ATTRIBUTE];
  if (!Array.isArray(own)) return false;
  for (const l of labels) if (!own.includes(l)) return false;
  return true;
}
