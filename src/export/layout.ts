/**
 * Node positions from ForceAtlas2 (graphology-layout-forceatlas2), so Gephi opens a laid-out graph.
 * The layout runs on its own typed arrays, never on the graph's attributes (x and y are display-only
 * and do not belong in the knowledge graph), starting from positions drawn by a seeded generator:
 * the same graph always gets the same layout.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { KnowledgeGraph } from '../graph/types.ts';
import { mulberry32 } from './seeded-random.ts';

/** Values per node and per edge in the layout's matrices (graphology-layout-forceatlas2's layout). */
const PPN = 10;
const PPE = 3;

export interface LayoutOptions {
  /** Iterations to run; default: `defaultIterations(graph)`. 0 keeps the seeded positions. */
  iterations?: number;
  /** Seed of the initial positions. */
  seed?: number;
}

export interface Layout {
  position(key: string): { x: number; y: number } | undefined;
}

/**
 * Enough iterations for a readable picture of a small graph, fewer as the graph grows so that the
 * work (one iteration costs about one pass over nodes and edges) stays near a fixed budget.
 */
export function defaultIterations(order: number, size: number): number {
  const budget = 5_000_000;
  return Math.max(10, Math.min(500, Math.floor(budget / Math.max(1, order + size))));
}

export function forceAtlas2Layout(graph: KnowledgeGraph, options: LayoutOptions = {}): Layout {
  const order = graph.order;
  const iterations = options.iterations ?? defaultIterations(order, graph.size);
  const index = new Map<string, number>();
  // Float64 throughout: edges index nodes by matrix offset, which Float32 would round past 16M.
  const nodes = new Float64Array(order * PPN);
  const random = mulberry32(options.seed ?? 1);
  // Spread the start over an area that grows with the graph, so the first iterations are not a blast.
  const side = 10 * Math.sqrt(Math.max(1, order));
  let j = 0;
  graph.forEachNode((key) => {
    index.set(key, j);
    nodes[j] = (random() - 0.5) * side;
    nodes[j + 1] = (random() - 0.5) * side;
    nodes[j + 6] = 1; // mass: 1 + degree, added below
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = 1; // size
    j += PPN;
  });
  const edges = new Float64Array(graph.size * PPE);
  j = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    nodes[s + 6] += 1;
    nodes[t + 6] += 1;
    edges[j] = s;
    edges[j + 1] = t;
    edges[j + 2] = 1;
    j += PPE;
  });
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(order) };
  for (let i = 0; i < iterations; i++) iterate(settings, nodes, edges);
  return {
    position(key) {
      const at = index.get(key);
      return at === undefined ? undefined : { x: nodes[at], y: nodes[at + 1] };
    },
  };
}
