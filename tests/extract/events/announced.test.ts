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

describe('a gathering dated by its eve, a meeting in the Oval Office', () => {
  // 2036-10-25 is a Saturday.
  it('"La veille de la réunion, jeudi soir, X a appelé Y": the meeting is Friday; "recevait X dans le Bureau ovale": in Washington', () => {
    const text =
      ' date 2036-10-25 International\nRéunis vendredi à Downing Street, les soutiens de Kiev ont promis des missiles.\n' +
      'La veille de la réunion, jeudi soir, le Premier ministre britannique Tom Ashby avait pris soin de parler à ses alliés. Mercredi dernier, le président américain Walter Hayes recevait Lars Vik dans le Bureau ovale.\n';
    const graph = graphOf(text);
    expect(namesOf(graph, 'Event')).toContain('Réunion entre Walter Hayes et Lars Vik à Washington');
    const nodes = graph.filterNodes((_, a) => (a.labels as string[])[0] === 'Event').map((k) => `${graph.getNodeAttribute(k, 'date')} ${graph.getNodeAttribute(k, 'place')}`);
    expect(nodes).toContain('2036-10-24 Londres');
    expect(nodes).not.toContain('2036-10-23 Londres');
  });
});

describe('a gathering the day before the one told', () => {
  it('"Au lendemain d\'un Conseil européen informel, les dirigeants se retrouvent ce jeudi": the Council is Wednesday\'s, its own event', () => {
    // 2036-10-23 is a Thursday.
    const text =
      " date 2036-10-23 International\nAu lendemain d'un Conseil européen informel tenu à Copenhague, près de cinquante dirigeants se retrouvent ce jeudi au Bella Center pour la réunion de la Communauté politique européenne.\n";
    const graph = graphOf(text);
    const days = graph.filterNodes((_, a) => (a.labels as string[])[0] === 'Event').map((k) => graph.getNodeAttribute(k, 'date') as string);
    expect(days.sort()).toEqual(['2036-10-22', '2036-10-23']);
  });
});

describe('gatherings told in the background or to come', () => {
  // 2036-03-18 is a Tuesday.
  it('"c\'est X qui avait représenté l\'Espagne lors de la réunion…" (pluperfect) and "se retrouveront à Londres d\'ici à la fin du mois" are not the article\'s gathering', () => {
    const text =
      ' date 2036-03-18 International\nLe président ukrainien Petro Kovalenko a été reçu mardi à Madrid par le chef du gouvernement espagnol Luis Ferreira.\n' +
      "La veille, lundi, c'est le ministre Pablo Ruiz qui avait représenté l'Espagne lors de la réunion des dirigeants de la coalition. " +
      "Les premiers ministres australien et néo-zélandais, Tom Baxter et Ana Hale, ont pris part aux travaux par visioconférence. Les ministres de la défense se retrouveront à Londres d'ici à la fin du mois.\n";
    const attended = factsOf(text, 'ATTENDED');
    expect(attended.filter((f) => f.includes('Londres'))).toEqual([]);
    // (The coalition's meeting of the eve is not the article's, so not placed in the town the article is about.)
    const graph = graphOf(text);
    const placed = graph.filterNodes((_, a) => (a.labels as string[])[0] === 'Event').map((k) => `${graph.getNodeAttribute(k, 'date')} ${graph.getNodeAttribute(k, 'place')}`);
    expect(placed).not.toContain('2036-03-17 Madrid');
    expect(attended.filter((f) => f.startsWith('Petro Kovalenko'))).toEqual(['Petro Kovalenko -ATTENDED-> Réunion entre Petro Kovalenko et Luis Ferreira à Madrid']);
  });
});

describe('a summit told by what its members did together', () => {
  it('"trente-cinq pays ont adopté, mardi à Paris, une déclaration": a gathering that day in Paris, where those "aux travaux" were', () => {
    // 2036-03-18 is a Tuesday.
    const text =
      ' date 2036-03-19 International\nEn présence de deux émissaires américains, trente-cinq pays ont adopté, mardi à Paris, une déclaration sur les garanties de sécurité.\n' +
      'Le Premier ministre australien Tom Baxter a pris part aux travaux par visioconférence.\n';
    expect(factsOf(text, 'ATTENDED')).toEqual(['Tom Baxter -ATTENDED-> Réunion de Paris']);
    const two = ' date 2036-03-19 International\nLes deux pays ont signé mardi à Paris un accord sur les drones.\n';
    expect(namesOf(graphOf(two), 'Event').filter((n) => n.startsWith('Réunion'))).toEqual([]);
  });
});
