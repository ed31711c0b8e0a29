/**
 * The built viewer is served from one folder and nothing outside it, whatever the path looks like;
 * wrong methods, unknown paths, foreign Host headers and broken HTTP get their status, and the
 * server keeps serving.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/create-graph.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { safeRelativePath } from '../../src/server/serve-static.ts';
import { send, sendRawBytes } from './http-client.ts';

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-static-'));
  const root = join(dir, 'www');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>kg view</title>' + ' '.repeat(2000));
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log("app");');
  writeFileSync(join(root, '.env'), 'SECRET=dotfile');
  writeFileSync(join(dir, 'secret.txt'), 'SECRET=outside');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'));
  server = await startServer({ graph: createGraph(), port: 0, viewerDir: root, log: () => {} });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static files', () => {
  it('serves the page with a strict Content-Security-Policy, compressed when asked', async () => {
    const page = await send(server.url, '/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.body).toContain('<title>kg view</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("object-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');

    const script = await send(server.url, '/assets/app-1234.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toContain('immutable');
    expect(script.body).toBe('console.log("app");');

    const again = await send(server.url, '/assets/app-1234.js', { headers: { 'If-None-Match': String(script.headers.etag) } });
    expect(again.status).toBe(304);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%252e%252e%252fsecret.txt',
    '/.%2e/secret.txt',
    '//secret.txt',
    '/link.txt',
    '/.env',
    '/%00index.html',
    '/index.html%00.js',
    '/%E0%A4%A',
    '/nothing-here.html',
    '/assets',
  ])('answers 404 for %s, never a file outside the root', async (path) => {
    const response = await send(server.url, path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('SECRET');
    expect(response.json().error).toMatchObject({ status: 404 });
  });

  it('answers 405 with Allow for methods other than GET and HEAD', async () => {
    const response = await send(server.url, '/index.html', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    const head = await send(server.url, '/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers 404 for unknown API paths', async () => {
    const response = await send(server.url, '/api/nodes');
    expect(response.status).toBe(404);
    expect(response.json().error.message).toContain('/api/nodes');
  });

  it('refuses a foreign Host header while bound to loopback (DNS rebinding)', async () => {
    const response = await send(server.url, '/api/graph', { headers: { Host: 'attacker.example:80' } });
    expect(response.status).toBe(403);
    expect((await send(server.url, '/api/graph', { headers: { Host: 'localhost' } })).status).toBe(200);
  });

  it('answers 400 to bytes that are not HTTP, and goes on serving', async () => {
    const answer = await sendRawBytes(server.url, 'NOT HTTP AT ALL\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect((await send(server.url, '/')).status).toBe(200);
  });

  it('says how to build the viewer when it is missing', async () => {
    const bare = await startServer({ graph: createGraph(), port: 0, viewerDir: join(dir, 'no-such-folder'), log: () => {} });
    try {
      const response = await send(bare.url, '/');
      expect(response.status).toBe(503);
      expect(response.json().error.message).toContain('npm run build');
    } finally {
      await bare.close();
    }
  });
});

describe('safeRelativePath', () => {
  it('keeps ordinary paths and decodes them once', () => {
    expect(safeRelativePath('/index.html')).toBe('/index.html');
    expect(safeRelativePath('/assets/a%20b.js')).toBe('/assets/a b.js');
  });

  it.each(['/../x', '/a/../x', '/%2e%2e/x', '/a/./x', '//x', '/a\\x', '/a%5cx', '/.hidden', '/%00', '/%25'])('refuses %s', (path) => {
    expect(() => safeRelativePath(path)).toThrow(/not found/);
  });
});
