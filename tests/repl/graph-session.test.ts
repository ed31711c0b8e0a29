import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphSession } from '../../src/repl/graph-session.ts';
import { REPO_ROOT, SENTENCES, writeNewsGraph } from '../resources/repl/news-graph.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-session-'));
const graphPath = join(dir, 'graph.json');
const request = { params: {}, format: 'table' as const, color: false };

describe('GraphSession', () => {
  let session: GraphSession;
  beforeAll(async () => {
    writeNewsGraph(graphPath);
    session = new GraphSession();
    expect(await session.open(graphPath)).toEqual({ nodes: 10, relationships: 8, built: false, problems: [] });
  });

  it('runs a query and formats its result, with the summary apart', () => {
    const reply = session.query({ ...request, text: "MATCH (c:Country)<-[:LEADS]-(p) WHERE c.iso2 = $iso RETURN p.name", params: { iso: 'IT' } });
    expect(reply.output).toContain("'Giorgia Meloni'");
    expect(reply.summary).toMatch(/^1 row in \d+(\.\d)? ms$/);
    expect(reply).toMatchObject({ rowCount: 1, changed: false });
  });

  it('tells when a query changed the graph', () => {
    const scratch = new GraphSession();
    return scratch.open(graphPath).then(() => {
      const reply = scratch.query({ ...request, text: "CREATE (:Person {name: 'Friedrich Merz'})" });
      expect(reply.changed).toBe(true);
      expect(reply.summary).toContain('1 node created');
      expect(scratch.schema().labels.find((l) => l.name === 'Person')?.count).toBe(5);
    });
  });

  it(':why quotes the evidence of the last result, with document, line and offsets checked against the source', () => {
    const previous = process.cwd();
    process.chdir(REPO_ROOT);
    try {
      session.query({ ...request, text: "MATCH (c:Country {name: 'Italie'})-[r:REFUSES_TROOPS]->(t) RETURN c.name, r, t.name" });
      const report = session.why(20, false);
      const text = readFileSync(join(REPO_ROOT, 'corpus/000_e062ad4954cb4371.txt'), 'utf8');
      const start = text.indexOf(SENTENCES.meloni);
      expect(report).toContain('Italie (Country) -[:REFUSES_TROOPS]-> Ukraine (Country)  confidence 0.85');
      expect(report).toContain(`corpus/000_e062ad4954cb4371.txt (2026-01-06), line 5, characters ${start}–${start + SENTENCES.meloni.length}:`);
      expect(report).toContain(`« ${SENTENCES.meloni} »`);
    } finally {
      process.chdir(previous);
    }
  });

  it(':why finds relationships inside paths and lists, each once, in result order', () => {
    session.query({ ...request, text: "MATCH p = (x)-[:ATTENDED]->(e:Event) WITH collect(p) AS paths RETURN paths, paths AS again" });
    const report = session.why(20, false);
    expect(report.match(/-\[:ATTENDED\]->/g)).toHaveLength(3);
    expect(session.why(1, false)).toContain('… 2 more relationships (:why all shows every one)');
  });

  it(':why explains what to do when the result holds no relationship', () => {
    session.query({ ...request, text: 'MATCH (p:Person) RETURN p.name' });
    expect(session.why(20, false)).toContain('The last result has no relationships');
  });

  it('evaluates parameter values as Cypher expressions', () => {
    expect(session.evaluate("'Keir ' + 'Starmer'", {})).toEqual({ value: 'Keir Starmer', display: "'Keir Starmer'" });
    expect(session.evaluate('[x IN range(1, 3) | x * $k]', { k: 2 })).toEqual({ value: [2, 4, 6], display: '[2, 4, 6]' });
  });

  it('positions an error in a parameter value within the value as typed', () => {
    expect(() => session.evaluate('1 + nope', {})).toThrow('repl: semantic error in the value at column 5: variable `nope` is not defined\n  1 + nope\n      ^');
  });

  it('gives the plan of a query', () => {
    expect(session.explain('MATCH (p:Person) RETURN p.name', {})).toMatch(/Person/);
  });

  it('stops a query when asked to cancel', async () => {
    let cancelled = false;
    const cancellable = new GraphSession({ isCancelled: () => cancelled });
    await cancellable.open(graphPath);
    cancelled = true;
    expect(() => cancellable.query({ ...request, text: 'UNWIND range(1, 1000000) AS x RETURN count(x)' })).toThrow(
      expect.objectContaining({ kind: 'cancelled' }),
    );
  });

  it('reports a bad query with its position', () => {
    expect(() => session.query({ ...request, text: 'MATCH (p:Person)\nRETURN p.name ORDER p.name' })).toThrow(
      expect.objectContaining({ kind: 'syntax', position: expect.objectContaining({ line: 2 }) }),
    );
  });
});
