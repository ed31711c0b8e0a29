import type { Command } from 'commander';
import { KgError } from '../../util/errors.ts';

export function registerRepl(program: Command): void {
  program
    .command('repl')
    .description('(being written)')
    .allowUnknownOption()
    .action(() => {
      throw new KgError('kg repl: being written');
    });
}
