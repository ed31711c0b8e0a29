/**
 * CREATE INDEX, as Neo4j scripts write it (ours too: kg export cypher): accepted and does nothing,
 * since this engine builds its indexes by itself.
 */
import { describe, expect, test } from 'vitest';
import { cypherScriptChunks } from '../../../src/export/cypher-script.ts';
import { createGraph } from '../../../src/graph/index.ts';
import { isWriteQuery, runCypher } from '../../../src/query/index.ts';
import { column, errorOf, graphOf } from '../helpers.ts';

const NO_CHANGE = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0, nodesDeleted: 0, relationshipsDeleted: 0, labelsRemoved: 0 };

describe('CREATE INDEX', () => {
  test.each([
    'CREATE INDEX FOR (n:Person) ON (n.name)',
    'CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);',
    'CREATE INDEX IF NOT EXISTS FOR (n:Person) ON (n.name, n.title)',
    'create range index `person name` for (p:Person) on (p.name)',
    'CREATE TEXT INDEX FOR (e:Event) ON (e.name) OPTIONS {}',
    'CREATE INDEX FOR ()-[r:ATTENDED]-() ON (r.confidence)',
    'CREATE INDEX ON :Person(name)',
  ])('%s succeeds without rows and changes nothing', (text) => {
    const graph = graphOf("CREATE (:Person {name: 'Macron'})");
    const result = runCypher(graph, text);
    expect(result).toEqual({ columns: [], rows: [], stats: NO_CHANGE });
    expect(graph.order).toBe(1);
    expect(isWriteQuery(text)).toBe(false);
  });

  test('queries after it find what they found before', () => {
    const graph = graphOf("CREATE (:Person {name: 'Macron'}), (:Person {name: 'Merz'})");
    runCypher(graph, 'CREATE INDEX FOR (n:Person) ON (n.name)');
    expect(column(graph, "MATCH (p:Person {name: 'Merz'}) RETURN p.name")).toEqual(["'Merz'"]);
  });

  test('the index lines of an exported Cypher script run here too', () => {
    const graph = graphOf("CREATE (:Person {name: 'Macron'})-[:ATTENDED]->(:Event {name: 'Sommet'})");
    const script = [...cypherScriptChunks(graph)].join('');
    const indexLines = script.split('\n').filter((line) => /^\/\/\s+CREATE INDEX/.test(line)).map((line) => line.replace(/^\/\/\s+/, ''));
    expect(indexLines.length).toBeGreaterThan(0);
    const target = createGraph();
    for (const line of indexLines) expect(runCypher(target, line).rows).toEqual([]);
  });

  test('it is a statement of its own: inside a query it is a syntax error', () => {
    expect(errorOf(() => runCypher(createGraph(), 'MATCH (n) CREATE INDEX FOR (n:Person) ON (n.name)')).kind).toBe('syntax');
  });

  test('a malformed one is a syntax error where it goes wrong', () => {
    const error = errorOf(() => runCypher(createGraph(), 'CREATE INDEX FOR (n:Person) ON n.name'));
    expect(error.kind).toBe('syntax');
    expect(error.position?.column).toBe(32);
    expect(error.expected).toContain("'('");
  });

  test('CREATE still creates a node whose variable is called index', () => {
    expect(column(createGraph(), 'CREATE (index:Person) RETURN labels(index)')).toEqual(["['Person']"]);
  });
});
