/** `kg query` end to end (needs `npm run build`). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeNewsGraph } from '../resources/repl/news-graph.ts';
import { runKg } from '../resources/repl/run-kg.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-query-'));
const graph = join(dir, 'graph.json');
const query = (...args: string[]) => runKg(['query', '--graph', graph, ...args]);

describe('kg query', () => {
  beforeAll(() => writeNewsGraph(graph));

  it('prints a table on stdout and the row count on stderr', async () => {
    const run = await query("MATCH (p:Person)-[:ATTENDED]->(e:Event) RETURN p.name AS who ORDER BY who");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      ['+----------------------+', '| who                  |', '+----------------------+', "| 'Emmanuel Macron'    |", "| 'Keir Starmer'       |", "| 'Volodymyr Zelensky' |", '+----------------------+', ''].join('\n'),
    );
    expect(run.stderr).toMatch(/^3 rows in \d+(\.\d)? ms\n$/);
  });

  it('prints JSON and CSV that programs can read', async () => {
    const json = await query('MATCH (c:Country) RETURN c.name AS name, c.iso2 AS iso ORDER BY iso', '--format', 'json');
    expect(JSON.parse(json.stdout)).toEqual([
      { name: 'France', iso: 'FR' },
      { name: 'Royaume-Uni', iso: 'GB' },
      { name: 'Italie', iso: 'IT' },
      { name: 'Ukraine', iso: 'UA' },
    ]);
    const csv = await query("MATCH (o)-[r:PLEDGES]->(c) RETURN o.name, r.amount, c.name", '--format', 'csv');
    expect(csv.stdout).toBe("o.name,r.amount,c.name\nUnion européenne,90 milliards d'euros,Ukraine\n");
  });

  it('prints integers beyond ±2^53 with every digit in JSON and CSV', async () => {
    const statement = 'RETURN 9223372036854775807 AS max, [-9223372036854775808, 1.5] AS list';
    const json = await query(statement, '--format', 'json');
    expect(json.stdout).toBe('[\n  {\n    "max": 9223372036854775807,\n    "list": [\n      -9223372036854775808,\n      1.5\n    ]\n  }\n]\n');
    const csv = await query(statement, '--format', 'csv');
    expect(csv.stdout).toBe('max,list\n9223372036854775807,"[-9223372036854775808,1.5]"\n');
  });

  it('takes parameters as Cypher literals, or as strings when they are not', async () => {
    const run = await query(
      'MATCH (p:Person {name: $who})-[:LEADS]->(c) WHERE c.iso2 IN $isos RETURN c.name AS country, $n + 1 AS next',
      '--param', 'who=Giorgia Meloni',
      '-p', "isos=['IT', 'FR']",
      '-p', 'n=41',
      '--format', 'json',
    );
    expect(run.stderr).toMatch(/^1 row in/);
    expect(JSON.parse(run.stdout)).toEqual([{ country: 'Italie', next: 42 }]);
  });

  it('reads the statement from a file or standard input, a final ; allowed', async () => {
    const file = join(dir, 'question.cypher');
    writeFileSync(file, "// who refuses to send troops?\nMATCH (x)-[:REFUSES_TROOPS]->(y)\nRETURN x.name, y.name;\n");
    const run = await query('-f', file, '--format', 'csv');
    expect(run.stdout).toBe('x.name,y.name\nItalie,Ukraine\n');
    const piped = await runKg(['query', '--graph', graph, '-f', '-', '--format', 'csv'], { input: 'MATCH (x)-[:REFUSES_TROOPS]->(y) RETURN x.name;' });
    expect(piped.stdout).toBe('x.name\nItalie\n');
  });

  it('exits with status 1 and the positioned message for a bad query', async () => {
    const run = await query('MATCH (p:Person)\nRETURN p.name ORDER p.name');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/line 2, column \d+/);
    expect(run.stderr).toContain('2 | RETURN p.name ORDER p.name');
    expect(run.stderr).toMatch(/\n +\^/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('runs a write in memory and says the file is not modified', async () => {
    const run = await query("CREATE (:Person {name: 'Friedrich Merz'})");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^0 rows in .* ms; 1 node created, 1 property set, 1 label added\n/);
    expect(run.stderr).toContain('is not modified');
    const after = await query("MATCH (p:Person {name: 'Friedrich Merz'}) RETURN count(p) AS n", '--format', 'csv');
    expect(after.stdout).toBe('n\n0\n');
  });

  it('enforces the row cap and the time budget', async () => {
    const capped = await query('UNWIND range(1, 100) AS x RETURN x', '--max-rows', '10');
    expect(capped.status).toBe(1);
    expect(capped.stderr).toMatch(/row/i);
    const slow = await query('UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*)', '--timeout', '200');
    expect(slow.status).toBe(1);
    expect(slow.stderr).toMatch(/time/i);
  });

  it('refuses bad option values and a missing graph with a clear message', async () => {
    const badFormat = await query('RETURN 1', '--format', 'xml');
    expect(badFormat.status).not.toBe(0);
    expect(badFormat.stderr).toContain('xml');
    const badTimeout = await query('RETURN 1', '--timeout', 'soon');
    expect(badTimeout.status).not.toBe(0);
    expect(badTimeout.stderr).toContain('positive whole number');
    const missing = await runKg(['query', 'RETURN 1', '--graph', join(dir, 'nope.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no such file');
    const two = await query('RETURN 1; RETURN 2');
    expect(two.status).toBe(1);
    expect(two.stderr).toContain('holds 2 statements');
  });
});
