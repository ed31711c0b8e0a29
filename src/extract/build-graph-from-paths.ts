/**
 * `kg build` as a function: read the articles, extract each, resolve them into one graph.
 */
import type { KnowledgeGraph } from '../graph/types.ts';
import { relative } from 'node:path';
import { documentIds, listArticlePaths, readArticle } from './read-documents.ts';
import { extractDocument } from './extract-document.ts';
import { buildGraph, CorpusGraphBuilder } from './corpus/build-graph.ts';

export interface BuildOptions {
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  documentsRead: number;
  problems: string[];
}

export async function buildGraphFromPaths(paths: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const { files, problems } = listArticlePaths(paths);
  const ids = documentIds(files);
  // Each article goes to the corpus tables as soon as it is extracted: its summaries are not held.
  const corpus = new CorpusGraphBuilder();
  let documentsRead = 0;
  for (let i = 0; i < files.length; i++) {
    const read = readArticle(files[i]!);
    if ('problem' in read) problems.push(read.problem);
    else {
      const path = relative(process.cwd(), files[i]!) || files[i]!;
      // A fault of the extractor on one article loses that article, not the build.
      try {
        corpus.add(extractDocument(read.text, ids[i]!, path), read.text);
        documentsRead++;
      } catch (error) {
        problems.push(`${path}: not extracted, an internal error of the extractor (${error instanceof Error ? error.message : String(error)}); please report it with this file`);
      }
    }
    options.onProgress?.(i + 1, files.length);
    // Let a progress bar redraw and Ctrl-C land between articles.
    if (i % 64 === 63) await new Promise((r) => setImmediate(r));
  }
  return { graph: corpus.build(), documentsRead, problems };
}

/** Extraction of texts held in memory (tests, the REPL): documents named by their keys. */
export function buildGraphFromTexts(texts: Record<string, string>): KnowledgeGraph {
  const originals = new Map(Object.entries(texts));
  const extractions = [...originals].map(([doc, text]) => extractDocument(text, doc, doc));
  return buildGraph(extractions, originals);
}
