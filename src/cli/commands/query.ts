import type { Command } from 'commander';
import { KgError } from '../../util/errors.ts';

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('(being written)')
    .allowUnknownOption()
    .action(() => {
      throw new KgError('kg query: being written');
    });
}
