/**
 * The logical plan: a tree of operators over rows. Every operator reads rows from its input and
 * writes the slots it binds into the row; leaves are `Argument` (one row: the query's start, or the
 * outer row of a subquery).
 */
import type { Direction } from '../parse/ast.ts';
import type { BAggregate, BExpr, BPatternPart, BRemoveItem, BSetItem, BSortKey } from '../bind/bound.ts';

export interface ExpandSpec {
  from: number;
  rel: number;
  to: number;
  types: string[];
  direction: Direction;
  /** `to` is already bound: keep only relationships reaching it. */
  into: boolean;
  /** The relationship variable was bound by an earlier clause: only that one may match. */
  relBound: boolean;
  /** Labels the reached node must have (checked inline). */
  toLabels: string[];
  /** Relationship slots (single or lists) this one must differ from: uniqueness in one MATCH. */
  distinctFrom: number[];
  /** Expanding from the pattern's right end: a variable-length list is reversed to pattern order. */
  reversed: boolean;
  /** Variable length: hops and per-relationship property constraints. */
  varLength: { min: number; max: number | null; properties: BExpr | null } | null;
}

/** shortestPath((from)-[rel:types*min..max]-(to)) between two bound nodes; `all`: every shortest one. */
export interface ShortestPathSpec {
  from: number;
  rel: number;
  to: number;
  types: string[];
  direction: Direction;
  min: number;
  max: number | null;
  properties: BExpr | null;
  all: boolean;
}

export interface RangeBound {
  value: BExpr;
  inclusive: boolean;
}

export type LogicalOperator =
  | { op: 'Argument' }
  | { op: 'NodeScan'; input: LogicalOperator; slot: number; label: string | null; labels: string[]; estimate: number }
  | {
      op: 'NodeIndexSeek';
      input: LogicalOperator;
      slot: number;
      label: string | null;
      key: string;
      value: BExpr;
      /** `n.key IN list`: one lookup per element (the IN predicate still filters). */
      many: boolean;
      labels: string[];
      estimate: number;
    }
  | {
      op: 'NodeIndexRangeSeek';
      input: LogicalOperator;
      slot: number;
      label: string | null;
      key: string;
      /** STARTS WITH this value, or between the bounds. */
      prefix: BExpr | null;
      lower: RangeBound | null;
      upper: RangeBound | null;
      labels: string[];
      estimate: number;
    }
  | { op: 'Expand'; input: LogicalOperator; spec: ExpandSpec }
  | { op: 'ShortestPath'; input: LogicalOperator; spec: ShortestPathSpec }
  | { op: 'Filter'; input: LogicalOperator; predicate: BExpr }
  | { op: 'Optional'; input: LogicalOperator; inner: LogicalOperator; nullSlots: number[] }
  | { op: 'HashJoin'; input: LogicalOperator; inner: LogicalOperator; innerSlots: number[]; leftKey: BExpr; rightKey: BExpr }
  | { op: 'Unwind'; input: LogicalOperator; expr: BExpr; slot: number }
  | { op: 'Project'; input: LogicalOperator; items: { slot: number; expr: BExpr }[] }
  | { op: 'BuildPath'; input: LogicalOperator; slot: number; part: BPatternPart }
  | { op: 'Aggregate'; input: LogicalOperator; keys: { slot: number; expr: BExpr }[]; aggregates: BAggregate[] }
  | { op: 'RelationshipCount'; input: LogicalOperator; types: string[] | null; typeSlot: number | null; countSlots: number[] }
  | { op: 'NodeCount'; input: LogicalOperator; label: string | null; countSlots: number[] }
  | { op: 'Distinct'; input: LogicalOperator; slots: number[] }
  | { op: 'Sort'; input: LogicalOperator; keys: BSortKey[]; slots: number[] }
  | { op: 'Top'; input: LogicalOperator; keys: BSortKey[]; limit: BExpr; slots: number[] }
  | { op: 'Skip'; input: LogicalOperator; count: BExpr }
  | { op: 'Limit'; input: LogicalOperator; count: BExpr }
  | { op: 'Eager'; input: LogicalOperator }
  | { op: 'Create'; input: LogicalOperator; parts: BPatternPart[] }
  | { op: 'Merge'; input: LogicalOperator; match: LogicalOperator; part: BPatternPart; onMatch: BSetItem[]; onCreate: BSetItem[]; introduced: number[] }
  | { op: 'SetItems'; input: LogicalOperator; items: BSetItem[] }
  | { op: 'Remove'; input: LogicalOperator; items: BRemoveItem[] }
  | { op: 'Delete'; input: LogicalOperator; exprs: BExpr[]; detach: boolean }
  | { op: 'Union'; inputs: LogicalOperator[]; outputs: number[][]; slots: number[] }
  | { op: 'Produce'; input: LogicalOperator; slots: number[]; columns: string[] };

export type OperatorName = LogicalOperator['op'];

/** The operators feeding `op` (its input first, then inner plans). */
export function inputsOf(op: LogicalOperator): LogicalOperator[] {
  switch (op.op) {
    case 'Argument':
      return [];
    case 'Union':
      return op.inputs;
    case 'Optional':
    case 'HashJoin':
      return [op.input, op.inner];
    case 'Merge':
      return [op.input, op.match];
    default:
      return [op.input];
  }
}
