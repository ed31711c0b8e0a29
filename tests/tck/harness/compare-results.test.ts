import { describe, expect, it } from 'vitest';
import { valuesEqual } from './canonical-value.ts';
import { compareResults, type ResultTable } from './compare-results.ts';
import { parseTckValue } from './parse-value.ts';

const table = (columns: string[], ...rows: string[][]): ResultTable => ({ columns, rows: rows.map((r) => r.map(parseTckValue)) });
const anyOrder = { ordered: false, unorderedLists: false };
const inOrder = { ordered: true, unorderedLists: false };
const eq = (a: string, b: string, unorderedLists = false) => valuesEqual(parseTckValue(a), parseTckValue(b), { unorderedLists });

describe('value equality', () => {
  it('never takes an integer for a float', () => {
    expect(eq('1', '1')).toBe(true);
    expect(eq('1', '1.0')).toBe(false);
    expect(eq('[1]', '[1.0]')).toBe(false);
    expect(eq('{a: 1}', '{a: 1.0}')).toBe(false);
  });

  it('compares floats as doubles: written forms agree, -0.0 is 0.0, NaN is NaN', () => {
    expect(eq('1e2', '100.0')).toBe(true);
    expect(eq('-1.2635418652381264e305', '-1.2635418652381264e+305')).toBe(true);
    expect(eq('0.0', '-0.0')).toBe(true);
    expect(eq('NaN', 'NaN')).toBe(true);
    expect(eq('0.1', '0.10000000000000002')).toBe(false);
  });

  it('ignores map key order and node label order, not values', () => {
    expect(eq('{a: 1, b: 2}', '{b: 2, a: 1}')).toBe(true);
    expect(eq("(:A:B {x: 1, y: 'z'})", "(:B:A {y: 'z', x: 1})")).toBe(true);
    expect(eq('(:A)', '(:A:B)')).toBe(false);
    expect(eq('(:A {x: 1})', '(:A)')).toBe(false);
    expect(eq('[:T {w: 1}]', '[:T {w: 2}]')).toBe(false);
    expect(eq('[:T]', '[:U]')).toBe(false);
    expect(eq('(:T)', '[:T]')).toBe(false);
  });

  it('compares paths hop by hop, direction included', () => {
    expect(eq('<(:A)-[:T]->(:B)>', '<(:A)-[:T]->(:B)>')).toBe(true);
    expect(eq('<(:A)-[:T]->(:B)>', '<(:A)<-[:T]-(:B)>')).toBe(false);
    expect(eq('<(:A)-[:T]->(:B)>', '<(:B)<-[:T]-(:A)>')).toBe(false);
    expect(eq('<(:A)>', '(:A)')).toBe(false);
  });

  it('keeps list order unless told to ignore it, at any depth', () => {
    expect(eq('[1, 2]', '[2, 1]')).toBe(false);
    expect(eq('[1, 2]', '[2, 1]', true)).toBe(true);
    expect(eq('{k: [[1, 2], [3]]}', '{k: [[3], [2, 1]]}', true)).toBe(true);
    expect(eq('[1, 1, 2]', '[1, 2, 2]', true)).toBe(false);
    expect(eq("['a']", "['a', 'a']", true)).toBe(false);
  });
});

describe('result tables', () => {
  it('in any order: the same rows in another order pass, a missing or extra row fails', () => {
    const expected = table(['n'], ['1'], ['2'], ['2']);
    expect(compareResults(expected, table(['n'], ['2'], ['1'], ['2']), anyOrder)).toBeNull();
    const missing = compareResults(expected, table(['n'], ['2'], ['1']), anyOrder);
    expect(missing?.category).toBe('wrong result');
    expect(missing?.message).toMatch(/missing 1: \| 2 \|/);
    const extra = compareResults(expected, table(['n'], ['2'], ['1'], ['2'], ['3']), anyOrder);
    expect(extra?.message).toMatch(/unexpected 1: \| 3 \|/);
    expect(compareResults(expected, table(['n'], ['1'], ['1'], ['2']), anyOrder)).not.toBeNull();
  });

  it('in order: another order fails, and says the rows were right', () => {
    const expected = table(['n'], ['1'], ['2']);
    expect(compareResults(expected, table(['n'], ['1'], ['2']), inOrder)).toBeNull();
    const swapped = compareResults(expected, table(['n'], ['2'], ['1']), inOrder);
    expect(swapped?.category).toBe('wrong row order');
    expect(compareResults(expected, table(['n'], ['1']), inOrder)?.category).toBe('wrong result');
    expect(compareResults(expected, table(['n'], ['1'], ['2'], ['3']), inOrder)?.category).toBe('wrong result');
  });

  it('columns must match by name and order', () => {
    expect(compareResults(table(['a', 'b'], ['1', '2']), table(['b', 'a'], ['2', '1']), anyOrder)?.category).toBe('wrong columns');
    expect(compareResults(table(['a'], ['1']), table(['A'], ['1']), anyOrder)?.category).toBe('wrong columns');
  });

  it('an empty expected table matches only no rows', () => {
    expect(compareResults(table(['a']), table(['a']), anyOrder)).toBeNull();
    expect(compareResults(table(['a']), table(['a'], ['null']), anyOrder)).not.toBeNull();
  });

  it('shows expected and actual tables in the message', () => {
    const message = compareResults(table(['x'], ["'a'"]), table(['x'], ['1.0']), anyOrder)!.message;
    expect(message).toContain("| 'a' |");
    expect(message).toContain('| 1.0 |');
  });
});
