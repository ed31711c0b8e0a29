/**
 * Runs one TCK scenario in this thread against an engine: builds the initial graph, runs the setup
 * and the query with the per-query time budget, and checks every `Then`/`And` step (results, errors,
 * side effects). Nothing here knows particular scenarios: every feature, including TCK folders we do
 * not have, goes through the same step semantics.
 */
import { createGraph } from '../../../src/graph/create-graph.ts';
import type { KnowledgeGraph } from '../../../src/graph/types.ts';
import { compareResults, type ResultTable } from './compare-results.ts';
import { describeEngineError, elideSpecifics, engineErrorSignature } from './describe-error.ts';
import type { EngineError, EngineResult, TckEngine } from './engine.ts';
import { firstLine, matchError } from './match-error.ts';
import { namedGraphStatements } from './named-graphs.ts';
import { toParameter } from './parameter-value.ts';
import { parseStep } from './parse-step.ts';
import { parseTckValue } from './parse-value.ts';
import { tableProcedure } from './procedure-step.ts';
import type { FailureReason, ScenarioResult, TckScenario } from './scenario.ts';
import { describeSideEffects, diffSnapshots, noSideEffects, parseSideEffectsTable, sameSideEffects, snapshotGraph, type GraphSnapshot, type SideEffects } from './side-effects.ts';

export interface RunOptions {
  /** Time budget of each query (QueryOptions.timeoutMs). */
  timeoutMs: number;
  /** Row cap of each query (QueryOptions.maxRows). */
  maxRows: number;
}

export const DEFAULT_RUN_OPTIONS: RunOptions = { timeoutMs: 5000, maxRows: 100_000 };

/** Stops the scenario with a reason; thrown inside runScenario only. */
class ScenarioFailure extends Error {
  constructor(readonly reason: FailureReason) {
    super(reason.message);
  }
}

function fail(category: string, message: string, signature: string = category): never {
  throw new ScenarioFailure({ category, signature, message });
}

type Outcome = { result: EngineResult; error?: undefined } | { error: EngineError; result?: undefined };

interface State {
  graph: KnowledgeGraph;
  params: Record<string, unknown>;
  /** Outcome of the last `executing query` / `executing control query`. */
  outcome?: Outcome;
  query?: string;
  /** The graph before the last `executing query`, for side effects. */
  before?: GraphSnapshot;
}

function parseExpected(cell: string, where: string): ReturnType<typeof parseTckValue> {
  try {
    return parseTckValue(cell);
  } catch (error) {
    return fail('unreadable feature value', `${where}: ${(error as Error).message}`);
  }
}

/** Runs a query; CypherErrors come back as outcomes, anything else fails the scenario as a crash. */
async function execute(engine: TckEngine, state: State, query: string, options: RunOptions, params: Record<string, unknown>): Promise<Outcome> {
  try {
    const result = await engine.runCypher(state.graph, query, { params, timeoutMs: options.timeoutMs, maxRows: options.maxRows });
    return { result };
  } catch (error) {
    if (!engine.isCypherError(error)) {
      const e = error instanceof Error ? error : new Error(String(error));
      return fail('crash', `not a CypherError: ${e.name}: ${e.message}\n    query: ${oneLine(query)}\n${e.stack ?? ''}`, `crash: ${e.name}: ${elideSpecifics(e.message)}`);
    }
    if (error.kind === 'timeout' || error.kind === 'row-limit' || error.kind === 'cancelled') {
      return fail(error.kind === 'timeout' ? 'timeout' : error.kind, `${describeEngineError(error)}\n    query: ${oneLine(query)}`);
    }
    return { error };
  }
}

function oneLine(query: string): string {
  return query.replace(/\s*\n\s*/g, ' ').trim();
}

/** The last query's result, or a failure saying it raised an error instead. */
function requireResult(state: State): EngineResult {
  if (!state.outcome) return fail('bad feature', 'a result is checked before any query ran');
  if (state.outcome.error) {
    const e = state.outcome.error;
    return fail('unexpected error', `${describeEngineError(e)}\n    query: ${oneLine(state.query ?? '')}`, `unexpected error: ${engineErrorSignature(e)}`);
  }
  return state.outcome.result;
}

function actualTable(engine: TckEngine, result: EngineResult): ResultTable {
  const rows = result.rows.map((row) =>
    row.map((cell) => {
      let text: string;
      try {
        text = engine.formatValue(cell);
      } catch (error) {
        return fail('unreadable result value', `formatValue threw ${(error as Error).message}`, 'formatValue threw');
      }
      try {
        return parseTckValue(text);
      } catch (error) {
        return fail('unreadable result value', `formatValue gave text outside the TCK notation: ${(error as Error).message}`, 'formatValue output is not TCK notation');
      }
    }),
  );
  return { columns: [...result.columns], rows };
}

function checkSideEffects(state: State, expected: SideEffects): void {
  if (!state.before) return fail('bad feature', 'side effects are checked before any query ran');
  const actual = diffSnapshots(state.before, snapshotGraph(state.graph));
  if (!sameSideEffects(actual, expected)) {
    fail('side effects differ', `side effects: expected ${describeSideEffects(expected)}, got ${describeSideEffects(actual)}`);
  }
}

export async function runScenario(scenario: TckScenario, engine: TckEngine, options: RunOptions = DEFAULT_RUN_OPTIONS): Promise<ScenarioResult> {
  const started = performance.now();
  const notes: string[] = [];
  const done = (status: ScenarioResult['status'], reason?: FailureReason): ScenarioResult => ({
    key: scenario.key,
    folder: scenario.folder,
    status,
    ...(reason ? { reason } : {}),
    notes,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
  });
  if (scenario.tags.includes('@ignore')) return done('skipped');
  const state: State = { graph: createGraph(), params: {} };
  // Procedures a scenario defines are removed when it ends.
  const removals: (() => void)[] = [];
  try {
    for (const step of scenario.steps) {
      const action = parseStep(step);
      switch (action.kind) {
        case 'empty-graph':
        case 'any-graph':
          state.graph = createGraph();
          break;
        case 'named-graph': {
          state.graph = createGraph();
          let statements: string[];
          try {
            statements = namedGraphStatements(scenario.graphsDir, action.name);
          } catch (error) {
            fail('unsupported step', `the ${action.name} graph: ${(error as Error).message}`);
          }
          for (const statement of statements) {
            const outcome = await execute(engine, state, statement, options, {});
            if (outcome.error) fail('setup failed', `building the ${action.name} graph: ${describeEngineError(outcome.error)}`, `setup failed: ${engineErrorSignature(outcome.error)}`);
          }
          break;
        }
        case 'setup': {
          const outcome = await execute(engine, state, action.query, options, {});
          if (outcome.error) {
            fail('setup failed', `${describeEngineError(outcome.error)}\n    setup query: ${oneLine(action.query)}`, `setup failed: ${engineErrorSignature(outcome.error)}`);
          }
          break;
        }
        case 'parameters':
          for (const row of action.table) {
            if (row.length !== 2) fail('bad feature', `parameters table rows need 2 cells (line ${step.line})`);
            try {
              state.params[row[0]!.trim()] = toParameter(parseExpected(row[1]!, `parameter ${row[0]}`));
            } catch (error) {
              if (error instanceof ScenarioFailure) throw error;
              fail('unsupported step', (error as Error).message);
            }
          }
          break;
        case 'query':
          if (!action.control) state.before = snapshotGraph(state.graph);
          state.query = action.query;
          state.outcome = await execute(engine, state, action.query, options, state.params);
          break;
        case 'expect-result': {
          const result = requireResult(state);
          const [header = [], ...cells] = action.table;
          const expected: ResultTable = {
            columns: header,
            rows: cells.map((row, r) => row.map((cell, c) => parseExpected(cell, `expected row ${r + 1}, column ${header[c]}`))),
          };
          const mismatch = compareResults(expected, actualTable(engine, result), { ordered: action.ordered, unorderedLists: action.unorderedLists });
          if (mismatch) throw new ScenarioFailure({ ...mismatch, message: `${mismatch.message}\n    query: ${oneLine(state.query ?? '')}` });
          break;
        }
        case 'expect-empty': {
          const result = requireResult(state);
          if (result.rows.length > 0) {
            const table = actualTable(engine, result);
            const mismatch = compareResults({ columns: table.columns, rows: [] }, table, { ordered: false, unorderedLists: false });
            fail('wrong result', `expected no rows, got ${result.rows.length}\n${mismatch?.message ?? ''}`);
          }
          break;
        }
        case 'expect-error': {
          const outcome = state.outcome;
          if (!outcome) fail('bad feature', 'an error is expected before any query ran');
          const want = `${action.expected.type}: ${action.expected.detail}`;
          if (!outcome.error) {
            fail('error not raised', `expected ${want} at ${action.expected.phase}, but the query returned ${outcome.result.rows.length} row(s)\n    query: ${oneLine(state.query ?? '')}`, `error not raised: ${want}`);
          }
          const verdict = matchError(action.expected, outcome.error);
          notes.push(...verdict.notes);
          if (verdict.failure) throw new ScenarioFailure({ ...verdict.failure, message: `${verdict.failure.message}\n    query: ${oneLine(state.query ?? '')}` });
          // README.adoc: a query that raises an error leaves no side effects.
          if (state.before) {
            const effects = diffSnapshots(state.before, snapshotGraph(state.graph));
            if (!sameSideEffects(effects, noSideEffects())) fail('side effects after error', `the query raised ${want} but changed the graph: ${describeSideEffects(effects)}`);
          }
          break;
        }
        case 'side-effects': {
          requireResult(state);
          let expected: SideEffects;
          try {
            expected = parseSideEffectsTable(action.table);
          } catch (error) {
            fail('bad feature', (error as Error).message);
          }
          checkSideEffects(state, expected);
          break;
        }
        case 'no-side-effects':
          requireResult(state);
          checkSideEffects(state, noSideEffects());
          break;
        case 'procedure': {
          if (!engine.registerProcedure) fail('unsupported step', `the engine does not export registerProcedure (line ${step.line})`, 'unsupported step: procedures');
          let procedure;
          try {
            procedure = tableProcedure(action.signature, action.table);
          } catch (error) {
            fail('bad feature', (error as Error).message);
          }
          removals.push(engine.registerProcedure(procedure));
          break;
        }
        case 'unsupported':
          fail('unsupported step', action.reason, `unsupported step: ${firstLine(action.reason).replace(/ \(line \d+\)/, '')}`);
      }
    }
    // A query whose error no step expected still fails the scenario.
    if (state.outcome?.error && !scenario.steps.some((s) => parseStep(s).kind === 'expect-error')) requireResult(state);
    return done('passed');
  } catch (error) {
    if (error instanceof ScenarioFailure) return done('failed', error.reason);
    const e = error as Error;
    return done('failed', { category: 'harness error', signature: `harness error: ${e.message}`, message: e.stack ?? String(e) });
  } finally {
    for (const remove of removals) remove();
  }
}
