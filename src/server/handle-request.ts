/**
 * The routes: the JSON API under /api/, the built viewer everywhere else.
 * Every failure becomes a JSON error with its status; an unexpected one is a 500 and the server
 * goes on serving.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KnowledgeGraph } from '../graph/types.ts';
import type { GraphEndpoint } from './api-graph.ts';
import { handleQuery, type QueryLimits } from './api-query.ts';
import { hostHeaderAllowed } from './host-check.ts';
import { HttpError } from './http-error.ts';
import { sendError } from './send.ts';
import type { StaticFiles } from './serve-static.ts';

export interface RequestContext {
  graph: KnowledgeGraph;
  graphEndpoint: GraphEndpoint;
  staticFiles: StaticFiles;
  limits: QueryLimits;
  host: string;
  log: (message: string) => void;
}

export function createRequestHandler(context: RequestContext): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(context, req, res).catch((error: unknown) => {
      if (error instanceof HttpError) {
        sendError(req, res, error.status, error.message, error.body, error.headers);
        return;
      }
      context.log(`server: internal error on ${req.method} ${req.url}: ${(error as Error)?.stack ?? String(error)}`);
      sendError(req, res, 500, `server: internal error: ${(error as Error)?.message ?? String(error)}`);
    });
  };
}

async function route(context: RequestContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!hostHeaderAllowed(req.headers.host, context.host)) {
    throw new HttpError(403, 'server: unexpected Host header; open the viewer through 127.0.0.1 or localhost');
  }
  const target = req.url ?? '/';
  const pathname = target.split('?', 1)[0];
  const method = req.method ?? 'GET';

  if (pathname === '/api/graph') {
    allow(method, ['GET', 'HEAD']);
    context.graphEndpoint.handle(req, res);
    return;
  }
  if (pathname === '/api/query') {
    allow(method, ['POST']);
    await handleQuery(context.graph, context.limits, req, res);
    return;
  }
  if (pathname === '/api' || pathname.startsWith('/api/')) throw new HttpError(404, `server: no API endpoint ${pathname}`);
  allow(method, ['GET', 'HEAD']);
  await context.staticFiles.handle(req, pathname, res);
}

function allow(method: string, allowed: string[]): void {
  if (!allowed.includes(method)) {
    throw new HttpError(405, `server: method ${method} is not allowed here; use ${allowed.join(' or ')}`, {
      headers: { Allow: allowed.join(', ') },
    });
  }
}
