/**
 * Cuts typed or piped lines into statements, as cypher-shell and psql do: a statement ends with `;`
 * or with a blank line, and a line starting with `:` before any statement text is a REPL command.
 * A `;` or a blank line inside a string, a quoted name or a block comment does not end anything.
 */

/** One complete input: a Cypher statement (without its `;`) or a REPL command line. */
export type ReplInput = { kind: 'statement'; text: string } | { kind: 'command'; text: string };

type LexState = 'code' | "'" | '"' | '`' | 'block-comment';

export class StatementReader {
  private buffer = '';
  private state: LexState = 'code';
  /** Whether the buffer holds anything besides whitespace and comments. */
  private hasCode = false;

  /** True while a statement has begun and not ended: the prompt shows the continuation form. */
  get pending(): boolean {
    return this.buffer.trim() !== '';
  }

  /** The statement typed so far (completion reads it for context). */
  get text(): string {
    return this.buffer;
  }

  /** Forgets the statement being typed (Ctrl-C). */
  reset(): void {
    this.buffer = '';
    this.state = 'code';
    this.hasCode = false;
  }

  /** Takes one line (without its line break) and returns the inputs it completes, in order. */
  feed(line: string): ReplInput[] {
    if (!this.pending && line.trimStart().startsWith(':')) {
      this.reset();
      return [{ kind: 'command', text: line.trim().replace(/;+$/, '').trimEnd() }];
    }
    if (line.trim() === '' && this.state === 'code') {
      return this.pending ? this.take() : (this.reset(), []);
    }
    const done: ReplInput[] = [];
    if (this.buffer !== '') this.buffer += '\n';
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      const next = line[i + 1];
      switch (this.state) {
        case 'code':
          if (c === ';') {
            done.push(...this.take());
            continue;
          }
          if (c === '/' && next === '/') {
            this.buffer += line.slice(i);
            i = line.length;
            continue;
          }
          if (c === '/' && next === '*') {
            this.state = 'block-comment';
            this.buffer += '/*';
            i++;
            continue;
          }
          if (c === "'" || c === '"' || c === '`') this.state = c;
          if (c.trim() !== '') this.hasCode = true;
          break;
        case 'block-comment':
          if (c === '*' && next === '/') {
            this.state = 'code';
            this.buffer += '*/';
            i++;
            continue;
          }
          break;
        case '`':
          if (c === '`') this.state = 'code';
          break;
        default: // inside a string: a backslash escapes the next character
          if (c === '\\' && next !== undefined) {
            this.buffer += c + next;
            i++;
            continue;
          }
          if (c === this.state) this.state = 'code';
      }
      this.buffer += c;
    }
    return done;
  }

  /** End of input: the last statement counts even without its `;`. */
  end(): ReplInput[] {
    return this.pending ? this.take() : [];
  }

  private take(): ReplInput[] {
    const text = this.buffer.trim();
    const hasCode = this.hasCode;
    this.reset();
    return hasCode ? [{ kind: 'statement', text }] : [];
  }
}
