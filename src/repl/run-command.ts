/** The REPL's `:commands` (see repl-commands.ts for the list :help prints). */
import { isAbsolute, resolve } from 'node:path';
import { paint, RESULT_FORMATS, type ResultFormat } from '../format/index.ts';
import { historyPath } from './history-file.ts';
import { closestCommand, EXPORT_FORMATS, parseCommandLine, REPL_COMMANDS, type ExportFormat } from './repl-commands.ts';
import { plainParams, type ReplState } from './repl-state.ts';
import { schemaReport } from './schema-report.ts';
import { KgError } from '../util/errors.ts';

type Handler = (state: ReplState, args: string) => Promise<void> | void;

const HANDLERS: Record<string, Handler> = {
  help: (state) => state.print(helpText(state)),
  schema: async (state) => {
    state.schema = await state.worker.call('schema', {});
    state.print(schemaReport(state.schema, state.color));
  },
  param: setParam,
  params: (state, args) => {
    if (args === 'clear') {
      state.params.clear();
      state.print('Parameters cleared.');
    } else if (args !== '') {
      throw new KgError(`repl: :params takes nothing or "clear"; to set one, :param ${args.split(/\s/)[0]} => VALUE`);
    } else if (state.params.size === 0) {
      state.print('No parameters set. :param name => value sets one, used in queries as $name.');
    } else {
      state.print([...state.params].map(([name, { display }]) => `:param ${name} => ${display}`).join('\n'));
    }
  },
  format: (state, args) => {
    if (args === '') return state.print(`Results are printed as ${state.format} (:format ${RESULT_FORMATS.join('|')}).`);
    if (!RESULT_FORMATS.includes(args as ResultFormat)) {
      throw new KgError(`repl: unknown format "${args}"; choose ${RESULT_FORMATS.join(', ')}`);
    }
    state.format = args as ResultFormat;
    state.print(`Results are now printed as ${state.format}.`);
  },
  explain: async (state, args) => {
    const text = args || state.lastQuery;
    if (!text) throw new KgError('repl: :explain needs a query (:explain MATCH (p:Person) RETURN p.name)');
    state.print(await state.worker.call('explain', { text: text.replace(/;\s*$/, ''), params: plainParams(state) }));
  },
  why: async (state, args) => {
    const limit = args === '' ? 20 : args === 'all' ? Number.MAX_SAFE_INTEGER : Number(args);
    if (!Number.isInteger(limit) || limit < 1) throw new KgError(`repl: :why takes a count or "all", not "${args}"`);
    state.print(await state.worker.call('why', { limit, color: state.color, width: state.width }));
  },
  export: async (state, args) => {
    const match = /^(\S+)\s+(.+)$/.exec(args);
    const format = match?.[1].toLowerCase() as ExportFormat | undefined;
    if (!match || !format || !EXPORT_FORMATS.includes(format)) {
      throw new KgError(`repl: usage: :export ${EXPORT_FORMATS.join('|')} FILE (the last result's nodes and relationships)`);
    }
    const output = unquote(match[2]);
    const written = await state.worker.call('export', { format, output: isAbsolute(output) ? output : resolve(output) });
    state.print(`Wrote ${count(written.nodes, 'node')} and ${count(written.relationships, 'relationship')} to ${output}.`);
  },
  view: async (state) => {
    const { url, query } = await state.worker.call('view', {});
    const address = new URL(url);
    if (query) address.searchParams.set('q', query);
    state.print(`Viewer: ${address.href}`);
    if (query && state.params.size > 0 && /\$/.test(query)) state.warn('(the viewer does not receive the parameters set here)');
    // A script only gets the address; a person at a terminal gets the page too.
    if (state.interactive) (await import('../server/open-browser.ts')).openBrowser(address.href);
  },
  history: (state, args) => {
    const history = state.history;
    if (!history) return state.print('No history file.');
    if (args === 'clear') {
      history.clear();
      return state.print(`History cleared (${history.path}).`);
    }
    const n = args === '' ? 20 : Number(args);
    if (!Number.isInteger(n) || n < 1) throw new KgError(`repl: :history takes a count or "clear", not "${args}"`);
    const shown = history.entries.slice(0, n).reverse();
    const first = history.entries.length - shown.length + 1;
    const width = String(history.entries.length).length;
    state.print(shown.length ? shown.map((entry, i) => `${String(first + i).padStart(width)}  ${entry}`).join('\n') : 'The history is empty.');
  },
  quit: (state) => state.quit(),
};

export async function runCommand(state: ReplState, line: string): Promise<void> {
  const { name, args } = parseCommandLine(line);
  const handler = HANDLERS[resolveName(name)];
  await handler(state, args);
}

/** An exact name, or a prefix naming one command only (`:q`, `:sch`). */
function resolveName(name: string): string {
  if (name in HANDLERS) return name;
  const candidates = REPL_COMMANDS.filter((c) => name !== '' && c.name.startsWith(name)).map((c) => c.name);
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) throw new KgError(`repl: :${name} could be ${candidates.map((c) => `:${c}`).join(' or ')}`);
  const guess = closestCommand(name);
  throw new KgError(`repl: unknown command :${name}.${guess ? ` Did you mean :${guess}?` : ''} :help lists the commands.`);
}

/** `:param name => value`: the value is a Cypher expression, evaluated once (with the parameters already set). */
async function setParam(state: ReplState, args: string): Promise<void> {
  const match = /^\$?([\p{L}_][\p{L}\p{N}_]*|`[^`]+`)\s*(?:=>\s*([\s\S]*))?$/u.exec(args);
  if (!match) throw new KgError("repl: usage: :param name => value (for instance :param who => 'Emmanuel Macron')");
  const name = match[1].replace(/^`|`$/g, '');
  if (match[2] === undefined) {
    const set = state.params.get(name);
    return state.print(set ? `:param ${name} => ${set.display}` : `$${name} is not set.`);
  }
  if (match[2].trim() === '') throw new KgError(`repl: :param ${name} => needs a value`);
  const evaluated = await state.worker.call('evaluate', { expression: match[2], params: plainParams(state) });
  state.params.set(name, evaluated);
  state.print(`$${name} = ${evaluated.display}`);
}

function helpText(state: ReplState): string {
  const width = Math.max(...REPL_COMMANDS.map((c) => c.usage.length));
  const commands = REPL_COMMANDS.map(
    (c) => `  ${paint('bold', c.usage.padEnd(width), state.color)}  ${c.summary.replace('%FORMAT%', state.format)}`,
  );
  return [
    'Type Cypher statements; each ends with ; or a blank line and may span lines. For instance',
    "  MATCH (p:Person)-[r:ATTENDED]->(e:Event) RETURN p.name, e.name, e.date ORDER BY e.date;",
    '',
    'Commands (a unique prefix is enough: :q quits):',
    ...commands,
    '',
    'Tab completes keywords, labels (after :), relationship types (after [:), property keys (after .),',
    'functions, parameters (after $) and commands. Ctrl-C cancels the running query or the line being',
    `typed; Ctrl-D leaves. History: ${state.history?.path ?? historyPath()} (up arrow, :history).`,
  ].join('\n');
}

function unquote(text: string): string {
  const t = text.trim();
  return /^(['"]).*\1$/.test(t) ? t.slice(1, -1) : t;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
