/**
 * `npm run tck -- [FEATURE_DIR_OR_FILE…] [options]`: runs the openCypher TCK against the engine.
 *
 *   --verbose, -v        every failure with its reason (expected vs got, or the error)
 *   --only TEXT          only scenarios whose key contains TEXT (repeatable)
 *   --update             rewrite tests/tck/passing.txt from this run (entries of scenarios not run are kept)
 *   --jobs N             worker threads (default 1)
 *   --timeout MS         time budget of each query (default 5000)
 *   --engine MODULE      engine module to measure (default src/query/index.ts)
 *   --in-process         run in this thread (stack traces, profiler); no hang protection
 *   --json FILE          also write every result as JSON
 *   --list               print the scenario keys and stop
 *
 * Prints the pass rate per folder and ends with exactly `tck: N passed, M failed`. Exit status 1 when a
 * scenario listed in passing.txt fails (a regression), 2 on bad usage.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../../src/util/atomic-write.ts';
import { loadScenarios } from './harness/load-features.ts';
import { comparePassing, readPassingList, updatedPassing, writePassingList } from './harness/passing-list.ts';
import { formatReport } from './harness/report.ts';
import { DEFAULT_RUN_OPTIONS } from './harness/run-scenario.ts';
import { runScenarios } from './harness/run-scenarios.ts';

const DEFAULT_FEATURES = new URL('./features', import.meta.url).pathname;

function usage(message: string): never {
  console.error(`tck: ${message}\nusage: npm run tck -- [FEATURE_DIR…] [--verbose] [--only TEXT] [--update] [--jobs N] [--timeout MS] [--engine MODULE] [--in-process] [--json FILE] [--list]`);
  process.exit(2);
}

function positiveInt(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1) usage(`${name} needs a positive integer, got ${JSON.stringify(text)}`);
  return Number(text);
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        verbose: { type: 'boolean', short: 'v' },
        only: { type: 'string', multiple: true },
        update: { type: 'boolean' },
        jobs: { type: 'string' },
        timeout: { type: 'string' },
        engine: { type: 'string' },
        'in-process': { type: 'boolean' },
        json: { type: 'string' },
        list: { type: 'boolean' },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = args;
  let scenarios;
  try {
    scenarios = loadScenarios(positionals.length ? positionals : [DEFAULT_FEATURES]);
  } catch (error) {
    usage((error as Error).message);
  }
  const only = values.only ?? [];
  if (only.length) scenarios = scenarios.filter((s) => only.some((o) => s.key.includes(o)));
  if (values.list) {
    for (const s of scenarios) console.log(s.key);
    return 0;
  }
  if (scenarios.length === 0) usage('no scenario matches');

  const engineModule = values.engine ? pathToFileURL(resolve(values.engine)).href : undefined;
  const results = await runScenarios(scenarios, {
    jobs: positiveInt(values.jobs, '--jobs', 1),
    timeoutMs: positiveInt(values.timeout, '--timeout', DEFAULT_RUN_OPTIONS.timeoutMs),
    inProcess: values['in-process'] ?? false,
    ...(engineModule ? { engineModule } : {}),
  });

  const listed = readPassingList();
  const { regressions, newlyPassing } = comparePassing(listed, results);
  const report = formatReport(results, { verbose: values.verbose ?? false });
  const [body, last] = [report.slice(0, report.lastIndexOf('\n') + 1), report.slice(report.lastIndexOf('\n') + 1)];
  process.stdout.write(body);
  if (regressions.length) console.log(`\nREGRESSIONS: ${regressions.length} scenario(s) of passing.txt fail now:\n${regressions.map((k) => `  ${k}`).join('\n')}`);
  if (newlyPassing.length && !values.update) console.log(`\n${newlyPassing.length} scenario(s) pass and are not in passing.txt yet (npm run tck -- --update)`);
  if (values.update) {
    const next = updatedPassing(listed, results);
    writePassingList(next);
    console.log(`\npassing.txt: ${next.length} scenarios (${newlyPassing.length} added, ${regressions.length} removed)`);
  }
  if (values.json) writeFileAtomic(values.json, JSON.stringify(results, null, 2) + '\n');
  console.log(last);
  return regressions.length && !values.update ? 1 : 0;
}

process.exitCode = await main();
