/**
 * The REPL's query worker: owns the graph (a GraphSession) and answers the main thread's requests one at
 * a time. A running query is cancelled through the shared flag, which the engine polls (isCancelled).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { GraphSession } from './graph-session.ts';
import type { CallName, RequestMessage, ResponseMessage, WorkerCalls, WorkerFailure, WorkerSetup } from './worker-protocol.ts';

const { cancelFlag } = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('repl/query-worker: must run as a worker thread');

const session = new GraphSession({
  isCancelled: () => Atomics.load(cancelFlag, 0) === 1,
  onProgress: (done, total) => send({ id: -1, progress: { done, total } }),
});

function send(message: ResponseMessage): void {
  port!.postMessage(message);
}

type Handlers = { [K in CallName]: (request: WorkerCalls[K]['request']) => WorkerCalls[K]['reply'] | Promise<WorkerCalls[K]['reply']> };

const handlers: Handlers = {
  open: async (r) => {
    const opened = await session.open(r.path, r.buildFrom);
    // While the user reads the banner: compile the engine's first query, so the user's is not the slow one.
    setImmediate(() => session.warmUp());
    return opened;
  },
  query: (r) => session.query(r),
  explain: (r) => session.explain(r.text, r.params),
  evaluate: (r) => session.evaluate(r.expression, r.params),
  schema: () => session.schema(),
  functions: () => session.functions(),
  why: (r) => session.why(r.limit, r.color, r.width),
  export: (r) => session.export(r.format, r.output),
  view: () => session.view(),
  close: async () => {
    await session.close();
    return null;
  },
};

/** A user-facing message: a CypherError's positioned text, a KgError's message; anything else is a bug of ours. */
function failure(error: unknown): WorkerFailure {
  if (error instanceof Error && 'userMessage' in error && typeof error.userMessage === 'string') {
    return { message: error.userMessage, kind: 'kind' in error ? String(error.kind) : undefined };
  }
  if (error instanceof Error && error.name === 'KgError') return { message: error.message };
  const detail = error instanceof Error ? (process.env.KG_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
  return { message: `repl: internal error: ${detail}`, kind: 'internal' };
}

// Requests are handled strictly in order: a query never overlaps another. The main thread clears the
// cancel flag before each request (clearing it here could swallow a Ctrl-C pressed in between).
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: RequestMessage) => {
  queue = queue.then(async () => {
    try {
      send({ id: message.id, ok: true, reply: await handlers[message.call](message.request as never) });
    } catch (error) {
      send({ id: message.id, ok: false, failure: failure(error) });
    }
  });
});
