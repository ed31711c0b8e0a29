/** The REPL's `:commands`: what `:help` lists and what completion offers. */
import type { ExportFormat } from '../export/export-formats.ts';

export type { ExportFormat };

export interface ReplCommandInfo {
  name: string;
  usage: string;
  summary: string;
}

export const REPL_COMMANDS: readonly ReplCommandInfo[] = [
  { name: 'help', usage: ':help', summary: 'this list, and how statements are typed' },
  { name: 'schema', usage: ':schema', summary: 'labels, relationship types and property keys of the graph, with counts' },
  { name: 'param', usage: ':param NAME => VALUE', summary: 'sets $NAME to a Cypher value (:param NAME alone shows it)' },
  { name: 'params', usage: ':params [clear]', summary: 'lists the parameters set (or forgets them all)' },
  { name: 'format', usage: ':format table|json|csv', summary: 'how results are printed (now: %FORMAT%)' },
  { name: 'explain', usage: ':explain [QUERY]', summary: 'the plan of QUERY (default: the last query)' },
  { name: 'why', usage: ':why [N|all]', summary: 'the source sentences behind the relationships of the last result' },
  { name: 'export', usage: ':export gexf|graphml|json|csv|cypher FILE', summary: "writes the last result's subgraph" },
  { name: 'history', usage: ':history [N|clear]', summary: 'the last N statements typed (20), kept across sessions' },
  { name: 'view', usage: ':view', summary: 'opens the last query in the browser viewer' },
  { name: 'quit', usage: ':quit', summary: 'leaves (so does Ctrl-D)' },
];

export { EXPORT_FORMATS } from '../export/export-formats.ts';

/** Splits `:name rest of line` into its name (lower-cased) and the rest. */
export function parseCommandLine(text: string): { name: string; args: string } {
  const match = /^:\s*(\S*)\s*([\s\S]*)$/.exec(text.trim());
  return { name: (match?.[1] ?? '').toLowerCase(), args: (match?.[2] ?? '').trim() };
}

/** The known command closest to a mistyped one (`:shema` → `schema`), or undefined when none is close. */
export function closestCommand(name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const command of REPL_COMMANDS) {
    const d = command.name.startsWith(name) && name !== '' ? 0 : editDistance(name, command.name);
    if (d < bestDistance) {
      best = command.name;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(name.length / 2)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
