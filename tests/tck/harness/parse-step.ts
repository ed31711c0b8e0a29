/**
 * Turns a step's text into what the harness must do, following the step definitions of the TCK's own
 * driver (openCypher tools/tck-api, TCKStepDefinitions). Keywords (Given/When/Then/And) carry no
 * meaning in the TCK, only the text does. Steps we do not implement (CSV files, GQL codes)
 * become `unsupported`, which fails the scenario with that reason instead of passing it silently.
 */
import { parseErrorStep, type ExpectedError } from './match-error.ts';
import type { TckStep } from './scenario.ts';

export type StepAction =
  | { kind: 'empty-graph' }
  | { kind: 'any-graph' }
  | { kind: 'named-graph'; name: string }
  | { kind: 'setup'; query: string }
  | { kind: 'parameters'; table: string[][] }
  | { kind: 'query'; query: string; control: boolean }
  | { kind: 'expect-result'; ordered: boolean; unorderedLists: boolean; table: string[][] }
  | { kind: 'expect-empty' }
  | { kind: 'expect-error'; expected: ExpectedError }
  | { kind: 'side-effects'; table: string[][] }
  | { kind: 'procedure'; signature: string; table: string[][] }
  | { kind: 'no-side-effects' }
  | { kind: 'unsupported'; reason: string };

const RESULT_STEPS: [RegExp, boolean, boolean][] = [
  [/^the result should be, in any order:$/, false, false],
  [/^the result should be, in order:$/, true, false],
  [/^the result should be \(ignoring element order for lists\):$/, false, true],
  [/^the result should be, in order \(ignoring element order for lists\):$/, true, true],
];

/** The query of a step: its docstring, or the text after the colon (`When executing query: RETURN 1`). */
function queryOf(step: TckStep, inline: string | undefined): string | null {
  if (step.docString !== undefined) return step.docString;
  return inline?.trim() ? inline.trim() : null;
}

export function parseStep(step: TckStep): StepAction {
  const text = step.text.trim();
  const missing = (what: string): StepAction => ({ kind: 'unsupported', reason: `step "${text}" (line ${step.line}) has no ${what}` });
  if (text === 'an empty graph') return { kind: 'empty-graph' };
  if (text === 'any graph') return { kind: 'any-graph' };
  let m = /^the (.+) graph$/.exec(text);
  if (m) return { kind: 'named-graph', name: m[1]!.trim() };
  m = /^(?:after )?having executed:(.*)$/.exec(text);
  if (m) {
    const query = queryOf(step, m[1]);
    return query === null ? missing('query') : { kind: 'setup', query };
  }
  if (/^(?:parameters are|parameter values are):$/.test(text)) {
    return step.dataTable ? { kind: 'parameters', table: step.dataTable } : missing('table');
  }
  m = /^executing (control )?query:(.*)$/.exec(text);
  if (m) {
    const query = queryOf(step, m[2]);
    return query === null ? missing('query') : { kind: 'query', query, control: m[1] !== undefined };
  }
  for (const [pattern, ordered, unorderedLists] of RESULT_STEPS) {
    if (pattern.test(text)) return step.dataTable ? { kind: 'expect-result', ordered, unorderedLists, table: step.dataTable } : missing('table');
  }
  if (text === 'the result should be empty') return { kind: 'expect-empty' };
  const expected = parseErrorStep(text);
  if (expected) return { kind: 'expect-error', expected };
  if (text === 'the side effects should be:') return step.dataTable ? { kind: 'side-effects', table: step.dataTable } : missing('table');
  if (text === 'no side effects') return { kind: 'no-side-effects' };
  m = /^there exists a procedure (.+)$/.exec(text);
  if (m) return { kind: 'procedure', signature: m[1]!, table: step.dataTable ?? [] };
  return { kind: 'unsupported', reason: `step "${text}" (line ${step.line}) is not implemented by the harness` };
}
