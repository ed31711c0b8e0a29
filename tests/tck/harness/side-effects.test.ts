import { describe, expect, it } from 'vitest';
import { createGraph } from '../../../src/graph/create-graph.ts';
import { describeSideEffects, diffSnapshots, noSideEffects, parseSideEffectsTable, snapshotGraph } from './side-effects.ts';

function seeded() {
  const graph = createGraph();
  graph.addNode('a', { labels: ['Person'], name: 'Ada', age: 36 });
  graph.addNode('b', { labels: ['Person', 'Author'], name: 'Bob' });
  graph.addEdgeWithKey('r1', 'a', 'b', { type: 'KNOWS', since: 2020 });
  return graph;
}

describe('side effects, diffed from the graph', () => {
  it('sees nothing when nothing changed', () => {
    const graph = seeded();
    const before = snapshotGraph(graph);
    expect(diffSnapshots(before, snapshotGraph(graph))).toEqual(noSideEffects());
  });

  it('counts created nodes, relationships, their properties and new distinct labels', () => {
    const graph = seeded();
    const before = snapshotGraph(graph);
    graph.addNode('c', { labels: ['Person', 'Country'], name: 'France', iso2: 'FR' });
    graph.addEdgeWithKey('r2', 'c', 'a', { type: 'LEADS', confidence: 0.5 });
    const effects = diffSnapshots(before, snapshotGraph(graph));
    // `Person` existed already: only `Country` is a new label.
    expect(effects).toEqual({ ...noSideEffects(), '+nodes': 1, '+relationships': 1, '+labels': 1, '+properties': 3 });
  });

  it('counts deletions, including the properties and labels that go with them', () => {
    const graph = seeded();
    const before = snapshotGraph(graph);
    graph.dropNode('b');
    expect(diffSnapshots(before, snapshotGraph(graph))).toEqual({
      ...noSideEffects(),
      '-nodes': 1,
      '-relationships': 1,
      '-labels': 1,
      '-properties': 2,
    });
  });

  it('counts a changed value as one removal and one addition, and ignores null properties', () => {
    const graph = seeded();
    const before = snapshotGraph(graph);
    graph.setNodeAttribute('a', 'age', 37);
    graph.setNodeAttribute('b', 'nothing', null);
    graph.setNodeAttribute('a', 'name', 'Ada');
    expect(diffSnapshots(before, snapshotGraph(graph))).toEqual({ ...noSideEffects(), '+properties': 1, '-properties': 1 });
  });

  it('tells values of different types and shapes apart', () => {
    const graph = seeded();
    const before = snapshotGraph(graph);
    graph.setNodeAttribute('a', 'age', '36');
    graph.setEdgeAttribute('r1', 'since', [2020]);
    expect(diffSnapshots(before, snapshotGraph(graph))).toEqual({ ...noSideEffects(), '+properties': 2, '-properties': 2 });
  });

  it('reads the TCK table, with unlisted quantities zero, and rejects unknown names', () => {
    expect(parseSideEffectsTable([['+nodes', '2'], ['+labels', '1']])).toEqual({ ...noSideEffects(), '+nodes': 2, '+labels': 1 });
    expect(() => parseSideEffectsTable([['+vertices', '1']])).toThrow(/unknown side effect/);
    expect(() => parseSideEffectsTable([['+nodes', 'one']])).toThrow(/needs a count/);
    expect(describeSideEffects({ ...noSideEffects(), '-nodes': 2 })).toBe('-nodes 2');
    expect(describeSideEffects(noSideEffects())).toBe('none');
  });
});
