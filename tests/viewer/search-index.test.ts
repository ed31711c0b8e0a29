import { describe, expect, it } from 'vitest';
import type { NodeAttributes } from '../../src/graph/types.ts';
import { SearchIndex } from '../../viewer/ui/search-index.ts';

const nodes: [string, NodeAttributes][] = [
  ['person:emmanuel-macron', { labels: ['Person'], name: 'Emmanuel Macron', aliases: ['Macron', 'le président Macron'] }],
  ['person:giorgia-meloni', { labels: ['Person'], name: 'Giorgia Meloni', aliases: ['Meloni'] }],
  ['country:GB', { labels: ['Country'], name: 'Royaume-Uni', aliases: ['britannique', 'Londres'] }],
  ['country:FR', { labels: ['Country'], name: 'France', aliases: ['français'] }],
  ['org:ue', { labels: ['Organization'], name: 'Union européenne', acronym: 'UE' }],
  ['event:x', { labels: ['Event'], name: 'Réunion des Européens' }],
];
const index = new SearchIndex(nodes);
const names = (query: string, limit = 10): string[] => index.search(query, limit).map((h) => h.name);

describe('SearchIndex', () => {
  it('finds names and aliases, ignoring case and accents, one hit per node', () => {
    expect(names('macron')).toEqual(['Emmanuel Macron']);
    expect(index.search('londres', 10)).toEqual([{ key: 'country:GB', name: 'Royaume-Uni', alias: 'Londres', labels: ['Country'] }]);
    expect(names('FRANCAIS')).toEqual(['France']);
  });

  it('ranks whole names, then prefixes, then word prefixes, then substrings', () => {
    // Both start a word: the shorter name first.
    expect(names('europ')).toEqual(['Union européenne', 'Réunion des Européens']);
    expect(names('uni')).toEqual(['Union européenne', 'Royaume-Uni', 'Réunion des Européens']);
  });

  it('prefers the name over an alias that matches as well', () => {
    expect(index.search('meloni', 10)[0]).toMatchObject({ name: 'Giorgia Meloni', alias: 'Meloni' });
    expect(index.search('giorgia', 10)[0]).toMatchObject({ name: 'Giorgia Meloni', alias: null });
  });

  it('returns nothing for a blank query and respects the limit', () => {
    expect(names('  ')).toEqual([]);
    expect(names('e', 2)).toHaveLength(2);
  });
});
