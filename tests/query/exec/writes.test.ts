import { describe, expect, test } from 'vitest';
import { createGraph } from '../../../src/graph/index.ts';
import { runCypher } from '../../../src/query/index.ts';
import { column, errorOf, graphOf, newsGraph, rows } from '../helpers.ts';

describe('CREATE', () => {
  test('nodes and relationships go into the graph with labels, type and properties', () => {
    const g = createGraph();
    const result = runCypher(g, "CREATE (a:Person:Leader {name: 'Ursula von der Leyen', aliases: ['von der Leyen']})-[r:LEADS {confidence: 0.95}]->(o:Organization {name: 'Commission européenne'}) RETURN a, r, o");
    expect(result.stats).toMatchObject({ nodesCreated: 2, relationshipsCreated: 1, labelsAdded: 3, propertiesSet: 4 });
    const [a, r] = [g.nodes()[0]!, g.edges()[0]!];
    expect(g.getNodeAttributes(a)).toEqual({ labels: ['Person', 'Leader'], name: 'Ursula von der Leyen', aliases: ['von der Leyen'] });
    expect(g.getEdgeAttributes(r)).toEqual({ type: 'LEADS', confidence: 0.95 });
  });

  test('from expressions and parameters, per input row', () => {
    const g = createGraph();
    runCypher(g, 'UNWIND $people AS p CREATE (:Person {name: p.name, age: p.age + 1})', { params: { people: [{ name: 'A', age: 1 }, { name: 'B', age: 2 }] } });
    expect(rows(g, 'MATCH (p:Person) RETURN p.name, p.age ORDER BY p.name')).toEqual([
      ["'A'", '2'],
      ["'B'", '3'],
    ]);
  });

  test('a CREATE with a map parameter for the properties', () => {
    const g = createGraph();
    runCypher(g, 'CREATE (n:Event $props)', { params: { props: { name: 'Sommet', date: '2026-01-06' } } });
    expect(column(g, 'MATCH (e:Event) RETURN e')).toEqual(["(:Event {name: 'Sommet', date: '2026-01-06'})"]);
  });

  test('strings with quotes, backslashes, newlines and emoji survive a round trip', () => {
    const g = createGraph();
    runCypher(g, "CREATE (:T {s: 'l\\'OTAN \"dit\" \\\\ \\n 🇫🇷'})");
    expect(g.getNodeAttribute(g.nodes()[0]!, 's')).toBe('l\'OTAN "dit" \\ \n 🇫🇷');
  });

  test('a path is created and returned', () => {
    expect(column(createGraph(), 'CREATE p = (:A)-[:T]->(:B)<-[:U]-(:C) RETURN p')).toEqual(['<(:A)-[:T]->(:B)<-[:U]-(:C)>']);
  });

  test('1.0 stays a float when read back', () => {
    const g = createGraph();
    runCypher(g, 'CREATE (:P {price: 10.0, n: 10, l: [1.0, 2.0]})');
    expect(rows(g, 'MATCH (p:P) RETURN p.price, p.n, p.l, p')).toEqual([['10.0', '10', '[1.0, 2.0]', '(:P {price: 10.0, n: 10, l: [1.0, 2.0]})']]);
  });

  test('maps and nested lists cannot be stored as properties', () => {
    const error = errorOf(() => runCypher(createGraph(), 'CREATE (:P {m: {a: 1}})'));
    expect(error.tckType).toBe('TypeError');
  });

  test('writes happen for every row even when LIMIT keeps fewer', () => {
    const g = createGraph();
    expect(runCypher(g, 'UNWIND range(1, 5) AS i CREATE (n:N {i: i}) RETURN n LIMIT 0').rows).toEqual([]);
    expect(g.order).toBe(5);
  });

  test('MATCH … CREATE does not see the nodes it creates', () => {
    const g = graphOf('CREATE (:N), (:N)');
    runCypher(g, 'MATCH (n:N) CREATE (:N)');
    expect(g.order).toBe(4);
  });
});

describe('MERGE, SET, REMOVE, DELETE', () => {
  test('MERGE matches or creates, once per distinct value', () => {
    const g = createGraph();
    const result = runCypher(g, "UNWIND ['FR', 'IT', 'FR'] AS code MERGE (c:Country {iso2: code}) ON CREATE SET c.created = true ON MATCH SET c.seen = true RETURN c.iso2");
    expect(result.rows).toEqual([['FR'], ['IT'], ['FR']]);
    expect(result.stats.nodesCreated).toBe(2);
    expect(rows(g, 'MATCH (c:Country) RETURN c.iso2, c.created, c.seen ORDER BY c.iso2')).toEqual([
      ["'FR'", 'true', 'true'],
      ["'IT'", 'true', 'null'],
    ]);
  });

  test('SET a property, a map, labels; REMOVE them', () => {
    const g = newsGraph();
    runCypher(g, "MATCH (p:Person {name: 'Keir Starmer'}) SET p.title = 'Premier ministre britannique', p:Leader");
    expect(column(g, "MATCH (p:Leader) RETURN p.title")).toEqual(["'Premier ministre britannique'"]);
    runCypher(g, "MATCH (p:Leader) SET p += {party: 'Labour'} REMOVE p:Leader, p.title");
    expect(column(g, "MATCH (p {party: 'Labour'}) RETURN p")).toEqual(["(:Person {name: 'Keir Starmer', party: 'Labour'})"]);
    runCypher(g, "MATCH (p {party: 'Labour'}) SET p = {name: 'K. Starmer'}");
    expect(column(g, "MATCH (p:Person) WHERE p.name STARTS WITH 'K' RETURN p")).toEqual(["(:Person {name: 'K. Starmer'})"]);
  });

  test('DELETE refuses a connected node; DETACH DELETE removes its relationships too', () => {
    const g = newsGraph();
    const error = errorOf(() => runCypher(g, "MATCH (c:Country {iso2: 'UA'}) DELETE c"));
    expect(error.tckDetail).toBe('DeleteConnectedNode');
    expect(g.hasNode('country:ua')).toBe(true);
    const result = runCypher(g, "MATCH (c:Country {iso2: 'UA'}) DETACH DELETE c");
    expect(result.stats).toMatchObject({ nodesDeleted: 1, relationshipsDeleted: 2 });
    expect(g.hasNode('country:ua')).toBe(false);
    expect(rows(g, 'MATCH ()-[r:PLEDGES]->() RETURN r')).toEqual([]);
  });

  test('a statement that fails halfway leaves the graph as it was', () => {
    const g = newsGraph();
    const before = JSON.stringify(g.export());
    errorOf(() => runCypher(g, "MATCH (p:Person) SET p.flag = 1 CREATE (p)-[:X]->(:New) WITH p DETACH DELETE p WITH p RETURN p.name"));
    expect(JSON.stringify(g.export())).toBe(before);
    expect(rows(g, "MATCH (p:Person {name: 'Emmanuel Macron'})-[:LEADS]->(c) RETURN c.iso2")).toEqual([["'FR'"]]);
  });

  test('readOnly refuses every write clause', () => {
    for (const q of ['CREATE (n)', 'MERGE (n:X)', 'MATCH (n) SET n.x = 1', 'MATCH (n) REMOVE n.x', 'MATCH (n) DETACH DELETE n']) {
      expect(errorOf(() => runCypher(newsGraph(), q, { readOnly: true })).kind).toBe('forbidden');
    }
  });
});

describe('a script exported as CREATE statements', () => {
  test('runs statement by statement and rebuilds the graph', () => {
    const script = [
      "CREATE (:Person {name: 'Emmanuel Macron', _kgid: 'person:macron'});",
      "CREATE (:Country {name: 'France', _kgid: 'country:fr'});",
      "MATCH (a {_kgid: 'person:macron'}), (b {_kgid: 'country:fr'}) CREATE (a)-[:LEADS {confidence: 1.0, evidence: '[{\"doc\":\"a.txt\"}]'}]->(b);",
    ].join('\n');
    const g = createGraph();
    runCypher(g, script);
    expect(rows(g, 'MATCH (a)-[r:LEADS]->(b) RETURN a.name, r.confidence, b.name')).toEqual([["'Emmanuel Macron'", '1.0', "'France'"]]);
  });
});

describe('DELETE of relationships alone', () => {
  test('is carried out when the query ends, and the deleted relationship can still be named', () => {
    const g = graphOf('CREATE ()-[:T]->()');
    expect(rows(g, 'MATCH ()-[r]->() DELETE r RETURN type(r)')).toEqual([["'T'"]]);
    expect(g.size).toBe(0);
  });
});
