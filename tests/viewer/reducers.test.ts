import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import type { DisplayGraph, EdgeView, NodeView } from '../../viewer/graph/display-graph.ts';
import { createReducers, darker } from '../../viewer/reducers.ts';
import { resolveSettings } from '../../viewer/settings.ts';
import { INITIAL_STATE, type ViewerState } from '../../viewer/state/viewer-state.ts';

const settings = resolveSettings();

function displayGraph(): DisplayGraph {
  const graph: DisplayGraph = new graphology.MultiDirectedGraph<NodeView, EdgeView>();
  const node = (key: string, label: string): void => {
    graph.addNode(key, { x: 0, y: 0, size: 5, color: '#4e79a7', label: key, labels: [label] });
  };
  node('meloni', 'Person');
  node('italie', 'Country');
  node('ukraine', 'Country');
  node('summit', 'Event');
  const edge = (key: string, source: string, target: string, type: string): void => {
    graph.addEdgeWithKey(key, source, target, { label: type, relType: type, size: 2, color: '#7fa7d4', type: 'arrow', curvature: 0 });
  };
  edge('leads', 'meloni', 'italie', 'LEADS');
  edge('refuses', 'italie', 'ukraine', 'REFUSES_TROOPS');
  edge('attended', 'meloni', 'summit', 'ATTENDED');
  return graph;
}

function render(state: Partial<ViewerState>, overrides: Partial<typeof settings> = {}) {
  const graph = displayGraph();
  const full = { ...INITIAL_STATE, ...state };
  const { nodeReducer, edgeReducer } = createReducers(graph, () => full, { ...settings, ...overrides });
  return {
    node: (key: string) => nodeReducer(key, graph.getNodeAttributes(key)),
    edge: (key: string) => edgeReducer(key, graph.getEdgeAttributes(key)),
  };
}

describe('reducers', () => {
  it('draw everything as is by default', () => {
    const r = render({});
    expect(r.node('meloni')).toMatchObject({ color: '#4e79a7', label: 'meloni' });
    expect(r.node('meloni').hidden).toBeUndefined();
    expect(r.edge('leads').hidden).toBeUndefined();
  });

  it('hide unticked labels, and the relationships that lose an end', () => {
    const r = render({ hiddenLabels: new Set(['Country']) });
    expect(r.node('italie').hidden).toBe(true);
    expect(r.node('meloni').hidden).toBeUndefined();
    expect(r.edge('leads').hidden).toBe(true);
    expect(r.edge('attended').hidden).toBeUndefined();
  });

  it('hide unticked relationship types', () => {
    const r = render({ hiddenTypes: new Set(['LEADS']) });
    expect(r.edge('leads').hidden).toBe(true);
    expect(r.edge('refuses').hidden).toBeUndefined();
  });

  it('bring a hovered node’s neighbourhood forward and fade the rest', () => {
    const r = render({ hoveredNode: 'italie', hoveredNeighbors: new Set(['meloni', 'ukraine']) });
    expect(r.node('italie')).toMatchObject({ forceLabel: true });
    expect(r.node('ukraine')).toMatchObject({ forceLabel: true });
    expect(r.node('summit')).toMatchObject({ color: settings.fadedNodeColor, label: '' });
    expect(r.edge('attended').hidden).toBe(true);
    expect(r.edge('refuses').size).toBe(settings.edgeSizeHighlighted);
  });

  it('highlight a query result, or show it alone', () => {
    const result = { nodes: new Set(['italie', 'ukraine']), edges: new Set(['refuses']) };
    const highlighted = render({ result });
    expect(highlighted.node('italie')).toMatchObject({ highlighted: true, forceLabel: true });
    expect(highlighted.node('meloni')).toMatchObject({ color: settings.fadedNodeColor });
    expect(highlighted.edge('refuses').size).toBe(settings.edgeSizeHighlighted);
    expect(highlighted.edge('leads').color).toBe(settings.fadedEdgeColor);

    const alone = render({ result, resultMode: 'only' });
    expect(alone.node('meloni').hidden).toBe(true);
    expect(alone.node('ukraine').hidden).toBeUndefined();
    expect(alone.edge('leads').hidden).toBe(true);
    expect(alone.edge('refuses').hidden).toBeUndefined();
  });

  it('keep the selected node labelled and in its colour, even outside a result', () => {
    const r = render({ result: { nodes: new Set(['ukraine']), edges: new Set() }, selection: { kind: 'node', key: 'summit' } });
    expect(r.node('summit')).toMatchObject({ highlighted: true, label: 'summit', color: '#4e79a7' });
  });

  it('hide the edges of a large graph while the layout runs', () => {
    expect(render({ layoutRunning: true }).edge('leads').hidden).toBeUndefined();
    expect(render({ layoutRunning: true }, { layoutHideEdgesAbove: 2 }).edge('leads').hidden).toBe(true);
    expect(render({ layoutRunning: false }, { layoutHideEdgesAbove: 2 }).edge('leads').hidden).toBeUndefined();
  });

  it('darken a colour for the selected edge', () => {
    expect(darker('#ffffff')).toBe('#999999');
    expect(darker('not a colour')).toBe('not a colour');
  });
});
