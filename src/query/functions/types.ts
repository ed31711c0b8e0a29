/** The function registry's entries: scalar functions and aggregates, with their static signatures. */
import type { Value } from '../values/types.ts';

/** Static types the binder reasons with; ANY when unknown until run time. */
export type StaticType =
  | 'ANY'
  | 'NULL'
  | 'BOOLEAN'
  | 'INTEGER'
  | 'FLOAT'
  | 'NUMBER'
  | 'STRING'
  | 'LIST'
  | 'MAP'
  | 'NODE'
  | 'RELATIONSHIP'
  | 'PATH';

interface Signature {
  /** Name as documented (case is ignored when calling). */
  name: string;
  minArgs: number;
  maxArgs: number;
  /** Per argument position (the last one repeats), the static types accepted; omitted: any. */
  accepts?: StaticType[][];
  returns: StaticType;
  description: string;
}

export interface ScalarFunction extends Signature {
  aggregate: false;
  /** When true (the default) a null argument gives null without calling `fn`. */
  nullInNullOut?: boolean;
  /** False for rand(): never folded into a constant. */
  deterministic?: boolean;
  fn: (args: Value[]) => Value;
}

export interface Accumulator {
  add(args: Value[]): void;
  result(): Value;
}

export interface AggregateFunction extends Signature {
  aggregate: true;
  create(): Accumulator;
}

export type FunctionDef = ScalarFunction | AggregateFunction;
