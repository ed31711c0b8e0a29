/**
 * A syntax error points where the input stopped making sense (Ohm's rightmost failure), not where
 * the enclosing construct began, and says what could have come there.
 */
import { describe, expect, test } from 'vitest';
import { createGraph } from '../../../src/graph/index.ts';
import { runCypher } from '../../../src/query/index.ts';
import { errorOf } from '../helpers.ts';

function syntaxErrorOf(text: string) {
  const error = errorOf(() => runCypher(createGraph(), text));
  expect(error.kind).toBe('syntax');
  return error;
}

describe('the caret is where reading stopped', () => {
  test.each([
    // [query, column, what the message says is wrong, an item of the expected list]
    ['MATCH (p:Person RETURN p', 17, "unexpected 'RETURN'", "')'"],
    ['MATCH (a)-[r:KNOWS->(b) RETURN a', 19, "unexpected '-'", "']'"],
    ['MATCH (p) RETRUN p', 11, "unexpected 'RETRUN'", 'a clause (MATCH, WITH, RETURN, …)'],
    ['MATCH (p) RETURN p LIMIT 1 garbage', 28, "unexpected 'garbage'", 'end of query'],
    ['MATCH (p) RETURN p )', 20, "unexpected ')'", 'end of query'],
    ['WITH 1 AS x RETURN [x, 2', 25, 'unexpected end of query', "']'"],
    ["MATCH (p:Person {name: 'x' RETURN p", 28, "unexpected 'RETURN'", "'}'"],
  ])('%s', (text, column, what, expected) => {
    const error = syntaxErrorOf(text);
    expect(error.position).toMatchObject({ line: 1, column });
    expect(error.description).toBe(what);
    expect(error.expected).toContain(expected);
  });

  test('the excerpt puts the caret under the token', () => {
    const lines = syntaxErrorOf('MATCH (p:Person RETURN p').userMessage.split('\n');
    const caret = lines.findIndex((l) => l.trim() === '^');
    const excerpt = lines[caret - 1]!;
    expect(excerpt.slice(lines[caret]!.indexOf('^'))).toBe('RETURN p');
  });
});

describe('strings', () => {
  test.each([
    ["MATCH (p) WHERE p.name = 'Macron RETURN p", 26, `a closing "'"`],
    ['RETURN "abc', 8, `a closing '"'`],
    ["RETURN 'l\\'Élysée", 8, `a closing "'"`],
  ])('a string never closed is named as such, at its opening quote: %s', (text, column, expected) => {
    const error = syntaxErrorOf(text);
    expect(error.position?.column).toBe(column);
    expect(error.description).toBe('this string is never closed');
    expect(error.expected).toBe(expected);
  });

  test('a closed string in the wrong place is unexpected, quote shown plainly', () => {
    const error = syntaxErrorOf("RETURN 'a' 'b'");
    expect(error.position?.column).toBe(12);
    expect(error.description).toBe(`unexpected "'"`);
  });
});

describe('expected items', () => {
  test("after a node, '-' and '<' are read as the start of a relationship", () => {
    expect(syntaxErrorOf('MATCH (n) RETRUN n').expected).toContain('a relationship pattern');
  });

  test("after a value, '-' and '<' are operators, not a relationship", () => {
    const expected = syntaxErrorOf("MATCH (p:Person {name: 'x' RETURN p").expected!.split(/, | or /);
    expect(expected).toEqual(expect.arrayContaining(["'-'", "'<'", "'+'"]));
    expect(expected).not.toContain('a relationship pattern');
  });
});
