/**
 * `npm run bench -- query-call`: the cost of one call through our engine for the two name queries of
 * the query benchmark, in CPU time (process.cpuUsage: less swayed than the wall clock by other
 * processes on a shared machine), prepared (`prepare` once, `run` per call) against by text
 * (`runCypher` per call) and the hand-written graphology code. Rounds alternate the contenders; the
 * minimum and the median per call over the rounds are printed.
 *
 * Options: --scale X (QUERY_BENCH_SCALE, default 1), --calls N calls per sample (default 200000).
 */
import { parseArgs } from 'node:util';
import { prepare, runCypher } from '../src/query/index.ts';
import { renderTable } from './lib/bench-table.ts';
import { BENCH_QUERIES } from './lib/bench-queries.ts';
import { buildBaselineIndex } from './lib/graphology-baseline.ts';
import { generateNewsData } from './lib/news-data.ts';
import { buildNewsGraph } from './lib/news-graph.ts';

const { values } = parseArgs({ options: { scale: { type: 'string' }, calls: { type: 'string' } } });
const scale = Number(values.scale ?? process.env.QUERY_BENCH_SCALE ?? 1);
const calls = Number(values.calls ?? 200_000);
const ROUNDS = 9;

const graph = buildNewsGraph(generateNewsData({ seed: 20260106, scale }));
const baseline = buildBaselineIndex(graph);
// People who attended something, so the 1-hop query has rows to give.
const names: { name: string }[] = [];
graph.forEachEdge((_key, attributes, source) => {
  if (names.length < 10 && attributes.type === 'ATTENDED') names.push({ name: graph.getNodeAttribute(source, 'name') as string });
});

const table: string[][] = [];
for (const query of BENCH_QUERIES.filter((q) => q.byPerson && q.id !== '2-hop')) {
  const statement = prepare(graph, query.cypher);
  const contenders: [string, (params: { name: string }) => unknown][] = [
    ['graphology', (p) => query.baseline(baseline, p)],
    ['ours prepared', (p) => statement.run(p)],
    ['ours runCypher()', (p) => runCypher(graph, query.cypher, { params: p })],
  ];
  const perCall = new Map<string, number[]>(contenders.map(([label]) => [label, []]));
  for (let round = -1; round < ROUNDS; round++) {
    for (const [label, run] of contenders) {
      const started = process.cpuUsage();
      for (let i = 0; i < calls; i++) run(names[i % names.length]!);
      const used = process.cpuUsage(started);
      // Round -1 warms up.
      if (round >= 0) perCall.get(label)!.push(((used.user + used.system) * 1000) / calls);
    }
  }
  const stats = (label: string) => {
    const ns = perCall.get(label)!.sort((a, b) => a - b);
    return { min: ns[0]!, median: ns[ns.length >> 1]! };
  };
  const yardstick = stats('graphology');
  for (const [label] of contenders) {
    const { min, median } = stats(label);
    table.push([query.title, label, `${min.toFixed(0)} ns`, `${median.toFixed(0)} ns`, `${(min / yardstick.min).toFixed(1)}×`, `${(median / yardstick.median).toFixed(1)}×`]);
  }
}
console.log(`CPU time per call, ${ROUNDS} rounds of ${calls} calls (scale ${scale})\n`);
console.log(renderTable(['query', 'contender', 'min', 'median', 'min / graphology', 'median / graphology'], table));
