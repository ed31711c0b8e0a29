/** The Cypher engine's public contract (see README, "Querying from code"). */
export { runCypher, query, explain, isWriteQuery, DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_MS } from './run-cypher.ts';
export type { QueryOptions, QueryResult, QueryStats, CypherValue } from './run-cypher.ts';
export { prepare } from './prepared-query.ts';
export type { PreparedQuery, PrepareOptions } from './prepared-query.ts';
export { CypherError } from './errors.ts';
export type { CypherErrorKind, SourcePosition } from './errors.ts';
export { isNode, isRelationship, isPath, nodeKey, relationshipKey } from './values/accessors.ts';
export { formatValue } from './values/format-value.ts';
export { toPlain } from './values/to-plain.ts';
export { plainObjects } from './prepared-query.ts';
export { resultSubgraph } from './result-subgraph.ts';
export { functionNames } from './functions/registry.ts';
export { registerProcedure } from './procedures/procedures.ts';
export type { ProcedureDefinition, ProcedureField } from './procedures/procedures.ts';
