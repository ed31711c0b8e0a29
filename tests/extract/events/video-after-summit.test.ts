import { describe, expect, it } from 'vitest';
import { factsOf, graphOf, namesOf } from '../helpers.ts';

// A summit held in person, told first in the lead, then a videoconference of another body the same evening.
const DISPATCH =
  "LISBONNE, 13 mars 2031 (AFP) - Les dirigeants de l'Union européenne se sont accordés jeudi soir à Lisbonne sur un fonds de défense commun, au terme d'un sommet tendu, a annoncé le président du Conseil européen, Rui Tavares.\n\n" +
  'Présente lors de la plénière, la Première ministre finlandaise Aino Kallio a salué un « tournant ».\n\n' +
  'Dans la soirée, la coalition des volontaires a tenu une réunion par visioconférence, coprésidée depuis Londres par le Premier ministre britannique Oliver Grant et depuis Paris par le président français Paul Meyer.\n\n' +
  "Le secrétaire général de l'Otan, Lars Berg, y a participé depuis Bruxelles, de même que le Premier ministre canadien Sam Fraser, selon l'Élysée.\n";

describe('a videoconference told after a summit held in person', () => {
  it('is an event of its own, held nowhere, and the summit stays the article\'s gathering at its place', () => {
    expect(namesOf(graphOf(DISPATCH), 'Event')).toEqual(['Sommet de Lisbonne', 'Visioconférence du 2031-03-13']);
  });

  it('its chairs "coprésidée depuis Londres par X et depuis Paris par Y" and those who joined it attend it, not the source of the news', () => {
    // (The coalition holding it is left out: whether a body attends its own meeting is not what this tests.)
    expect(factsOf(DISPATCH, 'ATTENDED').filter((f) => f.includes('Visioconférence') && !f.startsWith('Coalition'))).toEqual([
      'Lars Berg -ATTENDED-> Visioconférence du 2031-03-13',
      'Oliver Grant -ATTENDED-> Visioconférence du 2031-03-13',
      'Paul Meyer -ATTENDED-> Visioconférence du 2031-03-13',
      'Sam Fraser -ATTENDED-> Visioconférence du 2031-03-13',
    ]);
  });
});

// A meeting of one body held on the margins of another's summit, told by its noun, then again as "la réunion".
const MARGINS =
  "VILNIUS, 13 mars 2031 (AFP) - Le sommet de la Communauté politique européenne s'est ouvert jeudi à Vilnius.\n\n" +
  "Plusieurs capitales ont annoncé jeudi de nouvelles contributions lors d'une réunion de la coalition des volontaires tenue en marge du sommet de la CPE et coprésidée par le Royaume-Uni, la France et la Lituanie.\n\n" +
  "La réunion se tenait en format hybride. La Belgique était représentée par son ministre de la Défense, Jan Peeters, le Premier ministre Luc Maes s'étant réservé pour la négociation budgétaire. " +
  "Le secrétaire général de l'Otan, Lars Berg, y assistait. " +
  "La présidente du Conseil italienne, Carla Ferri, qui s'était exprimée le matin en séance plénière, avait quitté Vilnius avant l'ouverture de la réunion.\n";

describe('a meeting held on the margins of a summit, told by its noun', () => {
  it('is an event of its own, led and attended by the countries chairing it, and "la réunion" told next is that one', () => {
    const graph = graphOf(MARGINS);
    expect(namesOf(graph, 'Event')).toEqual(['Réunion (Coalition des volontaires) à Vilnius', 'Sommet de Vilnius']);
    expect(factsOf(graph, 'LEADS').filter((f) => f.includes('Coalition'))).toEqual(['France -LEADS-> Coalition des volontaires', 'Lituanie -LEADS-> Coalition des volontaires', 'Royaume-Uni -LEADS-> Coalition des volontaires']);
    const attended = factsOf(graph, 'ATTENDED');
    expect(attended).toContain('Lars Berg -ATTENDED-> Réunion (Coalition des volontaires) à Vilnius');
    expect(attended).toContain('Jan Peeters -ATTENDED-> Réunion (Coalition des volontaires) à Vilnius');
  });

  it('one who spoke in the plenary and left before the meeting attended the summit only; one who stayed back is not there', () => {
    const attended = factsOf(graphOf(MARGINS), 'ATTENDED');
    expect(attended.filter((f) => f.startsWith('Carla Ferri'))).toEqual(['Carla Ferri -ATTENDED-> Sommet de Vilnius']);
    expect(attended.filter((f) => f.startsWith('Luc Maes'))).toEqual([]);
  });
});

describe('a videoconference told in the past after a sentence of the article\'s own day', () => {
  it('is of that day, and its chairs attend it', () => {
    const text = "Titre\n\nPublié le 15/02/2031\n\nSamedi, les dirigeants se sont réunis à Munich pour une conférence. L'après-midi, Paul Meyer a coprésidé avec Oliver Grant une visioconférence de la coalition des volontaires.\n";
    const graph = graphOf(text);
    expect(namesOf(graph, 'Event')).toContain('Visioconférence du 2031-02-15');
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Oliver Grant -ATTENDED-> Visioconférence du 2031-02-15', 'Paul Meyer -ATTENDED-> Visioconférence du 2031-02-15']);
  });
});

describe('a co-chair set off by a participle', () => {
  it('"a coprésidé avec X, connecté depuis Londres, une visioconférence": both chair it', () => {
    const text = "Titre\n\nPublié le 15/02/2031\n\nSamedi, les dirigeants se sont réunis à Munich pour une conférence. L'après-midi, Paul Meyer a coprésidé avec Oliver Grant, connecté depuis Londres, une visioconférence de la coalition des volontaires.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Oliver Grant -ATTENDED-> Visioconférence du 2031-02-15', 'Paul Meyer -ATTENDED-> Visioconférence du 2031-02-15']);
  });
});
