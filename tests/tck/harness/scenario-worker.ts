/** Worker thread entry: loads the engine once, then runs the scenarios it is sent (run-scenarios.ts). */
import { loadEngine, type TckEngine } from './engine.ts';
import { runScenario, type RunOptions } from './run-scenario.ts';
import type { ScenarioResult, TckScenario } from './scenario.ts';
import { serveRequests, workerInit } from './serve-requests.ts';

const init = workerInit<{ engineModule: string; options: RunOptions }>();
const engine: Promise<TckEngine | Error> = loadEngine(init.engineModule).catch((error: Error) => error);

serveRequests(async (scenario: TckScenario): Promise<ScenarioResult> => {
  const loaded = await engine;
  if (loaded instanceof Error) {
    return {
      key: scenario.key,
      folder: scenario.folder,
      status: scenario.tags.includes('@ignore') ? 'skipped' : 'failed',
      reason: { category: 'engine unavailable', signature: 'engine unavailable', message: loaded.message },
      notes: [],
      durationMs: 0,
    };
  }
  return runScenario(scenario, loaded, init.options);
});
