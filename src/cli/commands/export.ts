import type { Command } from 'commander';
import { KgError } from '../../util/errors.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('(being written)')
    .allowUnknownOption()
    .action(() => {
      throw new KgError('kg export: being written');
    });
}
