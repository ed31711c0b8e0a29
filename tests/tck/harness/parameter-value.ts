/**
 * TCK parameter values (`And parameters are:`, written in the result notation) as the plain JS values
 * the engine's contract takes (QueryOptions.params): integers become numbers (bigint beyond 2^53),
 * floats numbers, lists arrays, maps objects.
 *
 * A limit of that contract: a float with no fraction (`1.0`) arrives as the JS number 1, which the
 * engine reads as an INTEGER.
 */
import { renderValue } from './render-value.ts';
import type { TckValue } from './value.ts';

export function toParameter(value: TckValue): unknown {
  switch (value.kind) {
    case 'null':
      return null;
    case 'boolean':
    case 'float':
    case 'string':
      return value.value;
    case 'integer':
      return value.value >= BigInt(Number.MIN_SAFE_INTEGER) && value.value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value.value) : value.value;
    case 'list':
      return value.items.map(toParameter);
    case 'map':
      // fromEntries defines own properties, so a key such as `__proto__` stays a key.
      return Object.fromEntries(Object.entries(value.entries).map(([k, v]) => [k, toParameter(v)]));
    default:
      throw new Error(`tck/parameters: a ${value.kind} cannot be a parameter: ${renderValue(value)}`);
  }
}
