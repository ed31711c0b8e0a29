/**
 * Timing with warm-up and repetitions. The first (cold) run is kept apart (it pays for lazy index
 * builds and plan caches). Contenders are then sampled in turns, one sample each per round, in a new
 * (seeded) order every round, so that a burst of load on a shared machine (or the aftermath of
 * another contender's work) falls on all of them alike rather than on whoever ran at the time.
 * A sample is one pass over the `cycle` parameter sets (every contender is timed on the same mix of
 * inputs), repeated when calls are much shorter than a millisecond so the clock's resolution does not
 * swamp them; its value is the mean time per call. Medians and 95th percentiles are reported.
 */
import { seededRandom, type Random } from './random.ts';

export interface Timing {
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  /** Timed samples, and calls per sample. */
  runs: number;
  batch: number;
}

export interface MeasureOptions {
  warmup?: number;
  minRuns?: number;
  maxRuns?: number;
  /** Stop adding rounds past this much measuring time per contender (after minRuns). */
  budgetMs?: number;
  /** Target length of one sample (ms), for batching short calls. */
  sampleMs?: number;
  /** Parameter sets each run cycles through: a sample covers all of them. */
  cycle?: number;
}

type Run = (i: number) => unknown;

/** Fisher–Yates, in place. */
function shuffle<T>(items: T[], random: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

class Contender {
  private call = 0;
  batch = 1;
  firstMs = NaN;
  readonly times: number[] = [];
  constructor(readonly run: Run) {}

  /** Mean time per call over `calls` calls; a returned promise is awaited inside the timing. */
  async sample(calls: number): Promise<number> {
    const started = performance.now();
    for (let k = 0; k < calls; k++) {
      const value = this.run(this.call++);
      if (value instanceof Promise) await value;
    }
    return (performance.now() - started) / calls;
  }
}

/** Times each contender's `run(i)` (i counts its calls, for cycling parameters), interleaved. */
export async function measureAll(runs: Map<string, Run>, options: MeasureOptions = {}): Promise<Map<string, Timing>> {
  const { warmup = 5, minRuns = 15, maxRuns = 200, budgetMs = 4000, sampleMs = 2, cycle = 1 } = options;
  const contenders = new Map([...runs].map(([label, run]) => [label, new Contender(run)]));
  (globalThis as { gc?: () => void }).gc?.();
  for (const c of contenders.values()) {
    c.firstMs = await c.sample(1);
    const warm: number[] = [];
    for (let i = 0; i < warmup; i++) warm.push(await c.sample(cycle));
    warm.sort((a, b) => a - b);
    c.batch = cycle * Math.max(1, Math.min(10_000, Math.floor(sampleMs / (cycle * Math.max(quantile(warm, 0.5), 1e-5)))));
  }
  const started = performance.now();
  const budget = budgetMs * contenders.size;
  const order = [...contenders.values()];
  const random = seededRandom(0x5eed);
  for (let round = 0; round < maxRuns && (round < minRuns || performance.now() - started < budget); round++) {
    // A new order every round (seeded, so runs compare): whoever runs right after another's work
    // (Kuzu's threads winding down, a collection of its garbage) is not always the same one. A
    // rotation would not do: it keeps each contender's successor, so one would always follow Kuzu.
    shuffle(order, random);
    for (const c of order) c.times.push(await c.sample(c.batch));
  }
  const timings = new Map<string, Timing>();
  for (const [label, c] of contenders) {
    const sorted = [...c.times].sort((a, b) => a - b);
    timings.set(label, { firstMs: c.firstMs, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95), runs: sorted.length, batch: c.batch });
  }
  return timings;
}
