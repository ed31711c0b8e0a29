/**
 * `window.__kgViewer`: a read-only view of the page's state for the browser tests and the benchmark
 * (what is highlighted, where a node is on screen, how the layout runs). Getters only: nothing here
 * changes the page.
 */
import type Sigma from 'sigma';
import type { DisplayGraph } from './graph/display-graph.ts';
import type { WorkerLayout } from './layout/fa2-layout.ts';
import { isEdgeVisible, isNodeVisible } from './reducers.ts';
import type { ViewerSettings } from './settings.ts';
import type { Store } from './state/viewer-state.ts';
import type { QueryPanel } from './ui/query-panel.ts';

export interface ViewerProbe {
  readonly ready: boolean;
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** ms from navigation start to sigma's first frame. */
  readonly firstRenderMs: number | null;
  readonly renders: number;
  /** Main-thread time spent in sigma's renders since the first frame. */
  readonly renderMs: number;
  readonly queryStatus: string;
  readonly resultNodes: string[];
  readonly resultEdges: string[];
  /** Nodes drawn highlighted (query result or selection), as the reducer outputs them. */
  readonly highlightedNodes: string[];
  readonly visibleNodeCount: number;
  readonly visibleEdgeCount: number;
  readonly selection: { kind: string; key: string } | null;
  readonly hoveredNode: string | null;
  /** Nodes drawn in the faded colour (outside a hovered neighbourhood or a highlighted result). */
  readonly fadedNodes: string[];
  readonly layout: { running: boolean; iterations: number; iterationsPerSecond: number };
  readonly camera: { x: number; y: number; ratio: number };
  /** The camera is in the middle of an animation (search, selection, query result). */
  readonly cameraMoving: boolean;
  /** The camera is still and its position has been drawn (what a click is matched against). */
  readonly cameraSettled: boolean;
  /** The node's centre in CSS pixels of the graph container, to click it like a user. */
  nodePosition(key: string): { x: number; y: number } | null;
}

export interface ProbeSources {
  sigma: Sigma;
  graph: DisplayGraph;
  store: Store;
  layout: WorkerLayout;
  queryPanel: QueryPanel;
  settings: ViewerSettings;
  timing: { firstRenderMs: number | null; renders: number; renderMs: number; cameraUpdatedAt: number; renderedAt: number };
}

export function installProbe(sources: ProbeSources): void {
  const { sigma, graph, store, layout, queryPanel, settings, timing } = sources;
  const probe: ViewerProbe = {
    ready: true,
    get nodeCount() {
      return graph.order;
    },
    get edgeCount() {
      return graph.size;
    },
    get firstRenderMs() {
      return timing.firstRenderMs;
    },
    get renders() {
      return timing.renders;
    },
    get renderMs() {
      return timing.renderMs;
    },
    get queryStatus() {
      return queryPanel.status;
    },
    get resultNodes() {
      return [...(store.state.result?.nodes ?? [])].sort();
    },
    get resultEdges() {
      return [...(store.state.result?.edges ?? [])].sort();
    },
    get highlightedNodes() {
      return graph.filterNodes((node) => sigma.getNodeDisplayData(node)?.highlighted === true).sort();
    },
    get visibleNodeCount() {
      return graph.filterNodes((node, attributes) => isNodeVisible(store.state, node, attributes)).length;
    },
    get visibleEdgeCount() {
      return graph.filterEdges((edge, attributes) => isEdgeVisible(graph, store.state, edge, attributes)).length;
    },
    get selection() {
      return store.state.selection ? { ...store.state.selection } : null;
    },
    get hoveredNode() {
      return store.state.hoveredNode;
    },
    get fadedNodes() {
      return graph.filterNodes((node) => sigma.getNodeDisplayData(node)?.color === settings.fadedNodeColor).sort();
    },
    get layout() {
      return { running: layout.running, iterations: layout.iterations, iterationsPerSecond: layout.iterationsPerSecond };
    },
    get camera() {
      const { x, y, ratio } = sigma.getCamera().getState();
      return { x, y, ratio };
    },
    get cameraMoving() {
      return sigma.getCamera().isAnimated();
    },
    get cameraSettled() {
      return !sigma.getCamera().isAnimated() && timing.renderedAt >= timing.cameraUpdatedAt;
    },
    nodePosition(key) {
      const data = sigma.getNodeDisplayData(key);
      return data ? sigma.framedGraphToViewport(data) : null;
    },
  };
  Object.defineProperty(window, '__kgViewer', { value: Object.freeze(probe), configurable: false, writable: false });
}
