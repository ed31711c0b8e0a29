/** `:view`: the REPL serves its graph to the viewer and gives the address of the last query (needs `npm run build`). */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, writeNewsGraph } from '../resources/repl/news-graph.ts';
import { KG_BIN } from '../resources/repl/run-kg.ts';

describe(':view', () => {
  it("starts the viewer's server on 127.0.0.1 and prints the address that opens the last query", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-repl-view-'));
    const graph = join(dir, 'graph.json');
    writeNewsGraph(graph);
    const child = spawn(process.execPath, [KG_BIN, 'repl', '--graph', graph], {
      cwd: REPO_ROOT,
      env: { ...process.env, KG_HISTORY: join(dir, 'history') },
    });
    let stdout = '';
    const address = new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const found = /Viewer: (\S+)/.exec(stdout);
        if (found) resolve(found[1]);
      });
      child.on('close', () => reject(new Error(`the REPL ended without an address:\n${stdout}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const query = "MATCH (p:Person)-[r:LEADS]->(c:Country) RETURN p, r, c";
    child.stdin.write(`${query};\n:view\n`);
    const url = new URL(await address);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.searchParams.get('q')).toBe(query);
    // The server answers with this session's graph.
    const api = await fetch(new URL('/api/graph', url));
    expect(api.status).toBe(200);
    expect(JSON.stringify(await api.json())).toContain('Giorgia Meloni');
    child.stdin.end();
    expect(await exited).toBe(0);
  });
});
