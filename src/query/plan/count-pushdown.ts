/**
 * Counting from the index instead of enumerating: `MATCH ()-[r:T]->() RETURN type(r), count(*)`
 * and `MATCH (n:L) RETURN count(n)` read the per-type / per-label counts the graph index keeps.
 * Applied only where the answer is exactly the same as enumerating would give.
 */
import type { BExpr, BMatch, BProjection } from '../bind/bound.ts';
import type { LogicalOperator } from './logical.ts';

function isSlot(e: BExpr, slot: number): boolean {
  return e.k === 'slot' && e.slot === slot;
}

/** count(*) or count(x) of the element itself (never null when matched): the row count. */
function countsRows(projection: BProjection, element: number): number[] | null {
  const aggregates = projection.aggregation!.aggregates;
  const slots: number[] = [];
  for (const a of aggregates) {
    if (a.fn.name !== 'count' || a.distinct) return null;
    if (a.args.length === 1 && !isSlot(a.args[0]!, element)) return null;
    slots.push(a.slot);
  }
  return slots;
}

export function countPushdown(match: BMatch, projection: BProjection, input: LogicalOperator): LogicalOperator | null {
  if (!projection.aggregation || match.where !== null || match.parts.length !== 1) return null;
  const part = match.parts[0]!;
  if (part.pathSlot !== null) return null;
  if (part.nodes.some((n) => n.bound || n.properties !== null)) return null;
  const keys = projection.aggregation.keys;

  if (part.rels.length === 0) {
    const node = part.nodes[0]!;
    if (keys.length > 0 || node.labels.length > 1) return null;
    const countSlots = countsRows(projection, node.slot);
    if (!countSlots) return null;
    return { op: 'NodeCount', input, label: node.labels[0] ?? null, countSlots };
  }

  if (part.rels.length !== 1) return null;
  const rel = part.rels[0]!;
  const [a, b] = part.nodes;
  if (rel.bound || rel.range !== null || rel.properties !== null || rel.direction === 'both') return null;
  if (a!.labels.length > 0 || b!.labels.length > 0 || a!.slot === b!.slot) return null;
  const countSlots = countsRows(projection, rel.slot);
  if (!countSlots) return null;
  if (keys.length === 0) return { op: 'RelationshipCount', input, types: rel.types.length ? rel.types : null, typeSlot: null, countSlots };
  if (keys.length !== 1) return null;
  const key = keys[0]!;
  const e = key.expr;
  if (e.k !== 'call' || e.fn.name !== 'type' || !isSlot(e.args[0]!, rel.slot)) return null;
  return { op: 'RelationshipCount', input, types: rel.types.length ? rel.types : null, typeSlot: key.slot, countSlots };
}
