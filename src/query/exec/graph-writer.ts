/**
 * Every change a query makes goes through here: graphology does the change (its events keep the
 * graph index in step), the statistics are counted, and an undo step is recorded so a query that
 * fails halfway leaves the graph as it found it.
 */
import { runtimeError } from '../errors.ts';
import type { GraphIndex } from '../graph-index/graph-index.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import { formatValue } from '../values/format-value.ts';
import { LABELS_ATTRIBUTE, labelsOf, TYPE_ATTRIBUTE } from '../values/properties.ts';
import { CypherFloat, isMap, NodeRef, RelRef, TemporalValue, typeOf } from '../values/types.ts';
import type { CypherMap, Value } from '../values/types.ts';
import type { QueryStats } from './context.ts';

type Attributes = Record<string, unknown>;

/** A property value as stored; undefined for null (no property). Integral floats are reported. */
function storable(v: Value, key: string): { stored: unknown; float: boolean } {
  if (v === null) return { stored: undefined, float: false };
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint') return { stored: v, float: false };
  if (v instanceof CypherFloat) return { stored: v.value, float: true };
  // Temporal values are immutable: stored as they are (a saved graph holds their ISO text).
  if (v instanceof TemporalValue) return { stored: v, float: false };
  if (Array.isArray(v)) {
    let float = false;
    const stored = v.map((item) => {
      if (item instanceof CypherFloat) {
        float = true;
        return item.value;
      }
      if (item === null || (typeof item === 'object' && !(item instanceof TemporalValue))) {
        throw runtimeError('TypeError', 'InvalidPropertyType', `property \`${key}\` cannot hold a list containing ${typeOf(item)} ${formatValue(item)}`);
      }
      return item;
    });
    return { stored, float };
  }
  throw runtimeError('TypeError', 'InvalidPropertyType', `property \`${key}\` cannot hold ${typeOf(v)} ${formatValue(v)}`);
}

function checkKey(entity: NodeRef | RelRef | 'node' | 'relationship', key: string): void {
  const isNode = entity === 'node' || entity instanceof NodeRef;
  if (key === (isNode ? LABELS_ATTRIBUTE : TYPE_ATTRIBUTE)) {
    throw runtimeError('TypeError', 'InvalidPropertyKey', `\`${key}\` is reserved: it holds the ${isNode ? 'labels' : 'type'} of the ${isNode ? 'node' : 'relationship'}`);
  }
}

/**
 * Changes are applied to the graph as the query runs, except deletions, which only mark the
 * elements (scans and expansions skip them) until `commit`. `rollback` restores the graph exactly:
 * created elements are dropped (they were appended last), changed ones get their attributes
 * back as they were, marked ones are unmarked.
 */
export class GraphWriter {
  private readonly created: { node: boolean; key: string }[] = [];
  private readonly snapshots = new Map<NodeRef | RelRef, { attrs: Attributes; floats: Set<string> | null }>();
  private readonly deletedNodes: NodeRef[] = [];
  private readonly deletedRels: RelRef[] = [];

  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly index: GraphIndex,
    private readonly stats: QueryStats,
  ) {}

  /** Properties of a new element from a map value (nulls skipped). */
  private attributesFrom(map: Value, entity: 'node' | 'relationship'): { attrs: Attributes; floats: string[] } {
    const attrs: Attributes = {};
    const floats: string[] = [];
    if (map === null) return { attrs, floats };
    if (!isMap(map)) throw runtimeError('TypeError', 'InvalidArgumentType', `properties must be a map, got ${typeOf(map)} ${formatValue(map)}`);
    for (const key of Object.keys(map)) {
      checkKey(entity, key);
      const { stored, float } = storable(map[key]!, key);
      if (stored === undefined) continue;
      attrs[key] = stored;
      if (float) floats.push(key);
      this.stats.propertiesSet++;
    }
    return { attrs, floats };
  }

  createNode(labels: string[], properties: Value): NodeRef {
    const key = this.index.newNodeKey();
    const unique = [...new Set(labels)];
    const { attrs, floats } = this.attributesFrom(properties, 'node');
    this.graph.addNode(key, { labels: unique, ...attrs } as never);
    this.created.push({ node: true, key });
    this.stats.nodesCreated++;
    this.stats.labelsAdded += unique.length;
    const node = this.index.node(key);
    if (floats.length > 0) node.floats = new Set(floats);
    return node;
  }

  createRelationship(type: string, source: NodeRef, target: NodeRef, properties: Value): RelRef {
    const key = this.index.newEdgeKey();
    const { attrs, floats } = this.attributesFrom(properties, 'relationship');
    this.graph.addEdgeWithKey(key, source.key, target.key, { type, ...attrs } as never);
    this.created.push({ node: false, key });
    this.stats.relationshipsCreated++;
    const rel = this.index.rel(key);
    if (floats.length > 0) rel.floats = new Set(floats);
    return rel;
  }

  /** Remembers an element's attributes before its first change. */
  private snapshot(entity: NodeRef | RelRef): void {
    if (!this.snapshots.has(entity)) this.snapshots.set(entity, { attrs: { ...entity.attrs }, floats: entity.floats && new Set(entity.floats) });
  }

  setProperty(entity: NodeRef | RelRef, key: string, value: Value): void {
    checkKey(entity, key);
    const { stored, float } = storable(value, key);
    if (stored === undefined && entity.attrs[key] === undefined) return;
    this.snapshot(entity);
    const g = this.graph;
    if (entity instanceof NodeRef) {
      if (stored === undefined) g.removeNodeAttribute(entity.key, key);
      else g.setNodeAttribute(entity.key, key, stored as never);
    } else if (stored === undefined) g.removeEdgeAttribute(entity.key, key);
    else g.setEdgeAttribute(entity.key, key, stored as never);
    if (float) (entity.floats ??= new Set()).add(key);
    this.stats.propertiesSet++;
  }

  /** Replaces (or with `merge`, extends) all properties with those of a map. */
  setProperties(entity: NodeRef | RelRef, map: CypherMap, merge: boolean): void {
    if (!merge) {
      for (const key of Object.keys(entity.attrs)) {
        if (key !== LABELS_ATTRIBUTE && key !== TYPE_ATTRIBUTE && !(key in map)) this.setProperty(entity, key, null);
      }
    }
    for (const key of Object.keys(map)) this.setProperty(entity, key, map[key]!);
  }

  setLabels(node: NodeRef, labels: string[]): void {
    const previous = labelsOf(node);
    if (previous.length === labels.length && previous.every((l, i) => l === labels[i])) return;
    this.snapshot(node);
    this.graph.setNodeAttribute(node.key, LABELS_ATTRIBUTE, labels);
    this.stats.labelsAdded += labels.filter((l) => !previous.includes(l)).length;
    this.stats.labelsRemoved += previous.filter((l) => !labels.includes(l)).length;
  }

  deleteRelationship(rel: RelRef): void {
    if (rel.deleted) return;
    rel.deleted = true;
    this.deletedRels.push(rel);
    this.stats.relationshipsDeleted++;
  }

  deleteNode(node: NodeRef, detach: boolean): void {
    if (node.deleted) return;
    const live = [...this.index.outgoing(node, null), ...this.index.incoming(node, null)].filter((r) => !r.deleted);
    const attached = new Set(live);
    if (attached.size > 0 && !detach) {
      throw runtimeError('ConstraintVerificationFailed', 'DeleteConnectedNode', `cannot delete a node that still has ${attached.size} relationship${attached.size === 1 ? '' : 's'}: use DETACH DELETE`);
    }
    for (const r of attached) this.deleteRelationship(r);
    node.deleted = true;
    this.deletedNodes.push(node);
    this.stats.nodesDeleted++;
  }

  /** The query succeeded: deletions are carried out, the undo information dropped. */
  commit(): void {
    if (this.created.length + this.snapshots.size + this.deletedNodes.length + this.deletedRels.length === 0) return;
    for (const r of this.deletedRels) if (this.graph.hasEdge(r.key)) this.graph.dropEdge(r.key);
    for (const n of this.deletedNodes) if (this.graph.hasNode(n.key)) this.graph.dropNode(n.key);
    this.forget();
  }

  /** Undoes every change (called when the query fails). */
  rollback(): void {
    for (const r of this.deletedRels) r.deleted = false;
    for (const n of this.deletedNodes) n.deleted = false;
    const g = this.graph;
    for (const [entity, { attrs, floats }] of this.snapshots) {
      if (entity instanceof NodeRef) {
        if (g.hasNode(entity.key)) g.replaceNodeAttributes(entity.key, attrs as never);
      } else if (g.hasEdge(entity.key)) g.replaceEdgeAttributes(entity.key, attrs as never);
      entity.floats = floats;
    }
    for (let i = this.created.length - 1; i >= 0; i--) {
      const { node, key } = this.created[i]!;
      if (node && g.hasNode(key)) g.dropNode(key);
      else if (!node && g.hasEdge(key)) g.dropEdge(key);
    }
    this.forget();
  }

  private forget(): void {
    this.created.length = 0;
    this.snapshots.clear();
    this.deletedNodes.length = 0;
    this.deletedRels.length = 0;
  }
}
