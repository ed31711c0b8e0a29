import type { KnowledgeGraph } from './types.ts';

/** A name and how many nodes or relationships carry it. */
export interface SchemaEntry {
  name: string;
  count: number;
}

/** What a graph holds, for `:schema`, completion and the viewer's filters. */
export interface GraphSchema {
  /** Node labels, with the number of nodes carrying each. */
  labels: SchemaEntry[];
  /** Relationship types, with the number of relationships of each. */
  relationshipTypes: SchemaEntry[];
  /** Property keys of nodes and relationships, with the number of nodes and relationships that set them. */
  propertyKeys: SchemaEntry[];
}

/**
 * Counts labels, relationship types and property keys in one pass over the graph.
 * Entries are sorted by name (code-unit order, so the output does not depend on the locale).
 * `labels` and `type` are the storage of Cypher labels and types, not properties, so they are not listed;
 * a property set to null does not exist in Cypher and is not counted either.
 */
export function graphSchema(graph: KnowledgeGraph): GraphSchema {
  const labels = new Map<string, number>();
  const types = new Map<string, number>();
  const keys = new Map<string, number>();
  graph.forEachNode((_key, attributes) => {
    for (const label of new Set(attributes.labels ?? [])) bump(labels, label);
    countProperties(keys, attributes, 'labels');
  });
  graph.forEachEdge((_key, attributes) => {
    if (typeof attributes.type === 'string') bump(types, attributes.type);
    countProperties(keys, attributes, 'type');
  });
  return { labels: sorted(labels), relationshipTypes: sorted(types), propertyKeys: sorted(keys) };
}

function countProperties(keys: Map<string, number>, attributes: object, reserved: string): void {
  for (const [key, value] of Object.entries(attributes)) {
    if (key !== reserved && value !== null && value !== undefined) bump(keys, key);
  }
}

function bump(counts: Map<string, number>, name: string): void {
  counts.set(name, (counts.get(name) ?? 0) + 1);
}

function sorted(counts: Map<string, number>): SchemaEntry[] {
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
