import { describe, expect, it } from 'vitest';
import { closestCommand, parseCommandLine } from '../../src/repl/repl-commands.ts';

describe('REPL command lines', () => {
  it('splits the name from the arguments', () => {
    expect(parseCommandLine(':export gexf out/result.gexf')).toEqual({ name: 'export', args: 'gexf out/result.gexf' });
    expect(parseCommandLine(':PARAM who => 1')).toEqual({ name: 'param', args: 'who => 1' });
    expect(parseCommandLine(':')).toEqual({ name: '', args: '' });
  });

  it('suggests the command a typo meant', () => {
    expect(closestCommand('shema')).toBe('schema');
    expect(closestCommand('exprot')).toBe('export');
    expect(closestCommand('qiut')).toBe('quit');
    expect(closestCommand('zzzzzz')).toBeUndefined();
  });
});
