/** Whole articles of our own (tests/resources/extract), read end to end. */
import { describe, expect, it } from 'vitest';
import { buildGraphFromPaths } from '../../src/extract/index.ts';
import { factsOf, namesOf } from './helpers.ts';

describe('an AFP dispatch from Cairo', async () => {
  const { graph } = await buildGraphFromPaths(['tests/resources/extract/caire-afp.txt']);
  const facts = factsOf(graph);

  it('finds the people, with their full names and titles, and nobody from the byline', () => {
    expect(namesOf(graph, 'Person')).toEqual([
      'Abdallah II',
      'Abdel Fattah al-Sissi',
      'Benjamin Netanyahu',
      'Dubravka Suica',
      'Kaja Kallas',
      'Marco Rubio',
      'Mohammed ben Abdelrahmane Al-Thani',
    ]);
  });

  it('reads who leads what, and that a secretary of state or a commissioner leads nothing', () => {
    expect(facts.filter((f) => f.includes('-LEADS->'))).toEqual([
      'Abdallah II -LEADS-> Jordanie',
      'Abdel Fattah al-Sissi -LEADS-> Égypte',
      'Benjamin Netanyahu -LEADS-> Israël',
      'Mohammed ben Abdelrahmane Al-Thani -LEADS-> Qatar',
    ]);
  });

  it('reads who attended the conference, and not who was absent or did not take part', () => {
    expect(facts.filter((f) => f.endsWith('Conférence du Caire'))).toEqual([
      'Abdel Fattah al-Sissi -ATTENDED-> Conférence du Caire',
      'Abdel Fattah al-Sissi -HOSTED-> Conférence du Caire',
      'Dubravka Suica -ATTENDED-> Conférence du Caire',
      'Marco Rubio -ATTENDED-> Conférence du Caire',
      'Mohammed ben Abdelrahmane Al-Thani -ATTENDED-> Conférence du Caire',
    ]);
  });

  it('dates the Thursday meeting and places it', () => {
    const key = graph.findNode((_, a) => a.kind === 'meeting')!;
    expect(graph.getNodeAttributes(key)).toMatchObject({ date: '2026-10-15', place: 'Charm el-Cheikh' });
  });

  it('sends aid for Gaza to Palestine, and reads no refusal in an opposition', () => {
    // "tandis que les Émirats arabes unis se sont engagés à financer des hôpitaux de campagne": money for the same reconstruction.
    expect(facts.filter((f) => f.includes('-PLEDGES->') || f.includes('-REFUSES_TROOPS->'))).toEqual(['Arabie Saoudite -PLEDGES-> Palestine', 'Émirats arabes unis -PLEDGES-> Palestine']);
  });
});

describe('a Le Monde report on a G20 summit', async () => {
  const { graph } = await buildGraphFromPaths(['tests/resources/extract/g20-lemonde.txt']);
  const facts = factsOf(graph);

  it('dates the article from its publication line and the summit from "samedi 21 novembre"', () => {
    expect(graph.getAttribute('documents')!['g20-lemonde.txt']!.date).toBe('2026-11-22');
    expect(graph.getNodeAttributes('event:2026-11-21-johannesburg-summit')).toMatchObject({ kind: 'summit', place: 'Johannesburg' });
  });

  it('reads "Mme von der Leyen" as Ursula von der Leyen, and acronyms such as G20', () => {
    expect(namesOf(graph, 'Person')).toContain('Ursula von der Leyen');
    expect(namesOf(graph, 'Person').some((n) => n.startsWith('Mme') || n === 'von der Leyen')).toBe(false);
    expect(namesOf(graph, 'Organization')).toContain('G20');
  });

  it('reads who attended: the host, those present, the representative; not the boycotter', () => {
    expect(facts.filter((f) => f.endsWith('Sommet de Johannesburg'))).toEqual([
      'Cyril Ramaphosa -ATTENDED-> Sommet de Johannesburg',
      'Friedrich Merz -ATTENDED-> Sommet de Johannesburg',
      'Li Qiang -ATTENDED-> Sommet de Johannesburg',
      'Ursula von der Leyen -ATTENDED-> Sommet de Johannesburg',
    ]);
  });

  it('does not send a pledge "pour l\'Afrique" to a country, nor make a past G20 presidency a leadership', () => {
    expect(facts.filter((f) => f.includes('-PLEDGES->'))).toEqual([]);
    expect(facts.filter((f) => f.includes('-LEADS-> G20'))).toEqual([]);
  });
});

describe('a France 24 brief on a European Council', async () => {
  const { graph } = await buildGraphFromPaths(['tests/resources/extract/bruxelles-france24.txt']);
  const facts = factsOf(graph);

  it('dates the article from "Publié le : 18/12/2025" and places the summit', () => {
    expect(graph.getAttribute('documents')!['bruxelles-france24.txt']!.date).toBe('2025-12-18');
    expect(graph.hasNode('event:2025-12-18-bruxelles-summit')).toBe(true);
  });

  it('reads titles that name their organization, and a former chancellor leads nothing', () => {
    expect(facts.filter((f) => f.includes('-LEADS->'))).toEqual([
      'António Costa -LEADS-> Conseil européen',
      'Ursula von der Leyen -LEADS-> Commission européenne',
      'Viktor Orban -LEADS-> Hongrie',
      'Volodymyr Zelensky -LEADS-> Ukraine',
    ]);
  });

  it('does not make "présent à Bruxelles" attendance, and gives an unnamed leader\'s pledge to the country', () => {
    expect(facts.filter((f) => f.includes('-ATTENDED->'))).toEqual([
      'António Costa -ATTENDED-> Sommet de Bruxelles',
      'Volodymyr Zelensky -ATTENDED-> Sommet de Bruxelles',
    ]);
    const pledge = graph.findEdge((_, a) => a.type === 'PLEDGES')!;
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Danemark -PLEDGES-> Estonie']);
    expect(graph.getEdgeAttributes(pledge)).toMatchObject({ what: 'troops', amount: '200 soldats' });
  });
});
