import { describe, expect, it } from 'vitest';
import { spellingKey } from '../../../src/extract/text/spelling.ts';

describe('spelling keys of transliterated names', () => {
  it('meet for the spellings outlets use for one name', () => {
    const keys = ['volodymyr zelensky', 'volodymyr zelenskyy', 'volodimir zelenski', 'volodymyr zelenskiy'].map(spellingKey);
    expect(new Set(keys).size).toBe(1);
    expect(spellingKey('andriy yermak')).toBe(spellingKey('andrii iermak'));
    expect(spellingKey('mikhail mishustin')).toBe(spellingKey('mihail mishustin'));
    // French and English transliterations: "ou" and "u", a final "e" after "n", a "ç" (folded "c") and an "s".
    expect(spellingKey('benyamin netanyahou')).toBe(spellingKey('benyamin netanyahu'));
    expect(spellingKey('mohammed ben salmane')).toBe(spellingKey('mohammed ben salman'));
    expect(spellingKey('faycal ben farhane')).toBe(spellingKey('faisal ben farhan'));
  });

  it('stay apart for different names', () => {
    expect(spellingKey('donald tusk')).not.toBe(spellingKey('donald trump'));
    expect(spellingKey('marco rubio')).not.toBe(spellingKey('mario rubio'));
    expect(spellingKey('louis martin')).not.toBe(spellingKey('louise martin'));
    expect(spellingKey('marine tondelier')).not.toBe(spellingKey('marina tondelier'));
    expect(spellingKey('lucas roux')).not.toBe(spellingKey('luc roux'));
  });
});
