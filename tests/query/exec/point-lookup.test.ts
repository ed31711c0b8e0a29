/**
 * A point lookup (`MATCH (n:L {key: v}) RETURN …`) runs its index seek straight into the result,
 * without the operators' row-by-row protocol: it must answer exactly as the general path does,
 * with the same guard rails.
 */
import { describe, expect, it } from 'vitest';
import { prepare, runCypher } from '../../../src/query/index.ts';
import { errorOf, graphOf, rows } from '../helpers.ts';

const graph = () =>
  graphOf(
    "CREATE (:Person {name: 'Ana Prado', title: 'ministre'}), (:Person {name: 'Ana Prado', title: 'députée'}), (:Person {name: 'Ugo Bassi'})",
    "CREATE (:Country {name: 'Ana Prado'}), (:Person:Journalist {name: 'Léa Roux'})",
  );

describe('point lookup by an indexed property', () => {
  it('gives every node of the label with that value, and only those', () => {
    const g = graph();
    expect(rows(g, "MATCH (p:Person {name: 'Ana Prado'}) RETURN p.title AS t ORDER BY t")).toEqual([["'députée'"], ["'ministre'"]]);
    expect(rows(g, 'MATCH (p:Person {name: $n}) RETURN p.name, p.title', { params: { n: 'Ugo Bassi' } })).toEqual([["'Ugo Bassi'", 'null']]);
    expect(rows(g, 'MATCH (p:Person {name: $n}) RETURN p.name', { params: { n: 'Nadie' } })).toEqual([]);
  });

  it('checks the other labels of the pattern', () => {
    const g = graph();
    expect(rows(g, "MATCH (p:Person:Journalist {name: 'Léa Roux'}) RETURN p.name")).toEqual([["'Léa Roux'"]]);
    expect(rows(g, "MATCH (p:Person:Journalist {name: 'Ugo Bassi'}) RETURN p.name")).toEqual([]);
  });

  it('compares values the index cannot hold (null, lists) as Cypher does', () => {
    const g = graph();
    expect(rows(g, 'MATCH (p:Person {name: $n}) RETURN p.name', { params: { n: null } })).toEqual([]);
    expect(rows(g, 'MATCH (p:Person {name: $n}) RETURN p.name', { params: { n: ['Ugo Bassi'] } })).toEqual([]);
  });

  it('follows the graph between runs of a prepared statement', () => {
    const g = graph();
    const lookup = prepare(g, 'MATCH (p:Person {name: $n}) RETURN p.title AS t');
    expect(lookup.objects({ n: 'Zoé Marin' })).toEqual([]);
    runCypher(g, "CREATE (:Person {name: 'Zoé Marin', title: 'maire'})");
    expect(lookup.objects({ n: 'Zoé Marin' })).toEqual([{ t: 'maire' }]);
    runCypher(g, "MATCH (p:Person {name: 'Zoé Marin'}) DELETE p");
    expect(lookup.objects({ n: 'Zoé Marin' })).toEqual([]);
  });

  it('keeps the row cap', () => {
    const error = errorOf(() => runCypher(graph(), "MATCH (p:Person {name: 'Ana Prado'}) RETURN p", { maxRows: 1 }));
    expect(error.kind).toBe('row-limit');
  });

  it('reads a property written as a float as a float, and names a missing or inherited parameter', () => {
    const g = graph();
    runCypher(g, "MATCH (p:Person {name: 'Ugo Bassi'}) SET p.score = 2.0");
    expect(rows(g, 'MATCH (p:Person {name: $n}) RETURN p.score', { params: { n: 'Ugo Bassi' } })).toEqual([['2.0']]);
    expect(errorOf(() => runCypher(g, 'MATCH (p:Person {name: $n}) RETURN p.name', { params: {} })).message).toMatch(/parameter \$n was not given/);
    const inherited = Object.create({ n: 'Ugo Bassi' }) as Record<string, unknown>;
    expect(errorOf(() => runCypher(g, 'MATCH (p:Person {name: $n}) RETURN p.name', { params: inherited })).message).toMatch(/parameter \$n was not given/);
  });

  it('answers a literal value and a number as the general execution does', () => {
    const g = graphOf('CREATE (:Year {n: 2026, label: "a"}), (:Year {n: 2026.0, label: "b"}), (:Year {n: 2025, label: "c"})');
    expect(rows(g, 'MATCH (y:Year {n: 2026}) RETURN y.label ORDER BY y.label')).toEqual([["'a'"], ["'b'"]]);
    expect(rows(g, 'MATCH (y:Year {n: $n}) RETURN y.label', { params: { n: 2025 } })).toEqual([["'c'"]]);
  });
});

