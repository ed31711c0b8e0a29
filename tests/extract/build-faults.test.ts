/** A fault of the extractor on one article: the build goes on with the others and says which one. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/extract/extract-document.ts', async (original) => {
  const real = await original<typeof import('../../src/extract/extract-document.ts')>();
  return {
    ...real,
    extractDocument: (text: string, doc: string, path: string) => {
      if (text.includes('FAULT')) throw new TypeError("Cannot read properties of undefined (reading 'key')");
      return real.extractDocument(text, doc, path);
    },
  };
});

const { buildGraphFromPaths } = await import('../../src/extract/index.ts');

describe('a fault of the extractor on one article', () => {
  it('loses that article only, and names it among the problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-fault-'));
    writeFileSync(join(dir, 'a.txt'), 'Le président français Jean Morel a participé au sommet de Rome le 12 mars 2026.\n');
    writeFileSync(join(dir, 'b.txt'), 'FAULT: a text the extractor trips on.\n');
    const { graph, documentsRead, problems } = await buildGraphFromPaths([dir]);
    expect(documentsRead).toBe(1);
    expect(graph.hasNode('person:jean-morel')).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/b\.txt: not extracted, an internal error of the extractor \(Cannot read properties of undefined/);
  });
});
