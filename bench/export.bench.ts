/**
 * `npm run bench -- export`: GEXF export of synthetic knowledge graphs with 100k and 1M relationships,
 * each size in its own process so that peak memory (RSS) is that export's own. Reports the time of the
 * ForceAtlas2 layout and of the streamed write, the file size, the RSS once the graph is built, the peak
 * RSS, and the difference: what the export itself costs. Streaming keeps that difference far below the
 * size of the document (graphology-gexf would hold it whole, as one string); what remains grows with the
 * graph (the layout's arrays, the attribute model), not with the text written. For comparison, the
 * 100k size also runs graphology-gexf's in-memory `write`.
 *
 *   npm run bench -- export            both sizes
 *   tsx bench/export.bench.ts --child 1000000 [--graphology] [--no-layout]   one measurement
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import gexf from 'graphology-gexf';
import { gexfFormatters } from '../src/export/gexf-attributes.ts';
import { dateInterval } from '../src/export/date-interval.ts';
import { gexfChunks } from '../src/export/gexf-writer.ts';
import { defaultIterations, forceAtlas2Layout } from '../src/export/layout.ts';
import { writeChunks } from '../src/export/output.ts';
import { createGraph } from '../src/graph/create-graph.ts';
import type { KnowledgeGraph, NodeAttributes } from '../src/graph/types.ts';

const LABELS = ['Person', 'Country', 'Organization', 'Event'] as const;
const TYPES = ['ATTENDED', 'LEADS', 'REFUSES_TROOPS', 'PLEDGES'] as const;

/** One node per ten relationships, names and aliases, dated events, one evidence sentence per relationship. */
function syntheticGraph(relationships: number): KnowledgeGraph {
  const graph = createGraph();
  const order = Math.max(10, Math.floor(relationships / 10));
  let seed = 42;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  for (let i = 0; i < order; i++) {
    const label = LABELS[i % 4];
    const attributes: Record<string, unknown> = { labels: [label], name: `${label} n°${i} & <co> "quoted"`, aliases: [`alias ${i}`, `autre ${i}`], mentions: 1 + (i % 17) };
    if (label === 'Event') attributes.date = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    if (label === 'Country') attributes.iso2 = 'FR';
    graph.addNode(`n${i}`, attributes as never);
  }
  for (let i = 0; i < relationships; i++) {
    const source = `n${Math.floor(random() * order)}`;
    const target = `n${Math.floor(random() * order)}`;
    const text = `Phrase ${i} où l'on lit que ${source} et ${target} sont liés, d'après l'article.`;
    graph.addEdgeWithKey(`e${i}`, source, target, {
      type: TYPES[i % 4],
      confidence: Math.round(random() * 100) / 100,
      evidence: [{ doc: `article-${i % 500}.txt`, start: i, end: i + text.length, text }],
    });
  }
  return graph;
}

function rssMB(): number {
  return process.memoryUsage().rss / 1e6;
}

/** Live memory (heap and array buffers) after a full collection: what is really held, not GC slack. */
function liveMB(): number {
  // Several passes: weak references and finalizers let go only over successive collections.
  for (let i = 0; i < 2; i++) globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1e6;
}

/** Passes chunks through, measuring live memory every `every` chunks (64 KiB each). */
function* sampled(chunks: Iterable<string>, every: number, peak: { live: number }): Generator<string> {
  let n = 0;
  for (const chunk of chunks) {
    yield chunk;
    if (++n % every === 0) peak.live = Math.max(peak.live, liveMB());
  }
}

/** What gexfDocument does, with the layout timed apart; its temporaries die when it returns. */
async function exportOnce(graph: KnowledgeGraph, file: string, graphologyWrite: boolean, layout: boolean, peak?: { live: number }): Promise<{ layoutMs: number; totalMs: number }> {
  const started = performance.now();
  const laidOut = layout ? forceAtlas2Layout(graph) : undefined;
  const layoutMs = performance.now() - started;
  const formatters = gexfFormatters(graph, { version: '1.3', position: laidOut?.position });
  if (graphologyWrite) {
    writeFileSync(file, gexf.write(graph, { version: '1.3', ...formatters } as Parameters<typeof gexf.write>[1]));
  } else {
    const nodeInterval = (_key: string, attributes: NodeAttributes) => dateInterval(attributes.date);
    const chunks = gexfChunks(graph, { version: '1.3', ...formatters, nodeInterval });
    // About eight samples whatever the size: each full collection of a large heap takes a while.
    await writeChunks(file, peak ? sampled(chunks, Math.max(25, Math.round(graph.size / 1000)), peak) : chunks);
  }
  return { layoutMs, totalMs: performance.now() - started };
}

async function child(relationships: number, graphologyWrite: boolean, layout: boolean, sampleLive: boolean): Promise<void> {
  const graph = syntheticGraph(relationships);
  globalThis.gc?.();
  const baseline = rssMB();
  const peak = { live: 0 };
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-export-'));
  const file = join(dir, 'graph.gexf');
  try {
    const { layoutMs, totalMs } = await exportOnce(graph, file, graphologyWrite, layout, sampleLive ? peak : undefined);
    const peakRss = process.resourceUsage().maxRSS / 1e3;
    // The graph alone, measured at the end so that both figures come from the same state of the process.
    const graphLive = sampleLive ? liveMB() : 0;
    console.log(JSON.stringify({
      relationships,
      nodes: graph.order,
      writer: graphologyWrite ? 'graphology-gexf write (in memory)' : 'kg streamed writer',
      iterations: layout ? defaultIterations(graph.order, graph.size) : 0,
      layoutSeconds: +(layoutMs / 1000).toFixed(1),
      exportSeconds: +(totalMs / 1000).toFixed(1),
      fileMB: +(statSync(file).size / 1e6).toFixed(1),
      graphRssMB: Math.round(baseline),
      peakRssMB: Math.round(peakRss),
      exportRssMB: Math.round(peakRss - baseline),
      ...(sampleLive ? { graphLiveMB: Math.round(graphLive), exportLiveMB: Math.round(peak.live - graphLive) } : {}),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measure(relationships: number, extra: string[] = [], heapMB = 8192): Record<string, number | string> | undefined {
  const node = ['--import', 'tsx', '--expose-gc', `--max-old-space-size=${heapMB}`];
  const run = spawnSync(process.execPath, [...node, fileURLToPath(import.meta.url), '--child', String(relationships), ...extra], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) {
    console.log(`  ${relationships} relationships${extra.length ? ` (${extra.join(' ')})` : ''}: failed (status ${run.status}${run.signal ? `, ${run.signal}` : ''})`);
    return undefined;
  }
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, number | string>;
}

function show(r: Record<string, number | string> | undefined): void {
  if (!r) return;
  console.log(
    `  ${String(r.relationships).padStart(8)} rels ${String(r.nodes).padStart(7)} nodes  ${r.writer}: `
    + `${r.exportSeconds} s (layout ${r.layoutSeconds} s, ${r.iterations} iterations), ${r.fileMB} MB written; `
    + `RSS graph ${r.graphRssMB} MB, peak ${r.peakRssMB} MB, export +${r.exportRssMB} MB`,
  );
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  await child(Number(args[1]), args.includes('--graphology'), !args.includes('--no-layout'), args.includes('--live'));
} else {
  console.log('GEXF 1.3 export of synthetic graphs (one evidence sentence per relationship), time and peak RSS:');
  show(measure(100_000));
  show(measure(1_000_000));
  show(measure(100_000, ['--graphology']));
  console.log('Live memory the export holds beyond the graph (full collections at eight points of the write):');
  const small = measure(100_000, ['--live']);
  const large = measure(1_000_000, ['--live']);
  for (const r of [small, large]) {
    if (r) console.log(`  ${String(r.relationships).padStart(8)} rels: graph ${r.graphLiveMB} MB live, export +${r.exportLiveMB} MB live while writing ${r.fileMB} MB`);
  }
  if (small && large) {
    const ratio = (large.exportLiveMB as number) / Math.max(1, small.exportLiveMB as number);
    console.log(`  ×10 relationships: export memory ×${ratio.toFixed(1)}, graph memory ×${((large.graphLiveMB as number) / (small.graphLiveMB as number)).toFixed(1)}`);
    // The proof that memory is bounded: the same export with the heap capped just above the graph.
    const cap = Math.ceil((large.graphLiveMB as number) + 300);
    console.log(`With the heap capped at the graph + 300 MB (--max-old-space-size=${cap}):`);
    const capped = measure(1_000_000, [], cap);
    show(capped);
  }
}
