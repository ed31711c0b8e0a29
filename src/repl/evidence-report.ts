/**
 * `:why`: for each relationship of the last result, the sentences it was read from, with the document,
 * the line and the character offsets, quoted so the reader can check the claim. When the source file is
 * at hand, the quote is checked against it, and a file that changed since the build is said so.
 */
import { readFileSync } from 'node:fs';
import type { Evidence, KnowledgeGraph } from '../graph/types.ts';
import { resultSubgraph, type QueryResult } from '../query/index.ts';
import { escapeForTerminal, paint } from '../format/index.ts';

export interface EvidenceReportOptions {
  /** At most this many relationships (the rest is counted). */
  limit: number;
  color?: boolean;
  /** Wraps quotes to this many columns (a terminal's width); no wrapping when absent. */
  width?: number;
  /** Reads a source file; absent or failing means the file is not checked. */
  readSource?: (path: string) => string | undefined;
}

/** Relationship keys in the order the result shows them, each once. */
export function resultRelationships(graph: KnowledgeGraph, result: QueryResult): string[] {
  const seen = new Set<string>();
  for (const row of result.rows) {
    for (const key of resultSubgraph(graph, { columns: result.columns, rows: [row], stats: result.stats }).edges) seen.add(key);
  }
  return [...seen];
}

export function evidenceReport(graph: KnowledgeGraph, result: QueryResult | undefined, options: EvidenceReportOptions): string {
  if (!result) return 'No result yet: run a query first, for instance MATCH (p:Person)-[r:ATTENDED]->(e:Event) RETURN p, r, e;';
  const keys = resultRelationships(graph, result).filter((key) => graph.hasEdge(key));
  if (keys.length === 0) {
    return 'The last result has no relationships. Return them to see their sources, for instance\n  MATCH (p:Person)-[r:LEADS]->(c) RETURN p.name, r, c.name;';
  }
  const readSource = options.readSource ?? cachedReader();
  const blocks = keys.slice(0, options.limit).map((key) => relationshipBlock(graph, key, options, readSource));
  const more = keys.length - Math.min(keys.length, options.limit);
  if (more > 0) blocks.push(`… ${more} more ${more === 1 ? 'relationship' : 'relationships'} (:why all shows every one)`);
  return blocks.join('\n\n');
}

function relationshipBlock(
  graph: KnowledgeGraph,
  key: string,
  options: EvidenceReportOptions,
  readSource: (path: string) => string | undefined,
): string {
  const attributes = graph.getEdgeAttributes(key);
  const [source, target] = graph.extremities(key);
  const names = [...surfaceForms(graph, source), ...surfaceForms(graph, target)];
  const confidence = typeof attributes.confidence === 'number' ? `  confidence ${attributes.confidence}` : '';
  const head =
    `${nodeTitle(graph, source, options.color)} ` +
    paint('magenta', `-[:${escapeForTerminal(attributes.type)}]->`, options.color) +
    ` ${nodeTitle(graph, target, options.color)}` +
    paint('dim', confidence, options.color);
  const evidence = Array.isArray(attributes.evidence) ? attributes.evidence : [];
  if (evidence.length === 0) return `${head}\n  (no evidence recorded)`;
  const lines = [head];
  for (const item of evidence) {
    lines.push(`  ${paint('dim', whereFrom(graph, item, readSource), options.color)}`);
    lines.push(...quote(item.text ?? '', names, options).map((line) => `    ${line}`));
  }
  return lines.join('\n');
}

/** `corpus/000_….txt line 2, characters 152–310` (and a warning when the file no longer matches). */
function whereFrom(graph: KnowledgeGraph, item: Evidence, readSource: (path: string) => string | undefined): string {
  const info = graph.getAttribute('documents')?.[item.doc];
  const path = info?.path ?? item.doc;
  const dated = info?.date ? ` (${info.date})` : '';
  const text = readSource(path);
  let where = `characters ${item.start}–${item.end}`;
  if (text !== undefined) {
    if (text.slice(item.start, item.end) === item.text) {
      where = `line ${lineOf(text, item.start)}, ${where}`;
    } else {
      where += ' — the file no longer holds this sentence there (changed since the build?)';
    }
  }
  return `${escapeForTerminal(path)}${escapeForTerminal(dated)}, ${where}:`;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The sentence between French quotation marks; the two ends' names in bold on a terminal. */
function quote(text: string, names: string[], options: EvidenceReportOptions): string[] {
  const safe = escapeForTerminal(text.trim());
  const lines = options.width ? wrap(`« ${safe} »`, Math.max(30, options.width - 4)) : [`« ${safe} »`];
  if (!options.color) return lines;
  const pattern = namesPattern(names);
  return pattern ? lines.map((line) => line.replace(pattern, (m) => paint('bold', m, true))) : lines;
}

function namesPattern(names: string[]): RegExp | undefined {
  const escaped = [...new Set(names)]
    .filter((n) => n.length > 1)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return escaped.length ? new RegExp(escaped.join('|'), 'giu') : undefined;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** `Emmanuel Macron (Person)`: the name a reader knows the node by. */
function nodeTitle(graph: KnowledgeGraph, key: string, color: boolean | undefined): string {
  const attributes = graph.getNodeAttributes(key);
  const name = typeof attributes.name === 'string' ? attributes.name : key;
  const labels = (attributes.labels ?? []).join(':');
  return paint('cyan', escapeForTerminal(name), color) + (labels ? ` (${escapeForTerminal(labels)})` : '');
}

function surfaceForms(graph: KnowledgeGraph, key: string): string[] {
  const { name, aliases } = graph.getNodeAttributes(key);
  return [...(typeof name === 'string' ? [name] : []), ...(Array.isArray(aliases) ? aliases.filter((a) => typeof a === 'string') : [])];
}

function cachedReader(): (path: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (path) => {
    if (!cache.has(path)) {
      try {
        cache.set(path, readFileSync(path, 'utf8'));
      } catch {
        cache.set(path, undefined);
      }
    }
    return cache.get(path);
  };
}
