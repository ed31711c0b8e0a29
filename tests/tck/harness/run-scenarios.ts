/**
 * Runs scenarios in worker threads (one by default; `jobs` for more), each scenario under a watchdog
 * (guarded-worker.ts), and returns the results sorted by key. `inProcess` runs them in this thread
 * instead, for debugging with stack traces and a profiler; a hang then hangs the run.
 */
import { DEFAULT_ENGINE_MODULE, loadEngine } from './engine.ts';
import { GuardedWorker, HangError } from './guarded-worker.ts';
import { parseStep } from './parse-step.ts';
import { DEFAULT_RUN_OPTIONS, runScenario, type RunOptions } from './run-scenario.ts';
import type { ScenarioResult, TckScenario } from './scenario.ts';

export interface RunScenariosOptions extends Partial<RunOptions> {
  engineModule?: string;
  jobs?: number;
  inProcess?: boolean;
  /** Grace beyond the scenario's query budgets before the watchdog calls it a hang. */
  marginMs?: number;
  onResult?: (result: ScenarioResult) => void;
}

/** What a scenario may take: each of its queries gets the time budget; named graphs count a few. */
export function scenarioBudgetMs(scenario: TckScenario, timeoutMs: number, marginMs: number): number {
  let queries = 0;
  for (const step of scenario.steps) {
    const kind = parseStep(step).kind;
    if (kind === 'setup' || kind === 'query') queries++;
    if (kind === 'named-graph') queries += 4;
  }
  return queries * timeoutMs + marginMs;
}

function byKey(a: ScenarioResult, b: ScenarioResult): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export async function runScenarios(scenarios: TckScenario[], options: RunScenariosOptions = {}): Promise<ScenarioResult[]> {
  const run: RunOptions = { timeoutMs: options.timeoutMs ?? DEFAULT_RUN_OPTIONS.timeoutMs, maxRows: options.maxRows ?? DEFAULT_RUN_OPTIONS.maxRows };
  const engineModule = options.engineModule ?? DEFAULT_ENGINE_MODULE;
  const results: ScenarioResult[] = [];
  const record = (result: ScenarioResult) => {
    results.push(result);
    options.onResult?.(result);
  };

  if (options.inProcess) {
    const engine = await loadEngine(engineModule);
    for (const scenario of scenarios) record(await runScenario(scenario, engine, run));
    return results.sort(byKey);
  }

  const queue = [...scenarios];
  // The watchdog catches hangs, not slowness (the engine's own timeoutMs does): a loaded machine must not fail a scenario.
  const marginMs = options.marginMs ?? 10_000;
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, queue.length));
  const entry = new URL('./scenario-worker.ts', import.meta.url);
  const lane = async () => {
    const worker = new GuardedWorker(entry, { engineModule, options: run });
    try {
      for (let scenario = queue.shift(); scenario; scenario = queue.shift()) {
        const budget = scenarioBudgetMs(scenario, run.timeoutMs, marginMs);
        const started = performance.now();
        try {
          record(await worker.call<ScenarioResult>(scenario, budget));
        } catch (error) {
          const hang = error instanceof HangError;
          record({
            key: scenario.key,
            folder: scenario.folder,
            status: 'failed',
            reason: {
              category: hang ? 'hang' : 'crash',
              signature: hang ? 'hang: the engine overran its time budget' : `crash: ${(error as Error).message.split('\n', 1)[0]}`,
              message: hang
                ? `${(error as Error).message}: the engine did not stop at its time budget (timeoutMs ${run.timeoutMs} per query); the worker was terminated`
                : (error as Error).message,
            },
            notes: [],
            durationMs: Math.round(performance.now() - started),
          });
        }
      }
    } finally {
      await worker.close();
    }
  };
  await Promise.all(Array.from({ length: jobs }, lane));
  return results.sort(byKey);
}
