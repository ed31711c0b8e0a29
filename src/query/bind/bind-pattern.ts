/**
 * Patterns of MATCH, CREATE, MERGE and subqueries: variables to slots (a name seen twice is one
 * slot), the rules of each clause (CREATE needs one type and a direction, a bound variable cannot
 * be redeclared, …).
 */
import type * as A from '../parse/ast.ts';
import type { StaticType } from '../functions/types.ts';
import type { BNode, BPatternPart, BRel } from './bound.ts';
import { bindExpr, compatible, fail } from './bind-expression.ts';
import type { Env } from './bind-expression.ts';

export type PatternMode = 'match' | 'create' | 'merge';

export interface BoundPattern {
  parts: BPatternPart[];
  /** Slots the pattern declares (new variables, anonymous elements). */
  introduced: number[];
}

type Kind = 'node' | 'rel' | 'path';

const KIND_TYPE: Record<Kind, StaticType[]> = { node: ['NODE'], rel: ['RELATIONSHIP'], path: ['PATH'] };

export function bindPattern(parts: A.PatternPart[], env: Env, mode: PatternMode, newVariables = true): BoundPattern {
  const introduced: number[] = [];
  /** Variables this clause declares, with what they are. */
  const declared = new Map<string, { kind: Kind; slot: number }>();
  const relNames = new Set<string>();

  const declare = (name: string, kind: Kind, type: StaticType): number => {
    const slot = env.slots.next();
    env.scope.declare({ name, slot, type });
    declared.set(name, { kind, slot });
    introduced.push(slot);
    return slot;
  };

  /** The slot of a named element, and whether an earlier clause bound it. */
  const resolve = (name: A.Name, kind: Kind, varLength = false): { slot: number; bound: boolean } => {
    const mine = declared.get(name.name);
    if (mine) {
      if (mine.kind !== kind) throw fail('VariableTypeConflict', `\`${name.name}\` is already a ${mine.kind === 'rel' ? 'relationship' : mine.kind}`, name);
      return { slot: mine.slot, bound: false };
    }
    const existing = env.scope.lookup(name.name);
    if (existing) {
      const wanted = varLength ? (['LIST'] as StaticType[]) : KIND_TYPE[kind];
      if (!compatible(existing.type, wanted)) {
        throw fail('VariableTypeConflict', `\`${name.name}\` is a ${existing.type.toLowerCase()}, not a ${kind === 'rel' ? 'relationship' : kind}`, name);
      }
      return { slot: existing.slot, bound: true };
    }
    if (!newVariables) throw fail('UndefinedVariable', `variable \`${name.name}\` is not defined (a pattern predicate cannot introduce variables)`, name);
    return { slot: declare(name.name, kind, varLength ? 'LIST' : (KIND_TYPE[kind][0] as StaticType)), bound: false };
  };

  const properties = (expr: A.Expr | null): ReturnType<typeof bindExpr> | null => {
    if (expr === null) return null;
    if (mode !== 'create' && expr.kind === 'parameter') {
      throw fail('InvalidParameterUse', `a parameter cannot stand for the properties of a ${mode.toUpperCase()} pattern; write {key: $${expr.name}.key, …}`, expr);
    }
    const bound = bindExpr(expr, env);
    if (!compatible(bound.t, ['MAP'])) throw fail('InvalidArgumentType', 'properties in a pattern must be a map', expr);
    return bound;
  };

  const bindNode = (node: A.NodePattern): BNode => {
    if (node.variable === null) {
      const slot = env.slots.next();
      introduced.push(slot);
      return { slot, name: null, labels: node.labels.map((l) => l.name), properties: properties(node.properties), bound: false };
    }
    const before = declared.has(node.variable.name) || env.scope.lookup(node.variable.name) !== undefined;
    const { slot, bound } = resolve(node.variable, 'node');
    if ((mode === 'create' || mode === 'merge') && before && (node.labels.length > 0 || node.properties !== null)) {
      throw fail('VariableAlreadyBound', `\`${node.variable.name}\` is already bound: ${mode.toUpperCase()} cannot add labels or properties to it`, node.variable);
    }
    return { slot, name: node.variable.name, labels: node.labels.map((l) => l.name), properties: properties(node.properties), bound };
  };

  const bindRel = (rel: A.RelationshipPattern): BRel => {
    if (mode !== 'match' && rel.variable !== null && (env.scope.lookup(rel.variable.name) !== undefined || declared.has(rel.variable.name))) {
      throw fail('VariableAlreadyBound', `\`${rel.variable.name}\` is already bound: ${mode.toUpperCase()} must introduce new relationships`, rel.variable);
    }
    if (mode !== 'match') {
      if (rel.types.length !== 1) {
        throw fail('NoSingleRelationshipType', `a relationship in ${mode.toUpperCase()} needs exactly one type`, rel);
      }
      if (rel.range !== null) throw fail('CreatingVarLength', `${mode.toUpperCase()} cannot create a variable-length relationship`, rel);
      if (mode === 'create' && rel.direction === 'both') {
        throw fail('RequiresDirectedRelationship', 'CREATE needs a direction for each relationship: -> or <-', rel);
      }
    }
    const range = rel.range ? { min: rel.range.min ?? 1, max: rel.range.max } : null;
    let slot: number;
    let bound = false;
    const name = rel.variable?.name ?? null;
    if (rel.variable === null) {
      slot = env.slots.next();
      introduced.push(slot);
    } else {
      if (relNames.has(rel.variable.name) && mode === 'match') {
        throw fail('RelationshipUniquenessViolation', `relationship \`${rel.variable.name}\` cannot appear twice in one pattern`, rel.variable);
      }
      ({ slot, bound } = resolve(rel.variable, 'rel', range !== null));
      relNames.add(rel.variable.name);
    }
    return { slot, name, types: rel.types.map((t) => t.name), direction: rel.direction, range, properties: properties(rel.properties), bound };
  };

  const bound: BPatternPart[] = parts.map((part) => {
    if (part.shortest) {
      const what = part.shortest === 'all' ? 'allShortestPaths' : 'shortestPath';
      if (mode !== 'match') throw fail('InvalidShortestPath', `${what}() can only be matched, not created`, part);
      if (part.element.rels.length !== 1) throw fail('InvalidShortestPath', `${what}() needs a pattern of exactly one relationship: (a)-[*]-(b)`, part.element);
      const rel = part.element.rels[0]!;
      if (rel.range && rel.range.min !== null && rel.range.min > 1) throw fail('InvalidShortestPath', `${what}() paths start at length 0 or 1`, rel);
      // Without a range the path is one relationship long; its variable still holds a list.
      if (rel.range === null) part = { ...part, element: { ...part.element, rels: [{ ...rel, range: { min: 1, max: 1 } }] } };
    }
    let pathSlot: number | null = null;
    if (part.variable !== null) {
      if (env.scope.lookup(part.variable.name) !== undefined || declared.has(part.variable.name)) {
        throw fail('VariableAlreadyBound', `\`${part.variable.name}\` is already bound`, part.variable);
      }
      pathSlot = -1; // declared after the elements, so `p = (p)` is caught as a conflict
    }
    const nodes: BNode[] = [];
    const rels: BRel[] = [];
    const lone = part.element.nodes.length === 1 ? part.element.nodes[0]!.variable : null;
    if (mode !== 'match' && lone !== null && (env.scope.lookup(lone.name) !== undefined || declared.has(lone.name))) {
      throw fail('VariableAlreadyBound', `\`${lone.name}\` is already bound: ${mode.toUpperCase()} (${lone.name}) would create nothing`, lone);
    }
    part.element.nodes.forEach((node, i) => {
      if (i > 0) rels.push(bindRel(part.element.rels[i - 1]!));
      nodes.push(bindNode(node));
    });
    if (part.variable !== null) {
      if (declared.has(part.variable.name)) throw fail('VariableAlreadyBound', `\`${part.variable.name}\` is already used in the pattern`, part.variable);
      pathSlot = declare(part.variable.name, 'path', 'PATH');
    }
    return { pathSlot, nodes, rels, shortest: part.shortest ?? null };
  });
  return { parts: bound, introduced };
}
