/**
 * What the server sends (src/server): graphology's serialized form for nodes and relationships,
 * so the page reads GET /api/graph and a query's subgraph the same way.
 */
import type { GraphSchema } from '../../src/graph/graph-schema.ts';
import type { DocumentInfo, EdgeAttributes, NodeAttributes } from '../../src/graph/types.ts';

export interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}

export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface GraphPayload {
  attributes?: { documents?: Record<string, DocumentInfo>; [key: string]: unknown };
  nodes: SerializedNode[];
  edges: SerializedEdge[];
  meta?: { source: string | null; allowWrite: boolean; schema?: GraphSchema };
}

export interface QueryStats {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  labelsAdded: number;
  [other: string]: number;
}

export interface QueryPayload {
  columns: string[];
  /** Values as the engine's toPlain gives them: nodes {id, labels, properties}, relationships {id, type, start, end, properties}. */
  rows: unknown[][];
  nodes: SerializedNode[];
  relationships: SerializedEdge[];
  stats: QueryStats;
  elapsedMs: number;
}

export interface ApiErrorBody {
  status: number;
  message: string;
  kind?: string;
  line?: number;
  column?: number;
  offset?: number;
}
