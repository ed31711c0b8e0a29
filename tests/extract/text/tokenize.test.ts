import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/text/tokenize.ts';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits elided articles and pronouns off the word', () => {
    expect(texts("l'Italie n'a pas d'armée qu'elle")).toEqual(["l'", 'Italie', "n'", 'a', 'pas', "d'", 'armée', "qu'", 'elle']);
  });

  it('keeps hyphenated words and inner apostrophes whole', () => {
    expect(texts("Royaume-Uni cessez-le-feu aujourd'hui mi-décembre")).toEqual(['Royaume-Uni', 'cessez-le-feu', "aujourd'hui", 'mi-décembre']);
  });

  it('reads numbers with thousands separators as one token', () => {
    expect(texts('de 15 000 à 30 000 soldats, 3,5 %')).toEqual(['de', '15 000', 'à', '30 000', 'soldats', ',', '3,5', '%']);
  });

  it('reads a flag emoji as one token naming its country', () => {
    const [flag] = tokenize('🇵🇱 Varsovie');
    expect(flag).toMatchObject({ type: 'flag', flag: 'PL', start: 0, end: 4 });
  });

  it('gives offsets into the text and folded keys for lookups', () => {
    const [, etats] = tokenize('les États-Unis');
    expect(etats).toMatchObject({ text: 'États-Unis', key: 'etats-unis', start: 4, end: 14, cap: true });
  });
});
