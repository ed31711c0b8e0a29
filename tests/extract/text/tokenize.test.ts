import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

describe('tokenize, against the regular expression that defines tokens', () => {
  // The definition the hand-written scanner implements, with its two refinements: an elided
  // article is its own token, and a trailing apostrophe is a closing quote (unless it ends an
  // elided word before a quotation mark: "d'« examiner »").
  const DEFINITION = /(\p{Regional_Indicator}{2})|([\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*'?)|(\d+(?:[ .]\d{3})*(?:,\d+)?)|([^\s])/gu;
  const ELISION = /^(l|d|qu|n|s|j|m|t|c|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=.)/i;
  const ELIDED_ALONE = /^(l|d|qu|n|s|j|m|t|c|jusqu|lorsqu|puisqu|quoiqu|presqu)'$/i;
  const oracle = (s: string): string[] =>
    [...s.matchAll(DEFINITION)].flatMap((m) => {
      if (!m[2]) return [`${m.index}:${m[0]}`];
      const out: string[] = [];
      let word = m[0];
      let at = m.index!;
      const e = ELISION.exec(word);
      if (e) {
        out.push(`${at}:${e[0]}`);
        at += e[0].length;
        word = word.slice(e[0].length);
      }
      if (word.endsWith("'") && word.length > 1 && !ELIDED_ALONE.test(word)) out.push(`${at}:${word.slice(0, -1)}`, `${at + word.length - 1}:'`);
      else out.push(`${at}:${word}`);
      return out;
    });
  const alphabet = fc.constantFrom(...'aàéEÉzl -\'’0123456789., «»:\n\u00a0'.split(''), '🇫🇷', '📍', 'ß', 'ñ', 'Ω', '𝒜');

  it('finds the same tokens at the same offsets', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (s) => {
        expect(tokenize(s).map((t) => `${t.start}:${t.text}`)).toEqual(oracle(s));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('an elided word before a quotation mark', () => {
  it('stays elided ("a promis d\'« examiner »"), unlike a closing quote after a word', () => {
    expect(texts("a promis d'« examiner » et 'juste'")).toEqual(['a', 'promis', "d'", '«', 'examiner', '»', 'et', "'", 'juste', "'"]);
  });
});

describe("a name's capital N and apostrophe", () => {
  it("stays one word (\"Koffi N'Guessan\", \"N'Djamena\"); \"n'\" before a verb is elided", () => {
    expect(tokenize("Koffi N'Guessan est arrivé à N'Djamena.").map((t) => t.text)).toEqual(['Koffi', "N'Guessan", 'est', 'arrivé', 'à', "N'Djamena", '.']);
    expect(tokenize("N'est-ce pas ? Il n'a pas parlé à L'Ukraine.").map((t) => t.text)).toEqual(["N'", 'est-ce', 'pas', '?', 'Il', "n'", 'a', 'pas', 'parlé', 'à', "L'", 'Ukraine', '.']);
  });
});

describe('numbers grouped by dots or spaces', () => {
  it('groups three digits ("1.500", "2 000") but not a date\'s year of four ("15.12.2025")', () => {
    expect(tokenize('1.500 soldats, 2 000 hommes, le 15.12.2025').filter((t) => t.type === 'number').map((t) => t.text)).toEqual(['1.500', '2 000', '15', '12', '2025']);
  });
});
