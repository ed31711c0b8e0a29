/**
 * The main thread's handle on the query worker: typed requests answered by promises, cancellation through
 * the shared flag, and a hard stop (terminate) for a query that does not answer its cancellation.
 */
import { Worker } from 'node:worker_threads';
import { KgError } from '../util/errors.ts';
import type { CallName, RequestMessage, ResponseMessage, WorkerCalls, WorkerSetup } from './worker-protocol.ts';

/** A request the worker answered with an error meant for the user (a CypherError's text, a KgError's). */
export class WorkerRequestError extends Error {
  constructor(
    message: string,
    readonly kind?: string,
  ) {
    super(message);
    this.name = 'WorkerRequestError';
  }
}

interface Pending {
  resolve: (reply: unknown) => void;
  reject: (error: Error) => void;
}

// Compiled, this file is dist/repl/*.js beside query-worker.js; run from source (tsx), both are .ts.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './query-worker.ts' : './query-worker.js', import.meta.url);

export class QueryWorkerClient {
  private worker: Worker;
  private readonly cancelFlag = new Int32Array(new SharedArrayBuffer(4));
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped = false;

  constructor(private readonly onProgress?: (done: number, total: number) => void) {
    const setup: WorkerSetup = { cancelFlag: this.cancelFlag };
    this.worker = new Worker(WORKER_URL, { workerData: setup });
    this.worker.on('message', (message: ResponseMessage) => this.receive(message));
    this.worker.on('error', (error: Error) => this.failAll(new KgError(`repl: the query worker failed: ${error.message}`)));
    this.worker.on('exit', (code) => {
      this.stopped = true;
      this.failAll(new KgError(`repl: the query worker stopped (exit code ${code})`));
    });
  }

  /** True while a request is in flight. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  get alive(): boolean {
    return !this.stopped;
  }

  call<K extends CallName>(call: K, request: WorkerCalls[K]['request']): Promise<WorkerCalls[K]['reply']> {
    if (this.stopped) return Promise.reject(new KgError('repl: the query worker has stopped'));
    const id = this.nextId++;
    Atomics.store(this.cancelFlag, 0, 0);
    const message: RequestMessage<K> = { id, call, request };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (reply: unknown) => void, reject });
      this.worker.postMessage(message);
    });
  }

  /** Asks the running query to stop; the engine notices at its next check and fails with kind 'cancelled'. */
  cancel(): void {
    Atomics.store(this.cancelFlag, 0, 1);
  }

  /** Stops the worker at once (and with it the graph it holds). */
  async terminate(): Promise<void> {
    this.stopped = true;
    await this.worker.terminate();
  }

  private receive(message: ResponseMessage): void {
    if ('progress' in message) {
      this.onProgress?.(message.progress.done, message.progress.total);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.ok) pending.resolve(message.reply);
    else pending.reject(new WorkerRequestError(message.failure.message, message.failure.kind));
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
