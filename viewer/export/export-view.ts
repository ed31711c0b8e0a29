/**
 * Export of the current view: a PNG of what sigma draws (@sigma/export-image), and a GEXF of the
 * nodes and relationships on show, with their properties, colours and current positions, for Gephi:
 * graphology-gexf's browser writer with the attribute mapping `kg export` uses (src/export/gexf-attributes.ts).
 */
import { downloadAsPNG } from '@sigma/export-image';
import { write as writeGexf } from 'graphology-gexf/browser/index.js';
import type Sigma from 'sigma';
import { gexfFormatters } from '../../src/export/gexf-attributes.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import type { DisplayGraph, GraphData } from '../graph/display-graph.ts';
import { isEdgeVisible, isNodeVisible } from '../reducers.ts';
import type { ViewerSettings } from '../settings.ts';
import type { ViewerState } from '../state/viewer-state.ts';

export function exportBaseName(source: string | null): string {
  const base = (source ?? 'graph').replace(/\.json$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-');
  return base || 'graph';
}

export function exportPng(sigma: Sigma, source: string | null, settings: ViewerSettings): Promise<void> {
  return downloadAsPNG(sigma, { fileName: exportBaseName(source), backgroundColor: settings.backgroundColor });
}

/** The knowledge graph restricted to what the view shows. */
export function visibleSubgraph(graph: DisplayGraph, data: GraphData, state: ViewerState): KnowledgeGraph {
  const subgraph = createGraph();
  graph.forEachNode((node, attributes) => {
    if (isNodeVisible(state, node, attributes)) subgraph.addNode(node, data.nodes.get(node));
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (isEdgeVisible(graph, state, edge, attributes)) subgraph.addEdgeWithKey(edge, source, target, data.edges.get(edge)!.attributes);
  });
  return subgraph;
}

export function gexfOfView(graph: DisplayGraph, data: GraphData, state: ViewerState): string {
  const subgraph = visibleSubgraph(graph, data, state);
  const { formatNode, formatEdge } = gexfFormatters(subgraph, {
    version: '1.3',
    position: (key) => {
      const { x, y } = graph.getNodeAttributes(key);
      return { x, y };
    },
  });
  return writeGexf(subgraph, { version: '1.3', formatNode, formatEdge });
}

export function exportGexf(graph: DisplayGraph, data: GraphData, state: ViewerState): void {
  const text = gexfOfView(graph, data, state);
  downloadBlob(new Blob([text], { type: 'application/gexf+xml' }), `${exportBaseName(data.source)}.gexf`);
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
