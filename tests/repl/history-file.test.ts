import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_SIZE, HistoryFile, historyPath, toEntry } from '../../src/repl/history-file.ts';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'kg-history-')), 'sub', 'history');

describe('HistoryFile', () => {
  it('keeps entries across sessions, newest first in memory, appended to the file', () => {
    const path = fresh();
    const first = new HistoryFile(path);
    expect(first.entries).toEqual([]);
    first.add('MATCH (n)\n  RETURN n;');
    first.add(':schema');
    first.add(':schema');
    expect(readFileSync(path, 'utf8')).toBe('MATCH (n) RETURN n;\n:schema\n');
    expect(new HistoryFile(path).entries).toEqual([':schema', 'MATCH (n) RETURN n;']);
  });

  it('cuts a file grown past twice its size back to the newest entries', () => {
    const path = fresh();
    new HistoryFile(path).add('x');
    writeFileSync(path, Array.from({ length: HISTORY_SIZE * 2 + 5 }, (_, i) => `RETURN ${i};`).join('\n') + '\n');
    const history = new HistoryFile(path);
    expect(history.entries).toHaveLength(HISTORY_SIZE);
    expect(history.entries[0]).toBe(`RETURN ${HISTORY_SIZE * 2 + 4};`);
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(HISTORY_SIZE);
  });

  it('lives in the home folder unless KG_HISTORY says otherwise', () => {
    expect(historyPath({ KG_HISTORY: '/tmp/h' })).toBe('/tmp/h');
    expect(historyPath({})).toMatch(/\.kg_history$/);
  });

  it('stores a multi-line statement as one line', () => {
    expect(toEntry('MATCH (p)\r\n\n   RETURN p  ')).toBe('MATCH (p) RETURN p');
  });
});
