/**
 * `kg repl` in a real terminal (tmux): completion, a multi-line statement, an error with its caret then
 * an answer, :schema, :why, Ctrl-C cancelling a running query, history recalled after a restart, colours
 * on a terminal unless NO_COLOR (needs `npm run build` and tmux).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, SENTENCES, writeNewsGraph } from '../resources/repl/news-graph.ts';
import { KG_BIN } from '../resources/repl/run-kg.ts';
import { TmuxSession } from '../resources/repl/tmux-session.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-repl-tty-'));
const graph = join(dir, 'graph.json');
const history = join(dir, 'history');
// Line ends are trimmed: an empty prompt reads `kg>`.
const PROMPT = /^kg> ?$/m;

let open: TmuxSession[] = [];
function startRepl(env: Record<string, string> = { NO_COLOR: '1' }): TmuxSession {
  const session = new TmuxSession([process.execPath, KG_BIN, 'repl', '--graph', graph], {
    cwd: REPO_ROOT,
    env: { HOME: dir, KG_HISTORY: history, ...env },
  });
  open.push(session);
  return session;
}

/** Lines of the screen after the last occurrence of `marker`. */
function after(screen: string, marker: string): string {
  return screen.slice(screen.lastIndexOf(marker));
}

describe('kg repl in a terminal', () => {
  beforeAll(() => writeNewsGraph(graph));
  afterEach(() => {
    for (const session of open) session.close();
    open = [];
  });

  it('completes, runs multi-line statements, shows errors with a caret and goes on, then remembers after a restart', async () => {
    const tty = startRepl();
    await tty.waitFor(/kg repl on .*graph\.json: 10 nodes, 8 relationships/);
    await tty.waitFor(PROMPT);

    // Completion of a label, a relationship type, a property key, then a continuation line.
    tty.type('MATCH (p:Pe');
    tty.press('Tab');
    await tty.waitFor('kg> MATCH (p:Person');
    tty.type(')-[:LE');
    tty.press('Tab');
    await tty.waitFor('kg> MATCH (p:Person)-[:LEADS');
    tty.type(']->(c) RETURN p.na');
    tty.press('Tab');
    await tty.waitFor('kg> MATCH (p:Person)-[:LEADS]->(c) RETURN p.name');
    tty.press('Enter');
    await tty.waitFor(/^\.\.>$/m);
    tty.type('ORDER BY p.name;');
    tty.press('Enter');
    let screen = await tty.waitFor(/3 rows in \d+(\.\d)? ms/);
    expect(after(screen, '..> ORDER BY p.name;')).toContain(
      ['| p.name            |', '+-------------------+', "| 'Emmanuel Macron' |", "| 'Giorgia Meloni'  |", "| 'Keir Starmer'    |"].join('\n'),
    );

    // Tab twice on ":" lists the commands; Ctrl-C drops the line being typed.
    tty.type(':');
    tty.press('Tab');
    await keystrokeGap(); // a person's two Tabs are not a microsecond apart
    tty.press('Tab');
    screen = await tty.waitFor(':schema');
    expect(screen).toContain(':why');
    expect(screen).toContain(':export');
    tty.press('C-c');
    await tty.waitFor(/\^C\nkg>$/m);

    // A syntax error shows where, and the next statement is answered.
    tty.type('MATCH (p:Person RETURN p;');
    tty.press('Enter');
    screen = await tty.waitFor(/line 1, column \d+/);
    expect(after(screen, 'kg> MATCH (p:Person RETURN p;')).toMatch(/1 \| MATCH \(p:Person RETURN p\n +\^/);
    tty.type("MATCH (c:Country {iso2: 'IT'})-[r:REFUSES_TROOPS]->(t) RETURN c.name, r, t.name;");
    tty.press('Enter');
    screen = await tty.waitFor(/1 row in/);
    expect(after(screen, "RETURN c.name, r, t.name;")).toContain("| 'Italie' |");

    // :why quotes the source; :schema counts.
    tty.type(':why');
    tty.press('Enter');
    screen = await tty.waitFor('characters');
    expect(after(screen, 'kg> :why')).toContain('Italie (Country) -[:REFUSES_TROOPS]-> Ukraine (Country)');
    expect(after(screen, 'kg> :why').replace(/\n\s+/g, ' ')).toContain(SENTENCES.meloni);
    tty.type(':schema');
    tty.press('Enter');
    screen = await tty.waitFor(/Property keys \(\d+\)/);
    expect(after(screen, 'kg> :schema')).toMatch(/:Person\s+4/);

    // Ctrl-D leaves.
    await tty.waitFor(PROMPT);
    tty.press('C-d');
    await waitUntil(() => tty.exited());
    expect(readFileSync(history, 'utf8')).toContain('MATCH (p:Person)-[:LEADS]->(c) RETURN p.name ORDER BY p.name;\n');

    // A new session recalls the history with the up arrow: the multi-line statement comes back as one line.
    const again = startRepl();
    await again.waitFor(PROMPT);
    again.press('Up');
    await again.waitFor('kg> :schema');
    again.press('Up', 'Up', 'Up', 'Up');
    await again.waitFor('kg> MATCH (p:Person)-[:LEADS]->(c) RETURN p.name ORDER BY p.name;');
    again.press('Enter');
    await again.waitFor(/3 rows in/);
    again.type(':quit');
    again.press('Enter');
    await waitUntil(() => again.exited());
  });

  it('cancels a running query with Ctrl-C and keeps the prompt', async () => {
    const tty = startRepl();
    await tty.waitFor(PROMPT);
    // Ten billion rows: minutes of work, well within the default time budget's reach only after 30 s.
    tty.type('UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x, y WHERE x * y < 0 RETURN count(*);');
    tty.press('Enter');
    await tty.waitFor('Running… (Ctrl-C cancels)');
    tty.press('C-c');
    await tty.waitFor('Cancelling…');
    const screen = await tty.waitFor(/query: cancelled/);
    expect(screen).not.toContain('timeout');
    await tty.waitFor(PROMPT);
    tty.type('RETURN 41 + 1 AS answer;');
    tty.press('Enter');
    await tty.waitFor('| 42     |');
  });

  it('colours results on a terminal, and not when NO_COLOR is set', async () => {
    const plain = startRepl({ NO_COLOR: '1' });
    const coloured = startRepl({ NO_COLOR: '' });
    for (const tty of [plain, coloured]) {
      await tty.waitFor(PROMPT);
      tty.type("MATCH (p:Person {name: 'Giorgia Meloni'}) RETURN p.name, p.mentions;");
      tty.press('Enter');
      await tty.waitFor(/1 row in/);
    }
    expect(plain.screenWithEscapes()).not.toMatch(/\u001b\[(3\d|1|2)m/);
    expect(coloured.screenWithEscapes()).toMatch(/\u001b\[32m'Giorgia Meloni'/);
  });
});

function keystrokeGap(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 150));
}

async function waitUntil(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
