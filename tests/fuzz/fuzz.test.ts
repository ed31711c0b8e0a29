/**
 * Fuzzing the query engine through its public API: random queries from a small Cypher grammar, mutated
 * valid queries (the TCK's and ours) and extreme nesting, each run on a small news graph with a 200 ms
 * budget and a row cap, in a guarded worker thread. Every input must end in a result or a CypherError
 * (with a kind, a TCK type and a message without a stack) within the budget plus a margin; anything
 * else (another exception, a stack overflow escaping, a hang) fails the property, and fast-check shrinks
 * the input to a small reproduction. Well-scoped random queries are valid Cypher by construction, so a
 * syntax error on one of them fails too.
 *
 * FUZZ_RUNS=n runs n inputs per property (default 150, so the suite stays well under 30 s); FUZZ_SEED=n changes the (fixed by default) seed.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_MODULE } from '../tck/harness/engine.ts';
import { GuardedWorker } from '../tck/harness/guarded-worker.ts';
import { queryParams, wildQuery } from './cypher-arbitraries.ts';
import { deepQuery, mutatedQuery } from './mutate-query.ts';
import type { FuzzOutcome, FuzzRequest } from './query-worker.ts';
import { scopedQuery } from './scoped-query.ts';
import { seedQueries } from './seed-queries.ts';

const BUDGET_MS = 200;
// A loaded two-core machine can be slow to schedule the worker: the margin is generous on purpose.
const MARGIN_MS = 3000;
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20260106);

const worker = new GuardedWorker(new URL('./query-worker.ts', import.meta.url), { engineModule: DEFAULT_ENGINE_MODULE, timeoutMs: BUDGET_MS, maxRows: 10_000 }, { maxHeapMb: 1024 });
afterAll(() => worker.close());

/**
 * Runs one input; resolves to null when it ended well, else to what went wrong. `wellFormed` inputs
 * are valid Cypher by construction: a syntax error on one of them is a parser bug.
 */
async function verdict(
  request: FuzzRequest,
  on: GuardedWorker = worker,
  seen?: (outcome: FuzzOutcome) => void,
  wellFormed = false,
  marginMs = MARGIN_MS,
): Promise<string | null> {
  let outcome: FuzzOutcome;
  try {
    outcome = await on.call<FuzzOutcome>(request, BUDGET_MS + marginMs);
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  seen?.(outcome);
  if (outcome.outcome === 'other-error') return `not a CypherError: ${outcome.detail}`;
  if (outcome.problem) return `bad CypherError (${outcome.problem}): ${outcome.detail}`;
  if (wellFormed && outcome.kind === 'syntax') return `valid Cypher rejected as a syntax error: ${outcome.detail}`;
  if (outcome.elapsedMs > BUDGET_MS + marginMs) return `took ${Math.round(outcome.elapsedMs)} ms, budget ${BUDGET_MS} ms: ${outcome.detail}`;
  return null;
}

/** How the inputs ended, per property: shows whether the generators reach execution or stop at parsing. */
const endings = new Map<string, Map<string, number>>();
let current = '';

async function check(request: FuzzRequest, wellFormed = false): Promise<void> {
  const problem = await verdict(request, worker, (outcome) => {
    const counts = endings.get(current) ?? new Map<string, number>();
    const key = outcome.outcome === 'cypher-error' ? `${outcome.kind} error` : outcome.outcome;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    endings.set(current, counts);
  }, wellFormed);
  expect(problem, `query: ${request.text.slice(0, 500)}`).toBeNull();
}

afterAll(() => {
  for (const [property, counts] of endings) console.log(`fuzz ${property}: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}`);
});

describe('fuzzing the engine (every input ends in a result or a CypherError, in time)', { timeout: 600_000 }, () => {
  it('well-scoped random queries: valid Cypher, so never a syntax error', async () => {
    current = 'well-scoped queries';
    await fc.assert(
      fc.asyncProperty(scopedQuery, queryParams, (text, params) => check({ text, params }, true)),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('free-form random queries from the grammar', async () => {
    current = 'free-form queries';
    await fc.assert(
      fc.asyncProperty(wildQuery, queryParams, (text, params) => check({ text, params })),
      { numRuns: Math.round(RUNS / 2), seed: SEED },
    );
  });

  it('mutated valid queries', async () => {
    current = 'mutated queries';
    const seeds = seedQueries();
    expect(seeds.length).toBeGreaterThan(500);
    await fc.assert(
      fc.asyncProperty(mutatedQuery(seeds), queryParams, (text, params) => check({ text, params })),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('very deep nesting and very long expressions', async () => {
    current = 'deep nesting';
    await fc.assert(
      fc.asyncProperty(deepQuery, (text) => check({ text, params: {} })),
      { numRuns: Math.max(16, Math.round(RUNS / 10)), seed: SEED },
    );
  });

  it('fails what it must: another exception, a hang (checked on a deliberately broken fake engine)', async () => {
    const fake = new GuardedWorker(
      new URL('./query-worker.ts', import.meta.url),
      { engineModule: new URL('../tck/harness/fake-engine.ts', import.meta.url).href, timeoutMs: BUDGET_MS, maxRows: 10 },
    );
    try {
      expect(await verdict({ text: 'RETURN 1 AS x', params: {} }, fake)).toBeNull();
      expect(await verdict({ text: 'FAIL SyntaxError InvalidToken syntax', params: {} }, fake)).toBeNull();
      expect(await verdict({ text: 'FAIL SyntaxError InvalidToken no-such-kind', params: {} }, fake)).toMatch(/^bad CypherError \(unknown kind/);
      expect(await verdict({ text: 'BOOM', params: {} }, fake)).toMatch(/^not a CypherError: TypeError/);
      expect(await verdict({ text: 'HANG', params: {} }, fake, undefined, false, 300)).toMatch(/^HangError: no answer within/);
      // The worker was replaced after the hang: the next input runs normally.
      expect(await verdict({ text: 'RETURN 2 AS x', params: {} }, fake)).toBeNull();
    } finally {
      await fake.close();
    }
  });
});
