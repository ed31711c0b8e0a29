/**
 * `kg view [--graph FILE] [--port N] [--host H] [--no-open] [--allow-write] [-q QUERY]`:
 * serves the sigma.js viewer and the JSON API for one graph, prints the URL, opens the browser.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { loadGraph } from '../../graph/load-graph.ts';
import { KgError } from '../../util/errors.ts';

/** Tried first when no --port is given; if it is taken, any free port will do. */
export const DEFAULT_VIEW_PORT = 7878;

interface ViewOptions {
  graph: string;
  port?: number;
  host: string;
  open: boolean;
  allowWrite: boolean;
  query?: string;
}

export function registerView(program: Command): void {
  program
    .command('view')
    .description('open the graph in the browser: sigma.js viewer, Cypher queries, evidence of every claim')
    .option('-g, --graph <file>', 'the graph to serve', '.kg/graph.json')
    .option('-p, --port <n>', `port to listen on (default ${DEFAULT_VIEW_PORT}, or any free port if taken)`, parsePort)
    .option('--host <host>', 'address to listen on; anything but loopback exposes the graph to the network', '127.0.0.1')
    .option('--no-open', 'do not open the browser')
    .option('--allow-write', 'allow write clauses (CREATE, SET, …) in queries; changes stay in memory', false)
    .option('-q, --query <cypher>', 'open the page with this query run')
    .action(async (options: ViewOptions) => {
      await view(options);
    });
}

async function view(options: ViewOptions): Promise<void> {
  if (!existsSync(options.graph)) {
    throw new KgError(`kg view: no graph at ${options.graph}; build one with \`kg build\` or name one with --graph FILE`);
  }
  const graph = loadGraph(options.graph);
  const { openBrowser, startServer } = await import('../../server/index.ts'); // loaded by this command alone
  const common = { graph, graphPath: options.graph, host: options.host, allowWrite: options.allowWrite };
  let server;
  if (options.port !== undefined) {
    try {
      server = await startServer({ ...common, port: options.port });
    } catch (error) {
      if (error instanceof KgError && /already in use/.test(error.message)) {
        throw new KgError(`kg view: port ${options.port} is already in use (another kg view?); choose another with --port, or --port 0 for any free one`);
      }
      throw error;
    }
  } else {
    try {
      server = await startServer({ ...common, port: DEFAULT_VIEW_PORT });
    } catch (error) {
      if (!(error instanceof KgError && /already in use/.test(error.message))) throw error;
      server = await startServer({ ...common, port: 0 });
    }
  }
  const url = options.query ? `${server.url}?q=${encodeURIComponent(options.query)}` : server.url;
  console.log(
    `kg view: ${options.graph} (${graph.order} nodes, ${graph.size} relationships${options.allowWrite ? ', writes allowed' : ''})`,
  );
  console.log(`kg view: ${url}`);
  console.log('kg view: Ctrl+C to stop');
  if (options.open) openBrowser(url);

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
      server.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return port;
}
