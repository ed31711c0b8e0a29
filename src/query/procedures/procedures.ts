/**
 * Procedures for `CALL name(args) YIELD …`: registered by name (case-sensitive, as Cypher's are),
 * each with typed inputs and outputs and a function giving the output rows for the arguments.
 * Values cross the boundary as plain JavaScript (as parameters and `toPlain` results do); outputs
 * are read back by their declared types (a FLOAT output of 42 is 42.0).
 */
import { toCypherValue } from '../params.ts';
import { toPlain } from '../values/to-plain.ts';
import { makeFloat } from '../values/types.ts';
import type { CypherMap, Value } from '../values/types.ts';

/** A Cypher type as signatures write it: `STRING?`, `INTEGER?`, `FLOAT?`, `NUMBER?`, `BOOLEAN?`, `MAP?`, `ANY?`, `LIST? OF …`. */
export type ProcedureType = string;

export interface ProcedureField {
  name: string;
  type: ProcedureType;
}

export interface ProcedureDefinition {
  /** Dotted name, e.g. `test.my.proc`. */
  name: string;
  inputs: ProcedureField[];
  outputs: ProcedureField[];
  /** The output rows (one value per output, in order) for these arguments. */
  rows(args: unknown[]): unknown[][];
}

const registered = new Map<string, ProcedureDefinition>();

/** Makes a procedure callable; returns the function that removes it again. */
export function registerProcedure(definition: ProcedureDefinition): () => void {
  registered.set(definition.name, definition);
  return () => {
    if (registered.get(definition.name) === definition) registered.delete(definition.name);
  };
}

export function lookupProcedure(name: string): ProcedureDefinition | undefined {
  return registered.get(name);
}

/** The base type of a signature type: `INTEGER?` -> INTEGER, `LIST? OF STRING?` -> LIST. */
export function baseType(type: ProcedureType): string {
  return type.trim().toUpperCase().replace(/\?.*$/, '').split(/\s+/)[0]!;
}

function outputValue(v: unknown, type: ProcedureType): Value {
  const value = toCypherValue(v);
  return baseType(type) === 'FLOAT' && typeof value === 'number' ? makeFloat(value) : value;
}

/**
 * Runs a procedure: one map per output row, keyed by output name, so the caller can bind the
 * outputs it yields. INTEGER arguments given to FLOAT inputs are passed as floats.
 */
export function callProcedure(definition: ProcedureDefinition, args: Value[]): CypherMap[] {
  const plainArgs = args.map((a) => toPlain(a));
  return definition.rows(plainArgs).map((row) => {
    const map: CypherMap = Object.create(null) as CypherMap;
    definition.outputs.forEach((output, i) => {
      map[output.name] = outputValue(row[i], output.type);
    });
    return map;
  });
}
