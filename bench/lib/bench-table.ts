/** Plain-text table of the query benchmark: timings per contender and the ratios against the targets. */
import type { Timing } from './measure.ts';

export interface QueryTimings {
  title: string;
  /** Contender label -> timing (absent when that contender could not run). */
  timings: Map<string, Timing>;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  if (ms >= 0.01) return `${(ms * 1000).toFixed(0)} µs`;
  return `${(ms * 1000).toFixed(2)} µs`;
}

function cell(t: Timing | undefined): string {
  return t ? `${formatMs(t.medianMs)} (p95 ${formatMs(t.p95Ms)})` : 'n/a';
}

function ratio(ours: Timing | undefined, other: Timing | undefined, target: number, strict: boolean): string {
  if (!ours || !other) return 'n/a';
  const r = ours.medianMs / other.medianMs;
  const met = strict ? r < target : r <= target;
  return `${r >= 10 ? r.toFixed(1) : r.toPrecision(2)}× ${met ? 'met' : 'NOT met'}`;
}

export function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/**
 * query | each of ours | extras | graphology | kuzu | then for each of ours: X/graphology (target ≤ 3×)
 * and X/kuzu (target < 1×). Extras (e.g. a --baseline build of ours) are shown, not judged.
 */
export function formatBenchTable(results: QueryTimings[], ours: string[], extras: string[]): string {
  const header = ['query', ...ours, ...extras, 'graphology', 'kuzu', ...ours.flatMap((o) => [`${o}/graphology (≤ 3×)`, `${o}/kuzu (< 1×)`])];
  const rows = results.map((r) => {
    const t = (k: string) => r.timings.get(k);
    return [
      r.title,
      ...[...ours, ...extras, 'graphology', 'kuzu'].map((k) => cell(t(k))),
      ...ours.flatMap((o) => [ratio(t(o), t('graphology'), 3, false), ratio(t(o), t('kuzu'), 1, true)]),
    ];
  });
  return renderTable(header, rows);
}
