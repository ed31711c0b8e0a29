import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/text/tokenize.ts';
import { splitSentences } from '../../../src/extract/text/sentences.ts';
import { findTimeExpressions, resolveTime, tenseForTime, tenseNear } from '../../../src/extract/dates/time-expressions.ts';
import { findArticleDate } from '../../../src/extract/dates/article-date.ts';

/** Wednesday 24 June 2026. */
const ARTICLE = { year: 2026, month: 6, day: 24 };

function datesIn(sentence: string, article = ARTICLE): (string | null)[] {
  const tokens = tokenize(sentence);
  return findTimeExpressions(tokens).map((e) => resolveTime(e.value, article, tenseNear(tokens, e.first)));
}

describe('a passive in the present', () => {
  it('"est renvoyée au sommet du 13 juillet" is no compound past: the nearer 13 July; "s\'est réuni", "est arrivé" are', () => {
    const tense = (sentence: string) => {
      const tokens = tokenize(sentence);
      return tenseForTime(tokens, findTimeExpressions(tokens)[0]!.first);
    };
    expect(datesIn('La décision est renvoyée au sommet du 13 juillet à Bruxelles.')).toEqual(['2026-07-13']);
    expect(tense('La décision est renvoyée au sommet du 13 juillet.')).not.toBe('past');
    expect(tense('Le conseil s\'est réuni le 13 juillet.')).toBe('past');
    expect(tense('Le président est arrivé le 13 juillet.')).toBe('past');
    expect(tense('Un entretien est attendu le 13 juillet.')).toBe('future');
    // (Wednesday 24 June 2026: "sont réunis jeudi et vendredi" is this week's, "Réunis vendredi, ils ont…" the last.)
    expect(datesIn('Les dirigeants sont réunis jeudi et vendredi à Bruxelles.')).toEqual(['2026-06-25', '2026-06-26']);
    expect(datesIn('Réunis vendredi à Bruxelles, les dirigeants ont adopté un texte.')).toEqual(['2026-06-19']);
  });
});

describe('time expressions', () => {
  it('reads "la semaine dernière" and "le mois prochain" as the month they fall in', () => {
    // The week before Wednesday 24 June 2026 is 15-21 June; the one after, 29 June-5 July, spans two months.
    expect(datesIn("Lors d'une visite à Kiev la semaine dernière, elle avait promis une aide.")).toEqual(['2026-06']);
    expect(datesIn('Il se rendra la semaine prochaine à Vilnius.')).toEqual([null]);
    expect(datesIn('Les deux hommes doivent se rencontrer le mois prochain à Genève.')).toEqual(['2026-07']);
    expect(datesIn('Le mois dernier, le sommet a eu lieu.', { year: 2026, month: 1, day: 6 })).toEqual(['2025-12']);
  });

  it('takes the year a written weekday tells ("le mardi 21 avril", told in the past in March 2026, is 2026\'s)', () => {
    const march = { year: 2026, month: 3, day: 5 };
    const told = (sentence: string) => {
      const tokens = tokenize(sentence);
      return findTimeExpressions(tokens).map((e) => resolveTime(e.value, march, 'past'));
    };
    expect(told('Ils ont annoncé une réunion de suivi le mardi 21 avril à Beyrouth.')).toEqual(['2026-04-21']);
    expect(told('Ils s\'étaient vus le lundi 21 avril.')).toEqual(['2025-04-21']);
  });

  it('reads full dates, with or without the weekday', () => {
    expect(datesIn('Les ministres se retrouveront mardi 3 mars 2026 à Rome.')).toEqual(['2026-03-03']);
    expect(datesIn('Le traité a été signé le 1er février 2024.')).toEqual(['2024-02-01']);
  });

  it('places a weekday before the article date for the past and after it for the future', () => {
    expect(datesIn('Des frappes ont touché lundi une gare.')).toEqual(['2026-06-22']);
    expect(datesIn('Le président recevra vendredi son homologue.')).toEqual(['2026-06-26']);
    expect(datesIn('Mercredi, les dirigeants doivent conclure.')).toEqual(['2026-06-24']);
  });

  it('resolves "mi-décembre", "fin décembre" and "en mars" to the latest such month for the past', () => {
    const january = { year: 2026, month: 1, day: 6 };
    expect(datesIn('À Londres mi-décembre, les alliés avaient proposé un plan.', january)).toEqual(['2025-12']);
    expect(datesIn('Une rencontre avait eu lieu fin décembre.', january)).toEqual(['2025-12']);
    expect(datesIn('La coalition a été créée en mars par Paris et Londres.', january)).toEqual(['2025-03']);
    expect(datesIn('Le sommet aura lieu en mars.', january)).toEqual(['2026-03']);
    // A meeting point is ahead: "Rendez-vous en mars" in an article of November is next March.
    expect(datesIn('Rendez-vous en mars à Ankara.', { year: 2025, month: 11, day: 18 })).toEqual(['2026-03']);
  });

  it('reads day words against the article date', () => {
    expect(datesIn("Hier, le ministre a démissionné.")).toEqual(['2026-06-23']);
    expect(datesIn('Un point presse aura lieu en fin de journée.')).toEqual(['2026-06-24']);
  });

  it('takes "à" before a name for a preposition, not the auxiliary "a" of a compound past', () => {
    // Monday 5 January 2026: "mardi" is the next day, not the Tuesday before.
    const monday = { year: 2026, month: 1, day: 5 };
    expect(datesIn('Le sommet de mardi à Londres réunira une vingtaine de dirigeants.', monday)).toEqual(['2026-01-06']);
    expect(datesIn('Le conseil de mardi à Bruxelles sera présidé par le chancelier.', monday)).toEqual(['2026-01-06']);
  });

  it('reads the tense of the sentence when no verb stands next to the weekday', () => {
    const tokens = tokenize("L'Australie a promis 300 millions de dollars, a annoncé son ministre lors d'une conférence de presse à Canberra jeudi.");
    const [e] = findTimeExpressions(tokens);
    // Wednesday 24 June: the Thursday of the announcement is the one before.
    expect(resolveTime(e!.value, ARTICLE, tenseNear(tokens, e!.first, 6, true))).toBe('2026-06-18');
    expect(tenseNear(tokens, e!.first)).toBe('present');
  });

  it('reads "en fin d\'après-midi" as the article\'s day', () => {
    expect(datesIn("Le ministre s'est exprimé en fin d'après-midi.")).toEqual(['2026-06-24']);
  });

  it('places a day ahead told in the present in the nearer year', () => {
    // Wednesday 24 June 2026: "le 3 juillet" is in nine days, "le 3 février" months ago.
    expect(datesIn('Les dirigeants se retrouvent le 3 juillet à Rome.')).toEqual(['2026-07-03']);
    expect(datesIn('Les dirigeants se retrouvent le 3 février à Rome.')).toEqual(['2026-02-03']);
  });

  it('cannot place a weekday without an article date', () => {
    const tokens = tokenize('Jeudi, il partira.');
    const [e] = findTimeExpressions(tokens);
    expect(resolveTime(e!.value, null, 'future')).toBeNull();
  });
});

describe('findArticleDate', () => {
  const dateOf = (text: string) => {
    const tokens = tokenize(text);
    return findArticleDate(text, splitSentences(text, tokens));
  };

  it('reads a metadata line', () => {
    expect(dateOf(' date 2025-11-30 Le Premier ministre…\nTexte.')).toEqual({ year: 2025, month: 11, day: 30 });
  });

  it('else takes the first full date of the opening sentences', () => {
    expect(dateOf('Sommet de Rome\nRéunis ce jeudi 12 mars 2026, les dirigeants ont parlé.')).toEqual({ year: 2026, month: 3, day: 12 });
  });

  it('reads a publication line with dots ("Publié le 15.12.2025 à 23:40"), as German and Swiss outlets write it', () => {
    expect(dateOf('DW\nPublié le 15.12.2025 à 23:40\nLes dirigeants sont arrivés.')).toEqual({ year: 2025, month: 12, day: 15 });
  });

  it('reads a publication line with a year of two digits ("Publié le 24/10/25 à 08h55")', () => {
    expect(dateOf('EN DIRECT Sommet de Londres\nPublié le 24/10/25 à 08h55 — Mis à jour le 24/10/25 à 19h32\nLes dirigeants sont arrivés.')).toEqual({ year: 2025, month: 10, day: 24 });
  });

  it('reads an abbreviated month with its period ("Par X (avec AFP) - 11 févr. 2026 à 19:48")', () => {
    expect(dateOf('Le Courrier\nPar Marc Dupuis (avec AFP) - 11 févr. 2026 à 19:48\nLes dirigeants sont arrivés.')).toEqual({ year: 2026, month: 2, day: 11 });
    expect(datesIn('Le traité signé le 3 janv. 2025 à Oslo.')).toEqual(['2025-01-03']);
    expect(datesIn('La réunion prévue en sept. 2027 à Oslo.')).toEqual(['2027-09']);
  });

  it('has none when the text gives none', () => {
    expect(dateOf('Les dirigeants ont parlé jeudi.')).toBeNull();
  });
});

describe('words that are names of built-in object properties', () => {
  it('are no time expressions ("constructor janvier", "toString")', () => {
    for (const text of ['constructor janvier', 'Le constructor a parlé', 'toString hasOwnProperty valueOf __proto__']) {
      expect(findTimeExpressions(tokenize(text))).toEqual([]);
    }
  });
});

describe('the future read from its endings', () => {
  it('reads "participera", "fournira", "se rendra", "permettra" as futures, and "caméras", "front" as none', () => {
    for (const s of ['Elle participera à la réunion', 'Il fournira des armes', 'Il se rendra à Oslo', 'Cela permettra un accord', 'Ils participeront au sommet']) {
      expect(tenseNear(tokenize(s), 1), s).toBe('future');
    }
    expect(tenseNear(tokenize('Les caméras du sommet'), 1)).toBe('present');
    expect(tenseNear(tokenize('sur le front nord'), 1)).toBe('present');
  });

  it('places "la réunion de lundi" by the verb before it, not by a future that judges it after', () => {
    // Wednesday 24 June 2026: "participera à la réunion de lundi" is the 29th; "La réunion de mardi restera…" the 23rd.
    const at = (s: string): string | null => {
      const tokens = tokenize(s);
      const e = findTimeExpressions(tokens)[0]!;
      return resolveTime(e.value, ARTICLE, tenseForTime(tokens, e.first));
    };
    expect(at("L'envoyé spécial participera à la réunion de lundi.")).toBe('2026-06-29');
    expect(at("La réunion de mardi à l'Élysée restera comme la première de ce genre.")).toBe('2026-06-23');
  });

  it('places "la veille" told in the past before the article, even after a day to come', () => {
    const tokens = tokenize('La veille, le président avait reçu son homologue.');
    const e = findTimeExpressions(tokens)[0]!;
    expect(resolveTime(e.value, ARTICLE, tenseForTime(tokens, e.first), { year: 2026, month: 6, day: 29 })).toBe('2026-06-23');
    const coming = tokenize('La veille, les ministres dîneront ensemble.');
    const f = findTimeExpressions(coming)[0]!;
    expect(resolveTime(f.value, ARTICLE, tenseForTime(coming, f.first), { year: 2026, month: 6, day: 29 })).toBe('2026-06-28');
  });
});

describe('an inverted auxiliary', () => {
  it('tells the past ("que s\'est-il dit lors de ce dîner de mercredi soir ?", "a-t-elle annoncé")', () => {
    expect(tenseNear(tokenize("que s'est-il dit lors de ce dîner"), 3)).toBe('past');
    expect(tenseNear(tokenize('a-t-elle annoncé hier'), 2)).toBe('past');
  });
});

describe('a day without a year, told in the past', () => {
  const article = { year: 2026, month: 3, day: 18 };
  const dates = (text: string): (string | null)[] => {
    const tokens = tokenize(text);
    return findTimeExpressions(tokens).map((e) => resolveTime(e.value, article, 'past'));
  };
  it('"a convoqué une conférence le 22 avril" (in March): set a few weeks ahead, this year; "le 20 décembre, il a signé": last year', () => {
    expect(dates('le 22 avril')).toEqual(['2026-04-22']);
    expect(dates('le 20 décembre')).toEqual(['2025-12-20']);
    expect(dates('le 30 juin')).toEqual(['2025-06-30']);
    expect(dates('le 2 mars')).toEqual(['2026-03-02']);
  });
});
