/**
 * Worker thread entry of the fuzz tests: runs one query on a fresh small graph with the fuzz budget and
 * reports how it ended, checking on the way what users rely on: a CypherError carries a known kind, a
 * TCK type and a message without a stack; result values format and convert without throwing.
 */
import { buildFuzzGraph } from './fuzz-graph.ts';
import { serveRequests, workerInit } from '../tck/harness/serve-requests.ts';

export interface FuzzRequest {
  text: string;
  params: Record<string, unknown>;
}

export interface FuzzOutcome {
  outcome: 'result' | 'cypher-error' | 'other-error';
  kind?: string;
  detail: string;
  elapsedMs: number;
  /** A broken promise other than the outcome itself (e.g. a CypherError without a message). */
  problem?: string;
}

interface Engine {
  runCypher(graph: unknown, text: string, options: object): { columns: string[]; rows: unknown[][] };
  formatValue(v: unknown): string;
  toPlain(v: unknown): unknown;
  CypherError: new (...args: never[]) => Error & { kind: string; tckType: string; userMessage: string; position?: { offset: number; line: number; column: number } };
}

const KINDS = new Set(['syntax', 'semantic', 'runtime', 'timeout', 'row-limit', 'forbidden', 'cancelled']);
const init = workerInit<{ engineModule: string; timeoutMs: number; maxRows: number }>();
const engine = import(init.engineModule) as Promise<Engine>;

function errorProblem(error: InstanceType<Engine['CypherError']>, text: string): string | undefined {
  if (!KINDS.has(error.kind)) return `unknown kind ${JSON.stringify(error.kind)}`;
  if (typeof error.tckType !== 'string' || error.tckType === '') return 'no tckType';
  if (typeof error.userMessage !== 'string' || error.userMessage.trim() === '') return 'empty userMessage';
  if (/\n\s+at .+:\d+:\d+\)?$/m.test(error.userMessage)) return 'stack trace in userMessage';
  const p = error.position;
  if (p && !(p.line >= 1 && p.column >= 1 && p.offset >= 0 && p.offset <= text.length)) return `position out of the query: ${JSON.stringify(p)}`;
  return undefined;
}

serveRequests(async ({ text, params }: FuzzRequest): Promise<FuzzOutcome> => {
  const { runCypher, formatValue, toPlain, CypherError } = await engine;
  const graph = buildFuzzGraph();
  const started = performance.now();
  try {
    const result = runCypher(graph, text, { params, timeoutMs: init.timeoutMs, maxRows: init.maxRows });
    const elapsedMs = performance.now() - started;
    try {
      for (const row of result.rows) for (const value of row) JSON.stringify(toPlain(value)) + formatValue(value);
    } catch (error) {
      return { outcome: 'other-error', detail: `formatting a result value threw ${(error as Error).stack}`, elapsedMs };
    }
    return { outcome: 'result', detail: `${result.rows.length} rows`, elapsedMs };
  } catch (error) {
    const elapsedMs = performance.now() - started;
    if (error instanceof CypherError) {
      const problem = errorProblem(error, text);
      return { outcome: 'cypher-error', kind: error.kind, detail: `${error.kind}: ${error.message.split('\n', 1)[0]}`, elapsedMs, ...(problem ? { problem } : {}) };
    }
    const e = error instanceof Error ? error : new Error(String(error));
    return { outcome: 'other-error', detail: e.stack ?? `${e.name}: ${e.message}`, elapsedMs };
  }
});
