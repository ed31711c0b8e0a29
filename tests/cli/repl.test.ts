/** `kg repl` as a command: options, and the graph it opens or first builds (needs `npm run build`). */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../resources/repl/news-graph.ts';
import { runKg } from '../resources/repl/run-kg.ts';

describe('kg repl', () => {
  it('documents its options', async () => {
    const help = await runKg(['repl', '--help']);
    expect(help.status).toBe(0);
    for (const option of ['--graph', '--timeout', '--max-rows', 'KG_HISTORY', 'NO_COLOR']) expect(help.stdout).toContain(option);
  });

  it('builds corpus/ into the graph first when there is no graph yet, and says so on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-repl-build-'));
    mkdirSync(join(dir, 'corpus'));
    copyFileSync(join(REPO_ROOT, 'corpus', '000_e062ad4954cb4371.txt'), join(dir, 'corpus', '000_e062ad4954cb4371.txt'));
    const run = await runKg(['repl'], { cwd: dir, input: 'MATCH (n) RETURN count(n) > 0 AS built;\n', env: { KG_HISTORY: join(dir, 'h') } });
    expect(run.stderr).toContain('kg repl: no graph at .kg/graph.json yet: building it from corpus first');
    expect(run.stderr).toMatch(/kg repl: built \.kg\/graph\.json \(\d+ nodes, \d+ relationships\)/);
    expect(existsSync(join(dir, '.kg', 'graph.json'))).toBe(true);
    expect(run.stdout).toContain('| true  |');
    expect(run.status).toBe(0);
  });

  it('stops with a clear message when there is neither a graph nor a corpus', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-repl-none-'));
    const run = await runKg(['repl', '--graph', 'missing.json'], { cwd: dir, input: 'RETURN 1;\n' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('kg repl: no graph at missing.json, and no corpus/ folder to build one from');
    expect(run.stderr).not.toContain('    at ');
  });

  it('refuses a graph file that is not a graph', async () => {
    const run = await runKg(['repl', '--graph', join(REPO_ROOT, 'package.json')], { input: 'RETURN 1;\n' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('graph/load:');
  });
});
