/** `kg export` end to end, through the built command (bin/kg.js → dist/; `npm test` builds first). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { serializeGraph } from '../../src/graph/save-graph.ts';
import { runKg as runKgShared } from '../resources/repl/run-kg.ts';
import { RESOURCES, tempDir, trickyGraph } from './helpers.ts';

const dir = tempDir();

/** Without colour variables: Node warns on stderr when both NO_COLOR and FORCE_COLOR are set. */
function runKg(args: string[]) {
  return runKgShared(args, { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } });
}
const fixture = join(RESOURCES, 'tricky-graph.json');

describe('kg export', () => {
  it('writes GEXF 1.3 for Gephi by default and says what it wrote', async () => {
    const output = join(dir, 'graph.gexf');
    const run = await runKg(['export', '--graph', fixture, '-o', output]);
    expect(run.stderr).toMatch(new RegExp(`^kg export: wrote ${output} \\(GEXF 1\\.3, 9 nodes, 8 relationships, [\\d.]+ kB\\)\\n$`));
    expect(run.status).toBe(0);
    const parsed = gexf.parse(graphology.MultiDirectedGraph, readFileSync(output, 'utf8'));
    expect(parsed.order).toBe(9);
    expect(parsed.size).toBe(8);
  });

  it('writes GEXF 1.2 on request', async () => {
    const output = join(dir, 'graph-1.2.gexf');
    const run = await runKg(['export', '-g', fixture, '--gexf-version', '1.2', '-o', output]);
    expect(run.status).toBe(0);
    expect(readFileSync(output, 'utf8')).toContain('<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz">');
  });

  it('leaves positions out with --no-layout, and checks --layout-iterations', async () => {
    const output = join(dir, 'plain.gexf');
    expect((await runKg(['export', '-g', fixture, '--no-layout', '-o', output])).status).toBe(0);
    expect(readFileSync(output, 'utf8')).not.toContain('viz:position');
    const bad = await runKg(['export', '-g', fixture, '--layout-iterations', 'many', '-o', output]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('kg export: --layout-iterations expects a whole number ≥ 0, not "many"\n');
  });

  it('writes a Neo4j CSV folder and prints the command that imports it', async () => {
    const output = join(dir, 'neo4j');
    const run = await runKg(['export', '-g', fixture, '--format', 'csv', '-o', output]);
    expect(run.status).toBe(0);
    expect(existsSync(join(output, 'nodes.csv')) && existsSync(join(output, 'relationships.csv'))).toBe(true);
    expect(run.stderr).toContain(`neo4j-admin database import full --nodes=${output}/nodes.csv --relationships=${output}/relationships.csv`);
  });

  it('writes to standard output with -o -, and nothing else there', async () => {
    const run = await runKg(['export', '-g', fixture, '--format', 'json', '-o', '-']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(serializeGraph(trickyGraph()));
    expect(run.stderr).toBe('');
  });

  it('exports only what a query returns, with its parameters', async () => {
    const run = await runKg(['export', '-g', fixture, '--format', 'json', '-o', '-', '-q', 'MATCH p = (:Person {name: $who})-[:LEADS]->(:Country) RETURN p', '-p', 'who=Emmanuel Macron']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const exported = JSON.parse(run.stdout) as { nodes: { key: string }[]; edges: { key: string }[] };
    expect(exported.nodes.map((n) => n.key)).toEqual(['person:emmanuel-macron', 'country:fr']);
    expect(exported.edges.map((e) => e.key)).toEqual(['e2']);
  });

  it('reports a query error with its position, and refuses a query that writes', async () => {
    const syntax = await runKg(['export', '-g', fixture, '-o', join(dir, 'q.gexf'), '-q', 'MATCH (n RETURN n']);
    expect(syntax.status).toBe(1);
    expect(syntax.stderr).toMatch(/^query: syntax error at line 1, column \d+.*\n1 \| MATCH \(n RETURN n\n +\^/);
    expect(syntax.stderr).not.toMatch(/\n\s+at /);
    const write = await runKg(['export', '-g', fixture, '-o', join(dir, 'w.gexf'), '-q', "CREATE (n:Person {name: 'x'}) RETURN n"]);
    expect(write.status).toBe(1);
    expect(existsSync(join(dir, 'w.gexf'))).toBe(false);
  });

  it('explains a missing graph, an unknown format and an output that would overwrite the graph, without a stack trace', async () => {
    const missing = await runKg(['export', '-g', join(dir, 'none.json'), '-o', join(dir, 'x.gexf')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`kg export: no graph at ${join(dir, 'none.json')}; build one with \`kg build\` or name one with --graph FILE\n`);
    const format = await runKg(['export', '-g', fixture, '--format', 'pdf']);
    expect(format.status).not.toBe(0);
    expect(format.stderr).toContain("error: option '--format <format>' argument 'pdf' is invalid. Allowed choices are gexf, graphml, json, csv, cypher.");
    const overwrite = await runKg(['export', '-g', fixture, '--format', 'json', '-o', fixture]);
    expect(overwrite.status).toBe(1);
    expect(overwrite.stderr).toBe(`kg export: ${fixture} is the graph being exported; choose another file with -o\n`);
    for (const run of [missing, format, overwrite]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
