/**
 * `kg repl`: the prompt where users write graph queries, in the manner of cypher-shell and psql.
 * The graph lives in a worker thread (query-worker.ts) so that Ctrl-C can cancel a running query while the
 * prompt stays alive. On a terminal: prompts, completion, history kept in the user's home. Otherwise it reads
 * a script from stdin and writes results to stdout, going on after an error (the exit status says whether
 * any statement failed).
 */
import { existsSync } from 'node:fs';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { paint } from '../format/index.ts';
import { KgError } from '../util/errors.ts';
import { complete } from './complete.ts';
import { HISTORY_SIZE, HistoryFile } from './history-file.ts';
import { QueryWorkerClient, WorkerRequestError } from './query-worker-client.ts';
import type { ReplState } from './repl-state.ts';
import type { OpenReply } from './worker-protocol.ts';
import { runCommand } from './run-command.ts';
import { runStatement } from './run-statement.ts';
import { StatementReader, type ReplInput } from './statement-reader.ts';

export interface ReplOptions {
  graphPath: string;
  /** Articles to build the graph from when `graphPath` does not exist yet. */
  buildFrom?: string[];
  input: Readable;
  output: Writable & { columns?: number };
  errorOutput: Writable;
  /** Prompts, completion, history and Ctrl-C handling (a terminal on both ends). */
  interactive: boolean;
  color: boolean;
  /** The history file (written by interactive sessions only). */
  historyPath?: string;
  timeoutMs?: number;
  maxRows?: number;
}

const PROMPT = 'kg> ';
const CONTINUATION = '..> ';

/** Runs a session to its end; resolves to the exit status. */
export async function startRepl(options: ReplOptions): Promise<number> {
  const { output, errorOutput } = options;
  const write = (stream: Writable, text: string) => stream.write(text.endsWith('\n') ? text : `${text}\n`);
  if (!existsSync(options.graphPath) && !options.buildFrom) {
    throw new KgError(`kg repl: no graph at ${options.graphPath}, and no corpus/ folder to build one from: run kg build first, or pass --graph FILE`);
  }

  const { worker: first, opened } = await openWorker(options, (text) => write(errorOutput, text));
  let worker = first;
  const state: ReplState = {
    worker,
    graphPath: options.graphPath,
    interactive: options.interactive,
    color: options.color,
    get width() {
      return options.interactive ? output.columns : undefined;
    },
    format: 'table',
    params: new Map(),
    lastQuery: undefined,
    timeoutMs: options.timeoutMs,
    maxRows: options.maxRows,
    schema: await worker.call('schema', {}),
    functions: await worker.call('functions', {}),
    history: options.historyPath ? new HistoryFile(options.historyPath) : undefined,
    print: (text) => write(output, text),
    warn: (text) => write(errorOutput, text),
    quit: () => {
      quitting = true;
      rl.close();
    },
  };

  const reader = new StatementReader();
  // A script reads the history (:history) but never adds to it, as bash and psql do.
  const history = options.interactive ? state.history : undefined;
  const rl: Interface = createInterface({
    input: options.input,
    output: options.interactive ? output : undefined,
    terminal: options.interactive,
    prompt: PROMPT,
    history: history?.entries ?? [],
    // History entries are whole statements, added by HistoryFile; readline's own line-by-line entries are
    // taken back out in the 'history' listener below, so readline must never drop entries itself.
    historySize: options.interactive ? HISTORY_SIZE * 10 : 0,
    completer: options.interactive
      ? (line: string) =>
          complete(
            {
              labels: state.schema.labels.map((e) => e.name),
              relationshipTypes: state.schema.relationshipTypes.map((e) => e.name),
              propertyKeys: state.schema.propertyKeys.map((e) => e.name),
              functions: state.functions,
              params: [...state.params.keys()],
            },
            reader.text,
            line,
          )
      : undefined,
  });
  let historyLength = history?.entries.length ?? 0;
  rl.on('history', (entries: string[]) => {
    if (entries.length > historyLength) entries.shift();
  });

  const queue: string[] = [];
  let pumping = false;
  let closed = false;
  let quitting = false;
  let failures = 0;
  let cancelling = false;
  let hardStopped = false;
  let finished: (status: number) => void;
  const done = new Promise<number>((resolve) => (finished = resolve));

  const execute = async (input: ReplInput): Promise<void> => {
    if (history) {
      history.add(input.kind === 'statement' ? `${input.text};` : input.text);
      historyLength = history.entries.length;
    }
    try {
      if (input.kind === 'command') await runCommand(state, input.text);
      else await runStatement(state, input.text);
    } catch (error) {
      failures++;
      state.warn(hardStopped ? 'Query stopped.' : paint('red', messageOf(error), options.color));
      hardStopped = false;
      // A stopped (or crashed: out of memory) worker took the graph with it: load it again.
      if (!worker.alive && !closed) await reload();
    } finally {
      cancelling = false;
    }
    if (options.interactive) state.print('');
  };

  const reload = async (): Promise<void> => {
    state.warn(`Reloading ${options.graphPath} (changes made in this session are gone)…`);
    try {
      ({ worker } = await openWorker({ ...options, buildFrom: undefined }, state.warn));
      state.worker = worker;
      state.schema = await worker.call('schema', {});
    } catch (error) {
      state.warn(paint('red', messageOf(error), options.color));
      state.quit(); // nothing left to query
    }
  };

  const pump = async (): Promise<void> => {
    if (pumping) return;
    pumping = true;
    while (queue.length > 0 && !quitting) {
      for (const input of reader.feed(queue.shift()!)) {
        if (quitting) break;
        await execute(input);
      }
    }
    if (closed && !quitting && !options.interactive) {
      for (const input of reader.end()) await execute(input);
    }
    pumping = false;
    if (closed || quitting) {
      await worker.call('close', {}).catch(() => {});
      await worker.terminate();
      finished(failures > 0 && !options.interactive ? 1 : 0);
    } else if (options.interactive && queue.length === 0) {
      rl.setPrompt(reader.pending ? CONTINUATION : PROMPT);
      rl.prompt();
    }
  };

  rl.on('line', (line) => {
    queue.push(line);
    void pump();
  });
  rl.on('close', () => {
    if (options.interactive && !quitting) output.write('\n');
    closed = true;
    void pump();
  });
  rl.on('SIGINT', () => {
    queue.length = 0;
    if (worker.busy) {
      if (cancelling) {
        hardStopped = true;
        void worker.terminate();
      } else {
        cancelling = true;
        worker.cancel();
        output.write(`\n${paint('dim', 'Cancelling… (Ctrl-C again stops the query at once)', options.color)}\n`);
      }
      return;
    }
    const typing = rl.line !== '' || reader.pending;
    reader.reset();
    rl.write(null, { ctrl: true, name: 'e' });
    rl.write(null, { ctrl: true, name: 'u' });
    output.write(typing ? '^C\n' : `\n${paint('dim', '(Ctrl-D or :quit leaves)', options.color)}\n`);
    rl.setPrompt(PROMPT);
    rl.prompt();
  });

  if (options.interactive) {
    state.print(
      `kg repl on ${options.graphPath}: ${paint('bold', `${opened.nodes} nodes, ${opened.relationships} relationships`, options.color)}\n` +
        paint('dim', 'Statements end with ; or a blank line. Tab completes, :help lists the commands, Ctrl-D leaves.', options.color),
    );
    rl.prompt();
  }
  return done;
}

/** Starts a worker and opens (or first builds) the graph in it, reporting a build on stderr. */
async function openWorker(options: ReplOptions, warn: (text: string) => void): Promise<{ worker: QueryWorkerClient; opened: OpenReply }> {
  const building = !existsSync(options.graphPath) && options.buildFrom !== undefined;
  let shown = -1;
  const worker = new QueryWorkerClient((done, total) => {
    const tenth = Math.floor((10 * done) / Math.max(1, total));
    if (tenth !== shown) {
      shown = tenth;
      warn(`  ${done}/${total} articles read`);
    }
  });
  if (building) warn(`kg repl: no graph at ${options.graphPath} yet: building it from ${options.buildFrom!.join(', ')} first…`);
  // A large graph takes a while to load: at a terminal, say so rather than look stuck.
  const slow = building || !options.interactive ? undefined : setTimeout(() => warn(`kg repl: loading ${options.graphPath}…`), 700);
  try {
    const opened = await worker.call('open', { path: options.graphPath, buildFrom: building ? options.buildFrom : undefined });
    clearTimeout(slow);
    if (opened.built) {
      warn(`kg repl: built ${options.graphPath} (${opened.nodes} nodes, ${opened.relationships} relationships)`);
      for (const problem of opened.problems) warn(`  ${problem}`);
    }
    return { worker, opened };
  } catch (error) {
    clearTimeout(slow);
    await worker.terminate();
    throw error instanceof WorkerRequestError ? new KgError(error.message) : error;
  }
}

function messageOf(error: unknown): string {
  if (error instanceof WorkerRequestError || error instanceof KgError) return error.message;
  return `repl: internal error: ${error instanceof Error ? error.message : String(error)}`;
}
