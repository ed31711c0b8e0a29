/**
 * Point lookups, `MATCH (n:Label {key: $value}) RETURN n.a, n.b`, answered straight from the
 * property-equality index: the statement's shape is recognised once, and a run reads one index
 * bucket and the properties asked for, with none of the operators' machinery (frame, context,
 * iterator protocol). Whatever this path does not cover — a value the index cannot hold, a missing
 * parameter, a bucket large enough to need the time budget, more rows than the row cap — goes to
 * the general execution, so answers and errors are always the general path's.
 */
import type { PlannedStatement } from '../compile-statements.ts';
import type { GraphIndex } from '../graph-index/graph-index.ts';
import type { PropertyIndex } from '../graph-index/property-index.ts';
import { NO_CHANGES, type QueryResult } from '../query-options.ts';
import { LABELS_ATTRIBUTE, hasAllLabels, storedProperty } from '../values/properties.ts';
import type { Value } from '../values/types.ts';

/** A run of the lookup; undefined when the general execution must answer. */
export type PointLookup = (params: Record<string, unknown> | undefined, maxRows: number) => QueryResult | undefined;

/** Buckets up to this size are read without the time budget's checks (the general path checks every 1,024 rows). */
const SMALL_BUCKET = 1024;
const hasOwn = Object.prototype.hasOwnProperty;

/** The fast path of a statement, or undefined when its plan is not a point lookup. */
export function pointLookupOf(statement: PlannedStatement, index: GraphIndex): PointLookup | undefined {
  const plan = statement.plan;
  if (plan.op !== 'Produce' || statement.bound.isWrite) return undefined;
  const project = plan.input;
  if (project.op !== 'Project' || project.items.length !== plan.slots.length || !project.items.every((item, i) => item.slot === plan.slots[i])) return undefined;
  const seek = project.input;
  if (seek.op !== 'NodeIndexSeek' || seek.input.op !== 'Argument' || seek.many) return undefined;
  // Every column is a property of the node sought.
  const keys: string[] = [];
  for (const item of project.items) {
    const e = item.expr;
    if (e.k !== 'prop' || e.obj.k !== 'slot' || e.obj.slot !== seek.slot || e.key === LABELS_ATTRIBUTE) return undefined;
    keys.push(e.key);
  }
  const value = seek.value;
  if (value.k !== 'param' && value.k !== 'const') return undefined;
  const { label, key, labels } = seek;
  const columns = statement.columns;
  const n = keys.length;
  let bucketIndex: PropertyIndex | null = null;
  let generation = -1;

  return (params, maxRows) => {
    let v: unknown;
    if (value.k === 'const') v = value.v;
    else {
      if (params === undefined || !hasOwn.call(params, value.name)) return undefined;
      v = params[value.name];
    }
    // Scalars only: null, lists and the rest take the general path (and its comparison rules).
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return undefined;
    if (bucketIndex === null || generation !== index.generation) {
      bucketIndex = index.propertyIndex(label, key);
      generation = index.generation;
    }
    const nodes = bucketIndex.lookup(v);
    if (nodes === null || nodes.length > SMALL_BUCKET) return undefined;
    let rows: Value[][] | null = null;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.deleted || !hasAllLabels(node, labels)) continue;
      const row = new Array<Value>(n);
      for (let c = 0; c < n; c++) row[c] = storedProperty(node, keys[c]!);
      if (rows === null) rows = [row];
      else rows.push(row);
    }
    if (rows !== null && rows.length > maxRows) return undefined;
    return { columns, rows: rows ?? [], stats: NO_CHANGES };
  };
}
