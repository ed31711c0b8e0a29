/**
 * The articles to read: files as given, folders as the `.txt` files in them (sorted by name).
 * A missing path, a folder without articles, an empty, binary or non-UTF-8 file is reported in one
 * line naming it; the other files are still read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

export interface SourceDocument {
  /** Document id, used in evidence: the file's name (its relative path if two share a name). */
  doc: string;
  path: string;
  text: string;
}

export interface ReadResult {
  documents: SourceDocument[];
  problems: string[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function listArticlePaths(paths: string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      problems.push(`${p}: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) {
      const txt = readdirSync(p, { withFileTypes: true })
        .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.txt'))
        .map((e) => join(p, e.name))
        .sort();
      if (txt.length === 0) problems.push(`${p}: no .txt article in this folder`);
      files.push(...txt);
    } else files.push(p);
  }
  return { files: [...new Set(files)], problems };
}

/** Reads one article, or says in one line why it cannot be read. */
export function readArticle(path: string): { text: string } | { problem: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { problem: `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  if (bytes.length === 0) return { problem: `${path}: empty file` };
  if (bytes.includes(0)) return { problem: `${path}: binary file, not a text article` };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { problem: `${path}: not valid UTF-8 text (at byte ${firstInvalidByte(bytes)})` };
  }
  if (text.trim().length === 0) return { problem: `${path}: empty file (only blank characters)` };
  return { text };
}

export function documentIds(files: string[]): string[] {
  const names = files.map((f) => basename(f));
  return files.map((f, i) => (names.indexOf(names[i]!) !== names.lastIndexOf(names[i]!) ? relative(process.cwd(), f) : names[i]!));
}

function firstInvalidByte(bytes: Buffer): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection (decoding is all-or-nothing).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
