import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraphFromPaths } from '../../src/extract/index.ts';
import { serializeGraph } from '../../src/graph/index.ts';
import { graphOf, namesOf } from './helpers.ts';

describe('buildGraphFromPaths', () => {
  it('gives byte-identical graphs for the same files', async () => {
    const a = await buildGraphFromPaths(['corpus']);
    const b = await buildGraphFromPaths(['corpus/']);
    expect(serializeGraph(a.graph)).toBe(serializeGraph(b.graph));
  });

  it('gives stable node keys and one node per thing across articles', async () => {
    const { graph } = await buildGraphFromPaths(['tests/resources/extract/vilnius-a.txt', 'tests/resources/extract/vilnius-b.txt']);
    expect(graph.hasNode('person:mette-frederiksen')).toBe(true);
    expect(graph.hasNode('country:LT')).toBe(true);
    expect(graph.hasNode('org:otan')).toBe(true);
    expect(graph.filterNodes((_, a) => a.labels[0] === 'Event' && a.kind === 'summit')).toEqual(['event:2026-06-24-vilnius-summit']);
    // Nothing from the "À lire aussi" teaser, the photo credit or the signature.
    expect(graph.hasNode('country:FR')).toBe(false);
    expect(graph.findNode((_, a) => a.name === 'Jean Martin')).toBeUndefined();
  });

  it('records the documents read, with their date, title and length', async () => {
    const { graph } = await buildGraphFromPaths(['tests/resources/extract/vilnius-b.txt']);
    expect(graph.getAttribute('documents')).toEqual({
      'vilnius-b.txt': {
        path: 'tests/resources/extract/vilnius-b.txt',
        length: 411,
        date: '2026-06-24',
        title: "Otan : à Vilnius, l'Alliance promet de renforcer son flanc est",
      },
    });
  });

  it('reports unreadable inputs one line each and reads the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-build-'));
    writeFileSync(join(dir, 'good.txt'), 'Le président roumain Nicusor Dan a participé le 12 mars 2026 au sommet de Rome.\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), '  \n\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Le président a parlé à Paris.\n', 'latin1'));
    const result = await buildGraphFromPaths([dir, join(dir, 'missing.txt')]);
    expect(result.documentsRead).toBe(1);
    expect(result.problems).toEqual([
      `${join(dir, 'missing.txt')}: no such file or folder`,
      `${join(dir, 'binary.txt')}: binary file, not a text article`,
      `${join(dir, 'blank.txt')}: empty file (only blank characters)`,
      `${join(dir, 'empty.txt')}: empty file`,
      `${join(dir, 'latin1.txt')}: not valid UTF-8 text (at byte 5)`,
    ]);
    expect(result.graph.hasNode('person:nicusor-dan')).toBe(true);
  });

  it('calls back with its progress, article by article', async () => {
    const seen: string[] = [];
    await buildGraphFromPaths(['corpus'], { onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
  });
});

describe('document ids', () => {
  it('are file names, or relative paths when two files share a name', async () => {
    const { documentIds } = await import('../../src/extract/read-documents.ts');
    expect(documentIds(['a/x.txt', 'b/x.txt', 'b/y.txt'])).toEqual(['a/x.txt', 'b/x.txt', 'y.txt']);
  });
});

describe('one person spelled several ways across articles', () => {
  it('is one node ("Dmytro Kuleba", "Dmytro Kulebba", "Dmitro Kuleba"), and "Kulebba" alone is him', () => {
    const graph = graphOf({
      'a.txt': 'Le ministre ukrainien Dmytro Kuleba a participé au sommet de Rome le 3 mars 2026.\n',
      'b.txt': 'Le ministre ukrainien Dmytro Kulebba était à Rome le 3 mars 2026.\n',
      'c.txt': 'Dmitro Kuleba a remercié ses partenaires.\n',
      'd.txt': 'M. Kulebba a salué un accord.\n',
    });
    expect(namesOf(graph, 'Person')).toHaveLength(1);
  });

  it('keeps apart names that differ by more than their transliteration', () => {
    const graph = graphOf({ 'a.txt': 'Sanna Marin a parlé.\n', 'b.txt': 'Sanna Martin a parlé.\n' });
    expect(namesOf(graph, 'Person')).toEqual(['Sanna Marin', 'Sanna Martin']);
  });
});

describe('one person named with and without a middle name across articles', () => {
  it('is one node ("Kwame Asante Mensah", "Kwame Mensah"); "Jean-Pierre Roux" and "Jean Roux" stay two, as do two middle names', () => {
    expect(namesOf(graphOf({ 'a.txt': 'Le président ghanéen Kwame Asante Mensah a parlé.\n', 'b.txt': 'Kwame Mensah a parlé.\n' }), 'Person')).toHaveLength(1);
    expect(namesOf(graphOf({ 'a.txt': 'Jean-Pierre Roux a parlé.\n', 'b.txt': 'Jean Roux a parlé.\n' }), 'Person')).toEqual(['Jean Roux', 'Jean-Pierre Roux']);
    expect(namesOf(graphOf({ 'a.txt': 'Ali Ben Saleh a parlé.\n', 'b.txt': 'Ali Omar Saleh a parlé.\n', 'c.txt': 'Ali Saleh a parlé.\n' }), 'Person')).toHaveLength(3);
  });
});

describe('a gathering told by an article without a date', () => {
  const dated = 'BERNE, 4 mars 2026 (AFP) - Le président suisse Urs Keller a accueilli mercredi au Palais fédéral un sommet sur la reconstruction, en présence du Premier ministre belge Luc Peeters.\n';
  const undated = "Le sommet de Berne\n\nLe président suisse avait réuni à Berne une vingtaine de dirigeants, dont la Première ministre danoise Birthe Holm.\n";

  it('is the one other articles date at its place', () => {
    const graph = graphOf({ 'a.txt': undated, 'b.txt': dated });
    const events = graph.filterNodes((_, a) => a.labels.includes('Event'));
    expect(events.map((k) => [graph.getNodeAttribute(k, 'name'), graph.getNodeAttribute(k, 'date')])).toEqual([['Sommet de Berne', '2026-03-04']]);
    expect(graph.neighbors(events[0]!).length).toBeGreaterThanOrEqual(3);
  });

  it('stays apart when they date two gatherings there', () => {
    const later = 'BERNE, 9 septembre 2026 (AFP) - Le Premier ministre belge Luc Peeters a participé mercredi au sommet de Berne.\n';
    const graph = graphOf({ 'a.txt': undated, 'b.txt': dated, 'c.txt': later });
    const dates = graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'date') ?? 'undated');
    expect(dates.sort()).toEqual(['2026-03-04', '2026-09-09', 'undated']);
  });
});

describe('an event with a country taking part', () => {
  it('names it by the country, not by the adjective an unnamed leader was told with', () => {
    const graph = graphOf("LE CAIRE, 2 avril 2026 (AFP) - Le président égyptien Karim Naguib s'est entretenu mercredi par téléphone avec le président libanais.\n");
    expect(namesOf(graph, 'Event')).toEqual(['Conversation téléphonique entre Karim Naguib et Liban']);
  });
});

describe('a leader told in one article, pledging in another', () => {
  it('pledges nothing to the country the corpus knows he leads', () => {
    const graph = graphOf({
      'a.txt': ' date 2036-07-10 International\nLe président ukrainien Petro Lysenko a reçu jeudi à Kiev le président français Paul Meyer.\n',
      'b.txt': " date 2036-07-11 International\nPetro Lysenko a promis 200 millions d'euros à l'Ukraine pour la reconstruction. Paul Meyer a promis 300 millions d'euros à l'Ukraine.\n",
    });
    const pledges = graph.filterEdges((_, a) => a.type === 'PLEDGES').map((k) => `${graph.source(k)} -> ${graph.target(k)}`);
    expect(pledges).toEqual(['person:paul-meyer -> country:UA']);
  });
});

describe('a name of two words written the other way round', () => {
  it('"Nialé Kaba" in one article, "Kaba Nialé" in a daily that writes the family name first: one person', () => {
    const graph = graphOf({
      'a.txt': 'Publié le 10 mars 2026\n\nLa ministre ivoirienne Nialé Kaba a parlé mardi à Dakar.\n',
      'b.txt': 'Publié le 11 mars 2026\n\nLa ministre ivoirienne Kaba Nialé a parlé mardi à Dakar.\n',
    });
    expect(namesOf(graph, 'Person')).toHaveLength(1);
  });
});
