import { describe, expect, test } from 'vitest';
import { runCypher } from '../../../src/query/index.ts';
import { errorOf, graphOf } from '../helpers.ts';

/** [query, TCK detail, column of the error] */
const COMPILE_ERRORS: [string, string, number][] = [
  ['MATCH (a) RETURN b', 'UndefinedVariable', 18],
  ['MATCH (a) WITH a AS x RETURN a', 'UndefinedVariable', 30],
  ['MATCH (a)-[a]->() RETURN a', 'VariableTypeConflict', 12],
  ['WITH 1 AS n MATCH (n) RETURN n', 'VariableTypeConflict', 20],
  ['MATCH (a) CREATE (a)', 'VariableAlreadyBound', 19],
  ['MATCH (a) CREATE (a:Label)-[:R]->()', 'VariableAlreadyBound', 19],
  ['MATCH ()-[r]->() CREATE ()-[r:R]->()', 'VariableAlreadyBound', 29],
  ['UNWIND [1] AS x UNWIND [2] AS x RETURN x', 'VariableAlreadyBound', 31],
  ['MATCH (a)-[r]->()-[r]->() RETURN a', 'RelationshipUniquenessViolation', 20],
  ['CREATE (a)-[:A|B]->(b)', 'NoSingleRelationshipType', 11],
  ['CREATE (a)-[]->(b)', 'NoSingleRelationshipType', 11],
  ['CREATE (a)-[:R]-(b)', 'RequiresDirectedRelationship', 11],
  ['CREATE (a)-[:R*2]->(b)', 'CreatingVarLength', 11],
  ['MATCH (n $props) RETURN n', 'InvalidParameterUse', 10],
  ['RETURN count(count(*))', 'NestedAggregation', 14],
  ['MATCH (n) WHERE count(n) > 1 RETURN n', 'InvalidAggregation', 17],
  ['MATCH (n) RETURN n.x ORDER BY max(n.y)', 'InvalidAggregation', 31],
  ['MATCH (n) RETURN n.x + count(*)', 'AmbiguousAggregationExpression', 18],
  ['MATCH (n) RETURN DISTINCT n.x ORDER BY n.y', 'UndefinedVariable', 40],
  ['RETURN *', 'NoVariablesInScope', 1],
  ['MATCH (a) RETURN a, a', 'ColumnNameConflict', 21],
  ['MATCH (a) WITH a.x RETURN 1', 'NoExpressionAlias', 16],
  ['RETURN 1 AS a UNION RETURN 2 AS b', 'DifferentColumnsInUnion', 21],
  ['RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a', 'InvalidClauseComposition', 1],
  ['MATCH (n) RETURN n LIMIT -1', 'NegativeIntegerArgument', 26],
  ['MATCH (n) RETURN n SKIP 1.5', 'InvalidArgumentType', 25],
  ['MATCH (n) RETURN n LIMIT n.x', 'NonConstantExpression', 26],
  ['RETURN foo(1)', 'UnknownFunction', 8],
  ['RETURN toUpper(1)', 'InvalidArgumentType', 16],
  ['RETURN labels(1)', 'InvalidArgumentType', 15],
  ['RETURN 1 AND true', 'InvalidArgumentType', 8],
  ['RETURN NOT 1', 'InvalidArgumentType', 12],
  ['MATCH (n) RETURN (n)-->()', 'UnexpectedSyntax', 18],
  ['MATCH (n) WHERE (n)-[r]->() RETURN n', 'UndefinedVariable', 22],
  ['MATCH (n) WHERE (n) RETURN n', 'InvalidArgumentType', 18],
  ['MATCH (n) RETURN n CREATE (m)', 'InvalidClauseComposition', 20],
  ['MATCH (n)', 'InvalidClauseComposition', 10],
  ['MATCH (n) WHERE exists { MATCH (n)-->(m) SET m.x = 1 } RETURN n', 'InvalidClauseComposition', 42],
  ['RETURN none(x IN [false, true] WHERE x % 2 = 0)', 'InvalidArgumentType', 38],
  ["RETURN [x IN ['a', 'b'] | x * 2]", 'InvalidArgumentType', 27],
];

describe('compile-time errors', () => {
  test.each(COMPILE_ERRORS)('%s: %s', (query, detail, column) => {
    const error = errorOf(() => runCypher(graphOf('CREATE (:A {x: 1})-[:R]->(:B)'), query));
    expect(error.tckDetail).toBe(detail);
    expect(['semantic', 'syntax']).toContain(error.kind);
    expect(error.position?.column).toBe(column);
    expect(error.userMessage).toContain(`column ${column}`);
  });

  test('are raised before anything is written', () => {
    const graph = graphOf('CREATE (:A)');
    errorOf(() => runCypher(graph, 'CREATE (:B) WITH 1 AS x RETURN y'));
    expect(graph.order).toBe(1);
  });

  test('elements of a mixed list are typed at run time only', () => {
    expect(runCypher(graphOf(), "RETURN [x IN [1, 'a'] WHERE x = 1 | x] AS r").rows).toEqual([[[1]]]);
  });

  test('property access on a value that has no properties is a TypeError', () => {
    const error = errorOf(() => runCypher(graphOf(), 'WITH 1 AS n RETURN n.name'));
    expect(error.tckType).toBe('TypeError');
    expect(error.tckDetail).toBe('InvalidArgumentType');
  });

  test('a missing parameter is reported by name', () => {
    const error = errorOf(() => runCypher(graphOf(), 'RETURN $who'));
    expect(error.tckType).toBe('ParameterMissing');
    expect(error.userMessage).toContain('$who');
  });
});

describe('scoping', () => {
  test('WITH … WHERE sees the variables from before the WITH (without aggregation)', () => {
    const graph = graphOf("CREATE ({name: 'A', v: 1}), ({name: 'B', v: 2})");
    expect(runCypher(graph, 'MATCH (a) WITH a.name AS name WHERE a.v = 2 RETURN name').rows).toEqual([['B']]);
    expect(errorOf(() => runCypher(graph, 'MATCH (a) WITH count(*) AS c WHERE a.v = 2 RETURN c')).tckDetail).toBe('UndefinedVariable');
  });

  test('ORDER BY sees projected names first, then earlier variables', () => {
    const graph = graphOf("CREATE ({name: 'A', v: 2}), ({name: 'B', v: 1})");
    expect(runCypher(graph, 'MATCH (a) RETURN a.name AS name ORDER BY a.v').rows).toEqual([['B'], ['A']]);
    expect(runCypher(graph, 'MATCH (a) RETURN a.v AS a ORDER BY a DESC').rows).toEqual([[2], [1]]);
  });

  test('comprehension variables do not leak out', () => {
    expect(errorOf(() => runCypher(graphOf(), 'RETURN [x IN [1] | x] AS l, x')).tckDetail).toBe('UndefinedVariable');
  });
});

describe('suggestions', () => {
  test('a misspelled variable or function name suggests the close one', () => {
    expect(errorOf(() => runCypher(graphOf(), 'MATCH (person) RETURN persn.name')).userMessage).toContain('did you mean `person`?');
    expect(errorOf(() => runCypher(graphOf(), "RETURN toUppr('a')")).userMessage).toContain('did you mean toUpper()?');
    expect(errorOf(() => runCypher(graphOf(), 'MATCH (a) RETURN zzz')).userMessage).not.toContain('did you mean');
  });
});
