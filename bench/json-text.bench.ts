/**
 * `npm run bench -- json-text`: what writing a graph as JSON costs (`kg build`'s save, GET /api/graph)
 * through util/json-text.ts, without and with an integer beyond ±2^53 (a bigint) in it, against plain
 * JSON.stringify and against lossless-json's stringify (the library alternative for bigints).
 * The graph: 20,000 nodes and 100,000 relationships with one evidence sentence each (about 26 MB of JSON).
 */
import { stringify as losslessStringify } from 'lossless-json';
import { createGraph } from '../src/graph/create-graph.ts';
import { jsonText } from '../src/util/json-text.ts';
import { formatMs, renderTable } from './lib/bench-table.ts';
import { measureAll } from './lib/measure.ts';

const graph = createGraph();
for (let i = 0; i < 20_000; i++) {
  graph.addNode(`n${i}`, { labels: ['Person'], name: `Personne n°${i} « citée »`, aliases: [`a${i}`, `b${i}`], mentions: i % 17 });
}
for (let i = 0; i < 100_000; i++) {
  graph.addEdge(`n${i % 20_000}`, `n${(i * 7) % 20_000}`, {
    type: 'ATTENDED',
    confidence: 0.9,
    evidence: [{ doc: `d${i}.txt`, text: `Une phrase de preuve numéro ${i}, assez longue pour compter.`, start: i, end: i + 60 }],
  });
}
const plain = graph.export();
const withBigInt = graph.export();
(withBigInt.nodes[0]!.attributes as Record<string, unknown>).v = 9223372036854775807n;

const runs = new Map<string, () => unknown>([
  ['JSON.stringify, no bigint', () => JSON.stringify(plain)],
  ['jsonText, no bigint', () => jsonText(plain)],
  ['jsonText, one bigint', () => jsonText(withBigInt)],
  ['lossless-json stringify, one bigint', () => losslessStringify(withBigInt)],
]);
const timings = await measureAll(runs, { warmup: 1, minRuns: 5, maxRuns: 15, budgetMs: 10_000 });
console.log(`${(jsonText(withBigInt).length / 1e6).toFixed(1)} M characters\n`);
console.log(renderTable(['writer', 'median', 'p95'], [...runs.keys()].map((label) => {
  const t = timings.get(label)!;
  return [label, formatMs(t.medianMs), formatMs(t.p95Ms)];
})));
