/**
 * `npm run bench -- query`: the same five queries (bench/lib/bench-queries.ts) on a synthetic news graph
 * of ≥ 1,000,000 relationships, run by our engine (prepared statements, as the others are prepared, and
 * runCypher by text through the plan cache), by hand-written graphology code (the yardstick) and by
 * Kuzu (prepared statements), in one process. Answers must agree, or the benchmark
 * fails; then each query is timed (cold first run apart, warm-up, median and p95) and the ratios are
 * checked against the targets: ≤ 3× the graphology code, faster than Kuzu.
 *
 * Options (arguments, or environment for `npm run bench`, which passes no arguments):
 *   --scale X      (QUERY_BENCH_SCALE)     size factor, 1 = full size (default 1)
 *   --seed N       (QUERY_BENCH_SEED)      generator seed
 *   --baseline REF (QUERY_BENCH_BASELINE)  also run our engine as of git REF, side by side
 *   --no-kuzu      (QUERY_BENCH_NO_KUZU=1) leave Kuzu out
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { formatBenchTable, formatMs, renderTable, type QueryTimings } from './lib/bench-table.ts';
import { BENCH_QUERIES, normalizeAnswer, type BenchQuery } from './lib/bench-queries.ts';
import { buildBaselineIndex } from './lib/graphology-baseline.ts';
import { measureAll } from './lib/measure.ts';
import { generateNewsData, nodeCount, relationshipCount, type NewsData } from './lib/news-data.ts';
import { buildNewsGraph } from './lib/news-graph.ts';
import type { KuzuNews } from './lib/news-kuzu.ts';
import type { KnowledgeGraph } from '../src/graph/types.ts';
import { currentEngineUrl, loadEngineAtRef, loadQueryEngine, type QueryEngine } from './lib/query-engine.ts';
import { seededRandom } from './lib/random.ts';

const { values } = parseArgs({
  options: { scale: { type: 'string' }, seed: { type: 'string' }, baseline: { type: 'string' }, 'no-kuzu': { type: 'boolean' } },
});
const env = process.env;
const scale = Number(values.scale ?? env.QUERY_BENCH_SCALE ?? 1);
const seed = Number(values.seed ?? env.QUERY_BENCH_SEED ?? 20260106);
const baselineRef = values.baseline ?? env.QUERY_BENCH_BASELINE;
const withKuzu = !(values['no-kuzu'] ?? env.QUERY_BENCH_NO_KUZU === '1');
if (!(scale > 0) || !Number.isFinite(seed)) {
  console.error('bench/query: --scale must be a positive number and --seed a number');
  process.exit(2);
}

const MB = 1024 * 1024;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / MB;
};
const rssMb = () => process.memoryUsage().rss / MB;
async function timed<T>(f: () => T | Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await f();
  return [value, performance.now() - started];
}

/** People the queries ask about: sampled by attendance, as analysts ask about people in the news. */
function peopleInTheNews(data: NewsData, count: number): string[] {
  const random = seededRandom(seed + 1);
  const attended = data.relationships.find((g) => g.type === 'ATTENDED' && g.from === 'Person')!;
  const names = new Set<string>();
  while (names.size < count) names.add(data.nodes.Person.rows[attended.source[Math.floor(random() * attended.source.length)]!]![0]!);
  return [...names];
}

async function kuzuRunner(kuzu: KuzuNews, query: BenchQuery) {
  const statement = await kuzu.connection.prepare(query.kuzu ?? query.cypher);
  if (!statement.isSuccess()) throw new Error(`bench/query: Kuzu cannot prepare ${query.id}: ${statement.getErrorMessage()}`);
  return async (params: Record<string, unknown>) => {
    const result = await kuzu.connection.execute(statement, params as never);
    const single = Array.isArray(result) ? result[0]! : result;
    const rows = await single.getAll();
    single.close();
    return rows.map((row) => query.columns.map((c) => row[c]));
  };
}

type EngineRun = (params: Record<string, unknown>) => { columns: readonly string[]; rows: unknown[][] };

const byText = (engine: { label: string }) => `${engine.label} runCypher()`;
const byPrepared = (engine: { label: string }) => `${engine.label} prepared`;

/** Prepared at its first call, so the cold run pays for planning as runCypher's does. */
function preparedOnFirstCall(prepare: NonNullable<QueryEngine['prepare']>, graph: KnowledgeGraph, text: string): EngineRun {
  let run: EngineRun | undefined;
  return (params) => (run ??= prepare(graph, text))(params);
}

async function main(): Promise<number> {
  const memory: string[][] = [];
  const [data, generateMs] = await timed(() => generateNewsData({ seed, scale }));
  const heapBefore = heapMb();
  const [graph, buildMs] = await timed(() => buildNewsGraph(data));
  const graphHeap = heapMb() - heapBefore;
  console.log(`synthetic news graph (seed ${seed}, scale ${scale}): ${nodeCount(data).toLocaleString('en')} nodes, ${relationshipCount(data).toLocaleString('en')} relationships`);
  const perType = new Map<string, number>();
  for (const g of data.relationships) perType.set(g.type, (perType.get(g.type) ?? 0) + g.source.length);
  console.log(`  ${[...perType].map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ')}`);
  memory.push(['generate data', formatMs(generateMs), '']);
  memory.push(['build graphology KnowledgeGraph', formatMs(buildMs), `heap +${graphHeap.toFixed(0)} MB`]);

  const [baseline, indexMs] = await timed(() => buildBaselineIndex(graph));
  memory.push(['graphology baseline: name and label maps', formatMs(indexMs), '']);

  const engines: QueryEngine[] = [];
  try {
    engines.push(await loadQueryEngine(currentEngineUrl(), 'ours'));
  } catch (error) {
    console.log(`ours: not measured (${(error as Error).message.split('\n', 1)[0]})`);
  }
  if (baselineRef) engines.push(await loadEngineAtRef(baselineRef));

  let kuzu: KuzuNews | undefined;
  if (withKuzu) {
    // Imported only when wanted: --no-kuzu also runs where Kuzu's native module is not installed.
    const { loadNewsIntoKuzu } = await import('./lib/news-kuzu.ts').catch((error: Error) => {
      throw new Error(`bench/query: cannot load Kuzu (${error.message.split('\n', 1)[0]}); run with --no-kuzu (QUERY_BENCH_NO_KUZU=1) to leave it out`);
    });
    const rssBefore = rssMb();
    const [loaded, kuzuMs] = await timed(() => loadNewsIntoKuzu(data));
    kuzu = loaded;
    memory.push(['kuzu: schema + CSV + COPY (in-memory database)', formatMs(kuzuMs), `RSS +${(rssMb() - rssBefore).toFixed(0)} MB`]);
  }

  const names = peopleInTheNews(data, 10);
  const paramSets = (q: BenchQuery) => (q.byPerson ? names.map((name) => ({ name })) : [{}]);
  const failures: string[] = [];
  const results: QueryTimings[] = [];
  /** Our prepared statements, kept to check that they follow a later write. */
  const prepared: { query: BenchQuery; label: string; run: EngineRun }[] = [];
  try {
    for (const query of BENCH_QUERIES) {
      const sets = paramSets(query);
      const runners = new Map<string, (p: Record<string, unknown>) => unknown[][] | Promise<unknown[][]>>();
      for (const engine of engines) {
        runners.set(byText(engine), (p) => engine.run(graph, query.cypher, p).rows);
        if (engine.prepare) {
          const run = preparedOnFirstCall(engine.prepare.bind(engine), graph, query.cypher);
          runners.set(byPrepared(engine), (p) => run(p).rows);
          prepared.push({ query, label: byPrepared(engine), run });
        }
      }
      runners.set('graphology', (p) => query.baseline(baseline, p));
      if (kuzu) runners.set('kuzu', await kuzuRunner(kuzu, query));

      // Cold first runs (ours pays its lazy index builds here), then the answers must agree everywhere.
      const cold = new Map<string, number>();
      const answers = new Map<string, string[][]>();
      for (const [label, run] of runners) {
        const heap = label.startsWith('ours') ? heapMb() : 0;
        try {
          const [first, ms] = await timed(() => run(sets[0]!));
          cold.set(label, ms);
          const all = [normalizeAnswer(first, query.ordered)];
          for (const p of sets.slice(1)) all.push(normalizeAnswer(await run(p), query.ordered));
          answers.set(label, all);
          if (label.startsWith('ours')) memory.push([`${label}: first ${query.id} (cold)`, formatMs(ms), `heap +${(heapMb() - heap).toFixed(0)} MB`]);
        } catch (error) {
          failures.push(`${query.id}: ${label} failed: ${(error as Error).message.split('\n', 1)[0]}`);
          runners.delete(label);
        }
      }
      const reference = answers.get('graphology')!;
      for (const [label, got] of answers) {
        sets.forEach((p, i) => {
          if (JSON.stringify(got[i]) !== JSON.stringify(reference[i])) {
            failures.push(`${query.id} ${JSON.stringify(p)}: ${label} answers ${got[i]!.slice(0, 5).join(' ')}${got[i]!.length > 5 ? ' …' : ''} (${got[i]!.length} rows), graphology ${reference[i]!.slice(0, 5).join(' ')} (${reference[i]!.length} rows)`);
            runners.delete(label);
          }
        });
      }

      const timings = await measureAll(new Map([...runners].map(([label, run]) => [label, (i: number) => run(sets[i % sets.length]!)])), { cycle: sets.length });
      results.push({ title: query.title, timings });
      console.log(`  measured ${query.id}: ${[...timings].map(([l, t]) => `${l} ${formatMs(t.medianMs)}`).join(', ')}`);
    }
    // Our indexes are built lazily and must follow writes made through graphology (the contract):
    // after a write the engine's answers must still match the hand-written code's.
    if (engines.length) {
      const newcomer = 'Nouvelle Personne du Benchmark';
      graph.addNode('bench-p', { labels: ['Person'], name: newcomer, title: 'envoyée spéciale' });
      graph.addNode('bench-e', { labels: ['Event'], name: 'Sommet du benchmark', date: '2025-12-31', place: 'Paris', kind: 'summit' });
      graph.addDirectedEdgeWithKey('bench-r1', 'bench-p', 'bench-e', { type: 'ATTENDED', confidence: 1 });
      graph.addDirectedEdgeWithKey('bench-r2', graph.findNode((_k, a) => a.name === names[0])!, 'bench-e', { type: 'ATTENDED', confidence: 1 });
      const fresh = buildBaselineIndex(graph);
      for (const query of BENCH_QUERIES) {
        for (const params of query.byPerson ? [{ name: newcomer }, { name: names[0]! }] : [{}]) {
          const want = normalizeAnswer(query.baseline(fresh, params), query.ordered);
          const contenders = [
            ...engines.map((engine) => ({ label: byText(engine), run: (p: Record<string, unknown>) => engine.run(graph, query.cypher, p) })),
            ...prepared.filter((p) => p.query === query),
          ];
          for (const { label, run } of contenders) {
            const got = normalizeAnswer(run(params).rows, query.ordered);
            if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${query.id} after a write ${JSON.stringify(params)}: ${label} answers ${got.slice(0, 3).join(' ')} (${got.length} rows), graphology ${want.slice(0, 3).join(' ')} (${want.length} rows)`);
          }
        }
      }
      console.log(`  checked answers after a write through graphology (index maintenance; prepared statements made before it)`);
    }
  } finally {
    await kuzu?.close();
    for (const engine of engines) engine.close();
  }

  const ours = engines[0] ?? { label: 'ours', prepare: true };
  const judged = [...(ours.prepare ? [byPrepared(ours)] : []), byText(ours)];
  const extras = engines.slice(1).flatMap((e) => [byText(e), ...(e.prepare ? [byPrepared(e)] : [])]);
  console.log(`\nmedian (p95) of samples, contenders sampled in turns; a sample of a name query is one pass over ${names.length} people in the news (mean per call)\nours prepared: prepare(graph, text) once, run(params) per call; ours runCypher(): runCypher(graph, text, {params}) per call (plan cache by text; query() runs the same way)\nKuzu: prepared statements, results fetched with getAll(), ${withKuzu ? 'its default thread count' : 'left out'}; machine load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores\n`);
  console.log(formatBenchTable(results, judged, extras));
  console.log('\nload, index builds and memory\n');
  console.log(renderTable(['step', 'time', 'memory'], memory));
  if (failures.length) {
    console.log(`\nbench/query: FAILED, answers missing or different (${failures.length}):\n${failures.map((f) => `  ${f}`).join('\n')}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
