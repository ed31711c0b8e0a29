/**
 * Extraction throughput: `kg build` on 1×, 10× and 100× the bundled corpus (`npm run bench -- extract`;
 * `npx tsx bench/extract.bench.ts --scales 1,10,100,1000` for others; `--node-flags '--flag …'` to try other V8
 * flags than kg's, bin/v8-flags.js). Copies are made by this script with their people renamed and their dates
 * moved, so that cross-document resolution has real work to do: a copy's
 * "Emmanuel Macron" becomes "Emmanuel Macronab", another person, in another week.
 * Each scale runs in its own process (single-threaded, one core) so that its peak memory is its own.
 * Reports MB/s, articles/s, peak RSS and heap, the CPU time of the corpus-wide resolution and the garbage
 * collector's pauses, and whether time grows linearly with input; then the same build run again in the
 * process ("warm"), which separates the code's own speed from V8 compiling it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { statSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import type * as Extract from '../src/extract/index.ts';
import type * as GraphModule from '../src/graph/index.ts';
import { V8_FLAGS } from '../bin/v8-flags.js';

interface Measure {
  compiled: boolean;
  scale: number;
  articles: number;
  bytes: number;
  extractMs: number;
  /** CPU time of the extraction (user + system): what one core spent, whatever else the machine runs. */
  cpuMs: number;
  totalMs: number;
  /** CPU time of the corpus-wide resolution (after the last article is extracted). */
  resolveCpuMs: number;
  /** Main-thread pauses of the garbage collector during the build. */
  gcMs: number;
  nodes: number;
  edges: number;
  peakRss: number;
  peakHeap: number;
  /** CPU time of the same build run again in the same process, the engine done compiling its code. */
  warmCpuMs: number;
}

const here = fileURLToPath(import.meta.url);
const root = join(here, '..', '..');

/**
 * What `kg build` runs is the compiled code in dist/: measure it when it is up to date with src/
 * (`npm run build`), else the sources through tsx (slower: transform helpers, source maps).
 */
function compiledIsFresh(): boolean {
  try {
    const built = statSync(join(root, 'dist', 'extract', 'index.js')).mtimeMs;
    const newest = (dir: string): number =>
      Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
    return built >= newest(join(root, 'src', 'extract'));
  } catch {
    return false;
  }
}

async function load(): Promise<{ extract: typeof Extract; graph: typeof GraphModule; compiled: boolean }> {
  const compiled = compiledIsFresh();
  const base = compiled ? join(root, 'dist') : join(root, 'src');
  const ext = compiled ? 'js' : 'ts';
  return {
    extract: (await import(join(base, 'extract', `index.${ext}`))) as typeof Extract,
    graph: (await import(join(base, 'graph', `index.${ext}`))) as typeof GraphModule,
    compiled,
  };
}
const corpusDir = join(here, '..', '..', 'corpus');
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const SYLLABLES = ['ab', 'el', 'ko', 'ra', 'mi', 'tu', 'zo', 'ne', 'vi', 'sa'];

/** The k-th copy of an article: people renamed (surname + syllables of k) and dates moved by k days. */
function variant(text: string, k: number): string {
  if (k === 0) return text;
  let suffix = '';
  for (let n = k; n > 0; n = Math.floor(n / SYLLABLES.length)) suffix += SYLLABLES[n % SYLLABLES.length];
  const surnames = new Set<string>();
  for (const m of text.matchAll(/\b\p{Lu}\p{Ll}+ (\p{Lu}[\p{Ll}-]{2,})\b/gu)) surnames.add(m[1]!);
  let out = text;
  for (const s of surnames) out = out.replace(new RegExp(`(?<![\\p{L}-])${s}(?![\\p{L}-])`, 'gu'), s + suffix);
  out = out.replace(/\b(\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) (\d{4})\b/g, (_m, d: string, mo: string, y: string) => {
    const month = (MONTHS.indexOf(mo) + Math.floor((Number(d) + k) / 28)) % 12;
    return `${((Number(d) + k) % 28) + 1} ${MONTHS[month]} ${y}`;
  });
  return out.replace(/date (\d{4})-(\d{2})-(\d{2})/g, (_m, y: string, mo: string, d: string) => `date ${y}-${mo}-${String(((Number(d) + k) % 28) + 1).padStart(2, '0')}`);
}

async function measure(scale: number): Promise<Measure> {
  const { extract, graph: graphModule, compiled } = await load();
  const { buildGraphFromPaths } = extract;
  const { serializeGraph } = graphModule;
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-extract-'));
  const sources = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  let bytes = 0;
  try {
    mkdirSync(dir, { recursive: true });
    for (let k = 0; k < scale; k++) {
      for (const f of sources) {
        const text = variant(readFileSync(join(corpusDir, f), 'utf8'), k);
        bytes += Buffer.byteLength(text);
        writeFileSync(join(dir, `${String(k).padStart(4, '0')}-${f}`), text);
      }
    }
    // Warm-up on the corpus itself (50 articles): lexicons compiled and code optimised, as they are
    // after the first few dozen articles of any long build.
    for (let i = 0; i < 10; i++) await buildGraphFromPaths([corpusDir]);
    globalThis.gc?.();
    let peakRss = 0;
    let peakHeap = 0;
    const sample = (): void => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    };
    let gcMs = 0;
    const gcs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) gcMs += e.duration;
    });
    gcs.observe({ entryTypes: ['gc'] });
    // The last article's progress call ends the extraction: what follows is the corpus resolution.
    let extracted: NodeJS.CpuUsage | undefined;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const { graph } = await buildGraphFromPaths([dir], {
      onProgress: (done, total) => {
        if (done % 8 === 0) sample();
        if (done === total) extracted = process.cpuUsage();
      },
    });
    const t1 = performance.now();
    const cpu = process.cpuUsage(c0);
    const resolveCpu = process.cpuUsage(extracted);
    sample();
    await new Promise((r) => setImmediate(r));
    gcs.disconnect();
    const json = serializeGraph(graph);
    const t2 = performance.now();
    sample();
    if (json.length === 0) throw new Error('empty graph');
    // The same build twice more: the second one's CPU time is the code's own speed, once V8 has
    // compiled what the first build made hot (what a long build reaches after its first minutes).
    let warmCpuMs = Infinity;
    for (let round = 0; round < 2; round++) {
      const w0 = process.cpuUsage();
      await buildGraphFromPaths([dir]);
      const w = process.cpuUsage(w0);
      warmCpuMs = Math.min(warmCpuMs, (w.user + w.system) / 1000);
    }
    return { compiled, scale, articles: scale * sources.length, bytes, extractMs: t1 - t0, cpuMs: (cpu.user + cpu.system) / 1000, totalMs: t2 - t0, resolveCpuMs: (resolveCpu.user + resolveCpu.system) / 1000, gcMs, nodes: graph.order, edges: graph.size, peakRss, peakHeap, warmCpuMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const single = args.indexOf('--scale');
if (single >= 0) {
  // Child process: one scale, one JSON line.
  console.log(JSON.stringify(await measure(Number(args[single + 1]))));
} else {
  const scalesArg = args.indexOf('--scales');
  const scales = scalesArg >= 0 ? args[scalesArg + 1]!.split(',').map(Number) : [1, 10, 100];
  // The measured processes run with kg's V8 flags, as `kg build` does; --node-flags '…' tries others in
  // their place ('' for none).
  const flagsArg = args.indexOf('--node-flags');
  const nodeFlags = flagsArg >= 0 ? args[flagsArg + 1]!.split(' ').filter(Boolean) : [...V8_FLAGS];
  const results: Measure[] = [];
  for (const scale of scales) {
    const r = spawnSync(process.execPath, [...nodeFlags, '--import', 'tsx', '--expose-gc', here, '--scale', String(scale)], { encoding: 'utf8' });
    if (r.status !== 0) {
      process.stderr.write(r.stderr);
      process.exit(1);
    }
    results.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as Measure);
  }
  const mb = (b: number): string => (b / 1e6).toFixed(2);
  console.log(results[0]?.compiled ? 'code: dist/ (compiled, what kg build runs)' : 'code: src/ through tsx (run `npm run build` first to measure the compiled code)');
  const asKg = nodeFlags.join(' ') === V8_FLAGS.join(' ');
  console.log(`V8 flags: ${nodeFlags.join(' ') || '(none)'} (${asKg ? 'those kg runs with, bin/v8-flags.js' : `instead of kg's ${V8_FLAGS.join(' ') || '(none)'}`})`);
  console.log('scale  articles      MB  wall ms  cpu ms  resolve cpu ms  GC pause ms  MB/s (cpu)  articles/s (cpu)  nodes  edges  peak RSS MB  peak heap MB  warm MB/s (cpu)');
  for (const r of results) {
    console.log(
      [
        `${r.scale}×`.padStart(5),
        String(r.articles).padStart(9),
        mb(r.bytes).padStart(7),
        r.extractMs.toFixed(0).padStart(8),
        r.cpuMs.toFixed(0).padStart(7),
        r.resolveCpuMs.toFixed(0).padStart(15),
        r.gcMs.toFixed(0).padStart(12),
        (r.bytes / 1e6 / (r.cpuMs / 1000)).toFixed(2).padStart(11),
        (r.articles / (r.cpuMs / 1000)).toFixed(0).padStart(17),
        String(r.nodes).padStart(6),
        String(r.edges).padStart(6),
        mb(r.peakRss).padStart(12),
        mb(r.peakHeap).padStart(13),
        (r.bytes / 1e6 / (r.warmCpuMs / 1000)).toFixed(2).padStart(16),
      ].join(' '),
    );
  }
  // Linear growth: time per megabyte at the largest scale against the one before it (the 1× run is
  // dominated by start-up: lexicon compilation and JIT warm-up).
  const [a, b] = results.slice(-2);
  if (a && b) {
    const ratio = b.cpuMs / b.bytes / (a.cpuMs / a.bytes);
    console.log(`growth: time per MB at ${b.scale}× is ${ratio.toFixed(2)}× that at ${a.scale}× — ${ratio < 1.5 ? 'linear' : 'SUPERLINEAR'}`);
  }
  const last = results[results.length - 1]!;
  const rate = last.bytes / 1e6 / (last.cpuMs / 1000);
  const wall = last.bytes / 1e6 / (last.extractMs / 1000);
  console.log(`throughput at ${last.scale}×: ${rate.toFixed(2)} MB/s of CPU time on one core, ${wall.toFixed(2)} MB/s wall-clock (target ≥ 5 MB/s) — ${rate >= 5 ? 'met' : 'NOT met'}`);
  if (rate < 5) {
    // What stands between the figure and the target, in the run's own figures.
    const perArticle = last.bytes / 1e6 / ((last.cpuMs - last.resolveCpuMs) / 1000);
    const share = (ms: number): string => `${((100 * ms) / last.cpuMs).toFixed(0)}%`;
    console.log(
      `what remains: the articles alone are extracted at ${perArticle.toFixed(2)} MB/s of CPU; the corpus resolution takes ${share(last.resolveCpuMs)} of the CPU time, ` +
        `the engine compiling the code about ${share(last.cpuMs - last.warmCpuMs)} (the same build run again in the process: ${(last.bytes / 1e6 / (last.warmCpuMs / 1000)).toFixed(2)} MB/s); ` +
        `garbage-collection pauses ${share(last.gcMs)}; the rest is the per-article stages (tokens, mentions, relation rules, dates): node --cpu-prof on dist/ shows their shares.`,
    );
  }
  const load = (await import('node:os')).loadavg()[0]!;
  if (load > 2) console.log(`note: load average ${load.toFixed(1)} on this machine during the run; wall-clock figures are inflated, CPU time much less so`);
}
