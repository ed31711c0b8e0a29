/**
 * Cypher integers are 64-bit: one beyond ±2^53 that a query stored (a bigint) comes out of every
 * export format with all its digits, typed as a long integer where the format has types.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/export-graph.ts';
import { serializeGraph } from '../../src/graph/save-graph.ts';
import { bigIntegerGraph, parseExactJson, readWithNetworkx, tempDir } from './helpers.ts';

const MAX = 9223372036854775807n;
const MIN = -9223372036854775808n;

const dir = tempDir();
const graph = bigIntegerGraph();
const bigNode = graph.findNode((_key, attributes) => attributes.name === 'Big')!;

describe('integers beyond ±2^53 in exports', () => {
  it('json: the saved graph holds their digits, so an exact JSON reader gets the same values back', async () => {
    const file = join(dir, 'graph.json');
    await exportGraph(graph, { format: 'json', output: file });
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(serializeGraph(graph));
    expect(text).toContain('"v":9223372036854775807,"w":[1,-9223372036854775808],"mixed":[1,"a",9007199254740993]');
    expect(parseExactJson(text)).toEqual(graph.export());
  });

  it('csv: Neo4j long columns with the digits, and the digits inside JSON text', async () => {
    const folder = join(dir, 'csv');
    await exportGraph(graph, { format: 'csv', output: folder });
    const [nodeHeader, bigRow] = readFileSync(join(folder, 'nodes.csv'), 'utf8').split('\n');
    expect(nodeHeader).toBe('_kgid:ID,name,v:long,w:long[],mixed,:LABEL');
    expect(bigRow).toBe(`${bigNode},Big,9223372036854775807,1;-9223372036854775808,"[1,""a"",9007199254740993]",Person`);
    const relationships = readFileSync(join(folder, 'relationships.csv'), 'utf8').split('\n');
    expect(relationships[0]).toBe(':START_ID,:END_ID,:TYPE,n:long,score:float');
    expect(relationships.slice(1, 3).map((row) => row.split(',').slice(3))).toEqual([['-9007199254740993', '0.5'], ['12', '9223372036854775807']]);
  });

  it('graphml: long keys, read by networkx as the exact integers', async () => {
    const file = join(dir, 'graph.graphml');
    await exportGraph(graph, { format: 'graphml', output: file });
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain('attr.name="v" attr.type="long"/>');
    expect(xml).toContain('attr.name="w" attr.type="string" attr.list="long"/>');
    expect(xml).toContain('attr.name="n" attr.type="long"/>');
    const read = readWithNetworkx('graphml', file);
    expect(read.nodes.find((node) => node.id === bigNode)!.data).toMatchObject({ v: MAX, w: '[1,-9223372036854775808]' });
    expect(read.edges.map((edge) => edge.data.n)).toEqual([-9007199254740993n, 12]);
  });

  it('gexf 1.3: long and listlong attributes with the digits', async () => {
    const file = join(dir, 'graph-1.3.gexf');
    await exportGraph(graph, { format: 'gexf', output: file, layout: false });
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain('<attribute id="v" title="v" type="long"/>');
    expect(xml).toContain('<attribute id="w" title="w" type="listlong"/>');
    expect(xml).toContain('<attvalue for="v" value="9223372036854775807"/>');
    expect(xml).toContain('<attvalue for="w" value="[1, -9223372036854775808]"/>');
    expect(xml).toContain('<attvalue for="mixed" value="[1,&quot;a&quot;,9007199254740993]"/>');
    expect(xml).toContain('<attvalue for="n" value="-9007199254740993"/>');
  });

  it('gexf 1.2: read by networkx as the exact integers (lists are |-joined text there)', async () => {
    const file = join(dir, 'graph-1.2.gexf');
    await exportGraph(graph, { format: 'gexf', gexfVersion: '1.2', output: file, layout: false });
    const read = readWithNetworkx('gexf', file);
    expect(read.nodes.find((node) => node.id === bigNode)!.data).toMatchObject({ v: MAX, w: `1|${MIN}` });
    expect(read.edges.map((edge) => edge.data.n)).toEqual([-9007199254740993n, 12]);
  });
});
