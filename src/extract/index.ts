export { buildGraphFromPaths, buildGraphFromTexts, type BuildOptions, type BuildResult } from './build-graph-from-paths.ts';
export { extractDocument, type DocumentExtraction } from './extract-document.ts';
export { buildGraph } from './corpus/build-graph.ts';
