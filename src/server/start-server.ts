/**
 * The viewer's HTTP server: Node's `http`, the JSON API and the built page, on 127.0.0.1 unless
 * told otherwise. Queries run in this process against the graph given, under a time budget and a
 * row cap; write clauses are refused unless `allowWrite` (and then change the graph in memory only).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import type { KnowledgeGraph } from '../graph/types.ts';
import { KgError } from '../util/errors.ts';
import { GraphEndpoint } from './api-graph.ts';
import { createRequestHandler } from './handle-request.ts';
import { StaticFiles } from './serve-static.ts';
import { defaultViewerDir } from './viewer-dir.ts';

export interface ServerOptions {
  graph: KnowledgeGraph;
  /** The file the graph was read from; its name titles the page. */
  graphPath?: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (the default) takes any free port. */
  port?: number;
  allowWrite?: boolean;
  /** Folder of the built viewer; default dist/viewer of this package. */
  viewerDir?: string;
  /** Time budget of one query (default 10 s): the server answers nothing else while a query runs. */
  queryTimeoutMs?: number;
  /** Row cap of one query, on the result and on intermediate rows (default 100,000). */
  maxRows?: number;
  /** Largest accepted request body (default 1 MiB). */
  maxBodyBytes?: number;
  /** Where server-side failures are reported (default stderr). */
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_ROWS = 100_000;
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const graphEndpoint = new GraphEndpoint(options.graph, {
    source: options.graphPath ? basename(options.graphPath) : null,
    allowWrite: options.allowWrite ?? false,
  });
  const log = options.log ?? ((message: string) => console.error(message));
  const server = createServer(
    createRequestHandler({
      graph: options.graph,
      graphEndpoint,
      staticFiles: new StaticFiles(options.viewerDir ?? defaultViewerDir()),
      limits: {
        allowWrite: options.allowWrite ?? false,
        timeoutMs: options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
        maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
        maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      },
      host,
      log,
    }),
  );
  // Malformed HTTP (bad request line, oversized headers): answer 400 and drop that connection only.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  await listen(server, host, options.port ?? 0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${urlHost(host)}:${port}/`,
    close: () => {
      graphEndpoint.close();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.removeListener('listening', onListening);
      if (error.code === 'EADDRINUSE') reject(new KgError(`server: port ${port} on ${host} is already in use`, { cause: error }));
      else if (error.code === 'EACCES') reject(new KgError(`server: not allowed to listen on ${host}:${port}`, { cause: error }));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
        reject(new KgError(`server: cannot listen on ${host}: no such local address`, { cause: error }));
      else reject(error);
    };
    const onListening = (): void => {
      server.removeListener('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** The host as it appears in a URL a browser can open. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
