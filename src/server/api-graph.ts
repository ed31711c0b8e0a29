/**
 * `GET /api/graph`: the whole graph in graphology's serialized form (ONTOLOGY.md), with its
 * properties and evidence, plus `meta`: the file name, whether writes are allowed, and the graph's
 * schema (labels and relationship types with their counts, for the page's legend and filters).
 * Serializing and compressing a large graph costs time, so the answer is cached until the graph
 * changes (a write query with --allow-write), and revalidated with an ETag.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { graphSchema } from '../graph/graph-schema.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { jsonText } from '../util/json-text.ts';
import { makeBody, send, sendNotModified, type Body } from './send.ts';

export interface GraphMeta {
  /** File name of the graph, for the page title. */
  source: string | null;
  allowWrite: boolean;
}

const CHANGE_EVENTS = [
  'nodeAdded',
  'edgeAdded',
  'nodeDropped',
  'edgeDropped',
  'attributesUpdated',
  'nodeAttributesUpdated',
  'edgeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'eachEdgeAttributesUpdated',
  'cleared',
  'edgesCleared',
] as const;

export class GraphEndpoint {
  private version = 0;
  private cached: { version: number; body: Body; etag: string } | null = null;
  private readonly unsubscribe: () => void;
  private readonly instance = Date.now().toString(36);

  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly meta: GraphMeta,
  ) {
    const bump = (): void => {
      this.version++;
    };
    for (const event of CHANGE_EVENTS) graph.on(event, bump);
    this.unsubscribe = () => {
      for (const event of CHANGE_EVENTS) graph.removeListener(event, bump);
    };
  }

  handle(req: IncomingMessage, res: ServerResponse): void {
    const { body, etag } = this.current();
    if (ifNoneMatch(req, etag)) {
      sendNotModified(res, etag);
      return;
    }
    // no-cache: the browser keeps it but asks each time, and gets a 304 while the graph is unchanged.
    send(req, res, 200, 'application/json; charset=utf-8', body, { ETag: etag, 'Cache-Control': 'no-cache' });
  }

  close(): void {
    this.unsubscribe();
  }

  private current(): { body: Body; etag: string } {
    if (this.cached?.version !== this.version) {
      const text = jsonText({ ...this.graph.export(), meta: { ...this.meta, schema: graphSchema(this.graph) } });
      this.cached = { version: this.version, body: makeBody(text, true), etag: `"g${this.instance}-${this.version}"` };
    }
    return this.cached;
  }
}

function ifNoneMatch(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
