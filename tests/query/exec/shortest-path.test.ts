import { describe, expect, test } from 'vitest';
import { explain, runCypher } from '../../../src/query/index.ts';
import { column, errorOf, graphOf, newsGraph, rows } from '../helpers.ts';

/** a → b → d and a → c → d (two shortest paths), d → e, and a long way round a → x → y → z → e. */
function diamond() {
  return graphOf(
    "CREATE (a:N {n: 'a'})-[:R]->(b:N {n: 'b'})-[:R]->(d:N {n: 'd'}), (a)-[:R]->(c:N {n: 'c'})-[:R]->(d), (d)-[:R]->(e:N {n: 'e'}), (a)-[:S]->(:N {n: 'x'})-[:S]->(:N {n: 'y'})-[:S]->(:N {n: 'z'})-[:S]->(e)",
  );
}

describe('shortestPath and allShortestPaths (CypherKG)', () => {
  test('the shortest path between two nodes, as a path and as its relationships', () => {
    const g = diamond();
    expect(rows(g, "MATCH (a:N {n: 'a'}), (e:N {n: 'e'}) MATCH p = shortestPath((a)-[rs*]->(e)) RETURN length(p), [n IN nodes(p) | n.n], size(rs)")).toEqual([
      ['3', "['a', 'b', 'd', 'e']", '3'],
    ]);
  });

  test('allShortestPaths gives every path of the shortest length', () => {
    const g = diamond();
    expect(column(g, "MATCH (a:N {n: 'a'}), (e:N {n: 'e'}) MATCH p = allShortestPaths((a)-[*]->(e)) RETURN [n IN nodes(p) | n.n] ORDER BY [n IN nodes(p) | n.n]")).toEqual([
      "['a', 'b', 'd', 'e']",
      "['a', 'c', 'd', 'e']",
    ]);
  });

  test('types, direction and the maximum length are respected', () => {
    const g = diamond();
    expect(column(g, "MATCH (a:N {n: 'a'}), (e:N {n: 'e'}) MATCH p = shortestPath((a)-[:S*]->(e)) RETURN length(p)")).toEqual(['4']);
    expect(column(g, "MATCH (a:N {n: 'a'}), (e:N {n: 'e'}) MATCH p = shortestPath((a)-[*..2]->(e)) RETURN length(p)")).toEqual([]);
    expect(column(g, "MATCH (a:N {n: 'a'}), (e:N {n: 'e'}) MATCH p = shortestPath((e)-[*]->(a)) RETURN length(p)")).toEqual([]);
    expect(column(g, "MATCH (a:N {n: 'a'}), (e:N {n: 'e'}) MATCH p = shortestPath((e)-[*]-(a)) RETURN [n IN nodes(p) | n.n]")).toEqual(["['e', 'd', 'b', 'a']"]);
  });

  test('how two people in the news are connected', () => {
    const g = newsGraph();
    expect(
      column(g, "MATCH (m:Person {name: 'Giorgia Meloni'}), (k:Person {name: 'Keir Starmer'}) MATCH p = shortestPath((m)-[*]-(k)) RETURN [n IN nodes(p) | n.name]"),
    ).toEqual(["['Giorgia Meloni', 'Sommet de Paris', 'Keir Starmer']"]);
    expect(explain(g, 'MATCH (m:Person {name: $a}), (k:Person {name: $b}) MATCH p = shortestPath((m)-[*]-(k)) RETURN p')).toMatch(/ShortestPath \(m\)-\[anon_\d+\*1\.\.\]-\(k\)/);
  });

  test('OPTIONAL MATCH gives null when there is no path', () => {
    const g = graphOf('CREATE (:N {n: 1}), (:N {n: 2})');
    expect(column(g, 'MATCH (a:N {n: 1}), (b:N {n: 2}) OPTIONAL MATCH p = shortestPath((a)-[*]-(b)) RETURN p')).toEqual(['null']);
  });

  test('needs exactly one relationship and cannot be created', () => {
    expect(errorOf(() => runCypher(graphOf(), 'MATCH p = shortestPath((a)-->(b)-->(c)) RETURN p')).tckDetail).toBe('InvalidShortestPath');
    expect(errorOf(() => runCypher(graphOf(), 'CREATE p = shortestPath((a)-[:R]->(b))')).tckDetail).toBe('InvalidShortestPath');
  });
});
