/**
 * Short signatures for errors, so the report can group failures that share a cause: literal names,
 * strings and numbers are elided ("Unknown function 'foo' at 1:8" and "… 'bar' at 2:3" group together).
 */
import type { EngineError } from './engine.ts';
import { firstLine } from './match-error.ts';

export function elideSpecifics(message: string): string {
  return firstLine(message)
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, '…')
    .replace(/\b\d+(?:\.\d+)?\b/g, 'N')
    .slice(0, 120);
}

export function engineErrorSignature(error: EngineError): string {
  return `${error.tckType}/${error.tckDetail ?? '-'}: ${elideSpecifics(error.message)}`;
}

export function describeEngineError(error: EngineError): string {
  return `${error.tckType}${error.tckDetail ? ': ' + error.tckDetail : ''} (${error.kind}): ${error.message}`;
}
