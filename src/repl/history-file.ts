/**
 * The REPL's history across sessions: one entry per line in `~/.kg_history` (or `$KG_HISTORY`), oldest
 * first, as bash and psql keep theirs. A multi-line statement is kept as one entry on one line, so the up
 * arrow recalls it whole. Entries are appended as they are typed, so a killed session loses nothing.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.ts';

export const HISTORY_SIZE = 1000;

export function historyPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.KG_HISTORY || join(homedir(), '.kg_history');
}

export class HistoryFile {
  /** Newest first, the order readline's `history` wants. */
  readonly entries: string[];

  constructor(readonly path: string) {
    const all = readEntries(path);
    this.entries = all.slice(0, HISTORY_SIZE);
    if (all.length > HISTORY_SIZE * 2) this.rewrite();
  }

  /** Records one statement or command; returns false when it repeats the previous entry. */
  add(input: string): boolean {
    const entry = toEntry(input);
    if (entry === '' || entry === this.entries[0]) return false;
    this.entries.unshift(entry);
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      appendFileSync(this.path, entry + '\n', { mode: 0o600 });
    } catch {
      // History is a convenience: a read-only home must not stop the session.
    }
    if (this.entries.length > HISTORY_SIZE) this.entries.length = HISTORY_SIZE;
    return true;
  }

  /** Forgets every entry, in memory and in the file. */
  clear(): void {
    this.entries.length = 0;
    this.rewrite();
  }

  /** Keeps the file from growing without bound: it is cut back to the entries in memory. */
  private rewrite(): void {
    try {
      const lines = [...this.entries].reverse();
      writeFileAtomic(this.path, lines.length ? lines.join('\n') + '\n' : '');
    } catch {
      // As above: never fatal.
    }
  }
}

/** One line per entry: line breaks become spaces (a line break inside a string literal would too). */
export function toEntry(input: string): string {
  return input
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

function readEntries(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .reverse();
}
