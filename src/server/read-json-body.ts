/**
 * Reads a request body as JSON, refusing it as soon as it passes `limit` bytes (413) instead of
 * buffering whatever a client sends. Only `application/json` is accepted (415): a cross-site form
 * cannot send that type without a CORS preflight, which this server never grants.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.ts';

export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, 'server: the body must be JSON, sent with Content-Type: application/json');
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new HttpError(400, 'server: the request body is empty; expected a JSON object');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `server: the request body is not valid JSON: ${(error as Error).message}`);
  }
}

function tooLarge(limit: number): HttpError {
  // Connection: close, so the rest of a refused upload is not read.
  return new HttpError(413, `server: the request body is larger than ${limit} bytes`, { headers: { Connection: 'close' } });
}
