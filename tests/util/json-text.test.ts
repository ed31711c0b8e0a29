import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CypherFloat } from '../../src/query/values/types.ts';
import { jsonText } from '../../src/util/json-text.ts';

const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };

/** JSON values with bigints anywhere; strings never hold `#`, which the oracle below uses as a marker. */
const valueWithBigInts = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.bigInt(INT64),
    fc.string({ unit: fc.constantFrom('a', 'é', '"', '\\', '\n', ' ', '🎉') }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ unit: fc.constantFrom('k', 'ü', '"') }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** What JSON.stringify writes once each bigint is spelled as its digits. */
function oracle(value: unknown, space?: number): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `#${v}#` : v), space).replace(/"#(-?\d+)#"/g, '$1');
}

describe('jsonText', () => {
  it('writes integers beyond ±2^53 with every digit, where JSON.stringify throws', () => {
    const value = { max: 2n ** 63n - 1n, min: [-(2n ** 63n)], safe: 9007199254740993n };
    expect(() => JSON.stringify(value)).toThrow(TypeError);
    expect(jsonText(value)).toBe('{"max":9223372036854775807,"min":[-9223372036854775808],"safe":9007199254740993}');
  });

  it('writes everything else as JSON.stringify does, indented or not', () => {
    fc.assert(
      fc.property(valueWithBigInts, fc.constantFrom(undefined, 2), (value, space) => {
        expect(jsonText(value, space)).toBe(oracle(value, space));
      }),
    );
  });

  it('keeps JSON.stringify rules beside a bigint: toJSON, and undefined left out of objects and null in lists', () => {
    const value = { big: 2n ** 60n, float: new CypherFloat(1), gone: undefined, list: [undefined, () => 1] };
    expect(jsonText(value)).toBe('{"big":1152921504606846976,"float":1,"list":[null,null]}');
  });
});
