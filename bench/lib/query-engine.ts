/**
 * Our engine as the benchmark drives it: `runCypher(graph, text, {params})` per call, and
 * `prepare(graph, text)` then `run(params)` per call where the module has it, from a module (this
 * checkout's src/query/index.ts, or the same file in an older checkout for `--baseline`). Loaded
 * dynamically so the benchmark still measures graphology and Kuzu while the engine is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { KnowledgeGraph } from '../../src/graph/types.ts';

type Answer = { columns: readonly string[]; rows: unknown[][] };

export interface QueryEngine {
  label: string;
  run(graph: KnowledgeGraph, text: string, params: Record<string, unknown>): Answer;
  /** Planned once, run per call; absent from versions without prepared statements. */
  prepare?(graph: KnowledgeGraph, text: string): (params: Record<string, unknown>) => Answer;
  close(): void;
}

// Generous guard rails: the benchmark measures speed, not the default caps.
const GUARD_RAILS = { timeoutMs: 600_000, maxRows: 100_000_000 };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function loadQueryEngine(moduleUrl: string, label: string, cleanup: () => void = () => {}): Promise<QueryEngine> {
  const mod = (await import(moduleUrl)) as {
    runCypher?: (g: KnowledgeGraph, t: string, o: object) => Answer;
    prepare?: (g: KnowledgeGraph, t: string, o: object) => { run(params: Record<string, unknown>): Answer };
    toPlain?: (v: unknown) => unknown;
  };
  const { runCypher, prepare, toPlain } = mod;
  if (typeof runCypher !== 'function' || typeof toPlain !== 'function') throw new Error(`bench/query: ${moduleUrl} does not export runCypher and toPlain`);
  // Values made plain, as the other contenders give them. In place: each run's rows are new arrays
  // that belong to the caller (the engine keeps none), so a caller needs no copy.
  const plain = (result: Answer): Answer => {
    for (const row of result.rows) for (let i = 0; i < row.length; i++) row[i] = toPlain(row[i]);
    return result;
  };
  return {
    label,
    // An object literal per call, as a caller writes it (a spread of GUARD_RAILS would cost more).
    run: (graph, text, params) => plain(runCypher(graph, text, { params, timeoutMs: GUARD_RAILS.timeoutMs, maxRows: GUARD_RAILS.maxRows })),
    prepare:
      typeof prepare === 'function'
        ? (graph, text) => {
            const statement = prepare(graph, text, GUARD_RAILS);
            return (params) => plain(statement.run(params));
          }
        : undefined,
    close: cleanup,
  };
}

export function currentEngineUrl(): string {
  return pathToFileURL(join(ROOT, 'src/query/index.ts')).href;
}

/**
 * The engine as it was at `ref`: a temporary `git worktree` of that commit sharing this checkout's
 * node_modules; removed again by close().
 */
export async function loadEngineAtRef(ref: string): Promise<QueryEngine> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-baseline-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
  const commit = git('rev-parse', '--short', `${ref}^{commit}`);
  rmSync(dir, { recursive: true, force: true });
  git('worktree', 'add', '--detach', dir, commit);
  const cleanup = () => {
    try {
      git('worktree', 'remove', '--force', dir);
    } catch {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // The grammar bundle is generated, not committed: make that commit's own.
    execFileSync('npm', ['run', 'generate', '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const entry = join(dir, 'src/query/index.ts');
    if (!existsSync(entry)) throw new Error(`bench/query: ${ref} (${commit}) has no src/query/index.ts`);
    return await loadQueryEngine(pathToFileURL(entry).href, `ours@${commit}`, cleanup);
  } catch (error) {
    cleanup();
    throw error;
  }
}
