/**
 * Timing with warm-up and repetitions: the first (cold) run is kept apart (it pays for lazy index
 * builds and plan caches), then warm-up runs, then timed samples until enough of them or the time
 * budget; medians and 95th percentiles of the samples are reported. A sample is one pass over the
 * `cycle` parameter sets (so every contender is timed on the same mix of inputs), repeated when calls
 * are much shorter than a millisecond so the clock's resolution does not swamp them; its value is the
 * mean time per call.
 */
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
  /** Stop adding samples past this much measuring time (after minRuns). */
  budgetMs?: number;
  /** Target length of one sample (ms), for batching short calls. */
  sampleMs?: number;
  /** Parameter sets `run` cycles through: a sample covers all of them. */
  cycle?: number;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

/** Times `run(i)` (i counts calls, for cycling parameters); a returned promise is awaited inside the timing. */
export async function measure(run: (i: number) => unknown, options: MeasureOptions = {}): Promise<Timing> {
  const { warmup = 5, minRuns = 15, maxRuns = 200, budgetMs = 4000, sampleMs = 2, cycle = 1 } = options;
  (globalThis as { gc?: () => void }).gc?.();
  let call = 0;
  const sample = async (batch: number) => {
    const started = performance.now();
    for (let k = 0; k < batch; k++) {
      const value = run(call++);
      if (value instanceof Promise) await value;
    }
    return (performance.now() - started) / batch;
  };
  const firstMs = await sample(1);
  call = 0;
  const warm: number[] = [];
  for (let i = 0; i < warmup; i++) warm.push(await sample(cycle));
  warm.sort((a, b) => a - b);
  const batch = cycle * Math.max(1, Math.min(10_000, Math.floor(sampleMs / (cycle * Math.max(quantile(warm, 0.5), 1e-5)))));
  const times: number[] = [];
  const started = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - started < budgetMs)) times.push(await sample(batch));
  times.sort((a, b) => a - b);
  return { firstMs, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), runs: times.length, batch };
}
