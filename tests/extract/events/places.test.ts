import { describe, expect, it } from 'vitest';
import { factsOf, graphOf } from '../helpers.ts';
import { extractDocument } from '../../../src/extract/index.ts';

describe('a venue told by where it lies', () => {
  it('"au quartier général de Northwood, dans la banlieue de Londres": held at Northwood, not in London', () => {
    const text = "Publié le 10 mars 2026\n\nUne trentaine de chefs d'état-major se sont retrouvés mardi au quartier général interarmées de Northwood, dans la banlieue nord-ouest de Londres. Le général Ivan Petrenko avait fait le déplacement.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Ivan Petrenko -ATTENDED-> Réunion de Northwood']);
  });

  it('a name after "de" with nothing telling where it lies is no place ("à Paris, au siège de Dassault": Paris)', () => {
    const text = "Publié le 10 mars 2026\n\nLes ministres se sont retrouvés mardi à Paris, au siège de Dassault. Le ministre Ivan Petrenko avait fait le déplacement.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Ivan Petrenko -ATTENDED-> Réunion de Paris']);
  });
});

describe("the article's gathering placed later on its own day", () => {
  it('"le bilan de la conférence de la veille … la conférence qu\'il accueillait mardi à Panama": held at Panama, not at the city named most', () => {
    const text =
      "Publié le 18/03/2026\n\nLe président et le secrétaire général ont dressé ce mercredi le bilan de la conférence ministérielle de la veille.\n\n" +
      "Le président Carlos Vega n'a pas cherché à enjoliver le résultat de la conférence qu'il accueillait mardi à Panama. Le secrétaire d'État, qui avait appelé M. Vega lundi, est resté à Washington. La ministre Ana Ruiz a représenté le Honduras à Washington la semaine dernière. Washington apporte 60 millions de dollars.\n";
    const graph = graphOf(text);
    const places = graph.filterNodes((_, a) => a.labels.includes('Event') && a.kind === 'conference').map((k) => graph.getNodeAttribute(k, 'place'));
    expect(places).toEqual(['Panama']);
  });
});

describe('later that day, another meeting', () => {
  it('"Dans l\'après-midi, X a été reçue par le Premier ministre Y, qui n\'avait pas participé à la réunion": a meeting of its own, the ministers\' keeps its name', () => {
    const text =
      "Publié le jeudi 15 janvier 2026 à 19h42\n\nRéunis jeudi à Varsovie, les ministres de la Défense ont lancé une mission de police du ciel. " +
      "La ministre française, Claire Dumas, a promis quatre Rafale. Dans l'après-midi, la présidente moldave, Ana Rusu, a été reçue à la chancellerie par le Premier ministre polonais, Jan Nowak, qui n'avait pas participé à la réunion des ministres.\n";
    const attended = factsOf(text, 'ATTENDED');
    expect(attended).toContain('Claire Dumas -ATTENDED-> Réunion de Varsovie');
    expect(attended.filter((f) => f.startsWith('Jan Nowak'))).not.toContain('Jan Nowak -ATTENDED-> Réunion de Varsovie');
  });
  it('"ont signé l\'accord conclu entre Washington et Londres": the signing is not held in Washington', () => {
    const text = "Publié le 9 mars 2026\n\nLe sommet du G7 s'est ouvert lundi à Kananaskis. Dans l'après-midi, le président américain et son homologue britannique, Tom Hale, ont signé l'accord commercial conclu en mai entre Washington et Londres.\n";
    expect(factsOf(text, 'ATTENDED').filter((f) => f.startsWith('Tom Hale'))).toEqual(['Tom Hale -ATTENDED-> Signature entre États-Unis et Tom Hale à Kananaskis']);
  });
});

describe('one town spelt two ways', () => {
  it('"à Constanța" in one article and "à Constanta" in another, on one day: one gathering, spelt as first met', () => {
    const graph = graphOf({
      'a.txt': 'Publié le 15 janvier 2026\n\nLes chefs des marines se retrouveront mercredi 21 janvier à Constanța. Le ministre Radu Petrescu y a réuni ses homologues.\n',
      'b.txt': 'Publié le 16 janvier 2026\n\nLes chefs des marines se retrouveront mercredi 21 janvier à Constanta. Le ministre Radu Petrescu y a réuni ses homologues.\n',
    });
    const places = graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'place'));
    expect(places).toEqual(['Constanța']);
  });
});

describe('a meeting one stayed home for', () => {
  it('"il est resté à Beyrouth pour présider un Conseil des ministres" is not the article\'s gathering: the conference in Rome is', () => {
    const text =
      "Après-Finul : à Rome, Karim Haddad obtient la promesse d'une force européenne\n\nPar Paul Martin, le 25 mars 2026\n\n" +
      "C'est un Karim Haddad soulagé qui a quitté hier soir la Villa Madama, à Rome. La conférence ministérielle a réuni les ministres d'une douzaine de pays.\n\n" +
      "Le Premier ministre, Nabil Saad, n'a pas pu faire le déplacement : il est resté à Beyrouth pour présider un Conseil des ministres.\n";
    const focus = extractDocument(text, 'article', 'article.txt').events.find((e) => e.focus);
    expect([focus?.kind, focus?.place, focus?.date]).toEqual(['conference', 'Rome', '2026-03-24']);
  });
  it('"… pour présider un Conseil des ministres. Le ministre grec X a pris part à la conférence": the conference, by its own noun, not the meeting just told', () => {
    const text =
      "Après-Finul : à Rome, Karim Haddad obtient la promesse d'une force européenne\n\nPar Paul Martin, le 25 mars 2026\n\n" +
      "C'est un Karim Haddad soulagé qui a quitté hier soir la Villa Madama, à Rome. La conférence ministérielle a réuni les ministres d'une douzaine de pays.\n\n" +
      "Le Premier ministre, Nabil Saad, n'a pas pu faire le déplacement : il est resté à Beyrouth pour présider un Conseil des ministres.\n\nLe ministre grec Nikos Pappas a pris part à la conférence.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Nikos Pappas -ATTENDED-> Conférence de Rome']);
  });
});


describe('a gathering told as long before', () => {
  it.each([
    "Trois mois et demi après le sommet de Paris, la coalition des volontaires se réunit aujourd'hui à Varsovie.",
    "Depuis le sommet de Paris, la coalition des volontaires a avancé. Elle se réunit aujourd'hui à Varsovie.",
  ])('%s', (sentence) => {
    const focus = extractDocument(`Publié le jeudi 23 avril 2026\n\n${sentence}\n`, 'article', 'article.txt').events.find((e) => e.focus);
    expect([focus?.place, focus?.date]).toEqual(['Varsovie', '2026-04-23']);
  });
});

describe('a gathering told as held somewhere, past its long name', () => {
  it('"la conférence ministérielle de la Francophonie sur Haïti, tenue jeudi 19 mars à Namur" is at Namur, not at the dateline\'s Port-au-Prince', () => {
    const focus = extractDocument("Port-au-Prince, vendredi 20 mars 2026\n\nC'est le bilan de la conférence ministérielle de la Francophonie sur Haïti, tenue jeudi 19 mars à Namur, en Belgique.\n", 'article', 'article.txt').events.find((e) => e.focus);
    expect([focus?.place, focus?.date]).toEqual(['Namur', '2026-03-19']);
  });
  it('not "la tenue le mois prochain à Addis-Abeba d\'une conférence", a noun: the session is in New York', () => {
    const text =
      "Publié le 12 mars 2026\n\nLe Conseil de sécurité s'est réuni mardi à New York. Le Ghana a annoncé en fin de séance, par la voix de son ambassadeur, Kojo Danquah, la tenue le mois prochain à Addis-Abeba d'une conférence des pays contributeurs.\n";
    const focus = extractDocument(text, 'article', 'article.txt').events.find((e) => e.focus);
    expect(focus?.place).toBe('New York');
  });
});

describe('a gathering recalled in the pluperfect, past a comma', () => {
  it('"Réunis ce lundi à Bruxelles, les ministres … L\'idée, elle l\'avait lancée à la mi-février, à la conférence de Munich": Brussels is the article\'s', () => {
    const text =
      "Publié le 23.02.2026\n\nRéunis ce lundi à Bruxelles, les ministres des Affaires étrangères ont donné leur feu vert à une opération navale.\n\nL'idée, la haute représentante Kaja Kallas l'avait lancée à la mi-février, à la conférence de Munich sur la sécurité.\n";
    const focus = extractDocument(text, 'article', 'article.txt').events.find((e) => e.focus);
    expect([focus?.place, focus?.date]).toEqual(['Bruxelles', '2026-02-23']);
  });
});
