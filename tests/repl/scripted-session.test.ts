/**
 * `kg repl < script`: statements from stdin, results on stdout, errors on stderr, and the session goes
 * on after an error (needs `npm run build`).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SENTENCES, writeNewsGraph } from '../resources/repl/news-graph.ts';
import { runKg, type KgRun } from '../resources/repl/run-kg.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-repl-script-'));
const graph = join(dir, 'graph.json');
const historyFile = join(dir, 'history');
const gexf = join(dir, 'out', 'italy.gexf');

const SCRIPT = `// who was at the summit?
MATCH (p:Person)-[:ATTENDED]->(e:Event)
WHERE e.date STARTS WITH '2026'
RETURN p.name AS who
ORDER BY who;

MATCH (p:Person RETURN p;
MATCH (c:Country {iso2: 'IT'})-[r:REFUSES_TROOPS]->(t) RETURN c.name AS country, r, t.name AS target;
:why
:schema
:param who => 'Keir ' + 'Starmer'
:params
MATCH (p:Person {name: $who})-[:LEADS]->(c) RETURN c.name AS country;
:format json
MATCH (c:Country {iso2: 'FR'}) RETURN c.name AS name, c.iso2 AS iso;
:format table
MATCH (c:Country {iso2: 'IT'})-[r:REFUSES_TROOPS]->(t) RETURN c, r, t;
:export gexf ${gexf}
:shema
:history 2
RETURN 'last, without a semicolon' AS note
`;

describe('kg repl reading a script from stdin', () => {
  let run: KgRun;
  beforeAll(async () => {
    writeNewsGraph(graph);
    writeFileSync(historyFile, "MATCH (n) RETURN count(n);\n:schema\nMATCH (p:Person) RETURN p.name;\n");
    run = await runKg(['repl', '--graph', graph], { input: SCRIPT, env: { KG_HISTORY: historyFile, HOME: dir } });
  });

  it('runs a multi-line statement and prints an aligned table with its row count', () => {
    expect(run.stdout).toContain(
      ['+----------------------+', '| who                  |', '+----------------------+', "| 'Emmanuel Macron'    |", "| 'Keir Starmer'       |", "| 'Volodymyr Zelensky' |", '+----------------------+'].join('\n'),
    );
    expect(run.stdout).toMatch(/\| 'Volodymyr Zelensky' \|\n\+-+\+\n3 rows in \d+(\.\d)? ms\n/);
  });

  it('shows a syntax error with its line, column and caret on stderr, then answers the next statement', () => {
    expect(run.stderr).toMatch(/line 1, column \d+/);
    expect(run.stderr).toContain('1 | MATCH (p:Person RETURN p');
    expect(run.stderr).toMatch(/\n {4,}\^/);
    expect(run.stdout).toMatch(/\| 'Italie' \| \[:REFUSES_TROOPS \{confidence: 0\.85, evidence: \[\{doc: '000_e062ad4954cb4371\.txt', .*\}\]\}\] \| 'Ukraine' \|\n/);
  });

  it(':why quotes the source sentence with its document and position', () => {
    expect(run.stdout).toContain('Italie (Country) -[:REFUSES_TROOPS]-> Ukraine (Country)  confidence 0.85');
    expect(run.stdout).toMatch(/corpus\/000_e062ad4954cb4371\.txt \(2026-01-06\), line 5, characters \d+–\d+:/);
    expect(run.stdout).toContain(`« ${SENTENCES.meloni} »`);
  });

  it(':schema lists labels, relationship types and property keys with counts', () => {
    expect(run.stdout).toMatch(/Labels \(4\)\s+count of nodes\n\s+:Country\s+4\n\s+:Event\s+1\n\s+:Organization\s+1\n\s+:Person\s+4\n/);
    expect(run.stdout).toMatch(/Relationship types \(4\)[^\n]*\n\s+\[:ATTENDED\]\s+3\n\s+\[:LEADS\]\s+3\n\s+\[:PLEDGES\]\s+1\n\s+\[:REFUSES_TROOPS\]\s+1\n/);
    expect(run.stdout).toMatch(/Property keys \(\d+\)[^\n]*\n(\s+\.\w+\s+\d+\n)*\s+\.evidence\s+8\n/);
  });

  it(':param evaluates a value that queries then use; :params lists them', () => {
    expect(run.stdout).toContain("$who = 'Keir Starmer'");
    expect(run.stdout).toContain(":param who => 'Keir Starmer'");
    expect(run.stdout).toContain("| 'Royaume-Uni' |");
  });

  it(':format json switches to JSON, with the row count on stderr', () => {
    expect(run.stdout).toContain('[\n  {\n    "name": "France",\n    "iso": "FR"\n  }\n]');
    expect(run.stderr).toMatch(/^1 row in/m);
  });

  it(":export gexf writes the last result's subgraph", () => {
    expect(run.stdout).toContain(`Wrote 2 nodes and 1 relationship to ${gexf}.`);
    expect(existsSync(gexf)).toBe(true);
    const xml = readFileSync(gexf, 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml).toContain('Italie');
    expect(xml).not.toContain('Emmanuel Macron');
  });

  it('answers an unknown command with a suggestion', () => {
    expect(run.stderr).toContain('unknown command :shema. Did you mean :schema?');
  });

  it(':history recalls what earlier terminal sessions typed; a script adds nothing to it', () => {
    expect(run.stdout).toContain('2  :schema\n3  MATCH (p:Person) RETURN p.name;');
    expect(readFileSync(historyFile, 'utf8')).toBe("MATCH (n) RETURN count(n);\n:schema\nMATCH (p:Person) RETURN p.name;\n");
  });

  it('runs the last statement without its ;, prints no prompt, and exits 1 because statements failed', () => {
    expect(run.stdout).toContain("| 'last, without a semicolon' |");
    expect(run.stdout).not.toContain('kg> ');
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.status).toBe(1);
  });
});

describe('kg repl exit status', () => {
  it('is 0 when every statement of the script succeeds', async () => {
    const ok = await runKg(['repl', '--graph', graph], { input: 'RETURN 1 AS one;\n', env: { KG_HISTORY: historyFile } });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^\+-----\+\n\| one \|\n\+-----\+\n\| 1   \|\n\+-----\+\n1 row in \d+(\.\d)? ms\n$/);
  });
});
