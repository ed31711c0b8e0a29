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
});
