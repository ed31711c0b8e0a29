import { describe, expect, test } from 'vitest';
import { createGraph } from '../../src/graph/index.ts';
import { prepare, query, runCypher } from '../../src/query/index.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { errorOf } from './helpers.ts';

function newsGraph(): KnowledgeGraph {
  const g = createGraph();
  g.addNode('person:macron', { labels: ['Person'], name: 'Emmanuel Macron', title: 'président français' });
  g.addNode('person:meloni', { labels: ['Person'], name: 'Giorgia Meloni', title: 'présidente du Conseil' });
  g.addNode('event:paris', { labels: ['Event'], name: 'Sommet de Paris', date: '2026-01-06' });
  g.addEdgeWithKey('e1', 'person:macron', 'event:paris', { type: 'ATTENDED' });
  return g;
}

const LOOKUP = 'MATCH (p:Person {name: $name}) RETURN p.title AS title';

describe('prepare', () => {
  test('runs with new parameters each time, as runCypher and query do', () => {
    const g = newsGraph();
    const lookup = prepare(g, LOOKUP);
    expect(lookup.run({ name: 'Giorgia Meloni' }).rows).toEqual([['présidente du Conseil']]);
    expect(lookup.run({ name: 'Emmanuel Macron' })).toEqual(runCypher(g, LOOKUP, { params: { name: 'Emmanuel Macron' } }));
    expect(lookup.run({ name: 'Personne' }).rows).toEqual([]);
    expect(lookup.objects({ name: 'Emmanuel Macron' })).toEqual(query(g, LOOKUP, { name: 'Emmanuel Macron' }));
    expect(lookup.isWrite).toBe(false);
  });

  test('a missing parameter is an error of that run only', () => {
    const lookup = prepare(newsGraph(), LOOKUP);
    const error = errorOf(() => lookup.run({}));
    expect(error.tckDetail).toBe('MissingParameter');
    expect(error.message).toContain('$name');
    expect(lookup.run({ name: 'Giorgia Meloni' }).rows).toEqual([['présidente du Conseil']]);
  });

  test('sees changes made to the graph between runs, through graphology or through the engine', () => {
    const g = newsGraph();
    const lookup = prepare(g, LOOKUP);
    const events = prepare(g, 'MATCH (p:Person)-[:ATTENDED]->(:Event) RETURN p.name AS name ORDER BY name');
    expect(events.run().rows).toEqual([['Emmanuel Macron']]);
    g.addEdgeWithKey('e2', 'person:meloni', 'event:paris', { type: 'ATTENDED' });
    expect(events.run().rows).toEqual([['Emmanuel Macron'], ['Giorgia Meloni']]);
    runCypher(g, "MATCH (p:Person {name: 'Giorgia Meloni'}) SET p.title = 'Première ministre'");
    expect(lookup.run({ name: 'Giorgia Meloni' }).rows).toEqual([['Première ministre']]);
    g.dropNode('person:macron');
    expect(events.run().rows).toEqual([['Giorgia Meloni']]);
    g.clear();
    expect(lookup.run({ name: 'Giorgia Meloni' }).rows).toEqual([]);
  });

  test('still answers right after the graph has grown enough for its plan to be made again', () => {
    const g = newsGraph();
    const coAttendees = prepare(g, 'MATCH (p:Person {name: $name})-[:ATTENDED]->(e)<-[:ATTENDED]-(q:Person) RETURN q.name AS name');
    expect(coAttendees.run({ name: 'Emmanuel Macron' }).rows).toEqual([]);
    for (let i = 0; i < 3000; i++) g.addNode(`p${i}`, { labels: ['Person'], name: `P${i}` });
    for (let i = 0; i < 3; i++) g.addEdgeWithKey(`a${i}`, `p${i}`, 'event:paris', { type: 'ATTENDED' });
    expect(coAttendees.run({ name: 'Emmanuel Macron' }).rows.map(([name]) => name).sort()).toEqual(['P0', 'P1', 'P2']);
  });

  test('a write statement writes on every run and counts each run on its own', () => {
    const g = createGraph();
    const add = prepare(g, 'CREATE (p:Person {name: $name}) RETURN p.name AS name');
    expect(add.isWrite).toBe(true);
    expect(add.run({ name: 'Mark Rutte' }).stats).toMatchObject({ nodesCreated: 1, propertiesSet: 1, labelsAdded: 1 });
    const second = add.run({ name: 'Kaja Kallas' });
    expect(second.rows).toEqual([['Kaja Kallas']]);
    expect(second.stats).toMatchObject({ nodesCreated: 1, propertiesSet: 1, labelsAdded: 1 });
    expect(query(g, 'MATCH (p:Person) RETURN p.name AS name ORDER BY name')).toEqual([{ name: 'Kaja Kallas' }, { name: 'Mark Rutte' }]);
  });

  test('a run that fails leaves the graph as it was, and the next run works', () => {
    const g = createGraph();
    const add = prepare(g, 'CREATE (:N {v: $v}) WITH 1 AS one RETURN 10 / $d AS q');
    const error = errorOf(() => add.run({ v: 1, d: 0 }));
    expect(error.tckType).toBe('ArithmeticError');
    expect(g.order).toBe(0);
    expect(add.run({ v: 2, d: 5 }).rows).toEqual([[2]]);
    expect(g.order).toBe(1);
  });

  test('a script runs every statement on each run, stats summed', () => {
    const g = createGraph();
    const script = prepare(g, 'CREATE (:A {v: $v});\nMATCH (a:A) RETURN sum(a.v) AS total');
    expect(script.run({ v: 1 }).rows).toEqual([[1]]);
    const second = script.run({ v: 2 });
    expect(second.rows).toEqual([[3]]);
    expect(second.stats.nodesCreated).toBe(1);
  });

  test('readOnly refuses a write statement when it is prepared', () => {
    const g = newsGraph();
    const error = errorOf(() => prepare(g, "MATCH (n) SET n.x = 1", { readOnly: true }));
    expect(error.kind).toBe('forbidden');
    expect(g.getNodeAttribute('person:macron', 'x')).toBeUndefined();
  });

  test('syntax and semantic errors are raised when preparing, with their positions', () => {
    const g = newsGraph();
    const syntax = errorOf(() => prepare(g, 'MATCH (n:Person)\nRETRUN n'));
    expect(syntax.kind).toBe('syntax');
    expect(syntax.position).toEqual({ offset: 17, line: 2, column: 1 });
    const semantic = errorOf(() => prepare(g, 'RETURN 1 AS one;\nMATCH (a) RETURN b'));
    expect(semantic.kind).toBe('semantic');
    expect(semantic.position).toMatchObject({ line: 2, column: 18 });
  });

  test('runtime errors carry their position on every run', () => {
    const divide = prepare(createGraph(), 'UNWIND [1, $d] AS d RETURN 10 / d');
    expect(divide.run({ d: 5 }).rows).toEqual([[10], [2]]);
    for (let i = 0; i < 2; i++) expect(errorOf(() => divide.run({ d: 0 })).position?.column).toBe(28);
  });

  test('results share a frozen column list and reads share the empty stats, which no caller can change', () => {
    const g = newsGraph();
    const lookup = prepare(g, LOOKUP);
    const first = lookup.run({ name: 'Giorgia Meloni' });
    expect(() => (first.columns as string[]).push('x')).toThrow(TypeError);
    expect(() => ((first.stats as { nodesCreated: number }).nodesCreated = 5)).toThrow(TypeError);
    const again = lookup.run({ name: 'Giorgia Meloni' });
    expect(again.columns).toEqual(['title']);
    expect(again.stats.nodesCreated).toBe(0);
  });
});

describe('parameters as the statement reads them', () => {
  test('converts the ones it reads, ignores the ones it does not, and names a missing one', () => {
    const graph = createGraph();
    const statement = prepare(graph, 'RETURN $day AS day, $n AS n');
    expect(statement.objects({ day: new Date('2026-01-06T00:00:00Z'), n: 2, unused: () => 1 })).toEqual([{ day: '2026-01-06T00:00:00.000Z', n: 2 }]);
    expect(() => statement.run({ day: 'x' })).toThrow(/parameter \$n was not given/);
    const inherited = Object.create({ n: 1 }) as Record<string, unknown>;
    inherited.day = 'x';
    expect(() => statement.run(inherited)).toThrow(/parameter \$n was not given/);
  });
});
