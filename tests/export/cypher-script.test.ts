import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/export-graph.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { runCypher } from '../../src/query/index.ts';
import { bigIntegerGraph, tempDir, TRICKY_NAME, trickyGraph } from './helpers.ts';

const dir = tempDir();

/**
 * Statements of a script, split on `;` outside quotes, backticks and comments, as cypher-shell does,
 * so a `;` or a newline inside a string cannot cut a statement.
 */
function statements(script: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (let i = 0; i < script.length; i++) {
    const c = script[i];
    if (quote) {
      current += c;
      if (c === '\\' && quote !== '`') current += script[++i];
      else if (c === quote) quote = null;
    } else if (c === '/' && script[i + 1] === '/') {
      while (i < script.length && script[i] !== '\n') i++;
    } else if (c === ';') {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else {
      if (c === "'" || c === '"' || c === '`') quote = c;
      current += c;
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** Runs a script statement by statement on an empty graph, as cypher-shell -f does. */
function runScript(script: string): KnowledgeGraph {
  const graph = createGraph();
  for (const statement of statements(script)) runCypher(graph, statement);
  return graph;
}

/** Neo4j stores no maps: those properties are JSON text in the script. */
const JSON_PROPERTIES = new Set(['evidence', 'meta']);

function decoded(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, JSON_PROPERTIES.has(k) && typeof v === 'string' ? JSON.parse(v) : v]));
}

/** The graph as comparable text: nodes by key, relationships by endpoints, type and properties, sorted. */
function canonical(graph: KnowledgeGraph, keyOf: (node: string) => string): { nodes: string[]; relationships: string[] } {
  const nodes = graph.mapNodes((node, { labels, _kgid: _ignored, ...properties }) => JSON.stringify([keyOf(node), [...labels].sort(), sortKeys(decoded(properties))]));
  const relationships = graph.mapEdges((_edge, { type, ...properties }, source, target) => JSON.stringify([keyOf(source), keyOf(target), type, sortKeys(decoded(properties))]));
  return { nodes: nodes.sort(), relationships: relationships.sort() };
}

function sortKeys(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('Cypher script export', () => {
  it('rebuilds the same graph when our engine runs it on an empty graph', async () => {
    const graph = trickyGraph();
    const file = join(dir, 'graph.cypher');
    await exportGraph(graph, { format: 'cypher', output: file });
    const rebuilt = runScript(readFileSync(file, 'utf8'));
    expect(rebuilt.order).toBe(graph.order);
    expect(rebuilt.size).toBe(graph.size);
    const original = canonical(graph, (key) => key);
    const again = canonical(rebuilt, (node) => rebuilt.getNodeAttribute(node, '_kgid') as string);
    expect(again.nodes).toEqual(original.nodes);
    expect(again.relationships).toEqual(original.relationships);
    const tricky = rebuilt.findNode((_n, attributes) => attributes._kgid === 'person:tricky')!;
    expect(rebuilt.getNodeAttribute(tricky, 'name')).toBe(TRICKY_NAME);
  });

  it('writes integers beyond ±2^53 as literals our engine reads back to the same integers', async () => {
    const file = join(dir, 'big.cypher');
    await exportGraph(bigIntegerGraph(), { format: 'cypher', output: file });
    const script = readFileSync(file, 'utf8');
    expect(script).toContain("v: 9223372036854775807, w: [1, -9223372036854775808], mixed: '[1,\"a\",9007199254740993]'");
    // A float key stays float: the digits with `.0`.
    expect(script).toContain('score: 9223372036854775807.0');
    const rebuilt = runScript(script);
    const big = rebuilt.findNode((_key, attributes) => attributes.name === 'Big')!;
    expect(rebuilt.getNodeAttribute(big, 'v')).toBe(9223372036854775807n);
    expect(rebuilt.getNodeAttribute(big, 'w')).toEqual([1, -9223372036854775808n]);
    expect(rebuilt.mapEdges((_edge, attributes) => attributes.n)).toEqual([-9007199254740993n, 12]);
  });

  it('writes one statement per line, CREATE for nodes then MATCH … CREATE for relationships', async () => {
    const file = join(dir, 'shape.cypher');
    await exportGraph(trickyGraph(), { format: 'cypher', output: file });
    const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('//'));
    expect(lines).toHaveLength(17);
    expect(lines[0]).toBe("CREATE (:Person {_kgid: 'person:emmanuel-macron', name: 'Emmanuel Macron', aliases: ['Macron', 'le président Macron'], title: 'président français', mentions: 12});");
    expect(lines[9]).toMatch(/^MATCH \(a:Person \{_kgid: 'person:emmanuel-macron'\}\), \(b:Event \{_kgid: 'event:paris-summit'\}\) CREATE \(a\)-\[:ATTENDED \{confidence: 0\.9, evidence: '\[\{"doc":"seed-1\.txt",.*\}\]'\}\]->\(b\);$/);
    // A float key keeps floats: Neo4j would otherwise store 1 as an integer beside 0.9.
    expect(lines[10]).toContain('confidence: 1.0,');
    for (const line of lines) expect(line.endsWith(';')).toBe(true);
  });
});
