/**
 * `And there exists a procedure test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?):`
 * with its table (input columns, then output columns; one row per answer): a procedure that yields,
 * for given arguments, the outputs of every row whose inputs equal them (null equals null here).
 */
import { parseTckValue } from './parse-value.ts';
import { toParameter } from './parameter-value.ts';

export interface ProcedureField {
  name: string;
  type: string;
}

/** What the harness hands the engine (the engine module's `registerProcedure`). */
export interface TableProcedure {
  name: string;
  inputs: ProcedureField[];
  outputs: ProcedureField[];
  rows(args: unknown[]): unknown[][];
}

const SIGNATURE = /^([\w.]+)\s*\((.*?)\)\s*::\s*\((.*?)\)\s*:?$/;

function fields(text: string): ProcedureField[] {
  if (text.trim() === '') return [];
  return text.split(',').map((part) => {
    const [name, type] = part.split('::').map((s) => s.trim());
    if (!name || !type) throw new Error(`tck/procedure: cannot read the field ${JSON.stringify(part.trim())}`);
    return { name, type };
  });
}

/** Plain values equal as the TCK's table lookup wants: deep, and null equals null. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return typeof a === 'bigint' || typeof b === 'bigint' ? String(a) === String(b) : false;
}

export function tableProcedure(signature: string, table: string[][]): TableProcedure {
  const m = SIGNATURE.exec(signature.trim());
  if (!m) throw new Error(`tck/procedure: cannot read the signature ${JSON.stringify(signature)}`);
  const inputs = fields(m[2]!);
  const outputs = fields(m[3]!);
  const [, ...body] = table;
  const rows = body
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    .map((row) => row.map((cell) => toParameter(parseTckValue(cell))));
  return {
    name: m[1]!,
    inputs,
    outputs,
    rows: (args) => rows.filter((row) => inputs.every((_, i) => sameValue(row[i], args[i]))).map((row) => row.slice(inputs.length)),
  };
}
