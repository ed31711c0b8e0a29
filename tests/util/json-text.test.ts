import fc from 'fast-check';
import { stringify as losslessStringify } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { CypherFloat } from '../../src/query/values/types.ts';
import { jsonText } from '../../src/util/json-text.ts';

const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };

/** Text that may hold what jsonText's markers look like (NUL, `bigint0:`, digits, quotes). */
const trickyText = fc.string({ unit: fc.constantFrom('a', 'é', '"', '\\', '\n', '🎉', '\u0000bigint0:', '\u0000bigint1:', '7', '-') });

/** JSON values with bigints anywhere. */
const valueWithBigInts = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.bigInt(INT64),
    trickyText,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(trickyText, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('jsonText', () => {
  it('writes integers beyond ±2^53 with every digit, where JSON.stringify throws', () => {
    const value = { max: 2n ** 63n - 1n, min: [-(2n ** 63n)], safe: 9007199254740993n };
    expect(() => JSON.stringify(value)).toThrow(TypeError);
    expect(jsonText(value)).toBe('{"max":9223372036854775807,"min":[-9223372036854775808],"safe":9007199254740993}');
  });

  it('writes what lossless-json writes, indented or not, whatever the strings hold', () => {
    fc.assert(
      fc.property(valueWithBigInts, fc.constantFrom(undefined, 2), (value, space) => {
        expect(jsonText(value, space)).toBe(losslessStringify(value, null, space));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves a string that looks like its bigint marker a string', () => {
    const value = { '\u0000bigint0:1': ['\u0000bigint0:2', 'x"\u0000bigint0:3'], big: 2n ** 60n };
    expect(jsonText(value)).toBe('{"\\u0000bigint0:1":["\\u0000bigint0:2","x\\"\\u0000bigint0:3"],"big":1152921504606846976}');
  });

  it('keeps JSON.stringify rules beside a bigint: toJSON, and undefined left out of objects and null in lists', () => {
    const value = { big: 2n ** 60n, float: new CypherFloat(1), gone: undefined, list: [undefined, () => 1] };
    expect(jsonText(value)).toBe('{"big":1152921504606846976,"float":1,"list":[null,null]}');
  });
});
