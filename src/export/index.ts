/** Exports of the knowledge graph: GEXF (Gephi), GraphML, graphology JSON, Neo4j CSV, a Cypher script. */
export { exportGraph, EXPORT_FORMATS, GEXF_VERSIONS, DEFAULT_OUTPUTS, type ExportFormat, type ExportOptions } from './export-graph.ts';
export { gexfFormatters, gexfValue, nodeSize, type GexfVersion, type GexfFormatters, type GexfFormatOptions } from './gexf-attributes.ts';
export { gexfChunks, GEXF_NAMESPACES } from './gexf-writer.ts';
export { gexfDocument } from './gexf.ts';
export { graphmlChunks } from './graphml.ts';
export { jsonChunks } from './json.ts';
export { writeCsv, neo4jImportCommand, neo4jHeader, NODES_FILE, RELATIONSHIPS_FILE, ARRAY_DELIMITER, ID_PROPERTY } from './csv.ts';
export { cypherScriptChunks } from './cypher-script.ts';
export { cypherString, cypherName, cypherFloat } from './cypher-literal.ts';
export { forceAtlas2Layout, defaultIterations, type Layout, type LayoutOptions } from './layout.ts';
export { dateInterval, type DateInterval } from './date-interval.ts';
export { selectSubgraph, type Subgraph } from './select-subgraph.ts';
