import { describe, expect, test } from 'vitest';
import { parseStatement } from '../../../src/query/parse/parse.ts';
import { splitStatements } from '../../../src/query/parse/split-statements.ts';
import { errorOf, value } from '../helpers.ts';
import { runCypher } from '../../../src/query/index.ts';
import { createGraph } from '../../../src/graph/index.ts';

describe('literals', () => {
  test.each([
    ['RETURN 0x1F', '31'],
    ['RETURN -0x10', '-16'],
    ['RETURN 0o17', '15'],
    ['RETURN 9223372036854775807', '9223372036854775807'],
    ['RETURN -9223372036854775808', '-9223372036854775808'],
    ['RETURN 1.0', '1.0'],
    ['RETURN .5', '0.5'],
    ['RETURN 1e3', '1000.0'],
    ['RETURN 1.5E-3', '0.0015'],
    ['RETURN -0.0', '-0.0'],
    ["RETURN 'l\\'Élysée'", "'l\\'Élysée'"],
    ['RETURN "a\\tb\\u00e9\\U0001F600"', "'a\\tbé😀'"],
    ['RETURN [`x y` IN [1] | `x y` + 1]', '[2]'],
    ['RETURN [true, FALSE, NULL]', '[true, false, null]'],
  ])('%s -> %s', (query, expected) => {
    expect(value(query)).toBe(expected);
  });

  test.each([
    ['RETURN 9223372036854775808', 'IntegerOverflow'],
    ['RETURN -0x8000000000000001', 'IntegerOverflow'],
    ['RETURN 12abc', 'InvalidNumberLiteral'],
    ['RETURN 0x', 'InvalidNumberLiteral'],
    ['RETURN 1e999', 'FloatingPointOverflow'],
    ["RETURN '\\uZZZZ'", 'InvalidUnicodeLiteral'],
    ['RETURN 1 — 2', 'InvalidUnicodeCharacter'],
  ])('%s is a syntax error: %s', (query, detail) => {
    const error = errorOf(() => runCypher(createGraph(), query));
    expect(error.tckType).toBe('SyntaxError');
    expect(error.tckDetail).toBe(detail);
  });
});

describe('syntax', () => {
  test('keywords are case-insensitive; names keep their case', () => {
    const g = createGraph();
    runCypher(g, "cReAtE (:Person {Name: 'x'})");
    expect(runCypher(g, 'match (p:Person) return p.Name AS n').rows).toEqual([['x']]);
    expect(runCypher(g, 'MATCH (p:person) RETURN p').rows).toEqual([]);
  });

  test('comments and backtick names', () => {
    expect(value('RETURN /* block */ 1 + // line\n 1 AS `the sum`')).toBe('2');
    expect(runCypher(createGraph(), 'RETURN 1 AS `a``b`').columns).toEqual(['a`b']);
  });

  test.each([
    ['RETURN 2 + 3 * 4', '14'],
    ['RETURN (2 + 3) * 4', '20'],
    ['RETURN 2 ^ 3 ^ 2', '64.0'],
    ['RETURN -2 ^ 2', '4.0'],
    ['RETURN 7 % 3 * 2', '2'],
    ['RETURN NOT 1 = 2', 'true'],
    ['RETURN true OR false AND false', 'true'],
    ['RETURN true XOR true OR true', 'true'],
    ['RETURN 1 < 2 < 3', 'true'],
    ['RETURN 3 > 2 > 2', 'false'],
    ["RETURN 'a' + 'b' STARTS WITH 'ab'", 'true'],
    ['RETURN 1 IN [1, 2] = true', 'true'],
  ])('precedence: %s -> %s', (query, expected) => {
    expect(value(query)).toBe(expected);
  });

  test('a column is named by the expression as written', () => {
    expect(runCypher(createGraph(), 'RETURN 1+1, count(*), [x IN [1] | x]').columns).toEqual(['1+1', 'count(*)', '[x IN [1] | x]']);
  });

  test('patterns: directions, types, lengths, properties', () => {
    const ast = parseStatement('MATCH p = (a:A:B {x: 1})<-[r:T|:U*2..3 {y: 2}]-(b)-->(c)--(d)<-->(e) RETURN p');
    const match = ast.parts[0]!.clauses[0]!;
    expect(match.kind).toBe('match');
    if (match.kind !== 'match') return;
    const el = match.pattern[0]!.element;
    expect(match.pattern[0]!.variable?.name).toBe('p');
    expect(el.nodes.map((n) => n.labels.map((l) => l.name))).toEqual([['A', 'B'], [], [], [], []]);
    expect(el.rels.map((r) => r.direction)).toEqual(['in', 'out', 'both', 'both']);
    expect(el.rels[0]!.types.map((t) => t.name)).toEqual(['T', 'U']);
    expect(el.rels[0]!.range).toEqual({ min: 2, max: 3 });
  });

  test.each([
    ['[*]', { min: null, max: null }],
    ['[*2]', { min: 2, max: 2 }],
    ['[*..4]', { min: null, max: 4 }],
    ['[*0..]', { min: 0, max: null }],
  ])('range %s', (rel, range) => {
    const ast = parseStatement(`MATCH (a)-${rel}->(b) RETURN a`);
    const match = ast.parts[0]!.clauses[0]!;
    if (match.kind !== 'match') throw new Error('expected MATCH');
    expect(match.pattern[0]!.element.rels[0]!.range).toEqual(range);
  });
});

describe('syntax errors', () => {
  test('name the line and column, show the line with a caret, and say what was expected', () => {
    const error = errorOf(() => runCypher(createGraph(), 'MATCH (n)\nWHERE n.x = \nRETURN n'));
    expect(error.kind).toBe('syntax');
    expect(error.position).toMatchObject({ line: 3, column: 1 });
    expect(error.userMessage).toContain('3 | RETURN n');
    expect(error.userMessage).toMatch(/expected .*an expression/);
  });

  test('an unfinished query says so', () => {
    const error = errorOf(() => runCypher(createGraph(), 'MATCH (n:Person'));
    expect(error.userMessage).toContain('unexpected end of query');
    expect(error.position?.column).toBe(16);
  });

  test('a misspelled keyword is shown as found', () => {
    const error = errorOf(() => runCypher(createGraph(), 'MATCH (n) RETRUN n'));
    expect(error.userMessage).toContain("unexpected 'RETRUN'");
    expect(error.userMessage).toMatch(/expected .*a clause \(MATCH, WITH, RETURN, …\)/);
  });

  test('the caret accounts for wide characters', () => {
    const error = errorOf(() => runCypher(createGraph(), "RETURN '🧐' +"));
    const lines = error.userMessage.split('\n');
    const caret = lines.findIndex((l) => l.trim() === '^');
    expect(lines[caret]!.indexOf('^')).toBe(lines[caret - 1]!.length);
  });
});

describe('scripts', () => {
  test('statements split at semicolons outside strings and comments', () => {
    const pieces = splitStatements("CREATE ({a: ';'}); // x;\nMATCH (n) /* ; */ RETURN n;;  ");
    expect(pieces.map((p) => p.text.trim())).toEqual(["CREATE ({a: ';'});", '// x;\nMATCH (n) /* ; */ RETURN n;']);
  });

  test('an error in a later statement is positioned in the whole script', () => {
    const error = errorOf(() => runCypher(createGraph(), 'CREATE (a);\nCREATE (b);\nRETURN x'));
    expect(error.position).toMatchObject({ line: 3, column: 8 });
  });

  test('an empty query is a syntax error', () => {
    expect(errorOf(() => runCypher(createGraph(), '  // nothing\n')).kind).toBe('syntax');
  });
});

describe('limits', () => {
  test('absurdly deep nesting is a clean error, not a crash', () => {
    const error = errorOf(() => runCypher(createGraph(), 'RETURN ' + '['.repeat(2000) + ']'.repeat(2000)));
    expect(error.kind).toBe('syntax');
    expect(error.userMessage).toContain('nests too deeply');
  });

  test('forty levels of nesting are fine', () => {
    expect(value('RETURN size(' + '['.repeat(40) + ']'.repeat(40) + ')')).toBe('1');
  });
});
