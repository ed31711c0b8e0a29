/**
 * JSON text that keeps Cypher integers beyond ±2^53 (bigints) exact: `9223372036854775807` is written
 * with all its digits, where JSON.stringify throws. Every other value is written as JSON.stringify
 * writes it. Browser-safe (the viewer's GEXF export uses it).
 *
 * Reading such text back with JSON.parse gives the nearest double: Node 20's JSON.parse has no access
 * to a number's source digits, so what we write is exact and what we load back may not be.
 */

export function jsonText(value: unknown, space?: number): string {
  try {
    // Bigints are rare: the plain call is the fast path, and it throws when it meets one.
    return JSON.stringify(value, null, space);
  } catch (error) {
    if (!isBigIntError(error)) throw error;
  }
  for (let attempt = 0; ; attempt++) {
    const text = withBigIntDigits(value, space, `\u0000bigint${attempt}:`);
    if (text !== undefined) return text;
  }
}

/**
 * JSON.stringify writes each bigint as the string `"<marker><digits>"`, then those strings become their
 * digits. A marker can also occur in the data (a key or string holding it); then there are more matches
 * than bigints, and the caller tries another marker. Any value holds finitely many strings, so that ends.
 */
function withBigIntDigits(value: unknown, space: number | undefined, marker: string): string | undefined {
  let bigints = 0;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'bigint') return v;
    bigints++;
    return marker + v.toString();
  }, space);
  // The marker as JSON writes it inside a string (its NUL escaped).
  const written = JSON.stringify(marker).slice(1, -1).replaceAll('\\', '\\\\');
  let matches = 0;
  const digits = text.replace(new RegExp(`"${written}(-?\\d+)"`, 'g'), (_match, number: string) => {
    matches++;
    return number;
  });
  return matches === bigints ? digits : undefined;
}

/** V8 says "Do not know how to serialize a BigInt", Firefox and Safari say it their way, all naming BigInt. */
function isBigIntError(error: unknown): boolean {
  return error instanceof TypeError && /BigInt/.test(error.message);
}
