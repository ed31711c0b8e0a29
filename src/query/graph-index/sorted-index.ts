/**
 * An ordered index on one property of the nodes with one label (or all nodes): the string values
 * and the numeric values each in a sorted array, for STARTS WITH and range predicates
 * (`e.date STARTS WITH '2025-12'`, `e.date >= $from`). Rebuilt lazily after any change that may
 * affect it (sorting 200,000 values takes a few tens of milliseconds).
 */
import { hasAllLabels } from '../values/properties.ts';
import { CypherFloat } from '../values/types.ts';
import type { NodeRef } from '../values/types.ts';

interface Entry<T> {
  value: T;
  node: NodeRef;
}

export interface Bound {
  value: string | number;
  inclusive: boolean;
}

/** First index whose value is not below `value` (or above it, when `after`). */
function lowerBound<T>(entries: Entry<T>[], value: T, after: boolean): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = entries[mid]!.value;
    if (v < value || (after && v === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SortedIndex {
  private strings: Entry<string>[] = [];
  private numbers: Entry<number>[] = [];
  private stale = true;

  constructor(
    readonly label: string | null,
    readonly key: string,
    private readonly nodes: () => readonly NodeRef[],
  ) {}

  invalidate(): void {
    this.stale = true;
  }

  private build(): void {
    const strings: Entry<string>[] = [];
    const numbers: Entry<number>[] = [];
    for (const node of this.nodes()) {
      if (node.deleted || (this.label !== null && !hasAllLabels(node, [this.label]))) continue;
      const v = node.attrs[this.key];
      if (typeof v === 'string') strings.push({ value: v, node });
      else if (typeof v === 'number' && !Number.isNaN(v)) numbers.push({ value: v, node });
      else if (v instanceof CypherFloat) numbers.push({ value: v.value, node });
    }
    // Stable sorts: equal values keep graph order.
    strings.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    numbers.sort((a, b) => a.value - b.value);
    this.strings = strings;
    this.numbers = numbers;
    this.stale = false;
  }

  /** Nodes whose value is a string starting with `prefix`. */
  prefix(prefix: string): NodeRef[] {
    if (this.stale) this.build();
    const out: NodeRef[] = [];
    for (let i = lowerBound(this.strings, prefix, false); i < this.strings.length; i++) {
      const e = this.strings[i]!;
      if (!e.value.startsWith(prefix)) break;
      out.push(e.node);
    }
    return out;
  }

  /** Nodes whose value lies between the bounds (of the bounds' type: strings or numbers). */
  range(lower: Bound | null, upper: Bound | null): NodeRef[] {
    if (this.stale) this.build();
    const kind = typeof (lower ?? upper)!.value;
    const entries = (kind === 'string' ? this.strings : this.numbers) as Entry<string | number>[];
    if ((lower && typeof lower.value !== kind) || (upper && typeof upper.value !== kind)) return [];
    const from = lower ? lowerBound(entries, lower.value, !lower.inclusive) : 0;
    const to = upper ? lowerBound(entries, upper.value, upper.inclusive) : entries.length;
    const out: NodeRef[] = [];
    for (let i = from; i < to; i++) out.push(entries[i]!.node);
    return out;
  }
}
