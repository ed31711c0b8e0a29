/** What the planner knows about the graph: counts from the graph index, cheap to ask. */
import type { GraphIndex } from '../graph-index/graph-index.ts';

export interface PlannerStats {
  nodeCount(): number;
  labelCount(label: string): number;
  /** Relationships of a type (null: all). */
  typeCount(type: string | null): number;
  /** Expected nodes for `n.key = value` among nodes with `label` (null: any node). */
  equalityEstimate(label: string | null, key: string): number;
}

export function statsOf(index: GraphIndex): PlannerStats {
  return {
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
