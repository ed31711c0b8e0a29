/**
 * The REPL's graph side: the open graph, the last result, the viewer server. It runs inside the query
 * worker (query-worker.ts) so that the prompt stays responsive while a query runs, but it is plain code:
 * tests drive it directly.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { formatResult, formatSummary } from '../format/index.ts';
import { graphSchema, type GraphSchema } from '../graph/graph-schema.ts';
import { loadGraph } from '../graph/load-graph.ts';
import { saveGraph } from '../graph/save-graph.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { CypherError, explain, formatValue, functionNames, resultSubgraph, runCypher, toPlain, type QueryResult } from '../query/index.ts';
import { KgError } from '../util/errors.ts';
import { evidenceReport } from './evidence-report.ts';
import type { ExportFormat } from './repl-commands.ts';
import type { OpenReply, QueryReply, QueryRequest } from './worker-protocol.ts';

const EVALUATE_PREFIX = 'RETURN ';

/** An error in a `:param` value, positioned in the value as typed rather than in the query wrapped around it. */
function valueError(error: unknown, expression: string): unknown {
  if (!(error instanceof CypherError) || !error.position || error.position.line !== 1) return error;
  const column = error.position.column - EVALUATE_PREFIX.length;
  if (column < 1 || column > expression.length + 1) return error;
  const description = 'description' in error && typeof error.description === 'string' ? error.description : error.message;
  const firstLine = expression.split('\n')[0];
  return new KgError(`repl: ${error.kind} error in the value at column ${column}: ${description}\n  ${firstLine}\n  ${' '.repeat(column - 1)}^`);
}

export interface SessionHooks {
  /** Polled by the engine while a query runs. */
  isCancelled?: () => boolean;
  /** Progress of building the graph from articles. */
  onProgress?: (done: number, total: number) => void;
}

export class GraphSession {
  private graph: KnowledgeGraph | undefined;
  private graphPath: string | undefined;
  private last: { text: string; result: QueryResult } | undefined;
  private server: { url: string; close(): Promise<void> } | undefined;

  constructor(private readonly hooks: SessionHooks = {}) {}

  /** Opens the graph file; when it does not exist and `buildFrom` is given, builds it from those articles first. */
  async open(path: string, buildFrom?: string[]): Promise<OpenReply> {
    let built = false;
    let problems: string[] = [];
    let graph: KnowledgeGraph;
    if (!existsSync(path) && buildFrom) {
      const { buildGraphFromPaths } = await import('../extract/index.ts');
      const build = await buildGraphFromPaths(buildFrom, { onProgress: this.hooks.onProgress });
      saveGraph(build.graph, path);
      graph = build.graph;
      built = true;
      problems = build.problems;
    } else {
      graph = loadGraph(path);
    }
    this.graph = graph;
    this.graphPath = path;
    this.last = undefined;
    return { nodes: graph.order, relationships: graph.size, built, problems };
  }

  query(request: QueryRequest): QueryReply {
    const graph = this.opened();
    const sizeBefore = [graph.order, graph.size];
    const started = performance.now();
    const result = runCypher(graph, request.text, {
      params: request.params,
      timeoutMs: request.timeoutMs,
      maxRows: request.maxRows,
      isCancelled: this.hooks.isCancelled,
    });
    const elapsedMs = performance.now() - started;
    this.last = { text: request.text, result };
    const { stats } = result;
    const changed =
      stats.nodesCreated + stats.relationshipsCreated + stats.propertiesSet + stats.labelsAdded > 0 ||
      graph.order !== sizeBefore[0] ||
      graph.size !== sizeBefore[1];
    return {
      output: formatResult(result, request.format, { color: request.color, maxWidth: request.maxWidth }),
      summary: formatSummary(result, elapsedMs),
      rowCount: result.rows.length,
      changed,
    };
  }

  /** Runs a trivial query once (parser and engine warm-up); failures are of no interest here. */
  warmUp(): void {
    try {
      if (this.graph) runCypher(this.graph, 'MATCH (n) RETURN count(n) AS n', { readOnly: true, timeoutMs: 5_000 });
    } catch {
      // the user's first query will report whatever is wrong
    }
  }

  explain(text: string, params: Record<string, unknown>): string {
    return explain(this.opened(), text, { params, readOnly: true });
  }

  /** Evaluates a parameter's value, `:param name => 1 + 1`, as cypher-shell does. */
  evaluate(expression: string, params: Record<string, unknown>): { value: unknown; display: string } {
    let result: QueryResult;
    try {
      result = runCypher(this.opened(), `${EVALUATE_PREFIX}${expression} AS value`, {
        params,
        readOnly: true,
        timeoutMs: 10_000,
        isCancelled: this.hooks.isCancelled,
      });
    } catch (error) {
      throw valueError(error, expression);
    }
    const value = result.rows[0]?.[0];
    return { value: toPlain(value), display: formatValue(value) };
  }

  schema(): GraphSchema {
    return graphSchema(this.opened());
  }

  functions(): string[] {
    return functionNames();
  }

  why(limit: number, color: boolean, width?: number): string {
    return evidenceReport(this.opened(), this.last?.result, { limit, color, width });
  }

  /** Writes the last result's subgraph (nodes and relationships it touches) with the exporter. */
  async export(format: ExportFormat, output: string): Promise<{ nodes: number; relationships: number }> {
    const graph = this.opened();
    if (!this.last) throw new KgError('repl: nothing to export yet: run a query first');
    const subgraph = resultSubgraph(graph, this.last.result);
    if (subgraph.nodes.length === 0) throw new KgError('repl: the last result holds no node or relationship to export');
    const { exportGraph } = await import('../export/index.ts');
    await exportGraph(graph, { format, output, subgraph });
    return { nodes: subgraph.nodes.length, relationships: subgraph.edges.length };
  }

  /** Starts the viewer on this graph (once) and returns its address and the query to open there. */
  async view(): Promise<{ url: string; query?: string }> {
    const graph = this.opened();
    if (!this.server) {
      const { startServer } = await import('../server/index.ts');
      this.server = await startServer({ graph, graphPath: this.graphPath });
    }
    return { url: this.server.url, query: this.last?.text };
  }

  async close(): Promise<void> {
    await this.server?.close();
    this.server = undefined;
  }

  private opened(): KnowledgeGraph {
    if (!this.graph) throw new KgError('repl: no graph is open');
    return this.graph;
  }
}
