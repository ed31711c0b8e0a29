/** Functions over nodes, relationships and paths: id, labels, type, keys, properties, … */
import { deletedEntityError } from '../errors.ts';
import { labelsOf, propertiesOf, propertyKeys } from '../values/properties.ts';
import { isMap, NodeRef, PathValue, RelRef } from '../values/types.ts';
import { unary } from './define.ts';
import { invalidArgument } from './errors.ts';
import type { ScalarFunction } from './types.ts';

function live<T extends NodeRef | RelRef>(v: T): T {
  if (v.deleted) throw deletedEntityError(v instanceof NodeRef ? 'node' : 'relationship');
  return v;
}

export const graphFunctions: ScalarFunction[] = [
  unary('id', ['NODE', 'RELATIONSHIP'], 'INTEGER', 'id(n): the integer id of a node or relationship', (v) => {
    if (v instanceof NodeRef || v instanceof RelRef) return v.id;
    throw invalidArgument('id', v, 'a node or a relationship');
  }),
  unary('elementId', ['NODE', 'RELATIONSHIP'], 'STRING', 'elementId(n): the graph key of a node or relationship', (v) => {
    if (v instanceof NodeRef || v instanceof RelRef) return v.key;
    throw invalidArgument('elementId', v, 'a node or a relationship');
  }),
  unary('labels', ['NODE'], 'LIST', 'labels(n): the labels of a node', (v) => {
    if (v instanceof NodeRef) return [...labelsOf(live(v))];
    throw invalidArgument('labels', v, 'a node');
  }),
  unary('type', ['RELATIONSHIP'], 'STRING', 'type(r): the type of a relationship', (v) => {
    if (v instanceof RelRef) return v.type;
    throw invalidArgument('type', v, 'a relationship');
  }),
  unary('keys', ['NODE', 'RELATIONSHIP', 'MAP'], 'LIST', 'keys(x): the property keys of a node or relationship, or the keys of a map', (v) => {
    if (v instanceof NodeRef || v instanceof RelRef) return propertyKeys(live(v));
    if (isMap(v)) return Object.keys(v);
    throw invalidArgument('keys', v, 'a node, a relationship or a map');
  }),
  unary('properties', ['NODE', 'RELATIONSHIP', 'MAP'], 'MAP', 'properties(x): the properties of a node or relationship as a map', (v) => {
    if (v instanceof NodeRef || v instanceof RelRef) return propertiesOf(live(v));
    if (isMap(v)) return v;
    throw invalidArgument('properties', v, 'a node, a relationship or a map');
  }),
  unary('startNode', ['RELATIONSHIP'], 'NODE', 'startNode(r): the node a relationship starts from', (v) => {
    if (v instanceof RelRef) return v.start;
    throw invalidArgument('startNode', v, 'a relationship');
  }),
  unary('endNode', ['RELATIONSHIP'], 'NODE', 'endNode(r): the node a relationship points to', (v) => {
    if (v instanceof RelRef) return v.end;
    throw invalidArgument('endNode', v, 'a relationship');
  }),
  unary('nodes', ['PATH'], 'LIST', 'nodes(p): the nodes of a path', (v) => {
    if (v instanceof PathValue) return [...v.nodes];
    throw invalidArgument('nodes', v, 'a path');
  }),
  unary('relationships', ['PATH'], 'LIST', 'relationships(p): the relationships of a path', (v) => {
    if (v instanceof PathValue) return [...v.rels];
    throw invalidArgument('relationships', v, 'a path');
  }),
  unary('length', ['PATH', 'STRING', 'LIST'], 'INTEGER', 'length(p): the number of relationships in a path (also accepts a string or list, as size())', (v) => {
    if (v instanceof PathValue) return v.rels.length;
    if (typeof v === 'string') return [...v].length;
    if (Array.isArray(v)) return v.length;
    throw invalidArgument('length', v, 'a path');
  }),
];
