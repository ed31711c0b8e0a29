import { describe, expect, test } from 'vitest';
import { createGraph } from '../../src/graph/index.ts';
import {
  explain,
  formatValue,
  functionNames,
  isNode,
  isPath,
  isRelationship,
  isWriteQuery,
  nodeKey,
  query,
  relationshipKey,
  resultSubgraph,
  runCypher,
  toPlain,
} from '../../src/query/index.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { errorOf } from './helpers.ts';

function newsGraph(): KnowledgeGraph {
  const g = createGraph();
  g.addNode('person:macron', { labels: ['Person'], name: 'Emmanuel Macron', title: 'président français' });
  g.addNode('person:meloni', { labels: ['Person'], name: 'Giorgia Meloni' });
  g.addNode('country:it', { labels: ['Country'], name: 'Italie', iso2: 'IT' });
  g.addNode('event:paris', { labels: ['Event'], name: 'Sommet de Paris', date: '2026-01-06' });
  g.addEdgeWithKey('e1', 'person:macron', 'event:paris', { type: 'ATTENDED', confidence: 0.9 });
  g.addEdgeWithKey('e2', 'person:meloni', 'event:paris', { type: 'ATTENDED', confidence: 0.8 });
  g.addEdgeWithKey('e3', 'person:meloni', 'country:it', { type: 'LEADS', confidence: 1 });
  return g;
}

describe('runCypher', () => {
  test('returns columns in order, rows of values, and zero stats for a read', () => {
    const result = runCypher(newsGraph(), 'MATCH (p:Person)-[:ATTENDED]->(e:Event) RETURN p.name AS who, e.date ORDER BY who');
    expect(result.columns).toEqual(['who', 'e.date']);
    expect(result.rows).toEqual([
      ['Emmanuel Macron', '2026-01-06'],
      ['Giorgia Meloni', '2026-01-06'],
    ]);
    expect(result.stats.nodesCreated).toBe(0);
  });

  test('takes parameters as plain JS values', () => {
    const result = runCypher(newsGraph(), 'MATCH (p:Person {name: $name})-[:LEADS]->(c) RETURN c.iso2', { params: { name: 'Giorgia Meloni' } });
    expect(result.rows).toEqual([['IT']]);
  });

  test('counts what CREATE writes, and the graph holds it afterwards', () => {
    const g = newsGraph();
    const result = runCypher(g, "CREATE (:Person {name: 'Ursula von der Leyen'})-[:LEADS]->(:Organization {name: 'Commission européenne'})");
    expect(result.stats).toMatchObject({ nodesCreated: 2, relationshipsCreated: 1, propertiesSet: 2, labelsAdded: 2 });
    expect(query(g, 'MATCH (o:Organization)<-[:LEADS]-(p) RETURN p.name AS name')).toEqual([{ name: 'Ursula von der Leyen' }]);
  });

  test('runs a script of statements and returns the last result', () => {
    const g = createGraph();
    const result = runCypher(g, "CREATE (:A {v: 1});\nCREATE (:A {v: 2});\nMATCH (a:A) RETURN sum(a.v) AS total;");
    expect(result.rows).toEqual([[3]]);
    expect(result.stats.nodesCreated).toBe(2);
  });

  test('refuses writes when readOnly, before changing anything', () => {
    const g = newsGraph();
    const error = errorOf(() => runCypher(g, "MATCH (n) SET n.x = 1 RETURN n", { readOnly: true }));
    expect(error.kind).toBe('forbidden');
    expect(g.getNodeAttribute('person:macron', 'x')).toBeUndefined();
  });

  test('a syntax error names line and column, shows the line with a caret and what was expected', () => {
    const error = errorOf(() => runCypher(newsGraph(), 'MATCH (n:Person)\nRETRUN n'));
    expect(error.kind).toBe('syntax');
    expect(error.tckType).toBe('SyntaxError');
    expect(error.position).toEqual({ offset: 17, line: 2, column: 1 });
    expect(error.userMessage).toContain('line 2, column 1');
    expect(error.userMessage).toContain('RETRUN n\n    ^');
    expect(error.userMessage).toMatch(/expected .*RETURN/);
    expect(error.userMessage).not.toMatch(/\bat .*\.ts:\d+/);
  });

  test('semantic errors are raised before anything runs', () => {
    const g = newsGraph();
    const error = errorOf(() => runCypher(g, 'CREATE (a:X) RETURN b'));
    expect(error.kind).toBe('semantic');
    expect(error.tckDetail).toBe('UndefinedVariable');
    expect(error.position?.column).toBe(21);
    expect(g.order).toBe(4);
  });

  test('runtime errors carry the TCK type and a position', () => {
    const error = errorOf(() => runCypher(newsGraph(), 'UNWIND [1, 0] AS d RETURN 10 / d'));
    expect(error.kind).toBe('runtime');
    expect(error.tckType).toBe('ArithmeticError');
    expect(error.position?.column).toBe(27);
  });

  test('a time budget stops a runaway cartesian product', () => {
    const g = createGraph();
    runCypher(g, 'UNWIND range(1, 300) AS i CREATE (:N {i: i})');
    const error = errorOf(() => runCypher(g, 'MATCH (a:N), (b:N), (c:N) RETURN count(*)', { timeoutMs: 50 }));
    expect(error.kind).toBe('timeout');
  });

  test('a row cap stops a result that is too large', () => {
    const error = errorOf(() => runCypher(createGraph(), 'UNWIND range(1, 100) AS i RETURN i', { maxRows: 10 }));
    expect(error.kind).toBe('row-limit');
  });

  test('isCancelled stops a running query', () => {
    const g = createGraph();
    runCypher(g, 'UNWIND range(1, 300) AS i CREATE (:N)');
    let polls = 0;
    const error = errorOf(() => runCypher(g, 'MATCH (a:N), (b:N), (c:N) RETURN count(*)', { isCancelled: () => ++polls > 3 }));
    expect(error.kind).toBe('cancelled');
  });
});

describe('values', () => {
  test('nodes, relationships and paths have accessors, keys and Cypher notation', () => {
    const result = runCypher(newsGraph(), "MATCH p = (a:Person {name: 'Giorgia Meloni'})-[r:LEADS]->(c) RETURN a, r, p");
    const [a, r, p] = result.rows[0]!;
    expect(isNode(a)).toBe(true);
    expect(isRelationship(r)).toBe(true);
    expect(isPath(p)).toBe(true);
    expect(nodeKey(a)).toBe('person:meloni');
    expect(relationshipKey(r)).toBe('e3');
    expect(formatValue(a)).toBe("(:Person {name: 'Giorgia Meloni'})");
    expect(formatValue(r)).toBe('[:LEADS {confidence: 1}]');
    expect(formatValue(p)).toBe("<(:Person {name: 'Giorgia Meloni'})-[:LEADS {confidence: 1}]->(:Country {name: 'Italie', iso2: 'IT'})>");
  });

  test('integers and floats stay distinct', () => {
    const [row] = runCypher(createGraph(), 'RETURN 1, 1.0, 1/2, 1/2.0, toString(1.0), 2^2').rows;
    expect(row!.map(formatValue)).toEqual(['1', '1.0', '0', '0.5', "'1.0'", '4.0']);
  });

  test('query() and toPlain give integers beyond ±2^53 exactly, as bigint', () => {
    const g = createGraph();
    expect(query(g, 'CREATE (n:Counter {v: 9223372036854775807}) RETURN n.v AS v, n AS n, [-9007199254740993, 1] AS l')).toEqual([
      { v: 9223372036854775807n, n: { id: g.nodes()[0], labels: ['Counter'], properties: { v: 9223372036854775807n } }, l: [-9007199254740993n, 1] },
    ]);
  });

  test('toPlain gives JSON-friendly values', () => {
    const [row] = runCypher(newsGraph(), "MATCH (a {name: 'Giorgia Meloni'})-[r:LEADS]->() RETURN a, r, 1.0 AS f, [1, {x: 2}] AS l").rows;
    expect(row!.map(toPlain)).toEqual([
      { id: 'person:meloni', labels: ['Person'], properties: { name: 'Giorgia Meloni' } },
      { id: 'e3', type: 'LEADS', start: 'person:meloni', end: 'country:it', properties: { confidence: 1 } },
      1,
      [1, { x: 2 }],
    ]);
  });

  test('resultSubgraph lists what the result touches, with relationship endpoints', () => {
    const g = newsGraph();
    const result = runCypher(g, "MATCH (p:Person)-[r:ATTENDED]->() WHERE p.name STARTS WITH 'Gio' RETURN [r] AS rs");
    expect(resultSubgraph(g, result)).toEqual({ nodes: ['event:paris', 'person:meloni'], edges: ['e2'] });
  });
});

describe('helpers', () => {
  test('isWriteQuery sees write clauses anywhere in the query', () => {
    expect(isWriteQuery('MATCH (n) RETURN n')).toBe(false);
    expect(isWriteQuery('match (n) create (m)')).toBe(true);
    expect(isWriteQuery('MATCH (n) RETURN n UNION MATCH (m) DETACH DELETE m RETURN 1 AS n')).toBe(true);
    expect(isWriteQuery('MATCH (n) SET n.x = 1')).toBe(true);
  });

  test('explain shows the index seek chosen for a property equality', () => {
    const g = newsGraph();
    for (let i = 0; i < 50; i++) g.addNode(`p${i}`, { labels: ['Person'], name: `P${i}` });
    const plan = explain(g, 'MATCH (p:Person {name: $n})-[:ATTENDED]->(e:Event) RETURN e.name');
    expect(plan).toMatch(/NodeIndexSeek \(p:Person \{name: \$n\}\)/);
    expect(plan).toMatch(/Expand \(p\)-\[.*:ATTENDED\]->\(e:Event\)/);
  });

  test('functionNames lists the registry for completion', () => {
    const names = functionNames();
    for (const name of ['count', 'collect', 'toInteger', 'startNode', 'coalesce', 'exists']) expect(names).toContain(name);
  });
});

describe('guard rails inside expressions', () => {
  test('a long list comprehension is stopped by the time budget', () => {
    const error = errorOf(() => runCypher(createGraph(), 'RETURN size([x IN range(1, 2000000) WHERE x % 7 = 0 | x * 2]) AS n', { timeoutMs: 1 }));
    expect(error.kind).toBe('timeout');
  });
});

describe('reading within the time budget', () => {
  test('a statement too long to read within the budget is refused at once, not read', () => {
    const text = 'RETURN ' + Array.from({ length: 300 }, (_, i) => String(i)).join(' + ');
    const error = errorOf(() => runCypher(createGraph(), text, { timeoutMs: 20 }));
    expect(error.kind).toBe('timeout');
    expect(error.userMessage).toContain('parameters');
    expect(runCypher(createGraph(), text).rows[0]![0]).toBe(44850);
  });
});
