/**
 * Messages between the REPL (main thread: the prompt, Ctrl-C) and its query worker (the graph, the
 * engine). Query values never cross: the worker formats results and keeps the last one for :why,
 * :export and :view. Cancellation does not go through messages (the worker is busy running the query)
 * but through a shared flag the engine polls.
 */
import type { GraphSchema } from '../graph/graph-schema.ts';
import type { ResultFormat } from '../format/index.ts';
import type { ExportFormat } from './repl-commands.ts';

/** Passed as the worker's workerData. */
export interface WorkerSetup {
  /** One Int32 over a SharedArrayBuffer: 1 while a cancel is requested. */
  cancelFlag: Int32Array;
}

export interface QueryRequest {
  text: string;
  params: Record<string, unknown>;
  format: ResultFormat;
  color: boolean;
  /** Fit tables to this many columns (the terminal's width). */
  maxWidth?: number;
  timeoutMs?: number;
  maxRows?: number;
}

export interface QueryReply {
  /** The formatted result (without the summary line). */
  output: string;
  /** `N rows in T ms`, and what changed. */
  summary: string;
  rowCount: number;
  /** True when the query changed the graph (the schema used for completion is then refreshed). */
  changed: boolean;
}

export interface OpenReply {
  nodes: number;
  relationships: number;
  built: boolean;
  problems: string[];
}

/** Each request type with its payload and its reply. */
export interface WorkerCalls {
  open: { request: { path: string; buildFrom?: string[] }; reply: OpenReply };
  query: { request: QueryRequest; reply: QueryReply };
  explain: { request: { text: string; params: Record<string, unknown> }; reply: string };
  evaluate: { request: { expression: string; params: Record<string, unknown> }; reply: { value: unknown; display: string } };
  schema: { request: Record<string, never>; reply: GraphSchema };
  functions: { request: Record<string, never>; reply: string[] };
  why: { request: { limit: number; color: boolean; width?: number }; reply: string };
  export: { request: { format: ExportFormat; output: string }; reply: { nodes: number; relationships: number } };
  view: { request: Record<string, never>; reply: { url: string; query?: string } };
  close: { request: Record<string, never>; reply: null };
}

export type CallName = keyof WorkerCalls;

export interface RequestMessage<K extends CallName = CallName> {
  id: number;
  call: K;
  request: WorkerCalls[K]['request'];
}

/** What a failure carries across: the user's message (a CypherError's positioned text when there is one). */
export interface WorkerFailure {
  message: string;
  kind?: string;
}

export type ResponseMessage =
  | { id: number; ok: true; reply: unknown }
  | { id: number; ok: false; failure: WorkerFailure }
  | { id: -1; progress: { done: number; total: number } };
