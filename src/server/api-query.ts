/**
 * `POST /api/query` `{query, params}` → `{columns, rows, nodes, relationships, stats, elapsedMs}`.
 * Rows hold toPlain values; `nodes` and `relationships` are the subgraph the result touches, in the
 * serialized form of GET /api/graph (key, attributes with properties and evidence), so the page can
 * highlight them and open their evidence without another request.
 * Errors: 400 with the positioned message for a bad query (and for a query over the time budget or
 * the row cap), 403 for a write clause unless the server allows writes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KnowledgeGraph } from '../graph/types.ts';
import { CypherError, isWriteQuery, resultSubgraph, runCypher, toPlain } from '../query/index.ts';
import { HttpError } from './http-error.ts';
import { readJsonBody } from './read-json-body.ts';
import { sendJson } from './send.ts';

export interface QueryLimits {
  allowWrite: boolean;
  timeoutMs: number;
  maxRows: number;
  maxBodyBytes: number;
}

export interface QueryRequest {
  query: string;
  params: Record<string, unknown>;
}

export async function handleQuery(
  graph: KnowledgeGraph,
  limits: QueryLimits,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { query, params } = parseQueryRequest(await readJsonBody(req, limits.maxBodyBytes));
  if (!limits.allowWrite && isWriteQuery(query)) throw forbidden();

  const started = performance.now();
  let result;
  try {
    result = runCypher(graph, query, {
      params,
      timeoutMs: limits.timeoutMs,
      maxRows: limits.maxRows,
      readOnly: !limits.allowWrite,
    });
  } catch (error) {
    if (error instanceof CypherError) throw fromCypherError(error);
    throw error;
  }
  const elapsedMs = performance.now() - started;

  const touched = resultSubgraph(graph, result);
  sendJson(req, res, 200, {
    columns: result.columns,
    rows: result.rows.map((row) => row.map(toPlain)),
    nodes: touched.nodes.map((key) => ({ key, attributes: graph.getNodeAttributes(key) })),
    relationships: touched.edges.map((key) => ({
      key,
      source: graph.source(key),
      target: graph.target(key),
      attributes: graph.getEdgeAttributes(key),
    })),
    stats: result.stats,
    elapsedMs: Math.round(elapsedMs * 10) / 10,
  });
}

export function parseQueryRequest(body: unknown): QueryRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'server: expected a JSON object {"query": "...", "params": {...}}');
  }
  const { query, params } = body as { query?: unknown; params?: unknown };
  if (typeof query !== 'string' || query.trim() === '') {
    throw new HttpError(400, 'server: "query" must be a non-empty string');
  }
  if (params !== undefined && params !== null && (typeof params !== 'object' || Array.isArray(params))) {
    throw new HttpError(400, 'server: "params" must be an object mapping names to values');
  }
  return { query, params: (params ?? {}) as Record<string, unknown> };
}

function forbidden(message = 'server: this viewer is read-only; start it with --allow-write to run write clauses'): HttpError {
  return new HttpError(403, message, { body: { kind: 'forbidden' } });
}

function fromCypherError(error: CypherError): HttpError {
  if (error.kind === 'forbidden') return forbidden(error.userMessage);
  return new HttpError(400, error.userMessage, {
    body: {
      kind: error.kind,
      tckType: error.tckType,
      ...(error.tckDetail ? { tckDetail: error.tckDetail } : {}),
      ...(error.position ? { line: error.position.line, column: error.position.column, offset: error.position.offset } : {}),
    },
  });
}
