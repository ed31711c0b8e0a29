import { describe, expect, it } from 'vitest';
import { factsOf, graphOf, namesOf } from '../helpers.ts';

// 2036-11-18 is a Tuesday.
const NORDIC =
  ' date 2036-11-18 International\nSommet nordique à Bergen : un paquet pour la défense aérienne\n' +
  'Le Premier ministre norvégien Olav Brekke accueille ses homologues au port de Bergen. [Keystone/NTB - Sindre Halvorsen]\n' +
  'Le Premier ministre norvégien Olav Brekke recevait mardi ses homologues suédois Nils Ekdahl, danoise Karen Vestergaard et finlandais Aarne Koskinen, pour un sommet consacré à l\'Ukraine.\n';

describe('a host receiving his counterparts, each told by a demonym', () => {
  it('"ses homologues suédois A, danoise B et finlandais C": each leads his country, all at the summit the host receives them for', () => {
    const graph = graphOf(NORDIC);
    expect(factsOf(graph, 'LEADS')).toEqual(['Aarne Koskinen -LEADS-> Finlande', 'Karen Vestergaard -LEADS-> Danemark', 'Nils Ekdahl -LEADS-> Suède', 'Olav Brekke -LEADS-> Norvège']);
    expect(factsOf(graph, 'ATTENDED').map((f) => f.split(' -ATTENDED-> ')[0])).toEqual(['Aarne Koskinen', 'Karen Vestergaard', 'Nils Ekdahl', 'Olav Brekke']);
  });

  it('a caption ending with its bracketed credit ("[Keystone/NTB - X]") is no content: its photographer is no one', () => {
    expect(namesOf(graphOf(NORDIC), 'Person')).not.toContain('Sindre Halvorsen');
  });

  it('"Le chancelier X recevait à la chancellerie A, B et C": the article\'s gathering, not a meeting of its own', () => {
    const text =
      ' date 2036-11-18 International\nSommet de Berlin sur l\'Ukraine.\n' +
      'Le chancelier allemand Matthias Vogt recevait à la chancellerie le président ukrainien Bohdan Kravets, le Français Étienne Rouvière et le Britannique Alistair Pembury.\n';
    expect(namesOf(graphOf(text), 'Event')).toEqual(['Sommet de Berlin']);
    expect(factsOf(text, 'ATTENDED').map((f) => f.split(' -ATTENDED-> ')[1])).toEqual(['Sommet de Berlin', 'Sommet de Berlin', 'Sommet de Berlin', 'Sommet de Berlin']);
  });
});

describe('who came, who spoke before the gathering', () => {
  it('"a pris la parole, jeudi, devant une centaine de délégations", "X, venu en personne, a promis": at the article\'s conference', () => {
    const text =
      ' date 2036-07-10 International\nLa conférence sur la reconstruction s\'est ouverte jeudi à Rome. Le président ukrainien Petro Kovalenko a pris la parole, jeudi 10 juillet, devant une centaine de délégations. ' +
      "Le Premier ministre néerlandais, Bram Kuipers, venu en personne, a promis 300 millions d'euros.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Bram Kuipers -ATTENDED-> Conférence de Rome', 'Petro Kovalenko -ATTENDED-> Conférence de Rome']);
  });
});

describe('ministers who met, then lunched', () => {
  it('"A, B et C se sont réunis mercredi à Varsovie": all three at it; "MM. A, B et C ainsi que Mme D … lors d\'un déjeuner": all four at the lunch', () => {
    const text =
      " date 2036-03-12 International\nLe ministre polonais Jan Nowicki, le Français Paul Morand et l'Allemand Karl Brandt se sont réunis mercredi à Varsovie. " +
      "Mercredi midi, MM. Nowicki, Morand et Brandt ainsi que Mme Eva Lindqvist ont poursuivi les discussions lors d'un déjeuner de travail.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([
      'Eva Lindqvist -ATTENDED-> Déjeuner à Varsovie',
      'Jan Nowicki -ATTENDED-> Déjeuner à Varsovie',
      'Jan Nowicki -ATTENDED-> Réunion de Varsovie',
      'Karl Brandt -ATTENDED-> Déjeuner à Varsovie',
      'Karl Brandt -ATTENDED-> Réunion de Varsovie',
      'Paul Morand -ATTENDED-> Déjeuner à Varsovie',
      'Paul Morand -ATTENDED-> Réunion de Varsovie',
    ]);
  });
});

describe('civilities, fronted participles and relatives', () => {
  // 2036-05-17 is a Saturday.
  it('"Interrogé sur l\'absence de M. X, Y, qui avait reçu M. Z jeudi à Ankara, s\'est dit disposé à organiser une rencontre entre les deux dirigeants": Y and Z met in Ankara; X, named after "de M.", met no one', () => {
    const text =
      ' date 2036-05-17 International\nLes pourparlers se sont ouverts vendredi à Istanbul sans le président russe Oleg Zimin.\n' +
      "Interrogé sur l'absence de M. Zimin, le président turc Kemal Aydın, qui avait reçu M. Petro Kovalenko jeudi à Ankara, s'est dit disposé à organiser une rencontre entre les deux dirigeants.\n";
    const attended = factsOf(text, 'ATTENDED');
    expect(attended.filter((f) => f.startsWith('Oleg Zimin'))).toEqual([]);
    expect(attended.filter((f) => f.includes('Ankara')).map((f) => f.split(' -ATTENDED-> ')[0])).toEqual(['Kemal Aydın', 'Petro Kovalenko']);
  });

  it('"Accueilli par M. A et Mme B, le président ukrainien X a participé…": the three were there, A and B hosting; "a laissé à son ministre le soin de représenter la Belgique": not the one who stayed home', () => {
    const text =
      ' date 2036-05-17 International\nLe sommet européen s\'est tenu samedi à Bruxelles. Accueilli peu après 10 heures sur le parvis par M. Luis Ferreira et Mme Anna Keller, le président ukrainien Petro Kovalenko a participé à la première séance de travail. ' +
      "Retenu à Anvers par un conclave budgétaire, le Premier ministre belge Luc Peeters a laissé à son ministre des Affaires étrangères le soin de représenter la Belgique.\n";
    // (Belgium, represented, is there.)
    expect(factsOf(text, 'ATTENDED').map((f) => f.split(' -ATTENDED-> ')[0])).toEqual(['Anna Keller', 'Belgique', 'Luis Ferreira', 'Petro Kovalenko']);
    expect(factsOf(text, 'HOSTED').map((f) => f.split(' -HOSTED-> ')[0])).toEqual(['Anna Keller', 'Luis Ferreira']);
  });
});
