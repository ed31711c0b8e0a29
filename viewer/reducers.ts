/**
 * Sigma's node and edge reducers: how the state changes what is drawn, without touching the graph.
 * Precedence: filters hide (and, on large graphs, a running layout hides the edges); the hovered
 * neighbourhood comes forward; else the query result does; the selected node always keeps its label.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { DisplayGraph, EdgeView, NodeView } from './graph/display-graph.ts';
import type { ViewerSettings } from './settings.ts';
import type { ViewerState } from './state/viewer-state.ts';

export interface Reducers {
  nodeReducer: (node: string, data: NodeView) => Partial<NodeDisplayData>;
  edgeReducer: (edge: string, data: EdgeView) => Partial<EdgeDisplayData>;
}

export function isNodeFilteredOut(state: ViewerState, data: NodeView): boolean {
  if (state.hiddenLabels.size === 0) return false;
  // A node is hidden when every one of its labels is hidden (a node without labels follows "(none)").
  if (data.labels.length === 0) return state.hiddenLabels.has('');
  return data.labels.every((label) => state.hiddenLabels.has(label));
}

/** Whether a node is on show (not filtered out, not outside a result shown alone). */
export function isNodeVisible(state: ViewerState, node: string, data: NodeView): boolean {
  if (isNodeFilteredOut(state, data)) return false;
  if (state.result && state.resultMode === 'only' && !state.result.nodes.has(node)) return false;
  return true;
}

export function isEdgeVisible(graph: DisplayGraph, state: ViewerState, edge: string, data: EdgeView): boolean {
  if (state.hiddenTypes.has(data.relType)) return false;
  if (state.result && state.resultMode === 'only' && !state.result.edges.has(edge)) return false;
  const source = graph.source(edge);
  const target = graph.target(edge);
  return isNodeVisible(state, source, graph.getNodeAttributes(source)) && isNodeVisible(state, target, graph.getNodeAttributes(target));
}

export function createReducers(graph: DisplayGraph, getState: () => ViewerState, settings: ViewerSettings): Reducers {
  return {
    nodeReducer(node, data) {
      const state = getState();
      const display: Partial<NodeDisplayData> = { ...data };
      if (!isNodeVisible(state, node, data)) {
        display.hidden = true;
        return display;
      }
      const selected = state.selection?.kind === 'node' && state.selection.key === node;
      if (state.hoveredNode !== null) {
        if (node === state.hoveredNode || state.hoveredNeighbors.has(node)) {
          display.forceLabel = true;
          display.zIndex = 2;
        } else {
          fadeNode(display, settings);
        }
      } else if (state.result && state.resultMode === 'highlight') {
        if (state.result.nodes.has(node)) {
          display.highlighted = true;
          display.forceLabel = true;
          display.zIndex = 2;
        } else {
          fadeNode(display, settings);
        }
      }
      if (selected) {
        display.highlighted = true;
        display.forceLabel = true;
        display.label = data.label;
        display.color = data.color;
        display.zIndex = 3;
      }
      return display;
    },

    edgeReducer(edge, data) {
      const state = getState();
      const display: Partial<EdgeDisplayData> = { ...data };
      if ((state.layoutRunning && graph.size > settings.layoutHideEdgesAbove) || !isEdgeVisible(graph, state, edge, data)) {
        display.hidden = true;
        return display;
      }
      const selected = state.selection?.kind === 'edge' && state.selection.key === edge;
      if (state.hoveredNode !== null) {
        const touches = graph.source(edge) === state.hoveredNode || graph.target(edge) === state.hoveredNode;
        if (touches) {
          display.size = settings.edgeSizeHighlighted;
          display.zIndex = 2;
        } else {
          display.hidden = true;
        }
      } else if (state.result && state.resultMode === 'highlight') {
        if (state.result.edges.has(edge)) {
          display.size = settings.edgeSizeHighlighted;
          display.zIndex = 2;
        } else {
          display.color = settings.fadedEdgeColor;
          display.label = '';
        }
      }
      if (selected) {
        display.size = settings.edgeSizeHighlighted * 1.5;
        display.color = darker(data.color);
        display.zIndex = 3;
        display.forceLabel = true;
      }
      return display;
    },
  };
}

function fadeNode(display: Partial<NodeDisplayData>, settings: ViewerSettings): void {
  display.color = settings.fadedNodeColor;
  display.label = '';
  display.zIndex = 0;
}

/** The colour at 60 % brightness: a selected edge stands out in its own hue. */
export function darker(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return hex;
  const channel = (shift: number): string =>
    Math.round(((value >> shift) & 0xff) * 0.6)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}
