/**
 * A worker thread that answers one request at a time, under a watchdog: if an answer does not come
 * within its budget (an engine stuck in a loop that never checks its deadline), the thread is
 * terminated, the call fails with HangError, and the next call starts a fresh thread. So a hanging
 * query is a failure of that query, never a hang of the harness. Memory is capped the same way.
 */
import { Worker } from 'node:worker_threads';

export class HangError extends Error {
  override name = 'HangError';
}

export class WorkerCrashError extends Error {
  override name = 'WorkerCrashError';
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export interface GuardedWorkerOptions {
  /** Extra time allowed to the first call of a fresh thread (loading TypeScript and the engine). */
  startupMs?: number;
  /** Heap cap of the thread (MB); exceeding it fails the call instead of exhausting the machine. */
  maxHeapMb?: number;
}

const BOOT = new URL('./worker-boot.mjs', import.meta.url);

export class GuardedWorker {
  private worker: Worker | undefined;
  private fresh = true;
  private pending: Pending | undefined;
  private nextId = 0;

  /** `entry`: a module that calls serveRequests(); `init` reaches it as workerData.init. */
  constructor(
    private readonly entry: URL,
    private readonly init: unknown,
    private readonly options: GuardedWorkerOptions = {},
  ) {}

  private start(): Worker {
    const worker = new Worker(BOOT, {
      workerData: { entry: this.entry.href, init: this.init },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 1024 },
      stdout: false,
      stderr: false,
    });
    worker.on('message', (message: { id: number; ok: boolean; value?: unknown; error?: { name: string; message: string; stack?: string } }) => {
      const pending = this.pending;
      if (!pending || message.id !== this.nextId) return;
      this.pending = undefined;
      clearTimeout(pending.timer);
      this.fresh = false;
      if (message.ok) pending.resolve(message.value);
      else pending.reject(Object.assign(new WorkerCrashError(`${message.error!.name}: ${message.error!.message}`), { stack: message.error!.stack }));
    });
    const onDeath = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const pending = this.pending;
      this.pending = undefined;
      if (pending) {
        clearTimeout(pending.timer);
        pending.reject(new WorkerCrashError(`the worker died: ${error.message}`));
      }
    };
    worker.on('error', onDeath);
    worker.on('exit', (code) => onDeath(new Error(`exit code ${code}`)));
    worker.unref();
    this.fresh = true;
    return worker;
  }

  /** Sends `payload`; resolves with the answer, or rejects (HangError past `budgetMs`, WorkerCrashError). */
  call<T>(payload: unknown, budgetMs: number): Promise<T> {
    if (this.pending) return Promise.reject(new Error('tck/worker: one call at a time'));
    const worker = (this.worker ??= this.start());
    const allowed = budgetMs + (this.fresh ? (this.options.startupMs ?? 20_000) : 0);
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        this.worker = undefined;
        void worker.terminate();
        reject(new HangError(`no answer within ${allowed} ms`));
      }, allowed);
      this.pending = { resolve: resolve as (v: unknown) => void, reject, timer };
      worker.postMessage({ id, payload });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}
