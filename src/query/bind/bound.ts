/**
 * The bound query: the AST with names resolved to frame slots, functions resolved, static types
 * known and semantic rules checked. The planner reads only this tree.
 */
import type { ComparisonOperator, Direction, Quantifier } from '../parse/ast.ts';
import type { AggregateFunction, ScalarFunction, StaticType } from '../functions/types.ts';
import type { Value } from '../values/types.ts';
import type { LogicalOperator } from '../plan/logical.ts';

interface Typed {
  /** Static type; ANY when only run time will tell. */
  t: StaticType;
  /** Offset in the statement, for runtime error positions. */
  at: number;
}

export type ArithmeticOperator = '+' | '-' | '*' | '/' | '%' | '^';
export type StringOperator = 'STARTS WITH' | 'ENDS WITH' | 'CONTAINS';

export type BExpr = Typed &
  (
    | { k: 'const'; v: Value }
    | { k: 'param'; name: string }
    | { k: 'slot'; slot: number; name: string }
    | { k: 'prop'; obj: BExpr; key: string }
    | { k: 'index'; obj: BExpr; index: BExpr }
    | { k: 'slice'; obj: BExpr; from: BExpr | null; to: BExpr | null }
    | { k: 'hasLabels'; obj: BExpr; labels: string[] }
    | { k: 'list'; items: BExpr[] }
    | { k: 'map'; keys: string[]; values: BExpr[] }
    | { k: 'mapProjection'; obj: BExpr; items: MapProjectionEntry[] }
    | { k: 'not'; x: BExpr }
    | { k: 'neg'; x: BExpr }
    | { k: 'arith'; op: ArithmeticOperator; a: BExpr; b: BExpr }
    | { k: 'logic'; op: 'AND' | 'OR' | 'XOR'; a: BExpr; b: BExpr }
    | { k: 'cmp'; ops: ComparisonOperator[]; operands: BExpr[] }
    | { k: 'strOp'; op: StringOperator; a: BExpr; b: BExpr }
    | { k: 'in'; a: BExpr; b: BExpr }
    | { k: 'regex'; a: BExpr; b: BExpr }
    | { k: 'isNull'; x: BExpr; negated: boolean }
    | { k: 'case'; test: BExpr | null; whens: BExpr[]; thens: BExpr[]; otherwise: BExpr | null }
    | { k: 'call'; fn: ScalarFunction; args: BExpr[] }
    | { k: 'listComp'; slot: number; list: BExpr; where: BExpr | null; map: BExpr | null }
    | { k: 'quantifier'; q: Quantifier; slot: number; list: BExpr; where: BExpr | null }
    | { k: 'reduce'; acc: number; init: BExpr; slot: number; list: BExpr; expr: BExpr }
    | { k: 'exists'; sub: Subquery }
    | { k: 'patternComp'; sub: Subquery; map: BExpr }
  );

export type MapProjectionEntry = { kind: 'all' } | { kind: 'prop'; key: string } | { kind: 'entry'; key: string; value: BExpr };

/**
 * A pattern or query evaluated per row (pattern predicates, pattern comprehensions, EXISTS {}):
 * the planner fills `plan`, whose rows extend the outer row.
 */
export interface Subquery {
  clauses: BoundClause[];
  /** Slots the outer row provides that the subquery reads. */
  plan?: LogicalOperator;
}

export interface BNode {
  slot: number;
  /** The user's name, or null for an anonymous node. */
  name: string | null;
  labels: string[];
  properties: BExpr | null;
  /** Bound by an earlier clause (or an outer query): the pattern must go through it. */
  bound: boolean;
}

export interface BRel {
  slot: number;
  name: string | null;
  types: string[];
  direction: Direction;
  /** Variable length: the slot holds the list of relationships. */
  range: { min: number; max: number | null } | null;
  properties: BExpr | null;
  bound: boolean;
}

/** nodes[i] -rels[i]- nodes[i + 1]. */
export interface BPatternPart {
  pathSlot: number | null;
  nodes: BNode[];
  rels: BRel[];
  /** shortestPath / allShortestPaths: one relationship, its slot holding the path's relationships. */
  shortest: 'one' | 'all' | null;
}

export interface BMatch {
  kind: 'match';
  optional: boolean;
  parts: BPatternPart[];
  where: BExpr | null;
  /** Slots this clause introduces (set to null by OPTIONAL MATCH when nothing matches). */
  introduced: number[];
}

export interface BUnwind {
  kind: 'unwind';
  expr: BExpr;
  slot: number;
}

export interface BAggregate {
  fn: AggregateFunction;
  args: BExpr[];
  distinct: boolean;
  slot: number;
}

export interface BSortKey {
  expr: BExpr;
  descending: boolean;
}

export interface BProjection {
  kind: 'projection';
  isReturn: boolean;
  /** Output columns, in order (RETURN) or the new scope (WITH). */
  items: { name: string; expr: BExpr; slot: number }[];
  distinct: boolean;
  /** Non-null when the projection aggregates: grouping keys are the items without aggregates. */
  aggregation: { keys: { expr: BExpr; slot: number }[]; aggregates: BAggregate[] } | null;
  orderBy: BSortKey[];
  skip: BExpr | null;
  limit: BExpr | null;
  where: BExpr | null;
  /** Slots readable after this clause (for operators that buffer rows). */
  liveSlots: number[];
}

export interface BCreate {
  kind: 'create';
  parts: BPatternPart[];
}

export interface BMerge {
  kind: 'merge';
  part: BPatternPart;
  onMatch: BSetItem[];
  onCreate: BSetItem[];
  introduced: number[];
}

export type BSetItem =
  | { kind: 'setProperty'; target: BExpr; key: string; value: BExpr }
  | { kind: 'setAll'; target: BExpr; value: BExpr; merge: boolean }
  | { kind: 'setLabels'; target: BExpr; labels: string[] };

export interface BSet {
  kind: 'set';
  items: BSetItem[];
}

export type BRemoveItem = { kind: 'removeProperty'; target: BExpr; key: string } | { kind: 'removeLabels'; target: BExpr; labels: string[] };

export interface BRemove {
  kind: 'remove';
  items: BRemoveItem[];
}

export interface BDelete {
  kind: 'delete';
  detach: boolean;
  exprs: BExpr[];
}

/** CALL: `expr` gives one map per output row (into `rowSlot`); each yield reads one output of it. */
export interface BCall {
  kind: 'call';
  expr: BExpr;
  rowSlot: number;
  yields: { slot: number; output: string }[];
  where: BExpr | null;
}

export type BoundClause = BMatch | BUnwind | BProjection | BCreate | BMerge | BSet | BRemove | BDelete | BCall;

export interface BoundSingleQuery {
  clauses: BoundClause[];
  /** Column names and the slots holding them after the last clause (empty for a write-only query). */
  columns: string[];
  outputSlots: number[];
}

export interface BoundQuery {
  parts: BoundSingleQuery[];
  unionAll: boolean[];
  columns: string[];
  slotCount: number;
  /** Slots the UNION writes its rows to (when there are several parts). */
  unionSlots: number[];
  isWrite: boolean;
  /** Slot -> variable name, for explain(). */
  names: Map<number, string>;
  /** Parameters the statement uses. */
  parameters: string[];
}
