export * from './types.ts';
export { createGraph } from './create-graph.ts';
export { isSafeNodeKey, loadGraph, parseGraph } from './load-graph.ts';
export { saveGraph, serializeGraph } from './save-graph.ts';
