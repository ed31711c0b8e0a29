/**
 * Serves the built viewer (vite output) from one folder and nothing outside it.
 * The URL path is decoded once, then every segment is checked: `..`, `.`, empty segments from `//`,
 * backslashes, NUL and hidden files are refused before any file system call, so `/../`, `%2e%2e%2f`,
 * `..%5c` and double-encoded `%252e%252e` all end in 404. The resolved path must still lie in the
 * root (symbolic links included).
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { HttpError } from './http-error.ts';
import { makeBody, send, sendNotModified, type Body } from './send.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map', '.txt']);

/** Vite names built assets by content hash: they never change, so browsers may keep them. */
const IMMUTABLE = /^\/assets\//;

export class StaticFiles {
  private readonly cache = new Map<string, { body: Body; etag: string }>();
  private rootReal: string | null = null;

  constructor(private readonly root: string) {}

  async handle(req: IncomingMessage, pathname: string, res: ServerResponse): Promise<void> {
    const relative = safeRelativePath(pathname === '/' ? '/index.html' : pathname);
    const file = await this.resolve(relative);
    const ext = extname(file).toLowerCase();
    const entry = await this.load(file, ext);
    if (req.headers['if-none-match'] === entry.etag) {
      sendNotModified(res, entry.etag);
      return;
    }
    send(req, res, 200, CONTENT_TYPES[ext] ?? 'application/octet-stream', entry.body, {
      ETag: entry.etag,
      'Cache-Control': IMMUTABLE.test(relative) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }

  private async resolve(relative: string): Promise<string> {
    const root = await this.realRoot();
    let file: string;
    try {
      file = await realpath(join(root, relative));
      if (!(file + sep).startsWith(root + sep) || !(await stat(file)).isFile()) throw new Error('outside or not a file');
    } catch {
      throw notFound();
    }
    return file;
  }

  private async realRoot(): Promise<string> {
    if (this.rootReal) return this.rootReal;
    try {
      this.rootReal = await realpath(this.root);
    } catch {
      throw new HttpError(503, `server: the viewer is not built (no ${this.root}); run \`npm run build\``);
    }
    return this.rootReal;
  }

  private async load(file: string, ext: string): Promise<{ body: Body; etag: string }> {
    const cached = this.cache.get(file);
    const info = await stat(file);
    const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
    if (cached && cached.etag === etag) return cached;
    const entry = { body: makeBody(await readFile(file), COMPRESSIBLE.has(ext)), etag };
    this.cache.set(file, entry);
    return entry;
  }
}

/** The URL path as a relative file path, or a 404 for anything that could leave the root. */
export function safeRelativePath(pathname: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw notFound();
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\') || decoded.includes('%')) throw notFound();
  const segments = decoded.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || segment.startsWith('.')) throw notFound();
  }
  return '/' + segments.join('/');
}

function notFound(): HttpError {
  return new HttpError(404, 'server: not found');
}
