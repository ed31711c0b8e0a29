/**
 * The export formats and their default files: what the CLI and the REPL need to offer and complete
 * them, in a module light enough to load without the writers.
 */
export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type GexfVersion = '1.2' | '1.3';
export const GEXF_VERSIONS: readonly GexfVersion[] = ['1.3', '1.2'];

/** Where `kg export` writes when no `-o` is given. The JSON default is not the graph's own file. */
export const DEFAULT_OUTPUTS: Record<ExportFormat, string> = {
  gexf: '.kg/graph.gexf',
  graphml: '.kg/graph.graphml',
  json: '.kg/graph.export.json',
  csv: '.kg/graph-csv',
  cypher: '.kg/graph.cypher',
};
