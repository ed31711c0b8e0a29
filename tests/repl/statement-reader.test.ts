import { describe, expect, it } from 'vitest';
import { StatementReader, type ReplInput } from '../../src/repl/statement-reader.ts';

function feedAll(lines: string[]): { inputs: ReplInput[]; reader: StatementReader } {
  const reader = new StatementReader();
  const inputs = lines.flatMap((line) => reader.feed(line));
  return { inputs, reader };
}

describe('StatementReader', () => {
  it('ends a statement at ; and keeps its lines', () => {
    const { inputs, reader } = feedAll(['MATCH (p:Person)', 'RETURN p.name;']);
    expect(inputs).toEqual([{ kind: 'statement', text: 'MATCH (p:Person)\nRETURN p.name' }]);
    expect(reader.pending).toBe(false);
  });

  it('ends a statement at a blank line, and is pending before it', () => {
    const reader = new StatementReader();
    expect(reader.feed('MATCH (n)')).toEqual([]);
    expect(reader.pending).toBe(true);
    expect(reader.feed('RETURN n')).toEqual([]);
    expect(reader.feed('   ')).toEqual([{ kind: 'statement', text: 'MATCH (n)\nRETURN n' }]);
    expect(reader.pending).toBe(false);
  });

  it('splits several statements on one line', () => {
    const { inputs } = feedAll(['RETURN 1; RETURN 2;RETURN 3']);
    expect(inputs).toEqual([
      { kind: 'statement', text: 'RETURN 1' },
      { kind: 'statement', text: 'RETURN 2' },
    ]);
  });

  it('does not end at a ; or a blank line inside strings, quoted names and comments', () => {
    const { inputs, reader } = feedAll([
      "RETURN 'a;b', \"c;\\\"d\", `e;f` // g;",
      '/* a comment;',
      '',
      'still the comment; */ , 1;',
    ]);
    expect(inputs).toHaveLength(1);
    expect(inputs[0].text).toBe("RETURN 'a;b', \"c;\\\"d\", `e;f` // g;\n/* a comment;\n\nstill the comment; */ , 1");
    expect(reader.pending).toBe(false);
  });

  it('keeps a blank line inside a multi-line string', () => {
    const { inputs, reader } = feedAll(["RETURN 'first", '', "last';"]);
    expect(inputs).toEqual([{ kind: 'statement', text: "RETURN 'first\n\nlast'" }]);
    expect(reader.pending).toBe(false);
  });

  it('reads a line starting with : as a command, but only before any statement text', () => {
    const { inputs } = feedAll(['  :schema;', 'MATCH (n', ':Person) RETURN n;']);
    expect(inputs).toEqual([
      { kind: 'command', text: ':schema' },
      { kind: 'statement', text: 'MATCH (n\n:Person) RETURN n' },
    ]);
  });

  it('drops statements made only of comments and whitespace', () => {
    const { inputs } = feedAll(['// a note', '', ';', '/* x */;']);
    expect(inputs).toEqual([]);
  });

  it('returns the unterminated last statement at the end of input', () => {
    const { reader } = feedAll(['MATCH (n)', 'RETURN count(n)']);
    expect(reader.end()).toEqual([{ kind: 'statement', text: 'MATCH (n)\nRETURN count(n)' }]);
    expect(reader.end()).toEqual([]);
  });

  it('forgets the statement being typed on reset', () => {
    const reader = new StatementReader();
    reader.feed("MATCH (n {name: 'unfinished");
    reader.reset();
    expect(reader.pending).toBe(false);
    expect(reader.feed('RETURN 1;')).toEqual([{ kind: 'statement', text: 'RETURN 1' }]);
  });
});
