/** Text -> AST: Ohm match, then the `ast` operation; errors become positioned CypherErrors. */
import { CypherError } from '../errors.ts';
import type { Query } from './ast.ts';
import { cypherGrammar } from './grammar.ts';
import { describeFailure } from './syntax-error.ts';
import { toAst } from './to-ast.ts';

/** Parses one statement. Offsets in the AST are relative to `text`. */
export function parseStatement(text: string): Query {
  const match = cypherGrammar.match(text, 'Statement');
  if (match.failed()) throw describeFailure(match, text);
  try {
    return toAst(match);
  } catch (error) {
    if (error instanceof CypherError) throw error;
    throw new CypherError('syntax', `cannot read the query: ${(error as Error).message}`, { cause: error });
  }
}

/** Gives an error raised with an offset its line, column and excerpt in `source`. */
export function locateError(error: unknown, source: string, base = 0): unknown {
  if (!(error instanceof CypherError) || error.position) return error;
  const offset = error.pendingOffset;
  if (offset !== undefined) error.locate(source, base + offset);
  return error;
}
