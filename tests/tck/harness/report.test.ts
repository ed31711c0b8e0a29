import { describe, expect, it } from 'vitest';
import { countReasons, folderRates, formatReport } from './report.ts';
import type { ScenarioResult } from './scenario.ts';

function result(key: string, folder: string, status: ScenarioResult['status'], category?: string, signature?: string): ScenarioResult {
  return { key, folder, status, notes: [], durationMs: 1, ...(category ? { reason: { category, signature: signature ?? category, message: `why ${key}` } } : {}) };
}

const results = [
  result('m: 1', 'clauses/match', 'passed'),
  result('m: 2', 'clauses/match', 'failed', 'wrong result'),
  result('m: 3', 'clauses/match', 'passed'),
  result('r: 1', 'clauses/return', 'failed', 'unexpected error', 'unexpected error: SyntaxError/-: x'),
  result('r: 2', 'clauses/return', 'failed', 'unexpected error', 'unexpected error: SyntaxError/-: x'),
  result('r: 3', 'clauses/return', 'skipped'),
];

describe('the report', () => {
  it('gives the pass rate per folder, skipped scenarios left out', () => {
    expect(folderRates(results)).toEqual([
      { folder: 'clauses/match', passed: 2, total: 3 },
      { folder: 'clauses/return', passed: 0, total: 2 },
    ]);
    const text = formatReport(results);
    expect(text).toMatch(/^clauses\/match\s+2\/3\s+66\.7%$/m);
    expect(text).toMatch(/^clauses\/return\s+0\/2\s+0\.0%$/m);
    expect(text).toMatch(/^all\s+2\/5\s+40\.0%$/m);
    expect(text).toMatch(/skipped \(@ignore in the TCK\): 1/);
  });

  it('lists the most common failure reasons first, with an example', () => {
    expect(countReasons(results, 'signature').map((c) => [c.label, c.count, c.example])).toEqual([
      ['unexpected error: SyntaxError/-: x', 2, 'r: 1'],
      ['wrong result', 1, 'm: 2'],
    ]);
  });

  it('shows each failure with its reason when verbose', () => {
    const text = formatReport(results, { verbose: true });
    expect(text).toContain('FAIL m: 2\n    [wrong result] why m: 2');
    expect(formatReport(results)).not.toContain('FAIL m: 2');
  });

  it('ends with exactly the summary line', () => {
    expect(formatReport(results).split('\n').at(-1)).toBe('tck: 2 passed, 3 failed');
    expect(formatReport([]).split('\n').at(-1)).toBe('tck: 0 passed, 0 failed');
  });
});
