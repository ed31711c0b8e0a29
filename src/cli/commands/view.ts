import type { Command } from 'commander';
import { KgError } from '../../util/errors.ts';

export function registerView(program: Command): void {
  program
    .command('view')
    .description('(being written)')
    .allowUnknownOption()
    .action(() => {
      throw new KgError('kg view: being written');
    });
}
