/**
 * A function of a string, memoised: names and titles repeat across articles. Bounded, so that a long
 * build starts over rather than grow without end.
 */
export function boundedMemo<T>(fn: (s: string) => T, max = 100_000): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    const known = memo.get(s);
    // One lookup, a second only for a memoised undefined.
    if (known !== undefined || memo.has(s)) return known as T;
    const value = fn(s);
    if (memo.size >= max) memo.clear();
    memo.set(s, value);
    return value;
  };
}
