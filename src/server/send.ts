/**
 * Writing responses: JSON, errors, and the security headers every answer carries.
 * The page's policy only allows its own scripts (plus the blob: worker ForceAtlas2 spawns), so even
 * markup smuggled into article text could not run a script.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { jsonText } from '../util/json-text.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  'worker-src blob:',
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const BASE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Bodies smaller than this are not worth compressing. */
const GZIP_MIN_BYTES = 1024;

export function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

export interface Body {
  data: Buffer;
  /** The same bytes gzipped, when worth it; computed by the caller so it can cache them. */
  gzipped?: Buffer;
}

export function makeBody(text: string | Buffer, compress: boolean): Body {
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { data, gzipped: compress && data.length >= GZIP_MIN_BYTES ? gzipSync(data, { level: 6 }) : undefined };
}

export function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  contentType: string,
  body: Body,
  headers: Record<string, string> = {},
): void {
  const useGzip = body.gzipped !== undefined && acceptsGzip(req);
  const payload = useGzip ? body.gzipped! : body.data;
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': contentType,
    'Content-Length': String(payload.length),
    ...(body.gzipped !== undefined ? { Vary: 'Accept-Encoding' } : {}),
    ...(useGzip ? { 'Content-Encoding': 'gzip' } : {}),
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

export function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  send(req, res, status, 'application/json; charset=utf-8', makeBody(jsonText(value), acceptsGzip(req)), {
    'Cache-Control': 'no-store',
    ...headers,
  });
}

/** Every error has the same shape: `{error: {status, message, …details}}`. */
export function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
  details: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(req, res, status, { error: { status, message, ...details } }, headers);
}

export function sendNotModified(res: ServerResponse, etag: string): void {
  res.writeHead(304, { ...BASE_HEADERS, ETag: etag });
  res.end();
}
