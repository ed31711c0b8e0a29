/** What the planner knows about the graph: counts from the graph index, cheap to ask. */
import type { GraphIndex } from '../graph-index/graph-index.ts';

export interface PlannerStats {
  nodeCount(): number;
  labelCount(label: string): number;
  /** Relationships of a type (null: all). */
  typeCount(type: string | null): number;
  /** Expected nodes for `n.key = value` among nodes with `label` (null: any node). */
  equalityEstimate(label: string | null, key: string): number;
  /** Expected nodes whose `key` starts with `prefix` (null: not known when planning). */
  prefixEstimate(label: string | null, key: string, prefix: string | null): number;
  /** Expected nodes whose `key` lies between two bounds (a bound is null when absent or unknown). */
  rangeEstimate(label: string | null, key: string, lower: string | number | null, upper: string | number | null): number;
}

/** Without known values, a prefix keeps a tenth of the nodes, a range a third (classic guesses). */
const PREFIX_SELECTIVITY = 0.1;
const RANGE_SELECTIVITY = 0.3;

export function statsOf(index: GraphIndex): PlannerStats {
  const total = (label: string | null) => (label === null ? index.nodeCount() : index.labelCount(label));
  return {
    prefixEstimate: (label, key, prefix) =>
      prefix === null ? total(label) * PREFIX_SELECTIVITY : index.sortedIndex(label, key).prefix(prefix).length,
    rangeEstimate: (label, key, lower, upper) => {
      if (lower === null && upper === null) return total(label) * RANGE_SELECTIVITY;
      const bound = (v: string | number | null) => (v === null ? null : { value: v, inclusive: true });
      if ((lower === null) !== (upper === null)) return Math.max(1, total(label) * RANGE_SELECTIVITY);
      return index.sortedIndex(label, key).range(bound(lower), bound(upper)).length;
    },
    nodeCount: () => index.nodeCount(),
    labelCount: (label) => index.labelCount(label),
    typeCount: (type) => index.typeCount(type),
    // Builds the (label, key) index, which the seek will use anyway: nodes per distinct value.
    equalityEstimate: (label, key) => {
      const total = label === null ? index.nodeCount() : index.labelCount(label);
      const distinct = index.propertyIndex(label, key).distinctValues();
      return distinct === 0 ? 0 : Math.ceil(total / distinct);
    },
  };
}
