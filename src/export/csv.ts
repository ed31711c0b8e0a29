/**
 * The graph as the two CSV files Neo4j's bulk importer (`neo4j-admin database import full`) reads:
 * `nodes.csv` (`_kgid:ID`, `name`, typed property columns, `:LABEL`) and `relationships.csv`
 * (`:START_ID`, `:END_ID`, `:TYPE`, typed property columns). The ID column is named so that Neo4j keeps
 * it as the property `_kgid`: every node can be traced back to this graph, and the database is the
 * one the Cypher script builds. Headers carry Neo4j types (`mentions:int`, `confidence:float`,
 * `aliases:string[]`, lists split on `;`); `evidence` and any other map or mixed list is JSON text,
 * since Neo4j stores no maps. Fields are quoted as RFC 4180 says (csv-stringify), which the importer
 * reads; text with newlines needs its `--multiline-fields=true` (see `neo4jImportCommand`).
 */
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { KnowledgeGraph } from '../graph/types.ts';
import { writeChunks } from './output.ts';
import { encodeProperty, inferEdgeSchema, inferNodeSchema, type PropertyKind, type PropertySchema } from './property-schema.ts';

export const NODES_FILE = 'nodes.csv';
export const RELATIONSHIPS_FILE = 'relationships.csv';
export const ARRAY_DELIMITER = ';';
/** The property the node keys are kept in, in Neo4j (the Cypher script matches on it too). */
export const ID_PROPERTY = '_kgid';

const ROWS_PER_CHUNK = 2000;

export async function writeCsv(graph: KnowledgeGraph, folder: string): Promise<void> {
  const nodeSchema = inferNodeSchema(graph, { skip: new Set(['labels', ID_PROPERTY]), listDelimiter: ARRAY_DELIMITER });
  const edgeSchema = inferEdgeSchema(graph, { skip: new Set(['type']), listDelimiter: ARRAY_DELIMITER });
  // `name` first, as people expect when they open the file.
  const nodeKeys = [...nodeSchema.keys()].sort((a, b) => Number(b === 'name') - Number(a === 'name'));
  const edgeKeys = [...edgeSchema.keys()];

  await writeChunks(join(folder, NODES_FILE), csvChunks(
    [`${ID_PROPERTY}:ID`, ...nodeKeys.map((key) => neo4jHeader(key, nodeSchema.get(key)!)), ':LABEL'],
    (function* () {
      for (const { node, attributes } of graph.nodeEntries()) {
        yield [node, ...cells(attributes, nodeKeys, nodeSchema), (attributes.labels ?? []).join(ARRAY_DELIMITER)];
      }
    })(),
  ));
  await writeChunks(join(folder, RELATIONSHIPS_FILE), csvChunks(
    [':START_ID', ':END_ID', ':TYPE', ...edgeKeys.map((key) => neo4jHeader(key, edgeSchema.get(key)!))],
    (function* () {
      for (const { attributes, source, target } of graph.edgeEntries()) {
        yield [source, target, attributes.type ?? '', ...cells(attributes, edgeKeys, edgeSchema)];
      }
    })(),
  ));
}

/** The command that loads the folder into a new Neo4j database. */
export function neo4jImportCommand(folder: string, database = 'neo4j'): string {
  return [
    'neo4j-admin database import full',
    `--nodes=${shellWord(join(folder, NODES_FILE))}`,
    `--relationships=${shellWord(join(folder, RELATIONSHIPS_FILE))}`,
    `--array-delimiter='${ARRAY_DELIMITER}'`,
    '--multiline-fields=true',
    database,
  ].join(' ');
}

/** A path as one shell word, quoted only when it needs to be. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

/** A header field: `name`, `mentions:int`, `confidence:float`, `aliases:string[]` (string is the default). */
export function neo4jHeader(key: string, kind: PropertyKind): string {
  const type = kind.kind === 'json' || kind.kind === 'string'
    ? 'string'
    : kind.kind === 'integer' ? (kind.long ? 'long' : 'int') : kind.kind === 'temporal' ? kind.temporal : kind.kind;
  if (kind.list) return `${key}:${type}[]`;
  return type === 'string' ? key : `${key}:${type}`;
}


function cells(attributes: Record<string, unknown>, keys: string[], schema: PropertySchema): (string | null)[] {
  return keys.map((key) => {
    const value = encodeProperty(attributes[key], schema.get(key)!);
    if (value === undefined) return null;
    return Array.isArray(value) ? value.map(String).join(ARRAY_DELIMITER) : String(value);
  });
}

function* csvChunks(header: string[], rows: Iterable<(string | null)[]>): Generator<string> {
  // An empty string is quoted ("") so that Neo4j keeps it; a missing value stays an empty field.
  const options = { quoted_match: /^$/ };
  yield stringify([header], options);
  let batch: (string | null)[][] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === ROWS_PER_CHUNK) {
      yield stringify(batch, options);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, options);
}
