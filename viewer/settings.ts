/**
 * Every tunable of the viewer in one place, as sigma does (src/settings.ts): the defaults, their
 * validation, and the sigma settings derived from them. The app reads settings; it never reaches
 * into the renderer.
 */
import type { Attributes } from 'graphology-types';
import type { Settings as SigmaSettings } from 'sigma/settings';
import { createDrawNodeHover } from './rendering/draw-node-hover.ts';
import { createDrawNodeLabel } from './rendering/draw-node-label.ts';

export interface ViewerSettings {
  /** Rendered node sizes, in pixels at zoom 1: the smallest for degree 0, the largest for the top degree. */
  nodeSizeMin: number;
  nodeSizeMax: number;
  edgeSize: number;
  /** Edges of a query result or of the hovered node's neighbourhood. */
  edgeSizeHighlighted: number;
  /** Colours of what is pushed to the background by a hover or a query result. */
  fadedNodeColor: string;
  fadedEdgeColor: string;
  backgroundColor: string;
  /** Seed of the initial positions: the same graph always opens the same way. */
  layoutSeed: number;
  /** Up to this many nodes, ForceAtlas2 runs to a settled layout before the first paint. */
  settleMaxNodes: number;
  settleIterationsMin: number;
  settleIterationsMax: number;
  /** Larger graphs paint at once and lay out in the worker, which stops by itself after this long. */
  layoutAutoStopMs: number;
  /**
   * While the layout runs on a graph with more relationships than this, edges are not drawn: each
   * iteration moves every node, and redrawing tens of thousands of edges each time would take the
   * main thread (and the layout, which waits for it) down to a few frames per second.
   */
  layoutHideEdgesAbove: number;
  /** Edge hover and click cost a picking pass: above this many edges they are off (the panel still lists them). */
  edgeEventsMaxEdges: number;
  /** Relationship types are written on edges up to this many edges. */
  edgeLabelsMaxEdges: number;
  /** Labels are drawn for nodes rendered at least this large (plus hovered, selected and result nodes). */
  labelRenderedSizeThreshold: number;
  labelDensity: number;
  searchMaxSuggestions: number;
  /** Result rows rendered in the table (all rows stay highlighted in the graph). */
  tableMaxRows: number;
  /** Evidence quotes shown per relationship before "show more". */
  evidencePerRelationship: number;
  /** Camera zoom ratio when focusing a node (smaller is closer). */
  focusRatio: number;
  cameraDurationMs: number;
}

export const DEFAULT_SETTINGS: Readonly<ViewerSettings> = Object.freeze({
  nodeSizeMin: 4,
  nodeSizeMax: 18,
  edgeSize: 2,
  edgeSizeHighlighted: 3.5,
  fadedNodeColor: '#e3e6ea',
  fadedEdgeColor: '#eef0f2',
  backgroundColor: '#ffffff',
  layoutSeed: 20260106,
  settleMaxNodes: 1500,
  settleIterationsMin: 80,
  settleIterationsMax: 400,
  layoutAutoStopMs: 10_000,
  layoutHideEdgesAbove: 10_000,
  edgeEventsMaxEdges: 20_000,
  edgeLabelsMaxEdges: 5_000,
  labelRenderedSizeThreshold: 7,
  labelDensity: 0.6,
  searchMaxSuggestions: 10,
  tableMaxRows: 500,
  evidencePerRelationship: 3,
  focusRatio: 0.35,
  cameraDurationMs: 600,
});

const COLOR = /^#[0-9a-f]{6}$/i;

type Rule = 'positive' | 'count' | 'color';

/** What each setting must be: positive numbers, whole numbers ≥ 0, #rrggbb colours. */
const RULES: Record<keyof ViewerSettings, Rule> = {
  nodeSizeMin: 'positive',
  nodeSizeMax: 'positive',
  edgeSize: 'positive',
  edgeSizeHighlighted: 'positive',
  fadedNodeColor: 'color',
  fadedEdgeColor: 'color',
  backgroundColor: 'color',
  layoutSeed: 'count',
  settleMaxNodes: 'count',
  settleIterationsMin: 'count',
  settleIterationsMax: 'count',
  layoutAutoStopMs: 'count',
  layoutHideEdgesAbove: 'count',
  edgeEventsMaxEdges: 'count',
  edgeLabelsMaxEdges: 'count',
  labelRenderedSizeThreshold: 'count',
  labelDensity: 'positive',
  searchMaxSuggestions: 'count',
  tableMaxRows: 'count',
  evidencePerRelationship: 'count',
  focusRatio: 'positive',
  cameraDurationMs: 'count',
};

const PROBLEMS: Record<Rule, [(value: unknown) => boolean, string]> = {
  positive: [(v) => typeof v === 'number' && Number.isFinite(v) && v > 0, 'a positive number'],
  count: [(v) => typeof v === 'number' && Number.isInteger(v) && v >= 0, 'a whole number ≥ 0'],
  color: [(v) => typeof v === 'string' && COLOR.test(v), 'a colour #rrggbb'],
};

/** Throws `viewer/settings: …` naming the first invalid setting. */
export function validateSettings(settings: ViewerSettings): void {
  for (const [key, rule] of Object.entries(RULES) as [keyof ViewerSettings, Rule][]) {
    const [valid, what] = PROBLEMS[rule];
    if (!valid(settings[key])) throw new Error(`viewer/settings: ${key} must be ${what}, got ${String(settings[key])}`);
  }
  if (settings.nodeSizeMin > settings.nodeSizeMax) throw new Error('viewer/settings: nodeSizeMin must not exceed nodeSizeMax');
  if (settings.settleIterationsMin > settings.settleIterationsMax) {
    throw new Error('viewer/settings: settleIterationsMin must not exceed settleIterationsMax');
  }
}

export function resolveSettings(overrides: Partial<ViewerSettings> = {}): ViewerSettings {
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  validateSettings(settings);
  return settings;
}

/** The renderer's settings for a graph of this size (reducers and programs are added by the app). */
export function sigmaSettingsFor<N extends Attributes, E extends Attributes>(
  settings: ViewerSettings,
  edgeCount: number,
): Partial<SigmaSettings<N, E>> {
  return {
    renderEdgeLabels: edgeCount <= settings.edgeLabelsMaxEdges,
    enableEdgeEvents: edgeCount <= settings.edgeEventsMaxEdges,
    labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold,
    labelDensity: settings.labelDensity,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1f2328' },
    edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    edgeLabelSize: 10,
    edgeLabelColor: { color: '#6b7280' },
    hideEdgesOnMove: edgeCount > settings.edgeEventsMaxEdges,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    stagePadding: 30,
    defaultDrawNodeLabel: createDrawNodeLabel<N, E>(settings.backgroundColor),
    defaultDrawNodeHover: createDrawNodeHover<N, E>(settings.backgroundColor),
  };
}

/** Iterations of the synchronous layout before the first paint: more for small graphs, none past the cap. */
export function settleIterations(settings: ViewerSettings, nodeCount: number): number {
  if (nodeCount === 0 || nodeCount > settings.settleMaxNodes) return 0;
  // The cost of one iteration grows with n² (no Barnes-Hut at this size): keep the total near 10⁸ pair visits.
  const budget = Math.round(1e8 / (nodeCount * nodeCount));
  return Math.max(settings.settleIterationsMin, Math.min(settings.settleIterationsMax, budget));
}
