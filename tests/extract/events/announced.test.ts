import { describe, expect, it } from 'vitest';
import { factsOf, graphOf, namesOf } from '../helpers.ts';

describe('gatherings announced, dropped or to come are not the article\'s own', () => {
  const visit =
    ' date 2034-10-21 International\nReçu vendredi par Walter Hayes, le président chilien n\'a pas obtenu les avions qu\'il était venu chercher. ' +
    "La veille, le président américain avait annoncé, au sortir d'un long appel avec Oleg Zimin, un sommet avec le président russe à Budapest.\n" +
    "La rencontre s'est prolongée par un déjeuner de travail à la Maison-Blanche. Pour Santiago, l'annonce du sommet de Budapest sonne comme un contretemps. " +
    'Une réunion de hauts responsables des deux pays doit la préparer dès la semaine prochaine.\n';

  it('a title followed by its verb\'s clitic ("le président chilien n\'a pas") is the next clause\'s subject, not the apposition of the name before', () => {
    expect(factsOf(visit, 'LEADS')).not.toContain('Walter Hayes -LEADS-> Chili');
  });

  it('the host attends the meeting told as held, not the summit announced, nor the one its preparation is for', () => {
    const attended = factsOf(visit, 'ATTENDED');
    expect(attended.filter((f) => f.includes('Sommet'))).toEqual([]);
    expect(attended.map((f) => f.replace(/ (?:de|à) \S+$/, ''))).toEqual(['Walter Hayes -ATTENDED-> Réunion']);
  });

  it('a headline opened by its place ("Diplomatie : à la Maison-Blanche, …") places the article\'s meeting, whatever town the body names most', () => {
    const text =
      ' date 2034-10-21 International\nDiplomatie : à la Maison-Blanche, le président chilien repart sans avions\n\n' +
      "Le président chilien n'a pas obtenu vendredi les avions qu'il était venu chercher. La rencontre s'est prolongée par un déjeuner dans la salle du Cabinet. " +
      'Le président américain mise désormais sur Budapest, où il compte retrouver le président russe. À Budapest, le Premier ministre hongrois Gabor Kis jubile. Des diplomates sont attendus à Budapest.\n';
    expect(namesOf(graphOf(text), 'Event')).toEqual(['Déjeuner à Washington', 'Réunion de Washington']);
  });

});
