/**
 * An equality index on one property of the nodes with one label (or of all nodes): value -> nodes.
 * Only scalar values are indexed (strings, numbers, booleans); a lookup of any other value returns
 * null and the caller filters a scan instead, so the index never changes an answer.
 */
import { LABELS_ATTRIBUTE } from '../values/properties.ts';
import { CypherFloat } from '../values/types.ts';
import type { NodeRef } from '../values/types.ts';

const NONE: readonly NodeRef[] = Object.freeze([]) as readonly NodeRef[];

/** The map key of an indexable value; undefined when the value cannot be indexed. */
function keyOf(v: unknown): string | number | boolean | undefined {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isNaN(v) ? undefined : v === 0 ? 0 : v;
  if (v instanceof CypherFloat) return v.value === 0 ? 0 : v.value;
  return undefined;
}

export class PropertyIndex {
  private readonly buckets = new Map<string | number | boolean, NodeRef[]>();
  private readonly indexed = new Map<NodeRef, string | number | boolean>();

  constructor(readonly label: string | null, readonly key: string) {}

  add(ref: NodeRef): void {
    if (this.label !== null) {
      const labels = ref.attrs[LABELS_ATTRIBUTE];
      if (!Array.isArray(labels) || !labels.includes(this.label)) return;
    }
    const k = keyOf(ref.attrs[this.key]);
    if (k === undefined) return;
    const bucket = this.buckets.get(k);
    if (bucket === undefined) this.buckets.set(k, [ref]);
    else bucket.push(ref);
    this.indexed.set(ref, k);
  }

  remove(ref: NodeRef): void {
    const k = this.indexed.get(ref);
    if (k === undefined) return;
    this.indexed.delete(ref);
    const bucket = this.buckets.get(k)!;
    const i = bucket.indexOf(ref);
    if (i >= 0) bucket.splice(i, 1);
    if (bucket.length === 0) this.buckets.delete(k);
  }

  update(ref: NodeRef): void {
    this.remove(ref);
    if (!ref.deleted) this.add(ref);
  }

  /** Nodes whose property equals `value`; null when the index cannot answer for this value. */
  lookup(value: unknown): readonly NodeRef[] | null {
    if (value === null || value === undefined) return NONE;
    const k = keyOf(value);
    if (k === undefined) return null;
    return this.buckets.get(k) ?? NONE;
  }

  /** Number of distinct indexed values (planner statistics). */
  distinctValues(): number {
    return this.buckets.size;
  }
}
