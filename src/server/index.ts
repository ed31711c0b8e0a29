export { startServer, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_ROWS, DEFAULT_QUERY_TIMEOUT_MS } from './start-server.ts';
export type { ServerOptions, RunningServer } from './start-server.ts';
export { openBrowser } from './open-browser.ts';
export { defaultViewerDir } from './viewer-dir.ts';
