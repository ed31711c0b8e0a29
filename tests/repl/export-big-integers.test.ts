/**
 * `kg repl` with an integer beyond ±2^53 stored by CREATE: `:export` writes it in every format, with
 * every digit, and `:format json` prints it exactly (needs `npm run build`).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeNewsGraph } from '../resources/repl/news-graph.ts';
import { runKg, type KgRun } from '../resources/repl/run-kg.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-repl-bigint-'));
const graph = join(dir, 'graph.json');
const out = (name: string) => join(dir, 'out', name);

const SCRIPT = `CREATE (n:Person {name: 'Big', v: 9223372036854775807, w: [1, -9223372036854775808]}) RETURN n;
:export gexf ${out('big.gexf')}
:export graphml ${out('big.graphml')}
:export json ${out('big.json')}
:export csv ${out('csv')}
:export cypher ${out('big.cypher')}
:format json
MATCH (n:Person {name: 'Big'}) RETURN n.v AS v;
`;

describe('kg repl :export with an integer beyond ±2^53', () => {
  let run: KgRun;
  beforeAll(async () => {
    writeNewsGraph(graph);
    run = await runKg(['repl', '--graph', graph], { input: SCRIPT, env: { KG_HISTORY: join(dir, 'history'), HOME: dir } });
  });

  it('writes every format without an error', () => {
    expect(run.stderr).not.toContain('error');
    expect(run.stdout.match(/Wrote 1 node and 0 relationships to /g)).toHaveLength(5);
    expect(run.status).toBe(0);
  });

  it('keeps every digit, typed as a long integer where the format has types', () => {
    expect(readFileSync(out('big.gexf'), 'utf8')).toMatch(/<attribute id="v" title="v" type="long"\/>[^]*<attvalue for="v" value="9223372036854775807"\/>/);
    expect(readFileSync(out('big.graphml'), 'utf8')).toMatch(/attr\.name="v" attr\.type="long"\/>[^]*>9223372036854775807<\/data>/);
    expect(readFileSync(out('big.json'), 'utf8')).toContain('"v":9223372036854775807,"w":[1,-9223372036854775808]');
    expect(readFileSync(out('csv/nodes.csv'), 'utf8')).toMatch(/^_kgid:ID,name,v:long,w:long\[\],:LABEL\n.*,Big,9223372036854775807,1;-9223372036854775808,Person\n$/);
    expect(readFileSync(out('big.cypher'), 'utf8')).toContain("name: 'Big', v: 9223372036854775807, w: [1, -9223372036854775808]});");
  });

  it(':format json prints it exactly', () => {
    expect(run.stdout).toContain('[\n  {\n    "v": 9223372036854775807\n  }\n]');
  });
});
