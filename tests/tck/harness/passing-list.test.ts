import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePassing, formatPassingList, readPassingList, updatedPassing, writePassingList } from './passing-list.ts';
import type { ScenarioResult } from './scenario.ts';

const result = (key: string, status: ScenarioResult['status']): ScenarioResult => ({ key, folder: key.split('/')[0]!, status, notes: [], durationMs: 1 });

describe('the passing list', () => {
  it('names regressions and newly passing scenarios', () => {
    const results = [result('a: 1', 'passed'), result('a: 2', 'failed'), result('b: 1', 'passed'), result('b: 2', 'skipped')];
    expect(comparePassing(['a: 1', 'a: 2', 'b: 2'], results)).toEqual({ regressions: ['a: 2', 'b: 2'], newlyPassing: ['b: 1'] });
    expect(comparePassing(['a: 1', 'b: 1'], results)).toEqual({ regressions: [], newlyPassing: [] });
  });

  it('updates from a partial run, keeping what did not run', () => {
    expect(updatedPassing(['z: kept', 'a: 2', 'a: 1'], [result('a: 1', 'passed'), result('a: 2', 'failed'), result('a: 3', 'passed')])).toEqual([
      'a: 1',
      'a: 3',
      'z: kept',
    ]);
  });

  it('is written sorted by code unit, deduplicated, the same bytes every time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tck-passing-'));
    const path = join(dir, 'passing.txt');
    writePassingList(['b', 'a [10]', 'B', 'a [9]', 'b'], path);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe('B\na [10]\na [9]\nb\n');
    expect(formatPassingList(readPassingList(path).reverse())).toBe(text);
    expect(readPassingList(join(dir, 'absent.txt'))).toEqual([]);
  });
});
