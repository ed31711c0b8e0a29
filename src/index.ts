/** The package's programmatic API. */
export * from './graph/index.ts';
export { KgError } from './util/errors.ts';
// The extractor (src/extract): French news articles → knowledge graph.
export { buildGraphFromPaths, buildGraphFromTexts, extractDocument, buildGraph } from './extract/index.ts';
// The Cypher engine (src/query): run queries, read their values.
export {
  runCypher,
  query,
  prepare,
  explain,
  isWriteQuery,
  CypherError,
  isNode,
  isRelationship,
  isPath,
  nodeKey,
  relationshipKey,
  formatValue,
  toPlain,
  resultSubgraph,
  functionNames,
} from './query/index.ts';
export type { QueryOptions, QueryResult, QueryStats, CypherValue, PreparedQuery, PrepareOptions } from './query/index.ts';
