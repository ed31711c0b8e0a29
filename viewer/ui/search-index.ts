/**
 * Completion over node names and aliases. Ranking: the whole name, then a name that starts with the
 * query, then a word of it that does, then any substring; shorter names first within a rank. One hit
 * per node, by its best match ("Macron" finds Emmanuel Macron once, through the alias or the name).
 */
import type { NodeAttributes } from '../../src/graph/types.ts';
import { fold } from './fold-text.ts';

export interface SearchHit {
  key: string;
  name: string;
  /** The alias that matched, when it was not the name. */
  alias: string | null;
  labels: string[];
}

interface Entry {
  key: string;
  name: string;
  text: string;
  folded: string;
  isAlias: boolean;
  labels: string[];
}

export class SearchIndex {
  private readonly entries: Entry[] = [];

  constructor(nodes: Iterable<[string, NodeAttributes]>) {
    for (const [key, attributes] of nodes) {
      const name = typeof attributes.name === 'string' && attributes.name !== '' ? attributes.name : key;
      const labels = Array.isArray(attributes.labels) ? attributes.labels.map(String) : [];
      this.entries.push({ key, name, text: name, folded: fold(name), isAlias: false, labels });
      const aliases = Array.isArray(attributes.aliases) ? attributes.aliases : [];
      for (const alias of aliases) {
        if (typeof alias !== 'string' || alias === '' || alias === name) continue;
        this.entries.push({ key, name, text: alias, folded: fold(alias), isAlias: true, labels });
      }
    }
  }

  search(query: string, limit: number): SearchHit[] {
    const needle = fold(query.trim());
    if (needle === '') return [];
    const best = new Map<string, { rank: number; entry: Entry }>();
    for (const entry of this.entries) {
      const rank = matchRank(entry.folded, needle);
      if (rank < 0) continue;
      const previous = best.get(entry.key);
      // The name beats an alias of the same rank.
      if (!previous || rank < previous.rank || (rank === previous.rank && previous.entry.isAlias && !entry.isAlias)) {
        best.set(entry.key, { rank, entry });
      }
    }
    return [...best.values()]
      .sort(
        (a, b) =>
          a.rank - b.rank ||
          a.entry.text.length - b.entry.text.length ||
          a.entry.name.localeCompare(b.entry.name, 'fr') ||
          (a.entry.key < b.entry.key ? -1 : 1),
      )
      .slice(0, limit)
      .map(({ entry }) => ({ key: entry.key, name: entry.name, alias: entry.isAlias ? entry.text : null, labels: entry.labels }));
  }
}

/** 0 exact, 1 prefix, 2 word prefix, 3 substring, -1 no match. */
function matchRank(text: string, needle: string): number {
  if (text === needle) return 0;
  const at = text.indexOf(needle);
  if (at === -1) return -1;
  if (at === 0) return 1;
  let from = at;
  while (from !== -1) {
    if (/[\s'’\-(]/.test(text[from - 1])) return 2;
    from = text.indexOf(needle, from + 1);
  }
  return 3;
}
