import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TckEngine } from './engine.ts';
import { fakeEngine } from './fake-engine.ts';
import { parseFeature } from './load-features.ts';
import { runScenario } from './run-scenario.ts';

const graphsDir = mkdtempSync(join(tmpdir(), 'tck-graphs-'));
mkdirSync(join(graphsDir, 'tiny'));
writeFileSync(join(graphsDir, 'tiny', 'tiny.cypher'), "CREATE (:A {name: 'a'});\nCREATE (:B);\n");

/** Runs a one-scenario feature whose scenario body is `body` (steps, indented by 4). */
async function run(body: string, engine: TckEngine = fakeEngine, tags = '') {
  const text = `Feature: Inline1 - Inline\n\n  ${tags}\n  Scenario: [1] inline\n${body}\n`;
  const [scenario] = parseFeature(text, 'inline/Inline1.feature', graphsDir);
  return runScenario(scenario!, engine, { timeoutMs: 1000, maxRows: 1000 });
}

const q = (query: string) => `      """\n      ${query}\n      """`;

describe('scenarios that must pass', () => {
  it('a result in any order, integers and floats as written', async () => {
    const r = await run(`    Given any graph
    When executing query:
${q("RETURN 1 AS i, 2.0 AS f, 'x' AS s")}
    Then the result should be, in any order:
      | i | f   | s   |
      | 1 | 2.0 | 'x' |
    And no side effects`);
    expect(r).toMatchObject({ status: 'passed', key: 'inline/Inline1.feature: Inline1 [1] inline', folder: 'inline' });
  });

  it('rows in order, and lists compared without element order when asked', async () => {
    expect(
      await run(`    Given any graph
    When executing query:
${q('UNWIND [3, 1, 2] AS x RETURN x')}
    Then the result should be, in order:
      | x |
      | 3 |
      | 1 |
      | 2 |`),
    ).toMatchObject({ status: 'passed' });
    expect(
      await run(`    Given any graph
    When executing query:
${q("RETURN ['b', 'a'] AS l")}
    Then the result should be (ignoring element order for lists):
      | l          |
      | ['a', 'b'] |`),
    ).toMatchObject({ status: 'passed' });
  });

  it('side effects counted from the graph, then a control query', async () => {
    const r = await run(`    Given an empty graph
    When executing query:
${q("CREATE (:A {name: 'x'}), (:A {name: 'y', n: 1})")}
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 2 |
      | +labels     | 1 |
      | +properties | 3 |
    When executing control query:
${q('MATCH (n) RETURN n')}
    Then the result should be, in any order:
      | n                       |
      | (:A {name: 'x'})        |
      | (:A {name: 'y', n: 1})  |`);
    expect(r.status).toBe('passed');
  });

  it('setup queries, parameters and named graphs', async () => {
    expect(
      await run(`    Given an empty graph
    And having executed:
${q('CREATE (:L)')}
    And parameters are:
      | p | {k: [1, 2.5]} |
    When executing query:
${q('RETURN $p AS p')}
    Then the result should be, in any order:
      | p             |
      | {k: [1, 2.5]} |
    And no side effects`),
    ).toMatchObject({ status: 'passed' });
    expect(
      await run(`    Given the tiny graph
    When executing query:
${q('MATCH (n) RETURN n')}
    Then the result should be, in any order:
      | n                |
      | (:B)             |
      | (:A {name: 'a'}) |`),
    ).toMatchObject({ status: 'passed' });
  });

  it('the expected error, type and detail', async () => {
    const r = await run(`    Given any graph
    When executing query:
${q('FAIL SyntaxError UndefinedVariable runtime')}
    Then a SyntaxError should be raised at compile time: UndefinedVariable`);
    expect(r.status).toBe('passed');
    expect(r.notes).toEqual(['raised at runtime, the TCK says compile time']);
  });

  it('skips what the TCK tags @ignore', async () => {
    expect((await run(`    Given any graph`, fakeEngine, '@ignore')).status).toBe('skipped');
  });
});

describe('scenarios that must fail, each for its reason', () => {
  const cases: [string, string, string][] = [
    ['an integer where a float is expected', 'wrong result', `    Given any graph
    When executing query:
${q('RETURN 1 AS x')}
    Then the result should be, in any order:
      | x   |
      | 1.0 |`],
    ['rows in another order', 'wrong row order', `    Given any graph
    When executing query:
${q('UNWIND [1, 2] AS x RETURN x')}
    Then the result should be, in order:
      | x |
      | 2 |
      | 1 |`],
    ['list elements in another order', 'wrong result', `    Given any graph
    When executing query:
${q('RETURN [1, 2] AS x')}
    Then the result should be, in any order:
      | x      |
      | [2, 1] |`],
    ['another column name', 'wrong columns', `    Given any graph
    When executing query:
${q('RETURN 1 AS y')}
    Then the result should be, in any order:
      | x |
      | 1 |`],
    ['rows where none are expected', 'wrong result', `    Given any graph
    When executing query:
${q('RETURN 1 AS y')}
    Then the result should be empty`],
    ['no error where one is expected', 'error not raised', `    Given any graph
    When executing query:
${q('RETURN 1 AS y')}
    Then a SyntaxError should be raised at compile time: UndefinedVariable`],
    ['another error type', 'wrong error type', `    Given any graph
    When executing query:
${q('FAIL SemanticError UndefinedVariable semantic')}
    Then a SyntaxError should be raised at compile time: UndefinedVariable`],
    ['another detail', 'right error type, wrong detail', `    Given any graph
    When executing query:
${q('FAIL SyntaxError VariableTypeConflict semantic')}
    Then a SyntaxError should be raised at compile time: UndefinedVariable`],
    ['no detail', 'right error type, no detail', `    Given any graph
    When executing query:
${q('FAIL SyntaxError - semantic')}
    Then a SyntaxError should be raised at compile time: UndefinedVariable`],
    ['an error where a result is expected', 'unexpected error', `    Given any graph
    When executing query:
${q('FAIL SyntaxError InvalidToken syntax')}
    Then the result should be empty`],
    ['an error nobody checks', 'unexpected error', `    Given any graph
    When executing query:
${q('FAIL SyntaxError InvalidToken syntax')}`],
    ['fewer side effects than expected', 'side effects differ', `    Given an empty graph
    When executing query:
${q('CREATE (:A)')}
    Then the result should be empty
    And the side effects should be:
      | +nodes | 2 |`],
    ['side effects where none are expected', 'side effects differ', `    Given an empty graph
    When executing query:
${q('CREATE (:A)')}
    Then the result should be empty
    And no side effects`],
    ['a changed property value', 'side effects differ', `    Given an empty graph
    And having executed:
${q('CREATE ({v: 1})')}
    When executing query:
${q('MATCH (n) SET n.v = 2')}
    Then the result should be empty
    And the side effects should be:
      | +properties | 1 |`],
    ['the expected error after a partial write', 'side effects after error', `    Given an empty graph
    When executing query:
${q('PARTIAL (:A) THEN FAIL')}
    Then a TypeError should be raised at runtime: InvalidArgumentType`],
    ['an engine bug (not a CypherError)', 'crash', `    Given any graph
    When executing query:
${q('BOOM')}
    Then the result should be empty`],
    ['a failing setup query', 'setup failed', `    Given an empty graph
    And having executed:
${q('FAIL SyntaxError UnknownQuery syntax')}
    When executing query:
${q('RETURN 1 AS x')}
    Then the result should be, in any order:
      | x |
      | 1 |`],
    ['an unknown named graph', 'unsupported step', `    Given the missing graph
    When executing query:
${q('RETURN 1 AS x')}`],
    ['a step the harness does not implement', 'unsupported step', `    Given any graph
    And there exists a procedure test.doNothing() :: ():
      | |
    When executing query:
${q('RETURN 1 AS x')}`],
  ];
  for (const [what, category, body] of cases) {
    it(what, async () => {
      const r = await run(body);
      expect(r.status, r.reason?.message).toBe('failed');
      expect(r.reason?.category).toBe(category);
      expect(r.reason?.message.length).toBeGreaterThan(0);
    });
  }

  it('a result value the engine formats outside the TCK notation', async () => {
    const r = await run(
      `    Given any graph
    When executing query:
${q('RETURN 1 AS x')}
    Then the result should be, in any order:
      | x |
      | 1 |`,
      { ...fakeEngine, formatValue: () => 'Node[1]{}' },
    );
    expect(r.reason?.category).toBe('unreadable result value');
  });
});
