/** The function registry: one table, name (case-insensitive) -> definition. */
import { aggregateFunctions } from './aggregate-functions.ts';
import { conversionFunctions } from './conversion-functions.ts';
import { graphFunctions } from './graph-functions.ts';
import { listFunctions } from './list-functions.ts';
import { mathFunctions } from './math-functions.ts';
import { stringFunctions } from './string-functions.ts';
import { temporalFunctions } from './temporal-functions.ts';
import type { FunctionDef } from './types.ts';

const ALL: FunctionDef[] = [...graphFunctions, ...listFunctions, ...stringFunctions, ...mathFunctions, ...conversionFunctions, ...temporalFunctions, ...aggregateFunctions];

const BY_NAME = new Map<string, FunctionDef>(ALL.map((f) => [f.name.toLowerCase(), f]));

export function lookupFunction(name: string): FunctionDef | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** Every callable name, sorted, for completion; `exists` is handled by the binder. */
export function functionNames(): string[] {
  return [...ALL.map((f) => f.name), 'exists'].sort((a, b) => a.localeCompare(b));
}

export function allFunctions(): readonly FunctionDef[] {
  return ALL;
}
