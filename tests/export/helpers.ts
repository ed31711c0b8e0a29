/** Shared by the export tests: the fixture graph, temporary folders, and third-party readers. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInteger, parse } from 'lossless-json';
import { afterAll } from 'vitest';
import { createGraph } from '../../src/graph/create-graph.ts';
import { loadGraph } from '../../src/graph/load-graph.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { runCypher } from '../../src/query/index.ts';

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

/**
 * Integers beyond ±2^53, stored by a query as the engine keeps them (bigint): a node key `v` with the
 * 64-bit extremes, a list of them, a mixed list (JSON text in typed formats), and on two parallel
 * relationships an integer key `n` and a float key `score` that also holds a bigint.
 */
export function bigIntegerGraph(): KnowledgeGraph {
  const graph = createGraph();
  runCypher(graph, `CREATE (a:Person {name: 'Big', v: 9223372036854775807, w: [1, -9223372036854775808], mixed: [1, 'a', 9007199254740993]}),
    (b:Person {name: 'Small', v: 3, w: [2]}),
    (a)-[:KNOWS {n: -9007199254740993, score: 0.5}]->(b),
    (a)-[:KNOWS {n: 12, score: 9223372036854775807}]->(b)`);
  return graph;
}

/** JSON read as the engine holds numbers: integers beyond ±2^53 as exact bigints (JSON.parse rounds them). */
export function parseExactJson(text: string): unknown {
  return parse(text, null, (digits) => (isInteger(digits) && !Number.isSafeInteger(Number(digits)) ? BigInt(digits) : Number(digits)));
}

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
  // Python writes its integers exactly; read them so.
  return parseExactJson(out) as NetworkxGraph;
}
