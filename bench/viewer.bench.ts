/**
 * `npm run bench -- viewer`: the viewer in headless Chromium (Debian's, software WebGL through
 * SwiftShader, as in the tests) on a generated 10,000-node / 50,000-relationship graph with one
 * evidence sentence per relationship:
 *   - GET /api/graph: bytes, gzipped bytes, server time for the first (uncached) and a cached answer;
 *   - time to first render, from navigation start to sigma's first frame, with its parts (graph
 *     fetched, display graph built), median of 3 page loads;
 *   - ForceAtlas2 iterations per second in the web worker (the page starts it by itself at this size),
 *     over 5 s after 2 s of warm-up;
 *   - a query through the box until its result is highlighted.
 * Figures depend on the machine; on a GPU the drawing is faster, the layout (CPU, in the worker) is not.
 */
import { request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { mulberry32 } from '../src/export/seeded-random.ts';
import { createGraph } from '../src/graph/create-graph.ts';
import type { KnowledgeGraph } from '../src/graph/types.ts';
import { startServer } from '../src/server/index.ts';
import { launchChromium, viewerDir } from '../tests/viewer/browser.ts';
import { seededPositions } from '../viewer/graph/seeded-positions.ts';
import type { DisplayGraph } from '../viewer/graph/display-graph.ts';
import { settleLayout } from '../viewer/layout/fa2-layout.ts';

const NODES = 10_000;
const EDGES = 50_000;
const LOADS = 3;

const LABELS = [
  ['Person', 0.45],
  ['Event', 0.35],
  ['Organization', 0.15],
  ['Country', 0.05],
] as const;
const TYPES = ['ATTENDED', 'ATTENDED', 'ATTENDED', 'LEADS', 'MEMBER_OF', 'PLEDGES', 'REFUSES_TROOPS', 'REPRESENTS'] as const;

/** Skewed degrees, as in the news: a few people and summits take a large share of the relationships. */
function benchGraph(): KnowledgeGraph {
  const random = mulberry32(42);
  const graph = createGraph();
  let i = 0;
  for (const [label, share] of LABELS) {
    const count = Math.round(NODES * share);
    for (let j = 0; j < count && i < NODES; j++, i++) {
      graph.addNode(`n${i}`, { labels: [label], name: `${label} ${j}`, aliases: [`${label.slice(0, 3)}. ${j}`], mentions: 1 + (j % 9) });
    }
  }
  const skewed = (): number => Math.floor(NODES * random() ** 2.5);
  for (let e = 0; e < EDGES; e++) {
    const source = Math.floor(random() * NODES);
    let target = skewed();
    if (source === target) target = (target + 1) % NODES;
    const text = `Selon l'article ${e % 700}, n${source} et n${target} sont liés par un fait rapporté dans cette phrase.`;
    graph.addEdgeWithKey(`e${e}`, `n${source}`, `n${target}`, {
      type: TYPES[e % TYPES.length],
      confidence: Math.round((0.5 + random() / 2) * 100) / 100,
      evidence: [{ doc: `article-${e % 700}.txt`, start: e, end: e + text.length, text }],
    });
  }
  return graph;
}

function timedGet(url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ ms: performance.now() - started, bytes }));
    })
      .on('error', reject)
      .end();
  });
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** ForceAtlas2's own speed on this graph (what the worker computes, without the page). */
function layoutAlone(graph: KnowledgeGraph): number {
  // The page's settings (Barnes-Hut at this size), on a copy placed as the page places it.
  const copy = graph.copy() as unknown as DisplayGraph;
  const positions = seededPositions(copy.order, 1);
  let i = 0;
  copy.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, ...positions[i++] }));
  settleLayout(copy, 2); // warm-up
  const iterations = 20;
  const started = performance.now();
  settleLayout(copy, iterations);
  return (iterations * 1000) / (performance.now() - started);
}

async function main(): Promise<void> {
  console.log(`load average: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  const built = performance.now();
  const graph = benchGraph();
  console.log(`graph: ${graph.order.toLocaleString('en')} nodes, ${graph.size.toLocaleString('en')} relationships (generated in ${fmt(performance.now() - built)})`);

  const server = await startServer({ graph, graphPath: 'bench-10k.json', port: 0, viewerDir: await viewerDir(), log: console.error });
  const browser = await launchChromium();
  try {
    const first = await timedGet(`${server.url}api/graph`);
    const cached = await timedGet(`${server.url}api/graph`);
    const json = JSON.stringify(graph.export());
    console.log(
      `GET /api/graph: ${(first.bytes / 1e6).toFixed(1)} MB (${(gzipSync(json).length / 1e6).toFixed(1)} MB gzipped), ` +
        `first answer ${fmt(first.ms)} (serialize + gzip), cached ${fmt(cached.ms)}`,
    );

    const loads: { fetched: number; built: number; first: number }[] = [];
    let ips = 0;
    let frameMs = NaN;
    let queryMs = 0;
    for (let run = 0; run < LOADS; run++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.goto(server.url);
      await page.waitForFunction(() => (window as never as { __kgViewer?: { firstRenderMs: number | null } }).__kgViewer?.firstRenderMs != null, null, {
        polling: 50,
        timeout: 120_000,
      });
      const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
      loads.push({ fetched: marks['kg:graph-fetched'], built: marks['kg:layout-settled'], first: marks['kg:first-render'] });

      if (run === LOADS - 1) {
        type Probe = { __kgViewer: { layout: { running: boolean; iterations: number }; renders: number; renderMs: number } };
        const read = () =>
          page.evaluate(() => {
            const viewer = (window as never as Probe).__kgViewer;
            return { ...viewer.layout, renders: viewer.renders, renderMs: viewer.renderMs, at: performance.now() };
          });
        const setLayout = async (running: boolean): Promise<void> => {
          if ((await read()).running !== running) await page.click('#layout-toggle');
        };
        // The page starts the layout by itself at this size, for a while; restart it by hand (no time limit).
        await setLayout(false);
        await setLayout(true);
        await page.waitForTimeout(2000);
        const a = await read();
        await page.waitForTimeout(8000);
        const b = await read();
        await setLayout(false);
        if (!b.running) console.error('bench: the layout stopped during the sample');
        ips = ((b.iterations - a.iterations) * 1000) / (b.at - a.at);
        frameMs = b.renders > a.renders ? (b.renderMs - a.renderMs) / (b.renders - a.renders) : NaN;

        const started = await page.evaluate(() => performance.now());
        const rendersBefore = (await read()).renders;
        await page.fill('#query-input', "MATCH (p:Person)-[r:ATTENDED]->(e:Event) WHERE p.name STARTS WITH 'Person 1' RETURN p, r, e LIMIT 500");
        await page.click('#query-run');
        // Done when the status is set and the highlighted graph has been drawn.
        await page.waitForFunction(
          (before) => {
            const viewer = (window as never as { __kgViewer: { queryStatus: string; renders: number } }).__kgViewer;
            return viewer.queryStatus !== 'running' && viewer.renders > before;
          },
          rendersBefore,
          { polling: 50, timeout: 120_000 },
        );
        const status = await page.evaluate(() => (window as never as { __kgViewer: { queryStatus: string } }).__kgViewer.queryStatus);
        queryMs = (await page.evaluate(() => performance.now())) - started;
        if (status !== 'ok') console.error(`bench: the query ended with status ${status}`);
      }
      await page.close();
    }

    console.log(`time to first render (median of ${LOADS} loads): ${fmt(median(loads.map((l) => l.first)))}`);
    console.log(`  graph fetched and parsed at ${fmt(median(loads.map((l) => l.fetched)))}, display graph built at ${fmt(median(loads.map((l) => l.built)))}`);
    console.log(`  each load: ${loads.map((l) => fmt(l.first)).join(', ')}`);
    console.log(`ForceAtlas2 in the web worker (Barnes-Hut), positions drawn after each: ${ips.toFixed(1)} iterations/s`);
    console.log(`  one frame of the whole graph on the main thread while it runs: ${fmt(frameMs)}`);
    console.log(`  the same iterations alone, in Node, without drawing: ${layoutAlone(graph).toFixed(1)} iterations/s`);
    console.log(`query from the box to highlighted result (500 rows): ${fmt(queryMs)}`);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`load average: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

await main();
