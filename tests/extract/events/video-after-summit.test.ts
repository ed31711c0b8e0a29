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
