/** One runnable TCK scenario (an outline's example row counts as one) and what running it gave. */

export interface TckStep {
  /** The step text without its Gherkin keyword, placeholders already filled in. */
  text: string;
  docString?: string;
  /** Data table cells, as Gherkin unescaped them (`\|`, `\\`, `\n`). */
  dataTable?: string[][];
  /** Line in the feature file, for messages. */
  line: number;
}

export interface TckScenario {
  /**
   * The stable key of the scenario, used by passing.txt:
   * `<folder>/<File>.feature: <Feature short name> <scenario name>[ #<example index>]`.
   */
  key: string;
  /** Feature path relative to the features root, e.g. `clauses/match/Match1.feature`. */
  file: string;
  /** Folder of the feature relative to the features root, e.g. `clauses/match`; the unit of the report. */
  folder: string;
  line: number;
  tags: string[];
  steps: TckStep[];
  /** Folder holding the named graphs (`Given the <name> graph`). */
  graphsDir: string;
}

export type ScenarioStatus = 'passed' | 'failed' | 'skipped';

export interface FailureReason {
  /** A short class for the summary, e.g. `wrong result`, `right error type, wrong detail`. */
  category: string;
  /** A finer signature that groups like failures (numbers and names elided), for the summary. */
  signature: string;
  /** The full explanation: expected vs got, or the error. */
  message: string;
}

export interface ScenarioResult {
  key: string;
  folder: string;
  status: ScenarioStatus;
  reason?: FailureReason;
  /** Facts worth knowing that do not fail the scenario (e.g. an error raised at another phase). */
  notes: string[];
  durationMs: number;
}
