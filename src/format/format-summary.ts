import type { QueryResult, QueryStats } from '../query/index.ts';

/** `3 rows in 1.2 ms`, then what a write query changed: the line under every result. */
export function formatSummary(result: QueryResult, elapsedMs: number): string {
  // A statement without RETURN (CREATE …) has no result rows, whatever the engine hands back for it.
  const n = result.columns.length === 0 ? 0 : result.rows.length;
  const ms = elapsedMs < 10 ? elapsedMs.toFixed(1) : Math.round(elapsedMs).toString();
  const changes = formatStats(result.stats);
  return `${n} ${n === 1 ? 'row' : 'rows'} in ${ms} ms${changes ? `; ${changes}` : ''}`;
}

const STAT_WORDS: [keyof QueryStats, string, string][] = [
  ['nodesCreated', 'node', 'created'],
  ['relationshipsCreated', 'relationship', 'created'],
  ['propertiesSet', 'property', 'set'],
  ['labelsAdded', 'label', 'added'],
];

/** `2 nodes created, 3 properties set`; empty when nothing changed. */
export function formatStats(stats: QueryStats | undefined): string {
  if (!stats) return '';
  return STAT_WORDS.filter(([key]) => stats[key] > 0)
    .map(([key, noun, verb]) => `${stats[key]} ${stats[key] === 1 ? noun : noun === 'property' ? 'properties' : `${noun}s`} ${verb}`)
    .join(', ');
}
