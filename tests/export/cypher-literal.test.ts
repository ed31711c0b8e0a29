import { describe, expect, it } from 'vitest';
import { cypherFloat, cypherName, cypherString } from '../../src/export/cypher-literal.ts';

describe('Cypher literals', () => {
  it('escapes quotes, backslashes and control characters, and keeps emoji as they are', () => {
    expect(cypherString("O'Neil")).toBe("'O\\'Neil'");
    expect(cypherString('a\\b')).toBe("'a\\\\b'");
    expect(cypherString('l1\nl2\r\t')).toBe("'l1\\nl2\\r\\t'");
    expect(cypherString('bell\u0007')).toBe("'bell\\u0007'");
    expect(cypherString('🇫🇷 "ok" & <b>')).toBe("'🇫🇷 \"ok\" & <b>'");
    expect(cypherString('lone \uD800')).toBe("'lone \\uD800'");
  });

  it('puts names in backticks when they are not plain identifiers or are keywords', () => {
    expect(cypherName('Person')).toBe('Person');
    expect(cypherName('_kgid')).toBe('_kgid');
    expect(cypherName('p-1')).toBe('`p-1`');
    expect(cypherName('order')).toBe('`order`');
    expect(cypherName('a`b')).toBe('`a``b`');
    expect(cypherName('Événement')).toBe('`Événement`');
  });

  it('writes floats so they stay floats', () => {
    expect(cypherFloat(1)).toBe('1.0');
    expect(cypherFloat(0.9)).toBe('0.9');
    expect(cypherFloat(-2)).toBe('-2.0');
    expect(cypherFloat(1e21)).toBe('1e21');
    expect(cypherFloat(1e-7)).toBe('1e-7');
  });
});
