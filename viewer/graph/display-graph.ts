/**
 * The graph sigma draws, built from the server's serialized graph. It holds display attributes only
 * (position, size, colour, label); the knowledge itself (properties, evidence) stays in GraphData,
 * keyed the same way, where the panels read it. Keeping them apart also keeps the relationship's
 * Cypher `type` away from sigma's `type` attribute, which names a rendering program.
 */
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import graphology from 'graphology';
import type { MultiDirectedGraph } from 'graphology';
import type { GraphSchema } from '../../src/graph/graph-schema.ts';
import type { DocumentInfo, EdgeAttributes, NodeAttributes } from '../../src/graph/types.ts';
import { labelColor } from '../../src/graph/label-colors.ts';
import type { GraphPayload } from '../api/types.ts';
import type { ViewerSettings } from '../settings.ts';
import { relTypeColor } from './rel-type-colors.ts';
import { seededPositions } from './seeded-positions.ts';

export interface NodeView {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** The node's Cypher labels, for filters. */
  labels: string[];
}

export interface EdgeView {
  /** The relationship type, written on the edge. */
  label: string;
  relType: string;
  size: number;
  color: string;
  /** Sigma program: straight arrow, or curved when other edges join the same two nodes. */
  type: 'arrow' | 'curvedArrow';
  curvature: number;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type DisplayGraph = MultiDirectedGraph<NodeView, EdgeView>;

export interface EdgeData {
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface GraphData {
  nodes: Map<string, NodeAttributes>;
  edges: Map<string, EdgeData>;
  documents: Record<string, DocumentInfo>;
  source: string | null;
  allowWrite: boolean;
  /** Labels and relationship types with their counts, as the server's graphSchema gives them. */
  schema: GraphSchema;
}

export function nodeName(key: string, attributes: NodeAttributes | undefined): string {
  const name = attributes?.name;
  return typeof name === 'string' && name.trim() !== '' ? name : key;
}

export function buildDisplayGraph(payload: GraphPayload, settings: ViewerSettings): { graph: DisplayGraph; data: GraphData } {
  const graph: DisplayGraph = new graphology.MultiDirectedGraph<NodeView, EdgeView>({ allowSelfLoops: true });
  const data: GraphData = {
    nodes: new Map(),
    edges: new Map(),
    documents: payload.attributes?.documents ?? {},
    source: payload.meta?.source ?? null,
    allowWrite: payload.meta?.allowWrite ?? false,
    schema: payload.meta?.schema ?? { labels: [], relationshipTypes: [], propertyKeys: [] },
  };

  const positions = seededPositions(payload.nodes.length, settings.layoutSeed);
  payload.nodes.forEach((node, i) => {
    const key = String(node.key);
    const attributes = node.attributes ?? { labels: [] };
    const labels = Array.isArray(attributes.labels) ? attributes.labels.map(String) : [];
    data.nodes.set(key, attributes);
    graph.addNode(key, {
      ...positions[i],
      size: settings.nodeSizeMin,
      color: labelColor(labels),
      label: nodeName(key, attributes),
      labels,
    });
  });
  payload.edges.forEach((edge, i) => {
    const key = edge.key === undefined || edge.key === null ? `e${i}` : String(edge.key);
    const source = String(edge.source);
    const target = String(edge.target);
    const attributes = edge.attributes ?? { type: '' };
    const relType = typeof attributes.type === 'string' ? attributes.type : '';
    data.edges.set(key, { source, target, attributes });
    graph.addEdgeWithKey(key, source, target, {
      label: relType,
      relType,
      size: settings.edgeSize,
      color: relTypeColor(relType),
      type: 'arrow',
      curvature: 0,
    });
  });

  sizeByDegree(graph, settings);
  curveParallelEdges(graph);
  return { graph, data };
}

/** Area grows with degree: size ∝ √degree between the two bounds. */
function sizeByDegree(graph: DisplayGraph, settings: ViewerSettings): void {
  let maxDegree = 0;
  graph.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, graph.degree(node));
  });
  const span = settings.nodeSizeMax - settings.nodeSizeMin;
  graph.updateEachNodeAttributes(
    (node, attributes) => ({
      ...attributes,
      size: settings.nodeSizeMin + (maxDegree > 0 ? span * Math.sqrt(graph.degree(node) / maxDegree) : 0),
    }),
    { attributes: ['size'] },
  );
}

/** Parallel edges (LEADS and MEMBER_OF between the same two nodes) are drawn as distinct curves. */
function curveParallelEdges(graph: DisplayGraph): void {
  indexParallelEdgesIndex(graph as never, { edgeIndexAttribute: 'parallelIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  graph.updateEachEdgeAttributes(
    (_edge, attributes) => {
      const index = attributes.parallelIndex;
      const maxIndex = attributes.parallelMaxIndex;
      if (typeof index !== 'number' || typeof maxIndex !== 'number' || maxIndex <= 0) return attributes;
      return { ...attributes, type: 'curvedArrow', curvature: curvature(index, maxIndex) };
    },
    { attributes: ['type', 'curvature'] },
  );
}

/** The curvature of the i-th of several parallel edges (sigma's parallel-edges example). */
export function curvature(index: number, maxIndex: number): number {
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}
