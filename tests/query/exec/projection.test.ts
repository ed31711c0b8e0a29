import { describe, expect, test } from 'vitest';
import { runCypher } from '../../../src/query/index.ts';
import { column, errorOf, graphOf, newsGraph, rows, value } from '../helpers.ts';

describe('RETURN and WITH', () => {
  test('aggregates group by the other columns; count(*) of nothing is 0', () => {
    const g = newsGraph();
    expect(rows(g, 'MATCH (p:Person)-[:ATTENDED]->(e) RETURN e.name, count(*) AS n, collect(p.name) AS who ORDER BY n DESC')).toEqual([
      ["'Sommet de Paris'", '3', "['Emmanuel Macron', 'Giorgia Meloni', 'Keir Starmer']"],
      ["'Appel du 12 décembre'", '2', "['Emmanuel Macron', 'Keir Starmer']"],
    ]);
    expect(value('MATCH (n:Nothing) RETURN count(*)', g)).toBe('0');
    expect(rows(g, 'MATCH (n:Nothing) RETURN n.x, count(*)')).toEqual([]);
  });

  test('sum, avg, min, max, DISTINCT, percentiles', () => {
    const g = graphOf('UNWIND [1, 2, 2, 3, null] AS x CREATE (:V {x: x})');
    expect(rows(g, 'MATCH (v:V) RETURN sum(v.x), avg(v.x), min(v.x), max(v.x), count(v.x), count(DISTINCT v.x), collect(DISTINCT v.x)')).toEqual([
      ['8', '2.0', '1', '3', '4', '3', '[1, 2, 3]'],
    ]);
    expect(value('UNWIND [10, 20, 30, 40] AS x RETURN percentileDisc(x, 0.5)')).toBe('20');
    expect(value('UNWIND [10, 20, 30, 40] AS x RETURN percentileCont(x, 0.5)')).toBe('25.0');
  });

  test('DISTINCT, ORDER BY on several keys, SKIP and LIMIT (also from parameters)', () => {
    const g = graphOf('UNWIND range(1, 10) AS i CREATE (:N {i: i, odd: i % 2 = 1})');
    expect(column(g, 'MATCH (n:N) RETURN DISTINCT n.odd ORDER BY n.odd')).toEqual(['false', 'true']);
    expect(column(g, 'MATCH (n:N) RETURN n.i ORDER BY n.odd DESC, n.i DESC SKIP 1 LIMIT 3')).toEqual(['7', '5', '3']);
    expect(column(g, 'MATCH (n:N) RETURN n.i ORDER BY n.i SKIP $s LIMIT $l', { params: { s: 8, l: 5 } })).toEqual(['9', '10']);
    expect(errorOf(() => runCypher(g, 'MATCH (n) RETURN n LIMIT $l', { params: { l: -1 } })).tckDetail).toBe('NegativeIntegerArgument');
  });

  test('ORDER BY orders across types: maps, nodes, …, numbers, then nulls', () => {
    expect(column(graphOf(), "UNWIND [null, 2, 'a', true, [1], {k: 1}, 1.5] AS x RETURN x ORDER BY x")).toEqual([
      '{k: 1}',
      '[1]',
      "'a'",
      'true',
      '1.5',
      '2',
      'null',
    ]);
  });

  test('WITH chains, RETURN *, map projections', () => {
    const g = newsGraph();
    expect(rows(g, "MATCH (p:Person {name: 'Giorgia Meloni'}) WITH p, p.title AS t RETURN *")).toEqual([
      ["(:Person {name: 'Giorgia Meloni', title: 'Première ministre italienne'})", "'Première ministre italienne'"],
    ]);
    expect(column(g, "MATCH (c:Country {iso2: 'FR'}) RETURN c {.name, code: c.iso2}")).toEqual(["{name: 'France', code: 'FR'}"]);
    expect(column(g, "MATCH (c:Country {iso2: 'FR'}) RETURN c {.*}")).toEqual(["{name: 'France', iso2: 'FR'}"]);
  });

  test('UNION removes duplicate rows, UNION ALL keeps them', () => {
    expect(column(graphOf(), 'RETURN 1 AS x UNION RETURN 1 AS x UNION RETURN 2 AS x')).toEqual(['1', '2']);
    expect(column(graphOf(), 'RETURN 1 AS x UNION ALL RETURN 1 AS x')).toEqual(['1', '1']);
  });

  test('UNWIND of a list, of null, of a single value', () => {
    expect(column(graphOf(), 'UNWIND [1, [2], null] AS x RETURN x')).toEqual(['1', '[2]', 'null']);
    expect(column(graphOf(), 'UNWIND null AS x RETURN x')).toEqual([]);
    expect(column(graphOf(), 'UNWIND 5 AS x RETURN x')).toEqual(['5']);
  });
});
