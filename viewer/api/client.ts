/** The two calls the page makes. Failures arrive as ApiError with the server's message and position. */
import type { ApiErrorBody, GraphPayload, QueryPayload } from './types.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly kind?: string;
  readonly line?: number;
  readonly column?: number;
  readonly offset?: number;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = body.status;
    this.kind = body.kind;
    this.line = body.line;
    this.column = body.column;
    this.offset = body.offset;
  }
}

export async function fetchGraph(signal?: AbortSignal): Promise<GraphPayload> {
  return request<GraphPayload>('api/graph', { signal });
}

export async function postQuery(query: string, params: Record<string, unknown> = {}, signal?: AbortSignal): Promise<QueryPayload> {
  return request<QueryPayload>('api/query', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, params }),
    signal,
  });
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError({ status: 0, message: `viewer: the server does not answer (${(error as Error).message}); is \`kg view\` still running?` });
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError({ status: response.status, message: `viewer: unexpected answer from the server (HTTP ${response.status})` });
  }
  if (!response.ok) {
    const error = (body as { error?: ApiErrorBody }).error;
    throw new ApiError(error ?? { status: response.status, message: `HTTP ${response.status}` });
  }
  return body as T;
}
