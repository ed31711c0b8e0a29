/** What callers pass to the engine and what they get back (runCypher, query, prepare). */

export interface QueryOptions {
  /** Plain JS values; a JS number that is an integer is a Cypher INTEGER, otherwise FLOAT. */
  params?: Record<string, unknown>;
  /** Time budget in ms (default 30 000); exceeded -> CypherError kind 'timeout'. */
  timeoutMs?: number;
  /** Row cap on the result and on rows held in memory (default 1 000 000) -> kind 'row-limit'. */
  maxRows?: number;
  /** Write clauses (CREATE, MERGE, SET, DELETE, REMOVE) -> CypherError kind 'forbidden'. */
  readOnly?: boolean;
  /** Polled with the deadline; true -> kind 'cancelled'. */
  isCancelled?: () => boolean;
}

export interface QueryStats {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  labelsAdded: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  labelsRemoved: number;
}

export type CypherValue = unknown;

export interface QueryResult {
  /** Shared by every result of the same statement (frozen). */
  columns: readonly string[];
  /** New arrays on every run: the caller's to keep or change (the engine holds none of them). */
  rows: CypherValue[][];
  /** A read's stats are one shared frozen object of zeros. */
  stats: Readonly<QueryStats>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_ROWS = 1_000_000;

export function emptyStats(): QueryStats {
  return { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0, nodesDeleted: 0, relationshipsDeleted: 0, labelsRemoved: 0 };
}

/** The stats of every read: nothing to count, so nothing to allocate. */
export const NO_CHANGES: Readonly<QueryStats> = Object.freeze(emptyStats());
