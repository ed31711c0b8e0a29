/**
 * CALL of a registered procedure. The call becomes an expression giving one map per output row,
 * UNWIND into a hidden slot, from which the YIELDed outputs are projected into their variables
 * (then the YIELD … WHERE filter). A procedure without outputs gives one empty row per call, so an
 * in-query call lets every input row through.
 *
 * A standalone call (the whole statement) returns what it yields, every output without YIELD or
 * with YIELD *, and may leave out its parentheses: its arguments are then the parameters named as
 * its inputs.
 */
import { semanticError, syntaxError } from '../errors.ts';
import type { ScalarFunction, StaticType } from '../functions/types.ts';
import type * as A from '../parse/ast.ts';
import { baseType, callProcedure, lookupProcedure } from '../procedures/procedures.ts';
import type { ProcedureDefinition } from '../procedures/procedures.ts';
import type { Value } from '../values/types.ts';
import { bindExpr, compatible, fail, requireBoolean } from './bind-expression.ts';
import type { Env } from './bind-expression.ts';
import type { BCall, BExpr } from './bound.ts';

/** What a signature type accepts among the binder's static types (null: anything). */
function accepted(type: string): StaticType[] | null {
  const base = baseType(type);
  switch (base) {
    case 'FLOAT':
      return ['FLOAT', 'INTEGER'];
    case 'INTEGER':
    case 'NUMBER':
    case 'STRING':
    case 'BOOLEAN':
    case 'MAP':
    case 'LIST':
    case 'NODE':
    case 'RELATIONSHIP':
    case 'PATH':
      return [base];
    default:
      return null;
  }
}

function procedureFunction(definition: ProcedureDefinition): ScalarFunction {
  const arity = definition.inputs.length;
  const noOutputs = definition.outputs.length === 0;
  return {
    name: definition.name,
    aggregate: false,
    minArgs: arity,
    maxArgs: arity,
    returns: 'LIST',
    nullInNullOut: false,
    deterministic: false,
    description: `procedure ${definition.name}`,
    fn: (args: Value[]) => {
      const rows = callProcedure(definition, args);
      return noOutputs ? [Object.create(null)] : rows;
    },
  };
}

function bindArguments(clause: A.CallClause, definition: ProcedureDefinition, env: Env, standalone: boolean): BExpr[] {
  if (clause.args === null) {
    if (!standalone && definition.inputs.length > 0) {
      throw fail('InvalidArgumentPassingMode', `${definition.name} takes arguments: write them in parentheses (only a standalone CALL reads them from parameters)`, clause);
    }
    return definition.inputs.map((input) => bindExpr({ kind: 'parameter', name: input.name, start: clause.start, end: clause.end }, env));
  }
  if (clause.args.length !== definition.inputs.length) {
    throw fail('InvalidNumberOfArguments', `${definition.name} takes ${definition.inputs.length} argument(s), got ${clause.args.length}`, clause);
  }
  return clause.args.map((node, i) => {
    const arg = bindExpr(node, env);
    const input = definition.inputs[i]!;
    const wanted = accepted(input.type);
    if (wanted && !compatible(arg.t, wanted)) {
      throw fail('InvalidArgumentType', `argument \`${input.name}\` of ${definition.name} must be ${input.type}, got ${arg.t.toLowerCase()}`, node);
    }
    return arg;
  });
}

export interface BoundCall {
  clause: BCall;
  /** The outputs bound, in order: the result columns of a standalone call. */
  columns: string[];
  outputSlots: number[];
}

export function bindCallClause(clause: A.CallClause, env: Env, standalone: boolean): BoundCall {
  const definition = lookupProcedure(clause.procedure);
  if (definition === undefined) {
    throw semanticError('ProcedureNotFound', `there is no procedure ${clause.procedure}`, clause.start, 'ProcedureError');
  }
  const args = bindArguments(clause, definition, env, standalone);
  const rowSlot = env.slots.next();
  const expr: BExpr = { k: 'call', fn: procedureFunction(definition), args, t: 'LIST', at: clause.start };
  let items: A.YieldItem[];
  if (clause.yields === 'star' || (clause.yields === null && standalone)) {
    if (clause.yields === 'star' && !standalone) throw syntaxError('UnexpectedSyntax', 'YIELD * is only allowed in a standalone CALL: name the outputs', clause.start);
    items = definition.outputs.map((o) => ({ output: { name: o.name, start: clause.start, end: clause.end }, variable: { name: o.name, start: clause.start, end: clause.end } }));
  } else {
    items = clause.yields === null ? [] : clause.yields.items;
  }
  const yields: BCall['yields'] = [];
  for (const item of items) {
    if (!definition.outputs.some((o) => o.name === item.output.name)) {
      throw fail('UndefinedVariable', `${definition.name} has no output \`${item.output.name}\``, item.output);
    }
    if (env.scope.lookup(item.variable.name)) throw fail('VariableAlreadyBound', `\`${item.variable.name}\` is already bound`, item.variable);
    const slot = env.slots.next();
    env.scope.declare({ name: item.variable.name, slot, type: 'ANY' });
    yields.push({ slot, output: item.output.name });
  }
  let where: BExpr | null = null;
  if (clause.yields !== null && clause.yields !== 'star' && clause.yields.where) {
    where = bindExpr(clause.yields.where, env);
    requireBoolean(where, 'WHERE', clause.yields.where);
  }
  return { clause: { kind: 'call', expr, rowSlot, yields, where }, columns: items.map((i) => i.variable.name), outputSlots: yields.map((y) => y.slot) };
}
