import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/graph/load-graph.ts';
import { serializeGraph } from '../../src/graph/save-graph.ts';
import { createGraph } from '../../src/graph/create-graph.ts';

const graphText = (keys: string[]) =>
  JSON.stringify({
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: {},
    nodes: keys.map((key) => ({ key, attributes: { labels: ['Person'] } })),
    edges: keys.length > 1 ? [{ key: 'e0', source: keys[0], target: keys[1], attributes: { type: 'KNOWS' } }] : [],
  });

describe('loading a serialized graph', () => {
  it('reads back what we saved', () => {
    const graph = createGraph();
    graph.addNode('person:a', { labels: ['Person'], name: 'A' });
    graph.addNode('country:FR', { labels: ['Country'], name: 'France' });
    graph.addEdgeWithKey('r0', 'person:a', 'country:FR', { type: 'LEADS' });
    const again = parseGraph(serializeGraph(graph), 'g.json');
    expect(again.order).toBe(2);
    expect(again.getEdgeAttribute('r0', 'type')).toBe('LEADS');
  });

  it('names the file and the problem when the text is not a graph', () => {
    expect(() => parseGraph('{"nodes": 3}', 'g.json')).toThrow('g.json is not a serialized graph: "nodes" must be an array');
    expect(() => parseGraph('{', 'g.json')).toThrow(/g\.json is not valid JSON/);
  });

  it('refuses node keys that graphology would store on Object.prototype, and leaves the process unharmed', () => {
    for (const key of ['__proto__', 'constructor', 'toString']) {
      expect(() => parseGraph(graphText(['a', key]), 'g.json')).toThrow(`nodes[1].key ${JSON.stringify(key)} is a name graphology cannot hold`);
    }
    const names: string[] = [];
    for (const name in {}) names.push(name);
    expect(names).toEqual([]);
  });
});
