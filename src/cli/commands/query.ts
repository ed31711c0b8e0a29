/**
 * `kg query "CYPHER"`: runs one statement on a graph file and prints the result to stdout (a table, JSON or
 * CSV); the `N rows in T ms` line goes to stderr so that stdout holds the result alone, the same bytes for
 * the same graph and query. A bad query exits with status 1 and its positioned message on stderr.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Option, type Command } from 'commander';
import { wantsColor } from '../../format/ansi-style.ts';
import { RESULT_FORMATS, type ResultFormat } from '../../format/result-formats.ts';
import { loadGraph } from '../../graph/load-graph.ts';
import { addParamOption } from '../../repl/param-value.ts';
import { addLimitOptions } from '../../repl/limit-options.ts';
import { StatementReader } from '../../repl/statement-reader.ts';
import { KgError } from '../../util/errors.ts';

interface QueryCommandOptions {
  graph: string;
  file?: string;
  param: [string, unknown][];
  format: ResultFormat;
  timeout?: number;
  maxRows?: number;
}

export function registerQuery(program: Command): void {
  const command = program
    .command('query')
    .description('run one Cypher statement on the graph and print its result')
    .argument('[cypher]', 'the statement (or -f FILE)')
    .option('-g, --graph <file>', 'the graph to query', '.kg/graph.json')
    .option('-f, --file <file>', 'read the statement from a file (- for standard input)');
  addParamOption(
    command,
    "a parameter, $name in the query (repeatable); the value is a Cypher literal when it reads as one (42, 1.5, 'text', true, null, [1, 2], {k: 'v'}), else a string",
  ).addOption(new Option('--format <format>', 'how to print the result').choices(RESULT_FORMATS).default('table'));
  addLimitOptions(command)
    .addHelpText(
      'after',
      `
Examples:
  kg query "MATCH (p:Person)-[:ATTENDED]->(e:Event) RETURN p.name, e.name ORDER BY p.name"
  kg query 'MATCH (p:Person {name: $who})-[r]->(x) RETURN type(r), x.name' --param "who=Emmanuel Macron"
  kg query -f question.cypher --format csv > answer.csv`,
    )
    .action(async (cypher: string | undefined, options: QueryCommandOptions) => {
      const text = statementText(cypher, options.file);
      const graph = loadGraph(options.graph);
      // Loaded on use: the other subcommands do not pay for the engine's start-up.
      const [{ runCypher }, { formatResult, formatStats, formatSummary }] = await Promise.all([
        import('../../query/index.ts'),
        import('../../format/index.ts'),
      ]);
      const started = performance.now();
      const result = runCypher(graph, text, {
        params: Object.fromEntries(options.param),
        timeoutMs: options.timeout,
        maxRows: options.maxRows,
      });
      const elapsedMs = performance.now() - started;
      const color = options.format === 'table' && wantsColor(process.stdout);
      const maxWidth = process.stdout.isTTY ? process.stdout.columns : undefined;
      const body = formatResult(result, options.format, { color, maxWidth });
      if (body !== '') process.stdout.write(`${body}\n`);
      process.stderr.write(`${formatSummary(result, elapsedMs)}\n`);
      if (formatStats(result.stats) !== '') process.stderr.write(`kg query: ${options.graph} is not modified (writes change the graph in memory only)\n`);
    });
}

/** The statement from the argument or the file; one statement only (a trailing `;` is fine). */
function statementText(cypher: string | undefined, file: string | undefined): string {
  if (cypher !== undefined && file !== undefined) throw new KgError('kg query: give the statement or -f FILE, not both');
  let text = cypher;
  if (file !== undefined) {
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (error) {
      throw new KgError(`kg query: cannot read ${file}: ${(error as Error).message}`, { cause: error });
    }
  }
  if (text === undefined || text.trim() === '') throw new KgError('kg query: no statement given (kg query "MATCH (n) RETURN count(n)" or -f FILE)');
  const reader = new StatementReader();
  const statements = [...text.split(/\r?\n/).flatMap((line) => reader.feed(line)), ...reader.end()];
  if (statements.length > 1) {
    throw new KgError(`kg query: ${file ?? 'the argument'} holds ${statements.length} statements; kg query runs one (kg repl < FILE runs a script)`);
  }
  return statements[0]?.kind === 'statement' ? statements[0].text : text;
}
