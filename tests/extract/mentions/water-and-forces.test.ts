import { describe, expect, it } from 'vitest';
import { factsOf, graphOf, namesOf } from '../helpers.ts';

describe('a body of water named after a country', () => {
  it('"le bassin du lac Tchad", "le golfe de Guinée" name no country', () => {
    const graph = graphOf("Publié le 16/02/2027\n\nLes dirigeants ont parlé de la sécurité du bassin du lac Tchad et des pirates du golfe de Guinée.\n");
    expect(graph.filterNodes((_, a) => (a.labels as string[]).includes('Country'))).toEqual([]);
  });
});

describe('a force told by its kind, named in apposition', () => {
  it('"puisé dans sa force en attente, la FOMAC": the pledge goes to the FOMAC', () => {
    const text = "Publié le 17/02/2027\n\nLes chefs d'État se sont réunis mardi à Libreville. La Communauté économique des États de l'Afrique centrale (CEEAC) fournira un contingent de 3 000 hommes, puisé dans sa force en attente, la FOMAC.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(["Communauté économique des États de l'Afrique centrale -PLEDGES-> FOMAC"]);
  });
});

describe('a force named in quotation marks', () => {
  it('"le mémorandum fondateur du « Groupe opérationnel de lutte contre les mines en mer Noire »": the pledges go to it', () => {
    const text =
      "Publié le 27/04/2027\n\nLa conférence s'est tenue mardi à Bucarest. Les ministres ont signé le mémorandum fondateur du « Groupe opérationnel de lutte contre les mines en mer Noire ». La Bulgarie fournira un chasseur de mines.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Bulgarie -PLEDGES-> Groupe opérationnel de lutte contre les mines en mer Noire']);
  });
});

describe('a force named by a participle past its complements', () => {
  it('"une mission conjointe de surveillance aérienne et maritime, baptisée Northern Sentry": that force', () => {
    const text =
      "Publié le 03/03/2027\n\nLes dirigeants se sont réunis mercredi à Reykjavik. La déclaration crée une mission conjointe de surveillance aérienne et maritime, baptisée Northern Sentry. Le Danemark enverra deux frégates au sein de la mission.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Danemark -PLEDGES-> Northern Sentry']);
  });
});

describe('a force defined with a hyphenated acronym, and the Commission of ECOWAS', () => {
  it('"la Force unifiée de l\'AES (FU-AES)" receives the pledges; "Le président de la Commission, X" in an article on ECOWAS leads ECOWAS', () => {
    const text =
      "Publié le 26/08/2027\n\nLes chefs d'État se sont réunis jeudi à Niamey. L'acte constitutif de la Force unifiée de l'AES (FU-AES) a été signé. Le Mali enverra deux bataillons au sein de la FU-AES. À Abuja, Omar Diallo, président de la Commission de la CEDEAO, a réagi. Le président de la Commission, Omar Diallo, juge l'initiative dangereuse.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(["Mali -PLEDGES-> Force unifiée de l'AES"]);
    expect(factsOf(text, 'LEADS')).toEqual(['Omar Diallo -LEADS-> CEDEAO']);
  });
});

describe('a force named in quotes before an indefinite head', () => {
  it('"le « Baltic Seabed Shield », une force conjointe …": the force is called by its name; "une enveloppe confirmée depuis la capitale norvégienne": Oslo receives nothing', () => {
    const text = "Publié le 13 mars 2026\n\nEn lançant jeudi à Helsinki le « Nordic Seabed Guard », une force conjointe destinée à surveiller les câbles, la Finlande et la Suède ont adressé un message. Oslo versera 2 milliards de couronnes au budget commun de la force, une enveloppe confirmée depuis la capitale norvégienne.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Norvège -PLEDGES-> Nordic Seabed Guard']);
  });
});

describe('forces named by what they fight, and the sea they guard', () => {
  it('"une brigade antiterroriste … pour le golfe de Guinée", "la Brigade antiterroriste du golfe de Guinée": the force pledged to, not Guinea', () => {
    const text =
      "Publié le 19 février 2026\n\nRéunis jeudi à Abuja, les chefs d'État de la CEDEAO ont porté sur les fonts baptismaux une brigade antiterroriste de 5 000 hommes pour le golfe de Guinée. " +
      "Le ministre nigérian a détaillé le calendrier de la future brigade antiterroriste du golfe de Guinée. Le Bénin fournira 500 soldats à la brigade.\n";
    const pledges = factsOf(text, 'PLEDGES');
    expect(pledges).toHaveLength(1);
    expect(pledges[0]).toMatch(/^Bénin -PLEDGES-> Brigade antiterroriste/);
  });
  it('"cette force de répression des gangs que X propose de substituer à la mission multinationale emmenée par le Kenya": Kenya leads the mission, not the force', () => {
    const text = "Publié le 2 octobre 2025\n\nObjet de la rencontre : cette force de répression des gangs que Washington propose de substituer à la mission multinationale emmenée par le Kenya.\n";
    expect(factsOf(text, 'LEADS')).toEqual([]);
  });
});

describe('a quoted name in lower case before its head', () => {
  it('"le « Bouclier aérien balte », une initiative franco-britannique": the initiative is called so', () => {
    const graph = graphOf("Publié le 12 mars 2026\n\nLe Premier ministre britannique recevait jeudi les dirigeants pour lancer le « Bouclier aérien nordique », une initiative franco-britannique censée fermer le ciel. La Norvège versera 200 millions d'euros à l'initiative.\n");
    expect(graph.filterNodes((_, a) => a.labels.includes('Organization')).map((k) => graph.getNodeAttribute(k, 'name'))).toContain('Bouclier aérien nordique');
  });
});

describe('an unquoted name before the head of a force', () => {
  it('"une frégate pour Northern Lantern, l\'opération de surveillance de l\'OTAN": the operation, not a person, receives the frigate', () => {
    const text = "Publié le 5 mars 2026\n\nLe Danemark enverra une frégate pour Northern Lantern, l'opération de surveillance lancée par l'OTAN l'an dernier.\n";
    expect(namesOf(graphOf(text), 'Person')).toEqual([]);
    expect(factsOf(text, 'PLEDGES')).toEqual(['Danemark -PLEDGES-> Northern Lantern']);
  });
});

describe('a defined mechanism or initiative of patrols is a force', () => {
  it('"le Mécanisme conjoint de patrouilles frontalières (MCPF)": soldiers pledged with no receiver named go to it', () => {
    const text = "Publié le 4 mars 2026\n\nRéunis mercredi à Lomé, les dirigeants ont adopté le Mécanisme conjoint de patrouilles frontalières (MCPF). Le Togo fournira 800 soldats.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Togo -PLEDGES-> Mécanisme conjoint de patrouilles frontalières']);
  });
});

describe('an unnamed mission qualified as a force', () => {
  const lead = "Publié le 5 mars 2026\n\nLes ministres de la Défense se sont réunis jeudi à Riga pour lancer une mission navale européenne en Baltique. ";
  it('"une mission navale européenne en Baltique" receives what is pledged with no receiver named (a minelayer too)', () => {
    expect(factsOf(lead + 'La Finlande mettra à disposition un mouilleur de mines.\n', 'PLEDGES')).toEqual(['Finlande -PLEDGES-> Mission navale européenne']);
  });
  it('so does the country of a minister whose pledge found its receiver only at the article\'s end', () => {
    expect(factsOf(lead + 'Son homologue finlandais, Antti Virtanen, mettra à disposition une frégate.\n', 'PLEDGES')).toEqual([
      'Antti Virtanen -PLEDGES-> Mission navale européenne',
      'Finlande -PLEDGES-> Mission navale européenne',
    ]);
  });
  it('is no force as "la mission" alone or "une mission diplomatique"', () => {
    expect(namesOf(graphOf('Publié le 5 mars 2026\n\nLa mission diplomatique est partie jeudi. La mission a duré deux jours.\n'), 'Organization')).toEqual([]);
  });
  it('is the mission the article names ("quatre frégates pour la mission navale européenne" … "« Sentinelle Nord », la mission navale de l\'UE")', () => {
    const text = "Quatre frégates promises pour la mission navale européenne\n\nPublié le 5 mars 2026\n\nLes ministres ont bouclé jeudi à Lisbonne les moyens de « Sentinelle Nord », la mission navale de l'Union européenne. La Suède enverra une corvette.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Suède -PLEDGES-> Sentinelle Nord']);
  });
});

describe("a country's own army, defined by its acronym", () => {
  it('"650 soldats des Forces armées de Côte d\'Ivoire (FACI), ainsi qu\'une contribution … au fonctionnement de la force": the force is the regional one named before, not the national army', () => {
    const text =
      "Publié le 13/02/2048\n\nLes chefs d'État de la CEDEAO se sont réunis jeudi à Abuja pour activer une force régionale en Sierra Leone. Le président ivoirien a annoncé l'envoi d'un bataillon de 650 soldats des Forces armées de Côte d'Ivoire (FACI), ainsi qu'une contribution de 5 milliards de FCFA au fonctionnement de la force.\n";
    expect(factsOf(text, 'PLEDGES').filter((f) => f.includes('Forces armées'))).toEqual([]);
  });
});

describe('an acronym with a slash', () => {
  it('"X, le chef de l\'Alliance Fleuve Congo (AFC/M23)": a body X leads, not a person named "Fleuve Congo" leading NATO', () => {
    expect(factsOf("Publié le 30/01/2048\n\nJean Mbala, le chef de l'Alliance Fleuve Congo (AFC/M23), a averti que toute force étrangère serait considérée comme belligérante.\n", 'LEADS')).toEqual(['Jean Mbala -LEADS-> Alliance Fleuve Congo']);
  });
});

describe('a mission named by an acronym and one word before its head', () => {
  it('"à EUNAVFOR Thétis, une opération militaire de l\'Union … La Pologne, elle, n\'enverra aucun navire": the mission, refused', () => {
    const text = "Les ministres ont donné leur feu vert à EUNAVFOR Thétis, une opération militaire de l'Union contre la piraterie. La Pologne, elle, n'enverra aucun navire.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Pologne -REFUSES_TROOPS-> EUNAVFOR Thétis']);
  });
});
