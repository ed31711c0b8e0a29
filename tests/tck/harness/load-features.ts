/**
 * Reads TCK feature files with the real Gherkin parser and compiles them into scenarios: Scenario
 * Outlines are expanded (one scenario per example row, with Backgrounds and placeholders applied by
 * Gherkin's own pickle compiler), and each gets a stable key for the regression list.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type GherkinDocument, type Scenario } from '@cucumber/messages';
import type { TckScenario, TckStep } from './scenario.ts';

/** Every `.feature` under `path` (or `path` itself), sorted so runs and reports are deterministic. */
export function findFeatureFiles(path: string): string[] {
  const stat = statSync(path);
  if (stat.isFile()) return path.endsWith('.feature') ? [resolve(path)] : [];
  const found: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) found.push(...findFeatureFiles(child));
    else if (entry.name.endsWith('.feature')) found.push(resolve(child));
  }
  return found.sort();
}

/**
 * The folder that keys and graphs are relative to: the nearest ancestor named `features` (so that
 * `npm run tck -- tests/tck/features/clauses/match` keys scenarios exactly as a full run does),
 * else the folder given.
 */
export function featuresRootOf(path: string): string {
  let dir = resolve(path);
  if (statSync(dir).isFile()) dir = dirname(dir);
  for (let d = dir; ; d = dirname(d)) {
    if (basename(d) === 'features') return d;
    if (dirname(d) === d) return dir;
  }
}

/** Short name of a feature: `Match1` for `Feature: Match1 - Match nodes`. */
function featureShortName(name: string): string {
  return name.split(' - ')[0]!.trim();
}

/** Example row id -> 1-based index over all Examples tables of its outline. */
function exampleIndexes(document: GherkinDocument): Map<string, number> {
  const indexes = new Map<string, number>();
  const scenarios: Scenario[] = [];
  for (const child of document.feature?.children ?? []) {
    if (child.scenario) scenarios.push(child.scenario);
    for (const ruleChild of child.rule?.children ?? []) if (ruleChild.scenario) scenarios.push(ruleChild.scenario);
  }
  for (const scenario of scenarios) {
    let index = 0;
    for (const examples of scenario.examples) for (const row of examples.tableBody) indexes.set(row.id, ++index);
  }
  return indexes;
}

export class FeatureSyntaxError extends Error {
  override name = 'FeatureSyntaxError';
}

/** Parses one feature's text; `file` is its path relative to the features root (it names the scenarios). */
export function parseFeature(text: string, file: string, graphsDir: string): TckScenario[] {
  const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
  let document: GherkinDocument;
  try {
    document = parser.parse(text);
  } catch (error) {
    throw new FeatureSyntaxError(`tck/features: ${file}: ${(error as Error).message}`);
  }
  const feature = document.feature;
  if (!feature) return [];
  const nodeLines = new Map<string, number>();
  const remember = (steps: readonly { id: string; location: { line: number } }[]) => {
    for (const s of steps) nodeLines.set(s.id, s.location.line);
  };
  for (const child of feature.children) {
    for (const c of [child, ...(child.rule?.children ?? [])]) {
      if (c.background) remember(c.background.steps);
      if (c.scenario) {
        remember(c.scenario.steps);
        nodeLines.set(c.scenario.id, c.scenario.location.line);
        for (const ex of c.scenario.examples) for (const row of ex.tableBody) nodeLines.set(row.id, row.location.line);
      }
    }
  }
  const rowIndexes = exampleIndexes(document);
  const scenarioNames = new Map<string, string>();
  for (const child of feature.children) {
    for (const c of [child, ...(child.rule?.children ?? [])]) if (c.scenario) scenarioNames.set(c.scenario.id, c.scenario.name);
  }
  const short = featureShortName(feature.name);
  const folder = dirname(file) === '.' ? '' : dirname(file);
  const pickles = compile(document, file, IdGenerator.incrementing());
  return pickles.map((pickle): TckScenario => {
    const [scenarioId, rowId] = pickle.astNodeIds;
    // The outline's own name (placeholders unfilled) plus the row index: stable even if a row's values change.
    const name = scenarioNames.get(scenarioId!) ?? pickle.name;
    const index = rowId === undefined ? undefined : rowIndexes.get(rowId);
    const steps = pickle.steps.map((step): TckStep => {
      const out: TckStep = { text: step.text, line: nodeLines.get(step.astNodeIds[0]!) ?? 0 };
      if (step.argument?.docString) out.docString = step.argument.docString.content;
      if (step.argument?.dataTable) out.dataTable = step.argument.dataTable.rows.map((r) => r.cells.map((c) => c.value));
      return out;
    });
    return {
      key: `${file}: ${short} ${name}${index === undefined ? '' : ` #${index}`}`,
      file,
      folder,
      line: nodeLines.get(rowId ?? scenarioId!) ?? 0,
      tags: pickle.tags.map((t) => t.name),
      steps,
      graphsDir,
    };
  });
}

/**
 * Loads every scenario under the given files or folders. Keys are relative to the `features` root
 * (see featuresRootOf); named graphs are looked up in the `graphs` folder beside that root.
 */
export function loadScenarios(paths: string[]): TckScenario[] {
  const scenarios: TckScenario[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const root = featuresRootOf(path);
    const graphsDir = join(dirname(root), 'graphs');
    for (const file of findFeatureFiles(path)) {
      const rel = relative(root, file).split(sep).join('/');
      for (const scenario of parseFeature(readFileSync(file, 'utf8'), rel, graphsDir)) {
        if (seen.has(scenario.key)) {
          if (seen.has(`${scenario.key}\u0000${file}`)) continue; // the same file given twice
          throw new FeatureSyntaxError(`tck/features: two scenarios share the key "${scenario.key}"`);
        }
        seen.add(scenario.key);
        seen.add(`${scenario.key}\u0000${file}`);
        scenarios.push(scenario);
      }
    }
  }
  return scenarios;
}
