import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarios, parseFeature } from './load-features.ts';
import { parseTckValue } from './parse-value.ts';

const FEATURE = `Feature: Thing3 - Things of the third kind

  Background:
    Given an empty graph

  Scenario: [1] Plain
    When executing query:
      """
      RETURN 1 AS x
      """
    Then the result should be, in any order:
      | x |
      | 1 |

  @fancy
  Scenario Outline: [2] Outlined <what>
    And parameters are:
      | p | <value> |
    When executing query:
      """
      RETURN $p AS <what>
      """
    Then the result should be, in any order:
      | <what> |
      | <value> |

    Examples:
      | what | value |
      | a    | 1     |
      | b    | 'x\\|y' |

    Examples:
      | what | value |
      | c    | [1, 2] |
`;

describe('feature loading', () => {
  const scenarios = parseFeature(FEATURE, 'kind/things/Thing3.feature', '/graphs');

  it('expands outlines into one scenario per example row, over all Examples tables', () => {
    expect(scenarios.map((s) => s.key)).toEqual([
      'kind/things/Thing3.feature: Thing3 [1] Plain',
      'kind/things/Thing3.feature: Thing3 [2] Outlined <what> #1',
      'kind/things/Thing3.feature: Thing3 [2] Outlined <what> #2',
      'kind/things/Thing3.feature: Thing3 [2] Outlined <what> #3',
    ]);
    expect(scenarios.every((s) => s.folder === 'kind/things')).toBe(true);
  });

  it('puts the Background first and fills placeholders in steps, docstrings and tables', () => {
    const third = scenarios[3]!;
    expect(third.steps.map((s) => s.text)).toEqual([
      'an empty graph',
      'parameters are:',
      'executing query:',
      'the result should be, in any order:',
    ]);
    expect(third.steps[1]!.dataTable).toEqual([['p', '[1, 2]']]);
    expect(third.steps[2]!.docString).toBe('RETURN $p AS c');
    expect(third.steps[3]!.dataTable).toEqual([['c'], ['[1, 2]']]);
    expect(third.tags).toEqual(['@fancy']);
    // Gherkin's own table escapes are undone before values are read.
    expect(scenarios[2]!.steps[1]!.dataTable).toEqual([['p', "'x|y'"]]);
  });

  it('reports a broken feature with its file', () => {
    expect(() => parseFeature('Feature: X\n  Scenario: a\n    Given x\n      """\n      unclosed\n', 'bad.feature', '/g')).toThrow(
      /bad\.feature: .*\n.*\(6:0\): unexpected end of file/,
    );
  });

  it('loads the whole copied TCK with unique keys relative to its features folder', () => {
    const all = loadScenarios([fileURLToPath(new URL('../features', import.meta.url))]);
    expect(all.length).toBeGreaterThan(1000);
    expect(new Set(all.map((s) => s.key)).size).toBe(all.length);
    const sub = loadScenarios([fileURLToPath(new URL('../features/clauses/match', import.meta.url))]);
    expect(sub.every((s) => all.some((a) => a.key === s.key) && s.key.startsWith('clauses/match/'))).toBe(true);
    // Literals6 [5]: `\\\\` in a table cell is `\\` after Gherkin, one backslash once the string is read.
    const escaped = all.find((s) => s.key.startsWith('expressions/literals/Literals6.feature: Literals6 [5]'))!;
    const cell = escaped.steps.find((s) => s.dataTable)!.dataTable![1]![0]!;
    expect(parseTckValue(cell)).toEqual({ kind: 'string', value: 'a\\bcn5t\'"\\//\\"\'' });
  });
});
