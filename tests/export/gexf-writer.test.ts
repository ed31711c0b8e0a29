import graphology from 'graphology';
import gexf from 'graphology-gexf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateInterval } from '../../src/export/date-interval.ts';
import { gexfFormatters, type GexfVersion } from '../../src/export/gexf-attributes.ts';
import { gexfChunks } from '../../src/export/gexf-writer.ts';
import { CHUNK_CHARS } from '../../src/export/xml-chunks.ts';
import { xmlSafe } from '../../src/export/xml-text.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { isSafeNodeKey } from '../../src/graph/load-graph.ts';
import type { KnowledgeGraph, NodeAttributes } from '../../src/graph/types.ts';
import { trickyGraph } from './helpers.ts';

/** What graphology-gexf writes, with its broken 1.2 viz namespace corrected (our one intended difference here). */
function graphologyGexf(graph: KnowledgeGraph, version: GexfVersion): string {
  const formatters = gexfFormatters(graph, { version, position: samplePosition });
  const xml = gexf.write(graph, { version, ...formatters } as Parameters<typeof gexf.write>[1]);
  return xml.replace('xmlns:viz="http:///www.gexf.net/1.1draft/viz"', 'xmlns:viz="http://www.gexf.net/1.2draft/viz"');
}

function streamed(graph: KnowledgeGraph, version: GexfVersion, dated = false): string[] {
  const formatters = gexfFormatters(graph, { version, position: samplePosition });
  const nodeInterval = dated ? (_key: string, attributes: NodeAttributes) => dateInterval(attributes.date) : undefined;
  return [...gexfChunks(graph, { version, ...formatters, nodeInterval })];
}

function samplePosition(key: string): { x: number; y: number } {
  return { x: key.length * 1.5, y: -key.charCodeAt(0) / 7 };
}

// Text XML can carry. Lists and scalars go under different keys, and list items avoid what
// graphology-gexf's list writer gets wrong (commas, backslashes, control characters, empty or padded
// items), which our writer quotes instead.
const text = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => xmlSafe(s) === s);
const listItem = text.filter((s) => s !== '' && s.trim() === s && !/[\r\t\n,\\]/.test(s));
const scalar = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const properties = fc.record(
  {
    name: text,
    mentions: scalar,
    what: scalar,
    'p-1': scalar,
    aliases: fc.array(listItem, { maxLength: 4 }),
    counts: fc.array(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 3 }),
    flags: fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
    meta: fc.dictionary(fc.constantFrom('a'), scalar, { maxKeys: 1 }),
  },
  { requiredKeys: [] },
);
const graphs = fc
  .record({
    nodes: fc.uniqueArray(fc.tuple(text.filter((s) => s !== '' && isSafeNodeKey(s)), fc.subarray(['Person', 'Country', 'Event', 'Custom']), properties), {
      minLength: 1,
      maxLength: 12,
      selector: ([key]) => key,
    }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('LEADS', 'ATTENDED', 'PLEDGES'), properties), { maxLength: 16 }),
    meta: fc.dictionary(fc.constantFrom('creator', 'description', 'title'), text, { maxKeys: 2 }),
  })
  .map(({ nodes, edges, meta }) => {
    const graph = createGraph();
    graph.replaceAttributes(meta);
    for (const [key, labels, props] of nodes) graph.addNode(key, { ...props, labels });
    edges.forEach(([s, t, type, props], i) => {
      graph.addEdgeWithKey(`e${i}`, nodes[s % nodes.length][0], nodes[t % nodes.length][0], { ...props, type });
    });
    return graph;
  });

describe('the streamed GEXF writer', () => {
  for (const version of ['1.3', '1.2'] as const) {
    it(`writes graphology-gexf's document, byte for byte (GEXF ${version}, random graphs)`, () => {
      fc.assert(
        fc.property(graphs, (graph) => {
          expect(streamed(graph, version).join('')).toBe(graphologyGexf(graph, version));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('hands a large graph over in bounded chunks that join into the same document', () => {
    const graph = createGraph();
    for (let i = 0; i < 3000; i++) graph.addNode(`n${i}`, { labels: ['Person'], name: `Person ${i}`, mentions: i });
    for (let i = 1; i < 3000; i++) graph.addEdgeWithKey(`e${i}`, `n${i}`, `n${i - 1}`, { type: 'KNOWS', confidence: 0.5 });
    const chunks = streamed(graph, '1.3');
    expect(chunks.length).toBeGreaterThan(10);
    // A chunk is handed over once it reaches the threshold: it exceeds it by at most one element.
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(CHUNK_CHARS + 2000);
    expect(chunks.join('')).toBe(graphologyGexf(graph, '1.3'));
  });

  it('differs from graphology-gexf only by the timeline attributes when nodes are dated', () => {
    const graph = trickyGraph();
    // Leave out the list items graphology-gexf would mangle, so the timeline is the only difference.
    graph.setNodeAttribute('person:tricky', 'aliases', ['plain']);
    const ours = streamed(graph, '1.3', true).join('');
    expect(ours).toContain('<node id="event:paris-summit" label="Sommet de Paris" start="2026-01-06" end="2026-01-06">');
    expect(ours).toContain('start="2025-12-01" end="2025-12-31"');
    const withoutTimeline = ours.replace(' mode="dynamic" timeformat="date"', '').replace(/ start="[^"]*" end="[^"]*"/g, '');
    expect(withoutTimeline).toBe(graphologyGexf(graph, '1.3'));
  });

  it('quotes list items that graphology-gexf would split, so its parser reads them back whole', () => {
    const graph = createGraph();
    graph.addNode('n', { labels: ['Person'], aliases: ['Paris, France', '', ' padded', 'C:\\dir', 'a\nb'] });
    const xml = streamed(graph, '1.3').join('');
    const parsed = gexf.parse(graphology.MultiGraph, xml);
    expect(parsed.getNodeAttribute('n', 'aliases')).toEqual(['Paris, France', '', ' padded', 'C:\\dir', 'a\nb']);
  });

  it('replaces characters XML cannot carry instead of writing an unreadable file', () => {
    const graph = createGraph();
    graph.addNode('n\u0001', { labels: ['Person'], name: 'bell\u0007 and lone \uD800 surrogate' });
    const xml = streamed(graph, '1.3').join('');
    const parsed = gexf.parse(graphology.MultiGraph, xml);
    expect(parsed.nodes()).toEqual(['n\uFFFD']);
    expect(parsed.getNodeAttribute('n\uFFFD', 'label')).toBe('bell\uFFFD and lone \uFFFD surrogate');
  });
});
