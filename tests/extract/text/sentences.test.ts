import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/text/tokenize.ts';
import { splitSentences } from '../../../src/extract/text/sentences.ts';

const split = (text: string): string[] => splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not split after French abbreviations and initials', () => {
    expect(split("M. Dupont a rencontré Mme Martin hier. Le Dr. Roux et J. Biden étaient là.")).toEqual([
      'M. Dupont a rencontré Mme Martin hier.',
      'Le Dr. Roux et J. Biden étaient là.',
    ]);
  });

  it('keeps decimal numbers and closing quotes inside the sentence', () => {
    expect(split('La croissance atteint 1.5 point. « Nous tiendrons. » Il sourit.')).toEqual([
      'La croissance atteint 1.5 point.',
      '« Nous tiendrons. »',
      'Il sourit.',
    ]);
  });

  it('ends a sentence at a line break (titles have no final stop)', () => {
    expect(split('Sommet à Rome\nLes dirigeants sont arrivés.')).toEqual(['Sommet à Rome', 'Les dirigeants sont arrivés.']);
  });

  it('does not split before a lower-case word', () => {
    expect(split('Il a dit etc. et puis rien.')).toEqual(['Il a dit etc. et puis rien.']);
  });

  it("makes an agency dispatch's dateline a sentence of its own, so the article's first sentence starts after it", () => {
    expect(split('Addis-Abeba, 4 février 2025 (AFP) - Réunis mardi, les ministres ont approuvé le plan. Il pleuvait.')).toEqual([
      'Addis-Abeba, 4 février 2025 (AFP) -',
      'Réunis mardi, les ministres ont approuvé le plan.',
      'Il pleuvait.',
    ]);
    expect(split('Kiev (Reuters) — Les combats ont repris.')).toEqual(['Kiev (Reuters) —', 'Les combats ont repris.']);
    expect(split('Saint-Jean-de-Luz, le 1er mai (AFP) – Le sommet s’ouvre.')).toEqual(['Saint-Jean-de-Luz, le 1er mai (AFP) –', 'Le sommet s’ouvre.']);
  });

  it('leaves an agency named in the middle of a sentence alone', () => {
    for (const text of ['Le ministre a parlé à une agence (AFP) - sans plus de détails - hier soir.', 'Selon un communiqué cité par l’agence (AFP) - le texte est prêt.']) {
      expect(split(text)).toEqual([text]);
    }
  });
});

describe('quotations over sentences', () => {
  it('opens the next sentence with the quote that follows one closed in it ("…", a dit X. "…")', () => {
    // Quotes are all '"' once normalised: the one after "Arai." opens the next quotation.
    expect(split('" Le Japon ne viendra pas. Notre aide sera civile ", a dit Ken Arai. " La Corée non plus ", a dit Park Min-ho.')).toEqual([
      '" Le Japon ne viendra pas.',
      'Notre aide sera civile ", a dit Ken Arai.',
      '" La Corée non plus ", a dit Park Min-ho.',
    ]);
  });
});

describe('a lone capital letter and its stop before a known town', () => {
  it('ends a sentence ("chasseurs Gripen E. Kiev fait…"); before a surname it is an initial', () => {
    const text = 'Il a signé pour 100 chasseurs Gripen E. Kiev fait ainsi jouer la concurrence. John F. Kennedy aussi.';
    const places = new Set(['kiev']);
    expect(splitSentences(text, tokenize(text), (k) => places.has(k)).map((s) => text.slice(s.start, s.end))).toEqual([
      'Il a signé pour 100 chasseurs Gripen E.',
      'Kiev fait ainsi jouer la concurrence.',
      'John F. Kennedy aussi.',
    ]);
  });
});
