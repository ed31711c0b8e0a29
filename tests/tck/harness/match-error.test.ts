import { describe, expect, it } from 'vitest';
import { CypherError } from './fake-engine.ts';
import { matchError, parseErrorStep } from './match-error.ts';

const expected = parseErrorStep('a SyntaxError should be raised at compile time: UndefinedVariable')!;

describe('error matching', () => {
  it('reads the error step, with "a" or "an" and any phase', () => {
    expect(expected).toEqual({ type: 'SyntaxError', phase: 'compile time', detail: 'UndefinedVariable' });
    expect(parseErrorStep('an ArgumentError should be raised at runtime: NumberOutOfRange')).toEqual({
      type: 'ArgumentError',
      phase: 'runtime',
      detail: 'NumberOutOfRange',
    });
    expect(parseErrorStep('a TypeError should be raised at any time: InvalidArgumentType')?.phase).toBe('any time');
    expect(parseErrorStep('the result should be empty')).toBeNull();
  });

  it('passes the right type and detail', () => {
    expect(matchError(expected, new CypherError('semantic', 'SyntaxError', 'UndefinedVariable', 'x'))).toEqual({ failure: null, notes: [] });
  });

  it('fails a wrong type even with the right detail', () => {
    const verdict = matchError(expected, new CypherError('semantic', 'SemanticError', 'UndefinedVariable', 'x'));
    expect(verdict.failure?.category).toBe('wrong error type');
    expect(verdict.failure?.message).toContain('expected SyntaxError: UndefinedVariable');
  });

  it('fails the right type with another detail, or none, each under its own name', () => {
    expect(matchError(expected, new CypherError('semantic', 'SyntaxError', 'VariableTypeConflict', 'x')).failure?.category).toBe(
      'right error type, wrong detail',
    );
    expect(matchError(expected, new CypherError('semantic', 'SyntaxError', undefined, 'x')).failure?.category).toBe('right error type, no detail');
  });

  it('takes a detail written * as any detail, the type still checked', () => {
    const open = parseErrorStep('a TypeError should be raised at any time: *')!;
    expect(matchError(open, new CypherError('runtime', 'TypeError', 'InvalidArgumentType', 'x')).failure).toBeNull();
    expect(matchError(open, new CypherError('runtime', 'TypeError', undefined, 'x')).failure).toBeNull();
    expect(matchError(open, new CypherError('runtime', 'ArgumentError', 'InvalidArgumentType', 'x')).failure?.category).toBe('wrong error type');
  });

  it('does not fail on the phase, but notes it', () => {
    const verdict = matchError(expected, new CypherError('runtime', 'SyntaxError', 'UndefinedVariable', 'x'));
    expect(verdict.failure).toBeNull();
    expect(verdict.notes).toEqual(['raised at runtime, the TCK says compile time']);
    const any = parseErrorStep('a SyntaxError should be raised at any time: UndefinedVariable')!;
    expect(matchError(any, new CypherError('runtime', 'SyntaxError', 'UndefinedVariable', 'x')).notes).toEqual([]);
  });

  it('never counts a timeout as the expected error', () => {
    expect(matchError(expected, new CypherError('timeout', 'SyntaxError', 'UndefinedVariable', 'x')).failure?.category).toBe('timeout');
  });
});
