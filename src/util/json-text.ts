/**
 * JSON text that keeps Cypher integers beyond ±2^53 (bigints) exact: `9223372036854775807` is written
 * with all its digits, where JSON.stringify throws. Every other value is written as JSON.stringify
 * writes it. Browser-safe (the viewer's GEXF export uses it).
 *
 * Reading such text back with JSON.parse gives the nearest double: Node 20's JSON.parse has no access
 * to a number's source digits, so what we write is exact and what we load back may not be.
 */
import { stringify as losslessStringify } from 'lossless-json';

export function jsonText(value: unknown, space?: number): string {
  try {
    // Bigints are rare, and the native writer is several times faster: try it first.
    return JSON.stringify(value, null, space);
  } catch (error) {
    if (!isBigIntError(error)) throw error;
    return losslessStringify(value, null, space) as string;
  }
}

/** V8 says "Do not know how to serialize a BigInt", Firefox and Safari say it their way, all naming BigInt. */
function isBigIntError(error: unknown): boolean {
  return error instanceof TypeError && /BigInt/.test(error.message);
}
