/** Small helpers for the engine's tests: run a query, render its rows in Cypher notation. */
import { expect } from 'vitest';
import { createGraph } from '../../src/graph/index.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { CypherError, formatValue, runCypher } from '../../src/query/index.ts';
import type { QueryOptions } from '../../src/query/index.ts';

/** Rows of a query as Cypher text, e.g. [["'Macron'", '1']]. */
export function rows(graph: KnowledgeGraph, text: string, options?: QueryOptions): string[][] {
  return runCypher(graph, text, options).rows.map((row) => row.map(formatValue));
}

/** The single column of a query, as Cypher text. */
export function column(graph: KnowledgeGraph, text: string, options?: QueryOptions): string[] {
  return rows(graph, text, options).map((row) => row[0]!);
}

/** The one value a query returns, as Cypher text. */
export function value(text: string, graph: KnowledgeGraph = createGraph(), options?: QueryOptions): string {
  const all = rows(graph, text, options);
  expect(all.length, `${text} should return one row`).toBe(1);
  return all[0]![0]!;
}

export function errorOf(f: () => unknown): CypherError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(CypherError);
    return error as CypherError;
  }
  throw new Error('expected a CypherError, but nothing was raised');
}

/** A graph built by running CREATE statements. */
export function graphOf(...statements: string[]): KnowledgeGraph {
  const graph = createGraph();
  for (const s of statements) runCypher(graph, s);
  return graph;
}

/** A small news graph as the extractor shapes it (keys, labels, evidence). */
export function newsGraph(): KnowledgeGraph {
  const g = createGraph();
  g.addNode('person:macron', { labels: ['Person'], name: 'Emmanuel Macron', title: 'président français' });
  g.addNode('person:meloni', { labels: ['Person'], name: 'Giorgia Meloni', title: 'Première ministre italienne' });
  g.addNode('person:starmer', { labels: ['Person'], name: 'Keir Starmer' });
  g.addNode('country:fr', { labels: ['Country'], name: 'France', iso2: 'FR' });
  g.addNode('country:it', { labels: ['Country'], name: 'Italie', iso2: 'IT' });
  g.addNode('country:ua', { labels: ['Country'], name: 'Ukraine', iso2: 'UA' });
  g.addNode('org:coalition', { labels: ['Organization'], name: 'Coalition des volontaires' });
  g.addNode('event:paris', { labels: ['Event'], name: 'Sommet de Paris', date: '2026-01-06', place: 'Paris', kind: 'summit' });
  g.addNode('event:call', { labels: ['Event'], name: 'Appel du 12 décembre', date: '2025-12-12', kind: 'call' });
  const evidence = [{ doc: 'a.txt', start: 0, end: 42, text: 'Emmanuel Macron a accueilli le sommet.' }];
  g.addEdgeWithKey('att1', 'person:macron', 'event:paris', { type: 'ATTENDED', confidence: 0.9, evidence });
  g.addEdgeWithKey('att2', 'person:meloni', 'event:paris', { type: 'ATTENDED', confidence: 0.8 });
  g.addEdgeWithKey('att3', 'person:starmer', 'event:paris', { type: 'ATTENDED', confidence: 0.85 });
  g.addEdgeWithKey('att4', 'person:macron', 'event:call', { type: 'ATTENDED', confidence: 0.7 });
  g.addEdgeWithKey('att5', 'person:starmer', 'event:call', { type: 'ATTENDED', confidence: 0.7 });
  g.addEdgeWithKey('lead1', 'person:macron', 'country:fr', { type: 'LEADS', confidence: 1 });
  g.addEdgeWithKey('lead2', 'person:meloni', 'country:it', { type: 'LEADS', confidence: 1 });
  g.addEdgeWithKey('lead3', 'country:fr', 'org:coalition', { type: 'LEADS', confidence: 0.9 });
  g.addEdgeWithKey('ref1', 'country:it', 'country:ua', { type: 'REFUSES_TROOPS', confidence: 0.8 });
  g.addEdgeWithKey('pl1', 'country:fr', 'country:ua', { type: 'PLEDGES', confidence: 0.9, what: 'troops', condition: 'après un cessez-le-feu' });
  return g;
}
