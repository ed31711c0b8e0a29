import { describe, expect, it } from 'vitest';
import { factsOf } from '../helpers.ts';

describe('"les quatre dirigeants", "ils": a group the sentences before named', () => {
  const visit =
    ' date 2033-05-15 International\nLe président finlandais Aarne Koskinen, le chancelier autrichien Lukas Brandl et la Première ministre estonienne Liis Tamm sont arrivés samedi matin à Chisinau. ' +
    "Ils ont été accueillis à la gare par le ministre moldave des Affaires étrangères, Ion Rusu. La présidente moldave, Ana Ciobanu, les a ensuite reçus au palais présidentiel.\n" +
    "En début d'après-midi, les quatre dirigeants ont appelé ensemble le président américain, Walter Hayes. Dans la foulée, ils ont animé une visioconférence de la coalition pour la Moldavie.\n" +
    "Lors de la conférence de presse commune des quatre dirigeants, en fin de journée, le message tenait en une phrase : la Russie doit accepter un cessez-le-feu.\n";

  it('are the last leaders named when no sentence named them all, not the one they called, and attend what they did together', () => {
    const facts = factsOf(visit, 'ATTENDED');
    const at = (kind: string): string[] => facts.filter((f) => f.includes(kind)).map((f) => f.split(' -ATTENDED-> ')[0]!);
    expect(at('Conversation téléphonique')).toEqual(['Aarne Koskinen', 'Ana Ciobanu', 'Liis Tamm', 'Lukas Brandl', 'Walter Hayes']);
    // "ils" after "les quatre dirigeants": the same four, the one they called not among them.
    expect(at('Visioconférence')).toEqual(['Aarne Koskinen', 'Ana Ciobanu', 'Liis Tamm', 'Lukas Brandl']);
    expect(at('Conférence de presse')).toEqual(['Aarne Koskinen', 'Ana Ciobanu', 'Liis Tamm', 'Lukas Brandl']);
    // "Ils ont été accueillis…" after "X, Y et Z sont arrivés": all three.
    expect(facts.filter((f) => f.includes('Ion Rusu')).length).toBeGreaterThan(0);
    expect(at('Réunion')).toEqual(expect.arrayContaining(['Aarne Koskinen', 'Liis Tamm', 'Lukas Brandl']));
  });

  it('are the people the sentence naming as many named, not a minister met since, nor no one when fewer leaders were named', () => {
    const trio =
      ' date 2033-05-15 International\nLe président finlandais Aarne Koskinen, le chancelier autrichien Lukas Brandl et la Première ministre estonienne Liis Tamm sont arrivés à Chisinau.\n' +
      "Ils ont été reçus par le ministre moldave des Affaires étrangères, Ion Rusu. Mardi, les trois dirigeants ont appelé ensemble le président américain, Walter Hayes.\n";
    expect(factsOf(trio, 'ATTENDED').filter((f) => f.includes('téléphonique'))).toEqual([
      'Aarne Koskinen -ATTENDED-> Conversation téléphonique entre Aarne Koskinen, Lukas Brandl, Liis Tamm et Walter Hayes',
      'Liis Tamm -ATTENDED-> Conversation téléphonique entre Aarne Koskinen, Lukas Brandl, Liis Tamm et Walter Hayes',
      'Lukas Brandl -ATTENDED-> Conversation téléphonique entre Aarne Koskinen, Lukas Brandl, Liis Tamm et Walter Hayes',
      'Walter Hayes -ATTENDED-> Conversation téléphonique entre Aarne Koskinen, Lukas Brandl, Liis Tamm et Walter Hayes',
    ]);
    const few =
      ' date 2033-05-15 International\nLe président finlandais Aarne Koskinen et le ministre moldave des Affaires étrangères, Ion Rusu, sont arrivés à Chisinau.\n' +
      "Mardi, les trois dirigeants ont appelé ensemble le président américain, Walter Hayes.\n";
    expect(factsOf(few, 'ATTENDED')).toEqual([]);
  });
});
