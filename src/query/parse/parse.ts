/** Text -> AST: Ohm match, then the `ast` operation; errors become positioned CypherErrors. */
import { CypherError } from '../errors.ts';
import type { Query } from './ast.ts';
import { cypherGrammar } from './grammar.ts';
import { describeFailure } from './syntax-error.ts';
import { toAst } from './to-ast.ts';

/** Parses one statement. Offsets in the AST are relative to `text`. */
export function parseStatement(text: string): Query {
  try {
    const match = cypherGrammar.match(text, 'Statement');
    if (match.failed()) throw describeFailure(match, text);
    return toAst(match);
  } catch (error) {
    throw asCypherError(error, 'syntax');
  }
}

/** Errors that are not CypherErrors (a stack overflow on absurd nesting, a bug) become CypherErrors. */
export function asCypherError(error: unknown, kind: 'syntax' | 'semantic'): CypherError {
  if (error instanceof CypherError) return error;
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return new CypherError(kind, 'the query nests too deeply to be read; split it into simpler expressions', { tckDetail: 'NestingTooDeep', cause: error });
  }
  return new CypherError(kind, `cannot compile the query: ${(error as Error)?.message ?? String(error)}`, { tckDetail: 'InternalError', cause: error });
}

/** Gives an error raised with an offset its line, column and excerpt in `source`. */
export function locateError(error: unknown, source: string, base = 0): unknown {
  if (!(error instanceof CypherError) || error.position) return error;
  const offset = error.pendingOffset;
  if (offset !== undefined) error.locate(source, base + offset);
  return error;
}
