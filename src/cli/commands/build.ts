import type { Command } from 'commander';
import { KgError } from '../../util/errors.ts';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('extract a knowledge graph from .txt articles')
    .argument('[paths...]', 'files or folders of .txt articles', ['corpus'])
    .option('-o, --output <file>', 'where to write the graph', '.kg/graph.json')
    .action(() => {
      throw new KgError('kg build: the extractor is being written');
    });
}
