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
import { CypherFloat, isMap, NodeRef, RelRef, typeOf } from '../values/types.ts';
import type { CypherMap, Value } from '../values/types.ts';
import type { QueryStats } from './context.ts';

type Attributes = Record<string, unknown>;

/** A property value as stored; undefined for null (no property). Integral floats are reported. */
function storable(v: Value, key: string): { stored: unknown; float: boolean } {
  if (v === null) return { stored: undefined, float: false };
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint') return { stored: v, float: false };
  if (v instanceof CypherFloat) return { stored: v.value, float: true };
  if (Array.isArray(v)) {
    let float = false;
    const stored = v.map((item) => {
      if (item instanceof CypherFloat) {
        float = true;
        return item.value;
      }
      if (item === null || typeof item === 'object') {
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

export class GraphWriter {
  private readonly undo: (() => void)[] = [];

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
    this.undo.push(() => this.graph.hasNode(key) && this.graph.dropNode(key));
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
    this.undo.push(() => this.graph.hasEdge(key) && this.graph.dropEdge(key));
    this.stats.relationshipsCreated++;
    const rel = this.index.rel(key);
    if (floats.length > 0) rel.floats = new Set(floats);
    return rel;
  }

  setProperty(entity: NodeRef | RelRef, key: string, value: Value): void {
    checkKey(entity, key);
    const { stored, float } = storable(value, key);
    const previous = entity.attrs[key];
    const wasFloat = entity.floats?.has(key) ?? false;
    if (stored === undefined && previous === undefined) return;
    this.write(entity, key, stored);
    if (float) (entity.floats ??= new Set()).add(key);
    this.undo.push(() => {
      if (entity.deleted) return;
      this.write(entity, key, previous);
      if (wasFloat) (entity.floats ??= new Set()).add(key);
    });
    this.stats.propertiesSet++;
  }

  private write(entity: NodeRef | RelRef, key: string, stored: unknown): void {
    const g = this.graph;
    if (entity instanceof NodeRef) {
      if (stored === undefined) g.removeNodeAttribute(entity.key, key);
      else g.setNodeAttribute(entity.key, key, stored as never);
    } else if (stored === undefined) g.removeEdgeAttribute(entity.key, key);
    else g.setEdgeAttribute(entity.key, key, stored as never);
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
    const before = [...previous];
    this.graph.setNodeAttribute(node.key, LABELS_ATTRIBUTE, labels);
    this.undo.push(() => !node.deleted && this.graph.setNodeAttribute(node.key, LABELS_ATTRIBUTE, before));
    const added = labels.filter((l) => !before.includes(l)).length;
    this.stats.labelsAdded += added;
    this.stats.labelsRemoved += before.filter((l) => !labels.includes(l)).length;
  }

  deleteRelationship(rel: RelRef): void {
    if (rel.deleted || !this.graph.hasEdge(rel.key)) return;
    const { key, type } = rel;
    const source = rel.start.key;
    const target = rel.end.key;
    const attrs = { ...rel.attrs };
    const floats = rel.floats;
    this.graph.dropEdge(key);
    this.stats.relationshipsDeleted++;
    this.undo.push(() => {
      this.graph.addEdgeWithKey(key, source, target, { ...attrs, type } as never);
      if (floats) this.index.rel(key).floats = new Set(floats);
    });
  }

  deleteNode(node: NodeRef, detach: boolean): void {
    if (node.deleted || !this.graph.hasNode(node.key)) return;
    const degree = this.graph.degree(node.key);
    if (degree > 0 && !detach) {
      throw runtimeError('ConstraintValidationFailed', 'DeleteConnectedNode', `cannot delete a node that still has ${degree} relationship${degree === 1 ? '' : 's'}: use DETACH DELETE`);
    }
    for (const edge of this.graph.edges(node.key)) this.deleteRelationship(this.index.rel(edge));
    const key = node.key;
    const attrs = { ...node.attrs };
    const floats = node.floats;
    this.graph.dropNode(key);
    this.stats.nodesDeleted++;
    this.undo.push(() => {
      this.graph.addNode(key, attrs as never);
      if (floats) this.index.node(key).floats = new Set(floats);
    });
  }

  /** Drops the undo log (the execution succeeded). */
  forget(): void {
    this.undo.length = 0;
  }

  /** Undoes every change, newest first (called when the query fails). */
  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) {
      try {
        this.undo[i]!();
      } catch {
        // Best effort: keep undoing the rest.
      }
    }
    this.undo.length = 0;
  }
}
