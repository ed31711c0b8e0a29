import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraphFromPaths } from '../../src/extract/index.ts';

describe('evidence', () => {
  it('quotes, for every relationship, exactly the source file\'s characters at [start, end)', async () => {
    const { graph, documentsRead } = await buildGraphFromPaths(['corpus', 'tests/resources/extract']);
    expect(documentsRead).toBeGreaterThanOrEqual(9);
    const documents = graph.getAttribute('documents')!;
    let checked = 0;
    graph.forEachEdge((_, a) => {
      expect(a.evidence!.length).toBeGreaterThan(0);
      for (const e of a.evidence!) {
        const source = readFileSync(documents[e.doc]!.path, 'utf8');
        expect(e.text).toBe(source.slice(e.start, e.end));
        expect(e.text).toBe(e.text.trim());
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(100);
  });

  it('counts offsets in the original file, CRLF line ends, no-break spaces, BOM and flags included', async () => {
    const { graph } = await buildGraphFromPaths(['tests/resources/extract/crlf-nbsp.txt', 'tests/resources/extract/bom.txt']);
    const texts = graph.mapEdges((_, a) => a.evidence!.map((e) => e.text)).flat();
    expect(texts).toContain('Le 🇸🇪 Premier ministre suédois Ulf Kristersson a « promis » 300 soldats à la Lettonie.');
    expect(texts).toContain('Le Premier ministre belge Bart De Wever a participé le 12 mars 2026 au sommet de Rome.');
  });
});
