import { describe, expect, test } from 'vitest';
import { createGraph } from '../../../src/graph/index.ts';
import { runCypher } from '../../../src/query/index.ts';
import { column, newsGraph, rows } from '../helpers.ts';

/** The indexes are built lazily on the first query, then kept in sync through graphology's events. */
describe('index maintenance', () => {
  test('nodes added to the graph after a query are found by label and by property', () => {
    const g = newsGraph();
    expect(column(g, "MATCH (p:Person {name: 'Pedro Sánchez'}) RETURN p.name")).toEqual([]);
    g.addNode('person:sanchez', { labels: ['Person'], name: 'Pedro Sánchez' });
    expect(column(g, "MATCH (p:Person {name: 'Pedro Sánchez'}) RETURN p.name")).toEqual(["'Pedro Sánchez'"]);
    expect(column(g, 'MATCH (p:Person) RETURN count(p)')).toEqual(['4']);
  });

  test('changed properties and labels move between index entries', () => {
    const g = newsGraph();
    expect(column(g, "MATCH (c:Country {iso2: 'IT'}) RETURN c.name")).toEqual(["'Italie'"]);
    g.setNodeAttribute('country:it', 'iso2', 'ITA');
    expect(column(g, "MATCH (c:Country {iso2: 'IT'}) RETURN c.name")).toEqual([]);
    expect(column(g, "MATCH (c:Country {iso2: 'ITA'}) RETURN c.name")).toEqual(["'Italie'"]);
    g.setNodeAttribute('country:it', 'labels', ['State']);
    expect(column(g, "MATCH (c:Country {iso2: 'ITA'}) RETURN c.name")).toEqual([]);
    expect(column(g, 'MATCH (s:State) RETURN s.name')).toEqual(["'Italie'"]);
    g.replaceNodeAttributes('country:it', { labels: ['Country'], name: 'Italia', iso2: 'IT' });
    expect(column(g, "MATCH (c:Country {iso2: 'IT'}) RETURN c.name")).toEqual(["'Italia'"]);
  });

  test('relationships added and dropped are seen by expansions and counts', () => {
    const g = newsGraph();
    expect(column(g, "MATCH (:Person {name: 'Keir Starmer'})-[:LEADS]->(c) RETURN c.name")).toEqual([]);
    g.addNode('country:uk', { labels: ['Country'], name: 'Royaume-Uni', iso2: 'GB' });
    g.addEdgeWithKey('lead9', 'person:starmer', 'country:uk', { type: 'LEADS' });
    expect(column(g, "MATCH (:Person {name: 'Keir Starmer'})-[:LEADS]->(c) RETURN c.name")).toEqual(["'Royaume-Uni'"]);
    expect(rows(g, 'MATCH ()-[r:LEADS]->() RETURN count(r)')).toEqual([['4']]);
    g.dropEdge('lead9');
    expect(column(g, "MATCH (:Person {name: 'Keir Starmer'})-[:LEADS]->(c) RETURN c.name")).toEqual([]);
    expect(rows(g, 'MATCH ()-[r:LEADS]->() RETURN count(r)')).toEqual([['3']]);
  });

  test('a relationship whose type changes moves to its new type', () => {
    const g = newsGraph();
    expect(rows(g, 'MATCH ()-[r:REFUSES_TROOPS]->() RETURN count(r)')).toEqual([['1']]);
    g.setEdgeAttribute('ref1', 'type', 'OPPOSES');
    expect(rows(g, 'MATCH ()-[r:REFUSES_TROOPS]->() RETURN count(r)')).toEqual([['0']]);
    expect(column(g, "MATCH (:Country {iso2: 'IT'})-[r:OPPOSES]->(x) RETURN x.iso2")).toEqual(["'UA'"]);
  });

  test('dropped nodes disappear; clearing the graph empties every index', () => {
    const g = newsGraph();
    expect(column(g, 'MATCH (c:Country) RETURN count(*)')).toEqual(['3']);
    g.dropNode('country:ua');
    expect(column(g, 'MATCH (c:Country) RETURN count(*)')).toEqual(['2']);
    expect(column(g, "MATCH (c {iso2: 'UA'}) RETURN c")).toEqual([]);
    g.clear();
    expect(column(g, 'MATCH (n) RETURN count(n)')).toEqual(['0']);
    g.import(newsGraph().export());
    expect(column(g, "MATCH (c:Country {iso2: 'UA'})<-[:PLEDGES]-(f) RETURN f.name")).toEqual(["'France'"]);
  });

  test('id() is a stable integer per element', () => {
    const g = newsGraph();
    const first = rows(g, 'MATCH (n) RETURN id(n) ORDER BY id(n)').map((r) => r[0]);
    expect(first).toEqual(first.map((_, i) => String(i)));
    g.addNode('extra', { labels: ['X'] });
    expect(rows(g, 'MATCH (n:X) RETURN id(n)')).toEqual([[String(first.length)]]);
    expect(rows(g, "MATCH (n {iso2: 'FR'}) RETURN id(n)")).toEqual([['3']]);
  });

  test('each graph has its own indexes', () => {
    const a = createGraph();
    const b = createGraph();
    runCypher(a, "CREATE (:N {k: 'a'})");
    runCypher(b, "CREATE (:N {k: 'b'})");
    expect(column(a, 'MATCH (n:N) RETURN n.k')).toEqual(["'a'"]);
    expect(column(b, 'MATCH (n:N) RETURN n.k')).toEqual(["'b'"]);
  });
});
