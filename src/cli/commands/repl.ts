/**
 * `kg repl`: the interactive Cypher prompt (src/repl). On a terminal it edits, completes and remembers;
 * with stdin redirected it runs the statements of a script (`kg repl < queries.cypher`).
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { wantsColor } from '../../format/ansi-style.ts';
import { historyPath } from '../../repl/history-file.ts';
import { addLimitOptions } from '../../repl/limit-options.ts';

const CORPUS = 'corpus';

export function registerRepl(program: Command): void {
  const command = program
    .command('repl')
    .description('the interactive Cypher prompt (reads a script from stdin when it is not a terminal)')
    .option('-g, --graph <file>', `the graph to open (built from ${CORPUS}/ first when it does not exist)`, '.kg/graph.json');
  addLimitOptions(command)
    .addHelpText(
      'after',
      `
Statements end with ; or a blank line. :help inside lists the commands.
History is kept in ~/.kg_history (or the file named by $KG_HISTORY). NO_COLOR turns colours off.
Examples:
  kg repl
  kg repl --graph other.json < questions.cypher > answers.txt`,
    )
    .action(async (options: { graph: string; timeout?: number; maxRows?: number }) => {
      const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
      const { startRepl } = await import('../../repl/start-repl.ts'); // the engine loads only for this command
      process.exitCode = await startRepl({
        graphPath: options.graph,
        buildFrom: existsSync(CORPUS) ? [CORPUS] : undefined,
        input: process.stdin,
        output: process.stdout,
        errorOutput: process.stderr,
        interactive,
        color: wantsColor(process.stdout),
        historyPath: historyPath(),
        timeoutMs: options.timeout,
        maxRows: options.maxRows,
      });
    });
}
