/**
 * The abstract syntax tree of a Cypher statement, as `toAst` builds it from the Ohm parse.
 * Every node carries `start`/`end` offsets into the statement text, for error positions.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Name extends Span {
  name: string;
}

export interface Query extends Span {
  kind: 'query';
  parts: SingleQuery[];
  /** unionAll[i] joins parts[i] and parts[i + 1]: true for UNION ALL. */
  unionAll: boolean[];
}

export interface SingleQuery extends Span {
  kind: 'single';
  clauses: Clause[];
}

export type Clause =
  | MatchClause
  | UnwindClause
  | WithClause
  | ReturnClause
  | CreateClause
  | MergeClause
  | SetClause
  | DeleteClause
  | RemoveClause
  | CallClause
  | CreateIndexClause;

export interface MatchClause extends Span {
  kind: 'match';
  optional: boolean;
  pattern: PatternPart[];
  where: Expr | null;
}

export interface UnwindClause extends Span {
  kind: 'unwind';
  expr: Expr;
  variable: Name;
}

export interface Projection {
  distinct: boolean;
  star: boolean;
  items: ProjectionItem[];
  orderBy: SortItem[] | null;
  skip: Expr | null;
  limit: Expr | null;
}

export interface ProjectionItem extends Span {
  expr: Expr;
  alias: Name | null;
  /** The expression as written: the column name when there is no alias. */
  text: string;
}

export interface SortItem extends Span {
  expr: Expr;
  descending: boolean;
}

export interface WithClause extends Span {
  kind: 'with';
  projection: Projection;
  where: Expr | null;
}

export interface ReturnClause extends Span {
  kind: 'return';
  projection: Projection;
}

export interface CreateClause extends Span {
  kind: 'create';
  pattern: PatternPart[];
}

export interface MergeClause extends Span {
  kind: 'merge';
  pattern: PatternPart;
  onMatch: SetItem[];
  onCreate: SetItem[];
}

export type SetItem =
  | (Span & { kind: 'setProperty'; target: PropertyExpr; value: Expr })
  | (Span & { kind: 'setVariable'; variable: Name; value: Expr; merge: boolean })
  | (Span & { kind: 'setLabels'; variable: Name; labels: Name[] });

export interface SetClause extends Span {
  kind: 'set';
  items: SetItem[];
}

export interface DeleteClause extends Span {
  kind: 'delete';
  detach: boolean;
  exprs: Expr[];
}

export type RemoveItem =
  | (Span & { kind: 'removeLabels'; variable: Name; labels: Name[] })
  | (Span & { kind: 'removeProperty'; target: PropertyExpr });

export interface RemoveClause extends Span {
  kind: 'remove';
  items: RemoveItem[];
}

/** CREATE INDEX …: accepted for Neo4j scripts; indexes are automatic here, so it does nothing. */
export interface CreateIndexClause extends Span {
  kind: 'createIndex';
}

export interface CallClause extends Span {
  kind: 'call';
  procedure: string;
  /** null: no parentheses, the arguments are the parameters named as the procedure's inputs. */
  args: Expr[] | null;
  /** null: no YIELD; 'star': YIELD *. */
  yields: { items: YieldItem[]; where: Expr | null } | 'star' | null;
}

export interface YieldItem {
  /** The procedure's output. */
  output: Name;
  /** The variable it is bound to. */
  variable: Name;
}

// Patterns

export interface PatternPart extends Span {
  variable: Name | null;
  element: PatternElement;
  /** shortestPath(…) / allShortestPaths(…) (CypherKG). */
  shortest?: 'one' | 'all';
}

/** A chain: nodes.length === rels.length + 1; rels[i] joins nodes[i] and nodes[i + 1]. */
export interface PatternElement extends Span {
  nodes: NodePattern[];
  rels: RelationshipPattern[];
}

export interface NodePattern extends Span {
  variable: Name | null;
  labels: Name[];
  properties: Expr | null;
}

/** 'out': (a)-->(b); 'in': (a)<--(b); 'both': (a)--(b) or (a)<-->(b). */
export type Direction = 'out' | 'in' | 'both';

export interface RangeSpec {
  min: number | null;
  max: number | null;
}

export interface RelationshipPattern extends Span {
  variable: Name | null;
  types: Name[];
  direction: Direction;
  /** Present for variable-length relationships (`*`, `*2`, `*1..3`). */
  range: RangeSpec | null;
  properties: Expr | null;
}

// Expressions

export type BinaryOperator =
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '^'
  | 'AND'
  | 'OR'
  | 'XOR'
  | 'STARTS WITH'
  | 'ENDS WITH'
  | 'CONTAINS'
  | 'IN'
  | '=~';

export type ComparisonOperator = '=' | '<>' | '<' | '>' | '<=' | '>=';

export type Quantifier = 'all' | 'any' | 'none' | 'single';

export interface PropertyExpr extends Span {
  kind: 'property';
  object: Expr;
  key: string;
}

export type Expr =
  | (Span & { kind: 'literal'; value: unknown })
  | (Span & { kind: 'parameter'; name: string })
  | (Span & { kind: 'variable'; name: string })
  | PropertyExpr
  | (Span & { kind: 'index'; object: Expr; index: Expr })
  | (Span & { kind: 'slice'; object: Expr; from: Expr | null; to: Expr | null })
  | (Span & { kind: 'hasLabels'; object: Expr; labels: string[] })
  | (Span & { kind: 'list'; items: Expr[] })
  | (Span & { kind: 'map'; keys: string[]; values: Expr[] })
  | (Span & { kind: 'mapProjection'; variable: Name; items: MapProjectionItem[] })
  | (Span & { kind: 'unary'; op: '-' | '+' | 'NOT'; operand: Expr })
  | (Span & { kind: 'binary'; op: BinaryOperator; left: Expr; right: Expr })
  | (Span & { kind: 'comparison'; ops: ComparisonOperator[]; operands: Expr[] })
  | (Span & { kind: 'isNull'; operand: Expr; negated: boolean })
  | (Span & { kind: 'case'; test: Expr | null; whens: Expr[]; thens: Expr[]; otherwise: Expr | null })
  | (Span & { kind: 'call'; name: string; distinct: boolean; args: Expr[] })
  | (Span & { kind: 'countStar' })
  | (Span & { kind: 'listComprehension'; variable: Name; list: Expr; where: Expr | null; map: Expr | null })
  | (Span & {
      kind: 'patternComprehension';
      variable: Name | null;
      pattern: PatternElement;
      where: Expr | null;
      map: Expr;
    })
  | (Span & { kind: 'quantifier'; quantifier: Quantifier; variable: Name; list: Expr; where: Expr | null })
  | (Span & { kind: 'reduce'; accumulator: Name; init: Expr; variable: Name; list: Expr; expr: Expr })
  | (Span & { kind: 'patternPredicate'; pattern: PatternElement })
  | (Span & { kind: 'exists'; query: Query | null; pattern: PatternPart[] | null; where: Expr | null });

export type MapProjectionItem =
  | (Span & { kind: 'allProperties' })
  | (Span & { kind: 'property'; key: string })
  | (Span & { kind: 'entry'; key: string; value: Expr })
  | (Span & { kind: 'variable'; name: string });

export type ExprKind = Expr['kind'];
