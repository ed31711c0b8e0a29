/**
 * kg view, the page: loads the graph from the server, lays it out, draws it with sigma, and wires
 * the search, the filters, the query box, the panels and the exports. The app only changes graph
 * attributes, the state the reducers read, and settings; it never reaches into the renderer.
 */
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import { fetchGraph } from './api/client.ts';
import type { QueryPayload } from './api/types.ts';
import { fitNodes, focusNode, frameWithLabels, PanelPans } from './camera.ts';
import { exportGexf, exportPng } from './export/export-view.ts';
import { buildDisplayGraph, type DisplayGraph, type EdgeView, type GraphData, type NodeView } from './graph/display-graph.ts';
import { settleLayout, WorkerLayout } from './layout/fa2-layout.ts';
import { createReducers } from './reducers.ts';
import { resolveSettings, settleIterations, sigmaSettingsFor, type ViewerSettings } from './settings.ts';
import { Store, type ViewerState } from './state/viewer-state.ts';
import { installProbe } from './test-hook.ts';
import { renderDetails } from './ui/details-panel.ts';
import { byId } from './ui/dom.ts';
import { setupLegend } from './ui/legend.ts';
import { currentUrlQuery, setupQueryPanel } from './ui/query-panel.ts';
import { SearchIndex } from './ui/search-index.ts';
import { setupSearchBox } from './ui/search-box.ts';

/** State fields that change what is drawn (hoveredNeighbors always changes with hoveredNode). */
const DRAWN: (keyof ViewerState)[] = ['hoveredNode', 'selection', 'hiddenLabels', 'hiddenTypes', 'result', 'resultMode', 'layoutRunning'];

async function main(): Promise<void> {
  const settings = resolveSettings();
  const loading = byId('loading');
  let payload;
  try {
    payload = await fetchGraph();
    performance.mark('kg:graph-fetched');
  } catch (error) {
    loading.textContent = (error as Error).message;
    loading.classList.add('error');
    return;
  }
  const { graph, data } = buildDisplayGraph(payload, settings);
  performance.mark('kg:graph-built');
  settleLayout(graph, settleIterations(settings, graph.order));
  performance.mark('kg:layout-settled');
  describeSource(data, graph);
  if (graph.order === 0) {
    loading.textContent = 'The graph is empty: build one with `kg build`.';
  } else {
    loading.hidden = true;
  }
  start(graph, data, settings);
}

function start(graph: DisplayGraph, data: GraphData, settings: ViewerSettings): void {
  const store = new Store();
  const timing = { firstRenderMs: null as number | null, renders: 0, renderMs: 0, cameraUpdatedAt: 0, renderedAt: 0 };
  const reducers = createReducers(graph, () => store.state, settings);
  const container = byId('graph');
  const sigma = new Sigma<NodeView, EdgeView>(graph, container, {
    ...sigmaSettingsFor(settings, graph.size),
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: { arrow: EdgeArrowProgram, curvedArrow: EdgeCurvedArrowProgram },
  });
  // The constructor draws the first frame synchronously.
  timing.firstRenderMs = performance.now();
  performance.mark('kg:first-render');
  // Each pass redraws the whole graph: a few for small graphs, one for large ones.
  frameWithLabels(sigma, graph.order <= settings.settleMaxNodes ? 3 : 1);
  const initialCamera = sigma.getCamera().getState();
  let renderStarted = 0;
  sigma.on('beforeRender', () => {
    renderStarted = performance.now();
  });
  sigma.on('afterRender', () => {
    timing.renders++;
    timing.renderedAt = performance.now();
    timing.renderMs += timing.renderedAt - renderStarted;
  });
  sigma.getCamera().on('updated', () => {
    timing.cameraUpdatedAt = performance.now();
  });
  new ResizeObserver(() => sigma.scheduleRender()).observe(container);

  const layout = new WorkerLayout(graph);
  const panelPans = new PanelPans(sigma, settings);
  const details = byId('details');
  const select = (selection: ViewerState['selection']): void => store.update({ selection });
  const panelContext = {
    data,
    settings,
    selectNode: (key: string) => {
      select({ kind: 'node', key });
      void focusNode(sigma, key, settings);
    },
    selectEdge: (key: string) => select({ kind: 'edge', key }),
    close: () => select(null),
  };

  store.subscribe((state, previous) => {
    if (DRAWN.some((field) => state[field] !== previous[field])) {
      const labels = showEdgeLabels(graph, state, settings);
      if (sigma.getSetting('renderEdgeLabels') !== labels) sigma.setSetting('renderEdgeLabels', labels);
      sigma.refresh({ skipIndexation: true });
    }
    if (state.selection !== previous.selection) {
      const panelWasOpen = !details.hidden;
      renderDetails(details, state.selection, panelContext);
      // The panel takes width from the graph: resize now, and bring a clicked node back into view.
      if (panelWasOpen !== !details.hidden) sigma.resize();
      if (state.selection?.kind === 'node') panelPans.reveal(state.selection.key);
      else if (state.selection === null) panelPans.restore();
    }
  });

  // Hover: the neighbourhood comes forward.
  sigma.on('enterNode', ({ node }) => {
    store.update({ hoveredNode: node, hoveredNeighbors: new Set(graph.neighbors(node)) });
    container.classList.add('pointer');
  });
  sigma.on('leaveNode', () => {
    store.update({ hoveredNode: null, hoveredNeighbors: new Set() });
    container.classList.remove('pointer');
  });
  sigma.on('enterEdge', () => container.classList.add('pointer'));
  sigma.on('leaveEdge', () => container.classList.remove('pointer'));
  sigma.on('clickNode', ({ node }) => select({ kind: 'node', key: node }));
  sigma.on('clickEdge', ({ edge }) => select({ kind: 'edge', key: edge }));
  sigma.on('clickStage', () => select(null));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && store.state.selection) select(null);
  });

  setupLegend(graph, data, store);
  setupSearchBox(new SearchIndex(data.nodes), settings.searchMaxSuggestions, panelContext.selectNode);
  const queryPanel = setupQueryPanel({
    store,
    settings,
    data,
    selectNode: panelContext.selectNode,
    selectEdge: panelContext.selectEdge,
    onResult: (result: QueryPayload) => {
      if (result.nodes.length > 0) void fitNodes(sigma, result.nodes.map((n) => String(n.key)), settings);
    },
    onClear: () => void sigma.getCamera().animate(initialCamera, { duration: settings.cameraDurationMs }),
  });
  layout.onChange((running) => store.update({ layoutRunning: running }));
  setupLayoutButton(layout, graph, settings);
  byId('export-png').addEventListener('click', () => void exportPng(sigma, data.source, settings));
  byId('export-gexf').addEventListener('click', () => exportGexf(graph, data, store.state));

  installProbe({ sigma, graph, store, layout, queryPanel, settings, timing });

  const query = currentUrlQuery();
  if (query) void queryPanel.run(query, { pushHistory: false });
}

/**
 * Relationship types are written on edges when few edges are on show: always on small graphs, and on
 * large ones around a hovered node or over a small query result.
 */
function showEdgeLabels(graph: DisplayGraph, state: ViewerState, settings: ViewerSettings): boolean {
  const limit = settings.edgeLabelsMaxEdges;
  if (state.layoutRunning && graph.size > settings.layoutHideEdgesAbove) return false;
  if (graph.size <= limit) return true;
  if (state.hoveredNode !== null) return graph.degree(state.hoveredNode) <= limit;
  return state.result !== null && state.result.edges.size <= limit;
}

function setupLayoutButton(layout: WorkerLayout, graph: DisplayGraph, settings: ViewerSettings): void {
  const button = byId<HTMLButtonElement>('layout-toggle');
  const hidesEdges = graph.size > settings.layoutHideEdgesAbove;
  const show = (running: boolean): void => {
    button.textContent = running ? 'Stop layout' : 'Run layout';
    button.setAttribute('aria-pressed', String(running));
    button.title = running
      ? `ForceAtlas2 is running in a web worker${hidesEdges ? '; relationships are drawn again when it stops' : ''}`
      : 'Run ForceAtlas2 in a web worker';
  };
  layout.onChange(show);
  button.addEventListener('click', () => layout.toggle());
  button.disabled = graph.order === 0;
  show(false);
  // Too large to settle before the first paint: lay out in the worker for a while.
  if (graph.order > settings.settleMaxNodes) layout.start(settings.layoutAutoStopMs);
}

function describeSource(data: GraphData, graph: DisplayGraph): void {
  const source = data.source ?? 'graph';
  document.title = `${source} · kg view`;
  byId('graph-source').textContent = source;
  byId('graph-stats').textContent = `${graph.order.toLocaleString('en')} nodes · ${graph.size.toLocaleString('en')} relationships`;
}

void main();
