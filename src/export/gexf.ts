/**
 * GEXF for Gephi: positions from a ForceAtlas2 run, colours and sizes from gexf-attributes.ts, events
 * dated on Gephi's timeline, streamed to the output (gexf-writer.ts) so that memory stays bounded.
 * Version 1.3 by default (what current Gephi reads and writes); 1.2 for older tools and networkx.
 */
import type { KnowledgeGraph } from '../graph/types.ts';
import { dateInterval } from './date-interval.ts';
import { gexfFormatters, type GexfVersion } from './gexf-attributes.ts';
import { gexfChunks } from './gexf-writer.ts';
import { forceAtlas2Layout, type LayoutOptions } from './layout.ts';

export interface GexfOptions {
  version?: GexfVersion;
  /** ForceAtlas2 settings; `false` leaves positions out. */
  layout?: LayoutOptions | false;
}

export function gexfDocument(graph: KnowledgeGraph, options: GexfOptions = {}): Generator<string> {
  const version = options.version ?? '1.3';
  const layout = options.layout === false ? undefined : forceAtlas2Layout(graph, options.layout);
  const formatters = gexfFormatters(graph, { version, position: layout?.position });
  return gexfChunks(graph, { version, ...formatters, nodeInterval: (_key, attributes) => dateInterval(attributes.date) });
}
