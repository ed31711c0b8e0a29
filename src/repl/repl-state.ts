import type { ResultFormat } from '../format/index.ts';
import type { GraphSchema } from '../graph/graph-schema.ts';
import type { HistoryFile } from './history-file.ts';
import type { QueryWorkerClient } from './query-worker-client.ts';

/** What statements and commands read and change during a session. */
export interface ReplState {
  worker: QueryWorkerClient;
  graphPath: string;
  /** True on a terminal (prompts, history, browser); false when reading a script from stdin. */
  interactive: boolean;
  color: boolean;
  /** The terminal's width, for cutting long cells and wrapping quotes. */
  width: number | undefined;
  format: ResultFormat;
  params: Map<string, { value: unknown; display: string }>;
  lastQuery: string | undefined;
  /** Whether the session said once that writes are not saved. */
  toldAboutWrites?: boolean;
  timeoutMs: number | undefined;
  maxRows: number | undefined;
  /** Names completion offers (refreshed after a query changes the graph). */
  schema: GraphSchema;
  functions: string[];
  /** Statements and commands of this and earlier terminal sessions (a script reads it, never adds to it). */
  history: HistoryFile | undefined;
  /** Results and messages asked for (stdout). */
  print(text: string): void;
  /** Errors and notes (stderr). */
  warn(text: string): void;
  quit(): void;
}

export function plainParams(state: ReplState): Record<string, unknown> {
  return Object.fromEntries([...state.params].map(([name, { value }]) => [name, value]));
}
