import { describe, expect, it } from 'vitest';
import { encodeProperty, inferPropertySchema } from '../../src/export/property-schema.ts';

const kind = (k: string, list = false, long = false) => ({ kind: k, list, long });

describe('inferPropertySchema', () => {
  it('gives each key the one type its values fit, in order of first appearance', () => {
    const schema = inferPropertySchema([
      { name: 'a', mentions: 3, confidence: 1, aliases: ['x'], evidence: [{ doc: 'd', start: 0, end: 1, text: 't' }] },
      { name: 'b', mentions: 2 ** 40, confidence: 0.5, flag: true, aliases: [], counts: [1, 2.5] },
      { code: 'x', meta: { a: 1 }, mixed: [1, 'a'], holes: ['a', null] },
      { code: 7, labels: ['Person'] },
    ], { skip: new Set(['labels']) });
    expect(Object.fromEntries(schema)).toEqual({
      name: kind('string'),
      mentions: kind('integer', false, true),
      confidence: kind('float'),
      aliases: kind('string', true),
      evidence: kind('json'),
      flag: kind('boolean'),
      counts: kind('float', true),
      code: kind('string'),
      meta: kind('json'),
      mixed: kind('json'),
      holes: kind('json'),
    });
  });

  it('makes a key JSON when a list item holds the output\'s list delimiter, or lists and scalars mix', () => {
    expect(inferPropertySchema([{ a: ['x;y'] }], { listDelimiter: ';' }).get('a')).toEqual(kind('json'));
    expect(inferPropertySchema([{ a: ['x'] }, { a: 'y' }]).get('a')).toEqual(kind('json'));
    expect(inferPropertySchema([{ a: ['x'] }, { a: [1] }]).get('a')).toEqual(kind('json'));
  });
});

describe('encodeProperty', () => {
  it('writes each value in its key\'s type', () => {
    expect(encodeProperty({ a: 1 }, kind('json') as never)).toBe('{"a":1}');
    expect(encodeProperty(7, kind('string') as never)).toBe('7');
    expect(encodeProperty('x', kind('string', true) as never)).toEqual(['x']);
    expect(encodeProperty(null, kind('string') as never)).toBeUndefined();
    expect(encodeProperty(Number.NaN, kind('float') as never)).toBeUndefined();
  });
});
