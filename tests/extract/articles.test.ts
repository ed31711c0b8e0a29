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
    expect(facts.filter((f) => f.includes('-PLEDGES->') || f.includes('-REFUSES_TROOPS->'))).toEqual(['Arabie Saoudite -PLEDGES-> Palestine']);
  });
});
