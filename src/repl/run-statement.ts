import { paint } from '../format/index.ts';
import { plainParams, type ReplState } from './repl-state.ts';

/** Runs one Cypher statement in the worker and prints its result (errors propagate to the caller). */
export async function runStatement(state: ReplState, text: string): Promise<void> {
  const reply = await state.worker.call('query', {
    text,
    params: plainParams(state),
    format: state.format,
    color: state.color,
    maxWidth: state.width,
    timeoutMs: state.timeoutMs,
    maxRows: state.maxRows,
  });
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
