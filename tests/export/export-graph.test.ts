import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { exportGraph, type ExportFormat } from '../../src/export/export-graph.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { loadGraph } from '../../src/graph/load-graph.ts';
import { KgError } from '../../src/util/errors.ts';
import { tempDir, trickyGraph } from './helpers.ts';

const dir = tempDir();
const graph = trickyGraph();

describe('exportGraph', () => {
  it('exports only the selected nodes and relationships, with the relationships\' endpoints, in graph order', async () => {
    const output = join(dir, 'sub.json');
    await exportGraph(graph, { format: 'json', output, subgraph: { nodes: ['org:otan'], edges: ['e6', 'e3'] } });
    const sub = loadGraph(output);
    expect(sub.nodes()).toEqual(['person:emmanuel-macron', 'country:fr', 'country:it', 'org:otan']);
    expect(sub.edges()).toEqual(['e3', 'e6']);
    expect(sub.getEdgeAttributes('e6')).toEqual(graph.getEdgeAttributes('e6'));
    expect(sub.getNodeAttributes('country:fr')).toEqual(graph.getNodeAttributes('country:fr'));
  });

  it('writes an empty graph in every format as a file its readers accept', async () => {
    const empty = createGraph();
    for (const format of ['gexf', 'graphml', 'json', 'cypher'] as const) await exportGraph(empty, { format, output: join(dir, `empty.${format}`) });
    await exportGraph(empty, { format: 'csv', output: join(dir, 'empty-csv') });
    expect(gexf.parse(graphology.MultiGraph, readFileSync(join(dir, 'empty.gexf'), 'utf8')).order).toBe(0);
    expect(graphml.parse(graphology.MultiGraph, readFileSync(join(dir, 'empty.graphml'), 'utf8')).order).toBe(0);
    expect(loadGraph(join(dir, 'empty.json')).order).toBe(0);
    expect(readFileSync(join(dir, 'empty.cypher'), 'utf8')).toMatch(/^\/\/ kg-news graph: 0 nodes, 0 relationships\./);
    expect(readFileSync(join(dir, 'empty-csv', 'nodes.csv'), 'utf8')).toBe('_kgid:ID,:LABEL\n');
    expect(readFileSync(join(dir, 'empty-csv', 'relationships.csv'), 'utf8')).toBe(':START_ID,:END_ID,:TYPE\n');
  });

  it('refuses a selection that names what the graph does not hold', async () => {
    await expect(exportGraph(graph, { format: 'json', output: join(dir, 'x.json'), subgraph: { nodes: ['nope'], edges: [] } }))
      .rejects.toThrow(new KgError('export: the graph has no node "nope"'));
  });

  it('says which format or version it does not know', async () => {
    await expect(exportGraph(graph, { format: 'pdf' as ExportFormat, output: join(dir, 'x') }))
      .rejects.toThrow('export: unknown format "pdf"; expected one of gexf, graphml, json, csv, cypher');
    await expect(exportGraph(graph, { format: 'gexf', gexfVersion: '1.1' as '1.2', output: join(dir, 'x') }))
      .rejects.toThrow('export/gexf: unknown GEXF version "1.1"; expected 1.3 or 1.2');
    await expect(exportGraph(graph, { format: 'csv', output: '-' })).rejects.toThrow(/needs a folder/);
  });

  it('reports a destination it cannot write as a user error, and leaves no partial file', async () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'keep me');
    const attempt = exportGraph(graph, { format: 'gexf', output: join(blocker, 'graph.gexf') });
    await expect(attempt).rejects.toBeInstanceOf(KgError);
    await expect(attempt).rejects.toThrow(/^export\/gexf: cannot write .*a-file\/graph.gexf/);
    expect(readFileSync(blocker, 'utf8')).toBe('keep me');
  });
});
