/** Functions over nodes, relationships and paths: id, labels, type, keys, properties, … */
import { deletedEntityError } from '../errors.ts';
import { labelsOf, propertiesOf, propertyKeys } from '../values/properties.ts';
import { isMap, NodeRef, PathValue, RelRef } from '../values/types.ts';
import { invalidArgument } from './errors.ts';
import type { ScalarFunction } from './types.ts';

export const graphFunctions: ScalarFunction[] = [
  {
    name: 'id',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['NODE', 'RELATIONSHIP']],
    returns: 'INTEGER',
    description: 'id(n): the integer id of a node or relationship',
    fn: ([v]) => {
      if (v instanceof NodeRef || v instanceof RelRef) return v.id;
      throw invalidArgument('id', v!, 'a node or a relationship');
    },
  },
  {
    name: 'elementId',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['NODE', 'RELATIONSHIP']],
    returns: 'STRING',
    description: 'elementId(n): the graph key of a node or relationship',
    fn: ([v]) => {
      if (v instanceof NodeRef || v instanceof RelRef) return v.key;
      throw invalidArgument('elementId', v!, 'a node or a relationship');
    },
  },
  {
    name: 'labels',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['NODE']],
    returns: 'LIST',
    description: 'labels(n): the labels of a node',
    fn: ([v]) => {
      if (v instanceof NodeRef) {
        if (v.deleted) throw deletedEntityError('node');
        return [...labelsOf(v)];
      }
      throw invalidArgument('labels', v!, 'a node');
    },
  },
  {
    name: 'type',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['RELATIONSHIP']],
    returns: 'STRING',
    description: 'type(r): the type of a relationship',
    fn: ([v]) => {
      if (v instanceof RelRef) return v.type;
      throw invalidArgument('type', v!, 'a relationship');
    },
  },
  {
    name: 'keys',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['NODE', 'RELATIONSHIP', 'MAP']],
    returns: 'LIST',
    description: 'keys(x): the property keys of a node or relationship, or the keys of a map',
    fn: ([v]) => {
      if (v instanceof NodeRef || v instanceof RelRef) return propertyKeys(live(v));
      if (isMap(v)) return Object.keys(v);
      throw invalidArgument('keys', v!, 'a node, a relationship or a map');
    },
  },
  {
    name: 'properties',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['NODE', 'RELATIONSHIP', 'MAP']],
    returns: 'MAP',
    description: 'properties(x): the properties of a node or relationship as a map',
    fn: ([v]) => {
      if (v instanceof NodeRef || v instanceof RelRef) return propertiesOf(live(v));
      if (isMap(v)) return v;
      throw invalidArgument('properties', v!, 'a node, a relationship or a map');
    },
  },
  {
    name: 'startNode',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['RELATIONSHIP']],
    returns: 'NODE',
    description: 'startNode(r): the node a relationship starts from',
    fn: ([v]) => {
      if (v instanceof RelRef) return v.start;
      throw invalidArgument('startNode', v!, 'a relationship');
    },
  },
  {
    name: 'endNode',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['RELATIONSHIP']],
    returns: 'NODE',
    description: 'endNode(r): the node a relationship points to',
    fn: ([v]) => {
      if (v instanceof RelRef) return v.end;
      throw invalidArgument('endNode', v!, 'a relationship');
    },
  },
  {
    name: 'nodes',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['PATH']],
    returns: 'LIST',
    description: 'nodes(p): the nodes of a path',
    fn: ([v]) => {
      if (v instanceof PathValue) return [...v.nodes];
      throw invalidArgument('nodes', v!, 'a path');
    },
  },
  {
    name: 'relationships',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['PATH']],
    returns: 'LIST',
    description: 'relationships(p): the relationships of a path',
    fn: ([v]) => {
      if (v instanceof PathValue) return [...v.rels];
      throw invalidArgument('relationships', v!, 'a path');
    },
  },
  {
    name: 'length',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    accepts: [['PATH', 'STRING', 'LIST']],
    returns: 'INTEGER',
    description: 'length(p): the number of relationships in a path (also accepts a string or list, as size())',
    fn: ([v]) => {
      if (v instanceof PathValue) return v.rels.length;
      if (typeof v === 'string') return [...v].length;
      if (Array.isArray(v)) return v.length;
      throw invalidArgument('length', v!, 'a path');
    },
  },
];

function live<T extends NodeRef | RelRef>(v: T): T {
  if (v.deleted) throw deletedEntityError(v instanceof NodeRef ? 'node' : 'relationship');
  return v;
}
