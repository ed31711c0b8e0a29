/**
 * Bound expressions -> JavaScript closures over the frame. Compiling once per execution (not
 * interpreting the tree per row) keeps the per-row cost to a few calls.
 */
import type { BExpr } from '../bind/bound.ts';
import { CypherError, deletedEntityError, runtimeError } from '../errors.ts';
import { add, divide, modulo, multiply, negate, power, subtract } from '../values/arithmetic.ts';
import { equals } from '../values/equality.ts';
import { formatValue } from '../values/format-value.ts';
import { compare } from '../values/ordering.ts';
import { LABELS_ATTRIBUTE, labelsOf, propertiesOf, propertyOf, storedProperty, TYPE_ATTRIBUTE } from '../values/properties.ts';
import { isMap, NodeRef, RelRef, TemporalValue, typeOf } from '../values/types.ts';
import type { CypherMap, Value } from '../values/types.ts';
import type { ExecContext } from './context.ts';
import type { LogicalOperator } from '../plan/logical.ts';
import type { PhysicalOperator } from './operator.ts';
import { cypherRegex } from './regex.ts';

export type Compiled = (f: Value[]) => Value;

export type PlanBuilder = (plan: LogicalOperator) => PhysicalOperator;

function typeError(detail: string, message: string): CypherError {
  return runtimeError('TypeError', detail, message);
}

/** Gives an error raised while evaluating an expression the expression's position (the innermost wins). */
function positioned(error: unknown, at: number): unknown {
  if (error instanceof CypherError && error.position === undefined && error.pendingOffset === undefined) error.pendingOffset = at;
  return error;
}

/** Property read with Cypher's rules: null propagates; nodes, relationships and maps have properties, temporal values components. */
export function readProperty(o: Value, key: string): Value {
  if (o === null) return null;
  if (o instanceof NodeRef || o instanceof RelRef) {
    if (o.deleted) throw deletedEntityError(o instanceof NodeRef ? 'node' : 'relationship');
    return propertyOf(o, key);
  }
  if (isMap(o)) {
    const v = o[key];
    return v === undefined ? null : v;
  }
  if (o instanceof TemporalValue) {
    const v = o.component(key);
    if (v !== undefined) return v;
  }
  throw typeError('InvalidArgumentType', `cannot read property \`${key}\` of ${typeOf(o)} ${formatValue(o)}`);
}

function asBoolean(v: Value, what: string): boolean | null {
  if (v === null || typeof v === 'boolean') return v;
  throw typeError('InvalidArgumentType', `${what} expects a boolean, got ${typeOf(v)} ${formatValue(v)}`);
}

function toIndex(v: Value): number | null {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'bigint') return Number(v);
  return null;
}

function indexValue(o: Value, i: Value): Value {
  if (o === null || i === null) return null;
  if (Array.isArray(o)) {
    const n = toIndex(i);
    if (n === null) throw typeError('InvalidArgumentType', `list index must be an integer, got ${typeOf(i)} ${formatValue(i)}`);
    const at = n < 0 ? o.length + n : n;
    return at >= 0 && at < o.length ? o[at]! : null;
  }
  if (isMap(o) || o instanceof NodeRef || o instanceof RelRef) {
    if (typeof i !== 'string') throw typeError('MapElementAccessByNonString', `map key must be a string, got ${typeOf(i)} ${formatValue(i)}`);
    return readProperty(o, i);
  }
  throw typeError('InvalidArgumentType', `cannot index ${typeOf(o)} ${formatValue(o)}`);
}

function sliceValue(o: Value, from: Value | undefined, to: Value | undefined): Value {
  if (o === null || from === null || to === null) return null;
  if (!Array.isArray(o)) throw typeError('InvalidArgumentType', `cannot slice ${typeOf(o)} ${formatValue(o)}`);
  const n = o.length;
  const norm = (v: Value | undefined, dflt: number) => {
    if (v === undefined) return dflt;
    const x = toIndex(v);
    if (x === null) throw typeError('InvalidArgumentType', `slice bounds must be integers, got ${formatValue(v)}`);
    return Math.max(0, Math.min(n, x < 0 ? n + x : x));
  };
  const a = norm(from, 0);
  const b = norm(to, n);
  return b > a ? o.slice(a, b) : [];
}

/** The list an IN iterates over; null stays null, anything else is a type error. */
function listOrNull(v: Value): Value[] | null {
  if (v === null || Array.isArray(v)) return v;
  throw typeError('InvalidArgumentType', `IN expects a list, got ${typeOf(v)} ${formatValue(v)}`);
}

function inList(x: Value, value: Value): Value {
  const list = listOrNull(value);
  if (list === null) return null;
  let sawNull = false;
  for (const item of list) {
    const r = equals(x, item);
    if (r === true) return true;
    if (r === null) sawNull = true;
  }
  return sawNull ? null : false;
}

function comparison(op: string, a: Value, b: Value): boolean | null {
  switch (op) {
    case '=':
      return equals(a, b);
    case '<>': {
      const r = equals(a, b);
      return r === null ? null : !r;
    }
  }
  const c = compare(a, b);
  if (c === null) return null;
  switch (op) {
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

export class ExpressionCompiler {
  constructor(
    private readonly ctx: ExecContext,
    private readonly buildPlan: PlanBuilder,
  ) {}

  compile(e: BExpr): Compiled {
    const fn = this.compileInner(e);
    // Property reads (the hottest expressions) position their own errors on their slow path.
    if (e.k === 'const' || e.k === 'slot' || e.k === 'param' || e.k === 'prop') return fn;
    // Runtime errors name the expression's position (the innermost wins).
    const at = e.at;
    return (f) => {
      try {
        return fn(f);
      } catch (error) {
        throw positioned(error, at);
      }
    };
  }

  private compileInner(e: BExpr): Compiled {
    const c = (x: BExpr) => this.compile(x);
    const ctx = this.ctx;
    switch (e.k) {
      case 'const': {
        const v = e.v;
        return () => v;
      }
      case 'param': {
        // Read at run time: a prepared plan serves every execution, whatever the parameters.
        const name = e.name;
        return () => ctx.params[name]!;
      }
      case 'slot': {
        const slot = e.slot;
        return (f) => f[slot]!;
      }
      case 'prop': {
        const key = e.key;
        const at = e.at;
        const slow = (o: Value): Value => {
          try {
            return readProperty(o, key);
          } catch (error) {
            throw positioned(error, at);
          }
        };
        // The common case, a property of a variable's node or relationship, in one closure.
        const direct = e.obj.k === 'slot' ? e.obj.slot : -1;
        const obj = direct < 0 ? c(e.obj) : null;
        if (key === LABELS_ATTRIBUTE || key === TYPE_ATTRIBUTE) return (f) => slow(direct < 0 ? obj!(f) : f[direct]!);
        return (f) => {
          const o = direct < 0 ? obj!(f) : f[direct]!;
          if ((o instanceof NodeRef || o instanceof RelRef) && !o.deleted) return storedProperty(o, key);
          return slow(o);
        };
      }
      case 'index': {
        const obj = c(e.obj);
        const index = c(e.index);
        return (f) => indexValue(obj(f), index(f));
      }
      case 'slice': {
        const obj = c(e.obj);
        const from = e.from ? c(e.from) : null;
        const to = e.to ? c(e.to) : null;
        return (f) => sliceValue(obj(f), from ? from(f) : undefined, to ? to(f) : undefined);
      }
      case 'hasLabels': {
        const obj = c(e.obj);
        const labels = e.labels;
        return (f) => {
          const o = obj(f);
          if (o === null) return null;
          if (!(o instanceof NodeRef)) throw typeError('InvalidArgumentType', `label predicate on ${typeOf(o)} ${formatValue(o)}`);
          if (o.deleted) throw deletedEntityError('node');
          const own = labelsOf(o);
          return labels.every((l) => own.includes(l));
        };
      }
      case 'list': {
        const items = e.items.map(c);
        return (f) => items.map((item) => item(f));
      }
      case 'map': {
        const keys = e.keys;
        const values = e.values.map(c);
        return (f) => {
          const m: CypherMap = {};
          for (let i = 0; i < keys.length; i++) m[keys[i]!] = values[i]!(f);
          return m;
        };
      }
      case 'mapProjection': {
        const obj = c(e.obj);
        const items = e.items.map((item) => (item.kind === 'entry' ? { ...item, compiled: c(item.value) } : { ...item, compiled: null }));
        return (f) => {
          const o = obj(f);
          if (o === null) return null;
          const m: CypherMap = {};
          for (const item of items) {
            if (item.kind === 'all') {
              Object.assign(m, o instanceof NodeRef || o instanceof RelRef ? propertiesOf(o) : (o as CypherMap));
            } else if (item.kind === 'prop') {
              m[item.key] = readProperty(o, item.key);
            } else {
              m[item.key] = item.compiled!(f);
            }
          }
          return m;
        };
      }
      case 'not': {
        const x = c(e.x);
        return (f) => {
          const v = asBoolean(x(f), 'NOT');
          return v === null ? null : !v;
        };
      }
      case 'neg': {
        const x = c(e.x);
        return (f) => negate(x(f));
      }
      case 'arith': {
        const a = c(e.a);
        const b = c(e.b);
        const op = { '+': add, '-': subtract, '*': multiply, '/': divide, '%': modulo, '^': power }[e.op];
        return (f) => op(a(f), b(f));
      }
      case 'logic': {
        const a = c(e.a);
        const b = c(e.b);
        const op = e.op;
        if (op === 'AND') {
          return (f) => {
            const x = asBoolean(a(f), 'AND');
            if (x === false) return false;
            const y = asBoolean(b(f), 'AND');
            if (y === false) return false;
            return x === null || y === null ? null : true;
          };
        }
        if (op === 'OR') {
          return (f) => {
            const x = asBoolean(a(f), 'OR');
            if (x === true) return true;
            const y = asBoolean(b(f), 'OR');
            if (y === true) return true;
            return x === null || y === null ? null : false;
          };
        }
        return (f) => {
          const x = asBoolean(a(f), 'XOR');
          const y = asBoolean(b(f), 'XOR');
          return x === null || y === null ? null : x !== y;
        };
      }
      case 'cmp': {
        const operands = e.operands.map(c);
        const ops = e.ops;
        if (ops.length === 1) {
          const a = operands[0]!;
          const b = operands[1]!;
          const op = ops[0]!;
          if (op === '=') return (f) => equals(a(f), b(f));
          return (f) => comparison(op, a(f), b(f));
        }
        return (f) => {
          let result: boolean | null = true;
          let left = operands[0]!(f);
          for (let i = 0; i < ops.length; i++) {
            const right = operands[i + 1]!(f);
            const r = comparison(ops[i]!, left, right);
            if (r === false) return false;
            if (r === null) result = null;
            left = right;
          }
          return result;
        };
      }
      case 'strOp': {
        const a = c(e.a);
        const b = c(e.b);
        const test = e.op === 'STARTS WITH' ? (x: string, y: string) => x.startsWith(y) : e.op === 'ENDS WITH' ? (x: string, y: string) => x.endsWith(y) : (x: string, y: string) => x.includes(y);
        return (f) => {
          const x = a(f);
          const y = b(f);
          return typeof x === 'string' && typeof y === 'string' ? test(x, y) : null;
        };
      }
      case 'in': {
        const a = c(e.a);
        const b = c(e.b);
        return (f) => inList(a(f), b(f));
      }
      case 'regex': {
        const a = c(e.a);
        const b = c(e.b);
        return (f) => {
          const x = a(f);
          const y = b(f);
          if (typeof x !== 'string' || typeof y !== 'string') return null;
          return cypherRegex(y).test(x);
        };
      }
      case 'isNull': {
        const x = c(e.x);
        return e.negated ? (f) => x(f) !== null : (f) => x(f) === null;
      }
      case 'case': {
        const test = e.test ? c(e.test) : null;
        const whens = e.whens.map(c);
        const thens = e.thens.map(c);
        const otherwise = e.otherwise ? c(e.otherwise) : () => null;
        if (test) {
          return (f) => {
            const v = test(f);
            for (let i = 0; i < whens.length; i++) if (equals(v, whens[i]!(f)) === true) return thens[i]!(f);
            return otherwise(f);
          };
        }
        return (f) => {
          for (let i = 0; i < whens.length; i++) if (whens[i]!(f) === true) return thens[i]!(f);
          return otherwise(f);
        };
      }
      case 'call': {
        const args = e.args.map(c);
        const fn = e.fn.fn;
        const nullInNullOut = e.fn.nullInNullOut !== false;
        if (args.length === 1) {
          const a = args[0]!;
          return nullInNullOut ? (f) => {
            const v = a(f);
            return v === null ? null : fn([v]);
          } : (f) => fn([a(f)]);
        }
        return (f) => {
          const values = args.map((a) => a(f));
          if (nullInNullOut && values.includes(null)) return null;
          return fn(values);
        };
      }
      case 'listComp': {
        const list = c(e.list);
        const where = e.where ? c(e.where) : null;
        const map = e.map ? c(e.map) : null;
        const slot = e.slot;
        return (f) => {
          const l = listOrNull(list(f));
          if (l === null) return null;
          const out: Value[] = [];
          for (const item of l) {
            ctx.tick();
            f[slot] = item;
            if (where && where(f) !== true) continue;
            out.push(map ? map(f) : item);
          }
          return out;
        };
      }
      case 'quantifier': {
        const list = c(e.list);
        const where = e.where ? c(e.where) : () => true;
        const slot = e.slot;
        const q = e.q;
        return (f) => {
          const l = listOrNull(list(f));
          if (l === null) return null;
          let trues = 0;
          let nulls = 0;
          for (const item of l) {
            ctx.tick();
            f[slot] = item;
            const r = asBoolean(where(f), q);
            if (r === true) trues++;
            else if (r === null) nulls++;
          }
          const falses = l.length - trues - nulls;
          switch (q) {
            case 'any':
              return trues > 0 ? true : nulls > 0 ? null : false;
            case 'all':
              return falses > 0 ? false : nulls > 0 ? null : true;
            case 'none':
              return trues > 0 ? false : nulls > 0 ? null : true;
            case 'single':
              return trues > 1 ? false : nulls > 0 ? null : trues === 1;
          }
        };
      }
      case 'reduce': {
        const init = c(e.init);
        const list = c(e.list);
        const expr = c(e.expr);
        const { acc, slot } = e;
        return (f) => {
          const l = listOrNull(list(f));
          if (l === null) return null;
          f[acc] = init(f);
          for (const item of l) {
            ctx.tick();
            f[slot] = item;
            f[acc] = expr(f);
          }
          return f[acc]!;
        };
      }
      case 'exists': {
        const op = this.buildPlan(e.sub.plan!);
        return () => {
          op.reset();
          return op.next();
        };
      }
      case 'patternComp': {
        const op = this.buildPlan(e.sub.plan!);
        const map = c(e.map);
        return (f) => {
          op.reset();
          const out: Value[] = [];
          while (op.next()) out.push(map(f));
          return out;
        };
      }
    }
  }
}

