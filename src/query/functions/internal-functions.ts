/** Functions the planner inserts (never callable by name): `(n $props)` as a predicate. */
import { equals } from '../values/equality.ts';
import { propertyOf } from '../values/properties.ts';
import { isMap, NodeRef, RelRef } from '../values/types.ts';
import type { ScalarFunction } from './types.ts';
import { invalidArgument } from './errors.ts';

export const propertiesMatchFunction: ScalarFunction = {
  name: 'propertiesMatch',
  aggregate: false,
  minArgs: 2,
  maxArgs: 2,
  returns: 'BOOLEAN',
  description: 'whether an element has every property of a map',
  fn: ([entity, map]) => {
    if (!(entity instanceof NodeRef || entity instanceof RelRef)) return false;
    if (!isMap(map)) throw invalidArgument('properties', map!, 'a map');
    for (const key of Object.keys(map)) if (equals(propertyOf(entity, key), map[key]!) !== true) return false;
    return true;
  },
};
