/**
 * The graph as a Cypher script that cypher-shell (`cypher-shell -f graph.cypher`) and our own engine
 * both run on an empty database: one statement per line, ended by `;`.
 *   CREATE (:Person {_kgid: 'person:emmanuel-macron', name: 'Emmanuel Macron', aliases: ['Macron']});
 *   MATCH (a:Person {_kgid: '…'}), (b:Event {_kgid: '…'}) CREATE (a)-[:ATTENDED {confidence: 0.9, evidence: '[…]'}]->(b);
 * `_kgid` keeps each node's key, which the relationship statements match on (the same property the
 * CSV export's ID column fills). Neo4j stores no maps, so `evidence` and any other map or mixed list is
 * JSON text; numbers of a float key are all written as floats, so Neo4j keeps one type per key.
 */
import type { KnowledgeGraph, NodeAttributes } from '../graph/types.ts';
import { ID_PROPERTY } from './csv.ts';
import { cypherLiteral, cypherMap, cypherName, cypherString } from './cypher-literal.ts';
import { encodeProperty, inferEdgeSchema, inferNodeSchema, type PropertySchema } from './property-schema.ts';
import { CHUNK_CHARS } from './xml-chunks.ts';

export function* cypherScriptChunks(graph: KnowledgeGraph): Generator<string> {
  const nodeSchema = inferNodeSchema(graph, { skip: new Set(['labels', ID_PROPERTY]) });
  const edgeSchema = inferEdgeSchema(graph, { skip: new Set(['type']) });
  const labels = new Set<string>();
  graph.forEachNode((_key, attributes) => {
    const first = attributes.labels?.[0];
    if (first !== undefined) labels.add(first);
  });

  let buffer = [
    `// kg-news graph: ${graph.order} nodes, ${graph.size} relationships.`,
    '// Run it on an empty database: `cypher-shell -f FILE` (Neo4j), or statement by statement with kg.',
    `// ${ID_PROPERTY} is the node's key in kg; evidence (the supporting sentences, with offsets) is JSON text.`,
    ...(labels.size > 0
      ? [`// On a large graph, create these Neo4j indexes first so that each MATCH below is a lookup:`,
        ...[...labels].map((label) => `//   CREATE INDEX ${cypherName(`kg_${label}`)} IF NOT EXISTS FOR (n:${cypherName(label)}) ON (n.${ID_PROPERTY});`)]
      : []),
    '',
  ].join('\n');

  for (const { node, attributes } of graph.nodeEntries()) {
    const properties = cypherMap([[ID_PROPERTY, cypherString(node)], ...propertyEntries(attributes, nodeSchema)]);
    buffer += `CREATE (${labelsOf(attributes)} ${properties});\n`;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  for (const { attributes, source, target, sourceAttributes, targetAttributes } of graph.edgeEntries()) {
    const entries = propertyEntries(attributes, edgeSchema);
    const properties = entries.length > 0 ? ` ${cypherMap(entries)}` : '';
    buffer += `MATCH (a${firstLabel(sourceAttributes)} {${ID_PROPERTY}: ${cypherString(source)}}), `
      + `(b${firstLabel(targetAttributes)} {${ID_PROPERTY}: ${cypherString(target)}}) `
      + `CREATE (a)-[:${cypherName(attributes.type)}${properties}]->(b);\n`;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

function labelsOf(attributes: NodeAttributes): string {
  return (attributes.labels ?? []).map((label) => `:${cypherName(label)}`).join('');
}

/** One label is enough to narrow the MATCH (and to use Neo4j's index on it). */
function firstLabel(attributes: NodeAttributes): string {
  const label = attributes.labels?.[0];
  return label === undefined ? '' : `:${cypherName(label)}`;
}

function propertyEntries(attributes: Record<string, unknown>, schema: PropertySchema): [string, string][] {
  const entries: [string, string][] = [];
  for (const [key, kind] of schema) {
    const value = encodeProperty(attributes[key], kind);
    if (value !== undefined) entries.push([key, cypherLiteral(value, kind)]);
  }
  return entries;
}
