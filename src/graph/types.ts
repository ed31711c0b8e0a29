/**
 * The graph contract of ../shared/ONTOLOGY.md, as TypeScript types.
 * Node attributes are `labels` plus flat Cypher properties; edge attributes are `type` plus flat
 * Cypher properties. Display-only attributes (x, y, size, color) never belong here.
 */
import type { MultiDirectedGraph } from 'graphology';

/** The labels the extractor produces; user CREATEs may add others. */
export const NODE_LABELS = ['Person', 'Country', 'Organization', 'Event'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** The measured relationship types first, then the further ones the ontology welcomes. */
export const REL_TYPES = [
  'ATTENDED',
  'LEADS',
  'REFUSES_TROOPS',
  'PLEDGES',
  'REPRESENTS',
  'HOSTED',
  'MEMBER_OF',
  'SIGNED',
] as const;
export type RelType = (typeof REL_TYPES)[number];

/** One sentence supporting a relationship: `text` equals the source's characters at [start, end). */
export interface Evidence {
  /** Document id: the source file's name (see GraphAttributes.documents). */
  doc: string;
  start: number;
  end: number;
  text: string;
}

/** A value storable as a Cypher property (JSON-compatible). */
export type PropertyValue =
  | string
  | number
  | boolean
  | null
  | PropertyValue[]
  | { [key: string]: PropertyValue };

export interface NodeAttributes {
  labels: string[];
  name?: string;
  aliases?: string[];
  [property: string]: PropertyValue | undefined;
}

export interface EdgeAttributes {
  type: string;
  evidence?: Evidence[];
  confidence?: number;
  [property: string]: PropertyValue | Evidence[] | undefined;
}

export interface DocumentInfo {
  /** Path as given to the build, relative to the working directory. */
  path: string;
  /** Article date (ISO 8601) when the text gives one. */
  date?: string;
  title?: string;
  /** Characters in the source text (UTF-16 code units, the unit of evidence offsets). */
  length: number;
}

export interface GraphAttributes {
  /** Documents the graph was built from, keyed by Evidence.doc. */
  documents?: Record<string, DocumentInfo>;
  [key: string]: unknown;
}

/** The knowledge graph: directed, with parallel edges (two facts of different types may join the same pair). */
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
