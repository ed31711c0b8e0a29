/**
 * shortestPath / allShortestPaths between two bound nodes: a breadth-first search over the
 * relationship types and direction of the pattern, stopped at the first layer that reaches the
 * target. The relationship slot receives the path's relationships, in order.
 */
import type { ShortestPathSpec } from '../plan/logical.ts';
import { equals } from '../values/equality.ts';
import { propertyOf } from '../values/properties.ts';
import { isMap, NodeRef } from '../values/types.ts';
import type { CypherMap, RelRef, Value } from '../values/types.ts';
import type { ExecContext } from './context.ts';
import type { Compiled } from './compile-expression.ts';
import { PerRowListOp } from './operator.ts';
import type { PhysicalOperator } from './operator.ts';

export class ShortestPathOp extends PerRowListOp<RelRef[]> {
  constructor(
    private readonly ctx: ExecContext,
    input: PhysicalOperator,
    private readonly spec: ShortestPathSpec,
    private readonly properties: Compiled | null,
  ) {
    super(input);
  }

  protected bind(path: RelRef[]): void {
    this.ctx.frame[this.spec.rel] = path;
  }

  protected expand(): RelRef[][] {
    return this.search();
  }

  private search(): RelRef[][] {
    const f = this.ctx.frame;
    const { from: fromSlot, to: toSlot, min, max, all } = this.spec;
    const from = f[fromSlot];
    const to = f[toSlot];
    if (!(from instanceof NodeRef) || !(to instanceof NodeRef) || from.deleted || to.deleted) return [];
    if (from === to) return min === 0 ? [[]] : [];
    const required = this.properties ? this.properties(f) : null;
    if (this.properties && !isMap(required)) return [];
    // For each node reached: its depth and the relationships that reach it from the previous layer.
    const depth = new Map<NodeRef, number>([[from, 0]]);
    const via = new Map<NodeRef, RelRef[]>();
    let frontier: NodeRef[] = [from];
    for (let d = 1; frontier.length > 0 && (max === null || d <= max) && !depth.has(to); d++) {
      const next: NodeRef[] = [];
      for (const node of frontier) {
        this.neighbours(node, required as CypherMap | null, (r, other) => {
          this.ctx.tick();
          const seen = depth.get(other);
          if (seen === undefined) {
            depth.set(other, d);
            via.set(other, [r]);
            next.push(other);
          } else if (all && seen === d) via.get(other)!.push(r);
        });
      }
      frontier = next;
    }
    if (!depth.has(to)) return [];
    const paths: RelRef[][] = [];
    const walk = (node: NodeRef, suffix: RelRef[]) => {
      if (node === from) {
        paths.push(suffix);
        return;
      }
      const into = via.get(node)!;
      for (const r of all ? into : [into[0]!]) walk(r.start === node ? r.end : r.start, [r, ...suffix]);
    };
    walk(to, []);
    return paths;
  }

  private neighbours(node: NodeRef, required: CypherMap | null, visit: (r: RelRef, other: NodeRef) => void): void {
    const { types, direction } = this.spec;
    const index = this.ctx.index;
    const ok = (r: RelRef) => {
      if (r.deleted) return false;
      if (required) for (const k of Object.keys(required)) if (equals(propertyOf(r, k), required[k] as Value) !== true) return false;
      return true;
    };
    const typeList = types.length === 0 ? [null] : [...new Set(types)];
    for (const t of typeList) {
      if (direction !== 'in') for (const r of index.outgoing(node, t)) if (ok(r)) visit(r, r.end);
      if (direction !== 'out') for (const r of index.incoming(node, t)) if (ok(r) && !(direction === 'both' && r.start === r.end)) visit(r, r.start);
    }
  }
}
