import { describe, expect, it } from 'vitest';
import { tableProcedure } from './procedure-step.ts';

describe('procedures defined by a feature', () => {
  it('reads the signature and answers with the outputs of the rows whose inputs match', () => {
    const proc = tableProcedure('test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?, code :: INTEGER?):', [
      ['name', 'id', 'city', 'code'],
      ["'Stefan'", '1', "'Berlin'", '49'],
      ["'Stefan'", '2', "'München'", '49'],
      ['null', '1', "'Nowhere'", '0'],
    ]);
    expect(proc.name).toBe('test.my.proc');
    expect(proc.inputs).toEqual([
      { name: 'name', type: 'STRING?' },
      { name: 'id', type: 'INTEGER?' },
    ]);
    expect(proc.outputs.map((o) => o.name)).toEqual(['city', 'code']);
    expect(proc.rows(['Stefan', 2])).toEqual([['München', 49]]);
    expect(proc.rows([null, 1])).toEqual([['Nowhere', 0]]);
    expect(proc.rows(['Petra', 1])).toEqual([]);
  });

  it('takes a procedure without inputs or outputs, whose table is a lone bar', () => {
    const proc = tableProcedure('test.doNothing() :: ()', [[]]);
    expect(proc.inputs).toEqual([]);
    expect(proc.outputs).toEqual([]);
    expect(proc.rows([])).toEqual([]);
  });
});
