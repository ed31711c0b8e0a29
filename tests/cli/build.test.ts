/** `kg build` end to end (needs `npm run build`). */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const KG = resolve('bin/kg.js');
const CORPUS = resolve('corpus');

function kg(args: string[], cwd = process.cwd()): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [KG, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

describe('kg build', () => {
  it('builds corpus/ into .kg/graph.json by default and says what it built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-build-cli-'));
    cpSync(CORPUS, join(dir, 'corpus'), { recursive: true });
    const run = await kg(['build'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Wrote \.kg\/graph\.json\nNodes +\d+  Person \d+, Country \d+, Organization \d+, Event \d+\nRelationships +\d+  ATTENDED \d+, LEADS \d+/);
    expect(run.stdout).toMatch(/\nDocuments read +5\nTime +\d+\.\d\d s\n$/);
    const graph = JSON.parse(readFileSync(join(dir, '.kg/graph.json'), 'utf8'));
    expect(Object.keys(graph.attributes.documents)).toHaveLength(5);
    expect(graph.nodes.find((n: { key: string }) => n.key === 'person:emmanuel-macron').attributes).toMatchObject({ labels: ['Person'], name: 'Emmanuel Macron' });
  });

  it('writes the same bytes twice, to the file named by -o', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-build-cli-'));
    const a = join(dir, 'a', 'graph.json');
    const b = join(dir, 'b.json');
    expect((await kg(['build', CORPUS, '-o', a])).status).toBe(0);
    expect((await kg(['build', CORPUS, '--output', b])).status).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('names each unreadable input on one line and still builds from the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-build-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'good.txt'), 'Le président roumain Nicusor Dan a participé le 12 mars 2026 au sommet de Rome.\n');
    const out = join(dir, 'g.json');
    const run = await kg(['build', dir, join(dir, 'nowhere'), '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`kg build: ${join(dir, 'nowhere')}: no such file or folder\nkg build: ${join(dir, 'empty.txt')}: empty file\n`);
    expect(run.stdout).toMatch(/Documents read +1  \(2 skipped, see above\)/);
    expect(existsSync(out)).toBe(true);
  });

  it('fails, writing nothing, when no article could be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-build-cli-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'photo.txt'), Buffer.from([0xff, 0xd8, 0x00, 0x10]));
    const out = join(dir, 'g.json');
    const run = await kg(['build', join(dir, 'articles'), '-o', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `kg build: ${join(dir, 'articles', 'photo.txt')}: binary file, not a text article\nkg build: no article could be read from ${join(dir, 'articles')}; nothing written\n`,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('kg build progress bar', () => {
  const fakeStream = (isTTY: boolean) => {
    const written: string[] = [];
    return { stream: { isTTY, write: (s: string) => (written.push(s), true) }, written };
  };

  it('stays silent for a short build, then draws on a terminal and clears its line at the end', async () => {
    const { progressBar } = await import('../../src/cli/commands/build.ts');
    let now = 0;
    const { stream, written } = fakeStream(true);
    const bar = progressBar(stream, 0, () => now);
    bar.update(1, 4);
    expect(written).toEqual([]);
    now = 1000;
    bar.update(2, 4);
    expect(written).toEqual(['\r[###############...............] 2/4 articles']);
    bar.done();
    expect(written[written.length - 1]).toBe('\r\x1b[K');
  });

  it('never draws when stderr is not a terminal', async () => {
    const { progressBar } = await import('../../src/cli/commands/build.ts');
    const { stream, written } = fakeStream(false);
    const bar = progressBar(stream, 0, () => 10_000);
    bar.update(1, 2);
    bar.done();
    expect(written).toEqual([]);
  });
});
