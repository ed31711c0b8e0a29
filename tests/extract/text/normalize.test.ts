import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from '../../../src/extract/text/normalize.ts';

describe('normalizeText', () => {
  it('turns typographic apostrophes, quotes and spaces into ASCII', () => {
    expect(normalizeText('l’Élysée a dit « non »\u00a0!')).toBe(`l'Élysée a dit " non " !`);
    expect(normalizeText('“Oui”, répond‑il')).toBe('"Oui", répond-il');
  });

  it('keeps flag emojis for the tokenizer to read', () => {
    expect(normalizeText('le général 🇺🇦 Hnatov')).toBe('le général 🇺🇦 Hnatov');
  });

  it('keeps every offset: output and input have the same length, character for character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const out = normalizeText(s);
        expect(out.length).toBe(s.length);
      }),
    );
  });
});
