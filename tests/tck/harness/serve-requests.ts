/** The worker side of GuardedWorker: answers each request with the handler's value or its error. */
import { parentPort, workerData } from 'node:worker_threads';

export function workerInit<T>(): T {
  return (workerData as { init: T }).init;
}

export function serveRequests(handler: (payload: never) => unknown): void {
  const port = parentPort;
  if (!port) throw new Error('tck/worker: serveRequests runs in a worker thread only');
  port.on('message', async ({ id, payload }: { id: number; payload: never }) => {
    try {
      port.postMessage({ id, ok: true, value: await handler(payload) });
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ id, ok: false, error: { name: e.name, message: e.message, stack: e.stack } });
    }
  });
}
