/** Shared by the export tests: the fixture graph, temporary folders, and third-party readers. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { loadGraph } from '../../src/graph/load-graph.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';

export const RESOURCES = fileURLToPath(new URL('../resources/export/', import.meta.url));

/**
 * People, countries, organizations and dated events, with parallel edges, a self-loop, a multi-label
 * node, typed lists and a map, and a name and aliases holding `&`, `<`, quotes, a newline, emoji,
 * commas, backslashes, a tab and padding spaces.
 */
export function trickyGraph(): KnowledgeGraph {
  return loadGraph(join(RESOURCES, 'tricky-graph.json'));
}

export const TRICKY_NAME = 'Ann & <Bob> "Jr" O\'Neil\nsecond line 🇫🇷🎉';

/** A fresh folder, removed when the test file ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface NetworkxGraph {
  directed: boolean;
  multigraph: boolean;
  graph: Record<string, unknown>;
  nodes: { id: string; data: Record<string, unknown> }[];
  edges: { source: string; target: string; key: string; data: Record<string, unknown> }[];
}

/** Debian's networkx (`/usr/bin/python3`, not a pyenv python first in PATH) reading a file. */
export function readWithNetworkx(kind: 'gexf' | 'graphml', path: string): NetworkxGraph {
  const out = execFileSync('/usr/bin/python3', [join(RESOURCES, 'networkx-read.py'), kind, path], { encoding: 'utf8' });
  return JSON.parse(out) as NetworkxGraph;
}
