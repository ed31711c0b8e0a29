/**
 * A copy of a slice that does not hold on to the text it was cut from: V8 keeps a slice of 13 units
 * or more as a view of the whole string, so a word or a headline kept after its article is read
 * would keep the whole article in memory.
 */
export function ownString(slice: string): string {
  return slice.length < 13 ? slice : (' ' + slice).slice(1);
}
