/**
 * An error answered to the client with its status: the request was wrong, the server is fine.
 * `body` fields are merged into the JSON error object (kind, line, column …).
 */
export class HttpError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string>;
  constructor(status: number, message: string, options?: { body?: Record<string, unknown>; headers?: Record<string, string> }) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.body = options?.body ?? {};
    this.headers = options?.headers ?? {};
  }
}
