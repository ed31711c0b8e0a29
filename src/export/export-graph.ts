/**
 * `exportGraph`: writes a knowledge graph (or the part of it a query returned) in one of the formats
 * other tools read. Every file is written atomically and streamed, so a large graph never has to fit in
 * memory as text, and the same graph always gives the same bytes.
 */
import type { KnowledgeGraph } from '../graph/types.ts';
import { KgError } from '../util/errors.ts';
import { writeCsv } from './csv.ts';
import { cypherScriptChunks } from './cypher-script.ts';
import { gexfDocument } from './gexf.ts';
import { DEFAULT_OUTPUTS, EXPORT_FORMATS, GEXF_VERSIONS, type ExportFormat, type GexfVersion } from './export-formats.ts';
import { graphmlChunks } from './graphml.ts';
import { jsonChunks } from './json.ts';
import type { LayoutOptions } from './layout.ts';
import { STDOUT, writeChunks } from './output.ts';
import { selectSubgraph, type Subgraph } from './select-subgraph.ts';

export { DEFAULT_OUTPUTS, EXPORT_FORMATS, GEXF_VERSIONS, type ExportFormat };

export interface ExportOptions {
  format: ExportFormat;
  /** A file, `-` for standard output, or for csv a folder that receives nodes.csv and relationships.csv. */
  output: string;
  /** GEXF only: 1.3 (default) or 1.2. */
  gexfVersion?: GexfVersion;
  /** Export only these nodes and relationships (and the relationships' endpoints). */
  subgraph?: Subgraph;
  /** GEXF only: ForceAtlas2 settings, or false for no positions. */
  layout?: LayoutOptions | false;
}

export async function exportGraph(graph: KnowledgeGraph, options: ExportOptions): Promise<void> {
  const { format, output } = options;
  if (!EXPORT_FORMATS.includes(format)) {
    throw new KgError(`export: unknown format ${JSON.stringify(format)}; expected one of ${EXPORT_FORMATS.join(', ')}`);
  }
  if (options.gexfVersion !== undefined && !GEXF_VERSIONS.includes(options.gexfVersion)) {
    throw new KgError(`export/gexf: unknown GEXF version ${JSON.stringify(options.gexfVersion)}; expected 1.3 or 1.2`);
  }
  if (format === 'csv' && output === STDOUT) throw new KgError('export/csv: writes two files, so it needs a folder, not standard output');
  const selected = options.subgraph ? selectSubgraph(graph, options.subgraph) : graph;
  try {
    switch (format) {
      case 'gexf':
        return await writeChunks(output, gexfDocument(selected, { version: options.gexfVersion, layout: options.layout }));
      case 'graphml':
        return await writeChunks(output, graphmlChunks(selected));
      case 'json':
        return await writeChunks(output, jsonChunks(selected));
      case 'csv':
        return await writeCsv(selected, output);
      case 'cypher':
        return await writeChunks(output, cypherScriptChunks(selected));
    }
  } catch (error) {
    if (error instanceof KgError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new KgError(`export/${format}: cannot write ${output}: ${(error as Error).message}`, { cause: error });
    throw error;
  }
}
