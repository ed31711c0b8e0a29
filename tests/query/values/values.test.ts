import { describe, expect, test } from 'vitest';
import { formatValue, toPlain } from '../../../src/query/index.ts';
import { add, divide } from '../../../src/query/values/arithmetic.ts';
import { canonical, equals } from '../../../src/query/values/equality.ts';
import { compare, orderCompare } from '../../../src/query/values/ordering.ts';
import { CypherFloat } from '../../../src/query/values/types.ts';

describe('values', () => {
  test('formatValue writes Cypher notation, 1 vs 1.0', () => {
    expect([1, new CypherFloat(1), 0.5, -0, new CypherFloat(-0), NaN, Infinity, 1e21, 2n ** 62n].map(formatValue)).toEqual([
      '1',
      '1.0',
      '0.5',
      '0',
      '-0.0',
      'NaN',
      'Infinity',
      '1e21',
      '4611686018427387904',
    ]);
    expect(formatValue({ 'a b': [null, true, 'x\'y'] })).toBe("{`a b`: [null, true, 'x\\'y']}");
  });

  test('toPlain: plain numbers, integers beyond ±2^53 exact (bigint)', () => {
    expect(toPlain([new CypherFloat(2), 2n ** 62n, { a: null }])).toEqual([2, 2n ** 62n, { a: null }]);
  });

  test('equality is three-valued, equivalence for grouping is not', () => {
    expect(equals(1, new CypherFloat(1))).toBe(true);
    expect(equals(NaN, NaN)).toBe(false);
    expect(equals([1, null], [1, null])).toBe(null);
    expect(equals({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(canonical([1, null])).toBe(canonical([new CypherFloat(1), null]));
    expect(canonical({ a: 1, b: 2 })).toBe(canonical({ b: 2, a: 1 }));
    expect(canonical('1')).not.toBe(canonical(1));
  });

  test('comparison: null when incomparable, NaN is never less nor greater', () => {
    expect(compare(1, 2)).toBeLessThan(0);
    expect(compare('b', 'a')).toBeGreaterThan(0);
    expect(compare(1, 'a')).toBe(null);
    expect(Number.isNaN(compare(NaN, 1))).toBe(true);
    expect(orderCompare(NaN, Infinity)).toBeGreaterThan(0);
    expect(orderCompare(null, NaN)).toBeGreaterThan(0);
  });

  test('integer arithmetic is 64-bit: exact beyond 2^53, an error beyond 2^63', () => {
    expect(add(9007199254740991, 2)).toBe(9007199254740993n);
    expect(add(9007199254740993n, -2)).toBe(9007199254740991);
    expect(() => add(9223372036854775807n, 1)).toThrow(/overflow/);
    expect(divide(-7, 2)).toBe(-3);
    expect(formatValue(divide(1, new CypherFloat(4)))).toBe('0.25');
  });
});
