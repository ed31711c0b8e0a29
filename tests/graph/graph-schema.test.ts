import { describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/create-graph.ts';
import { graphSchema } from '../../src/graph/graph-schema.ts';

describe('graphSchema', () => {
  it('counts labels, relationship types and property keys, sorted by name', () => {
    const graph = createGraph();
    graph.addNode('macron', { labels: ['Person'], name: 'Emmanuel Macron', aliases: ['Macron'] });
    graph.addNode('france', { labels: ['Country'], name: 'France', iso2: 'FR' });
    graph.addNode('both', { labels: ['Person', 'Person', 'Agent'], name: 'X', title: null });
    graph.addNode('bare', { labels: [] });
    graph.addEdge('macron', 'france', { type: 'LEADS', confidence: 0.9, evidence: [] });
    graph.addEdge('both', 'france', { type: 'LEADS' });
    graph.addEdge('macron', 'macron', { type: 'ATTENDED' });
    expect(graphSchema(graph)).toEqual({
      labels: [
        { name: 'Agent', count: 1 },
        { name: 'Country', count: 1 },
        { name: 'Person', count: 2 },
      ],
      relationshipTypes: [
        { name: 'ATTENDED', count: 1 },
        { name: 'LEADS', count: 2 },
      ],
      propertyKeys: [
        { name: 'aliases', count: 1 },
        { name: 'confidence', count: 1 },
        { name: 'evidence', count: 1 },
        { name: 'iso2', count: 1 },
        { name: 'name', count: 3 },
      ],
    });
  });

  it('sorts names by code unit, whatever the locale', () => {
    const graph = createGraph();
    for (const label of ['Événement', 'Zone', 'alpha', 'Beta']) graph.addNode(label, { labels: [label] });
    expect(graphSchema(graph).labels.map((e) => e.name)).toEqual(['Beta', 'Zone', 'alpha', 'Événement']);
  });
});
