/**
 * `kg build [PATH…] [-o FILE]`: extract the knowledge graph of French news articles.
 * The summary goes to stdout; unreadable inputs, one line each, and the progress bar (on a terminal,
 * for builds long enough to wait for) go to stderr. Exit status 1 only when nothing could be read.
 */
import type { Command } from 'commander';
import { saveGraph } from '../../graph/save-graph.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import { KgError } from '../../util/errors.ts';

/** Below this, a build is too short to deserve a progress bar. */
const PROGRESS_AFTER_MS = 400;

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('extract a knowledge graph from French news articles (.txt)')
    .argument('[paths...]', 'files or folders of .txt articles', ['corpus'])
    .option('-o, --output <file>', 'where to write the graph', '.kg/graph.json')
    .addHelpText('after', '\nExample:\n  $ kg build corpus -o .kg/graph.json')
    .action(async (paths: string[], options: { output: string }) => {
      const started = performance.now();
      const progress = progressBar(process.stderr, started);
      const { buildGraphFromPaths } = await import('../../extract/index.ts'); // the other subcommands do not load the lexicons
      const result = await buildGraphFromPaths(paths, { onProgress: progress.update });
      progress.done();
      for (const problem of result.problems) process.stderr.write(`kg build: ${problem}\n`);
      if (result.documentsRead === 0) {
        throw new KgError(`kg build: no article could be read from ${paths.join(', ')}; nothing written`);
      }
      saveGraph(result.graph, options.output);
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(summary(result.graph, options.output, result.documentsRead, result.problems.length, seconds));
    });
}

export function summary(graph: KnowledgeGraph, output: string, documents: number, problems: number, seconds: number): string {
  const labels = count(graph.mapNodes((_, a) => a.labels?.[0] ?? '(none)'));
  const types = count(graph.mapEdges((_, a) => a.type));
  const line = (title: string, total: number, parts: [string, number][]): string =>
    `${title.padEnd(15)}${String(total).padStart(6)}  ${parts.map(([k, n]) => `${k} ${n}`).join(', ')}\n`;
  return (
    `Wrote ${output}\n` +
    line('Nodes', graph.order, labels) +
    line('Relationships', graph.size, types) +
    `${'Documents read'.padEnd(15)}${String(documents).padStart(6)}${problems ? `  (${problems} skipped, see above)` : ''}\n` +
    `${'Time'.padEnd(15)}${seconds.toFixed(2).padStart(6)} s\n`
  );
}

function count(values: string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The progress bar: drawn only on a terminal, and only once the build has taken a while. */
export function progressBar(
  stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'>,
  started: number,
  clock: () => number = () => performance.now(),
): { update: (done: number, total: number) => void; done: () => void } {
  let shown = false;
  let lastDraw = 0;
  return {
    update(done, total) {
      if (!stream.isTTY) return;
      const now = clock();
      if (now - started < PROGRESS_AFTER_MS || (now - lastDraw < 50 && done < total)) return;
      lastDraw = now;
      shown = true;
      const width = 30;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} articles`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
