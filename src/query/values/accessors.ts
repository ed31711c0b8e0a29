/** Accessors for the opaque values in QueryResult.rows. */
import { CypherError } from '../errors.ts';
import { NodeRef, PathValue, RelRef } from './types.ts';

export function isNode(v: unknown): boolean {
  return v instanceof NodeRef;
}

export function isRelationship(v: unknown): boolean {
  return v instanceof RelRef;
}

export function isPath(v: unknown): boolean {
  return v instanceof PathValue;
}

/** The graphology key of a node value. */
export function nodeKey(v: unknown): string {
  if (v instanceof NodeRef) return v.key;
  throw new CypherError('runtime', 'nodeKey() needs a node value', { tckType: 'TypeError', tckDetail: 'InvalidArgumentType' });
}

/** The graphology key of a relationship value. */
export function relationshipKey(v: unknown): string {
  if (v instanceof RelRef) return v.key;
  throw new CypherError('runtime', 'relationshipKey() needs a relationship value', { tckType: 'TypeError', tckDetail: 'InvalidArgumentType' });
}
