/**
 * The indexes the planner and executor use, built lazily per graph and kept in sync through
 * graphology's events (so writes through graphology, ours or anyone's, never leave them stale):
 * - interned NodeRef / RelRef values (one object per element: identity is equality);
 * - the node list and the label index (label -> nodes, in graph order), with counts;
 * - per node, per relationship type, its outgoing and incoming relationships (built on the first
 *   expansion from that node);
 * - relationship counts per type;
 * - property-equality indexes per (label, key), label '' meaning any node;
 * - stable integer ids for id(), numbered in graph order.
 */
import type { KnowledgeGraph } from '../../graph/types.ts';
import { LABELS_ATTRIBUTE, TYPE_ATTRIBUTE } from '../values/properties.ts';
import { NodeRef, RelRef } from '../values/types.ts';
import type { ElementIds } from '../values/types.ts';
import { PropertyIndex } from './property-index.ts';
import { SortedIndex } from './sorted-index.ts';

type Attributes = Record<string, unknown>;

const EMPTY: readonly RelRef[] = Object.freeze([]) as readonly RelRef[];

export class GraphIndex implements ElementIds {
  private readonly nodeRefs = new Map<string, NodeRef>();
  private readonly relRefs = new Map<string, RelRef>();
  private nodeList: NodeRef[] | null = null;
  private labels: Map<string, NodeRef[]> | null = null;
  private typeCounts: Map<string, number> | null = null;
  /** label ('' for any node) -> key -> index; nested so lookups hash no new string. */
  private readonly propertyIndexes = new Map<string, Map<string, PropertyIndex>>();
  /** label ('' for any node) -> key -> ordered index (STARTS WITH, ranges). */
  private readonly sortedIndexes = new Map<string, Map<string, SortedIndex>>();
  private readonly nodeIds = new Numbering((visit) => this.graph.forEachNode((k) => visit(k)));
  private readonly relIds = new Numbering((visit) => this.graph.forEachEdge((k) => visit(k)));
  /** Bumped on every change. */
  version = 0;
  /** Bumped when every index is dropped (graph cleared): operators holding an index fetch it again. */
  generation = 0;
  /** Planned statements by query text (owned by compile-statements). */
  readonly planCache = new Map<string, unknown>();
  /** The last statement planned or found in the plan cache, and its text (owned by compile-statements). */
  lastPlanText: string | undefined = undefined;
  lastPlan: unknown = undefined;

  constructor(readonly graph: KnowledgeGraph) {
    this.listen();
  }

  // Elements

  node(key: string): NodeRef {
    let ref = this.nodeRefs.get(key);
    if (ref === undefined) {
      ref = new NodeRef(key, this.graph.getNodeAttributes(key) as Attributes, this);
      this.nodeRefs.set(key, ref);
    }
    return ref;
  }

  /** The node, or null when the graph has no such key. */
  findNode(key: string): NodeRef | null {
    return this.nodeRefs.get(key) ?? (this.graph.hasNode(key) ? this.node(key) : null);
  }

  rel(key: string): RelRef {
    let ref = this.relRefs.get(key);
    if (ref === undefined) {
      const g = this.graph;
      ref = this.relFor(key, g.getEdgeAttributes(key) as Attributes, g.source(key), g.target(key));
    }
    return ref;
  }

  private relFor(key: string, attrs: Attributes, source: string, target: string): RelRef {
    let ref = this.relRefs.get(key);
    if (ref === undefined) {
      ref = new RelRef(key, String(attrs[TYPE_ATTRIBUTE] ?? ''), this.node(source), this.node(target), attrs);
      this.relRefs.set(key, ref);
    }
    return ref;
  }

  /** Every node, in graph order. */
  allNodes(): readonly NodeRef[] {
    if (this.nodeList === null) {
      const list: NodeRef[] = [];
      this.graph.forEachNode((key) => {
        list.push(this.node(key));
      });
      this.nodeList = list;
    }
    return this.nodeList;
  }

  nodesWithLabel(label: string): readonly NodeRef[] {
    return this.labelIndex().get(label) ?? EMPTY_NODES;
  }

  labelCount(label: string): number {
    return this.nodesWithLabel(label).length;
  }

  nodeCount(): number {
    return this.graph.order;
  }

  relationshipCount(): number {
    return this.graph.size;
  }

  /** Relationships of one type (or all types when `type` is null). */
  typeCount(type: string | null): number {
    if (type === null) return this.graph.size;
    return this.typeCountMap().get(type) ?? 0;
  }

  relationshipTypes(): string[] {
    return [...this.typeCountMap().keys()];
  }

  typeCountMap(): Map<string, number> {
    if (this.typeCounts === null) {
      const counts = new Map<string, number>();
      this.graph.forEachEdge((_key, attrs) => {
        const type = String(attrs[TYPE_ATTRIBUTE] ?? '');
        counts.set(type, (counts.get(type) ?? 0) + 1);
      });
      this.typeCounts = counts;
    }
    return this.typeCounts;
  }

  private labelIndex(): Map<string, NodeRef[]> {
    if (this.labels === null) {
      const index = new Map<string, NodeRef[]>();
      for (const ref of this.allNodes()) addToLabelIndex(index, ref);
      this.labels = index;
    }
    return this.labels;
  }

  // Adjacency

  /** Outgoing relationships of `node`, of one type or (null) of every type. */
  outgoing(node: NodeRef, type: string | null): readonly RelRef[] {
    if (node.out === null) this.buildAdjacency(node);
    return type === null ? allOf(node.out!) : (node.out!.get(type) ?? EMPTY);
  }

  incoming(node: NodeRef, type: string | null): readonly RelRef[] {
    if (node.in === null) this.buildAdjacency(node);
    return type === null ? allOf(node.in!) : (node.in!.get(type) ?? EMPTY);
  }

  degree(node: NodeRef, type: string | null, direction: 'out' | 'in' | 'both'): number {
    if (direction === 'out') return this.outgoing(node, type).length;
    if (direction === 'in') return this.incoming(node, type).length;
    return this.outgoing(node, type).length + this.incoming(node, type).filter((r) => r.start !== r.end).length;
  }

  private buildAdjacency(node: NodeRef): void {
    const out = new Map<string, RelRef[]>();
    const inc = new Map<string, RelRef[]>();
    if (!node.deleted) {
      this.graph.forEachOutEdge(node.key, (key, attrs, source, target) => {
        pushTo(out, this.relFor(key, attrs as Attributes, source, target));
      });
      this.graph.forEachInEdge(node.key, (key, attrs, source, target) => {
        pushTo(inc, this.relFor(key, attrs as Attributes, source, target));
      });
    }
    node.out = out;
    node.in = inc;
  }

  // Property equality

  /** The (label, key) equality index; label null means any node. Built on first use. */
  propertyIndex(label: string | null, key: string): PropertyIndex {
    let byKey = this.propertyIndexes.get(label ?? '');
    if (byKey === undefined) this.propertyIndexes.set(label ?? '', (byKey = new Map()));
    let index = byKey.get(key);
    if (index === undefined) {
      index = new PropertyIndex(label, key);
      for (const ref of label === null ? this.allNodes() : this.nodesWithLabel(label)) index.add(ref);
      byKey.set(key, index);
    }
    return index;
  }

  /** The (label, key) ordered index; label null means any node. Built on first use. */
  sortedIndex(label: string | null, key: string): SortedIndex {
    let byKey = this.sortedIndexes.get(label ?? '');
    if (byKey === undefined) this.sortedIndexes.set(label ?? '', (byKey = new Map()));
    let index = byKey.get(key);
    if (index === undefined) {
      index = new SortedIndex(label, key, () => (label === null ? this.allNodes() : this.nodesWithLabel(label)));
      byKey.set(key, index);
    }
    return index;
  }

  /** Ordered indexes a change of `key` (or of anything, when undefined) may affect go stale. */
  private invalidateSorted(key?: string): void {
    for (const byKey of this.sortedIndexes.values()) {
      if (key === undefined) for (const index of byKey.values()) index.invalidate();
      else byKey.get(key)?.invalidate();
    }
  }

  private *allPropertyIndexes(): Iterable<PropertyIndex> {
    for (const byKey of this.propertyIndexes.values()) yield* byKey.values();
  }

  // Keys for elements created by queries: short, deterministic, never colliding.

  private nextNodeKey = -1;
  private nextEdgeKey = -1;

  newNodeKey(): string {
    if (this.nextNodeKey < 0) this.nextNodeKey = this.graph.order;
    while (this.graph.hasNode(`n${this.nextNodeKey}`)) this.nextNodeKey++;
    return `n${this.nextNodeKey++}`;
  }

  newEdgeKey(): string {
    if (this.nextEdgeKey < 0) this.nextEdgeKey = this.graph.size;
    while (this.graph.hasEdge(`r${this.nextEdgeKey}`)) this.nextEdgeKey++;
    return `r${this.nextEdgeKey++}`;
  }

  // Ids

  nodeId(key: string): number {
    return this.nodeIds.of(key);
  }

  relId(key: string): number {
    return this.relIds.of(key);
  }

  // Keeping in sync

  private listen(): void {
    const g = this.graph;
    g.on('nodeAdded', ({ key }: { key: string }) => {
      this.version++;
      this.invalidateSorted();
      if (this.nodeList === null && this.labels === null && this.propertyIndexes.size === 0) return;
      const ref = this.node(key);
      this.nodeList?.push(ref);
      if (this.labels !== null) addToLabelIndex(this.labels, ref);
      for (const index of this.allPropertyIndexes()) index.add(ref);
    });
    g.on('nodeDropped', ({ key }: { key: string }) => {
      this.version++;
      this.invalidateSorted();
      const ref = this.nodeRefs.get(key);
      if (ref === undefined) {
        // Never handed out, but the lists may hold it only through a ref: nothing to do.
        return;
      }
      ref.deleted = true;
      this.nodeRefs.delete(key);
      if (this.nodeList !== null) this.nodeList = this.nodeList.filter((n) => n !== ref);
      if (this.labels !== null) {
        for (const label of labelsFrom(ref.attrs)) {
          const list = this.labels.get(label);
          if (list) this.labels.set(label, list.filter((n) => n !== ref));
        }
      }
      for (const index of this.allPropertyIndexes()) index.remove(ref);
    });
    g.on('edgeAdded', ({ key, source, target, attributes }: { key: string; source: string; target: string; attributes: Attributes }) => {
      this.version++;
      const type = String(attributes[TYPE_ATTRIBUTE] ?? '');
      if (this.typeCounts !== null) this.typeCounts.set(type, (this.typeCounts.get(type) ?? 0) + 1);
      const s = this.nodeRefs.get(source);
      const t = this.nodeRefs.get(target);
      if ((s !== undefined && s.out !== null) || (t !== undefined && t.in !== null)) {
        const ref = this.relFor(key, attributes, source, target);
        if (s !== undefined && s.out !== null) pushTo(s.out, ref);
        if (t !== undefined && t.in !== null) pushTo(t.in, ref);
      }
    });
    g.on('edgeDropped', ({ key, source, target, attributes }: { key: string; source: string; target: string; attributes: Attributes }) => {
      this.version++;
      const type = String(attributes[TYPE_ATTRIBUTE] ?? '');
      if (this.typeCounts !== null) {
        const n = (this.typeCounts.get(type) ?? 1) - 1;
        if (n > 0) this.typeCounts.set(type, n);
        else this.typeCounts.delete(type);
      }
      const ref = this.relRefs.get(key);
      if (ref === undefined) return;
      ref.deleted = true;
      this.relRefs.delete(key);
      const s = this.nodeRefs.get(source);
      const t = this.nodeRefs.get(target);
      if (s?.out) removeFrom(s.out, ref);
      if (t?.in) removeFrom(t.in, ref);
    });
    g.on('nodeAttributesUpdated', (payload) => {
      const { key, type } = payload;
      const name = 'name' in payload ? String(payload.name) : undefined;
      this.version++;
      this.invalidateSorted(name === LABELS_ATTRIBUTE ? undefined : name);
      const ref = this.nodeRefs.get(key);
      if (ref === undefined) return;
      ref.attrs = g.getNodeAttributes(key) as Attributes;
      if (ref.floats !== null) {
        if (name !== undefined) ref.floats.delete(name);
        else ref.floats = null;
      }
      if (type !== 'set' && type !== 'remove') {
        this.labels = null;
        for (const index of this.allPropertyIndexes()) index.update(ref);
        return;
      }
      if (name === LABELS_ATTRIBUTE) {
        this.labels = null;
        for (const index of this.allPropertyIndexes()) index.update(ref);
        return;
      }
      for (const index of this.allPropertyIndexes()) if (index.key === name) index.update(ref);
    });
    g.on('edgeAttributesUpdated', (payload) => {
      const { key, type } = payload;
      const name = 'name' in payload ? String(payload.name) : undefined;
      this.version++;
      const ref = this.relRefs.get(key);
      if (ref === undefined) {
        if (name === TYPE_ATTRIBUTE || (type !== 'set' && type !== 'remove')) this.typeCounts = null;
        return;
      }
      ref.attrs = g.getEdgeAttributes(key) as Attributes;
      if (ref.floats !== null) {
        if (name !== undefined) ref.floats.delete(name);
        else ref.floats = null;
      }
      if (String(ref.attrs[TYPE_ATTRIBUTE] ?? '') !== ref.type) {
        // A relationship changed type: forget it; endpoints rebuild their adjacency on demand.
        this.relRefs.delete(key);
        ref.start.out = null;
        ref.start.in = null;
        ref.end.out = null;
        ref.end.in = null;
        this.typeCounts = null;
      }
    });
    const resetAll = () => {
      this.version++;
      for (const ref of this.nodeRefs.values()) {
        if (!this.graph.hasNode(ref.key)) ref.deleted = true;
        else ref.attrs = this.graph.getNodeAttributes(ref.key) as Attributes;
        ref.out = null;
        ref.in = null;
      }
      for (const ref of this.relRefs.values()) ref.deleted = !this.graph.hasEdge(ref.key);
      this.nodeRefs.clear();
      this.relRefs.clear();
      this.nodeList = null;
      this.labels = null;
      this.typeCounts = null;
      this.propertyIndexes.clear();
      this.sortedIndexes.clear();
      this.generation++;
    };
    g.on('cleared', resetAll);
    g.on('edgesCleared', resetAll);
    g.on('eachNodeAttributesUpdated', resetAll);
    g.on('eachEdgeAttributesUpdated', resetAll);
  }
}

/**
 * Integer ids in graph order, assigned on first use (one pass over the elements); elements added
 * later get the next numbers, so an id never changes while the process runs.
 */
class Numbering {
  private ids: Map<string, number> | null = null;
  private next = 0;
  constructor(private readonly forEach: (visit: (key: string) => void) => void) {}

  of(key: string): number {
    if (this.ids === null) {
      const ids = new Map<string, number>();
      this.forEach((k) => ids.set(k, this.next++));
      this.ids = ids;
    }
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(key, id);
    }
    return id;
  }
}

const EMPTY_NODES: readonly NodeRef[] = Object.freeze([]) as readonly NodeRef[];

function labelsFrom(attrs: Attributes): string[] {
  const labels = attrs[LABELS_ATTRIBUTE];
  return Array.isArray(labels) ? (labels as string[]) : [];
}

function addToLabelIndex(index: Map<string, NodeRef[]>, ref: NodeRef): void {
  for (const label of labelsFrom(ref.attrs)) {
    const list = index.get(label);
    if (list === undefined) index.set(label, [ref]);
    else list.push(ref);
  }
}

function pushTo(adjacency: Map<string, RelRef[]>, ref: RelRef): void {
  const list = adjacency.get(ref.type);
  if (list === undefined) adjacency.set(ref.type, [ref]);
  else list.push(ref);
}

function removeFrom(adjacency: Map<string, RelRef[]>, ref: RelRef): void {
  const list = adjacency.get(ref.type);
  if (list === undefined) return;
  const i = list.indexOf(ref);
  if (i >= 0) list.splice(i, 1);
}

function allOf(adjacency: Map<string, RelRef[]>): readonly RelRef[] {
  if (adjacency.size === 0) return EMPTY;
  if (adjacency.size === 1) return adjacency.values().next().value!;
  const all: RelRef[] = [];
  for (const list of adjacency.values()) for (const r of list) all.push(r);
  return all;
}

const indexes = new WeakMap<KnowledgeGraph, GraphIndex>();
/** The last index asked for (callers mostly query one graph; a WeakMap lookup costs more than this check). It keeps at most that one graph alive after its last use. */
let last: GraphIndex | null = null;

/** The index of `graph`, created on first use and kept for the graph's lifetime. */
export function graphIndex(graph: KnowledgeGraph): GraphIndex {
  if (last !== null && last.graph === graph) return last;
  let index = indexes.get(graph);
  if (index === undefined) {
    index = new GraphIndex(graph);
    indexes.set(graph, index);
  }
  last = index;
  return index;
}
