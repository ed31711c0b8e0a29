/** Decoding of number and string literals, with the TCK's errors for the malformed ones. */
import { syntaxError } from '../errors.ts';
import { makeFloat, MAX_INT64, normalizeBigInt } from '../values/types.ts';
import type { CypherFloat } from '../values/types.ts';

/**
 * An integer literal's magnitude (before any minus sign). `value` is null when it only fits once
 * negated (9223372036854775808 is valid only as -9223372036854775808).
 */
export function decodeInteger(text: string, offset: number): { value: number | bigint | null; raw: bigint } {
  const lower = text.toLowerCase();
  const raw = lower.startsWith('0x') || lower.startsWith('0o') ? BigInt(lower) : BigInt(text);
  if (raw > MAX_INT64 + 1n) throw syntaxError('IntegerOverflow', `integer ${text} is too large (64-bit integers)`, offset);
  return { value: raw > MAX_INT64 ? null : normalizeBigInt(raw), raw };
}

export function decodeFloat(text: string, offset: number): number | CypherFloat {
  const x = Number(text);
  if (!Number.isFinite(x)) throw syntaxError('FloatingPointOverflow', `float ${text} is too large`, offset);
  return makeFloat(x);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  '/': '/',
};

/** `escape` is the text after the backslash: `n`, `u00e9`, `U0001F600`, `'`. */
export function decodeEscape(escape: string, offset: number): string {
  const first = escape[0] ?? '';
  if (first === 'u' || first === 'U') {
    const hex = escape.slice(1);
    if (!/^[0-9a-fA-F]+$/.test(hex) || (hex.length !== 4 && hex.length !== 8)) {
      throw syntaxError('InvalidUnicodeLiteral', `invalid unicode escape \\${escape}`, offset);
    }
    const cp = parseInt(hex, 16);
    if (cp > 0x10ffff) throw syntaxError('InvalidUnicodeLiteral', `invalid unicode escape \\${escape}`, offset);
    return String.fromCodePoint(cp);
  }
  const simple = SIMPLE_ESCAPES[first.toLowerCase()] ?? SIMPLE_ESCAPES[first];
  if (simple === undefined) throw syntaxError('InvalidEscapeSequence', `invalid escape sequence \\${escape}`, offset);
  return simple;
}

/** `a``b` -> a`b */
export function decodeEscapedName(textBetweenBackticks: string): string {
  return textBetweenBackticks.replace(/``/g, '`');
}
