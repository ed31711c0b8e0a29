/**
 * What the harness needs from a Cypher engine: the part of the public contract of src/query/index.ts
 * it drives (runCypher, formatValue, CypherError). The harness knows no engine internals; any module
 * exporting these names can be measured (tests use a small fake one).
 */
import type { KnowledgeGraph } from '../../../src/graph/types.ts';
import type { TableProcedure } from './procedure-step.ts';

export interface EngineResult {
  columns: string[];
  rows: unknown[][];
}

export interface EngineOptions {
  params?: Record<string, unknown>;
  timeoutMs?: number;
  maxRows?: number;
}

/** The fields of CypherError the TCK's error steps are checked against. */
export interface EngineError extends Error {
  kind: string;
  tckType: string;
  tckDetail?: string;
}

export interface TckEngine {
  runCypher(graph: KnowledgeGraph, text: string, options?: EngineOptions): EngineResult | Promise<EngineResult>;
  formatValue(value: unknown): string;
  isCypherError(error: unknown): error is EngineError;
  /** Optional: makes a procedure callable (`there exists a procedure …`); returns its removal. */
  registerProcedure?(procedure: TableProcedure): () => void;
}

/** Where the real engine lives; `npm run tck -- --engine <module>` can point elsewhere. */
export const DEFAULT_ENGINE_MODULE = new URL('../../../src/query/index.ts', import.meta.url).href;

export class EngineUnavailableError extends Error {
  override name = 'EngineUnavailableError';
}

/** Imports an engine module and checks it exports what the harness uses. */
export async function loadEngine(moduleUrl: string = DEFAULT_ENGINE_MODULE): Promise<TckEngine> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(moduleUrl)) as Record<string, unknown>;
  } catch (error) {
    throw new EngineUnavailableError(`tck/engine: cannot load ${moduleUrl}: ${(error as Error).message}`, { cause: error });
  }
  const missing = ['runCypher', 'formatValue', 'CypherError'].filter((n) => typeof mod[n] !== 'function');
  if (missing.length) throw new EngineUnavailableError(`tck/engine: ${moduleUrl} does not export ${missing.join(', ')}`);
  const CypherError = mod.CypherError as abstract new (...args: never[]) => Error;
  return {
    runCypher: mod.runCypher as TckEngine['runCypher'],
    formatValue: mod.formatValue as TckEngine['formatValue'],
    isCypherError: (error: unknown): error is EngineError => error instanceof CypherError,
    ...(typeof mod.registerProcedure === 'function' ? { registerProcedure: mod.registerProcedure as NonNullable<TckEngine['registerProcedure']> } : {}),
  };
}
