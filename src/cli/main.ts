/**
 * The `kg` command: one file per subcommand in ./commands, each registering itself on the program.
 * Errors meant for the user (KgError, CypherError) are printed as one message, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { registerBuild } from './commands/build.ts';
import { registerQuery } from './commands/query.ts';
import { registerRepl } from './commands/repl.ts';
import { registerView } from './commands/view.ts';
import { registerExport } from './commands/export.ts';
import { KgError } from '../util/errors.ts';

export function createProgram(): Command {
  const program = new Command('kg')
    .description('Knowledge graphs from French news articles, queried with openCypher')
    .showHelpAfterError()
    .exitOverride();
  registerBuild(program);
  registerQuery(program);
  registerRepl(program);
  registerView(program);
  registerExport(program);
  return program;
}

export async function run(argv: string[]): Promise<void> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = reportError(error);
  }
}

/** Prints an error for the user and returns the exit status. */
export function reportError(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode; // commander has already printed it
  if (error instanceof KgError) {
    console.error(error.message);
    return error.exitCode;
  }
  if (error instanceof Error && 'userMessage' in error && typeof error.userMessage === 'string') {
    console.error(error.userMessage);
    return 1;
  }
  // A bug of ours: say so plainly, with the stack only when asked for.
  console.error(`kg: internal error: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.KG_DEBUG) console.error(error);
  return 70;
}
