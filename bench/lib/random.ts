/**
 * Seeded randomness for the synthetic graph: the same seed gives the same graph, byte for byte, on
 * every machine (sfc32: small, fast, good enough statistically for data generation).
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ (seed * 31);
  let c = 0xb7e15162;
  let d = seed | 0;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return next;
}

export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[randomInt(random, items.length)]!;
}

/** Fisher–Yates, in place. */
export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Picks among n items with a heavy head, like who appears in the news: rank = n·u^skew, so with
 * skew 2 the top 1 % of items take 10 % of the picks and the first one about 1/√n of them. Ranks map
 * to items through `order` (a shuffled permutation), so hubs are not simply the first ids.
 */
export function skewedPicker(random: Random, order: Int32Array, skew: number): () => number {
  const n = order.length;
  return () => order[Math.min(n - 1, Math.floor(n * Math.pow(random(), skew)))]!;
}

export function permutation(random: Random, n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}
