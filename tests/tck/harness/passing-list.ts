/**
 * The regression list, tests/tck/passing.txt: the keys of the scenarios that pass, one per line,
 * sorted by code unit (deterministic whatever the locale). A run compares against it; `--update`
 * rewrites it from a run, leaving the entries of scenarios that run did not include untouched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../../src/util/atomic-write.ts';
import type { ScenarioResult } from './scenario.ts';

export const PASSING_LIST = new URL('../passing.txt', import.meta.url).pathname;

export function sortKeys(keys: Iterable<string>): string[] {
  return [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function readPassingList(path: string = PASSING_LIST): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.length > 0);
}

export function formatPassingList(keys: Iterable<string>): string {
  const sorted = sortKeys(keys);
  return sorted.length ? sorted.join('\n') + '\n' : '';
}

export function writePassingList(keys: Iterable<string>, path: string = PASSING_LIST): void {
  writeFileAtomic(path, formatPassingList(keys));
}

export interface PassingComparison {
  /** Listed as passing, failed now. */
  regressions: string[];
  /** Passed now, not listed yet. */
  newlyPassing: string[];
}

export function comparePassing(listed: Iterable<string>, results: ScenarioResult[]): PassingComparison {
  const before = new Set(listed);
  return {
    regressions: sortKeys(results.filter((r) => r.status !== 'passed' && before.has(r.key)).map((r) => r.key)),
    newlyPassing: sortKeys(results.filter((r) => r.status === 'passed' && !before.has(r.key)).map((r) => r.key)),
  };
}

/** The list after a run: what ran takes its new verdict; what did not run keeps its entry. */
export function updatedPassing(listed: Iterable<string>, results: ScenarioResult[]): string[] {
  const ran = new Set(results.map((r) => r.key));
  const kept = [...listed].filter((k) => !ran.has(k));
  return sortKeys([...kept, ...results.filter((r) => r.status === 'passed').map((r) => r.key)]);
}
