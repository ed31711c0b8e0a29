import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neo4jImportCommand, neo4jHeader } from '../../src/export/csv.ts';
import { exportGraph } from '../../src/export/export-graph.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { tempDir, TRICKY_NAME, trickyGraph } from './helpers.ts';

const dir = tempDir();
const graph = trickyGraph();

/** Rows as Python's csv module (RFC 4180, quoted newlines) reads them: a reader that is not ours. */
function readCsv(path: string): string[][] {
  const script = 'import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))))';
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' })) as string[][];
}

// neo4j-admin database import's header syntax: name:type, name:type[] for arrays, and the special fields.
const NEO4J_TYPES = ['int', 'long', 'float', 'double', 'boolean', 'byte', 'short', 'char', 'string', 'point', 'date', 'localtime', 'time', 'localdatetime', 'datetime', 'duration'];
const PROPERTY_FIELD = new RegExp(`^[^:]+(:(${NEO4J_TYPES.join('|')})(\\[\\])?)?$`);

function checkNeo4jHeader(header: string[], special: string[]): void {
  for (const field of special) expect(header.filter((h) => h === field || h.endsWith(field))).toHaveLength(1);
  for (const field of header) {
    if (!special.some((s) => field === s || field.endsWith(s))) expect(field).toMatch(PROPERTY_FIELD);
  }
}

/** A cell as neo4j-admin reads it for its header's type; empty means no property. */
function neo4jValue(field: string, cell: string): unknown {
  if (cell === '') return undefined;
  const [, type = 'string', array] = /^[^:]*(?::(\w+)(\[\])?)?$/.exec(field)!;
  const scalar = (text: string) => (type === 'int' || type === 'long' || type === 'float' ? Number(text) : type === 'boolean' ? text === 'true' : text);
  return array ? cell.split(';').map(scalar) : scalar(cell);
}

function rowsToObjects(rows: string[][]): Record<string, unknown>[] {
  const [header, ...body] = rows;
  return body.map((row) => {
    const record: Record<string, unknown> = {};
    header.forEach((field, i) => {
      const value = neo4jValue(field, row[i]);
      if (value !== undefined) record[field.replace(/:.*$/, '') || field] = value;
    });
    return record;
  });
}

/** Maps have no Neo4j type: they are JSON text, read back here. */
function decodeJson(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  for (const key of keys) if (typeof record[key] === 'string') record[key] = JSON.parse(record[key] as string);
  return record;
}

describe('Neo4j CSV export', () => {
  const folder = join(dir, 'neo4j');

  it('writes nodes.csv and relationships.csv with the bulk importer\'s typed headers', async () => {
    await exportGraph(graph, { format: 'csv', output: folder });
    const nodes = readCsv(join(folder, 'nodes.csv'));
    const relationships = readCsv(join(folder, 'relationships.csv'));
    expect(nodes[0]).toEqual(['_kgid:ID', 'name', 'aliases:string[]', 'title', 'mentions:int', 'iso2', 'acronym', 'date', 'place', 'kind', 'score:float', 'flags:boolean[]', 'counts:int[]', 'meta', ':LABEL']);
    expect(relationships[0]).toEqual([':START_ID', ':END_ID', ':TYPE', 'confidence:float', 'evidence', 'what', 'amount', 'condition', 'note']);
    checkNeo4jHeader(nodes[0], [':ID', ':LABEL']);
    checkNeo4jHeader(relationships[0], [':START_ID', ':END_ID', ':TYPE']);
  });

  it('holds every node and relationship with its properties, read back as Neo4j would', async () => {
    await exportGraph(graph, { format: 'csv', output: folder });
    const nodes = rowsToObjects(readCsv(join(folder, 'nodes.csv'))).map((n) => decodeJson(n, ['meta']));
    expect(nodes).toEqual(graph.mapNodes((key, { labels, ...properties }) => ({ _kgid: key, ...properties, ':LABEL': labels.join(';') })));
    const relationships = rowsToObjects(readCsv(join(folder, 'relationships.csv'))).map((r) => decodeJson(r, ['evidence']));
    expect(relationships).toEqual(
      graph.mapEdges((_key, { type, ...properties }, source, target) => ({ ':START_ID': source, ':END_ID': target, ':TYPE': type, ...properties })),
    );
    expect(nodes.find((n) => n._kgid === 'person:tricky')!.name).toBe(TRICKY_NAME);
  });

  it('turns a list whose items hold the array delimiter into JSON text, so nothing is split wrongly', async () => {
    const g = createGraph();
    g.addNode('a', { labels: ['Person'], name: 'A', aliases: ['x;y', 'z'] });
    g.addNode('b', { labels: ['Person'], name: 'B', aliases: ['w'], note: '' });
    await exportGraph(g, { format: 'csv', output: join(dir, 'delimiter') });
    const text = readFileSync(join(dir, 'delimiter', 'nodes.csv'), 'utf8');
    expect(text).toBe('_kgid:ID,name,aliases,note,:LABEL\na,A,"[""x;y"",""z""]",,Person\nb,B,"[""w""]","",Person\n');
  });

  it('names types as neo4j-admin does and gives the command that loads the folder', () => {
    expect(neo4jHeader('mentions', { kind: 'integer', list: false, long: false })).toBe('mentions:int');
    expect(neo4jHeader('big', { kind: 'integer', list: false, long: true })).toBe('big:long');
    expect(neo4jHeader('aliases', { kind: 'string', list: true, long: false })).toBe('aliases:string[]');
    expect(neo4jHeader('evidence', { kind: 'json', list: false, long: false })).toBe('evidence');
    expect(neo4jImportCommand('out')).toBe(
      "neo4j-admin database import full --nodes=out/nodes.csv --relationships=out/relationships.csv --array-delimiter=';' --multiline-fields=true neo4j",
    );
    expect(neo4jImportCommand("my graph's csv")).toContain("--nodes='my graph'\\''s csv/nodes.csv'");
  });
});
