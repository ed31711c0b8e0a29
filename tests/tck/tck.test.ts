/**
 * The TCK as a regression test: runs every scenario once against the engine and fails if a scenario
 * listed in tests/tck/passing.txt fails now, naming each. Scenarios that pass but are not listed yet
 * are reported (add them with `npm run tck -- --update`).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarios } from './harness/load-features.ts';
import { comparePassing, formatPassingList, readPassingList } from './harness/passing-list.ts';
import { formatReport } from './harness/report.ts';
import { runScenarios } from './harness/run-scenarios.ts';

const scenarios = loadScenarios([fileURLToPath(new URL('./features', import.meta.url))]);
const listed = readPassingList();

describe('openCypher TCK', () => {
  it('passing.txt is sorted, without duplicates, and names existing scenarios only', () => {
    const keys = new Set(scenarios.map((s) => s.key));
    expect(listed.join('\n') + (listed.length ? '\n' : '')).toBe(formatPassingList(listed));
    expect(listed.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('every scenario of passing.txt still passes', { timeout: 600_000 }, async () => {
    // A wide watchdog margin: on a loaded machine a slow parse (Create4's 42 KB query) must not pass for a hang.
    const results = await runScenarios(scenarios, { marginMs: 30_000 });
    const { regressions, newlyPassing } = comparePassing(listed, results);
    const byKey = new Map(results.map((r) => [r.key, r]));
    const summary = formatReport(results, { topReasons: 0 });
    console.log(summary);
    if (newlyPassing.length) console.log(`${newlyPassing.length} scenario(s) pass and are not in passing.txt yet: run npm run tck -- --update`);
    const explained = regressions.map((k) => `${k}\n    [${byKey.get(k)?.reason?.category}] ${byKey.get(k)?.reason?.message.split('\n', 1)[0]}`);
    expect(explained, `${regressions.length} scenario(s) of passing.txt fail now`).toEqual([]);
  });
});
