/**
 * `kg export`: the graph, or the part of it a query returns, as GEXF (Gephi), GraphML, graphology JSON,
 * Neo4j CSV or a Cypher script. Output goes to `.kg/graph.<ext>` unless `-o` says otherwise; `-o -`
 * writes to standard output (never implied: the destination does not depend on whether stdout is a terminal).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { DEFAULT_OUTPUTS, EXPORT_FORMATS, GEXF_VERSIONS, type ExportFormat, type GexfVersion } from '../../export/export-formats.ts';
import { loadGraph } from '../../graph/load-graph.ts';
import { addParamOption } from '../../repl/param-value.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import { KgError } from '../../util/errors.ts';

interface ExportCommandOptions {
  format: ExportFormat;
  graph: string;
  output?: string;
  query?: string;
  param: [string, unknown][];
  gexfVersion: GexfVersion;
  layout: boolean;
  layoutIterations?: number;
}

const FORMAT_NAMES: Record<ExportFormat, string> = {
  gexf: 'GEXF',
  graphml: 'GraphML',
  json: 'graph JSON',
  csv: 'Neo4j CSV',
  cypher: 'Cypher script',
};

export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description('write the graph, or what a query returns, as GEXF (Gephi), GraphML, JSON, Neo4j CSV or a Cypher script')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('gexf'))
    .option('-g, --graph <file>', 'the graph to export', '.kg/graph.json')
    .option('-o, --output <file>', 'where to write (csv: a folder; "-": standard output) (default: ".kg/graph.<format>")')
    .option('-q, --query <cypher>', 'export only the nodes and relationships this query returns (paths, nodes, relationships)');
  addParamOption(command, 'a parameter of the query, $name (repeatable), as in kg query')
    .addOption(new Option('--gexf-version <version>', 'GEXF version: 1.3 for current Gephi, 1.2 for older tools').choices(GEXF_VERSIONS).default('1.3'))
    .option('--no-layout', 'GEXF: leave out the ForceAtlas2 positions')
    .addOption(new Option('--layout-iterations <n>', 'GEXF: ForceAtlas2 iterations (default: by graph size)').argParser(parseIterations))
    .addHelpText('after', `
Examples:
  kg export                                   GEXF 1.3 for Gephi in .kg/graph.gexf
  kg export --gexf-version 1.2 -o graph.gexf  GEXF 1.2 for older tools (networkx, Gephi 0.9)
  kg export --format csv -o neo4j/            nodes.csv and relationships.csv for neo4j-admin import
  kg export --format cypher -o graph.cypher   a script for cypher-shell -f (or this engine)
  kg export --format json -o - | jq .nodes    standard output
  kg export -q "MATCH p=(:Person)-[:ATTENDED]->(:Event) RETURN p" -o attended.gexf`)
    .action(async (options: ExportCommandOptions) => {
      const output = options.output ?? DEFAULT_OUTPUTS[options.format];
      if (output !== '-' && resolve(output) === resolve(options.graph)) {
        throw new KgError(`kg export: ${output} is the graph being exported; choose another file with -o`);
      }
      const graph = readGraph(options.graph);
      // The writers load on use, so that the other subcommands start at once.
      const { exportGraph, neo4jImportCommand, selectSubgraph } = await import('../../export/index.ts');
      const selected = options.query === undefined ? graph : selectSubgraph(graph, await querySubgraph(graph, options.query, Object.fromEntries(options.param)));
      await exportGraph(selected, {
        format: options.format,
        output,
        gexfVersion: options.gexfVersion,
        layout: options.layout ? { iterations: options.layoutIterations } : false,
      });
      report(options, output, selected);
      if (options.format === 'csv' && output !== '-') process.stderr.write(`Load it into a new Neo4j database with:\n  ${neo4jImportCommand(output)}\n`);
    });
}

function parseIterations(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new KgError(`kg export: --layout-iterations expects a whole number ≥ 0, not ${JSON.stringify(value)}`);
  return n;
}

function readGraph(path: string): KnowledgeGraph {
  try {
    return loadGraph(path);
  } catch (error) {
    if ((error as { cause?: NodeJS.ErrnoException }).cause?.code === 'ENOENT') {
      throw new KgError(`kg export: no graph at ${path}; build one with \`kg build\` or name one with --graph FILE`);
    }
    throw error;
  }
}

/** The engine loads only when a query is given, so a plain export starts at once. */
async function querySubgraph(graph: KnowledgeGraph, query: string, params: Record<string, unknown>): Promise<{ nodes: string[]; edges: string[] }> {
  const { resultSubgraph, runCypher } = await import('../../query/index.ts');
  const result = runCypher(graph, query, { params, readOnly: true });
  const subgraph = resultSubgraph(graph, result);
  if (subgraph.nodes.length === 0 && subgraph.edges.length === 0) {
    process.stderr.write('kg export: the query returned no nodes or relationships; the export is empty\n');
  }
  return subgraph;
}

function report(options: ExportCommandOptions, output: string, exported: KnowledgeGraph): void {
  if (output === '-') return;
  const format = options.format === 'gexf' ? `GEXF ${options.gexfVersion}` : FORMAT_NAMES[options.format];
  const counts = `${exported.order} nodes, ${exported.size} relationships`;
  process.stderr.write(`kg export: wrote ${output} (${format}, ${counts}${sizeOf(output)})\n`);
}

function sizeOf(path: string): string {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return '';
    const units = ['B', 'kB', 'MB', 'GB'];
    let size = stat.size;
    let unit = 0;
    while (size >= 1000 && unit < units.length - 1) {
      size /= 1000;
      unit++;
    }
    return `, ${unit === 0 ? size : size.toFixed(1)} ${units[unit]}`;
  } catch {
    return '';
  }
}
