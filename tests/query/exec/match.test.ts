import { describe, expect, test } from 'vitest';
import { runCypher } from '../../../src/query/index.ts';
import { column, graphOf, newsGraph, rows } from '../helpers.ts';

describe('MATCH', () => {
  test('who attended the Paris summit', () => {
    expect(column(newsGraph(), "MATCH (p:Person)-[:ATTENDED]->(:Event {name: 'Sommet de Paris'}) RETURN p.name ORDER BY p.name")).toEqual([
      "'Emmanuel Macron'",
      "'Giorgia Meloni'",
      "'Keir Starmer'",
    ]);
  });

  test('type alternatives and the incoming direction', () => {
    expect(column(newsGraph(), "MATCH (c:Country {iso2: 'UA'})<-[r:REFUSES_TROOPS|PLEDGES]-(x) RETURN x.name + ' ' + type(r) ORDER BY x.name")).toEqual([
      "'France PLEDGES'",
      "'Italie REFUSES_TROOPS'",
    ]);
  });

  test('an undirected pattern gives each relationship in both directions, a self-loop once', () => {
    const g = graphOf('CREATE (a:N {v: 1})-[:R]->(b:N {v: 2}), (a)-[:R]->(a)');
    expect(rows(g, 'MATCH (x)-[:R]-(y) RETURN x.v, y.v ORDER BY x.v, y.v')).toEqual([
      ['1', '1'],
      ['1', '2'],
      ['2', '1'],
    ]);
  });

  test('a relationship is used once per pattern (relationship isomorphism)', () => {
    const g = graphOf('CREATE (a:N)-[:R]->(b:N)');
    expect(rows(g, 'MATCH (x)-[:R]-(y)-[:R]-(z) RETURN x')).toEqual([]);
    expect(rows(g, 'MATCH (x)-[:R]-(y) MATCH (y)-[:R]-(z) RETURN count(*)')).toEqual([['2']]);
  });

  test('co-attendance: who else was at the events Macron attended', () => {
    const result = runCypher(
      newsGraph(),
      "MATCH (p:Person {name: 'Emmanuel Macron'})-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(q:Person) WHERE q <> p RETURN q.name AS name, count(*) AS c ORDER BY c DESC, name",
    );
    expect(result.rows).toEqual([
      ['Keir Starmer', 2],
      ['Giorgia Meloni', 1],
    ]);
  });

  test('disconnected parts make a product', () => {
    expect(rows(newsGraph(), "MATCH (p:Person {name: 'Keir Starmer'}), (c:Country) RETURN count(*)")).toEqual([['3']]);
  });

  test('a variable bound earlier is reused, not rebound', () => {
    expect(column(newsGraph(), "MATCH (c:Country {iso2: 'FR'}) MATCH (p)-[:LEADS]->(c) RETURN p.name")).toEqual(["'Emmanuel Macron'"]);
  });

  test('inline properties from parameters, labels in WHERE', () => {
    const g = newsGraph();
    expect(column(g, 'MATCH (n {iso2: $code}) WHERE n:Country RETURN n.name', { params: { code: 'IT' } })).toEqual(["'Italie'"]);
  });
});

describe('variable-length relationships', () => {
  const chain = () => graphOf('CREATE (a:N {v: 0})-[:R]->(:N {v: 1})-[:R]->(:N {v: 2})-[:R]->(:N {v: 3})');

  test.each([
    ['*', ['1', '2', '3']],
    ['*2', ['2']],
    ['*1..2', ['1', '2']],
    ['*..2', ['1', '2']],
    ['*0..1', ['0', '1']],
    ['*2..', ['2', '3']],
  ])('[:R%s] from the start', (range, reached) => {
    expect(column(chain(), `MATCH (:N {v: 0})-[:R${range}]->(x) RETURN x.v ORDER BY x.v`)).toEqual(reached);
  });

  test('the relationship variable is the list, in pattern order', () => {
    const g = chain();
    expect(column(g, 'MATCH (a:N {v: 0})-[rs:R*]->(b:N {v: 3}) RETURN [r IN rs | startNode(r).v]')).toEqual(['[0, 1, 2]']);
    expect(column(g, 'MATCH (b:N {v: 3})<-[rs:R*]-(a:N {v: 0}) RETURN [r IN rs | startNode(r).v]')).toEqual(['[2, 1, 0]']);
  });

  test('property maps apply to every relationship', () => {
    const g = graphOf('CREATE (a:N {v: 0})-[:R {ok: true}]->(b:N {v: 1})-[:R {ok: false}]->(c:N {v: 2})');
    expect(column(g, 'MATCH (:N {v: 0})-[:R* {ok: true}]->(x) RETURN x.v')).toEqual(['1']);
  });
});

describe('named paths', () => {
  test('nodes, relationships and length', () => {
    const g = newsGraph();
    expect(rows(g, "MATCH p = (:Person {name: 'Giorgia Meloni'})-[:LEADS]->(:Country)-[:REFUSES_TROOPS]->(u) RETURN length(p), [n IN nodes(p) | n.name], u.iso2")).toEqual([
      ['2', "['Giorgia Meloni', 'Italie', 'Ukraine']", "'UA'"],
    ]);
  });

  test('a path written against the arrow reads in pattern order', () => {
    const g = graphOf('CREATE (:A)-[:T]->(:B)');
    expect(column(g, 'MATCH p = (:B)<-[:T]-(:A) RETURN p')).toEqual(['<(:B)<-[:T]-(:A)>']);
  });
});

describe('OPTIONAL MATCH', () => {
  test('keeps the row with nulls when nothing matches', () => {
    expect(rows(newsGraph(), "MATCH (p:Person) OPTIONAL MATCH (p)-[:LEADS]->(c:Country) RETURN p.name, c.iso2 ORDER BY p.name")).toEqual([
      ["'Emmanuel Macron'", "'FR'"],
      ["'Giorgia Meloni'", "'IT'"],
      ["'Keir Starmer'", 'null'],
    ]);
  });

  test('a WHERE inside OPTIONAL MATCH filters the optional part only', () => {
    expect(rows(newsGraph(), "MATCH (p:Person {name: 'Emmanuel Macron'}) OPTIONAL MATCH (p)-[:ATTENDED]->(e) WHERE e.kind = 'nothing' RETURN p.name, e")).toEqual([
      ["'Emmanuel Macron'", 'null'],
    ]);
  });
});

describe('pattern predicates and subqueries', () => {
  test('a pattern in WHERE, negated', () => {
    expect(column(newsGraph(), 'MATCH (p:Person) WHERE NOT (p)-[:LEADS]->() RETURN p.name')).toEqual(["'Keir Starmer'"]);
  });

  test('EXISTS { } with a WHERE', () => {
    expect(column(newsGraph(), "MATCH (p:Person) WHERE EXISTS { (p)-[:ATTENDED]->(e) WHERE e.kind = 'call' } RETURN p.name ORDER BY p.name")).toEqual([
      "'Emmanuel Macron'",
      "'Keir Starmer'",
    ]);
  });

  test('pattern comprehension', () => {
    expect(column(newsGraph(), "MATCH (p:Person {name: 'Emmanuel Macron'}) RETURN [(p)-[:ATTENDED]->(e) | e.date]")).toEqual(["['2026-01-06', '2025-12-12']"]);
  });
});
