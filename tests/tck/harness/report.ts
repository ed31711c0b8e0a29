/**
 * The text report of a run: the pass rate per folder, the most common failure reasons (so the engine's
 * author knows what to fix first), optionally every failure with its explanation, and last, exactly,
 * `tck: N passed, M failed`.
 */
import type { ScenarioResult } from './scenario.ts';

export interface ReportOptions {
  verbose?: boolean;
  /** How many failure signatures to list (0: none). */
  topReasons?: number;
}

export interface FolderRate {
  folder: string;
  passed: number;
  total: number;
}

export function folderRates(results: ScenarioResult[]): FolderRate[] {
  const byFolder = new Map<string, FolderRate>();
  for (const r of results) {
    if (r.status === 'skipped') continue;
    const rate = byFolder.get(r.folder) ?? { folder: r.folder || '.', passed: 0, total: 0 };
    rate.total++;
    if (r.status === 'passed') rate.passed++;
    byFolder.set(r.folder, rate);
  }
  return [...byFolder.values()].sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
}

export function percent(passed: number, total: number): string {
  return total === 0 ? '-' : `${((100 * passed) / total).toFixed(1)}%`;
}

export interface ReasonCount {
  label: string;
  count: number;
  example: string;
}

/** Failures grouped by `key(reason)`, most frequent first (ties by label, for stable output). */
export function countReasons(results: ScenarioResult[], by: 'category' | 'signature'): ReasonCount[] {
  const counts = new Map<string, ReasonCount>();
  for (const r of results) {
    if (r.status !== 'failed' || !r.reason) continue;
    const label = r.reason[by];
    const entry = counts.get(label) ?? { label, count: 0, example: r.key };
    entry.count++;
    counts.set(label, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}

export function summaryLine(results: ScenarioResult[]): string {
  const passed = results.filter((r) => r.status === 'passed').length;
  const failed = results.filter((r) => r.status === 'failed').length;
  return `tck: ${passed} passed, ${failed} failed`;
}

export function formatReport(results: ScenarioResult[], options: ReportOptions = {}): string {
  const out: string[] = [];
  if (options.verbose) {
    for (const r of results) {
      if (r.status !== 'failed') continue;
      out.push(`FAIL ${r.key}`, indent(`[${r.reason?.category}] ${r.reason?.message ?? ''}`, '    '), '');
    }
  }
  const rates = folderRates(results);
  const width = Math.max(6, ...rates.map((r) => r.folder.length)) + 2;
  const totals = rates.reduce((t, r) => ({ passed: t.passed + r.passed, total: t.total + r.total }), { passed: 0, total: 0 });
  const row = (name: string, passed: number, total: number) =>
    `${name.padEnd(width)}${`${passed}/${total}`.padStart(9)}  ${percent(passed, total).padStart(6)}`;
  for (const r of rates) out.push(row(r.folder, r.passed, r.total));
  out.push(row('all', totals.passed, totals.total));
  const skipped = results.filter((r) => r.status === 'skipped');
  if (skipped.length) out.push(`skipped (@ignore in the TCK): ${skipped.length}`);
  const top = options.topReasons ?? 12;
  const failed = results.filter((r) => r.status === 'failed').length;
  if (top > 0 && failed > 0) {
    out.push('', `failures by kind:`);
    for (const c of countReasons(results, 'category')) out.push(`${String(c.count).padStart(6)}  ${c.label}`);
    const signatures = countReasons(results, 'signature');
    out.push('', `most common failure reasons (${Math.min(top, signatures.length)} of ${signatures.length}):`);
    for (const c of signatures.slice(0, top)) out.push(`${String(c.count).padStart(6)}  ${c.label}`, `          e.g. ${c.example}`);
  }
  out.push(summaryLine(results));
  return out.join('\n');
}
