/** Loads the synthetic news data into a KnowledgeGraph, as the extractor would shape it (ONTOLOGY.md). */
import { createGraph } from '../../src/graph/create-graph.ts';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../src/graph/types.ts';
import type { Label, NewsData } from './news-data.ts';

const KEY_PREFIX: Record<Label, string> = { Person: 'p', Country: 'c', Organization: 'o', Event: 'e' };

/** The graph key of row `index` of a label's table. */
export function nodeKeyOf(label: Label, index: number): string {
  return `${KEY_PREFIX[label]}${index}`;
}

export function buildNewsGraph(data: NewsData): KnowledgeGraph {
  const graph = createGraph();
  for (const table of Object.values(data.nodes)) {
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i]!;
      const attributes: NodeAttributes = { labels: [table.label] };
      for (let c = 0; c < table.columns.length; c++) attributes[table.columns[c]!] = row[c]!;
      graph.addNode(nodeKeyOf(table.label, i), attributes);
    }
  }
  let edge = 0;
  for (const group of data.relationships) {
    for (let i = 0; i < group.source.length; i++) {
      const attributes: EdgeAttributes = { type: group.type };
      for (const column of group.columns) attributes[column.name] = column.values[i]!;
      graph.addDirectedEdgeWithKey(`r${edge++}`, nodeKeyOf(group.from, group.source[i]!), nodeKeyOf(group.to, group.target[i]!), attributes);
    }
  }
  return graph;
}
