import { describe, expect, test } from 'vitest';
import { createGraph } from '../../../src/graph/index.ts';
import type { KnowledgeGraph } from '../../../src/graph/types.ts';
import { explain, runCypher } from '../../../src/query/index.ts';

/** 200 people, 20 events, 5 countries; every person attended two events and leads nothing. */
function planningGraph(): KnowledgeGraph {
  const g = createGraph();
  for (let i = 0; i < 200; i++) g.addNode(`p${i}`, { labels: ['Person'], name: `P${i}` });
  for (let i = 0; i < 20; i++) g.addNode(`e${i}`, { labels: ['Event'], name: `E${i}`, date: `2025-12-${String(i + 1).padStart(2, '0')}` });
  for (let i = 0; i < 5; i++) g.addNode(`c${i}`, { labels: ['Country'], name: `C${i}` });
  for (let i = 0; i < 200; i++) {
    g.addEdgeWithKey(`a${i}`, `p${i}`, `e${i % 20}`, { type: 'ATTENDED' });
    g.addEdgeWithKey(`b${i}`, `p${i}`, `e${(i * 7) % 20}`, { type: 'ATTENDED' });
  }
  for (let i = 0; i < 5; i++) g.addEdgeWithKey(`l${i}`, `p${i}`, `c${i}`, { type: 'LEADS' });
  return g;
}

/** The operator names of a plan, top to bottom. */
function operators(plan: string): string[] {
  return plan.split('\n').map((line) => line.trim().replace(/^⤷ /, '').split(/[ (]/)[0]!);
}

describe('planning', () => {
  test('a property equality on a label starts from the equality index', () => {
    const plan = explain(planningGraph(), 'MATCH (p:Person {name: $name})-[:ATTENDED]->(e:Event) RETURN e.name');
    expect(operators(plan)).toEqual(['ProduceResults', 'Projection', 'Expand', 'NodeIndexSeek', 'Argument']);
    expect(plan).toContain('NodeIndexSeek (p:Person {name: $name})');
    expect(plan).toContain('Expand (p)-[anon_1:ATTENDED]->(e:Event)');
  });

  test('without an index the smallest label starts, and the expansion goes against the arrow', () => {
    const plan = explain(planningGraph(), 'MATCH (p:Person)-[:LEADS]->(c:Country) RETURN p.name');
    expect(plan).toContain('NodeByLabelScan (c:Country)  ~5 rows');
    expect(plan).toContain('Expand (c)<-[anon_1:LEADS]-(p:Person)');
  });

  test('a predicate runs right after the operator that binds its variables', () => {
    const plan = explain(planningGraph(), "MATCH (e:Event)<-[:ATTENDED]-(p:Person) WHERE e.date ENDS WITH '0' AND p.name <> 'P1' RETURN p");
    const lines = plan.split('\n').map((l) => l.trim());
    const dateFilter = lines.findIndex((l) => l.startsWith('Filter e.date'));
    const nameFilter = lines.findIndex((l) => l.startsWith('Filter p.name'));
    const expand = lines.findIndex((l) => l.startsWith('Expand'));
    const scan = lines.findIndex((l) => l.startsWith('NodeByLabelScan (e:Event)'));
    expect(nameFilter).toBeLessThan(expand);
    expect(dateFilter).toBeGreaterThan(expand);
    expect(dateFilter).toBeLessThan(scan);
  });

  test('a cycle closes with ExpandInto', () => {
    const plan = explain(planningGraph(), 'MATCH (a:Person)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(a) RETURN count(*)');
    expect(plan).toMatch(/ExpandInto \((a|e)\)/);
  });

  test('counts come from the index when that gives the same answer', () => {
    const g = planningGraph();
    expect(explain(g, 'MATCH ()-[r]->() RETURN type(r), count(*)')).toContain('RelationshipCountFromIndex all types grouped by type');
    expect(explain(g, 'MATCH (n:Person) RETURN count(n)')).toContain('NodeCountFromIndex :Person');
    expect(explain(g, 'MATCH ()-[r:ATTENDED]->() RETURN count(r)')).toContain('RelationshipCountFromIndex ATTENDED');
    // Not when the pattern filters: then it enumerates.
    expect(explain(g, 'MATCH (:Person)-[r]->() RETURN count(r)')).not.toContain('FromIndex');
    expect(runCypher(g, 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t').rows).toEqual([
      ['ATTENDED', 400],
      ['LEADS', 5],
    ]);
  });

  test('ORDER BY … LIMIT keeps only the top rows', () => {
    expect(explain(planningGraph(), 'MATCH (p:Person) RETURN p.name ORDER BY p.name DESC LIMIT 3')).toContain('Top 3 by p.name DESC');
  });

  test('OPTIONAL MATCH runs an inner plan per row', () => {
    const plan = explain(planningGraph(), 'MATCH (p:Person) OPTIONAL MATCH (p)-[:LEADS]->(c) RETURN p, c');
    expect(operators(plan)).toEqual(['ProduceResults', 'Projection', 'Optional', 'Expand', 'Argument', 'NodeByLabelScan', 'Argument']);
  });

  test('writes are fenced so reads finish first', () => {
    expect(explain(planningGraph(), 'MATCH (p:Person) CREATE (p)-[:KNOWS]->(:Person)')).toMatch(/Create[\s\S]*Eager[\s\S]*NodeByLabelScan/);
  });

  test('a plan is reused for the same text, whatever the parameters', () => {
    const g = planningGraph();
    const text = 'MATCH (p:Person {name: $name}) RETURN p.name AS name';
    expect(runCypher(g, text, { params: { name: 'P3' } }).rows).toEqual([['P3']]);
    expect(runCypher(g, text, { params: { name: 'P4' } }).rows).toEqual([['P4']]);
    expect(runCypher(g, text, { params: { name: 'nobody' } }).rows).toEqual([]);
  });
});

describe('ordered index', () => {
  test('STARTS WITH and ranges on a property narrow the label through its ordered index', () => {
    const g = planningGraph();
    const plan = explain(g, "MATCH (e:Event) WHERE e.date STARTS WITH '2025-12-0' RETURN count(e)");
    expect(plan).toContain("NodeIndexRangeSeek (e:Event date STARTS WITH '2025-12-0')  ~9 rows");
    // A constant prefix is answered exactly by the index; a parameter is checked again.
    expect(plan).not.toContain('Filter');
    expect(explain(g, 'MATCH (e:Event) WHERE e.date STARTS WITH $p RETURN count(e)')).toContain('Filter e.date STARTS WITH $p');
    expect(runCypher(g, "MATCH (e:Event) WHERE e.date STARTS WITH '2025-12-0' RETURN count(e) AS c").rows).toEqual([[9]]);
    expect(explain(g, "MATCH (e:Event) WHERE '2025-12-05' <= e.date AND e.date < '2025-12-08' RETURN e")).toContain(
      "NodeIndexRangeSeek (e:Event date >= '2025-12-05' AND date < '2025-12-08')",
    );
    expect(runCypher(g, "MATCH (e:Event) WHERE '2025-12-05' <= e.date AND e.date < '2025-12-08' RETURN e.name AS n ORDER BY n").rows).toEqual([['E4'], ['E5'], ['E6']]);
  });

  test('the answer does not depend on the index: other types, null bounds, changes after the first query', () => {
    const g = planningGraph();
    const count = (where: string, params = {}) => runCypher(g, `MATCH (e:Event) WHERE ${where} RETURN count(e) AS c`, { params }).rows[0]![0];
    expect(count('e.date STARTS WITH $p', { p: '2025-12-1' })).toBe(10);
    expect(count('e.date STARTS WITH $p', { p: null })).toBe(0);
    expect(count('e.date >= $d', { d: 5 })).toBe(0);
    expect(count('e.date >= $d', { d: true })).toBe(0);
    g.setNodeAttribute('e0', 'date', '2025-12-19');
    g.addNode('e99', { labels: ['Event'], date: '2025-12-15' });
    expect(count('e.date STARTS WITH $p', { p: '2025-12-1' })).toBe(12);
    expect(count('e.date > $d', { d: '2025-12-18' })).toBe(3);
  });
});

describe('joins', () => {
  test('two parts joined by an equality are hashed, not nested', () => {
    const g = planningGraph();
    for (let i = 0; i < 5; i++) g.setNodeAttribute(`c${i}`, 'capital', `E${i * 3}`);
    const text = 'MATCH (c:Country), (e:Event) WHERE e.name = c.capital RETURN c.name AS c, e.name AS e ORDER BY c';
    expect(explain(g, text)).toMatch(/HashJoin (c\.capital = e\.name|e\.name = c\.capital)/);
    expect(runCypher(g, text).rows).toEqual([0, 1, 2, 3, 4].map((i) => [`C${i}`, `E${i * 3}`]));
  });

  test('null keys never join, and a join under OPTIONAL MATCH runs per row', () => {
    const g = planningGraph();
    g.setNodeAttribute('c0', 'capital', 'E1');
    const rows = runCypher(g, 'MATCH (c:Country) OPTIONAL MATCH (x:Country), (e:Event) WHERE e.name = x.capital AND x = c RETURN c.name AS c, e.name AS e ORDER BY c').rows;
    expect(rows).toEqual([
      ['C0', 'E1'],
      ['C1', null],
      ['C2', null],
      ['C3', null],
      ['C4', null],
    ]);
  });
});

describe('IN lists', () => {
  test('`n.key IN list` looks each element up in the equality index', () => {
    const g = planningGraph();
    const text = 'MATCH (p:Person) WHERE p.name IN $names RETURN p.name AS name';
    expect(explain(g, text)).toContain('NodeIndexSeek (p:Person name IN $names)');
    expect(runCypher(g, text, { params: { names: ['P3', 'P1', 'nobody', 'P3', null] } }).rows).toEqual([['P3'], ['P1']]);
    expect(runCypher(g, text, { params: { names: null } }).rows).toEqual([]);
    expect(runCypher(g, text, { params: { names: [['P1']] } }).rows).toEqual([]);
  });
});
