import { afterEach, describe, expect, test } from 'vitest';
import { registerProcedure, runCypher } from '../../../src/query/index.ts';
import type { ProcedureDefinition } from '../../../src/query/index.ts';
import { column, errorOf, graphOf, rows } from '../helpers.ts';

const CAPITALS: [string, string][] = [
  ['France', 'Paris'],
  ['Italie', 'Rome'],
];

const capital: ProcedureDefinition = {
  name: 'test.capital',
  inputs: [{ name: 'country', type: 'STRING?' }],
  outputs: [
    { name: 'city', type: 'STRING?' },
    { name: 'population', type: 'FLOAT?' },
  ],
  rows: ([country]) => CAPITALS.filter(([c]) => c === country).map(([, city]) => [city, 2]),
};

const removals: (() => void)[] = [];
afterEach(() => removals.splice(0).forEach((remove) => remove()));

describe('CALL of a registered procedure', () => {
  test('in a query, once per row, its outputs yielded, renamed and filtered', () => {
    removals.push(registerProcedure(capital));
    const graph = graphOf("CREATE (:Country {name: 'France'}), (:Country {name: 'Italie'}), (:Country {name: 'Mali'})");
    const query = 'MATCH (c:Country) CALL test.capital(c.name) YIELD city AS capital, population WHERE capital <> "Rome" RETURN c.name, capital, population';
    expect(rows(graph, query)).toEqual([["'France'", "'Paris'", '2.0']]);
  });

  test('standalone: every output, arguments from parameters when the parentheses are left out', () => {
    removals.push(registerProcedure(capital));
    const result = runCypher(graphOf(), 'CALL test.capital', { params: { country: 'Italie' } });
    expect(result.columns).toEqual(['city', 'population']);
    expect(column(graphOf(), "CALL test.capital('France') YIELD city RETURN city")).toEqual(["'Paris'"]);
  });

  test('unknown procedures, wrong arguments and clashing names are compile-time errors', () => {
    expect(errorOf(() => runCypher(graphOf(), 'CALL test.capital()')).tckDetail).toBe('ProcedureNotFound');
    removals.push(registerProcedure(capital));
    expect(errorOf(() => runCypher(graphOf(), 'CALL test.capital(1, 2)')).tckDetail).toBe('InvalidNumberOfArguments');
    expect(errorOf(() => runCypher(graphOf(), 'CALL test.capital(1)')).tckDetail).toBe('InvalidArgumentType');
    expect(errorOf(() => runCypher(graphOf(), "WITH 1 AS city CALL test.capital('France') YIELD city RETURN city")).tckDetail).toBe('VariableAlreadyBound');
  });

  test('removing a procedure makes it unknown again', () => {
    registerProcedure(capital)();
    expect(errorOf(() => runCypher(graphOf(), "CALL test.capital('France')")).tckType).toBe('ProcedureError');
  });
});
