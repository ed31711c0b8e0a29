/**
 * Text -> planned statements, cached: parsing by text (process-wide, ASTs are immutable) and
 * binding + planning per graph (plans use the graph's statistics, never parameter values).
 * A cached plan is replanned when the graph has grown or shrunk a lot since.
 */
import { bindQuery } from './bind/bind-query.ts';
import type { BoundQuery } from './bind/bound.ts';
import { CypherError } from './errors.ts';
import type { GraphIndex } from './graph-index/graph-index.ts';
import type { Query } from './parse/ast.ts';
import { asCypherError, locateError, parseStatement } from './parse/parse.ts';
import { splitStatements } from './parse/split-statements.ts';
import type { LogicalOperator } from './plan/logical.ts';
import type { ExecContext } from './exec/context.ts';
import type { PhysicalStatement } from './exec/build-physical.ts';
import type { PointLookup } from './exec/point-lookup.ts';
import type { RunSetting } from './prepared-query.ts';
import { planQuery } from './plan/plan-query.ts';
import { statsOf } from './plan/planner-stats.ts';

export interface ParsedStatement {
  ast: Query;
  /** Offset of the statement in the text given by the caller. */
  offset: number;
}

export interface PlannedStatement extends ParsedStatement {
  bound: BoundQuery;
  plan: LogicalOperator;
  /** The result's column names, frozen: every result shares this list, so no caller can change it. */
  columns: readonly string[];
  /** Its point-lookup fast path (exec/point-lookup.ts): undefined until asked, null when it has none. */
  lookup?: PointLookup | null;
  /** Physical operators and their context, built on first execution and reused by the next ones. */
  prepared?: PhysicalStatement & { ctx: ExecContext; busy: boolean };
}

const PARSE_CACHE_SIZE = 1000;
const parseCache = new Map<string, ParsedStatement[]>();

/**
 * Reading takes time in proportion to a statement's length and cannot be interrupted: a statement
 * longer than this many characters per millisecond of the time budget is refused before reading.
 * (Conservative; large data belongs in parameters.)
 */
const PARSE_CHARS_PER_MS = 20;

/** Parses every statement of a script (statements separated by `;`), within a time budget. */
export function parseScript(text: string, budgetMs = 30_000): ParsedStatement[] {
  const cached = parseCache.get(text);
  if (cached) return cached;
  const pieces = splitStatements(text);
  if (pieces.length === 0) throw new CypherError('syntax', 'the query is empty', { tckDetail: 'UnexpectedSyntax' });
  const longest = budgetMs * PARSE_CHARS_PER_MS;
  const statements = pieces.map((piece) => {
    if (piece.text.length > longest) {
      throw new CypherError(
        'timeout',
        `a statement of ${piece.text.length} characters cannot be read within the time budget of ${budgetMs} ms (at most ${longest}); pass large values as parameters`,
        { source: text, offset: piece.offset },
      );
    }
    try {
      return { ast: parseStatement(piece.text), offset: piece.offset };
    } catch (error) {
      throw locateError(error, text, piece.offset);
    }
  });
  remember(parseCache, text, statements, PARSE_CACHE_SIZE);
  return statements;
}

/** A script planned for one graph, with the graph's size it was planned for. */
export interface CompiledScript {
  statements: PlannedStatement[];
  /** The first statement that writes, if any (for readOnly callers, found once rather than per call). */
  firstWrite: PlannedStatement | undefined;
  nodeCount: number;
  relationshipCount: number;
  /** The index's version when the counts were last compared: unchanged since, no need to compare. */
  version: number;
  /** The parameter names its statements read. */
  parameters: readonly string[];
  /** runCypher's setting of its last run of this script, kept to be reused. */
  setting: RunSetting | undefined;
}

const PLAN_CACHE_SIZE = 500;

function drifted(then: number, now: number): boolean {
  return Math.abs(now - then) > Math.max(1000, then);
}

/**
 * Whether the plans still suit the graph: yes while it is unchanged, or changed without growing or
 * shrinking a lot (the version is then recorded, so the next call compares nothing).
 */
export function stillFits(script: CompiledScript, index: GraphIndex): boolean {
  if (script.version === index.version) return true;
  if (drifted(script.nodeCount, index.nodeCount()) || drifted(script.relationshipCount, index.relationshipCount())) return false;
  script.version = index.version;
  return true;
}

export function compileScript(text: string, index: GraphIndex, budgetMs?: number): CompiledScript {
  // The same statement run again and again (a caller's loop): one comparison, no hashing.
  const last = index.lastPlan as CompiledScript | undefined;
  if (last !== undefined && index.lastPlanText === text && stillFits(last, index)) return last;
  const cache = index.planCache as Map<string, CompiledScript>;
  const cached = cache.get(text);
  if (cached !== undefined && stillFits(cached, index)) {
    index.lastPlanText = text;
    index.lastPlan = cached;
    return cached;
  }
  const nodeCount = index.nodeCount();
  const relationshipCount = index.relationshipCount();
  const stats = statsOf(index);
  const statements = parseScript(text, budgetMs).map((parsed) => {
    try {
      const bound = bindQuery(parsed.ast);
      return { ...parsed, bound, plan: planQuery(bound, stats), columns: Object.freeze(bound.columns.slice()) };
    } catch (error) {
      throw locateError(asCypherError(error, 'semantic'), text, parsed.offset);
    }
  });
  const script = { statements, firstWrite: statements.find((s) => s.bound.isWrite), nodeCount, relationshipCount, version: index.version, parameters: [...new Set(statements.flatMap((s) => s.bound.parameters))], setting: undefined };
  remember(cache, text, script, PLAN_CACHE_SIZE);
  index.lastPlanText = text;
  index.lastPlan = script;
  return script;
}

/** A bounded map that forgets its oldest entry (Map keeps insertion order). */
function remember<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
  if (map.size >= limit) map.delete(map.keys().next().value!);
  map.set(key, value);
}
