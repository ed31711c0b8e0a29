/**
 * `npm run bench -- format`: how long `kg query` and the REPL take to print a large result, per format
 * (table, the table fitted to an 80-column terminal with colours, json, csv), at 10,000 and 100,000 rows of
 * mixed values (integers, French text, lists). The result is computed once; only the formatting is timed.
 */
import { formatResult, type FormatOptions, type ResultFormat } from '../src/format/index.ts';
import { createGraph } from '../src/graph/create-graph.ts';
import { runCypher } from '../src/query/index.ts';
import { formatMs, renderTable } from './lib/bench-table.ts';
import { measureAll } from './lib/measure.ts';

const CASES: [string, ResultFormat, FormatOptions][] = [
  ['table', 'table', {}],
  ['table 80 cols, colour', 'table', { maxWidth: 80, color: true }],
  ['json', 'json', {}],
  ['csv', 'csv', {}],
];

const graph = createGraph();
const rows: string[][] = [];
for (const n of [10_000, 100_000]) {
  const result = runCypher(
    graph,
    `UNWIND range(1, ${n}) AS i RETURN i, 'Réunion à l’Élysée nº ' + toString(i) AS name, [i, i / 2.0] AS pair`,
    { maxRows: n },
  );
  const runs = new Map(CASES.map(([label, format, options]) => [label, () => formatResult(result, format, options)]));
  const timings = await measureAll(runs, { warmup: 1, minRuns: 3, maxRuns: 10, budgetMs: 8000 });
  for (const [label, format, options] of CASES) {
    const t = timings.get(label)!;
    const chars = formatResult(result, format, options).length;
    rows.push([String(n), label, formatMs(t.medianMs), formatMs(t.p95Ms), `${(chars / 1e6).toFixed(1)} M`]);
  }
}
console.log(renderTable(['rows', 'format', 'median', 'p95', 'characters'], rows));
const peak = process.memoryUsage().rss;
console.log(`\nRSS at the end: ${(peak / 2 ** 20).toFixed(0)} MiB`);
