/**
 * Values in the TCK's expected-result notation (tests/tck/README.adoc, "Format of the expected results"),
 * parsed into one normalized form. The engine's results take the same road (formatValue, then the same
 * parser), so both sides are compared as values of this type and never as raw strings.
 * Integers are bigint (64-bit, as Cypher's INTEGER) and floats number, so `1` and `1.0` stay distinct.
 */
export type TckValue =
  | { kind: 'null' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'integer'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string }
  | TckTemporal
  | { kind: 'list'; items: TckValue[] }
  | { kind: 'map'; entries: Record<string, TckValue> }
  | TckNode
  | TckRelationship
  | TckPath;

/**
 * A temporal value as the engine prints it (`date('1984-10-11')`). The TCK writes expected temporal
 * values as their ISO 8601 string ('1984-10-11'), so for comparison a temporal equals that string.
 */
export interface TckTemporal {
  kind: 'temporal';
  type: string;
  text: string;
}

export interface TckNode {
  kind: 'node';
  labels: string[];
  properties: Record<string, TckValue>;
}

export interface TckRelationship {
  kind: 'relationship';
  type: string;
  properties: Record<string, TckValue>;
}

/** A path: its first node, then each hop with the direction the relationship points in. */
export interface TckPath {
  kind: 'path';
  start: TckNode;
  hops: { direction: 'forward' | 'backward'; relationship: TckRelationship; node: TckNode }[];
}
