/**
 * `kg view` end to end (needs `npm run build`, which `npm test` runs first): prints the URL, serves
 * the built page and the API for the graph file, stops cleanly on Ctrl+C, and explains what is wrong
 * with a missing graph or a bad port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveGraph } from '../../src/graph/save-graph.ts';
import { buildSummitGraph } from '../viewer/fixture-graph.ts';
import { postJson, send } from './http-client.ts';

const KG = fileURLToPath(new URL('../../bin/kg.js', import.meta.url));

let dir: string;
let graphPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-view-'));
  graphPath = join(dir, 'summit.json');
  saveGraph(buildSummitGraph(), graphPath);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `kg view` and resolves with the URL it prints. */
function startView(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [KG, 'view', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /kg view: (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1], output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`kg view exited with ${code}: ${output}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('kg view', () => {
  it('serves the page and the API for the graph, on 127.0.0.1, until Ctrl+C', async () => {
    const { child, url, output } = await startView(['--graph', graphPath, '--port', '0', '--no-open', '-q', 'MATCH (n:Event) RETURN n']);
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?q=MATCH%20\(n%3AEvent\)%20RETURN%20n$/);
      expect(output()).toContain('11 nodes, 17 relationships');
      const base = new URL(url).origin;
      const page = await send(base, '/');
      expect(page.status).toBe(200);
      expect(page.body).toContain('<div id="graph"');
      const graph = (await send(base, '/api/graph')).json();
      expect(graph.meta).toMatchObject({ source: 'summit.json', allowWrite: false });
      const write = await postJson(base, '/api/query', { query: "CREATE (:Person {name: 'X'})" });
      expect(write.status).toBe(403);
    } finally {
      const exited = exitOf(child);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    }
  });

  it('allows write clauses with --allow-write', async () => {
    const { child, url } = await startView(['--graph', graphPath, '--port', '0', '--no-open', '--allow-write']);
    try {
      const response = await postJson(url, '/api/query', { query: "CREATE (n:Person {name: 'Mark Rutte'}) RETURN n.name AS name" });
      expect(response.status).toBe(200);
      expect(response.json().rows).toEqual([['Mark Rutte']]);
    } finally {
      const exited = exitOf(child);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('explains a missing graph, without a stack trace', () => {
    const result = spawnSync(process.execPath, [KG, 'view', '--graph', join(dir, 'none.json'), '--no-open'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('kg view: no graph at');
    expect(result.stderr).toContain('kg build');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says when the port is taken', async () => {
    const { child, url } = await startView(['--graph', graphPath, '--port', '0', '--no-open']);
    try {
      const port = new URL(url).port;
      const result = spawnSync(process.execPath, [KG, 'view', '--graph', graphPath, '--port', port, '--no-open'], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`kg view: port ${port} is already in use`);
    } finally {
      const exited = exitOf(child);
      child.kill('SIGINT');
      await exited;
    }
  });

  it('refuses a port that is not a number', () => {
    const result = spawnSync(process.execPath, [KG, 'view', '--graph', graphPath, '--port', 'http', '--no-open'], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('port number');
  });
});
