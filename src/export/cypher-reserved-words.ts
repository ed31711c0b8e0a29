/**
 * Words a Cypher parser may read as a keyword where a name is expected (openCypher's reserved words,
 * Neo4j 5's keywords). A label, type or property key spelled like one is written in backticks, which
 * every Cypher engine accepts for any name.
 */
export const CYPHER_RESERVED_WORDS: ReadonlySet<string> = new Set([
  'ADD', 'ALL', 'AND', 'ANY', 'AS', 'ASC', 'ASCENDING', 'BY', 'CALL', 'CASE', 'CONSTRAINT', 'CONTAINS',
  'COUNT', 'CREATE', 'DELETE', 'DESC', 'DESCENDING', 'DETACH', 'DISTINCT', 'DO', 'DROP', 'ELSE', 'END',
  'ENDS', 'EXISTS', 'EXTRACT', 'FALSE', 'FILTER', 'FOR', 'FROM', 'IN', 'INDEX', 'IS', 'JOIN', 'KEY',
  'LIMIT', 'LOAD', 'MANDATORY', 'MATCH', 'MERGE', 'NODE', 'NONE', 'NOT', 'NULL', 'OF', 'ON', 'OPTIONAL',
  'OR', 'ORDER', 'REDUCE', 'REMOVE', 'REQUIRE', 'RETURN', 'SCALAR', 'SCAN', 'SET', 'SINGLE', 'SKIP',
  'STARTS', 'THEN', 'TRUE', 'UNION', 'UNIQUE', 'UNWIND', 'USE', 'USING', 'WHEN', 'WHERE', 'WITH', 'XOR',
  'YIELD',
]);
