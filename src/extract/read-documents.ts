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

// ignoreBOM keeps a byte-order mark in the text, so offsets stay those of the file as Node reads it.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

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
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  return files.map((f, i) => (count.get(names[i]!)! > 1 ? relative(process.cwd(), f) : names[i]!));
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
