import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import graphology from 'graphology';
import graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/export-graph.ts';
import { readWithNetworkx, tempDir, TRICKY_NAME, trickyGraph } from './helpers.ts';

const dir = tempDir();
const graph = trickyGraph();
const file = join(dir, 'graph.graphml');

/** GraphML has no lists or maps: the export writes them as JSON text. */
function asGraphml(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
}

describe('GraphML export', () => {
  it('parses back through graphology-graphml into the same graph, evidence included', async () => {
    await exportGraph(graph, { format: 'graphml', output: file });
    const parsed = graphml.parse(graphology.MultiDirectedGraph, readFileSync(file, 'utf8'));
    expect(parsed.nodes()).toEqual(graph.nodes());
    expect(parsed.edges()).toEqual(graph.edges());
    parsed.forEachNode((key, { labels, ...properties }) => {
      const { labels: originalLabels, ...original } = graph.getNodeAttributes(key);
      expect(labels).toBe(originalLabels.map((l) => `:${l}`).join(''));
      expect(properties).toEqual(Object.fromEntries(Object.entries(original).map(([k, v]) => [k, asGraphml(v)])));
    });
    parsed.forEachEdge((key, { label, ...properties }, source, target) => {
      const { type, ...original } = graph.getEdgeAttributes(key);
      expect([source, target]).toEqual(graph.extremities(key));
      expect(label).toBe(type);
      expect(properties).toEqual(Object.fromEntries(Object.entries(original).map(([k, v]) => [k, asGraphml(v)])));
      if (original.evidence) expect(JSON.parse(properties.evidence as string)).toEqual(original.evidence);
    });
    expect(parsed.getNodeAttribute('person:tricky', 'name')).toBe(TRICKY_NAME);
  });

  it('declares each key once with its GraphML type, lists as JSON text marked with attr.list', async () => {
    await exportGraph(graph, { format: 'graphml', output: file });
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain('<key id="labels" for="node" attr.name="labels" attr.type="string"/>');
    expect(xml).toMatch(/<key id="d\d+" for="node" attr.name="mentions" attr.type="int"\/>/);
    expect(xml).toMatch(/<key id="d\d+" for="node" attr.name="aliases" attr.type="string" attr.list="string"\/>/);
    expect(xml).toMatch(/<key id="d\d+" for="edge" attr.name="confidence" attr.type="double"\/>/);
    expect(xml).toContain('<node id="person:emmanuel-macron" labels=":Person">');
    expect(xml).toContain('label="ATTENDED"');
  });

  it('is read by networkx with types, names and every relationship', async () => {
    await exportGraph(graph, { format: 'graphml', output: file });
    const read = readWithNetworkx('graphml', file);
    expect(read.directed).toBe(true);
    expect(read.nodes.map((n) => n.id)).toEqual(graph.nodes());
    const macron = read.nodes.find((n) => n.id === 'person:emmanuel-macron')!.data;
    expect(macron).toMatchObject({ labels: ':Person', name: 'Emmanuel Macron', mentions: 12, aliases: '["Macron","le président Macron"]' });
    expect(read.nodes.find((n) => n.id === 'person:tricky')!.data.name).toBe(TRICKY_NAME);
    expect(read.edges.map((e) => e.key).sort()).toEqual(graph.edges().sort());
    const pledge = read.edges.find((e) => e.key === 'e4')!;
    expect(pledge.data).toMatchObject({ label: 'PLEDGES', what: 'aid', amount: "90 milliards d'euros", confidence: 0.75 });
  });
});
