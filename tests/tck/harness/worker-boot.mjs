// Entry of every harness worker thread. A worker does not inherit the TypeScript loader of its parent
// (tsx under `npm run tck`, vite under vitest), so it registers tsx itself, then imports the real entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
