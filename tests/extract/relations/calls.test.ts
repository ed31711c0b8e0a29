import { describe, expect, it } from 'vitest';
import { factsOf, graphOf, namesOf } from '../helpers.ts';

describe('calls and meetings told by their verb', () => {
  it('"a d\'abord téléphoné à X, puis à plusieurs dirigeants, dont A, B et C": one call, all of them on it', () => {
    const text =
      ' date 2034-08-16 International\nSur le chemin du retour, le président brésilien Caio Mendes a d\'abord téléphoné à M. Arif Santoso, puis à plusieurs dirigeants européens, ' +
      "dont le président français Jean Morel, le chancelier allemand Anton Vogel et le secrétaire général de l'Otan, Lars Vik.\n";
    expect(factsOf(text, 'ATTENDED').map((f) => f.split(' -ATTENDED-> ')[0])).toEqual(['Anton Vogel', 'Arif Santoso', 'Caio Mendes', 'Jean Morel', 'Lars Vik']);
  });

  it('"Jeudi soir, les dirigeants s\'étaient retrouvés dans une salle": a meeting of its own, dated by the sentence\'s opening', () => {
    const text = " date 2034-12-22 International\nJeudi soir, le président finlandais Aarne Koskinen et le chancelier autrichien Lukas Brandl s'étaient retrouvés dans une salle du bâtiment Europa.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Aarne Koskinen -ATTENDED-> Réunion du 2034-12-21', 'Lukas Brandl -ATTENDED-> Réunion du 2034-12-21']);
    const corpses = " date 2034-12-22 International\nJeudi soir, les corps retrouvés dans une salle du bâtiment Europa ont été identifiés.\n";
    expect(namesOf(graphOf(corpses), 'Event')).toEqual([]);
  });
});

describe('a call told by two outlets', () => {
  it('"X et Y s\'étaient entretenus par téléphone" is their call; "X et Y se sont parlé la veille", told elsewhere, is the same', () => {
    const a = " date 2034-11-18 International\nLes ministres se sont réunis mardi à Bruxelles. La veille, le Premier ministre suédois Nils Berg et le chancelier autrichien Lukas Brandl s'étaient entretenus par téléphone.\n";
    expect(factsOf(a, 'ATTENDED').filter((f) => !f.includes('Bruxelles'))).toEqual([
      'Lukas Brandl -ATTENDED-> Conversation téléphonique entre Nils Berg et Lukas Brandl',
      'Nils Berg -ATTENDED-> Conversation téléphonique entre Nils Berg et Lukas Brandl',
    ]);
    const b = " date 2034-11-18 International\nLes ministres se sont réunis mardi à Bruxelles. Nils Berg et Lukas Brandl se sont parlé la veille.\n";
    expect(namesOf(graphOf({ 'a.txt': a, 'b.txt': b }), 'Event')).toEqual(['Conversation téléphonique entre Nils Berg et Lukas Brandl', 'Réunion de Bruxelles']);
  });
});

describe('what someone is due to do has not happened', () => {
  it('"doit participer par visioconférence à la réunion", "va prendre part": no attendance; "a participé": one', () => {
    const text = (verb: string): string => ` date 2034-10-24 International\nLe Conseil européen s'est réuni jeudi à Bruxelles. Dans l'après-midi, le Premier ministre belge Arne Claes ${verb} par visioconférence à la réunion de la coalition convoquée à Londres.\n`;
    expect(factsOf(text('doit participer'), 'ATTENDED')).toEqual([]);
    expect(factsOf(text('va participer'), 'ATTENDED')).toEqual([]);
    expect(factsOf(text('a participé'), 'ATTENDED').length).toBe(1);
  });
});

describe('a talk told by a gerund, a meeting by sitting face to face', () => {
  it('"en s\'entretenant au téléphone avec X": a call; "X et Y se sont assis face à face": a meeting', () => {
    const text =
      " date 2034-02-17 International\nDeux jours plus tôt, mercredi, Walter Hayes avait pris les capitales de court en s'entretenant une heure au téléphone avec Oleg Zimin.\n" +
      "Ce mardi matin, à Riyad, le secrétaire d'État américain Paul Whitman et le ministre russe des Affaires étrangères Ivan Sokolov se sont assis face à face.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([
      'Ivan Sokolov -ATTENDED-> Réunion entre Paul Whitman et Ivan Sokolov',
      'Oleg Zimin -ATTENDED-> Conversation téléphonique entre Walter Hayes et Oleg Zimin',
      'Paul Whitman -ATTENDED-> Réunion entre Paul Whitman et Ivan Sokolov',
      'Walter Hayes -ATTENDED-> Conversation téléphonique entre Walter Hayes et Oleg Zimin',
    ]);
  });
});

describe('the rostrum and the talk of a day of many events', () => {
  const text =
    " date 2034-09-23 International\nLa conférence sur la solution à deux États s'est tenue lundi à New York.\n" +
    "Walter Hayes à la tribune\n\n" +
    "Quelques heures plus tard, le président américain Walter Hayes a reçu le président chilien Diego Ríos en marge de l'Assemblée. " +
    "À l'issue de l'entretien, Walter Hayes a écrit sur son réseau que le Chili était un allié.\n" +
    "Le Premier ministre israélien Avi Golan, attendu vendredi à la tribune, a promis de dire la vérité.\n";

  it('a heading "X à la tribune" tells no attendance; "attendu vendredi à la tribune" neither; "À l\'issue de l\'entretien" is the talk just told', () => {
    const facts = factsOf(text, 'ATTENDED');
    expect(facts.filter((f) => f.includes('Conférence'))).toEqual([]);
    expect(facts.filter((f) => f.startsWith('Walter Hayes')).length).toBe(1);
  });
});

describe('a day fronted by its comma, and who is met', () => {
  it('"Lundi, X et Y ont rencontré Z": the past Monday, the main verb far after the day; not one named in the purpose or a relative after', () => {
    const text =
      ' date 2034-12-22 International\nLundi, à Berlin, Paul Whitman et Tom Reyes avaient rencontré Anton Vogel et Liis Tamm pour discuter d\'un plan de paix que le président américain Walter Hayes veut conclure avant Noël.\n';
    expect(factsOf(text, 'ATTENDED')).toEqual([
      'Anton Vogel -ATTENDED-> Réunion entre Paul Whitman, Tom Reyes, Anton Vogel et Liis Tamm',
      'Liis Tamm -ATTENDED-> Réunion entre Paul Whitman, Tom Reyes, Anton Vogel et Liis Tamm',
      'Paul Whitman -ATTENDED-> Réunion entre Paul Whitman, Tom Reyes, Anton Vogel et Liis Tamm',
      'Tom Reyes -ATTENDED-> Réunion entre Paul Whitman, Tom Reyes, Anton Vogel et Liis Tamm',
    ]);
    // Told in the future, the coming Monday: nobody has attended yet.
    expect(factsOf(' date 2034-12-22 International\nLundi, le président Jean Morel et le chancelier Anton Vogel rencontreront Liis Tamm.\n', 'ATTENDED')).toEqual([]);
  });
});
