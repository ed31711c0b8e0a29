import { describe, expect, it } from 'vitest';
import { runCypher } from '../../src/query/index.ts';
import { evidenceReport } from '../../src/repl/evidence-report.ts';
import { buildNewsGraph, SENTENCES } from '../resources/repl/news-graph.ts';

const graph = buildNewsGraph();
const result = runCypher(graph, "MATCH (:Organization)-[r:PLEDGES]->(:Country) RETURN r");

describe('evidenceReport', () => {
  it('says when the source file no longer holds the sentence at its offsets', () => {
    const report = evidenceReport(graph, result, { limit: 5, readSource: () => 'another text entirely' });
    expect(report).toContain('the file no longer holds this sentence there');
    expect(report).toContain(SENTENCES.euAid);
  });

  it('gives the offsets alone when the source cannot be read', () => {
    const report = evidenceReport(graph, result, { limit: 5, readSource: () => undefined });
    expect(report).toMatch(/corpus\/001_3f00edabe4e761cd\.txt \(2026-01-06\), characters \d+–\d+:/);
    expect(report).not.toContain('line ');
  });

  it('wraps quotes to the terminal width and marks the two ends in bold on a terminal', () => {
    const report = evidenceReport(graph, result, { limit: 5, width: 40, color: true, readSource: () => undefined });
    const quoteLines = report.split('\n').filter((l) => l.startsWith('    '));
    expect(quoteLines.length).toBeGreaterThan(1);
    expect(report).toContain('\u001b[1mUnion européenne\u001b[22m');
  });

  it('asks for a query first when there is no result', () => {
    expect(evidenceReport(graph, undefined, { limit: 5 })).toMatch(/^No result yet/);
  });
});
