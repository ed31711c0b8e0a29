import { describe, expect, test } from 'vitest';
import { runCypher } from '../../../src/query/index.ts';
import { errorOf, graphOf, newsGraph, rows, value } from '../helpers.ts';

describe('expressions', () => {
  test.each([
    // Integers and floats.
    ['RETURN 7 / 2', '3'],
    ['RETURN -7 / 2', '-3'],
    ['RETURN 7 / 2.0', '3.5'],
    ['RETURN 7 % -3', '1'],
    ['RETURN 2 * 1.5', '3.0'],
    ['RETURN 4611686018427387904 + 4611686018427387903', '9223372036854775807'],
    ['RETURN toInteger(2.9), toFloat(2), toString(2.0)', '2'],
    ['RETURN 0.1 + 0.2', '0.30000000000000004'],
    // Three-valued logic.
    ['RETURN null = null', 'null'],
    ['RETURN null OR true', 'true'],
    ['RETURN null AND false', 'false'],
    ['RETURN NOT null', 'null'],
    ['RETURN 1 = 1.0', 'true'],
    ["RETURN 1 = '1'", 'false'],
    ["RETURN 1 < 'a'", 'null'],
    ['RETURN [1, null] = [1, null]', 'null'],
    ['RETURN [1, 2] = [1, 3]', 'false'],
    ['RETURN 2 IN [1, null]', 'null'],
    ['RETURN 1 IN [1, null]', 'true'],
    ['RETURN null IS NULL, 1 IS NOT NULL', 'true'],
    // Strings.
    ["RETURN 'Macron' STARTS WITH 'Mac'", 'true'],
    ["RETURN 'Macron' ENDS WITH null", 'null'],
    ["RETURN 'Macron' CONTAINS 'cro'", 'true'],
    ["RETURN 'Emmanuel Macron' =~ 'Emm.*'", 'true'],
    ["RETURN 'Emmanuel Macron' =~ 'Mac.*'", 'false'],
    ["RETURN 'ÉLYSÉE' =~ '(?i)élysée'", 'true'],
    ["RETURN toUpper('é'), toLower('É')", "'É'"],
    ["RETURN substring('Bruxelles', 2, 3)", "'uxe'"],
    ["RETURN split('a,b,,c', ',')", "['a', 'b', '', 'c']"],
    ["RETURN replace('aXbX', 'X', '-')", "'a-b-'"],
    ["RETURN trim('  a  ') + '|'", "'a|'"],
    ["RETURN left('Kiev', 2) + right('Kiev', 2)", "'Kiev'"],
    ["RETURN size('🧐é')", '2'],
    // Lists.
    ['RETURN [1, 2, 3][0], [1, 2, 3][-1], [1, 2, 3][5]', '1'],
    ['RETURN [1, 2, 3, 4][1..3]', '[2, 3]'],
    ['RETURN [1, 2, 3, 4][-2..]', '[3, 4]'],
    ['RETURN [1, 2, 3][null..]', 'null'],
    ['RETURN [x IN range(1, 5) WHERE x % 2 = 1 | x * 10]', '[10, 30, 50]'],
    ['RETURN range(10, 0, -3)', '[10, 7, 4, 1]'],
    ['RETURN head([]), last([1, 2]), tail([1, 2, 3])', 'null'],
    ['RETURN reduce(s = 0, x IN [1, 2, 3] | s + x)', '6'],
    ['RETURN any(x IN [1, 2] WHERE x > 1), all(x IN [] WHERE false), none(x IN [1] WHERE x = 1), single(x IN [1, 1] WHERE x = 1)', 'true'],
    ['RETURN [1, 2] + 3 + [4]', '[1, 2, 3, 4]'],
    ['RETURN coalesce(null, null, 3)', '3'],
    // Maps.
    ["RETURN {a: 1, b: {c: 'd'}}.b.c", "'d'"],
    ["RETURN {a: 1}['a'], {a: 1}.missing", '1'],
    ['RETURN keys({b: 1, a: 2})', "['b', 'a']"],
    // CASE.
    ["RETURN CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END", "'two'"],
    ["RETURN CASE WHEN 1 > 2 THEN 'yes' END", 'null'],
  ])('%s -> %s', (query, expected) => {
    // The first column; the others are there to be evaluated alongside (and must not fail).
    expect(rows(graphOf(), query)[0]![0]).toBe(expected);
  });

  test('property access on null is null; on a missing property too', () => {
    expect(value("OPTIONAL MATCH (n:Nobody) RETURN n.name")).toBe('null');
    expect(value("MATCH (p:Person {name: 'Keir Starmer'}) RETURN p.title", newsGraph())).toBe('null');
    expect(value("MATCH (p:Person {name: 'Keir Starmer'}) RETURN p['name']", newsGraph())).toBe("'Keir Starmer'");
  });

  test('graph functions', () => {
    const g = newsGraph();
    expect(value("MATCH (a)-[r:PLEDGES]->(b) RETURN [type(r), startNode(r).name, endNode(r).name, r.what]", g)).toBe("['PLEDGES', 'France', 'Ukraine', 'troops']");
    expect(value("MATCH (n {iso2: 'FR'}) RETURN [labels(n), keys(n), properties(n).name]", g)).toBe("[['Country'], ['name', 'iso2'], 'France']");
    expect(value("MATCH (n {iso2: 'FR'}) RETURN id(n) = id(n) AND id(n) >= 0", g)).toBe('true');
    expect(value('MATCH ()-[r {confidence: 0.9}]->() WITH r.evidence AS ev WHERE ev IS NOT NULL RETURN ev[0].doc', g)).toBe("'a.txt'");
  });

  test('runtime errors say what and where', () => {
    const g = graphOf();
    const division = errorOf(() => runCypher(g, 'WITH 0 AS z\nRETURN 1 / z'));
    expect(division.tckType).toBe('ArithmeticError');
    expect(division.position).toMatchObject({ line: 2, column: 8 });
    const overflow = errorOf(() => runCypher(g, 'RETURN 9223372036854775807 * 2'));
    expect(overflow.tckDetail).toBe('IntegerOverflow');
    const type = errorOf(() => runCypher(g, "UNWIND ['a'] AS s RETURN s - 1"));
    expect(type.tckType).toBe('TypeError');
    const conversion = errorOf(() => runCypher(g, 'WITH [1] AS l RETURN toBoolean(l)'));
    expect(conversion.tckDetail).toBe('InvalidArgumentValue');
  });
});
