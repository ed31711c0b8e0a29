import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/export-graph.ts';
import { forceAtlas2Layout } from '../../src/export/layout.ts';
import type { EdgeAttributes, Evidence, KnowledgeGraph } from '../../src/graph/types.ts';
import { readWithNetworkx, tempDir, TRICKY_NAME, trickyGraph } from './helpers.ts';

const dir = tempDir();
const graph = trickyGraph();

/** Rounded as the export rounds positions. */
function expectedPosition(g: KnowledgeGraph, key: string): { x: number; y: number } {
  const at = forceAtlas2Layout(g).position(key)!;
  return { x: Math.round(at.x * 1000) / 1000, y: Math.round(at.y * 1000) / 1000 };
}

const RGB: Record<string, { r: number; g: number; b: number }> = {
  Person: { r: 0x4e, g: 0x79, b: 0xa7 },
  Country: { r: 0x59, g: 0xa1, b: 0x4f },
  Organization: { r: 0xf2, g: 0x8e, b: 0x2b },
  Event: { r: 0xb0, g: 0x7a, b: 0xa1 },
};

/** What an edge's evidence becomes in GEXF, which has no type for a list of objects. */
function evidenceSummary(evidence: Evidence[] | undefined): Record<string, unknown> {
  if (!evidence) return {};
  const summary: Record<string, unknown> = { evidenceCount: evidence.length };
  if (evidence[0]) Object.assign(summary, { quote: evidence[0].text, quoteDoc: evidence[0].doc });
  return summary;
}

function isMap(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function edgeProperties(attributes: EdgeAttributes): Record<string, unknown> {
  const { type: _type, evidence, ...properties } = attributes;
  return { ...properties, ...evidenceSummary(evidence) };
}

describe('GEXF 1.2, read by networkx', () => {
  const file = join(dir, 'graph-1.2.gexf');

  it('declares the 1.2 viz namespace that readers look for, not graphology-gexf\'s broken one', async () => {
    await exportGraph(graph, { format: 'gexf', gexfVersion: '1.2', output: file });
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(xml).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(xml).not.toContain('1.1draft');
    // 1.2 has only liststring: graphology-gexf's listinteger/listboolean would make 1.2 readers fail.
    expect(xml).not.toMatch(/type="list(integer|double|long|boolean)"/);
  });

  it('loads with every node, label, attribute, colour, size and position', async () => {
    await exportGraph(graph, { format: 'gexf', gexfVersion: '1.2', output: file });
    const read = readWithNetworkx('gexf', file);
    expect(read.directed).toBe(true);
    expect(read.multigraph).toBe(true);
    expect(read.nodes.map((n) => n.id)).toEqual(graph.nodes());
    const maxDegree = Math.max(...graph.nodes().map((n) => graph.degree(n)));
    for (const { id, data } of read.nodes) {
      const { labels, name, ...properties } = graph.getNodeAttributes(id);
      const expected: Record<string, unknown> = { label: name, labels: labels.join(':') };
      for (const [key, value] of Object.entries(properties)) {
        // 1.2 lists are `|`-joined strings; maps are JSON text.
        expected[key] = Array.isArray(value) ? value.map(String).join('|') : typeof value === 'object' ? JSON.stringify(value) : value;
      }
      const { viz, start, end, ...attributes } = data as { viz: Record<string, unknown>; start?: string; end?: string };
      expect(attributes).toEqual(expected);
      const position = expectedPosition(graph, id);
      expect(viz).toEqual({
        color: { ...RGB[labels.find((l) => l in RGB)!], a: 1 },
        size: expect.closeTo(5 + 20 * Math.sqrt(graph.degree(id) / maxDegree), 2),
        position: { x: position.x, y: position.y, z: 0 },
      });
      if (id === 'event:paris-summit') expect([start, end]).toEqual(['2026-01-06', '2026-01-06']);
      else if (id === 'event:december-call') expect([start, end]).toEqual(['2025-12-01', '2025-12-31']);
      else expect(start).toBeUndefined();
    }
    expect(read.nodes.find((n) => n.id === 'person:tricky')!.data.label).toBe(TRICKY_NAME);
  });

  it('loads every relationship with its type as label, its properties and its evidence summary', async () => {
    await exportGraph(graph, { format: 'gexf', gexfVersion: '1.2', output: file });
    const read = readWithNetworkx('gexf', file);
    // networkx lists edges by source node.
    expect(read.edges.map((e) => e.key).sort()).toEqual(graph.edges().sort());
    for (const { source, target, key, data } of read.edges) {
      const attributes = graph.getEdgeAttributes(key);
      expect([source, target]).toEqual(graph.extremities(key));
      const count = attributes.evidence?.length ?? 0;
      expect(data).toEqual({
        id: key,
        label: attributes.type,
        ...(count > 0 ? { weight: count } : {}),
        ...edgeProperties(attributes),
      });
    }
  });
});

describe('GEXF 1.3, read back by graphology-gexf', () => {
  const file = join(dir, 'graph-1.3.gexf');

  it('is the default, with the 1.3 namespaces', async () => {
    await exportGraph(graph, { format: 'gexf', output: file });
    const xml = readFileSync(file, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf version="1.3" xmlns="http:\/\/gexf.net\/1.3" xmlns:viz="http:\/\/gexf.net\/1.3\/viz"/);
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
  });

  it('parses into the same graph: keys, names, labels, typed properties, relationships', async () => {
    await exportGraph(graph, { format: 'gexf', output: file });
    const parsed = gexf.parse(graphology.MultiDirectedGraph, readFileSync(file, 'utf8'));
    expect(parsed.nodes()).toEqual(graph.nodes());
    expect(parsed.edges()).toEqual(graph.edges());
    parsed.forEachNode((key, attributes) => {
      const { label, labels, x, y, size, color, ...properties } = attributes;
      // A map has no GEXF type: it travels as JSON text.
      const expected = Object.fromEntries(Object.entries(graph.getNodeAttributes(key)).map(([k, v]) => [k, isMap(v) ? JSON.stringify(v) : v]));
      expect({ name: label, labels: String(labels).split(':'), ...properties }).toEqual(expected);
      expect({ x, y }).toEqual(expectedPosition(graph, key));
      expect(typeof size).toBe('number');
      expect(color).toMatch(/^#[0-9a-f]{6}$/);
    });
    parsed.forEachEdge((key, attributes, source, target) => {
      const original = graph.getEdgeAttributes(key);
      expect([source, target]).toEqual(graph.extremities(key));
      const { label, kind, weight: _weight, ...properties } = attributes;
      expect(label).toBe(original.type);
      expect(kind).toBe(original.type);
      expect(properties).toEqual(edgeProperties(original));
    });
  });

  it('keeps list items that hold commas, quotes, backslashes, tabs and padding', async () => {
    await exportGraph(graph, { format: 'gexf', output: file });
    const parsed = gexf.parse(graphology.MultiDirectedGraph, readFileSync(file, 'utf8'));
    expect(parsed.getNodeAttribute('person:tricky', 'aliases')).toEqual(['A, B', 'quote" and \'single\'', 'back\\slash', 'tab\there', ' padded ']);
    expect(parsed.getNodeAttribute('person:tricky', 'label')).toBe(TRICKY_NAME);
  });
});

describe('GEXF output', () => {
  it('is the same bytes for the same graph', async () => {
    await exportGraph(graph, { format: 'gexf', output: join(dir, 'a.gexf') });
    await exportGraph(trickyGraph(), { format: 'gexf', output: join(dir, 'b.gexf') });
    expect(readFileSync(join(dir, 'a.gexf'), 'utf8')).toBe(readFileSync(join(dir, 'b.gexf'), 'utf8'));
  });

  it('spreads the nodes out (ForceAtlas2), unless the layout is turned off', async () => {
    await exportGraph(graph, { format: 'gexf', output: join(dir, 'laid-out.gexf') });
    const parsed = gexf.parse(graphology.MultiDirectedGraph, readFileSync(join(dir, 'laid-out.gexf'), 'utf8'));
    const points = new Set(parsed.mapNodes((_k, a) => `${a.x},${a.y}`));
    expect(points.size).toBe(graph.order);
    await exportGraph(graph, { format: 'gexf', output: join(dir, 'no-layout.gexf'), layout: false });
    expect(readFileSync(join(dir, 'no-layout.gexf'), 'utf8')).not.toContain('viz:position');
  });

  it('is static when no node carries a date', async () => {
    const undated = trickyGraph();
    undated.forEachNode((key) => undated.removeNodeAttribute(key, 'date'));
    await exportGraph(undated, { format: 'gexf', output: join(dir, 'static.gexf') });
    const xml = readFileSync(join(dir, 'static.gexf'), 'utf8');
    expect(xml).toContain('<graph defaultedgetype="directed">');
    expect(xml).not.toContain(' start=');
  });
});
