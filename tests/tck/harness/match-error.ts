/**
 * Checks a raised error against `Then a <Type> should be raised at <phase>: <Detail>`.
 *
 * The type must be exactly the TCK's (CypherError.tckType). The detail (CypherError.tckDetail) must be
 * exactly the TCK's too: a scenario whose error has the right type but a different detail fails as
 * "right error type, wrong detail", and one with no detail at all fails as "right error type, no detail"
 * (kept apart so the report shows how close the engine is). A missing detail does not count as a pass:
 * the detail is what tells UndefinedVariable from VariableTypeConflict, and without it the TCK's
 * negative scenarios would pass on the type alone.
 *
 * A detail written `*` (`Then a TypeError should be raised at any time: *`) leaves the detail open: any
 * detail, or none, passes with the right type.
 *
 * The phase is not part of the verdict (the TCK's own drivers do not check it and "any time" exists);
 * a phase other than the one written is recorded as a note.
 */
import type { EngineError } from './engine.ts';
import type { FailureReason } from './scenario.ts';

export interface ExpectedError {
  type: string;
  phase: string;
  detail: string;
}

const ERROR_STEP = /^an? (\S+) should be raised at (.+): (.+)$/;

export function parseErrorStep(text: string): ExpectedError | null {
  const m = ERROR_STEP.exec(text.trim());
  return m ? { type: m[1]!, phase: m[2]!.trim(), detail: m[3]!.trim() } : null;
}

/** The phase an engine error belongs to: parse and bind errors happen before anything runs. */
export function phaseOf(error: EngineError): 'compile time' | 'runtime' {
  return error.kind === 'syntax' || error.kind === 'semantic' ? 'compile time' : 'runtime';
}

export interface ErrorVerdict {
  failure: FailureReason | null;
  notes: string[];
}

export function matchError(expected: ExpectedError, actual: EngineError): ErrorVerdict {
  const want = `${expected.type}: ${expected.detail}`;
  const got = `${actual.tckType}: ${actual.tckDetail ?? '(no detail)'}`;
  const message = `expected ${want} at ${expected.phase}, got ${got} (${actual.kind}): ${firstLine(actual.message)}`;
  if (actual.kind === 'timeout' || actual.kind === 'row-limit' || actual.kind === 'cancelled') {
    return { failure: { category: actual.kind === 'timeout' ? 'timeout' : actual.kind, signature: actual.kind, message }, notes: [] };
  }
  if (actual.tckType !== expected.type) {
    return { failure: { category: 'wrong error type', signature: `wrong error type: expected ${want}, got ${got}`, message }, notes: [] };
  }
  const anyDetail = expected.detail === '*';
  if (!anyDetail && (actual.tckDetail === undefined || actual.tckDetail === '')) {
    return { failure: { category: 'right error type, no detail', signature: `right error type, no detail: expected ${want}`, message }, notes: [] };
  }
  if (!anyDetail && actual.tckDetail !== expected.detail) {
    return { failure: { category: 'right error type, wrong detail', signature: `right error type, wrong detail: expected ${want}, got ${got}`, message }, notes: [] };
  }
  const phase = phaseOf(actual);
  const notes = expected.phase !== 'any time' && expected.phase !== phase ? [`raised at ${phase}, the TCK says ${expected.phase}`] : [];
  return { failure: null, notes };
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.trim();
}
