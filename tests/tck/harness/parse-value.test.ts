import { describe, expect, it } from 'vitest';
import { valuesEqual } from './canonical-value.ts';
import { parseTckValue } from './parse-value.ts';
import { renderValue } from './render-value.ts';

describe('the TCK value parser', () => {
  it('keeps integers and floats apart, in every written form', () => {
    expect(parseTckValue('1')).toEqual({ kind: 'integer', value: 1n });
    expect(parseTckValue('-12')).toEqual({ kind: 'integer', value: -12n });
    expect(parseTckValue('9223372036854775807')).toEqual({ kind: 'integer', value: 9223372036854775807n });
    expect(parseTckValue('1.0')).toEqual({ kind: 'float', value: 1 });
    for (const [text, value] of [
      ['-0.0', -0],
      ['.1e9', 1e8],
      ['-.1e-5', -1e-6],
      ['1e2', 100],
      ['1.23456789e308', 1.23456789e308],
      ['1e+21', 1e21],
      ['Inf', Infinity],
      ['-Inf', -Infinity],
    ] as const) {
      expect(parseTckValue(text)).toEqual({ kind: 'float', value });
    }
    const nan = parseTckValue('NaN');
    expect(nan.kind === 'float' && Number.isNaN(nan.value)).toBe(true);
  });

  it('reads strings in single quotes with their escapes', () => {
    expect(parseTckValue("'it\\'s'")).toEqual({ kind: 'string', value: "it's" });
    expect(parseTckValue("'a\\\\b'")).toEqual({ kind: 'string', value: 'a\\b' });
    expect(parseTckValue("'\\u00e9t\\u00e9 \\n'")).toEqual({ kind: 'string', value: 'été \n' });
    expect(parseTckValue("''")).toEqual({ kind: 'string', value: '' });
    expect(parseTckValue("'[1, 2]'")).toEqual({ kind: 'string', value: '[1, 2]' });
  });

  it('reads booleans, null, lists and maps, nested', () => {
    expect(parseTckValue('[true, null, [], {}]')).toEqual({
      kind: 'list',
      items: [{ kind: 'boolean', value: true }, { kind: 'null' }, { kind: 'list', items: [] }, { kind: 'map', entries: {} }],
    });
    expect(parseTckValue("{name: 'x', `odd key`: [1]}")).toEqual({
      kind: 'map',
      entries: { name: { kind: 'string', value: 'x' }, 'odd key': { kind: 'list', items: [{ kind: 'integer', value: 1n }] } },
    });
  });

  it('reads nodes, relationships and paths in both directions', () => {
    expect(parseTckValue("(:A:B {name: 'a'})")).toEqual({ kind: 'node', labels: ['A', 'B'], properties: { name: { kind: 'string', value: 'a' } } });
    expect(parseTckValue('()')).toEqual({ kind: 'node', labels: [], properties: {} });
    expect(parseTckValue('({num: 1})')).toEqual({ kind: 'node', labels: [], properties: { num: { kind: 'integer', value: 1n } } });
    expect(parseTckValue('[:T {k: 1.5}]')).toEqual({ kind: 'relationship', type: 'T', properties: { k: { kind: 'float', value: 1.5 } } });
    const path = parseTckValue('<(:A)-[:T]->(:B)<-[:U]-()>');
    expect(path).toMatchObject({
      kind: 'path',
      start: { labels: ['A'] },
      hops: [
        { direction: 'forward', relationship: { type: 'T' }, node: { labels: ['B'] } },
        { direction: 'backward', relationship: { type: 'U' }, node: { labels: [] } },
      ],
    });
    expect(parseTckValue('<()>')).toEqual({ kind: 'path', start: { kind: 'node', labels: [], properties: {} }, hops: [] });
  });

  it('tolerates the spacing the features use', () => {
    expect(parseTckValue('  [ 1 ,2 ]  ')).toEqual(parseTckValue('[1, 2]'));
    expect(parseTckValue('{ a : 1 }')).toEqual(parseTckValue('{a: 1}'));
  });

  it('rejects what is not TCK notation, saying where', () => {
    for (const bad of ['[1, 2', "'open", '1.', 'True', 'nulls', '(:A', '<(:A)-[:T]-(:B)>', '[:T', '0x1F', '"double"', '']) {
      expect(() => parseTckValue(bad), bad).toThrow(/tck\/value: cannot read/);
    }
  });

  it('renders what it parses back to the same value', () => {
    for (const text of ["(:A:B {name: 'it\\'s', n: [1, 2.0, null]})", '<(:A)-[:T {w: -1.5}]->()<-[:U]-(:C)>', '{a: NaN, b: -Inf, c: 1e300}', "['\\\\', '\\n']"]) {
      const value = parseTckValue(text);
      expect(parseTckValue(renderValue(value))).toEqual(value);
    }
  });

  it("reads the engine's temporal notation, equal to the string the features write for it", () => {
    const date = parseTckValue("date('1984-10-11')");
    expect(date).toEqual({ kind: 'temporal', type: 'date', text: '1984-10-11' });
    expect(parseTckValue(renderValue(date))).toEqual(date);
    expect(valuesEqual(date, parseTckValue("'1984-10-11'"))).toBe(true);
    expect(valuesEqual(date, parseTckValue("'1984-10-12'"))).toBe(false);
    expect(parseTckValue("[datetime('2015-07-21T21:40:32.142+01:00[Europe/London]'), duration('PT0S')]")).toEqual({
      kind: 'list',
      items: [
        { kind: 'temporal', type: 'datetime', text: '2015-07-21T21:40:32.142+01:00[Europe/London]' },
        { kind: 'temporal', type: 'duration', text: 'PT0S' },
      ],
    });
    expect(() => parseTckValue("dates('1984-10-11')")).toThrow(/tck\/value: cannot read/);
  });
});
