import { describe, expect, it } from 'vitest';
import { parseFeature } from './load-features.ts';
import { runScenarios } from './run-scenarios.ts';

const FAKE = new URL('./fake-engine.ts', import.meta.url).href;

const scenarioText = (n: number, query: string) => `
  Scenario: [${n}] runs ${query}
    Given any graph
    When executing query:
      """
      ${query}
      """
    Then the result should be, in any order:
      | x |
      | 1 |
`;

const scenarios = parseFeature(
  `Feature: Pool1 - Pool\n${scenarioText(1, 'RETURN 1 AS x')}${scenarioText(2, 'HANG')}${scenarioText(3, 'RETURN 1 AS x')}${scenarioText(4, 'RETURN 2 AS x')}`,
  'pool/Pool1.feature',
  '/graphs',
);

describe('running scenarios in guarded workers', () => {
  it('turns a query that never returns into a failed scenario, and goes on with the next', async () => {
    const results = await runScenarios(scenarios, { engineModule: FAKE, timeoutMs: 100, marginMs: 400 });
    expect(results.map((r) => [r.key.replace(/^.*: /, ''), r.status, r.reason?.category])).toEqual([
      ['Pool1 [1] runs RETURN 1 AS x', 'passed', undefined],
      ['Pool1 [2] runs HANG', 'failed', 'hang'],
      ['Pool1 [3] runs RETURN 1 AS x', 'passed', undefined],
      ['Pool1 [4] runs RETURN 2 AS x', 'failed', 'wrong result'],
    ]);
    expect(results[1]!.reason!.message).toMatch(/did not stop at its time budget/);
  });

  it('gives the same sorted results with several workers', async () => {
    const safe = scenarios.filter((s) => !s.key.includes('HANG'));
    const one = await runScenarios(safe, { engineModule: FAKE });
    const two = await runScenarios(safe, { engineModule: FAKE, jobs: 2 });
    expect(two.map((r) => [r.key, r.status])).toEqual(one.map((r) => [r.key, r.status]));
  });

  it('fails every scenario, saying why, when the engine cannot be loaded', async () => {
    const results = await runScenarios(scenarios.slice(0, 2), { engineModule: new URL('./no-such-engine.ts', import.meta.url).href });
    expect(results.map((r) => r.reason?.category)).toEqual(['engine unavailable', 'engine unavailable']);
    expect(results[0]!.reason!.message).toMatch(/cannot load/);
  });
});
