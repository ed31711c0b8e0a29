/**
 * The rule of the project: no rule may name the corpus's people, other articles are scored the same
 * way. The people of the bundled corpus (as the extractor reads them, names and aliases) must appear
 * nowhere in the extractor's code, comments or data.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraphFromPaths } from '../../src/extract/index.ts';
import { fold } from '../../src/extract/text/fold.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Full names, aliases and the surnames of full names, folded. */
async function corpusPeople(): Promise<string[]> {
  const { graph } = await buildGraphFromPaths([join(root, 'corpus')]);
  const names = new Set<string>();
  graph.forEachNode((_, a) => {
    if (!a.labels.includes('Person')) return;
    for (const n of [a.name, ...(a.aliases ?? [])].map((x) => fold(String(x)))) {
      names.add(n);
      if (n.includes(' ')) names.add(n.slice(n.lastIndexOf(' ') + 1));
    }
  });
  return [...names];
}

describe('the extractor and the bundled corpus', () => {
  it('names none of the corpus\'s people in its code, comments or data', async () => {
    const people = await corpusPeople();
    expect(people.length).toBeGreaterThan(10);
    const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const named = new RegExp(`(?<![\\p{L}-])(?:${people.map(escape).join('|')})(?![\\p{L}-])`, 'u');
    const found: string[] = [];
    for (const file of filesUnder(join(root, 'src', 'extract'))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const m = named.exec(fold(line));
          if (m) found.push(`${file.slice(root.length)}:${i + 1}: ${m[0]}`);
        });
    }
    expect(found).toEqual([]);
  });
});
