import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/export-graph.ts';
import { jsonChunks } from '../../src/export/json.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { loadGraph } from '../../src/graph/load-graph.ts';
import { serializeGraph } from '../../src/graph/save-graph.ts';
import { tempDir, trickyGraph } from './helpers.ts';

const dir = tempDir();

describe('JSON export', () => {
  it('writes the bytes of the saved graph format, so kg loads it again', async () => {
    const graph = trickyGraph();
    await exportGraph(graph, { format: 'json', output: join(dir, 'graph.json') });
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe(serializeGraph(graph));
    expect(loadGraph(join(dir, 'graph.json')).export()).toEqual(graph.export());
  });

  it('streams a large graph in chunks with the same bytes', () => {
    const graph = createGraph();
    for (let i = 0; i < 2000; i++) graph.addNode(`n${i}`, i % 2 ? { labels: ['Person'], name: `P${i}` } : ({} as never));
    for (let i = 1; i < 2000; i++) graph.addEdgeWithKey(`e${i}`, `n${i}`, `n${i - 1}`, { type: 'KNOWS' });
    const chunks = [...jsonChunks(graph)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(serializeGraph(graph));
  });
});
