import { paint } from '../format/index.ts';
import { plainParams, type ReplState } from './repl-state.ts';

const LONG_QUERY_MS = 1000;

/** Runs one Cypher statement in the worker and prints its result (errors propagate to the caller). */
export async function runStatement(state: ReplState, text: string): Promise<void> {
  // A query still running after a second says how to stop it.
  const hint = state.interactive
    ? setTimeout(() => state.warn(paint('dim', 'Running… (Ctrl-C cancels)', state.color)), LONG_QUERY_MS)
    : undefined;
  let reply;
  try {
    reply = await state.worker.call('query', {
      text,
      params: plainParams(state),
      format: state.format,
      color: state.color,
      maxWidth: state.width,
      timeoutMs: state.timeoutMs,
      maxRows: state.maxRows,
    });
  } finally {
    clearTimeout(hint);
  }
  state.lastQuery = text;
  if (reply.output !== '') state.print(reply.output);
  // The summary goes with a table; json and csv stay machine-readable on stdout.
  if (state.format === 'table') state.print(paint('dim', reply.summary, state.color));
  else state.warn(reply.summary);
  if (reply.changed) {
    state.schema = await state.worker.call('schema', {});
    if (!state.toldAboutWrites) {
      state.toldAboutWrites = true;
      state.warn(paint('dim', `(changes live in this session only: ${state.graphPath} is not modified)`, state.color));
    }
  }
}
