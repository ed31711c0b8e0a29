import { describe, expect, it } from 'vitest';
import { parseParamOption, parseParamValue } from '../../src/repl/param-value.ts';
import { KgError } from '../../src/util/errors.ts';

describe('parseParamValue', () => {
  it('reads Cypher literals', () => {
    expect(parseParamValue('42')).toBe(42);
    expect(parseParamValue('-1.5')).toBe(-1.5);
    expect(parseParamValue("'Emmanuel Macron'")).toBe('Emmanuel Macron');
    expect(parseParamValue('"x"')).toBe('x');
    expect(parseParamValue('true')).toBe(true);
    expect(parseParamValue('null')).toBe(null);
    expect(parseParamValue("[1, 'a', [true]]")).toEqual([1, 'a', [true]]);
    expect(parseParamValue("{name: 'x', n: 2}")).toEqual({ name: 'x', n: 2 });
  });

  it('takes anything else as a string', () => {
    expect(parseParamValue('Emmanuel Macron')).toBe('Emmanuel Macron');
    expect(parseParamValue('2026-01-06')).toBe('2026-01-06');
    expect(parseParamValue("[unquoted]")).toBe('[unquoted]');
    expect(parseParamValue("'unterminated")).toBe("'unterminated");
    expect(parseParamValue('trueish')).toBe('trueish');
    expect(parseParamValue('')).toBe('');
  });

  it('keeps integers too large for a double as strings', () => {
    expect(parseParamValue('12345678901234567890')).toBe('12345678901234567890');
  });
});

describe('parseParamOption', () => {
  it('splits at the first =', () => {
    expect(parseParamOption('who=Emmanuel Macron')).toEqual(['who', 'Emmanuel Macron']);
    expect(parseParamOption('expr=a=b')).toEqual(['expr', 'a=b']);
    expect(parseParamOption('$n=3')).toEqual(['n', 3]);
  });

  it('rejects an option without a name', () => {
    expect(() => parseParamOption('=3')).toThrow(KgError);
    expect(() => parseParamOption('novalue')).toThrow(/name=value/);
  });
});
