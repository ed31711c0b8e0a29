/**
 * A real terminal for REPL tests: a private tmux server (its own socket, no user config) running one
 * command in a 200×50 pane. Tests type with send-keys and read the screen with capture-pane, polling until
 * the expected text shows (never fixed sleeps).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

let sessions = 0;

export class TmuxSession {
  private readonly socket = `kg-test-${process.pid}-${++sessions}`;
  private readonly socketPath: string;

  constructor(command: string[], options: { env: Record<string, string>; cwd: string }) {
    const env = Object.entries(options.env).map(([k, v]) => `${k}=${shellQuote(v)}`);
    const line = `cd ${shellQuote(options.cwd)} && exec env ${env.join(' ')} ${command.map(shellQuote).join(' ')}`;
    this.tmux('-f', '/dev/null', 'new-session', '-d', '-x', '200', '-y', '50', '-s', 'kg', line);
    // Keep the pane after the command exits, so its last words can still be read.
    this.tmux('set-option', '-t', 'kg', 'remain-on-exit', 'on');
    this.socketPath = this.tmux('display-message', '-p', '-t', 'kg', '#{socket_path}').trim();
  }

  /** Types text as is (no key names). */
  type(text: string): void {
    // tmux reads an argument ending in ; as the end of its command, even with -l: escape that one.
    this.tmux('send-keys', '-t', 'kg', '-l', text.replace(/;$/, '\\;'));
  }

  /** Presses keys by name: Enter, Tab, Up, C-c, C-d… */
  press(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'kg', ...keys);
  }

  /** The screen and its scrollback, wrapped lines joined, without the blanks at the end of lines. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-2000', '-t', 'kg').replace(/ +$/gm, '');
  }

  /** The screen with its colour escapes. */
  screenWithEscapes(): string {
    return this.tmux('capture-pane', '-p', '-e', '-J', '-S', '-2000', '-t', 'kg');
  }

  /** Waits until the screen matches (or the count of matches reaches `times`); returns the screen. */
  async waitFor(pattern: RegExp | string, { times = 1, timeoutMs = 30_000 } = {}): Promise<string> {
    const started = Date.now();
    let screen = '';
    for (;;) {
      screen = this.screen();
      const count = typeof pattern === 'string' ? screen.split(pattern).length - 1 : (screen.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? []).length;
      if (count >= times) return screen;
      if (Date.now() - started > timeoutMs) {
        throw new Error(`tmux: ${String(pattern)} not seen ${times}× within ${timeoutMs} ms; the screen:\n${screen}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Whether the command in the pane has exited. */
  exited(): boolean {
    return this.tmux('display-message', '-p', '-t', 'kg', '#{pane_dead}').trim() === '1';
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
    rmSync(this.socketPath, { force: true }); // tmux leaves the socket file behind
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
