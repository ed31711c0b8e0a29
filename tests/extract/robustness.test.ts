/** Whatever the text, the extractor finishes, and every evidence quotes its source exactly. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraphFromTexts } from '../../src/extract/index.ts';

const WORDS = [
  'Le', 'la', 'président', 'Première', 'ministre', 'français', 'italienne', 'Emmanuel', 'Macron', 'Giorgia', 'Meloni', 'M.', 'Mme',
  'a', 'participé', 'au', 'sommet', 'de', 'Paris', 'à', 'Rome', "n'a", 'pas', 'pu', 'assister', 'refuse', "d'envoyer", 'des',
  'troupes', 'soldats', 'en', 'Ukraine', 'promis', '90', 'milliards', "d'euros", "d'aide", 'OTAN', 'UE', 'jeudi', '6', 'janvier',
  '2026', 'mi-décembre', ',', '.', '«', '»', '’', '\n', '\n\n', 'À lire aussi :', '🇫🇷', '📍', 'son', 'homologue', 'russe', 'qui',
  'que', 'il', 'elle', 'Sa', 'présidente', 'Commission', 'européenne', 'coalition', 'cette', 'force', 'multinationale', '--', '(', ')',
  // Names of built-in object properties: a lookup in a plain object would find them.
  'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'par', 'présent', 'réunis', 'figuraient', '17h15 -', 'PARIS,',
  // Words of later rules: speaking before a body, a withdrawal, a defined acronym, "y", eves and deadlines.
  'a-t-elle', 'lancé', 'devant', 'retirer', 'son', 'contingent', 'siégeaient', 'Force', 'en', 'attente', '(FAC)', 'FAC', 'y', "s'y",
  'tiendra', 'veille', 'lendemain', 'avant', 'fin', 'mars', 'ensuite', 'vidéo', 'visioconférence', 'ce', 'mardi', 'accueillera',
  'consacrée', 'financement', 'résidence', 'deux', 'émissaires', 'dont', 'ils', 'de même que', 'chef', 'maire', 'Vannes.',
];

describe('robustness', () => {
  it('extracts from any mix of French news words without failing, with exact evidence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }), fc.array(fc.constantFrom(' ', '\u00a0', '  ', ''), { maxLength: 120 }), (words, spaces) => {
        const text = words.map((w, i) => w + (spaces[i] ?? ' ')).join('');
        const graph = buildGraphFromTexts({ 'a.txt': text, 'b.txt': text.split('').reverse().join('') });
        graph.forEachEdge((_, a) => {
          for (const e of a.evidence!) expect(e.text).toBe((e.doc === 'a.txt' ? text : text.split('').reverse().join('')).slice(e.start, e.end));
        });
      }),
      { numRuns: 300 },
    );
  });
});
