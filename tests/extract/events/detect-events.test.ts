import { describe, expect, it } from 'vitest';
import { factsOf, graphOf } from '../helpers.ts';

const events = (graph: ReturnType<typeof graphOf>) =>
  graph
    .filterNodes((_, a) => a.labels.includes('Event'))
    .map((k) => graph.getNodeAttributes(k))
    .map((a) => `${a.kind} ${a.date ?? '-'} ${a.place ?? '-'}: ${a.name}`)
    .sort();

describe('events', () => {
  it('makes one node of a summit told by several outlets, whatever they call it', () => {
    const graph = graphOf({
      'a.txt': 'Les dirigeants se sont réunis le 12 mars 2026 à Rome pour un sommet sur la défense.\n',
      'b.txt': ' date 2026-03-12 Défense\nCette réunion de Rome a rassemblé trente pays. La rencontre romaine a été longue.\n',
      'c.txt': 'Rome, 12 mars 2026. Au sommet, le président roumain Nicusor Dan a participé aux travaux.\n',
    });
    expect(events(graph)).toEqual(['summit 2026-03-12 Rome: Sommet de Rome']);
  });

  it('takes the gathering the article tells by a verb, not the next one it announces by a noun', () => {
    const graph = graphOf('LOMÉ, 3 mai (AFP) - Les présidents ouest-africains réunis samedi à Lomé ont adopté un plan. Le président ghanéen Kofi Mensah était présent.\nIls doivent se retrouver en octobre à Dakar pour un sommet.\n');
    expect(factsOf(graph, 'ATTENDED')).toEqual(["Kofi Mensah -ATTENDED-> Réunion de Lomé"]);
  });

  it('places a gathering at the town named after a comma in its phrase, even one the lexicon does not know', () => {
    const graph = graphOf('Publié le 22 octobre 2026\n\nLe président chilien Pablo Ruiz a reçu mardi à Santiago le président péruvien Luis Soto. Pablo Ruiz n\'a pas confirmé sa présence au prochain sommet de la Celac, prévu en décembre à Puerto Varas.\n');
    expect(events(graph).filter((e) => e.startsWith('summit'))).toEqual(['summit 2026-12 Puerto Varas: Sommet (Celac) à Puerto Varas']);
  });

  it('places a visit to the country of the dateline at its city, its guest and its host attending', () => {
    const graph = graphOf("ROME, mercredi 3 juin - Le président ghanéen Kofi Mensah a entamé mardi une visite d'État en Italie. Accueilli au Quirinal par le président italien, Paolo Conti, le chef de l'État ghanéen a ensuite déjeuné.\n");
    expect(events(graph)).toEqual(['visit - Rome: Visite à Rome']);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Kofi Mensah -ATTENDED-> Visite à Rome', 'Paolo Conti -ATTENDED-> Visite à Rome']);
  });

  it('keeps a press conference of the same day apart from the summit, with its own kind', () => {
    const graph = graphOf(
      ' date 2026-03-12 Rome\nLe sommet de Rome réunira vingt pays. Une conférence de presse aura lieu dans la soirée, réunissant le président roumain Nicusor Dan et le Premier ministre suédois Ulf Kristersson.\n',
    );
    expect(events(graph)).toEqual(['press-conference 2026-03-12 Rome: Conférence de presse à Rome', 'summit 2026-03-12 Rome: Sommet de Rome']);
    expect(factsOf(graph, 'ATTENDED')).toEqual([
      'Nicusor Dan -ATTENDED-> Conférence de presse à Rome',
      'Ulf Kristersson -ATTENDED-> Conférence de presse à Rome',
    ]);
  });

  it("makes the gathering's press conference, told as known, an event of its own on its day and at its place", () => {
    const graph = graphOf(
      "Publié le 12 mars 2026\n\nLes dirigeants européens se sont réunis jeudi à Bruxelles pour un sommet. « Nous avons tenu parole », a lancé le Premier ministre suédois Ulf Kristersson lors de la conférence de presse finale, aux côtés de la présidente slovaque Zuzana Horvath.\n",
    );
    expect(events(graph)).toEqual(['press-conference 2026-03-12 Bruxelles: Conférence de presse à Bruxelles', 'summit 2026-03-12 Bruxelles: Sommet de Bruxelles']);
    // The speaker is at the press conference and at the summit it closed; the one beside him at the press conference.
    expect(factsOf(graph, 'ATTENDED')).toEqual([
      'Ulf Kristersson -ATTENDED-> Conférence de presse à Bruxelles',
      'Ulf Kristersson -ATTENDED-> Sommet de Bruxelles',
      'Zuzana Horvath -ATTENDED-> Conférence de presse à Bruxelles',
    ]);
  });

  it("reads the other side of a joint press conference after its adjective ('commune avec X')", () => {
    const graph = graphOf(
      "Publié le 12 mars 2026\n\nLes dirigeants se sont réunis jeudi à Paris pour un sommet. « Le dispositif sera prêt », a assuré le président roumain Nicusor Dan lors de sa conférence de presse commune avec M. Ulf Kristersson.\n",
    );
    expect(factsOf(graph, 'ATTENDED').filter((f) => f.includes('Conférence de presse'))).toEqual([
      'Nicusor Dan -ATTENDED-> Conférence de presse entre Nicusor Dan et Ulf Kristersson à Paris',
      'Ulf Kristersson -ATTENDED-> Conférence de presse entre Nicusor Dan et Ulf Kristersson à Paris',
    ]);
  });

  it('does not take a gathering of months before the article for the one it reports', () => {
    const graph = graphOf(
      "Publié le 12 mars 2026\n\nCinq mois après le sommet de Charm el-Cheikh d'octobre 2025, qui avait scellé le cessez-le-feu, l'Égypte a de nouveau reçu mercredi au Caire une conférence sur Gaza. Le président indonésien Prabowo Subianto était également présent.\n",
    );
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Prabowo Subianto -ATTENDED-> Conférence du Caire']);
  });

  it('does not carry the event told before into a sentence that opens on another day', () => {
    const graph = graphOf(
      "Publié le 12 mars 2026\n\nCinq mois après le sommet de Charm el-Cheikh d'octobre 2025, qui avait scellé le cessez-le-feu, l'Égypte a de nouveau reçu au Caire. Mercredi, aux côtés du président égyptien Abdel Fattah al-Sissi, avaient pris place le président indonésien Prabowo Subianto et le président turc Recep Tayyip Erdogan.\n",
    );
    expect(factsOf(graph, 'ATTENDED').filter((f) => f.includes('Charm'))).toEqual([]);
  });

  it('reads "la veille" against the story\'s day, not against a day recalled from weeks before', () => {
    const graph = graphOf(
      "Publié le samedi 7 mars 2026\n\nLes chefs d'État se sont réunis ce samedi à Abuja. Le principe de la force avait été réaffirmé lors du sommet ordinaire du 14 décembre dernier. La veille au soir, le président sénégalais Malick Diop et le président ivoirien Koffi Brou se sont retrouvés pour un dîner à Abuja.\n",
    );
    expect(events(graph).filter((e) => e.startsWith('dinner'))).toEqual(['dinner 2026-03-06 Abuja: Dîner à Abuja']);
  });

  it('makes the next meeting told by a reflexive verb an event of its month and town, attended by no one yet', () => {
    for (const sentence of ['Les dirigeants de la coalition doivent se retrouver début janvier à Paris.', 'La coalition se réunira de nouveau début janvier à Paris, a annoncé l\'Élysée.']) {
      const graph = graphOf(`Publié le 18 décembre 2025\n\nLes dirigeants se sont réunis jeudi à Bruxelles. Le président roumain Nicusor Dan était présent. ${sentence}\n`);
      expect(events(graph)).toEqual(['meeting 2025-12-18 Bruxelles: Réunion de Bruxelles', 'meeting 2026-01 Paris: Réunion de Paris']);
      expect(factsOf(graph, 'ATTENDED')).toEqual(['Nicusor Dan -ATTENDED-> Réunion de Bruxelles']);
    }
  });

  it('does not merge the next one ("le prochain sommet", "une visioconférence est prévue mardi") into the gathering held', () => {
    for (const sentence of ['Le prochain sommet de la CPE doit se tenir en novembre en Irlande.', 'Une visioconférence des dirigeants est prévue mardi.']) {
      const graph = graphOf(`Publié le 23 novembre 2025\n\nLes dirigeants se sont réunis dimanche à Genève. ${sentence}\n`);
      expect(events(graph).filter((e) => e.includes('Genève'))).toEqual(['meeting 2025-11-23 Genève: Réunion de Genève']);
    }
  });

  it('dates the article by its byline line under the site, rubric, headline and standfirst, so "hier" is the day before it', () => {
    const graph = graphOf(
      "L'Orient-Le Jour\nLiban | Diplomatie\n\nÀ Paris, des millions pour l'armée\n\nLe chef de l'État a obtenu hier des engagements chiffrés.\n\nOLJ / Par Yasmina ABI NADER, le 13 mars 2026 à 00h05\n\nLes délégations se sont réunies hier à Paris pour une conférence.\n",
    );
    expect(events(graph)).toEqual(['conference 2026-03-12 Paris: Conférence de Paris']);
  });

  it('dates an event from a relative date and merges it with the same meeting told elsewhere', () => {
    const graph = graphOf({
      'a.txt': ' date 2026-01-10 Diplomatie\nUne rencontre entre Recep Tayyip Erdogan et Ilham Aliev fin décembre a préparé le terrain.\n',
      'b.txt': 'Les récentes discussions de Erdogan avec Aliev à Bakou ont été fructueuses.\n',
    });
    expect(events(graph)).toEqual(['meeting 2025-12 Bakou: Réunion entre Recep Tayyip Erdogan et Ilham Aliev à Bakou']);
  });

  it('reads calls and talks between two people as their own events', () => {
    const graph = graphOf(' date 2026-02-04 Diplomatie\nLundi, le président finlandais Alexander Stubb s’est entretenu avec le président chinois Xi Jinping.\n');
    expect(events(graph)).toEqual(['talk 2026-02-02 -: Entretien entre Alexander Stubb et Xi Jinping']);
  });
});

describe('the place of an event', () => {
  it('is not a city said of someone else after a comma, nor the complement of another noun', () => {
    const graph = graphOf(
      ' date 2026-03-20 Bruxelles\nRéunis à Bruxelles, les dirigeants ont approuvé une aide. Le président du Conseil européen, António Costa, qui présidait la réunion, a salué un accord. La haute représentante Kaja Kallas a manqué la réunion des dirigeants, retenue à Washington par des entretiens au département d\'État.\n',
    );
    expect(events(graph)).toEqual(['meeting 2026-03-20 Bruxelles: Réunion de Bruxelles']);
    const sahel = graphOf(" date 2026-06-21 Abuja\nLes chefs d'État ont décidé à Abuja d'activer une force, lors d'un sommet marqué par l'absence des régimes militaires du Sahel.\n");
    expect(events(sahel)).toEqual(['summit 2026-06-21 Abuja: Sommet d\'Abuja']);
  });
});

describe('events told relative to others', () => {
  // Thursday 14 May 2026.
  const DATED = ' date 2026-05-14 Diplomatie\n';

  it('dates "la veille" and "le lendemain" from the event told before', () => {
    const graph = graphOf(
      DATED +
        'Les ministres des Finances du G7 se sont réunis le 11 mai à Ottawa pour une réunion sur la dette.\n' +
        'Le lendemain, le président ghanéen Kofi Amankwah a accueilli à Accra un sommet de la Cedeao.\n' +
        "La veille, le président kényan Daniel Mwangi s'était entretenu par téléphone avec le Premier ministre indien Arjun Mehta.\n",
    );
    expect(events(graph)).toEqual([
      // The eve of the summit just told, not of the article's day.
      'call 2026-05-11 -: Conversation téléphonique entre Daniel Mwangi et Arjun Mehta',
      'meeting 2026-05-11 Ottawa: Réunion d\'Ottawa',
      'summit 2026-05-12 Accra: Sommet (CEDEAO) à Accra',
    ]);
  });

  it('dates "la veille" from the article when nothing before it is dated', () => {
    const graph = graphOf(DATED + "La veille, le président kényan Daniel Mwangi s'était entretenu par téléphone avec le Premier ministre indien Arjun Mehta.\n");
    expect(events(graph)).toEqual(['call 2026-05-13 -: Conversation téléphonique entre Daniel Mwangi et Arjun Mehta']);
  });

  it('takes no date from a participle\'s incise ("X, arrivé la veille, a eu un entretien"): the story\'s day', () => {
    const graph = graphOf(
      DATED +
        "Le sommet de l'Union africaine s'est ouvert lundi à Nairobi. Le président ghanéen Kofi Amankwah, arrivé la veille, a eu un long entretien avec le président kényan Daniel Mwangi.\n",
    );
    expect(events(graph)).toEqual(['summit 2026-05-11 Nairobi: Sommet de Nairobi', 'talk 2026-05-11 Nairobi: Entretien entre Kofi Amankwah et Daniel Mwangi à Nairobi']);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Daniel Mwangi -ATTENDED-> Entretien entre Kofi Amankwah et Daniel Mwangi à Nairobi', 'Kofi Amankwah -ATTENDED-> Entretien entre Kofi Amankwah et Daniel Mwangi à Nairobi']);
  });

  it('resolves a weekday of a past signing to the latest such day, the article day included', () => {
    const graph = graphOf(DATED + "Le président ghanéen Kofi Amankwah et le président togolais Edem Koffi ont signé mardi à Lomé un accord sur la frontière.\n");
    expect(events(graph)).toEqual(['signing 2026-05-12 Lomé: Signature entre Kofi Amankwah et Edem Koffi à Lomé']);
  });

  it("keeps a signing told on another day than the article's gathering as its own event", () => {
    const graph = graphOf(
      DATED + 'Les dirigeants africains se sont réunis jeudi à Niamey pour un sommet.\nLe président ghanéen Kofi Amankwah et le président togolais Edem Koffi ont signé lundi un accord sur la frontière.\n',
    );
    expect(events(graph)).toEqual(['signing 2026-05-11 -: Signature entre Kofi Amankwah et Edem Koffi', 'summit 2026-05-14 Niamey: Sommet de Niamey']);
  });

  it('keeps a gathering placed in its own clause apart from the article\'s gathering in another city', () => {
    const graph = graphOf(
      DATED +
        "Les dirigeants de l'Union africaine se sont retrouvés jeudi à Addis-Abeba pour un sommet sur le Sahel.\n" +
        'Mardi, le président ghanéen Kofi Amankwah avait accueilli à Accra une réunion des ministres de la Cedeao.\n' +
        'Le ministre nigérian des Affaires étrangères Tunde Bakare a été reçu jeudi à Addis-Abeba par le président éthiopien Dawit Bekele.\n',
    );
    expect(events(graph)).toEqual([
      'meeting 2026-05-12 Accra: Réunion d\'Accra',
      'meeting 2026-05-14 Addis-Abeba: Réunion entre Tunde Bakare et Dawit Bekele à Addis-Abeba',
      'summit 2026-05-14 Addis-Abeba: Sommet d\'Addis-Abeba',
    ]);
  });
});

describe('the place of a new event', () => {
  it('is the city its clause gives before it, and a meeting there is not the article\'s gathering', () => {
    const graph = graphOf(
      ' date 2026-05-14 Diplomatie\n' +
        "Les dirigeants de l'Afrique de l'Ouest se sont réunis jeudi à Accra pour un sommet sur le Sahel.\n" +
        'Le président ghanéen Kofi Amankwah a reçu jeudi à Lomé le président togolais Edem Koffi pour des discussions sur la frontière.\n',
    );
    expect(events(graph)).toEqual(['meeting 2026-05-14 Lomé: Réunion de Lomé', 'summit 2026-05-14 Accra: Sommet d\'Accra']);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Edem Koffi -ATTENDED-> Réunion de Lomé', 'Kofi Amankwah -ATTENDED-> Réunion de Lomé']);
  });
});

describe("a dateline's date", () => {
  it('dates the article, not the event the sentence tells ("s\'est ouverte jeudi")', () => {
    const graph = graphOf('SÉVILLE, 4 juillet 2025 - La conférence internationale sur le financement du développement s\'est ouverte lundi à Séville.\n');
    const events = graph.filterNodes((_, a) => a.labels.includes('Event'));
    expect(events.map((k) => graph.getNodeAttribute(k, 'date'))).toEqual(['2025-06-30']);
  });
});

describe('the article\'s gathering', () => {
  it('is named by its noun rather than a participle, and its guests after a comma leave it a gathering', () => {
    const graph = graphOf(
      'Le président argentin Javier Milei a accueilli lundi 3 mars 2026 à Buenos Aires le sommet du Mercosur, en présence du président uruguayen Yamandú Orsi.\n' +
        'Les dirigeants réunis à Buenos Aires ont adopté une déclaration.\n',
    );
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'name'))).toEqual(['Sommet de Buenos Aires']);
    expect(factsOf(graph, 'ATTENDED')).toEqual([
      'Javier Milei -ATTENDED-> Sommet de Buenos Aires',
      'Yamandú Orsi -ATTENDED-> Sommet de Buenos Aires',
    ]);
  });
});

describe("an undated article's gathering", () => {
  it('takes the day the article gives a gathering at its place, not the day of publication', () => {
    const graph = graphOf(
      'Avant le sommet de Madrid, les capitales accélèrent\n\nPublié le 2 mars 2026 à 19h30\n\n' +
        'Mercredi, les pays de la coalition se réuniront à Madrid autour du Premier ministre espagnol Arturo Soler.\n' +
        'Le sommet réunira notamment le président finlandais Mikko Aalto et la Première ministre danoise Birthe Holm.\n',
    );
    const events = graph.filterNodes((_, a) => a.labels.includes('Event'));
    expect(events.map((k) => [graph.getNodeAttribute(k, 'name'), graph.getNodeAttribute(k, 'date')])).toEqual([['Sommet de Madrid', '2026-03-04']]);
    // Two days ahead, the summit has had no one yet (an article of its eve may tell the next day's as done).
    expect(factsOf(graph, 'ATTENDED')).toEqual([]);
  });

  it('keeps the day of publication when the dated gathering is weeks away', () => {
    const graph = graphOf(
      'Le sommet de Madrid\n\nPublié le 2 mars 2026 à 19h30\n\n' +
        'Le sommet de Madrid a réuni les dirigeants européens. Les ministres réunis à Madrid le 30 janvier avaient préparé le terrain.\n',
    );
    const dates = graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'date'));
    expect(dates).toContain('2026-03-02');
  });
});

describe('a visit told by its verb and again by a noun', () => {
  const visit =
    "VARSOVIE, 4 mars 2026 (AFP) - Le président polonais Jan Wrona a reçu mercredi à Varsovie le ministre néerlandais des Affaires étrangères, Pieter de Wit.\n" +
    "Les Pays-Bas enverront des soldats en Pologne, a déclaré M. de Wit à l'issue de la rencontre.\n";

  it('is one meeting, which both attended', () => {
    const graph = graphOf(visit);
    const events = graph.filterNodes((_, a) => a.labels.includes('Event'));
    expect(events.map((k) => graph.getNodeAttribute(k, 'date'))).toEqual(['2026-03-04']);
    expect(factsOf(graph, 'ATTENDED')).toEqual([
      'Jan Wrona -ATTENDED-> Réunion entre Jan Wrona et Pieter de Wit à Varsovie',
      'Pieter de Wit -ATTENDED-> Réunion entre Jan Wrona et Pieter de Wit à Varsovie',
    ]);
  });

  it('takes no date from the clause after an incise that names it again', () => {
    const graph = graphOf(visit + "Le Premier ministre polonais Adam Sowa, absent de la rencontre, s'est entretenu jeudi par téléphone avec son homologue néerlandais.\n");
    const dates = graph.filterNodes((_, a) => a.labels.includes('Event') && a.kind !== 'call').map((k) => graph.getNodeAttribute(k, 'date'));
    expect(dates).toEqual(['2026-03-04']);
  });
});

describe('a visit and the meeting that makes it', () => {
  it('are one event ("en visite à Oslo … a été reçue lundi à Oslo par son homologue")', () => {
    const graph = graphOf(
      'La cheffe du gouvernement estonien en visite à Riga\n\nRIGA, 11 mai 2026 - La Première ministre estonienne, Kaja Tamm, a été reçue lundi à Riga par son homologue letton, Andris Ozols.\n',
    );
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).length).toBe(1);
    expect(factsOf(graph, 'ATTENDED').map((f) => f.split(' -')[0])).toEqual(['Andris Ozols', 'Kaja Tamm']);
  });
});

describe('a visit the article calls "sa visite" without a place', () => {
  it("is the visit to the dateline's city the sentence before told, one event", () => {
    const graph = graphOf("KIEV, 23 mars 2026 (AFP) - Le chancelier autrichien, Markus Leitner, s'est rendu lundi à Kiev, où il a rencontré le président ukrainien, Oleksandr Bondar. Il s'agit de sa première visite depuis son élection.\n");
    expect(events(graph)).toEqual(['visit 2026-03-23 Kiev: Visite entre Markus Leitner et Oleksandr Bondar à Kiev']);
    expect(factsOf(graph, 'ATTENDED')).toEqual([
      'Markus Leitner -ATTENDED-> Visite entre Markus Leitner et Oleksandr Bondar à Kiev',
      'Oleksandr Bondar -ATTENDED-> Visite entre Markus Leitner et Oleksandr Bondar à Kiev',
    ]);
  });
});

describe('a summit framing a talk ("en marge du sommet")', () => {
  it('takes the day its own relative clause gives, and the talk the day of the sentence', () => {
    const graph = graphOf("ADDIS-ABEBA, 9 février 2027 (Reuters) - Le président rwandais, Jean-Paul Habimana, et son homologue congolais, Félix Mbala, se sont brièvement entretenus dimanche en marge du sommet de l'Union africaine, qui s'est ouvert samedi dans la capitale éthiopienne.\n");
    expect(events(graph)).toEqual(["summit 2027-02-06 Addis-Abeba: Sommet d'Addis-Abeba", 'talk 2027-02-07 Addis-Abeba: Entretien entre Jean-Paul Habimana et Félix Mbala à Addis-Abeba']);
  });
});

describe("a live report's entry", () => {
  it('tells a call of the day of the report, told in the past without a day', () => {
    const text = 'EN DIRECT - Crise au Sahel\n\nMis à jour le 3 septembre 2027 à 17h45\n\n17h40 - Le président nigérien, Issa Maïga, s\'est entretenu au téléphone avec le président français, Julien Marchand.\n';
    expect(events(graphOf(text))).toEqual(['call 2027-09-03 -: Conversation téléphonique entre Issa Maïga et Julien Marchand']);
    // Without the stamp, a call told in the past is of no known day.
    expect(events(graphOf(text.replace('17h40 - ', '')))).toEqual(['call - -: Conversation téléphonique entre Issa Maïga et Julien Marchand']);
  });

  it('tells a meal it names as known ("09h05 – Fin du petit-déjeuner de la coalition"), its guests "Y participaient notamment A, B", and one away who joined by video', () => {
    const text =
      'EN DIRECT - Guerre en Ukraine\n\nMis à jour le 3 septembre 2027 à 17h45\n\n09h05 – Fin du petit-déjeuner de la coalition des volontaires. ' +
      'Y participaient notamment la Première ministre danoise, Ida Holm, et le président polonais, Jan Nowicki. ' +
      'Le Premier ministre australien, Tom Reid, absent de Lisbonne, a suivi les échanges par visioconférence.\n';
    const graph = graphOf(text);
    expect(events(graph).map((e) => e.split(':')[0])).toEqual(['breakfast 2027-09-03 -']);
    expect(factsOf(graph, 'ATTENDED').map((f) => f.split(' -')[0])).toEqual(['Ida Holm', 'Jan Nowicki', 'Tom Reid']);
  });
});

describe('an interview given to the press', () => {
  it('is no event ("dans un entretien à la télévision nationale")', () => {
    const graph = graphOf("ALGER, 8 mars 2028 - Le président algérien, Karim Benali, a défendu lundi sa position dans un entretien à la télévision nationale.\n");
    expect(events(graph)).toEqual([]);
  });
});

describe('a state funeral', () => {
  it('is a ceremony in the dateline\'s city, the deceased no guest; those "présents" after it and a talk on its margins are its day\'s', () => {
    const graph = graphOf(
      "ROME, 14 septembre 2028 - Une cinquantaine de chefs d'État ont assisté mercredi aux funérailles de l'ancien président italien Giorgio Lanza, en la basilique Saint-Pierre. Le président français, Julien Marchand, et le roi d'Espagne, Felipe VI, étaient présents.\n\nEn marge de la cérémonie, la présidente du Conseil italien, Chiara Moretti, s'est brièvement entretenue avec le directeur général de l'OMS, Tedros Haile.\n",
    );
    expect(events(graph)).toEqual(['ceremony 2028-09-13 Rome: Cérémonie à Rome', 'talk 2028-09-13 Rome: Entretien entre Chiara Moretti et Tedros Haile à Rome']);
    // On its margins, she was at it too.
    expect(factsOf(graph, 'ATTENDED')).toEqual([
      'Chiara Moretti -ATTENDED-> Cérémonie à Rome',
      'Chiara Moretti -ATTENDED-> Entretien entre Chiara Moretti et Tedros Haile à Rome',
      'Felipe VI -ATTENDED-> Cérémonie à Rome',
      'Julien Marchand -ATTENDED-> Cérémonie à Rome',
      'Tedros Haile -ATTENDED-> Entretien entre Chiara Moretti et Tedros Haile à Rome',
    ]);
  });
});

describe("a headline's signing", () => {
  it('is the signing the body tells ("Bakou et Erevan paraphent un accord à Washington")', () => {
    const graph = graphOf(
      "Caucase : Bakou et Erevan paraphent un accord à Washington\n\nWASHINGTON, 9 octobre 2029 (AFP) - Le président azerbaïdjanais, Elchin Mammadov, et le Premier ministre arménien, Armen Sargsian, ont paraphé lundi à la Maison Blanche un accord de paix, en présence du président américain, John Carter.\n",
    );
    expect(events(graph).filter((e) => e.startsWith('signing'))).toEqual(['signing 2029-10-08 Washington: Signature entre Elchin Mammadov et Armen Sargsian à Washington']);
  });
});

describe('a dateline naming a town the lexicon does not know', () => {
  it('places the article\'s gathering there and dates it by the event, not by the dateline ("BANFF (Canada), 16 juin 2026 -")', () => {
    const graph = graphOf("BANFF (Canada), 16 juin 2026 - Le sommet du G7 s'est ouvert lundi dans les Rocheuses.\n");
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => [graph.getNodeAttribute(k, 'name'), graph.getNodeAttribute(k, 'date')])).toEqual([['Sommet de Banff', '2026-06-15']]);
  });
});

describe("a headline's visit", () => {
  it('is the visit the body tells ("X en visite d\'État en Italie : …", "X a entamé lundi une visite d\'État")', () => {
    const graph = graphOf(
      "Le président kényan en visite d'État en Italie : Rome promet une aide\n\nROME, mardi 14 avril - Le président kényan, Samuel Kiprono, a entamé lundi une visite d'État de trois jours en Italie.\n",
    );
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).length).toBe(1);
  });
});

describe('an event held at a place the lexicon does not know', () => {
  it('is in the dateline\'s city when it falls in the days the dispatch reports ("au palais Chigi")', () => {
    const graph = graphOf("ROME, 19 mai 2026 (AFP) - Le président français, Paul Renaud, et la présidente du Conseil italien, Lucia Ferri, ont tenu lundi une conférence de presse commune au palais Chigi.\n");
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => [graph.getNodeAttribute(k, 'date'), graph.getNodeAttribute(k, 'place')])).toEqual([['2026-05-18', 'Rome']]);
  });
});

describe('the place of a verb event', () => {
  it('is where it is held ("s\'est rendue lundi à Oslo, où elle a signé … un accord sur la défense de l\'Arctique"), not what its object is about', () => {
    const graph = graphOf("Publié le 20 août 2026\n\nLa Première ministre danoise, Karen Holm, s'est rendue lundi à Oslo, où elle a signé avec le Premier ministre norvégien, Henrik Dahl, un accord sur la défense de l'Arctique.\n");
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'place'))).toEqual(['Oslo']);
  });
});

describe('the day and place of a visit\'s events', () => {
  const visit =
    "CHISINAU, 3 avril 2026 - La présidente moldave, Maia Lungu, a reçu jeudi son homologue roumain, Nicolae Dan.\nLors d'une conférence de presse commune, M. Dan a annoncé une aide.\n";

  it('holds the meeting in the dateline\'s city and the press conference told next on its day', () => {
    const graph = graphOf(visit);
    const events = graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => [graph.getNodeAttribute(k, 'kind'), graph.getNodeAttribute(k, 'date'), graph.getNodeAttribute(k, 'place')]);
    expect(events).toEqual([
      ['meeting', '2026-04-02', 'Chisinau'],
      ['press-conference', '2026-04-02', 'Chisinau'],
    ]);
  });

  it('dates the one event of a sentence by its one date, however long its subject', () => {
    const graph = graphOf("LONDRES, 15 avril 2026 (AFP) - Une conférence humanitaire sur le Soudan, coorganisée par le Royaume-Uni, la France et l'Allemagne, a permis mardi de réunir 1,5 milliard d'euros.\n");
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'date'))).toEqual(['2026-04-14']);
  });

  it('takes no day from a gathering\'s preparation ("La réunion avait été préparée lundi soir lors d\'un entretien"): one meeting, on Tuesday', () => {
    const graph = graphOf("Publié le 03/02/2026\n\nLe Premier ministre suédois Lars Berg a réuni mardi à Stockholm ses homologues nordiques. La réunion avait été préparée lundi soir lors d'un entretien téléphonique entre Lars Berg et Jan Nowak.\n");
    expect(events(graph).filter((e) => e.startsWith('meeting'))).toEqual(['meeting 2026-02-03 Stockholm: Réunion de Stockholm']);
  });

  it('takes no day from an aside between dashes ("X, dont la coalition vacille – un vote de censure est prévu jeudi –, a suivi les discussions")', () => {
    const graph = graphOf("Publié le 04/02/2026\n\nLes pays nordiques et baltes ont scellé mardi un pacte de défense aérienne.\n\nRéunis à Rosenbad, le siège du gouvernement suédois, les dirigeants ont parlé.\n\nLa Lettone Ieva Ozola, dont la coalition vacille – un vote de censure est prévu jeudi à la Saeima –, a suivi les discussions au téléphone depuis Riga.\n");
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'date'))).toEqual(['2026-02-03']);
  });

  it('takes one day told twice for one date ("a pris part hier, jeudi 29 janvier, au siège de l\'UA à Addis-Abeba, au sommet")', () => {
    const graph = graphOf("Vendredi 30 janvier 2026\n\nLe chef de l'État, Amadou Sall, a pris part hier, jeudi 29 janvier, au siège de l'Union africaine (UA) à Addis-Abeba, au sommet extraordinaire du Conseil de paix et de sécurité.\n");
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'date'))).toEqual(['2026-01-29']);
  });
});

describe('"y", the place told just before', () => {
  it('places and dates "Une conférence s\'y tiendra" at the city and month of the sentence before, in the year to come', () => {
    const graph = graphOf('Publié le 18 novembre 2031\n\nLes ministres ont parlé mardi à Oslo. Rendez-vous fin février à Lisbonne. Une conférence des donateurs s\'y tiendra, sous l\'égide de la Banque mondiale.\n');
    expect(events(graph).filter((e) => e.startsWith('conference'))).toEqual(['conference 2032-02 Lisbonne: Conférence de Lisbonne']);
  });

  it('keeps "il y a" and "y compris" for what they are', () => {
    const graph = graphOf('Publié le 18 novembre 2031\n\nLes ministres ont parlé mardi à Oslo. Rendez-vous fin février à Lisbonne. Une conférence, il y a un an, avait échoué.\n');
    expect(events(graph).filter((e) => e.includes('Lisbonne'))).toEqual([]);
  });
});

describe('the article\'s gathering among others', () => {
  it('is not "la précédente conférence de Genève" named in passing, but the one the dispatch reports', () => {
    const graph = graphOf("LIMA, 3 mars 2033 (AFP) - Une trentaine de pays réunis vendredi à Lima ont promis 900 millions de dollars au Pérou. La présidente chilienne, Paula Reyes, a ouvert la conférence. L'Espagne, qui avait promis l'an dernier, lors de la précédente conférence de Genève, 50 millions d'euros, n'a rien annoncé.\n");
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Paula Reyes -ATTENDED-> Réunion de Lima']);
  });

  it('is a videoconference held "en visioconférence" (nowhere, whatever city a speaker talks from), and "l\'appel" told after it is that meeting', () => {
    const graph = graphOf(
      "Mardi 14 janvier 2031\n\nLes dirigeants du G20 se sont réunis ce mardi en visioconférence. Le Premier ministre irlandais, Sean Walsh, qui présidait la réunion, annonce une réunion des ministres des Finances d'ici vendredi. « Nous enverrons des pompes », a déclaré pendant l'appel la présidente chilienne, Paula Reyes, qui s'exprimait depuis Santiago.\n",
    );
    expect(events(graph)).toEqual(['video-conference 2031-01-14 -: Visioconférence du 2031-01-14']);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Paula Reyes -ATTENDED-> Visioconférence du 2031-01-14', 'Sean Walsh -ATTENDED-> Visioconférence du 2031-01-14']);
  });
});

describe('a regional article', () => {
  it('places its ceremony in the town its headline opens with, told again by "la cérémonie", its chair and those "en présence de" attending', () => {
    const graph = graphOf(
      "Lannion. Les artilleurs partent pour la Lettonie\n\nUne cérémonie de départ s'est tenue mardi au quartier Gervais.\n\nYves Le Bihan. Le Télégramme, publié le jeudi 18 septembre 2036\n\nIl y avait du monde sur la place d'armes, à Lannion (Côtes-d'Armor). La ministre des Armées, Claire Dantec, a présidé la cérémonie, en présence du maire de Lannion, Paul Riou.\n",
    );
    expect(events(graph)).toEqual(['ceremony 2036-09-16 Lannion: Cérémonie à Lannion']);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Claire Dantec -ATTENDED-> Cérémonie à Lannion', 'Paul Riou -ATTENDED-> Cérémonie à Lannion']);
    // The byline is no one of the story; the mayor's town is no one's name.
    expect(graph.filterNodes((_, a) => a.labels.includes('Person')).sort()).toEqual(['person:claire-dantec', 'person:paul-riou']);
  });

  it('does not make the host of the article\'s gathering one who received someone "y", a place the sentence before named', () => {
    const graph = graphOf(
      "Publié le jeudi 18 septembre 2036\n\nUne cérémonie de départ s'est tenue mercredi à Brest. C'est au camp de Tapa que la présidente de la République, Anne Morel, est venue la semaine dernière. Elle y a été accueillie par le président estonien, Jaan Tamm.\n",
    );
    expect(factsOf(graph, 'HOSTED')).toEqual([]);
  });
});

describe('the host of a gathering', () => {
  it('welcomes "ses invités" on the gathering\'s day ("Lundi matin, X accueille ses invités"), and opens it ("en ouvrant la réunion")', () => {
    const graph = graphOf(
      "Publié le mardi 6 mars 2035\n\nRéunis lundi à Riga, les ministres de la Défense baltes ont promis de renforcer la Lituanie. Lundi matin, la Première ministre lettone, Ilze Berzina, accueille ses invités au château. « Nous sommes vigilants », lance le ministre estonien de la Défense, Kalev Tamm, en ouvrant la réunion.\n",
    );
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Ilze Berzina -ATTENDED-> Réunion de Riga', 'Kalev Tamm -ATTENDED-> Réunion de Riga']);
  });
});

describe('days told around the gathering', () => {
  it('dates a call "la veille du sommet" on the eve of the article\'s gathering, and no event by a deadline ("avant la fin mars")', () => {
    const graph = graphOf(
      "BERLIN, 18 novembre 2036 (AFP) - Les dirigeants européens se sont réunis mardi à Berlin. La veille du sommet, le président français, Paul Roux, s'était entretenu au téléphone avec le président américain, Glenn Hart. « Quatre batteries partiront avant la fin mars », a déclaré M. Roux lors d'une conférence de presse.\n",
    );
    expect(events(graph)).toEqual([
      'call 2036-11-17 -: Conversation téléphonique entre Paul Roux et Glenn Hart',
      'press-conference 2036-11-18 Berlin: Conférence de presse à Berlin',
      'summit 2036-11-18 Berlin: Sommet de Berlin',
    ]);
  });
});

describe('a meal of a gathering of several days', () => {
  it('is on the day told before a quotation\'s sentence, in the gathering\'s city', () => {
    const graph = graphOf(
      "Publié le 18 juin 2036 à 19h30\n\nLe sommet d'Oslo s'est achevé mercredi après-midi. Mardi après-midi, le président ukrainien, Oleh Bondar, s'est exprimé en séance. « Il nous faut des défenses », a-t-il lancé. Le soir, le roi a offert un dîner aux dirigeants au palais royal. Parmi ses invités figuraient le président français, Jean Morel, et M. Bondar.\n",
    );
    expect(events(graph).filter((e) => e.startsWith('dinner'))).toEqual(['dinner 2036-06-17 Oslo: Dîner à Oslo']);
  });
});

describe('a name after "à"', () => {
  it('is a place when it ends its phrase ("à Évian,"), not one given something ("avait promis au téléphone à Pellman « un filet »")', () => {
    const graph = graphOf("Publié le 18 juin 2037\n\nLes dirigeants se sont réunis mardi. La veille de la réunion, le président Tolliver avait promis au téléphone à Pellman « un filet de sécurité ».\n");
    expect(events(graph).filter((e) => e.includes('Pellman'))).toEqual([]);
  });
});

describe('a gathering opened with its day and place set between commas before it', () => {
  it('is held there ("a ouvert samedi 3 mai, au palais des congrès, à Accra, un sommet de l\'UA consacré à … de Gaza"), and its opener attends it', () => {
    const text =
      "Publié le 5 mai 2036 à 20h00\n\nLe président ghanéen Kofi Mensah a ouvert samedi 3 mai, au palais des congrès, à Accra, un sommet de l'Union africaine consacré au financement de la reconstruction du Soudan et de la bande de Gaza.\n";
    const graph = graphOf(text);
    expect(events(graph)).toEqual(["summit 2036-05-03 Accra: Sommet d'Accra"]);
    expect(factsOf(graph, 'ATTENDED')).toEqual(["Kofi Mensah -ATTENDED-> Sommet d'Accra"]);
    // What the summit is about is no gift of its opener.
    expect(factsOf(graph, 'PLEDGES')).toEqual([]);
  });
});

describe('the story\'s day', () => {
  it('holds over several undated sentences ("Jeudi, … recevait à Lyon … Le soir, … Plus tôt, en fin de matinée, ils avaient signé"), with its place', () => {
    const text =
      "Publié le 13 avril 2035 à 06h00\n\nJeudi, le ministre Paul Girard recevait à Lyon son homologue polonaise, Anna Nowak. Les deux ministres ont assisté à une démonstration. Une fanfare a joué. Le soir, M. Girard a offert un dîner en l'honneur de son hôte. Plus tôt, en fin de matinée, Paul Girard et Anna Nowak avaient signé un accord de coopération.\n";
    const graph = graphOf(text);
    expect(events(graph).filter((e) => !e.startsWith('visit') && !e.startsWith('meeting'))).toEqual([
      'dinner 2035-04-12 Lyon: Dîner à Lyon',
      'signing 2035-04-12 Lyon: Signature entre Paul Girard et Anna Nowak à Lyon',
    ]);
  });
});

describe('a digest of briefs', () => {
  it('keeps each brief\'s story apart, and "Réunis mardi" is the past Tuesday', () => {
    const text =
      "Monde. Les brèves de la semaine\n\nPar Anne Morel\nPublié le 19/11/2039 à 06h30\n\n" +
      "JAPON-CORÉE. Tokyo et Séoul renouent. Le Premier ministre japonais, Ken Sato, s'est entretenu lundi au téléphone avec son homologue sud-coréen, Lee Min-ho. Ils devraient se rencontrer en marge du sommet du G20, prévu en décembre.\n\n" +
      "SOUDAN. Réunis mardi à Genève, une soixantaine de pays donateurs ont promis 2 milliards de dollars au Soudan. La conférence était présidée par la Norvégienne Ingrid Dahl.\n\n" +
      "CHILI. Le président chilien, Pablo Mora, a inauguré jeudi un port.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED').filter((f) => f.includes('Genève'))).toEqual(['Ingrid Dahl -ATTENDED-> Réunion de Genève']);
    expect(events(graph).filter((e) => e.includes('Genève'))).toEqual(['meeting 2039-11-15 Genève: Réunion de Genève']);
  });
});

describe('a digest headed by days', () => {
  it('keeps each day\'s brief apart ("Mercredi — Nairobi", "Vendredi — Bruxelles")', () => {
    const text =
      "La semaine diplomatique\n\nPublié le 15/10/2033\n\n" +
      "Mercredi — Nairobi\nLe président kényan, Paul Otieno, a accueilli le sommet de l'EAC consacré à la Somalie.\n\n" +
      "Jeudi — entretien téléphonique\nLe président français, Jean Morel, s'est entretenu par téléphone avec la chancelière allemande, Eva Brandt.\n\n" +
      "Vendredi — Bruxelles\nL'accord de libre-échange a enfin été signé. Le Premier ministre indien, Ravi Das, était également présent.\n";
    expect(factsOf(text, 'ATTENDED').filter((f) => f.startsWith('Ravi Das'))).toEqual([]);
  });
});

describe('a capital named by its country', () => {
  it('places the gathering ("Réunis lundi dans la capitale lettone"), however often another city is named', () => {
    const text =
      "Publié le 12/03/2040 à 20h10\n\nRéunis lundi dans la capitale lettone, les dirigeants ont promis des troupes. La Première ministre norvégienne, retenue à Oslo, était absente. Ils se retrouveront en septembre à Oslo.\n";
    expect(events(graphOf(text)).filter((e) => e.includes('2040-03'))).toEqual(['meeting 2040-03-12 Riga: Réunion de Riga']);
  });
});

describe('calls, videoconferences and a gathering recalled in passing', () => {
  const LEAD = 'Soudan : les appels du président\n\nLe 11 mai 2039 à 18h00\n\n';

  it('"a appelé le président X" is a call, held nowhere, as a videoconference the same day; "lors du sommet d\'Accra", recalled in the pluperfect, is not today\'s', () => {
    const graph = graphOf(
      LEAD +
        "Mercredi matin, le président kényan, Otieno Kamau, a appelé le président ghanéen, Kofi Boateng. Dans l'après-midi, M. Kamau a participé à une visioconférence réunissant le Premier ministre éthiopien, Dawit Alemu, et M. Boateng. Addis-Abeba s'était montré critique lors du sommet d'Accra.\n",
    );
    expect(events(graph)).toEqual(['call 2039-05-11 -: Conversation téléphonique entre Otieno Kamau et Kofi Boateng', 'video-conference 2039-05-11 -: Visioconférence du 2039-05-11']);
    expect(factsOf(graph, 'ATTENDED')).toContain('Kofi Boateng -ATTENDED-> Conversation téléphonique entre Otieno Kamau et Kofi Boateng');
  });

  it('"a appelé à un dialogue", "a appelé les dirigeants à l\'unité": appeals, no call', () => {
    const graph = graphOf(LEAD + "Le président kényan, Otieno Kamau, a appelé mercredi à un dialogue. Il a appelé le président ghanéen, Kofi Boateng, à la retenue.\n");
    expect(events(graph)).toEqual([]);
  });
});

describe('a gathering of two days', () => {
  const ONE = "OTAN : à Oslo, les alliés créent une brigade\n\nRéunis mardi et mercredi dans la capitale norvégienne, les dirigeants de l'Alliance ont créé une brigade.\n\nPublié le 18 juin 2036 à 19h30\n\nLe sommet d'Oslo s'est achevé mercredi après-midi. Mardi après-midi, le président ukrainien, Ivan Petrenko, s'est exprimé en séance spéciale du Conseil OTAN-Ukraine.\n";
  const TWO = "Sommet de l'OTAN : le président finlandais à Oslo\n\nPublié le 17 juin 2036 à 20h00\n\nLe président finlandais, Matti Korhonen, a participé mardi au sommet de l'OTAN à Oslo.\n";

  it('"Réunis mardi et mercredi", then "le sommet s\'est achevé mercredi": one summit from Tuesday, its Tuesday session part of it', () => {
    const graph = graphOf(ONE);
    expect(events(graph)).toEqual(["summit 2036-06-17 Oslo: Sommet d'Oslo"]);
    expect(factsOf(graph, 'ATTENDED')).toEqual(["Ivan Petrenko -ATTENDED-> Sommet d'Oslo"]);
  });

  it('is one node with an outlet that dates it by its first day', () => {
    const graph = graphOf({ 'a.txt': ONE, 'b.txt': TWO });
    expect(events(graph)).toEqual(["summit 2036-06-17 Oslo: Sommet d'Oslo"]);
    expect(factsOf(graph, 'ATTENDED')).toEqual(["Ivan Petrenko -ATTENDED-> Sommet d'Oslo", "Matti Korhonen -ATTENDED-> Sommet d'Oslo"]);
  });
});

describe('a dinner told by two outlets', () => {
  it('is one node when its day and place agree', () => {
    const a = "Sommet à Oslo\n\nPublié le 18 juin 2036 à 19h30\n\nLe président finlandais, Matti Korhonen, a offert mardi soir un dîner aux dirigeants à Oslo.\n";
    const b = "Oslo : les coulisses\n\nPublié le 18 juin 2036 à 21h00\n\nMardi soir, un dîner a réuni les dirigeants à Oslo, autour de la chancelière allemande, Anna Weber.\n";
    expect(events(graphOf({ 'a.txt': a, 'b.txt': b })).filter((e) => e.startsWith('dinner'))).toEqual(['dinner 2036-06-17 Oslo: Dîner à Oslo']);
  });
});

describe('a digest whose briefs are headed by their day and city', () => {
  it('dates and places each brief\'s events by its heading, in the week gone by', () => {
    const text =
      'La semaine diplomatique\n\nSamedi 15 octobre 2033\n\n' +
      'Lundi — Berlin\nLe président français, Paul Morel, a été reçu à la chancellerie par le chancelier allemand, Otto Brandt. « Nous avons avancé », a résumé le chancelier à l\'issue de la rencontre.\n\n' +
      'Mercredi — Nairobi\nLe président kényan, John Kamau, a accueilli au State House le sommet extraordinaire de la Communauté d\'Afrique de l\'Est. La présidente tanzanienne, Neema Salim, était présente.\n\n' +
      'Vendredi — Bruxelles\nL\'accord de libre-échange entre l\'Union européenne et l\'Inde a enfin été signé.\n';
    const graph = graphOf(text);
    expect(events(graph).filter((e) => !e.startsWith('signing'))).toEqual(['meeting 2033-10-10 Berlin: Réunion entre Paul Morel et Otto Brandt à Berlin', 'summit 2033-10-12 Nairobi: Sommet de Nairobi']);
    expect(factsOf(graph, 'ATTENDED')).toEqual(expect.arrayContaining(['John Kamau -ATTENDED-> Sommet de Nairobi', 'Neema Salim -ATTENDED-> Sommet de Nairobi']));
  });
});

describe('dates told around a visit', () => {
  it('"a annoncé qu\'il se rendrait à Dakar en décembre pour le sommet": December to come; "la première visite depuis 2029" is not of 2029', () => {
    const graph = graphOf("Le président sénégalais en visite d'État à Lyon\n\nPublié le 18 mars 2043\n\nUne visite d'État de deux jours, la première d'un président sénégalais dans la région depuis 2029. Le président français, Paul Morel, a annoncé qu'il se rendrait à Dakar en décembre pour le sommet Afrique-France.\n");
    const all = events(graph);
    expect(all.filter((e) => e.includes('2029') || e.includes('2042'))).toEqual([]);
  });
});

describe('the rubric of an interview', () => {
  it('"ENTRETIEN - De passage à Paris, la ministre…" is the genre, no talk held in Paris', () => {
    const graph = graphOf("Publié le 20/10/2047\n\nENTRETIEN - De passage à Paris, la ministre canadienne de la Défense détaille ce que son pays est prêt à faire.\n");
    expect(graph.filterNodes((_, a) => (a.labels as string[]).includes('Event'))).toEqual([]);
  });
});

describe('a summit dated by its own relative clause, and talks about a sea', () => {
  it('"À l\'issue du sommet de la « coalition pour la Moldavie », qui a réuni ce jeudi 27 mars à l\'Élysée…" is that Thursday\'s, not the talks told after it; "des pourparlers … sur une trêve en mer Noire" are not held at sea', () => {
    const text =
      "Publié le 27 mars 2048 à 20:52\n\nÀ l'issue du sommet de la « coalition pour la Moldavie », qui a réuni ce jeudi 27 mars à l'Élysée une trentaine de délégations, Paul Girard a annoncé lors d'une conférence de presse que la France dirigerait une « force de garantie ». " +
      "Les Européens veulent peser alors que Washington a mené lundi et mardi à Riyad, en Arabie saoudite, des pourparlers séparés avec les délégations russe et ukrainienne sur une trêve en mer Noire.\n";
    const graph = graphOf(text);
    const events = graph.filterNodes((_, a) => (a.labels as string[]).includes('Event')).map((k) => `${graph.getNodeAttribute(k, 'kind')} ${graph.getNodeAttribute(k, 'date')} ${graph.getNodeAttribute(k, 'place') ?? '-'}`).sort();
    expect(events).toEqual(['meeting 2048-03-24 -', 'press-conference 2048-03-27 Paris', 'summit 2048-03-27 Paris']);
  });
});

describe('a coalition gathered by video, and an offer to host talks', () => {
  it('"De là, ils ont réuni par visioconférence la coalition" is a videoconference, the article\'s gathering; "s\'est dit prêt à accueillir les discussions" Sunday is no gathering of its own', () => {
    const text =
      "Publié le : 11/05/2048 - 10:24\n\nArrivés samedi matin en train à Kiev, les dirigeants ont été reçus par le président ukrainien, Petro Lysenko. De là, ils ont réuni par visioconférence la coalition des volontaires, dont l'Italienne Chiara Rossetti. " +
      "Dimanche, le président turc Kemal Aydin s'est entretenu au téléphone avec son homologue russe et s'est dit prêt à accueillir les discussions.\n";
    const graph = graphOf(text);
    const focus = graph.filterNodes((_, a) => a.kind === 'video-conference').map((k) => `${graph.getNodeAttribute(k, 'date')}`);
    expect(focus).toEqual(['2048-05-09']);
    expect(factsOf(graph, 'ATTENDED')).toContain('Chiara Rossetti -ATTENDED-> Visioconférence du 2048-05-09');
    expect(factsOf(graph, 'ATTENDED')).not.toContain('Kemal Aydin -ATTENDED-> Visioconférence du 2048-05-09');
  });
});

describe('a body\'s meeting told by its day, and a summit given up', () => {
  it('"Au Conseil européen de jeudi, le Premier ministre…" is Thursday\'s summit, the article\'s gathering; "avait renoncé mardi au sommet qu\'il devait tenir à Vienne" is none', () => {
    const text =
      "Publié le 24/10/2048 à 12h05\n\nAu Conseil européen de jeudi, le Premier ministre belge, Jan Peeters, a tenu tête à ses homologues. " +
      "Le président américain, John Harlan, avait renoncé mardi au sommet qu'il devait tenir à Vienne avec son homologue russe.\n";
    const graph = graphOf(text);
    const events = graph.filterNodes((_, a) => (a.labels as string[]).includes('Event')).map((k) => `${graph.getNodeAttribute(k, 'kind')} ${graph.getNodeAttribute(k, 'date')}`);
    expect(events).toEqual(['summit 2048-10-22']);
    expect(factsOf(graph, 'ATTENDED')).toEqual([]);
  });
});

describe('the article\'s gathering among those told around it', () => {
  it('is the one "réunis vendredi à Londres", not "sa rencontre vendredi dernier à Washington", "un sommet européen à Bruxelles" of the day before, nor "la réunion" a spokesman in Moscow qualified', () => {
    const text =
      "Publié le 23/10/2048 à 18h57\n\nLONDRES, 23 octobre 2048 (AFP) - Le Premier ministre britannique, Tom Ellery, a ouvert vendredi au Foreign Office une réunion de la « coalition des volontaires ».\n\n" +
      "La réunion se tient au lendemain d'un sommet européen à Bruxelles. Le président ukrainien, Petro Lysenko, n'a pas caché sa déception après sa rencontre vendredi dernier à la Maison Blanche avec le président américain, John Harlan.\n\n" +
      "Réunis vendredi à Londres, en personne ou à distance, les pays de la coalition se sont engagés à accentuer la pression. A Moscou, le porte-parole du Kremlin a rejeté par avance tout déploiement, qualifiant la réunion de « gesticulation ».\n\n" +
      "Plus tôt dans la journée, M. Lysenko avait été reçu par le roi Henri IX au château de Windsor, à l'ouest de Londres, pour la deuxième fois cette année.\n";
    const graph = graphOf(text);
    const focus = graph.filterNodes((_, a) => a.name === 'Réunion de Londres').map((k) => graph.getNodeAttribute(k, 'date'));
    expect(focus).toEqual(['2048-10-23']);
    expect(factsOf(graph, 'ATTENDED')).toContain('Tom Ellery -ATTENDED-> Réunion de Londres');
    expect(factsOf(graph, 'ATTENDED')).not.toContain('John Harlan -ATTENDED-> Réunion de Londres');
    expect(graph.filterNodes((_, a) => a.place === 'Moscou' || (a.labels as string[]).includes('Person') && a.name === 'Windsor')).toEqual([]);
    const king = graph.filterNodes((_, a) => (a.labels as string[]).includes('Event') && a.date === '2048-10-23' && String(a.name).includes('Henri IX'));
    expect(king.length).toBe(1);
  });
});

describe('the eve of a summit, and a date written with dashes', () => {
  it('"Publié le 06-01-2048" dates the article; "Lundi soir, soit la veille du sommet, X s\'était entretenu…" puts the summit on Tuesday', () => {
    const text =
      "Le Quotidien\n\nSommet de Paris : la Belgique prête à déminer la mer Noire\n\nPublié le 07-01-2048 à 21h58\n\n" +
      "Lundi soir, soit la veille du sommet, le président français, Paul Girard, s'était entretenu au téléphone avec le président américain, John Harlan.\n";
    const graph = graphOf(text);
    const events = graph.filterNodes((_, a) => (a.labels as string[]).includes('Event')).map((k) => `${graph.getNodeAttribute(k, 'kind')} ${graph.getNodeAttribute(k, 'date')}`).sort();
    expect(events).toEqual(['call 2048-01-06', 'summit 2048-01-07']);
  });
});

describe('a month told in the present at the turn of the year', () => {
  it('"annonçant une réunion de la coalition début janvier à Paris" in an article of 29 December is next January\'s', () => {
    const graph = graphOf("Publié le 29/12/2048\n\nLe président français, Paul Girard, a écrit sur X qu'il progressait, annonçant une réunion de la coalition des volontaires début janvier à Paris.\n");
    const dates = graph.filterNodes((_, a) => (a.labels as string[]).includes('Event')).map((k) => String(graph.getNodeAttribute(k, 'date')));
    expect(dates).toEqual(['2049-01']);
  });
});

describe('a meeting chaired by video, and a summit held that morning', () => {
  it('"ont présidé par visioconférence une réunion" is a videoconference held nowhere, apart from "le sommet franco-britannique" held in London', () => {
    const text =
      "Publié le 10/07/2048\n\nRéunis jeudi dans le bunker du commandement interarmées, le président français, Paul Girard, et le premier ministre britannique, Tom Ellery, ont présidé par visioconférence une réunion d'une trentaine de pays, à laquelle ont pris part des sénateurs américains. " +
      "Le matin, les deux dirigeants avaient tenu à Londres le 37e sommet franco-britannique.\n";
    const graph = graphOf(text);
    const events = graph.filterNodes((_, a) => (a.labels as string[]).includes('Event')).map((k) => `${graph.getNodeAttribute(k, 'kind')} ${graph.getNodeAttribute(k, 'place') ?? '-'}`).sort();
    expect(events).toEqual(['summit Londres', 'video-conference -']);
  });
});

describe('a gathering named in full deep in a sentence', () => {
  it('"À Tirana, où le Premier ministre albanais, X, accueillait le sixième sommet de la CPE, …" is held in Tirana, apart from the talks of the article', () => {
    const text =
      "Publié le 16/05/2048\n\nLes négociations directes entre Moscou et Kiev se sont ouvertes vendredi à Istanbul.\n\n" +
      "À Tirana, où le Premier ministre albanais, Edi Rako, accueillait le sixième sommet de la Communauté politique européenne, les Européens ont suivi les discussions à distance.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Edi Rako -ATTENDED-> Sommet de Tirana']);
  });
});

describe('a gathering named in a purpose', () => {
  it('"Mardi, X avait appelé Y pour le dissuader de boycotter la réunion": the day is the call\'s, the summit keeps its own', () => {
    const graph = graphOf(
      "Au sommet de Tirana, les Européens promettent des renforts\n\nPublié le 26 février 2026 à 20h52\n\nRéunis jeudi dans la capitale albanaise, les dirigeants de la région ont annoncé des soldats. Le président français Paul Aubert avait préparé le terrain : mardi, il s'était longuement entretenu au téléphone avec le président serbe Milan Petrovic pour le dissuader de boycotter la réunion.\n",
    );
    expect(events(graph)).toEqual(['call 2026-02-24 -: Conversation téléphonique entre Paul Aubert et Milan Petrovic', 'summit 2026-02-26 Tirana: Sommet de Tirana']);
  });
});

describe('a day told in a relative incise', () => {
  it('"X, qui s\'était exprimé la veille à la tribune de l\'Assemblée, n\'a pas pris part à la réunion": neither dates the meeting nor puts X at it', () => {
    const graph = graphOf(
      "Haïti : les promesses s'accumulent\n\nPublié le 2025-09-25 | Par Jeanne Roy\n\nEn marge de l'Assemblée générale, une dizaine de délégations se sont réunies ce mercredi à New York autour des autorités de la transition. Le président kényan Samuel Otieno a promis des policiers. Le président américain Tom Baker, qui s'était exprimé la veille à la tribune de l'Assemblée générale, n'a pas pris part à la réunion.\n",
    );
    expect(events(graph)).toEqual(['meeting 2025-09-24 New York: Réunion de New York']);
    expect(factsOf(graph, 'ATTENDED')).toEqual([]);
  });
});

describe('an event to come with no day of its own', () => {
  it('"un entretien téléphonique entre X et Y est attendu dans les prochains jours" is not dated on the article\'s day', () => {
    const graph = graphOf('Publié le 12 mars 2026\n\nUn entretien téléphonique entre Paul Aubert et Tom Baker est attendu dans les prochains jours.\n');
    expect(events(graph)).toEqual(['call - -: Conversation téléphonique entre Paul Aubert et Tom Baker']);
  });
});

describe('a body that meets, told by what kind of meeting it was', () => {
  it('"Sommet de Copenhague … se retrouvent ce jeudi à Copenhague … Mercredi, lors du Conseil européen informel": the headline\'s summit is Thursday\'s, not the Council told after as Wednesday\'s', () => {
    const graph = graphOf(
      "Sommet de Copenhague\n\nPublié le 02 octobre 2025 à 07h55\n\nPrès de cinquante dirigeants se retrouvent ce jeudi à Copenhague pour la Communauté politique européenne. Mercredi, lors du Conseil européen informel, le Hongrois Lajos Kovacs a maintenu son veto.\n",
    );
    expect(events(graph).filter((e) => e.startsWith('summit'))).toEqual(['summit 2025-10-02 Copenhague: Sommet de Copenhague']);
  });
});

describe('a gathering named after "avant", or in a quoted purpose', () => {
  it('"la veille, X s\'était entretenu au téléphone avec Y pour « coordonner les positions » avant la réunion": the eve dates the call, not the meeting', () => {
    const graph = graphOf(
      "Gaza. Au Caire, des milliards pour reconstruire\n\nPublié le mercredi 11 mars 2026 à 06h45\n\nRéunies mardi dans la capitale égyptienne, une quarantaine de délégations ont promis 14 milliards de dollars. Le président français Paul Aubert n'était pas au Caire, mais il s'était entretenu la veille au téléphone avec le président égyptien Omar Nabil pour « coordonner les positions » avant la réunion.\n",
    );
    expect(events(graph).filter((e) => !e.startsWith('call'))).toEqual(['meeting 2026-03-10 Le Caire: Réunion du Caire']);
  });
});

describe('a weekday recalled with "dernier"', () => {
  it('does not anchor the days told after it ("… qui a plongé jeudi dernier l\'Ukraine dans le noir. … en point de presse, en fin d\'après-midi")', () => {
    const graph = graphOf(
      "Publié le 9 décembre 2025\n\nLes ministres se sont réunis mardi à Mont-Tremblant, après la vague de frappes qui a plongé jeudi dernier l'Ukraine dans le noir. La ministre Anita Roy a fait valoir en point de presse, en fin d'après-midi, que la défense aérienne était prioritaire.\n",
    );
    expect(events(graph)).toEqual(['meeting 2025-12-09 Mont-Tremblant: Réunion de Mont-Tremblant', 'press-conference 2025-12-09 Mont-Tremblant: Conférence de presse à Mont-Tremblant']);
  });
});

describe('a gathering told by "Réunis hier"', () => {
  it('"Réunis hier au Quai d\'Orsay, les donateurs ont…" dates the headline\'s conference the day before the article, in Paris', () => {
    const graph = graphOf("Conférence de Paris : un milliard pour le Liban\n\nPublié le 06 mars 2026 à 00h00\n\nRéunis hier au Quai d'Orsay autour du président libanais Karim Haddad, les donateurs ont multiplié les annonces.\n");
    expect(events(graph)).toEqual(['conference 2026-03-05 Paris: Conférence de Paris']);
  });
});

describe('the article\'s gathering held by videoconference', () => {
  it('a videoconference told after a meeting of that day does not take its place ("À Kiev, …: a reçu ses hôtes pour une réunion de travail… Samedi après-midi, une visioconférence")', () => {
    const text =
      'À Kiev, Vogel et Nowak exigent un cessez-le-feu\n\nLe 10 mai 2025\n\nLe président Piotr Nowak a reçu ses hôtes au palais pour une réunion de travail de deux heures.\n\n' +
      'Samedi après-midi, ils ont animé depuis Kiev une visioconférence de la coalition des volontaires.\n';
    expect(factsOf(text, 'ATTENDED')).toContain('Piotr Nowak -ATTENDED-> Réunion de Kiev');
  });
});

describe('a date that is not the event\'s', () => {
  it('"coprésidait la réunion avec X, dont le pays dirige la JEF depuis sa création, en 2014"; "En conférence de presse, X a rappelé que son pays avait tenté…, en mai 2025"', () => {
    const text =
      'Publié le 05.02.2026\n\nLes dirigeants se sont réunis jeudi à Tallinn. Le chef du gouvernement estonien Karl Tamm coprésidait la réunion avec le Premier ministre britannique, John Hale, dont le pays dirige la JEF depuis sa création, en 2014. ' +
      "En conférence de presse, Karl Tamm a rappelé que son pays avait tenté d'intercepter un pétrolier, en mai 2025.\n";
    expect(events(graphOf(text)).map((e) => e.split(':')[0])).toEqual(['meeting 2026-02-05 Tallinn', 'press-conference 2026-02-05 Tallinn']);
  });
});
