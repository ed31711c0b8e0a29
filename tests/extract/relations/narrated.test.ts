import { describe, expect, it } from 'vitest';
import { factsOf, graphOf, namesOf } from '../helpers.ts';

// One article whose gathering is a summit that did not take place, then a videoconference told in its own paragraph.
const VIDEO =
  ' date 2034-10-25 International\n' +
  "Le sommet de Vienne entre Walter Hayes et Oleg Zimin n'aura pas lieu, a annoncé mercredi la Maison-Blanche.\n" +
  'Une déclaration et une visioconférence\n' +
  "Mardi, une dizaine de dirigeants ont cosigné une déclaration commune. Le même jour, en fin d'après-midi, les membres de la coalition se sont retrouvés par visioconférence. " +
  "Le président français Jean Morel, depuis l'Élysée, et le Premier ministre britannique Tom Ashby, depuis Downing Street, ont coprésidé l'échange, auquel le président ukrainien Petro Kovalenko s'est joint depuis Oslo. " +
  'Le chancelier allemand Anton Vogel et la Première ministre danoise Ida Lund étaient connectés, de même que Lars Vik.\n';

describe('a paragraph that tells another event than the article\'s gathering', () => {
  it('who joins, co-chairs or is connected is at the videoconference the paragraph tells, on its day', () => {
    const attended = factsOf(VIDEO, 'ATTENDED');
    expect(attended).toEqual([
      'Anton Vogel -ATTENDED-> Visioconférence du 2034-10-24',
      'Ida Lund -ATTENDED-> Visioconférence du 2034-10-24',
      'Jean Morel -ATTENDED-> Visioconférence du 2034-10-24',
      'Lars Vik -ATTENDED-> Visioconférence du 2034-10-24',
      'Petro Kovalenko -ATTENDED-> Visioconférence du 2034-10-24',
      'Tom Ashby -ATTENDED-> Visioconférence du 2034-10-24',
    ]);
  });

  it('an event told in an aside does not take over: "X, reçu à dîner la veille au soir, …"', () => {
    const text =
      ' date 2034-09-05 International\nLe sommet de la coalition s\'est tenu jeudi à Paris. ' +
      'Autour de la table, une poignée de dirigeants : le président ukrainien Petro Kovalenko, reçu à dîner par M. Jean Morel la veille au soir, et la Première ministre danoise Ida Lund. ' +
      'Le chancelier allemand Anton Vogel est intervenu depuis Berlin, par visioconférence.\n';
    expect(factsOf(text, 'ATTENDED').filter((f) => f.startsWith('Anton Vogel'))).toEqual(['Anton Vogel -ATTENDED-> Sommet de Paris']);
  });
});

describe('"l\'échange" points back to the event just told', () => {
  it('"a coprésidé l\'échange" after a call; "un échange de prisonniers" is no event', () => {
    const call = " date 2034-03-08 International\nMardi, les dirigeants de la coalition ont eu un long appel téléphonique. Le président français Jean Morel a coprésidé l'échange.\n";
    expect(factsOf(call, 'ATTENDED')).toEqual(['Jean Morel -ATTENDED-> Conversation téléphonique du 2034-03-07']);
    const prisoners = ' date 2034-03-08 International\nLe président français Jean Morel a salué mardi l\'échange de prisonniers.\n';
    expect(namesOf(graphOf(prisoners), 'Event')).toEqual([]);
  });
});

describe('chairing by video', () => {
  it('"ont présidé par visioconférence une réunion": the means, not the agent of a passive', () => {
    const text = ' date 2034-07-13 International\nJeudi, le président français Jean Morel et le Premier ministre britannique Tom Ashby ont présidé par visioconférence une réunion de la coalition.\n';
    expect(factsOf(text, 'ATTENDED')).toEqual(['Jean Morel -ATTENDED-> Visioconférence du 2034-07-13', 'Tom Ashby -ATTENDED-> Visioconférence du 2034-07-13']);
  });
});

describe('who joined a videoconference, told as a scene', () => {
  // 2034-11-22 is a Wednesday: "la veille" is Tuesday the 21st.
  const scene =
    ' date 2034-11-22 International\nLe président ukrainien Petro Kovalenko a été reçu ce mercredi à Berlin par le chancelier allemand Anton Vogel.\n' +
    "Des visages sur les écrans. La veille, le président français Jean Morel a ouvert depuis l'Élysée la visioconférence de la coalition, que le Premier ministre britannique, Tom Ashby, coprésidait depuis Londres.\n" +
    "Le Premier ministre grec Nikos Pappas s'était connecté depuis Athènes. Sur l'écran partagé, on retrouvait les piliers du format : la Première ministre danoise Ida Lund et le Premier ministre belge Luc Peeters. " +
    "Le secrétaire d'État américain Paul Whitman a suivi une partie des échanges.\n";
  it('"que X coprésidait", "s\'était connecté depuis", "on retrouvait … : A, B", "a suivi une partie des échanges": at that videoconference', () => {
    expect(factsOf(scene, 'ATTENDED').filter((f) => f.includes('Visioconférence'))).toEqual([
      'Ida Lund -ATTENDED-> Visioconférence du 2034-11-21',
      'Jean Morel -ATTENDED-> Visioconférence du 2034-11-21',
      'Luc Peeters -ATTENDED-> Visioconférence du 2034-11-21',
      'Nikos Pappas -ATTENDED-> Visioconférence du 2034-11-21',
      'Paul Whitman -ATTENDED-> Visioconférence du 2034-11-21',
      'Tom Ashby -ATTENDED-> Visioconférence du 2034-11-21',
    ]);
  });

  it('"s\'est à son tour réunie en ligne": a videoconference, and "s\'y est connecté" is at it', () => {
    const text =
      ' date 2034-11-22 International\nLe sommet de la Communauté andine s\'est tenu mardi à Lima.\n' +
      "Mercredi, la coalition s'est à son tour réunie en ligne. Le Premier ministre grec Nikos Pappas s'y est connecté depuis Athènes.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Nikos Pappas -ATTENDED-> Visioconférence du 2034-11-22']);
  });
});

describe('the article\'s gathering', () => {
  it('the one its headline places, not a meeting held from afar the day before ("lors d\'une réunion à distance")', () => {
    const text =
      ' date 2034-11-23 International\nÀ Berlin, Petro Kovalenko reçu par Anton Vogel\n' +
      'La rencontre berlinoise a duré deux heures. Mardi, une trentaine de dirigeants avaient échangé lors d\'une réunion à distance.\n' +
      'Le président ukrainien Petro Kovalenko et le chancelier allemand Anton Vogel y participaient déjà.\n';
    const events = namesOf(graphOf(text), 'Event');
    expect(events).toContain('Réunion de Berlin');
    expect(events.some((n) => n.startsWith('Visioconférence'))).toBe(true);
  });
});

describe('a list of names with their civilities', () => {
  it('"Mme X, M. Y et M. Z ont participé": all three; not a name set off by an aside ("en recevant X, à la Maison Blanche, M. Y")', () => {
    const text =
      " date 2034-07-13 International\nLa Première ministre danoise Ida Lund, le chancelier allemand Anton Vogel et le Premier ministre grec Nikos Pappas ont publié mercredi une tribune commune.\n" +
      'Jeudi, Mme Lund, M. Vogel et M. Pappas ont participé à la visioconférence de la coalition.\n';
    expect(factsOf(text, 'ATTENDED').map((f) => f.split(' -ATTENDED-> ')[0])).toEqual(['Anton Vogel', 'Ida Lund', 'Nikos Pappas']);
    const aside = " date 2034-07-13 International\nJeudi, en recevant le président grec, Nikos Pappas, à la Maison Blanche, M. Walter Hayes a promis de maintenir les soldats américains stationnés en Grèce.\n";
    expect(factsOf(aside, 'PLEDGES')).toEqual(['Walter Hayes -PLEDGES-> Grèce', 'États-Unis -PLEDGES-> Grèce']);
  });
});

describe('a gathering held beside another', () => {
  // 2034-12-14 is a Thursday.
  const wire =
    ' date 2034-12-14 International\nBRUXELLES, 14 décembre 2034 (AFP) - Le Conseil européen s\'est ouvert jeudi à Bruxelles.\n' +
    'Réunis en marge du sommet, les dirigeants de la coalition des volontaires ont fait le point sur les garanties de sécurité. ' +
    "Le Premier ministre britannique Tom Ashby a suivi la réunion par visioconférence, tout comme le Canadien Paul Leclair, tandis que le président français Jean Morel et le président ukrainien Petro Kovalenko étaient présents dans la salle.\n";
  const daily =
    ' date 2034-12-15 International\nLes Vingt-Sept réunis à Bruxelles\n' +
    "Avant l'ouverture du sommet, jeudi matin, le président français Jean Morel avait réuni dans une salle du Justus-Lipsius les dirigeants de la coalition des volontaires.\n";

  it('"réunis en marge du sommet", "avant l\'ouverture du sommet": the coalition\'s own meeting, one node for both outlets, apart from the summit', () => {
    const graph = graphOf({ 'wire.txt': wire, 'daily.txt': daily });
    expect(namesOf(graph, 'Event')).toEqual(['Réunion (Coalition des volontaires) à Bruxelles', 'Sommet de Bruxelles']);
    expect(factsOf(graph, 'ATTENDED')).toEqual([
      'Jean Morel -ATTENDED-> Réunion (Coalition des volontaires) à Bruxelles',
      'Paul Leclair -ATTENDED-> Réunion (Coalition des volontaires) à Bruxelles',
      'Petro Kovalenko -ATTENDED-> Réunion (Coalition des volontaires) à Bruxelles',
      'Tom Ashby -ATTENDED-> Réunion (Coalition des volontaires) à Bruxelles',
    ]);
  });

  it('"avant un appel avec X" frames nothing: the gathering told is the article\'s', () => {
    const text = ' date 2034-12-14 International\nJean Morel et Petro Kovalenko ont réuni ce jeudi à l\'Élysée les dirigeants de la coalition des volontaires, avant un appel avec Walter Hayes.\n';
    expect(namesOf(graphOf(text), 'Event').filter((n) => n.includes('Coalition'))).toEqual([]);
  });
});

describe('a gathering named with its body', () => {
  it('"a participé à une réunion de la coalition des volontaires": that body\'s meeting, not the summit\'s', () => {
    const text =
      " date 2034-06-28 International\nLe sommet de l'Otan s'est ouvert mercredi à La Haye. Mardi après-midi, le Premier ministre belge Luc Peeters a participé, dans un hôtel de La Haye, " +
      'à une réunion de la coalition des volontaires, coprésidée par la France et le Royaume-Uni.\n';
    expect(factsOf(text, 'ATTENDED')).toEqual(['France -ATTENDED-> Réunion (Coalition des volontaires)', 'Luc Peeters -ATTENDED-> Réunion (Coalition des volontaires)', 'Royaume-Uni -ATTENDED-> Réunion (Coalition des volontaires)']);
  });
});
