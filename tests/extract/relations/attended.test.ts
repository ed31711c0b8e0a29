import { describe, expect, it } from 'vitest';
import { factsOf, graphOf, namesOf, nodeNamed } from '../helpers.ts';
import { extractDocument } from '../../../src/extract/index.ts';

const SUMMIT = 'Les dirigeants européens se sont réunis le 12 mars 2026 à Rome pour un sommet sur la défense.\n';
/** A sentence told after the lead of an African Union summit held on Tuesday in Addis-Abeba. */
const AU_SUMMIT = (sentence: string): string => `Publié le 10 mars 2026\n\nLe sommet de l'Union africaine s'est tenu mardi à Addis-Abeba. ${sentence}\n`;

describe('ATTENDED', () => {
  it('reads participation verbs, "présent au sommet" and a host', () => {
    const facts = factsOf(
      SUMMIT +
        'La présidente du Conseil italien, Giorgia Meloni, hôte du sommet, a ouvert les débats.\n' +
        'Le Premier ministre suédois Ulf Kristersson et le président roumain Nicusor Dan ont participé aux discussions.\n' +
        'Le président finlandais Alexander Stubb, présent au sommet, a salué un accord.\n',
      'ATTENDED',
    );
    expect(facts).toEqual([
      'Alexander Stubb -ATTENDED-> Sommet de Rome',
      'Giorgia Meloni -ATTENDED-> Sommet de Rome',
      'Nicusor Dan -ATTENDED-> Sommet de Rome',
      'Ulf Kristersson -ATTENDED-> Sommet de Rome',
    ]);
  });

  it('reads the subject inverted after "Étaient également présents" and "était lui aussi présent"', () => {
    const facts = factsOf(
      SUMMIT + 'Étaient également présents le président roumain Nicusor Dan et le Premier ministre suédois Ulf Kristersson.\nLe président finlandais Alexander Stubb était lui aussi présent.\n',
      'ATTENDED',
    );
    expect(facts).toEqual(['Alexander Stubb -ATTENDED-> Sommet de Rome', 'Nicusor Dan -ATTENDED-> Sommet de Rome', 'Ulf Kristersson -ATTENDED-> Sommet de Rome']);
  });

  it('reads the representative of an absent leader and the person a country sent as attending', () => {
    const facts = factsOf(
      SUMMIT +
        "Le président croate Ivo Horvat n'a pas pu venir et s'est fait représenter par son vice-président, Ante Kovac.\n" +
        "La Grèce s'est fait représenter par le chef de ses services diplomatiques, Nikos Pappas.\n" +
        "Quant à la Bulgarie, elle a envoyé son ministre des Finances, Petar Ivanov. L'Autriche n'a pas envoyé son ministre Karl Huber.\n",
      'ATTENDED',
    );
    expect(facts).toEqual(['Ante Kovac -ATTENDED-> Sommet de Rome', 'Nikos Pappas -ATTENDED-> Sommet de Rome', 'Petar Ivanov -ATTENDED-> Sommet de Rome']);
  });

  it('reads a list of companions past a relative clause ("aux côtés de A, dont le pays…, et de B")', () => {
    const facts = factsOf(
      SUMMIT + "Le président roumain Nicusor Dan a ouvert les débats aux côtés du Premier ministre suédois Ulf Kristersson, dont le pays préside les travaux, et du secrétaire général de l'Otan, Jan Berg.\n",
      'ATTENDED',
    );
    expect(facts).toEqual(['Jan Berg -ATTENDED-> Sommet de Rome', 'Nicusor Dan -ATTENDED-> Sommet de Rome', 'Ulf Kristersson -ATTENDED-> Sommet de Rome']);
  });

  it('reads "a déclaré X à son arrivée." after a quotation, and a speech "en ouverture du sommet", as attendance', () => {
    const facts = factsOf(
      SUMMIT + "« Nous ne céderons pas », a déclaré le président roumain Nicusor Dan à son arrivée.\nLe président finlandais Alexander Stubb s'était adressé aux dirigeants en ouverture du sommet.\n",
      'ATTENDED',
    );
    expect(facts).toEqual(['Alexander Stubb -ATTENDED-> Sommet de Rome', 'Nicusor Dan -ATTENDED-> Sommet de Rome']);
  });

  it('reads who spoke in the city of the gathering ("a annoncé à Lima que") as attending it', () => {
    const facts = factsOf(
      'Publié le 18/11/2026\n\nDepuis lundi, la conférence sur le climat, qui se tient jusqu\'au 20 novembre à Lima, réunit 190 pays. Mardi, la ministre chilienne Ana Rojas a annoncé à Lima que le Chili verserait 10 millions de dollars au Fonds vert pour le climat. Le ministre Pablo Ruiz a déclaré à Santiago que rien ne changerait.\n',
      'ATTENDED',
    );
    expect(facts).toContain('Ana Rojas -ATTENDED-> Conférence de Lima');
    expect(facts).not.toContain('Pablo Ruiz -ATTENDED-> Conférence de Lima');
  });

  it('does not send who gathered others elsewhere the day before to the summit ("La veille du sommet, X avait réuni à Vienne…")', () => {
    const facts = factsOf(SUMMIT + "La veille du sommet, la cheffe de la diplomatie européenne, Anna Berg, avait réuni à Vienne les ministres des Affaires étrangères.\n", 'ATTENDED');
    expect(facts).not.toContain('Anna Berg -ATTENDED-> Sommet de Rome');
  });

  it('reads a member of a delegation to the COP as attending it', () => {
    const facts = factsOf(
      'Publié le 18/11/2026\n\nLa climatologue Inès Moreau fait partie depuis lundi de la délégation française à la COP 33, la conférence sur le climat qui se tient jusqu\'au 20 novembre à Lima.\n',
      'ATTENDED',
    );
    expect(facts).toContain('Inès Moreau -ATTENDED-> Conférence de Lima');
  });

  it('reads an arrival on a later day of a gathering that lasts several days as attending it', () => {
    const facts = factsOf(
      'Publié le 18/11/2026\n\nDepuis lundi, la conférence sur le climat, qui se tient jusqu\'au 20 novembre à Lima, réunit 190 pays. Le maire de Cusco, Luis Quispe, est arrivé mercredi à Lima.\n',
      'ATTENDED',
    );
    expect(facts).toContain('Luis Quispe -ATTENDED-> Conférence de Lima');
  });

  it('does not read a negated attendance as attendance ("n\'a pas pu assister")', () => {
    const facts = factsOf(SUMMIT + "Le Premier ministre slovaque Robert Fico n'a finalement pas pu assister au sommet.\n", 'ATTENDED');
    expect(facts).toEqual([]);
  });

  it('gives the absent leader nothing and the representative the attendance ("représenté par")', () => {
    const facts = factsOf(
      SUMMIT + 'Absent, le président portugais Marcelo Rebelo de Sousa était représenté par le ministre des Affaires étrangères Paulo Rangel.\n',
      'ATTENDED',
    );
    expect(facts).toEqual(['Paulo Rangel -ATTENDED-> Sommet de Rome']);
  });

  it('gives the companions of the subject the same event ("accompagné par")', () => {
    const facts = factsOf(
      'Le 12 mars 2026, une vingtaine de pays européens, accompagnés par le Japon, ont tenu une réunion à Rome.\n',
      'ATTENDED',
    );
    expect(facts).toEqual(['Japon -ATTENDED-> Réunion de Rome']);
  });

  it('does not let a name in an apposition attend ("émissaires du président X")', () => {
    const facts = factsOf(
      SUMMIT + 'John Smith et Paul Jones, conseillers du président Lula, ont pris part aux discussions.\n',
      'ATTENDED',
    );
    expect(facts).toEqual(['John Smith -ATTENDED-> Sommet de Rome', 'Paul Jones -ATTENDED-> Sommet de Rome']);
  });

  it('makes an event of a meeting verb with its date, and both sides attend', () => {
    const graph = factsOf(
      ' date 2026-03-12 Rome\nMardi, le président français Emmanuel Macron a reçu le chancelier allemand Friedrich Merz à Berlin.\n',
      'ATTENDED',
    );
    expect(graph).toEqual([
      'Emmanuel Macron -ATTENDED-> Réunion entre Emmanuel Macron et Friedrich Merz à Berlin',
      'Friedrich Merz -ATTENDED-> Réunion entre Emmanuel Macron et Friedrich Merz à Berlin',
    ]);
  });

  it('reads a future negation and "se faire représenter"', () => {
    expect(factsOf(SUMMIT + "Le Premier ministre slovaque Robert Fico n'assistera pas au sommet.\n", 'ATTENDED')).toEqual([]);
    expect(factsOf(SUMMIT + "La présidente slovène Natasa Pirc Musar s'est fait représenter par la ministre Tanja Fajon.\n", 'ATTENDED')).toEqual([
      'Tanja Fajon -ATTENDED-> Sommet de Rome',
    ]);
  });

  it('makes both subjects of a reciprocal verb attend ("se sont rencontrés")', () => {
    expect(factsOf('Le président polonais Karol Nawrocki et le président lituanien Gitanas Nauseda se sont rencontrés le 3 mars 2026 à Vilnius.\n', 'ATTENDED')).toEqual([
      'Gitanas Nauseda -ATTENDED-> Réunion entre Karol Nawrocki et Gitanas Nauseda à Vilnius',
      'Karol Nawrocki -ATTENDED-> Réunion entre Karol Nawrocki et Gitanas Nauseda à Vilnius',
    ]);
  });

  it('does not take the noun "président" for the verb "présider"', () => {
    expect(factsOf('Le 3 mars 2026 à Vilnius, le président polonais Karol Nawrocki a parlé du sommet.\n', 'ATTENDED')).toEqual([]);
  });
});


describe('ATTENDED in other words', () => {
  const summit = "Le sommet de l'Otan s'est tenu le 8 juillet 2026 à Ankara. ";

  it('reads "présent à <the summit\'s city>", "qui représentait son pays au sommet", "qui accueillait le sommet"', () => {
    const facts = factsOf(
      summit +
        "Le Premier ministre norvégien Jonas Berg, présent à Ankara, a parlé. Le ministre canadien de la Défense, David McGuinty, qui représentait son pays au sommet, a parlé. Le président turc Recep Erdogan, qui accueillait le sommet, a parlé.\n",
    );
    expect(facts.filter((f) => /ATTENDED|HOSTED/.test(f))).toEqual([
      'David McGuinty -ATTENDED-> Sommet d\'Ankara',
      'Jonas Berg -ATTENDED-> Sommet d\'Ankara',
      'Recep Erdogan -ATTENDED-> Sommet d\'Ankara',
      'Recep Erdogan -HOSTED-> Sommet d\'Ankara',
    ]);
  });

  it('does not read presence in another city, or a representative of an absent leader, as attendance', () => {
    const facts = factsOf(
      summit +
        "Le président finlandais Alexander Stubb, présent à Helsinki, a parlé. Le chancelier autrichien Karl Huber, présent à Ankara pour une conférence, a parlé. Absent du sommet, le président slovaque Peter Pellegrini s'est fait représenter par son ministre.\n",
      'ATTENDED',
    );
    // The absent leader's country is not made present by an unnamed minister ("son ministre").
    expect(facts).toEqual([]);
  });

  it('reads "aux côtés du roi X", "qui menait les discussions", "a assisté à une partie des échanges"', () => {
    const facts = factsOf(
      summit +
        "Le secrétaire général de l'ONU, António Guterres, a pris part aux travaux aux côtés du roi Abdallah II de Jordanie. C'est le conseiller du Kremlin Vladimir Medinski qui menait les discussions. L'émissaire américain Keith Kellogg a assisté à une partie des échanges.\n",
      'ATTENDED',
    );
    expect(facts).toEqual([
      'Abdallah II -ATTENDED-> Sommet d\'Ankara',
      'António Guterres -ATTENDED-> Sommet d\'Ankara',
      'Keith Kellogg -ATTENDED-> Sommet d\'Ankara',
      'Vladimir Medinski -ATTENDED-> Sommet d\'Ankara',
    ]);
  });
});

describe('ATTENDED at talks', () => {
  const talks = ' date 2026-05-16 Istanbul\nLes délégations se sont retrouvées vendredi à Istanbul pour leurs premières négociations directes depuis des mois. ';

  it('reads the head of a delegation and an envoy "pour l\'Ukraine" as present', () => {
    expect(
      factsOf(talks + "La délégation ukrainienne était conduite par le ministre de la Défense, Roustem Oumerov. L'émissaire américain pour l'Ukraine, Keith Kellogg, a assisté à une partie des échanges.\n", 'ATTENDED'),
    ).toEqual(['Keith Kellogg -ATTENDED-> Réunion d\'Istanbul', 'Roustem Oumerov -ATTENDED-> Réunion d\'Istanbul']);
  });

  it('does not read a negated lead of the delegation as presence', () => {
    expect(factsOf(talks + "La délégation n'était pas conduite par Jean Dupont.\n", 'ATTENDED')).toEqual([]);
  });
});

describe('a speech incise is a clause of its own', () => {
  it('does not carry the negation of the reported clause to "présent à <city>" in the incise', () => {
    const text =
      ' date 2025-04-15 Londres\nUne vingtaine de pays se sont retrouvés mardi 15 avril à Londres pour une conférence sur le Soudan. La France n\'enverra pas de soldats au Soudan, a rappelé le ministre délégué Thani Mohamed Soilihi, présent à Londres.\n';
    expect(factsOf(text, 'ATTENDED')).toEqual(['Thani Mohamed Soilihi -ATTENDED-> Conférence de Londres']);
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['France -REFUSES_TROOPS-> Soudan']);
  });
});

describe('signings and calls', () => {
  it('attends the ceremony a signing is told with, and a call by phone is a call held nowhere', () => {
    const graph = graphOf(
      " date 2025-08-09 Washington\nLe Premier ministre arménien, Nikol Pachinian, et le président azerbaïdjanais, Ilham Aliev, ont paraphé vendredi 8 août à Washington un accord de paix, lors d'une cérémonie organisée à la Maison Blanche. Le président turc Recep Tayyip Erdogan s'est entretenu samedi par téléphone avec Ilham Aliev.\n",
    );
    expect(factsOf(graph, 'ATTENDED')).toEqual([
      'Ilham Aliev -ATTENDED-> Conversation téléphonique entre Recep Tayyip Erdogan et Ilham Aliev',
      'Ilham Aliev -ATTENDED-> Cérémonie à Washington',
      'Nikol Pachinian -ATTENDED-> Cérémonie à Washington',
      'Recep Tayyip Erdogan -ATTENDED-> Conversation téléphonique entre Recep Tayyip Erdogan et Ilham Aliev',
    ]);
  });
});

describe('a signing elsewhere', () => {
  it('is a signing between the signers where they went, not the article\'s summit, and no later-named leader represents anyone', () => {
    const facts = factsOf(
      " date 2026-07-08 Ankara\nLes dirigeants de l'Otan se sont réunis mercredi à Ankara pour un sommet. La ministre ukrainienne de l'Économie, Ioulia Svyrydenko, s'est rendue à Washington pour parapher le texte avec le secrétaire au Trésor américain Scott Bessent. Le président ukrainien Petro Kovalenko a salué l'accord.\n",
    );
    expect(facts).toEqual([
      'Ioulia Svyrydenko -ATTENDED-> Signature entre Ioulia Svyrydenko et Scott Bessent à Washington',
      'Ioulia Svyrydenko -REPRESENTS-> Ukraine',
      'Petro Kovalenko -LEADS-> Ukraine',
      'Scott Bessent -ATTENDED-> Signature entre Ioulia Svyrydenko et Scott Bessent à Washington',
      'Scott Bessent -REPRESENTS-> États-Unis',
    ]);
  });
});

describe('one signing told twice', () => {
  it('is one event, dated by the weekday, placed where the signers went, attended by them and by the states that sign it', () => {
    const graph = graphOf(
      " date 2025-05-01 Oslo\nLa Norvège et le Chili ont signé mercredi un accord sur la pêche. La ministre chilienne de l'Économie, Ana Rojas, s'est rendue à Oslo pour parapher le texte avec son homologue norvégien Lars Berg.\n",
    );
    const signings = graph.filterNodes((_, a) => a.labels.includes('Event'));
    expect(signings).toHaveLength(1);
    expect(graph.getNodeAttributes(signings[0]!)).toMatchObject({ kind: 'signing', date: '2025-04-30', place: 'Oslo' });
    const name = String(graph.getNodeAttribute(signings[0]!, 'name'));
    // ONTOLOGY.md: "signed at" is attendance, for a country too.
    expect(factsOf(graph, 'ATTENDED')).toEqual([`Ana Rojas -ATTENDED-> ${name}`, `Chili -ATTENDED-> ${name}`, `Lars Berg -ATTENDED-> ${name}`, `Norvège -ATTENDED-> ${name}`]);
    expect(factsOf(graph, 'SIGNED')).toEqual([`Chili -SIGNED-> ${name}`, `Norvège -SIGNED-> ${name}`]);
  });

  it('stays two signings when their states differ, or share only one of two', () => {
    const graph = graphOf(
      " date 2025-05-01 Oslo\nLa Norvège et le Chili ont signé mercredi un accord sur la pêche. La ministre péruvienne de l'Économie, Ana Rojas, s'est rendue à Lima pour parapher un autre texte avec le ministre bolivien des Finances Luis Mamani.\n",
    );
    expect(graph.filterNodes((_, a) => a.labels.includes('Event'))).toHaveLength(2);
    const sharingOne = graphOf(" date 2025-05-01 Oslo\nLa Norvège et le Chili ont signé mercredi un accord sur la pêche. La Norvège et le Pérou ont signé mercredi un accord sur le cuivre.\n");
    expect(sharingOne.filterNodes((_, a) => a.labels.includes('Event'))).toHaveLength(2);
  });
});

describe('arrivals and inverted speech', () => {
  it('reads "a-t-elle annoncé à son arrivée au sommet" as the speaker attending, not the country she speaks of', () => {
    const facts = factsOf(
      " date 2026-03-20 Bruxelles\nLes dirigeants se sont réunis jeudi à Bruxelles pour un sommet. La Première ministre danoise, Mette Frederiksen, a plaidé pour aller plus loin. Le Danemark va verser 300 millions d'euros, a-t-elle annoncé à son arrivée au sommet.\n",
      'ATTENDED',
    );
    expect(facts).toEqual(['Mette Frederiksen -ATTENDED-> Sommet de Bruxelles']);
  });
});

describe('coming to the gathering', () => {
  const summit = " date 2026-07-08 Ankara\nLes dirigeants de l'Otan se sont réunis mercredi à Ankara pour un sommet. ";

  it.each([
    'a pris la parole au sommet',
    'a fait le déplacement à Ankara',
    "a rejoint le sommet dans l'après-midi",
    'est arrivé à Ankara mercredi matin',
    "s'est exprimé devant le sommet",
  ])('reads "%s" as attendance', (phrase) => {
    expect(factsOf(`${summit}Le président finlandais Alexander Stubb ${phrase}.\n`, 'ATTENDED')).toEqual(['Alexander Stubb -ATTENDED-> Sommet d\'Ankara']);
  });

  it.each(["n'a pas fait le déplacement à Ankara", "s'est rendu à Helsinki", "a rejoint l'avis de ses pairs", "s'est exprimé à la télévision"])('does not read "%s" as attendance', (phrase) => {
    expect(factsOf(`${summit}Le président finlandais Alexander Stubb ${phrase}.\n`, 'ATTENDED')).toEqual([]);
  });
});

describe('ATTENDED of an event named elsewhere', () => {
  it('reads "y" as the event of the sentence before, not the article\'s gathering', () => {
    const facts = factsOf(
      SUMMIT +
        'Le lendemain, le président sénégalais Moussa Diallo a accueilli à Dakar une conférence sur la pêche. Le roi Hassan III du Maroc et la présidente libérienne Grace Tolbert y ont assisté.\n',
      'ATTENDED',
    );
    expect(facts).toEqual([
      'Grace Tolbert -ATTENDED-> Conférence de Dakar',
      'Hassan III -ATTENDED-> Conférence de Dakar',
      'Moussa Diallo -ATTENDED-> Conférence de Dakar',
    ]);
  });

  it('reads "y était présent" as presence at the event of the sentence before', () => {
    const facts = factsOf(SUMMIT + 'Mardi, le président ghanéen Kofi Amankwah a accueilli à Accra une conférence sur le cacao. Le président ivoirien Yao Kouassi y était présent.\n', 'ATTENDED');
    expect(facts).toEqual(['Kofi Amankwah -ATTENDED-> Conférence d\'Accra', 'Yao Kouassi -ATTENDED-> Conférence d\'Accra']);
  });

  it('keeps both subjects of "X, tout comme son homologue Y, a participé"', () => {
    const facts = factsOf(SUMMIT + 'Le chancelier autrichien Karl Huber, tout comme son homologue belge Luc Janssens, a participé au sommet.\n', 'ATTENDED');
    expect(facts).toEqual(['Karl Huber -ATTENDED-> Sommet de Rome', 'Luc Janssens -ATTENDED-> Sommet de Rome']);
  });

  it('gives the attendance to the one added by ", ainsi que"', () => {
    const facts = factsOf(SUMMIT + 'Le Premier ministre belge Luc Janssens y a participé, ainsi que le président ghanéen Kofi Amankwah.\n', 'ATTENDED');
    expect(facts).toEqual(['Kofi Amankwah -ATTENDED-> Sommet de Rome', 'Luc Janssens -ATTENDED-> Sommet de Rome']);
  });

  it('gives the attendance to the one added by "tout comme"', () => {
    const facts = factsOf(SUMMIT + 'Le Premier ministre belge Luc Janssens a pris part au sommet, tout comme la secrétaire générale de l\'OCDE, Maria Costa.\n', 'ATTENDED');
    expect(facts).toEqual(['Luc Janssens -ATTENDED-> Sommet de Rome', 'Maria Costa -ATTENDED-> Sommet de Rome']);
  });
});

describe('chairing and leaving a gathering', () => {
  it('reads "sous la présidence de X" as X chairing, so attending, the event the sentence named', () => {
    const facts = factsOf(
      " date 2026-09-14 Oslo\nLe sommet nordique s'est ouvert lundi à Oslo sous la présidence du Premier ministre norvégien Jonas Berg.\n",
      'ATTENDED',
    );
    expect(facts).toEqual(["Jonas Berg -ATTENDED-> Sommet d'Oslo"]);
  });

  it('does not make a presidency of a country an attendance when no event is named', () => {
    const facts = factsOf(" date 2026-09-14 Oslo\nSous la présidence du Premier ministre norvégien Jonas Berg, la Norvège a augmenté son budget.\n", 'ATTENDED');
    expect(facts).toEqual([]);
  });

  it('reads "a quitté la réunion" as having been there, but not leaving an organization', () => {
    const facts = factsOf(
      SUMMIT +
        'Le président américain Tom Walker a quitté la réunion avant la déclaration finale.\n' +
        'Le Premier ministre hongrois Peter Kovacs menace de quitter l’Union européenne.\n',
      'ATTENDED',
    );
    expect(facts).toEqual(['Tom Walker -ATTENDED-> Sommet de Rome']);
  });
});

describe('a gathering chaired by its agents', () => {
  it('reads "coprésidée par X et Y" as both chairing, so attending, the event it follows', () => {
    const facts = factsOf(
      " date 2026-05-20 Genève\nLa conférence sur le Soudan, coprésidée par la Norvège et le Kenya, s'est ouverte mercredi à Genève.\n",
      'ATTENDED',
    );
    expect(facts).toEqual(['Kenya -ATTENDED-> Conférence de Genève', 'Norvège -ATTENDED-> Conférence de Genève']);
  });

  it('does not when the chairing is denied', () => {
    const facts = factsOf(" date 2026-05-20 Genève\nLa conférence de Genève, qui n'est pas présidée par la Norvège, s'est ouverte mercredi.\n", 'ATTENDED');
    expect(facts).toEqual([]);
  });
});

describe('a headline retelling the gathering', () => {
  it('is the gathering the body tells, not a second event dated by the article', () => {
    const graph = graphOf(
      "Mercosur : Santos reçoit Ferreira à Montevideo\n\nPublié le 9 juillet 2025\n\nLe président uruguayen Carlos Santos a accueilli lundi à Montevideo un sommet régional, en présence de son homologue argentin Luis Ferreira.\n",
    );
    const events = graph.filterNodes((_, a) => a.labels.includes('Event'));
    expect(events).toHaveLength(1);
    expect(graph.getNodeAttributes(events[0]!)).toMatchObject({ date: '2025-07-07', place: 'Montevideo' });
    expect(factsOf(graph, 'ATTENDED').map((f) => f.split(' -')[0])).toEqual(['Carlos Santos', 'Luis Ferreira']);
  });
});

describe('ATTENDED, told without an event noun or with the subject after the verb', () => {
  it('reads a gathering from its participle, dated and placed ("réunis jeudi à Madrid")', () => {
    const facts = factsOf(
      'MADRID, 14 mai 2026 - Une vingtaine de ministres réunis jeudi à Madrid ont adopté un plan commun.\n' +
        'Autour du chef du gouvernement espagnol Pedro Sánchez se trouvaient notamment le Premier ministre belge Bart De Wever et le président chypriote Nikos Christodoulides.\n',
      'ATTENDED',
    );
    expect(facts).toEqual([
      'Bart De Wever -ATTENDED-> Réunion de Madrid',
      'Nikos Christodoulides -ATTENDED-> Réunion de Madrid',
      'Pedro Sánchez -ATTENDED-> Réunion de Madrid',
    ]);
  });

  it('does not make a gathering of "réunis" without a day or a place', () => {
    expect(factsOf('Les pays réunis au sein de l\'alliance ont renouvelé leur soutien au Premier ministre belge Bart De Wever.\n', 'ATTENDED')).toEqual([]);
  });

  it('gives every envoy of "représenté par A et par B" and a remote participant the gathering', () => {
    const facts = factsOf(
      SUMMIT +
        "Washington était représenté par l'émissaire Tom Barrack et par la diplomate Dorothy Shea.\n" +
        'Présent par visioconférence, le Premier ministre grec Kyriakos Mitsotakis a plaidé pour un emprunt commun.\n',
      'ATTENDED',
    );
    expect(facts).toEqual([
      'Dorothy Shea -ATTENDED-> Sommet de Rome',
      'Kyriakos Mitsotakis -ATTENDED-> Sommet de Rome',
      'Tom Barrack -ATTENDED-> Sommet de Rome',
    ]);
  });

  it('reads "X a représenté <pays>" as attendance of the gathering, not the absent leader\'s', () => {
    const facts = factsOf(
      SUMMIT + 'La ministre autrichienne des Affaires étrangères Beate Meinl-Reisinger a représenté Vienne, le chancelier Christian Stocker étant retenu par un sommet à Bruxelles.\n',
      'ATTENDED',
    );
    expect(facts).toEqual(['Beate Meinl-Reisinger -ATTENDED-> Sommet de Rome']);
  });
});

describe('plans that did not happen', () => {
  it('"qui devait participer … a dû annuler son voyage": no attendance and no visit', () => {
    const graph = graphOf(SUMMIT + 'Le ministre chilien Alberto van Klaveren, qui devait participer au sommet, a dû annuler son voyage.\n');
    expect(factsOf(graph, 'ATTENDED')).toEqual([]);
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).length).toBe(1);
  });
});

describe('where and who, from the dateline and short presence sentences', () => {
  it('places the gathering at the dateline city, not at the place of its subject ("consacré à … à Khartoum")', () => {
    const graph = graphOf(
      "ADDIS-ABEBA, 9 février 2026 - Le président kényan William Ruto a reçu lundi les dirigeants de la région pour un sommet consacré à la guerre à Khartoum.\n" +
        'Le ministre égyptien des Affaires étrangères Badr Abdelatty était également présent.\n',
    );
    expect(factsOf(graph, 'ATTENDED')).toEqual(["Badr Abdelatty -ATTENDED-> Sommet d'Addis-Abeba", "William Ruto -ATTENDED-> Sommet d'Addis-Abeba"]);
  });

  it('reads "la force de stabilisation" as the force soldiers are offered to', () => {
    expect(factsOf("Le Rwanda est prêt à fournir des troupes à la force de stabilisation.\n", 'PLEDGES')).toEqual(['Rwanda -PLEDGES-> Force de stabilisation']);
  });
});

describe('readiness', () => {
  it('"prête à participer" is no attendance', () => {
    expect(factsOf(SUMMIT + 'La Slovénie se dit prête à participer, sous réserve d\'un vote du Parlement.\n', 'ATTENDED')).toEqual([]);
  });
});

describe('a host and the guests listed after "figuraient"', () => {
  it('"X a accueilli ses homologues à <the city>. Parmi eux figuraient A et B."', () => {
    const facts = factsOf(
      SUMMIT + 'Le président du Conseil italien Marco Verdi a accueilli ses homologues à Rome. Parmi eux figuraient le Premier ministre grec Kyriakos Mitsotakis et le président chypriote Nikos Christodoulides.\n',
      'ATTENDED',
    );
    expect(facts).toEqual(['Kyriakos Mitsotakis -ATTENDED-> Sommet de Rome', 'Marco Verdi -ATTENDED-> Sommet de Rome', 'Nikos Christodoulides -ATTENDED-> Sommet de Rome']);
  });
});

describe('the subject of "figurait parmi les participants"', () => {
  it('attends when "parmi" names those present, not when it names anything else', () => {
    const facts = factsOf(
      SUMMIT +
        "Le Premier ministre portugais, Luis Montenegro, et son homologue belge, Bart De Wever, figuraient parmi les chefs de gouvernement présents.\n" +
        'Le président tchèque Petr Pavel figure parmi les favoris du scrutin.\n',
      'ATTENDED',
    );
    expect(facts).toEqual(['Bart De Wever -ATTENDED-> Sommet de Rome', 'Luis Montenegro -ATTENDED-> Sommet de Rome']);
  });
});

describe('attendance told in a fronted phrase', () => {
  it('"Jeudi, à son arrivée au sommet, M. X", "Présent lui aussi autour de la table, le chancelier X", "En marge de la plénière, X"', () => {
    const facts = factsOf(
      SUMMIT +
        'Le président chypriote Nikos Christodoulides espère un accord.\n' +
        'Jeudi, à son arrivée au sommet, M. Christodoulides a plaidé pour un emprunt commun.\n' +
        "Présent lui aussi autour de la table, le chancelier autrichien, Christian Stocker, a salué l'accord.\n" +
        'En marge de la plénière, le Premier ministre irlandais Micheál Martin a défendu la neutralité de son pays.\n',
      'ATTENDED',
    );
    expect(facts).toEqual(['Christian Stocker -ATTENDED-> Sommet de Rome', 'Micheál Martin -ATTENDED-> Sommet de Rome', 'Nikos Christodoulides -ATTENDED-> Sommet de Rome']);
  });
});

describe('lists of those present, told at length', () => {
  it('"se trouvaient A, arrivé la veille au soir à bord de son avion, B et C": past the participle\'s apposition', () => {
    const facts = factsOf(
      SUMMIT + "Autour de la table se trouvaient notamment le président chypriote Nikos Christodoulides, arrivé la veille au soir à bord d'un avion militaire, le Premier ministre grec Kyriakos Mitsotakis et le président roumain Nicusor Dan.\n",
      'ATTENDED',
    );
    expect(facts).toEqual(['Kyriakos Mitsotakis -ATTENDED-> Sommet de Rome', 'Nicusor Dan -ATTENDED-> Sommet de Rome', 'Nikos Christodoulides -ATTENDED-> Sommet de Rome']);
  });

  it('"X faisait lui aussi le déplacement, tout comme Y": past "lui aussi" inside the verb', () => {
    const facts = factsOf(SUMMIT + 'Le Canadien Paul Tremblay faisait lui aussi le déplacement, tout comme le président roumain Nicusor Dan.\n', 'ATTENDED');
    expect(facts).toEqual(['Nicusor Dan -ATTENDED-> Sommet de Rome', 'Paul Tremblay -ATTENDED-> Sommet de Rome']);
  });
});

describe('a talk held inside a gathering\'s venue, and those who sat in on it', () => {
  it('"se sont entretenus dans une salle du sommet. Z assistait à l\'échange, tout comme, côté X, W": a talk of its own, at the summit', () => {
    const text =
      ' date 2026-03-12 International\nLes dirigeants européens se sont réunis le 12 mars 2026 à Rome pour un sommet.\n' +
      'Le président américain John Harlan et le président ukrainien Petro Lysenko se sont entretenus jeudi dans une salle du sommet. ' +
      "Le secrétaire d'État Tom Reed assistait à l'échange, tout comme, côté ukrainien, le chef de cabinet, Ivan Koval.\n";
    const graph = graphOf(text);
    const attended = factsOf(graph, 'ATTENDED');
    const talk = attended.find((f) => f.startsWith('Tom Reed'))!.split('-> ')[1]!;
    expect(talk).not.toMatch(/^Sommet/);
    expect(attended.filter((f) => f.endsWith(talk)).map((f) => f.split(' -')[0])).toEqual(['Ivan Koval', 'John Harlan', 'Petro Lysenko', 'Tom Reed']);
    expect(attended).toContain('John Harlan -ATTENDED-> Sommet de Rome');
  });
});

describe('an absolute participle after a represented leader', () => {
  it('"représentée par son Premier ministre, X, Y n\'ayant pas fait le déplacement": Y is not there', () => {
    expect(factsOf(SUMMIT + "La Chine était représentée par son Premier ministre, Li Wen, le président Zhao Ming n'ayant pas fait le déplacement.\n", 'ATTENDED')).toEqual(['Li Wen -ATTENDED-> Sommet de Rome']);
  });
});

describe('"y siégeaient"', () => {
  it('"X et Y y siégeaient en personne": at the meeting just told', () => {
    const text = ' date 2036-07-12 International\nSamedi matin, les dirigeants du groupe s\'étaient retrouvés avec le président ukrainien Petro Lysenko dans un salon de l\'hôtel pour une réunion. Le président français Paul Meyer et le chancelier allemand Jan Vogt y siégeaient en personne.\n';
    const attended = factsOf(text, 'ATTENDED');
    expect(attended.filter((f) => !f.startsWith('Petro'))).toHaveLength(2);
    expect(attended.map((f) => f.split(' -')[0])).toEqual(expect.arrayContaining(['Jan Vogt', 'Paul Meyer']));
  });
});

describe('"Étaient présents" after a meal just told', () => {
  it('are its guests, and only its, not the article\'s gathering of the day before', () => {
    const text =
      ' date 2036-07-15 International\nAprès des pourparlers marathon dimanche entre le président ukrainien Petro Lysenko et les émissaires américains, les dirigeants européens se sont retrouvés lundi soir à Berlin.\n\n' +
      'Qui était autour de la table lundi soir ?\n\nLe chancelier allemand Jan Vogt avait convié ses homologues à dîner. Étaient présents le président français Paul Meyer et la Première ministre danoise Ida Holm.\n';
    const attended = factsOf(text, 'ATTENDED');
    expect(attended.filter((f) => f.startsWith('Paul Meyer') || f.startsWith('Ida Holm')).map((f) => f.replace(/^\S+ \S+ -ATTENDED-> /, ''))).toEqual(['Dîner du 2036-07-14', 'Dîner du 2036-07-14']);
  });
});

describe('"a retrouvé X"', () => {
  it('is meeting X when X is someone', () => {
    const text = ' date 2036-07-14 International\nDimanche, le président ukrainien Petro Lysenko a retrouvé l\'émissaire américain Tom Reed à Berlin. Le président Jan Vogt a retrouvé le sourire.\n';
    expect(factsOf(text, 'ATTENDED').map((f) => f.split(' -')[0])).toEqual(['Petro Lysenko', 'Tom Reed']);
  });
});

describe('"joindre" someone is calling them', () => {
  it('"ont joint le président X" is a call between them; "a joint sa voix à …" is none', () => {
    const text = 'Le 3 mars 2026, le président chilien Gabriel Boric et le président argentin Javier Milei ont joint le président brésilien Lula da Silva. Le président uruguayen Yamandú Orsi a joint sa voix à celle de ses voisins.\n';
    const graph = graphOf(text);
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'kind'))).toEqual(['call']);
    expect(factsOf(graph, 'ATTENDED').map((f) => f.split(' -')[0])).toEqual(['Gabriel Boric', 'Javier Milei', 'Lula da Silva']);
  });
});

describe('a call told with the means after the other side', () => {
  it('"s\'est entretenu avec X au téléphone" is a call', () => {
    const graph = graphOf('Le 3 mars 2026, le président chilien Gabriel Boric s\'est entretenu avec Lula da Silva au téléphone.\n');
    const kinds = graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'kind'));
    expect(kinds).toEqual(['call']);
  });
});

describe('verbs that look like event nouns, and a gathering told in the future', () => {
  it('"avaient rencontré … à Bruxelles" is no gathering of the article; "se réunira mardi à Oslo" is', () => {
    const graph = graphOf(
      'Publié le 5 janvier 2026\n\nMardi, les ministres nordiques se réuniront à Oslo. Le sommet réunira notamment le Premier ministre suédois Ulf Kristersson.\n' +
        'Mi-décembre, les négociateurs avaient rencontré la délégation ukrainienne à Bruxelles.\n',
    );
    expect(factsOf(graph, 'ATTENDED')).toEqual(["Ulf Kristersson -ATTENDED-> Sommet d'Oslo"]);
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'date'))).toEqual(['2026-01-06']);
  });

  it('reads a meeting verb with an adverb inside ("s\'est longuement entretenu", "s\'est par ailleurs entretenu")', () => {
    expect(factsOf("Le 3 mars 2026, le président chilien Gabriel Boric s'est longuement entretenu avec Lula da Silva.\n", 'ATTENDED')).toHaveLength(2);
    expect(factsOf("Le 3 mars 2026, le président chilien Gabriel Boric s'est par ailleurs entretenu au téléphone avec Lula da Silva.\n", 'ATTENDED')).toHaveLength(2);
  });
});

describe('news that is no attendance', () => {
  it('"a refusé de signer", "a renoncé à participer", "a reçu le prix X"', () => {
    expect(factsOf(SUMMIT + "L'Autriche a refusé de signer la déclaration.\n", 'ATTENDED')).toEqual([]);
    expect(factsOf(SUMMIT + 'La Hongrie a renoncé à participer au sommet.\n', 'ATTENDED')).toEqual([]);
    expect(factsOf('Le président portugais Marcelo Rebelo de Sousa a reçu le prix Erasmus à Rotterdam le 3 mars 2026.\n', 'ATTENDED')).toEqual([]);
  });
});

describe('a body that met, its day fronted, and a list past a relative clause', () => {
  it('"Ce jeudi 12 mars, à Niamey, le Conseil … s\'est réuni": a meeting; "Autour de la table avaient pris place A, qui a dirigé les débats, B et C": all three at it', () => {
    const text = "Publié le 12 mars 2048\n\nCe jeudi 12 mars, à Niamey, le Conseil de paix et de sécurité s'est réuni au niveau des chefs d'État.\n\nAutour de la table avaient pris place le président malien, Oumar Keita, qui a dirigé les débats, le Béninois Paul Hounsou et le Togolais Yao Agbo.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Oumar Keita -ATTENDED-> Réunion de Niamey', 'Paul Hounsou -ATTENDED-> Réunion de Niamey', 'Yao Agbo -ATTENDED-> Réunion de Niamey']);
  });
});

describe('a welcome home', () => {
  it('"Le chef de l\'État a regagné Abidjan dans la soirée. Il a été accueilli à l\'aéroport par le Premier ministre, X": X was not at the summit', () => {
    const text = "Publié le 13 février 2048\n\nLe président ivoirien Koffi Brou a pris part hier jeudi à Abuja au sommet extraordinaire de la CEDEAO. Le chef de l'État a regagné Abidjan dans la soirée. Il a été accueilli à l'aéroport par le Premier ministre, Yao Kouassi.\n";
    expect(factsOf(text, 'ATTENDED').filter((f) => f.includes('Sommet'))).toEqual(["Koffi Brou -ATTENDED-> Sommet d'Abuja"]);
  });
});

describe('a participle of a body, past a comma', () => {
  it('"En pleine séance, le Conseil de souveraineté présidé par le général X a rejeté…": X chairs the council, not the session; "La réunion, qui …, était présidée par Y": Y chairs it', () => {
    const text = (sentence: string) => `Publié le 29 janvier 2048\n\nCe jeudi, à Addis-Abeba, les chefs d'État se sont réunis en sommet. ${sentence}\n`;
    expect(factsOf(text('En pleine séance, le Conseil de souveraineté présidé par le général Omar Bashir a « rejeté catégoriquement » toute présence militaire étrangère.'), 'ATTENDED')).toEqual([]);
    expect(factsOf(text("La réunion, qui avait été convoquée à la demande de Maputo, était présidée par la ministre botswanaise de la Défense, Mpho Kgosi."), 'ATTENDED')).toEqual(["Mpho Kgosi -ATTENDED-> Sommet d'Addis-Abeba"]);
  });
});

describe("a span's end is no other day", () => {
  it('"Autour de l\'hôte, X, avaient pris place le président angolais, Y, président en exercice de l\'UA jusqu\'à la mi-février": both at the day\'s summit', () => {
    const text = "Publié le 29 janvier 2048\n\nCe jeudi 29 janvier, à Addis-Abeba, les chefs d'État se sont réunis en sommet.\n\nAutour de l'hôte, le Premier ministre éthiopien, Abebe Tadesse, avaient pris place le président angolais, Paulo Neto, président en exercice de l'UA jusqu'à la mi-février.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(["Abebe Tadesse -ATTENDED-> Sommet d'Addis-Abeba", "Paulo Neto -ATTENDED-> Sommet d'Addis-Abeba"]);
  });

  it('"… le président angolais, Y, président en exercice de l\'UA jusqu\'à la mi-février, qui a dirigé les débats, le Rwandais Z": the list goes on past the apposition and its relative clause', () => {
    const text = "Publié le 29 janvier 2048\n\nCe jeudi 29 janvier, à Addis-Abeba, les chefs d'État se sont réunis en sommet.\n\nAutour de l'hôte, le Premier ministre éthiopien, Abebe Tadesse, avaient pris place le président angolais, Paulo Neto, président en exercice de l'UA jusqu'à la mi-février, qui a dirigé les débats, le Rwandais Jean Habimana et le Kényan Peter Kamau.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(["Abebe Tadesse -ATTENDED-> Sommet d'Addis-Abeba", "Jean Habimana -ATTENDED-> Sommet d'Addis-Abeba", "Paulo Neto -ATTENDED-> Sommet d'Addis-Abeba", "Peter Kamau -ATTENDED-> Sommet d'Addis-Abeba"]);
  });
});

describe('roll calls without a colon', () => {
  it('"Autour de la table en fer à cheval, on reconnaissait A, B et C", "Sur l\'écran, on reconnaissait A et B": all at the gathering', () => {
    const text = (sentence: string): string => `Publié le 17 décembre 2025\n\nLes ministres se sont réunis mercredi à New York. ${sentence}\n`;
    expect(factsOf(text("Autour de la table en fer à cheval, on reconnaissait la Jamaïcaine Ada Brown, la Canadienne Lise Roy et l'Argentin Pablo Sosa."), 'ATTENDED')).toEqual([
      'Ada Brown -ATTENDED-> Réunion de New York',
      'Lise Roy -ATTENDED-> Réunion de New York',
      'Pablo Sosa -ATTENDED-> Réunion de New York',
    ]);
    expect(factsOf(text("Sur l'écran, on reconnaissait la Jamaïcaine Ada Brown et la Canadienne Lise Roy."), 'ATTENDED')).toEqual(['Ada Brown -ATTENDED-> Réunion de New York', 'Lise Roy -ATTENDED-> Réunion de New York']);
  });

  it('"on comptait notamment autour de la table A et B": both; "on comptait sur A pour…" is no roll call', () => {
    const text = (sentence: string): string => `Publié le 17 décembre 2025\n\nLes ministres se sont réunis mercredi à New York. ${sentence}\n`;
    expect(factsOf(text('On comptait notamment autour de la table la Jamaïcaine Ada Brown et le Togolais Kodjo Amah.'), 'ATTENDED')).toEqual(['Ada Brown -ATTENDED-> Réunion de New York', 'Kodjo Amah -ATTENDED-> Réunion de New York']);
    expect(factsOf(text("À Lomé, on comptait sur le Togolais Kodjo Amah pour convaincre ses pairs."), 'ATTENDED')).toEqual([]);
  });
});

describe('one the apposition says was away', () => {
  it('"X, retenu à l\'Élysée, lui avait confié un message lu en séance": not there; "X, absent de La Haye, a suivi les échanges par visioconférence": there', () => {
    const text = (sentence: string): string => `Publié le 22 janvier 2026\n\nLes dirigeants se sont réunis jeudi à Kingston. ${sentence}\n`;
    expect(factsOf(text("La ministre des Outre-mer, Claire Morel, a lu un message du chef de l'État. Le chef de l'État, Paul Renaud, retenu à l'Élysée, lui avait confié un message lu en séance."), 'ATTENDED').filter((f) => f.startsWith('Paul'))).toEqual([]);
    expect(factsOf(text('Le Premier ministre australien, Tom Walsh, absent de Kingston, a suivi les échanges par visioconférence.'), 'ATTENDED')).toEqual(['Tom Walsh -ATTENDED-> Réunion de Kingston']);
  });

  it('"A siégeait pour Helsinki, le Premier ministre B étant resté en Finlande", "et non B, resté à Helsinki": only A', () => {
    const text = (sentence: string): string => `Publié le 22 janvier 2026\n\nLes dirigeants se sont réunis jeudi à Kingston. ${sentence}\n`;
    expect(factsOf(text('Le président finlandais Aku Virtanen siégeait pour Helsinki, le Premier ministre Pekka Koski étant resté en Finlande.'), 'ATTENDED').filter((f) => f.includes('Koski'))).toEqual([]);
    expect(factsOf(text('Autour de la table : le président finlandais Aku Virtanen, et non le Premier ministre Pekka Koski, resté à Helsinki.'), 'ATTENDED')).toEqual(['Aku Virtanen -ATTENDED-> Réunion de Kingston']);
  });
});

describe("a box's lines, one per gathering", () => {
  it('"Dîner de mercredi : A ; B ; C" and "Sommet de l\'UA (jeudi) : A ; D ; E": each list at its own gathering; a headline-like line with a verb is no list', () => {
    const text =
      "Accra accueille l'Union africaine\n\nPublié le 12 mars 2026 à 10h00\n\nLe sommet de l'Union africaine s'est ouvert jeudi à Accra. La veille, mercredi soir, le président ghanéen avait offert un dîner aux dirigeants.\n\nQui était là ?\n\n" +
      'Dîner de mercredi : le président ghanéen John Mensah ; le Sénégalais Moussa Ba ; la Nigériane Ada Okafor.\n\n' +
      "Sommet de l'Union africaine (jeudi) : John Mensah ; le président kényan Paul Otieno ; le Togolais Kodjo Amah.\n\n" +
      "Sommet de l'UA : Paul Otieno ; Kodjo Amah ; ils ont haussé le ton face à Ada Okafor.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([
      'Ada Okafor -ATTENDED-> Dîner à Accra',
      "John Mensah -ATTENDED-> Dîner à Accra",
      "John Mensah -ATTENDED-> Sommet d'Accra",
      "Kodjo Amah -ATTENDED-> Sommet d'Accra",
      'Moussa Ba -ATTENDED-> Dîner à Accra',
      "Paul Otieno -ATTENDED-> Sommet d'Accra",
    ]);
  });
});

describe('one who left the town of the gathering', () => {
  it('"X a quitté Bruxelles jeudi soir, avant le dîner" was at the summit (Bruxelles being also the Union\'s name), not at the dinner', () => {
    const text = "Sommet à Bruxelles\n\nPublié le 20/03/2026 à 19:42\n\nLes dirigeants se sont réunis jeudi et vendredi à Bruxelles. Le Premier ministre slovaque Juraj Hlina a quitté Bruxelles jeudi soir, avant le dîner.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Juraj Hlina -ATTENDED-> Sommet de Bruxelles']);
  });
});

describe('arrivals told one after the other', () => {
  it('"Les arrivées se succèdent. Parmi les chefs de gouvernement, A, B et C ont salué la presse": all three at the gathering', () => {
    const text =
      "DIRECT. Sommet européen à Bruxelles\n\nPublié le 19/03/2026 07:01\n\nLes dirigeants de l'Union européenne sont réunis jeudi et vendredi à Bruxelles pour un Conseil européen.\n\n10h30\nLes arrivées se succèdent. Parmi les chefs de gouvernement, l'Italienne Giorgia Rossi, le Polonais Jan Nowak et l'Espagnol Pedro Ruiz ont salué la presse sans s'arrêter.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Giorgia Rossi -ATTENDED-> Sommet de Bruxelles', 'Jan Nowak -ATTENDED-> Sommet de Bruxelles', 'Pedro Ruiz -ATTENDED-> Sommet de Bruxelles']);
  });
});

describe('a topic fronted by "Quant à"', () => {
  it('"Quant au Rwanda, son président X est intervenu par visioconférence": X attended from afar', () => {
    const text = 'Publié le 14 mars 2026\n\nLe sommet conjoint s\'est tenu samedi à Nairobi. Quant au Rwanda, son président Paul Karemera est intervenu par visioconférence.\n';
    expect(factsOf(text, 'ATTENDED')).toEqual(['Paul Karemera -ATTENDED-> Sommet de Nairobi']);
  });
});

describe('one who came in the company of another', () => {
  it('"X, arrivé à Abidjan dans la matinée en compagnie du ministre des Forces armées, le général Y": both', () => {
    const text = "Publié le 10 mars 2026\n\nLe sommet s'est ouvert mardi à Abidjan. À sa gauche, le président sénégalais, Ousmane Ba, arrivé à Abidjan dans la matinée en compagnie du ministre des Forces armées, le général Birame Ndiaye.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(["Birame Ndiaye -ATTENDED-> Sommet d'Abidjan", "Ousmane Ba -ATTENDED-> Sommet d'Abidjan"]);
  });
});

describe('a roll call whose scene opens the sentence', () => {
  it('"Autour de la table ovale du centre de Pailles, aux portes de la capitale : A, B, C, dont c\'était le premier sommet depuis octobre": all three', () => {
    const text =
      "Publié le 17 avril 2026\n\nJeudi, le sommet de la Commission de l'océan Indien s'est achevé à Pailles. Autour de la table ovale du centre de conférences de Pailles, aux portes de la capitale mauricienne : le Premier ministre mauricien, Paul Ravel, en maître de maison, le Comorien Ali Said et le Seychellois Marc Hoarau, dont c'était le premier sommet régional depuis son investiture en octobre.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Ali Said -ATTENDED-> Sommet de Pailles', 'Marc Hoarau -ATTENDED-> Sommet de Pailles', 'Paul Ravel -ATTENDED-> Sommet de Pailles']);
  });
});

describe('a roll call opened after the colon', () => {
  it('"… a commencé par un petit-déjeuner de travail : autour de la table, A, B et C": all three at that breakfast', () => {
    const text =
      "Publié le 10 mars 2026\n\nLes dirigeants de la coalition se sont réunis mardi à Varsovie. La journée a commencé par un petit-déjeuner de travail en comité restreint : autour de la table, le Premier ministre polonais Jan Nowak, le président français Paul Aubert et le Premier ministre belge Luc Peeters.\n";
    expect(factsOf(text, 'ATTENDED').filter((f) => f.includes('Petit-déjeuner'))).toEqual([
      'Jan Nowak -ATTENDED-> Petit-déjeuner à Varsovie',
      'Luc Peeters -ATTENDED-> Petit-déjeuner à Varsovie',
      'Paul Aubert -ATTENDED-> Petit-déjeuner à Varsovie',
    ]);
  });
});

describe('one connected from afar, and envoys sent', () => {
  const text = (sentence: string): string => `Publié le 10 mars 2026\n\nLes dirigeants de la coalition se sont réunis mardi à Varsovie. ${sentence}\n`;

  it('"Connecté à distance, le Tchèque X a jugé…": X at the gathering, from afar', () => {
    expect(factsOf(text("Connecté à distance, le Tchèque Petr Dvorak a jugé « dangereuse » l'idée de stationner des soldats."), 'ATTENDED')).toEqual(['Petr Dvorak -ATTENDED-> Réunion de Varsovie']);
  });

  it('"le président avait dépêché ses émissaires, A et B": both', () => {
    expect(factsOf(text('Côté américain, le président avait dépêché ses émissaires, Tom Baker et Bill Rogers, installés à la droite du ministre polonais.'), 'ATTENDED')).toEqual([
      'Bill Rogers -ATTENDED-> Réunion de Varsovie',
      'Tom Baker -ATTENDED-> Réunion de Varsovie',
    ]);
  });
});

describe('a head count that came, then those named', () => {
  it('"Une quinzaine de dirigeants avaient fait le déplacement, parmi lesquels A, B et C": all three at the gathering', () => {
    const text = "Publié le 10 mars 2026\n\nLa coalition s'est réunie mardi à Varsovie. Une quinzaine de dirigeants avaient fait le déplacement, parmi lesquels le Premier ministre suédois Ulf Kristersson, le président roumain Nicusor Dan et le Premier ministre estonien Kristen Michal.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Kristen Michal -ATTENDED-> Réunion de Varsovie', 'Nicusor Dan -ATTENDED-> Réunion de Varsovie', 'Ulf Kristersson -ATTENDED-> Réunion de Varsovie']);
  });
});

describe('an event of the next day told as to come', () => {
  it('"doivent faire le point jeudi, lors d\'une visioconférence coprésidée par X et Y" (a Wednesday\'s article): no one attended it yet', () => {
    const text = "Publié le mercredi 14 octobre 2026\n\nLes dirigeants de la coalition doivent faire le point jeudi, lors d'une visioconférence coprésidée par le président roumain Nicusor Dan et le Premier ministre suédois Ulf Kristersson.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([]);
  });
});

describe('a fronted "Réunis …" and the people listed after it', () => {
  it('"Réunis samedi à Johannesburg, A, B et C ont jugé…": all of them; "Réunis en marge du sommet, …, A, ainsi que B, ont…": at the meeting beside the summit', () => {
    const text = (sentence: string): string => `Publié le 23 novembre 2025\n\n${sentence}\n`;
    expect(factsOf(text('Réunis samedi à Johannesburg, Paul Renaud, Tom Ellerby et Anton Vogel ont jugé que le plan constituait une base.'), 'ATTENDED')).toEqual([
      'Anton Vogel -ATTENDED-> Réunion de Johannesburg',
      'Paul Renaud -ATTENDED-> Réunion de Johannesburg',
      'Tom Ellerby -ATTENDED-> Réunion de Johannesburg',
    ]);
    expect(factsOf(text('Réunis à huis clos samedi matin en marge du sommet du G20 de Johannesburg, boycotté par les Etats-Unis, Paul Renaud, le Canadien Luc Gagnon, ainsi que la présidente de la Commission, Ursula Brandt, ont jugé que le plan constituait une base.'), 'ATTENDED')).toEqual([
      'Luc Gagnon -ATTENDED-> Réunion de Johannesburg',
      'Paul Renaud -ATTENDED-> Réunion de Johannesburg',
      'Ursula Brandt -ATTENDED-> Réunion de Johannesburg',
    ]);
    // (Not one named after the verb: "l'île convoitée par X".)
    expect(factsOf(text("Réunis jeudi autour de la Première ministre danoise Karen Holm, une dizaine de dirigeants ont promis des navires pour l'île convoitée par Donald Trump."), 'ATTENDED').filter((f) => f.startsWith('Donald'))).toEqual([]);
  });
});

describe('chairing told past its time', () => {
  it('"la conférence, ouverte en fin de matinée par X", "ouverte jeudi par X": X at it', () => {
    const text = (sentence: string): string => `Publié le 12 mars 2026\n\nLa conférence de Paris s'est tenue jeudi au Quai d'Orsay. ${sentence}\n`;
    expect(factsOf(text('Les délégations sont venues pour la conférence internationale, ouverte en fin de matinée par le président français Paul Renaud.'), 'ATTENDED')).toEqual(['Paul Renaud -ATTENDED-> Conférence de Paris']);
    expect(factsOf(text('Les délégations sont venues pour la conférence internationale, ouverte jeudi par le président français Paul Renaud.'), 'ATTENDED')).toEqual(['Paul Renaud -ATTENDED-> Conférence de Paris']);
  });
});

describe('speaking to the gathering from afar', () => {
  it('"s\'est adressé à l\'assemblée par vidéo", "devant les participants par visioconférence": at it; "s\'est adressé à la nation": not', () => {
    const text = (sentence: string): string => `Publié le 17 décembre 2025\n\nLes ministres se sont réunis mercredi à New York. ${sentence}\n`;
    expect(factsOf(text("Le président kényan Samuel Kiprop s'est adressé à l'assemblée par vidéo depuis Nairobi."), 'ATTENDED')).toEqual(['Samuel Kiprop -ATTENDED-> Réunion de New York']);
    expect(factsOf(text("Le président kényan Samuel Kiprop s'est exprimé devant les participants par visioconférence."), 'ATTENDED')).toEqual(['Samuel Kiprop -ATTENDED-> Réunion de New York']);
    expect(factsOf(text("Le président kényan Samuel Kiprop s'est adressé à la nation."), 'ATTENDED')).toEqual([]);
  });
});

describe('joining a videoconference', () => {
  it('"a rejoint la visio depuis Kiev", "s\'y est joint par visioconférence": at it; "a joint sa voix à l\'appel", "a rejoint ses homologues": not', () => {
    const text = (sentence: string): string => `Publié le 12 mars 2026\n\nLes dirigeants de la coalition se sont réunis jeudi par visioconférence. ${sentence}\n`;
    expect(factsOf(text('Le président roumain Nicusor Dan, rentré dans la nuit, a rejoint la visio depuis Bucarest.'), 'ATTENDED')).toEqual(['Nicusor Dan -ATTENDED-> Visioconférence du 2026-03-12']);
    expect(factsOf(text("Le Premier ministre suédois Ulf Kristersson s'y est joint par visioconférence."), 'ATTENDED')).toEqual(['Ulf Kristersson -ATTENDED-> Visioconférence du 2026-03-12']);
    expect(factsOf(text("Le président roumain Nicusor Dan a joint sa voix à l'appel."), 'ATTENDED')).toEqual([]);
  });
});

describe('during an event, and appositions with nouns in -ant', () => {
  it('"Lors de la conférence de presse finale, X et Y ont détaillé…" attend; "X, commandant …, était présent" attends', () => {
    expect(factsOf(SUMMIT + 'Lors de la conférence de presse finale, le Premier ministre grec Kyriakos Mitsotakis et le président chypriote Nikos Christodoulides ont détaillé les engagements.\n', 'ATTENDED')).toEqual([
      // (The summit's press conference is an event of its own, on its day at its place.)
      'Kyriakos Mitsotakis -ATTENDED-> Conférence de presse à Rome',
      'Kyriakos Mitsotakis -ATTENDED-> Sommet de Rome',
      'Nikos Christodoulides -ATTENDED-> Conférence de presse à Rome',
      'Nikos Christodoulides -ATTENDED-> Sommet de Rome',
    ]);
    expect(factsOf(SUMMIT + 'Le général Pietro Serino, commandant des forces terrestres en Europe, était présent.\n', 'ATTENDED')).toEqual(['Pietro Serino -ATTENDED-> Sommet de Rome']);
  });
});

describe('short ways to say one was there', () => {
  it('"a lui aussi fait le déplacement.", "étaient également de la partie."; not when denied', () => {
    expect(factsOf(SUMMIT + 'Le Premier ministre grec Kyriakos Mitsotakis a lui aussi fait le déplacement.\n', 'ATTENDED')).toEqual(['Kyriakos Mitsotakis -ATTENDED-> Sommet de Rome']);
    expect(factsOf(SUMMIT + 'Le Premier ministre grec Kyriakos Mitsotakis et le président chypriote Nikos Christodoulides étaient également de la partie.\n', 'ATTENDED')).toEqual([
      'Kyriakos Mitsotakis -ATTENDED-> Sommet de Rome',
      'Nikos Christodoulides -ATTENDED-> Sommet de Rome',
    ]);
    expect(factsOf(SUMMIT + "Le Premier ministre grec Kyriakos Mitsotakis n'était pas de la partie.\n", 'ATTENDED')).toEqual([]);
  });
});

describe('a host met through a qualifier', () => {
  it('"a été reçu à Riyad par le prince héritier saoudien X" is a meeting of both', () => {
    expect(factsOf('Le 3 mars 2026, le ministre omanais Badr Albusaidi a été reçu à Riyad par le prince héritier saoudien Mohammed ben Salmane.\n', 'ATTENDED')).toHaveLength(2);
  });
});

describe('a name in apposition to a title with its complement', () => {
  it('"L\'envoyé spécial de X, Y, a rencontré Z": Y is the subject, not a second complement', () => {
    expect(factsOf("L'envoyé spécial de Lula da Silva, Celso Amorim, a rencontré Nicolás Maduro à Caracas le 2 décembre 2025.\n", 'ATTENDED')).toEqual([
      'Celso Amorim -ATTENDED-> Réunion entre Celso Amorim et Nicolás Maduro à Caracas',
      'Nicolás Maduro -ATTENDED-> Réunion entre Celso Amorim et Nicolás Maduro à Caracas',
    ]);
  });
});

describe('a gathering told by "réunir", and arrivals', () => {
  it('makes "X a réuni mercredi à P les délégations" a meeting its host and guests attend', () => {
    const graph = graphOf(
      'Libye : une trêve à Tunis\n\nPublié le 14/05/2026 à 11h42\n\n' +
        "Le ministre tunisien des Affaires étrangères, Hédi Mansour, a réuni mercredi à Tunis les délégations libyennes, en présence de l'envoyé spécial de l'ONU, Karl Lindqvist.\n",
    );
    expect(factsOf(graph, 'ATTENDED').filter((f) => !f.startsWith('Libye'))).toEqual([
      'Hédi Mansour -ATTENDED-> Réunion de Tunis',
      'Karl Lindqvist -ATTENDED-> Réunion de Tunis',
    ]);
  });

  it('reads "sont arrivés en premier" and "dans la matinée" as arriving at the gathering, "en tête des sondages" not', () => {
    const live =
      'EN DIRECT - Sommet de Salzbourg\n\n16 juin 2026\n\n09h15 - Les dirigeants sont arrivés à Salzbourg, où le chancelier autrichien Karl Berger accueille le sommet jusqu\'à mercredi.\n';
    const facts = factsOf(
      live +
        'Le Premier ministre suédois Lars Eklund et la présidente estonienne Kadri Tamm sont arrivés en premier. Le président letton Juris Ozols est arrivé dans la matinée.\n' +
        'Le Premier ministre danois Mads Holm est arrivé en tête des sondages.\n',
      'ATTENDED',
    );
    expect(facts).toContain('Lars Eklund -ATTENDED-> Sommet de Salzbourg');
    expect(facts).toContain('Kadri Tamm -ATTENDED-> Sommet de Salzbourg');
    expect(facts).toContain('Juris Ozols -ATTENDED-> Sommet de Salzbourg');
    expect(facts).not.toContain('Mads Holm -ATTENDED-> Sommet de Salzbourg');
  });

  it('dates the gathering by the day it is told of, not the day it ends ("jusqu\'à mercredi")', () => {
    const graph = graphOf('EN DIRECT - Sommet de Salzbourg\n\n16 juin 2026\n\n09h15 - Les dirigeants sont arrivés à Salzbourg, où le chancelier autrichien Karl Berger accueille le sommet jusqu\'à mercredi.\n');
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'date'))).toEqual(['2026-06-16']);
  });
});

describe('guests told by their invitation, and leaving the room', () => {
  const council = "BRUXELLES, 19 mars 2026 (AFP) - Les dirigeants de l'Union européenne, réunis jeudi à Bruxelles, ont approuvé une aide.\n";

  it('reads "X, invitée à la réunion, a remercié" as attendance, not when the clause says she could not come', () => {
    expect(factsOf(council + 'La présidente géorgienne, Nino Beridze, invitée à la réunion, a remercié ses partenaires.\n', 'ATTENDED')).toContain(
      'Nino Beridze -ATTENDED-> Réunion de Bruxelles',
    );
    expect(factsOf(council + "La présidente géorgienne, Nino Beridze, invitée à la réunion, n'a pas pu venir.\n", 'ATTENDED')).not.toContain(
      'Nino Beridze -ATTENDED-> Réunion de Bruxelles',
    );
    expect(factsOf(council + 'La présidente géorgienne Nino Beridze était invitée.\n', 'ATTENDED')).not.toContain('Nino Beridze -ATTENDED-> Réunion de Bruxelles');
  });

  it('reads "a quitté la salle" as having been at the gathering, "a quitté le pouvoir" not', () => {
    expect(factsOf(council + 'Le Premier ministre slovaque Juraj Kollár a quitté la salle avant le vote.\n', 'ATTENDED')).toContain(
      'Juraj Kollár -ATTENDED-> Réunion de Bruxelles',
    );
    expect(factsOf(council + 'Le Premier ministre slovaque Juraj Kollár a quitté le pouvoir en 2024.\n', 'ATTENDED')).toEqual([]);
  });
});

describe('hosts and visits', () => {
  const talks = "DOHA, 2 avril 2026 (AFP) - Des négociations indirectes se sont ouvertes jeudi à Doha.\n";

  it('makes "X reçoit les délégations" the host of the article\'s gathering, not of another day\'s', () => {
    expect(factsOf(talks + 'Le ministre qatari des Affaires étrangères, Salem Al-Kuwari, reçoit les délégations.\n', 'ATTENDED')).toEqual([
      'Salem Al-Kuwari -ATTENDED-> Réunion de Doha',
    ]);
    expect(factsOf(talks + 'Le ministre qatari Salem Al-Kuwari recevra les dirigeants du Golfe le mois prochain.\n', 'ATTENDED')).toEqual([]);
  });

  it('gives a visit to its owner ("pour sa première visite") and to the one who receives him ("Reçu par X, il…")', () => {
    const facts = factsOf(
      'Le Premier ministre belge, Luc Peeters, était mardi 10 mars 2026 à Lisbonne pour sa première visite officielle au Portugal. ' +
        'Reçu au palais de Belém par le président portugais, Rui Matos, il a plaidé pour une coopération renforcée.\n',
      'ATTENDED',
    );
    expect(facts).toEqual(['Luc Peeters -ATTENDED-> Visite à Lisbonne', 'Rui Matos -ATTENDED-> Visite à Lisbonne']);
  });

  it('holds a meeting "dans l\'après-midi" on the day and at the place of the visit told before: a part of the visit', () => {
    const graph = graphOf(
      'Le Premier ministre belge, Luc Peeters, était mardi 10 mars 2026 à Lisbonne pour sa première visite officielle au Portugal. ' +
        "Le président de l'Assemblée, Ana Ferreira, a rencontré M. Peeters dans l'après-midi.\n",
    );
    const events = graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttributes(k));
    expect(events.map((a) => [a.date, a.place])).toEqual([['2026-03-10', 'Lisbonne']]);
    expect(factsOf(graph, 'ATTENDED').map((f) => f.split(' -')[0])).toEqual(['Ana Ferreira', 'Luc Peeters']);
  });
});

describe('guests named after their group, and a stay cut short', () => {
  const summit = "ACCRA, 15 février 2026 - Le sommet de la Cédéao s'est tenu samedi à Accra.\n";

  it('reads "ont participé au sommet, notamment le Kényan X, le Nigérian Y" as their attendance', () => {
    const facts = factsOf(summit + "Une dizaine de chefs d'État ont participé samedi au sommet, notamment le Ghanéen Kwame Boateng et le Togolais Koffi Agbeko.\n", 'ATTENDED');
    expect(facts).toContain('Kwame Boateng -ATTENDED-> Sommet d\'Accra');
    expect(facts).toContain('Koffi Agbeko -ATTENDED-> Sommet d\'Accra');
  });

  it('reads "a écourté sa participation" as having been there, not "a écourté sa visite en France"', () => {
    expect(factsOf(summit + 'Le président sénégalais, Moussa Ba, a écourté sa participation pour rentrer à Dakar.\n', 'ATTENDED')).toEqual(['Moussa Ba -ATTENDED-> Sommet d\'Accra']);
    expect(factsOf(summit + 'Le président sénégalais Moussa Ba a écourté sa visite en France.\n', 'ATTENDED')).not.toContain("Moussa Ba -ATTENDED-> Sommet d'Accra");
  });
});

describe('a roll call and a late arrival', () => {
  const g7 = "BANFF (Canada), 16 juin 2026 - Le sommet du G7 s'est ouvert lundi dans les Rocheuses canadiennes.\n";

  it('reads "Autour de la table : A ; B" as their attendance', () => {
    const facts = factsOf(g7 + 'Autour de la table : le Premier ministre canadien, Luc Gagnon, hôte du sommet ; la Première ministre japonaise, Emi Sato.\n', 'ATTENDED');
    expect(facts).toEqual(['Emi Sato -ATTENDED-> Sommet de Banff', 'Luc Gagnon -ATTENDED-> Sommet de Banff']);
  });

  it('reads "est arrivé avec un jour de retard" as arriving at the gathering', () => {
    expect(factsOf(g7 + 'Le président français, Marc Aubert, est arrivé avec un jour de retard.\n', 'ATTENDED')).toEqual(['Marc Aubert -ATTENDED-> Sommet de Banff']);
  });
});

describe('"en visite à"', () => {
  it('is the named person\'s visit, and the meeting told right after it is part of it', () => {
    const graph = graphOf(
      "L'Europe et le Tchad\n\nPublié le 27 janvier 2027\n\nLe président tchadien, Idriss Abakar, en visite à Bruxelles, a salué un geste fort. Il a été reçu par le président du Conseil européen, Pieter Claes.\n",
    );
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'place'))).toEqual(['Bruxelles']);
    expect(factsOf(graph, 'ATTENDED').map((f) => f.split(' -')[0])).toEqual(['Idriss Abakar', 'Pieter Claes']);
  });
});

describe('a meeting to come', () => {
  it('is attended by no one yet ("doit s\'entretenir jeudi avec", "recevra jeudi"), unlike one told in the past', () => {
    const head = 'Publié le 2 juillet 2026\n\n';
    expect(namesOf(graphOf(head + 'Jeudi, le président portugais Rui Matos recevra le président du Sénat Luís Vaz.\n'), 'Event')).toEqual(['Réunion entre Rui Matos et Luís Vaz']);
    expect(factsOf(head + "Le président portugais, Rui Matos, doit s'entretenir jeudi avec le président ukrainien, Oleksandr Bondar.\n", 'ATTENDED')).toEqual([]);
    expect(factsOf(head + 'Jeudi, le président portugais Rui Matos recevra le président du Sénat Luís Vaz.\n', 'ATTENDED')).toEqual([]);
    expect(factsOf(head + 'Mardi, le président portugais Rui Matos a reçu le président du Sénat Luís Vaz.\n', 'ATTENDED')).toHaveLength(2);
  });
});

describe('talks between delegations', () => {
  const talks = "ISTANBUL, 16 mai 2026 (AFP) - Les délégations russe et ukrainienne se sont retrouvées vendredi à Istanbul pour des pourparlers.\n";

  it('are dated by "se sont retrouvées vendredi", and each delegation\'s leader attends them, and so does the host "des pourparlers"', () => {
    const graph = graphOf(
      talks +
        'La délégation russe était conduite par le conseiller présidentiel Oleg Sokolov, la délégation ukrainienne par le ministre de la Défense Ivan Marchenko.\n' +
        'Le ministre turc des Affaires étrangères, Kemal Demir, hôte des pourparlers, a appelé à un cessez-le-feu.\n',
    );
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'date'))).toEqual(['2026-05-15']);
    expect(factsOf(graph, 'ATTENDED').map((f) => f.split(' -')[0])).toEqual(['Ivan Marchenko', 'Kemal Demir', 'Oleg Sokolov']);
  });
});

describe('a gathering told by a participle opening the sentence', () => {
  it('is dated by its weekday ("Réunis jeudi à huis clos à Bruxelles, les dirigeants…")', () => {
    const graph = graphOf("Sanctions : un accord\n\nBRUXELLES, 24 avril 2026 (AFP) - Réunis jeudi à huis clos à Bruxelles, les dirigeants européens ont adopté un paquet de sanctions.\nLe chancelier autrichien Karl Berg n'a pas participé au sommet.\n");
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'date'))).toEqual(['2026-04-23']);
  });
});

describe('a gathering told by "se sont réunis", with its guests "autour de"', () => {
  it('is attended by those it gathered around', () => {
    const facts = factsOf("Publié le 14 janvier 2027\n\nUne vingtaine de dirigeants se sont réunis mercredi en visioconférence autour du président français, Paul Renaud, et du Premier ministre britannique, Tom Hale.\n", 'ATTENDED');
    expect(facts.map((f) => f.split(' -')[0])).toEqual(['Paul Renaud', 'Tom Hale']);
  });
});

describe('co-chairs and patrons', () => {
  it('reads "a coprésidé la réunion avec son homologue X" and "sous l\'égide de X" as attendance of the article\'s gathering', () => {
    const facts = factsOf(
      "RAMSTEIN (Allemagne), 12 février 2026 (AFP) - Les ministres de la Défense se sont réunis jeudi à Ramstein.\n" +
        'Le secrétaire américain à la Défense, Mark Hollis, a coprésidé la réunion avec son homologue britannique, James Whitaker.\n',
      'ATTENDED',
    );
    expect(facts).toEqual(['James Whitaker -ATTENDED-> Réunion de Ramstein', 'Mark Hollis -ATTENDED-> Réunion de Ramstein']);
    const talks = factsOf(
      "Publié le 5 mars 2026\n\nLe président serbe, Dragan Petrović, et le Premier ministre kosovar, Arben Gashi, se sont retrouvés mercredi à Bruxelles sous l'égide de la cheffe de la diplomatie européenne, Kaja Lindberg.\n",
      'ATTENDED',
    );
    expect(talks).toContain('Kaja Lindberg -ATTENDED-> Réunion de Bruxelles');
  });

  it('reads "à l\'issue du sommet" as during it', () => {
    expect(factsOf("PARIS, 6 mars 2026 (AFP) - Le sommet s'est tenu jeudi à Paris.\nÀ l'issue du sommet, le président letton Juris Ozols a salué un accord.\n", 'ATTENDED')).toEqual(['Juris Ozols -ATTENDED-> Sommet de Paris']);
  });
});

describe('signers and handshakes', () => {
  it('reads the agreement named after the co-signer ("a signé lundi à Oslo avec le Premier ministre norvégien X un accord")', () => {
    expect(factsOf('La Première ministre danoise Karen Holm a signé lundi à Oslo avec le Premier ministre norvégien Henrik Dahl un accord sur la défense.\n', 'ATTENDED')).toHaveLength(2);
  });

  it('reads "se sont serré la main" at the article\'s gathering as attendance', () => {
    const facts = factsOf("RIYAD, 9 décembre 2026 (AFP) - Le sommet du Golfe s'est achevé mardi à Riyad.\nL'émir du Koweït, Nasser ben Jaber, et le président émirati, Khaled ben Zayed, se sont serré la main devant les caméras.\n", 'ATTENDED');
    expect(facts.map((f) => f.split(' -')[0])).toEqual(['Khaled ben Zayed', 'Nasser ben Jaber']);
  });
});

describe('a summit over two days, and the talks on its margins', () => {
  const summit =
    "VILNIUS, 26 juin 2026 (AFP) - Les dirigeants de l'Otan se sont réunis les 24 et 25 juin à Vilnius.\n" +
    "Le président turc s'est entretenu jeudi en marge du sommet avec son homologue finlandais, Antti Korhonen.\n" +
    "L'ex-chancelière allemande Ursula Brandt, invitée d'honneur, a prononcé un discours. Le Premier ministre hongrois a, lui, écourté son séjour.\n";

  it('is one summit from its first day; a talk on its margins is a talk of its own; a guest of honour attends', () => {
    const graph = graphOf(summit);
    const events = graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => [graph.getNodeAttribute(k, 'kind'), graph.getNodeAttribute(k, 'date')]);
    expect(events).toEqual([
      ['summit', '2026-06-24'],
      ['talk', '2026-06-25'],
    ]);
    expect(factsOf(graph, 'ATTENDED')).toContain('Ursula Brandt -ATTENDED-> Sommet de Vilnius');
    expect(factsOf(graph, 'LEADS')).toEqual(['Antti Korhonen -LEADS-> Finlande']);
  });

  it('reads each delegation\'s leader, "celle des États-Unis" too', () => {
    const facts = factsOf(
      "Publié le 2 octobre 2026\n\nLes négociateurs se sont retrouvés le 1er octobre à Mascate. La délégation iranienne était dirigée par le vice-ministre des Affaires étrangères, Mehdi Rahimi. Celle des États-Unis était menée par l'envoyé spécial Robert Hale.\n",
      'ATTENDED',
    );
    expect(facts.map((f) => f.split(' -')[0])).toEqual(['Mehdi Rahimi', 'Robert Hale']);
  });
});

describe('a gathering that opened itself', () => {
  it('is attended by those "en présence d\'" named after it ("La conférence s\'est ouverte lundi … en présence d\'une centaine de chefs d\'État, dont …")', () => {
    const facts = factsOf(
      "ACCRA, 18 novembre 2027 (AFP) - La conférence s'est ouverte lundi à Accra en présence d'une centaine de chefs d'État, notamment le président kényan Samuel Njoroge et la Première ministre néo-zélandaise Aroha Parata.\n",
      'ATTENDED',
    );
    expect(facts).toContain("Aroha Parata -ATTENDED-> Conférence d'Accra");
    expect(facts).toContain("Samuel Njoroge -ATTENDED-> Conférence d'Accra");
  });
});

describe('a swearing-in told by its verb', () => {
  const HEAD = ' date 2027-05-12 Tunis\n';
  it('is a ceremony the one sworn in and the guests "en présence de" attend', () => {
    const graph = graphOf(HEAD + 'Leila Haddad a prêté serment lundi à Tunis en présence du président algérien, Karim Benali, et du Premier ministre libyen, Omar Zaidi.\n');
    expect(factsOf(graph, 'ATTENDED')).toEqual([
      'Karim Benali -ATTENDED-> Cérémonie à Tunis',
      'Leila Haddad -ATTENDED-> Cérémonie à Tunis',
      'Omar Zaidi -ATTENDED-> Cérémonie à Tunis',
    ]);
  });

  it('is attended by no one yet when told in the future, and is no scene when it only says one took office', () => {
    expect(factsOf(HEAD + 'Leila Haddad prêtera serment vendredi à Tunis.\n', 'ATTENDED')).toEqual([]);
    expect(factsOf(HEAD + 'Leila Haddad, la vice-présidente tunisienne, a été investie présidente par intérim dimanche.\n', 'ATTENDED')).toEqual([]);
  });
});

describe('a gathering "à l\'invitation de" someone', () => {
  it('is attended by the one who invited', () => {
    const text = "VARSOVIE, 4 mars 2027 - Les ministres de la Défense de huit pays se sont retrouvés mercredi à Varsovie à l'invitation de leur homologue polonais, Marek Zielinski.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Marek Zielinski -ATTENDED-> Réunion de Varsovie']);
  });
});

describe('co-chairs after "coprésidée par"', () => {
  it('are all attending, the second after ", et"', () => {
    const text = " date 2027-04-15 Londres\nUne conférence des donateurs s'est tenue mardi à Londres, coprésidée par le ministre britannique des Affaires étrangères, David Hollis, et la commissaire européenne à l'Aide humanitaire, Marta Lindqvist.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['David Hollis -ATTENDED-> Conférence de Londres', 'Marta Lindqvist -ATTENDED-> Conférence de Londres']);
  });
});

describe('"où" after a place', () => {
  it('opens a relative clause whose subject hosts, not a coordination', () => {
    const text = " date 2026-06-16 Évian\nLes dirigeants du G7 sont arrivés à Évian, où le président français Emmanuel Faure accueille le sommet jusqu'à mercredi.\n";
    expect(factsOf(text, 'HOSTED')).toEqual(["Emmanuel Faure -HOSTED-> Sommet d'Évian"]);
  });
});

describe('guests of an ASEAN-like summit', () => {
  const HEAD = "MANILLE, 12 novembre 2027 - Les dirigeants se sont réunis jeudi à Manille pour leur sommet annuel.\n";
  it('are the invited one ("Invité, le Premier ministre japonais, X, a promis…") and those who spoke at the opening', () => {
    expect(factsOf(HEAD + 'Invité, le Premier ministre japonais, Kenji Mori, a promis une aide.\nLa présidente indonésienne, Dewi Sartika, a pris la parole en ouverture.\n', 'ATTENDED')).toEqual([
      'Dewi Sartika -ATTENDED-> Sommet de Manille',
      'Kenji Mori -ATTENDED-> Sommet de Manille',
    ]);
  });

  it('are not a country that was to be represented and cancelled', () => {
    expect(factsOf(HEAD + 'La Chine, qui devait être représentée par son ministre des Affaires étrangères, a annulé sa participation.\n', 'ATTENDED')).toEqual([]);
    expect(factsOf(HEAD + 'La Chine était représentée par son ministre des Affaires étrangères, Wang Li.\n', 'ATTENDED')).toEqual(['Wang Li -ATTENDED-> Sommet de Manille']);
  });
});

describe('a guest "invitée à s\'exprimer devant les dirigeants"', () => {
  const HEAD = "BRUXELLES, 19 mai 2028 - Réunis jeudi à Bruxelles, les chefs d'État ont débattu de l'aide à la Moldavie.\n";
  it('attends the article\'s gathering, unless she declined the invitation', () => {
    expect(factsOf(HEAD + 'La présidente moldave, Elena Rusu, invitée à s\'exprimer devant les dirigeants, a remercié ses partenaires.\n', 'ATTENDED')).toEqual(['Elena Rusu -ATTENDED-> Réunion de Bruxelles']);
    expect(factsOf(HEAD + 'La présidente moldave, Elena Rusu, invitée à s\'exprimer, a décliné l\'invitation.\n', 'ATTENDED')).toEqual([]);
  });
});

describe('a regional forum that opened itself', () => {
  const TEXT = "SUVA, 9 août 2028 (AFP) - Le Forum des îles du Pacifique s'est ouvert mardi à Suva. Le chef du gouvernement, Josaia Rabuka, a accueilli ses homologues ; le président sortant du Forum, Mark Brown, lui a transmis la présidence.\n\nLe vice-Premier ministre des Tonga, Sione Fifita, représentait son pays.\n";
  it('is a gathering of its day, attended by its host, the one handing over the chair and one representing his country', () => {
    expect(factsOf(TEXT, 'ATTENDED')).toEqual([
      'Josaia Rabuka -ATTENDED-> Réunion de Suva',
      'Mark Brown -ATTENDED-> Réunion de Suva',
      'Sione Fifita -ATTENDED-> Réunion de Suva',
    ]);
  });

  it("makes the lead's head of government without a country the dateline capital's", () => {
    expect(factsOf(TEXT, 'LEADS')).toContain('Josaia Rabuka -LEADS-> Fidji');
    // Further down a dispatch, a title without a country says nothing of the dateline.
    const later = 'SUVA, 9 août 2028 (AFP) - Le Forum s\'est ouvert.\n\nUn.\n\nDeux.\n\nTrois.\n\nLe Premier ministre Hans Weber a pris la parole.\n';
    expect(factsOf(later, 'LEADS')).toEqual([]);
  });
});

describe('a city told by its short form ("présente à Rio")', () => {
  it('is the city of the article\'s gathering', () => {
    const text = "RIO DE JANEIRO, 22 novembre 2028 (AFP) - Le sommet du G20 s'est achevé mardi à Rio de Janeiro.\n\nLa présidente de la BEI, Nadia Ferrer, présente à Rio, a annoncé un prêt.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Nadia Ferrer -ATTENDED-> Sommet de Rio de Janeiro']);
  });
});

describe('a head count answering who came', () => {
  const HEAD = "MALABO, 12 février 2029 - Le sommet de l'UA s'est tenu samedi à Malabo.\n";
  it('names guests of the article\'s gathering ("Une quarantaine de chefs d\'État, dont X et Y.")', () => {
    expect(factsOf(HEAD + "Qui était là ? Une quarantaine de chefs d'État, dont le président nigérian, Bola Adeyemi, et la présidente tanzanienne, Neema Mwakyusa.\n", 'ATTENDED')).toEqual([
      'Bola Adeyemi -ATTENDED-> Sommet de Malabo',
      'Neema Mwakyusa -ATTENDED-> Sommet de Malabo',
    ]);
    expect(factsOf(HEAD + "Une quarantaine de chefs d'État, dont le président nigérian, Bola Adeyemi, ont boycotté le sommet.\n", 'ATTENDED')).toEqual([]);
  });
});

describe('a clause said to be wrong ("indiquait à tort que")', () => {
  it('states nothing', () => {
    const HEAD = 'OSLO, 3 mars 2029 - Les ministres se sont réunis jeudi à Oslo.\n';
    expect(factsOf(HEAD + 'Correctif : une version précédente de cet article indiquait à tort que le Premier ministre finlandais avait assisté à la réunion.\n', 'ATTENDED')).toEqual([]);
  });
});

describe('a working dinner told after its host\'s verb', () => {
  it('takes the sentence\'s one day, and the minister "du voyage" attends it', () => {
    const text = "RIYAD, 2 juillet 2029 - Le prince héritier saoudien, Faisal ben Salmane, a reçu dimanche à Riyad l'émir du Qatar, cheikh Hamad ben Khalifa, pour un dîner de travail. Le ministre qatarien des Affaires étrangères, Khalid Al-Attiyah, était du voyage.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED')).toEqual([
      'Faisal ben Salmane -ATTENDED-> Dîner à Riyad',
      'Hamad ben Khalifa -ATTENDED-> Dîner à Riyad',
      'Khalid Al-Attiyah -ATTENDED-> Dîner à Riyad',
    ]);
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'date'))).toEqual(['2029-07-01']);
  });
});

describe('"a fait une courte apparition à la conférence"', () => {
  it('is attendance', () => {
    const text = "BERNE, 12 mars 2030 - La présidente de la Confédération suisse, Anna Meier, a ouvert ce lundi à Berne une conférence sur le déminage. Le Premier ministre britannique sortant, James Whitfield, a fait une courte apparition à la conférence.\n";
    expect(factsOf(text, 'ATTENDED')).toContain('James Whitfield -ATTENDED-> Conférence de Berne');
  });
});

describe('"les deux dirigeants" after a sentence that named two people', () => {
  it('are the two people a visit had, pronoun resolved, and they sign at the meeting told before when their sentence gives no day', () => {
    const visit =
      " date 2031-09-24 Diplomatie\nLe président chilien, Tomás Fuentes, a entamé mardi une visite d'État en Uruguay. Il a été accueilli à Montevideo par le président uruguayen, Diego Larrañaga. Le Premier ministre argentin était absent.\nMercredi, les deux chefs d'État ont signé à Montevideo un accord commercial.\n";
    expect(factsOf(visit, 'ATTENDED')).toEqual(expect.arrayContaining(['Diego Larrañaga -ATTENDED-> Signature entre Tomás Fuentes et Diego Larrañaga à Montevideo', 'Tomás Fuentes -ATTENDED-> Signature entre Tomás Fuentes et Diego Larrañaga à Montevideo']));
    const brief = " date 2026-02-04 Diplomatie\nLe sommet de la Celac s'est ouvert mardi à Bogota. Le président ghanéen Kofi Amankwah a reçu lundi à Accra son homologue togolais, Edem Koffi. Les deux dirigeants ont signé un accord sur le gaz.\n";
    expect(factsOf(brief, 'ATTENDED')).toEqual(['Edem Koffi -ATTENDED-> Réunion entre Kofi Amankwah et Edem Koffi à Accra', 'Kofi Amankwah -ATTENDED-> Réunion entre Kofi Amankwah et Edem Koffi à Accra']);
  });

  it('do not attend a meeting to come, nor do named people ("se retrouveront le 20 septembre à Bruxelles pour un sommet")', () => {
    const pair = " date 2026-09-08 Diplomatie\nLe président ghanéen Kofi Amankwah et le président togolais Edem Koffi ont dîné lundi à Accra. Les deux dirigeants se retrouveront le 20 septembre à Bruxelles pour un sommet.\n";
    expect(factsOf(pair, 'ATTENDED').filter((f) => f.includes('Bruxelles'))).toEqual([]);
    const named = " date 2026-09-08 Diplomatie\nKofi Amankwah et Edem Koffi se retrouveront le 20 septembre à Bruxelles pour un sommet.\n";
    expect(factsOf(named, 'ATTENDED')).toEqual([]);
  });
});

describe('a live blog of a summit in a town the lexicon does not know', () => {
  it('places the summit at the headline\'s town, not the city the body names ("retenu à Washington"), and those "arrivés ensemble" attend it', () => {
    const text =
      "EN DIRECT - Sommet du G7 à Évian : les dirigeants divisés\n\nMis à jour le 13/06/2031 à 17h45\n\n" +
      "14h10 - Absent d'Évian, le président américain, retenu à Washington par une crise budgétaire, s'est fait représenter par son secrétaire au Trésor, Paul Whitman.\n\n" +
      "12h05 - Le président français, Julien Marchal, hôte du sommet, a accueilli ses homologues. Le chancelier allemand Tobias Reinhardt et le Premier ministre britannique Oliver Grant sont arrivés ensemble.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED')).toEqual(
      expect.arrayContaining(['Julien Marchal -ATTENDED-> Sommet d\'Évian', 'Oliver Grant -ATTENDED-> Sommet d\'Évian', 'Paul Whitman -ATTENDED-> Sommet d\'Évian', 'Tobias Reinhardt -ATTENDED-> Sommet d\'Évian']),
    );
    expect(factsOf(graph, 'ATTENDED').filter((f) => f.includes('Washington'))).toEqual([]);
    // "Absent d'Évian, le président américain": a town left, no person.
    expect(namesOf(graph, 'Person')).toEqual(['Julien Marchal', 'Oliver Grant', 'Paul Whitman', 'Tobias Reinhardt']);
  });

  it('names an event in an unknown town "à", as a known city', () => {
    const graph = graphOf(" date 2031-06-13 Diplomatie\nLe président français, Julien Marchal, a donné vendredi une conférence de presse à Évian.\n");
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'name'))).toEqual(['Conférence de presse à Évian']);
  });
});

describe('a body named for one of its meetings', () => {
  it('"participait à Bruxelles à un Conseil européen" attends that meeting', () => {
    const text = " date 2031-09-24 Diplomatie\nLe Premier ministre portugais, Duarte Fontes, n'était pas présent : il participait à Bruxelles à un Conseil européen consacré aux migrations.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Duarte Fontes -ATTENDED-> Sommet de Bruxelles']);
  });
});

describe('who is listed among the attendees of an event that is no gathering', () => {
  it('attend the event the sentence before told ("Parmi eux figuraient"), and so does a representative', () => {
    const text =
      "ACCRA, 9 avril 2032 (AFP) - Une dizaine de chefs d'État ont assisté jeudi à Accra aux obsèques nationales de l'ancien président ghanéen John Mensah-Boateng.\n" +
      "Parmi eux figuraient le président nigérian, Chukwuemeka Okafor, et la présidente libérienne, Grace Kollie. Le président ivoirien, retenu à Pékin, était représenté par son vice-président, Adama Koné.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Adama Koné -ATTENDED-> Cérémonie à Accra', 'Chukwuemeka Okafor -ATTENDED-> Cérémonie à Accra', 'Grace Kollie -ATTENDED-> Cérémonie à Accra']);
  });
});

describe('an Arab League summit', () => {
  it('reads "ont pris place aux côtés de X", "n\'était représentée que par X" and "le secrétaire général de la Ligue, l\'Égyptien X"', () => {
    const text =
      "ALGER, 19 mai 2033 (AFP) - Le sommet de la Ligue arabe s'est ouvert jeudi à Alger. Le secrétaire général de la Ligue, l'Égyptien Tarek Mansour, a appelé à l'unité.\n" +
      "Le roi de Jordanie, Fayçal II, a pris place aux côtés du président tunisien, Hichem Gharbi. L'Arabie saoudite n'était représentée que par son ministre des Affaires étrangères, le prince Turki ben Fahd.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Fayçal II -ATTENDED-> Sommet d\'Alger', 'Hichem Gharbi -ATTENDED-> Sommet d\'Alger', 'Turki ben Fahd -ATTENDED-> Sommet d\'Alger']);
    expect(factsOf(graph, 'LEADS')).toContain('Tarek Mansour -LEADS-> Ligue arabe');
  });
});

describe('"lors d\'une rencontre avec son homologue, X, à Bruxelles"', () => {
  it('is a meeting at that place between the subject and X, both attending', () => {
    const text = " date 2033-05-23 Diplomatie\nLe Premier ministre belge, Pieter De Wolf, avait laissé la porte ouverte la semaine dernière, lors d'une rencontre avec son homologue français, Antoine Leclerc, à Bruxelles.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Antoine Leclerc -ATTENDED-> Réunion entre Pieter De Wolf et Antoine Leclerc à Bruxelles', 'Pieter De Wolf -ATTENDED-> Réunion entre Pieter De Wolf et Antoine Leclerc à Bruxelles']);
  });
});

describe('presence told by a role or a gesture at the gathering', () => {
  const SUMMIT_LEAD = "ABUJA, 5 novembre 2033 (AFP) - Les dirigeants de la CEDEAO, réunis samedi en sommet extraordinaire à Abuja, ont approuvé une force.\n";
  it('reads a fronted host ("Hôte de la réunion, le président nigérian, X, a annoncé"), a speech "à la tribune", and a minister who read the absent leader\'s speech', () => {
    const text =
      SUMMIT_LEAD +
      'Hôte de la réunion, le président nigérian, Usman Bello Adamu, a annoncé que le Nigeria fournirait 2 000 hommes. La présidente sénégalaise, Khady Ndoye, a promis à la tribune 650 soldats.\n' +
      'Le président kényan, Daniel Kiprop, a annulé sa venue ; son ministre des Finances, Joseph Otieno, a lu son discours.\n';
    expect(factsOf(text, 'ATTENDED')).toEqual(['Joseph Otieno -ATTENDED-> Sommet d\'Abuja', 'Khady Ndoye -ATTENDED-> Sommet d\'Abuja', 'Usman Bello Adamu -ATTENDED-> Sommet d\'Abuja']);
    expect(factsOf(text, 'HOSTED')).toEqual(['Usman Bello Adamu -HOSTED-> Sommet d\'Abuja']);
  });

  it('reads the host in apposition to the subject ("L\'hôte du sommet, X, a fait mieux")', () => {
    const text = SUMMIT_LEAD + "L'hôte du sommet, Usman Bello Adamu, a fait mieux en nombre : deux bataillons nigérians.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(["Usman Bello Adamu -ATTENDED-> Sommet d'Abuja"]);
    expect(factsOf(text, 'HOSTED')).toEqual(["Usman Bello Adamu -HOSTED-> Sommet d'Abuja"]);
  });

  it('makes a co-chair ("qui coprésidait la réunion avec X") attend the gathering, no meeting of their own', () => {
    const text = "GENÈVE, 19 mai 2033 (AFP) - La conférence des donateurs pour le Soudan s'est réunie jeudi à Genève. « C'est un début », a résumé la secrétaire générale de l'ONU, Valentina Orrego, qui coprésidait la réunion avec le président du Conseil européen, Pieter Van Daele.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Pieter Van Daele -ATTENDED-> Conférence de Genève', 'Valentina Orrego -ATTENDED-> Conférence de Genève']);
  });
});

describe('an invitation', () => {
  it('is to an event to come, dated ahead, and not the article\'s gathering', () => {
    const text = ' date 2033-03-17 Diplomatie\nLe président chilien, Tomás Arriagada, a invité son homologue français à Santiago en novembre pour un forum économique. Le ministre français Paul Girard a accueilli les délégations.\n';
    const graph = graphOf(text);
    const events = graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => `${graph.getNodeAttribute(k, 'name')} ${graph.getNodeAttribute(k, 'date')}`);
    expect(events).toEqual(['Conférence de Santiago 2033-11']);
    // The host of the delegations is at no gathering the article tells (none is).
    expect(factsOf(graph, 'ATTENDED')).toEqual([]);
  });
});

describe('a force generation conference', () => {
  const LEAD = "NEW YORK, 17 mars 2034 (AFP) - Les pays réunis jeudi au siège de l'ONU ont promis 4 200 militaires à la force en Haïti.\n";
  it('reads a chair after "présidée par" and a title the lexicon does not know, a speaker at the rostrum whose clause tells another day, one "présent dans la salle"', () => {
    const text =
      LEAD +
      'La conférence était présidée par la secrétaire générale adjointe aux opérations de paix, la Norvégienne Sigrid Aasland. Le Premier ministre haïtien, Jean-Robert Desrosiers, qui avait dîné la veille avec les contributeurs, a salué à la tribune « une force crédible ».\n' +
      'Présent dans la salle, le ministre brésilien de la Défense, Rodrigo Falcão, a promis 600 militaires.\n';
    expect(factsOf(text, 'ATTENDED')).toEqual(['Jean-Robert Desrosiers -ATTENDED-> Réunion de New York', 'Rodrigo Falcão -ATTENDED-> Réunion de New York', 'Sigrid Aasland -ATTENDED-> Réunion de New York']);
  });
});

describe('a signing during a visit', () => {
  it('is an event of its own, not the visit', () => {
    const text = " date 2034-06-13 Diplomatie\nLe Premier ministre indien, Arvind Raghunathan, et son homologue vietnamienne, Nguyễn Thu Hà, ont signé mardi à Hanoï un accord, au deuxième jour de la première visite du dirigeant indien au Vietnam.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([
      'Arvind Raghunathan -ATTENDED-> Signature entre Arvind Raghunathan et Nguyễn Thu Hà à Hanoï',
      'Nguyễn Thu Hà -ATTENDED-> Signature entre Arvind Raghunathan et Nguyễn Thu Hà à Hanoï',
    ]);
  });
});

describe('"à la veille du vote"', () => {
  it('is the day before the day the story told last, when what it names is no event of its own', () => {
    const graph = graphOf(
      "NEW YORK, 20 septembre 2034 (AFP) - La Russie a opposé mardi son veto à un projet de résolution.\nÀ la veille du vote, le président congolais, Jean-Paul Mbuyi, s'était entretenu par téléphone avec le président français, Antoine Ravel.\n",
    );
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'date'))).toEqual(['2034-09-18']);
  });
});

describe('a BRICS summit with a president by video', () => {
  const LEAD = "JAKARTA, 24 octobre 2035 (AFP) - Le sommet annuel des BRICS s'est ouvert mardi à Jakarta sous la présidence du chef de l'État indonésien, Arief Wicaksono.\n";
  it('reads one who spoke by video, a fronted arrival ("Venue avec six ministres,") and a fronted presence ("Présent lui aussi,") as attending', () => {
    const text =
      LEAD +
      "Le président russe Arkadi Voronov n'a pas fait le déplacement : il est intervenu par visioconférence depuis Moscou. Venue avec six ministres, la présidente brésilienne, Marina Lacerda Fontes, a promis 500 millions de dollars. Présent lui aussi, le Sud-Africain Themba Nkosana a plaidé pour un siège permanent. Le chef de l'État sud-africain n'a rien obtenu.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED')).toEqual([
      'Arief Wicaksono -ATTENDED-> Sommet de Jakarta',
      'Arkadi Voronov -ATTENDED-> Sommet de Jakarta',
      'Marina Lacerda Fontes -ATTENDED-> Sommet de Jakarta',
      'Themba Nkosana -ATTENDED-> Sommet de Jakarta',
    ]);
  });

  it('makes the description opening the next sentence the one whose nationality only was known', () => {
    const text = LEAD + "Le Sud-Africain Themba Nkosana a plaidé pour un siège permanent. Le chef de l'État sud-africain n'a rien obtenu.\n";
    expect(factsOf(text, 'LEADS')).toContain('Themba Nkosana -LEADS-> Afrique du Sud');
  });

  it('does not send one who arrived elsewhere ("Venu de Moscou, …" names another place) to the summit', () => {
    const text = LEAD + 'Arrivé à Singapour, le président russe Arkadi Voronov a parlé.\n';
    expect(factsOf(text, 'ATTENDED')).toEqual(['Arief Wicaksono -ATTENDED-> Sommet de Jakarta']);
  });
});

describe('an African Union Peace and Security Council meeting', () => {
  const LEAD = "ADDIS-ABEBA, 9 octobre 2036 (AFP) - Le Conseil de paix et de sécurité de l'Union africaine, réuni mercredi au niveau des chefs d'État à Addis-Abeba, a obtenu des promesses de troupes.\n";
  it('reads the speaker of an incise "à la tribune", and one "qui représentait le chef de l\'État"', () => {
    const text =
      LEAD +
      "L'Ouganda enverra 1 500 soldats supplémentaires, a annoncé à la tribune son président, Moses Kiggundu-Ssali. Le ministre burundais de la défense, Audace Ndikumana, qui représentait le chef de l'État, a parlé.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(["Audace Ndikumana -ATTENDED-> Réunion d'Addis-Abeba", "Moses Kiggundu-Ssali -ATTENDED-> Réunion d'Addis-Abeba"]);
  });
});

describe('a dinner with someone, and a correspondent\'s byline', () => {
  it('reads "avait dîné avec X" as a dinner both attend, dated from the publication line after the byline, placed at the correspondent\'s city', () => {
    const text =
      "Élargissement : Budapest bloque Kiev\n\nDe notre correspondante à Bruxelles, Claire Vantomme — Publié le vendredi 20 juin 2036\n\nLes Vingt-Sept ne sont parvenus qu'à un demi-accord, jeudi soir, au terme d'un Conseil européen tendu. La veille, le Premier ministre hongrois, Levente Szabados, avait dîné avec le président du Conseil européen, Rui Albuquerque Teles.\n";
    const graph = graphOf(text);
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => `${graph.getNodeAttribute(k, 'name')} ${graph.getNodeAttribute(k, 'date')}`).sort()).toEqual([
      'Dîner entre Levente Szabados et Rui Albuquerque Teles 2036-06-18',
      'Sommet de Bruxelles 2036-06-19',
    ]);
    expect(namesOf(graph, 'Person')).not.toContain('Claire Vantomme');
  });
});

describe('one held elsewhere', () => {
  it('does not attend, even when he sent someone ("X, retenu à Berlin, s\'était fait représenter par son secrétaire d\'État")', () => {
    const text = " date 2036-04-18 Diplomatie\nLes ministres des Finances se sont réunis jeudi à Washington. Le ministre allemand des finances, Jonas Wendlinger, retenu à Berlin par le vote du budget, s'était fait représenter par son secrétaire d'État.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([]);
  });
});

describe('a gathering to come, told in an article about the day\'s talks', () => {
  it('is not the article\'s gathering: those at the talks attend the talks', () => {
    const text =
      "LE CAIRE, 13 février 2036 (AFP) - Le président égyptien, Tarek Mansour, et la présidente du gouvernement espagnol, Lucía Ferrández Oliva, ont eu mercredi un entretien au Caire. Le Premier ministre palestinien n'a pas fait le déplacement ; il était représenté par sa ministre du plan, Nour Haddadin. M. Mansour accueillera le 4 mars au Caire une conférence internationale sur la reconstruction.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED').filter((f) => f.includes('Conférence'))).toEqual([]);
    expect(factsOf(graph, 'LEADS')).toContain('Lucía Ferrández Oliva -LEADS-> Espagne');
  });
});

describe('a summit report with the next meeting at its end', () => {
  it('keeps the summit the article\'s gathering, not "se retrouveront jeudi prochain à Londres" (next week, on a Thursday)', () => {
    const text =
      "ROME, 12 mars 2037 (AFP) - Les dirigeants de la coalition des volontaires se sont engagés jeudi à Rome à déployer une force de réassurance en Ukraine.\n" +
      "La présidente du Conseil italienne, Chiara Bellandi, accueillait le sommet à la Villa Madama. Les chefs d'état-major de la coalition se retrouveront jeudi prochain à Londres.\n";
    const graph = graphOf(text);
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => `${graph.getNodeAttribute(k, 'name')} ${graph.getNodeAttribute(k, 'date')}`).sort()).toEqual([
      'Réunion de Londres 2037-03-19',
      'Sommet de Rome 2037-03-12',
    ]);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Chiara Bellandi -ATTENDED-> Sommet de Rome']);
  });

  it('dates the article from a byline that opens with it ("Jeudi 9 juillet 2037 - De notre envoyé spécial à Bucarest, X")', () => {
    const text = "Sommet de l'Otan\n\nJeudi 9 juillet 2037 - De notre envoyé spécial à Bucarest, Julien Marchal\n\nLes dirigeants de l'Otan se sont retrouvés mercredi à Bucarest pour un sommet.\n";
    const graph = graphOf(text);
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => graph.getNodeAttribute(k, 'date'))).toEqual(['2037-07-08']);
    expect(namesOf(graph, 'Person')).toEqual([]);
  });
});

describe('ATTENDED, come to the gathering\'s city', () => {
  const head = "Sommet à Sofia\n\nPublié le 13 avril 2035\n\nLe sommet des pays des Balkans, réuni avant-hier à Sofia, a déçu. ";

  it('reads "la Slovène X, venue à Sofia avec M. Y" as there, not "a annulé sa venue à Sofia"', () => {
    const text = head + "La Slovène Tina Novak, venue à Sofia avec M. Petrov, a mis en garde. Le président serbe, Marko Ilić, a annulé sa venue à Sofia.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Tina Novak -ATTENDED-> Sommet de Sofia']);
  });

  it('finds the subject after a relative clause closed by its comma ("Aux côtés de X, qui coprésidait la réunion, M. Y a accueilli les dirigeants")', () => {
    const text = head + "Le Premier ministre bulgare, Ivan Petrov, avait promis un grand sommet. Aux côtés du président du Conseil européen, Lukas Berg, qui coprésidait la réunion, M. Petrov a accueilli les dirigeants de la région.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Ivan Petrov -ATTENDED-> Sommet de Sofia', 'Lukas Berg -ATTENDED-> Sommet de Sofia']);
  });

  it('dates a talk told "ensuite", by video, on the gathering\'s day', () => {
    const text = "LIMA, 3 février 2034 (AFP) - Une quarantaine de pays réunis vendredi à Lima ont promis 1 milliard de dollars au Pérou. Le président chilien, Pablo Soto, s'est ensuite entretenu en tête-à-tête, par vidéo, avec son homologue bolivien, Luis Arce.\n";
    const graph = graphOf(text);
    expect(graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => `${graph.getNodeAttribute(k, 'kind')} ${graph.getNodeAttribute(k, 'date')}`).sort()).toEqual(['meeting 2034-02-03', 'video-conference 2034-02-03']);
  });
});

describe('ATTENDED, a coalition meeting told by two outlets', () => {
  const head = 'Ukraine : à Vilnius, la coalition s\'engage\n\nPublié le 19/03/2037 20:41\n\nUne trentaine de dirigeants européens se sont réunis jeudi 19 mars à Vilnius. ';

  it('reads the envoys counted after a genitive ("représentés par deux émissaires du président américain X, A et B")', () => {
    expect(factsOf(head + 'Les États-Unis étaient représentés par deux émissaires du président américain Wesley Cole, Brent Hale et Curtis Dunn.\n', 'ATTENDED')).toEqual([
      'Brent Hale -ATTENDED-> Réunion de Vilnius',
      'Curtis Dunn -ATTENDED-> Réunion de Vilnius',
    ]);
  });

  it('dates the press conference the host held on the gathering\'s day, with those at his side', () => {
    expect(factsOf(head + "Le Premier ministre lituanien, Jonas Kairys, a tenu une conférence de presse aux côtés de Rupert Ash et d'Oleh Bondar.\n", 'ATTENDED')).toEqual([
      'Jonas Kairys -ATTENDED-> Conférence de presse à Vilnius',
      'Oleh Bondar -ATTENDED-> Conférence de presse à Vilnius',
      'Rupert Ash -ATTENDED-> Conférence de presse à Vilnius',
    ]);
  });

  it('has the one whose residence a dinner gathers at it, and the one hosting a meeting to come at nothing yet', () => {
    const text = head + "Mercredi, un dîner de travail a réuni à la résidence du Premier ministre lituanien, Jonas Kairys, une poignée de dirigeants : le président ukrainien, Oleh Bondar, et le chancelier allemand, Karl Weiss. Les dirigeants se retrouveront le mois prochain à Rome, où la cheffe du gouvernement italien, Paola Ricci, accueillera une réunion consacrée au financement de la force.\n";
    // The eve's dinner is in the gathering's city.
    expect(factsOf(text, 'ATTENDED').filter((f) => f.includes('Dîner'))).toEqual([
      'Jonas Kairys -ATTENDED-> Dîner à Vilnius',
      'Karl Weiss -ATTENDED-> Dîner à Vilnius',
      'Oleh Bondar -ATTENDED-> Dîner à Vilnius',
    ]);
    expect(factsOf(text, 'PLEDGES')).toEqual([]);
  });

  it('makes one person of "Kjærsgaard" and "Kjaersgaard"', () => {
    const graph = graphOf({ 'a.txt': head + 'La Première ministre danoise, Sofie Kjærsgaard, a parlé.\n', 'b.txt': head + 'Sofie Kjaersgaard a aussi parlé.\n' });
    expect(namesOf(graph, 'Person')).toHaveLength(1);
  });
});

describe('ATTENDED, a visit summary', () => {
  it('does not make the meeting that kept a minister away the article\'s gathering, nor a company after "la" someone', () => {
    const text =
      "Conseil des ministres franco-allemand à Strasbourg\n\nPublié le 12/06/2035 à 18h32\n\nLe 25e conseil des ministres franco-allemand s'est tenu ce mardi à Strasbourg. Le président Jean Morel et la chancelière Anke Vogt ont visité le chantier avec les ingénieurs de la Deutsche Bahn. La ministre allemande des Affaires étrangères, Ruth Pfaff, retenue à Bruxelles par une réunion de l'Otan, s'est fait représenter par son secrétaire d'État, Jens Ole. Lors de la conférence de presse commune, les deux dirigeants ont détaillé l'accord.\n";
    const graph = graphOf(text);
    expect(namesOf(graph, 'Person')).not.toContain('Deutsche Bahn');
    const attended = factsOf(graph, 'ATTENDED');
    expect(attended.filter((f) => f.includes('Bruxelles'))).toEqual([]);
    expect(attended.filter((f) => f.startsWith('Ruth Pfaff'))).toEqual([]);
    // "les deux dirigeants": the president and the chancellor, not the last two people named.
    expect(attended).toEqual([
      'Anke Vogt -ATTENDED-> Conférence de presse à Strasbourg',
      'Anke Vogt -ATTENDED-> Réunion de Strasbourg',
      'Jean Morel -ATTENDED-> Conférence de presse à Strasbourg',
      'Jean Morel -ATTENDED-> Réunion de Strasbourg',
      'Jens Ole -ATTENDED-> Réunion de Strasbourg',
    ]);
  });

  it('keeps a call "à la veille du sommet" apart from the summit', () => {
    const text = "Publié le 15 octobre 2033\n\nMardi, le président français, Paul Roux, s'est entretenu par téléphone avec le président kényan, Samuel Kamau, à la veille du sommet de Nairobi.\n";
    expect(factsOf(text, 'ATTENDED').filter((f) => f.includes('Sommet'))).toEqual([]);
  });
});

describe('ATTENDED, a regional summit', () => {
  it('reads those who "siégeaient" around the host and one "de même que" another, not a "siège permanent", and drops "Avec notre correspondant à X, Y"', () => {
    const text =
      "Sommet de la CEDEAO à Abuja\n\nAvec notre correspondant à Abuja, Chidi Okafor\n\nRéunis ce dimanche 15 juin à Abuja, les chefs d'État ont décidé d'agir. Autour de lui siégeaient notamment le président ghanéen, Kofi Asante, et le président cap-verdien, Jorge Tavares. La présidente de la Commission de l'UA, Selma Hauf, a pris part aux débats, de même que le président de la Commission de la CEDEAO, le Gambien Ebrima Sowe. Le Ghanéen a plaidé pour un siège permanent au Conseil de sécurité.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED')).toEqual([
      'Ebrima Sowe -ATTENDED-> Sommet d\'Abuja',
      'Jorge Tavares -ATTENDED-> Sommet d\'Abuja',
      'Kofi Asante -ATTENDED-> Sommet d\'Abuja',
      'Selma Hauf -ATTENDED-> Sommet d\'Abuja',
    ]);
    expect(namesOf(graph, 'Person')).not.toContain('Chidi Okafor');
    expect(namesOf(graph, 'Country')).toContain('Cap-Vert');
  });
});

describe('ATTENDED, speaking before a body that met', () => {
  it('has the one who spoke "devant le Comité …, réuni au siège du Fonds" at that meeting', () => {
    const text = "Publié le vendredi 18 avril 2036\n\nWASHINGTON - La directrice générale du Fonds monétaire international, la Bulgare Radka Petrova, n'a pas mâché ses mots. « Le temps presse », a-t-elle lancé jeudi devant le Comité monétaire et financier international (CMFI), réuni pour les réunions de printemps du FMI.\n";
    expect(factsOf(text, 'ATTENDED')).toContain('Radka Petrova -ATTENDED-> Réunion de Washington');
  });
});

describe('ATTENDED, a live blog of arrivals', () => {
  it('reads "X et Y arrivent à l\'Élysée", "X est accueilli sur le perron par Y", and does not move the gathering to a city one speaks "depuis"', () => {
    const text =
      "DIRECT. Ukraine : les dirigeants européens réunis à l'Élysée\n\nPublié le 12/05/2038 07:05\n\nUne vingtaine de chefs d'État sont réunis ce mercredi 12 mai à l'Élysée, à l'invitation du président Paul Morel.\n\n15h20 — Depuis Varsovie, le Premier ministre polonais, Jan Nowak, est intervenu en ouverture de la séance.\n\n14h31 — Oleh Bondar est accueilli sur le perron par Paul Morel.\n\n14h12 — Anna Weber et Karl Brandt arrivent à l'Élysée.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([
      'Anna Weber -ATTENDED-> Réunion de Paris',
      'Jan Nowak -ATTENDED-> Réunion de Paris',
      'Karl Brandt -ATTENDED-> Réunion de Paris',
      'Oleh Bondar -ATTENDED-> Réunion de Paris',
      'Paul Morel -ATTENDED-> Réunion de Paris',
    ]);
  });
});

describe('ATTENDED, around the host', () => {
  it('has the one "Autour de lui" stands for at the gathering, with those seated around him', () => {
    const text = "KUALA LUMPUR, 14 novembre 2037 (AFP) - Les dirigeants réunis samedi à Kuala Lumpur ont approuvé les patrouilles. Le Premier ministre malaisien Azlan Hamid a salué un accord. Autour de lui siégeaient notamment le Premier ministre thaïlandais Somchai Chan et la présidente philippine Maria Santos.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([
      'Azlan Hamid -ATTENDED-> Réunion de Kuala Lumpur',
      'Maria Santos -ATTENDED-> Réunion de Kuala Lumpur',
      'Somchai Chan -ATTENDED-> Réunion de Kuala Lumpur',
    ]);
  });
});

describe('ATTENDED, told by a minister and a live blog', () => {
  it('reads "Il y avait autour de la table A, B" and drops "Propos recueillis par X"', () => {
    const text =
      "Ukraine : le ministre revient sur la réunion de l'Élysée\n\nPublié le jeudi 13 mai 2038 à 09h14\n\nLe ministre des Armées, Paul Roux, est revenu sur la réunion qui s'est tenue la veille au palais de l'Élysée. « Il y avait autour de la table le président ukrainien Oleh Bondar et la Danoise Mette Lund », a énuméré le ministre.\n\nPropos recueillis par Claire Martin\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Mette Lund -ATTENDED-> Réunion de Paris', 'Oleh Bondar -ATTENDED-> Réunion de Paris']);
    expect(namesOf(graph, 'Person')).not.toContain('Claire Martin');
  });

  it('reads "En conférence de presse, X, entouré de Y et de Z, confirme…" in the present of a live report, not "en visite à Oman"', () => {
    const text =
      "Publié le 12/05/2038\n\nLes dirigeants sont réunis ce mercredi 12 mai à Rome.\n\n18h40 — En conférence de presse, Paolo Conti, entouré de Oleh Bondar et de Mette Lund, confirme l'accord.\n\n18h10 — Le ministre iranien, Ali Karimi, était en visite à Oman.\n";
    expect(factsOf(text, 'ATTENDED').filter((f) => f.includes('Conférence'))).toEqual([
      'Mette Lund -ATTENDED-> Conférence de presse à Rome',
      'Oleh Bondar -ATTENDED-> Conférence de presse à Rome',
      'Paolo Conti -ATTENDED-> Conférence de presse à Rome',
    ]);
    expect(factsOf(text, 'ATTENDED').filter((f) => f.startsWith('Ali Karimi') && !f.includes('Visite'))).toEqual([]);
  });
});

describe('ATTENDED, a dinner offered', () => {
  it('has the one who offered it and "ses invités" at the dinner, not at the day\'s gathering', () => {
    const text = "Publié le 18 juin 2036 à 19h30\n\nLes dirigeants de l'Alliance se sont réunis mardi à Helsinki. Le soir, le président finlandais, Eero Virtanen, a offert un dîner aux dirigeants au palais présidentiel. Parmi ses invités figuraient le président français, Jean Morel, et la chancelière allemande, Anke Vogt.\n";
    expect(factsOf(text, 'ATTENDED').filter((f) => f.includes('Dîner'))).toEqual([
      'Anke Vogt -ATTENDED-> Dîner à Helsinki',
      'Eero Virtanen -ATTENDED-> Dîner à Helsinki',
      'Jean Morel -ATTENDED-> Dîner à Helsinki',
    ]);
  });
});

describe('ATTENDED, one represented and kept away', () => {
  it('is not the absent one named in the representation\'s apposition ("…, X, le président Y, empêché par une motion de censure, ayant renoncé au voyage"), and drops the byline "Jean Dupuis, Genève"', () => {
    const text =
      "Moldavie : à Genève, l'Europe promet des garanties\n\nJean Dupuis, Genève\nPublié jeudi 6 mars 2036 à 21:40\n\nLes dirigeants se sont réunis jeudi à Genève. La Roumanie était représentée par sa ministre des Affaires étrangères, Ioana Marin, le président Sorin Pop, empêché par une motion de censure à Bucarest, ayant renoncé au voyage.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Ioana Marin -ATTENDED-> Réunion de Genève']);
    expect(namesOf(graph, 'Person')).not.toContain('Jean Dupuis');
  });
});

describe('ATTENDED, represented while kept away', () => {
  it('is not the absent leader of "représentée par son ministre X, la présidente du Conseil Y étant retenue à Rome"', () => {
    const text = "Les dirigeants se sont réunis mardi 16 juin 2037 à Londres. L'Italie était représentée par son ministre de la Défense, Ettore Casso, la présidente du Conseil Benedetta Rana étant retenue à Rome par une crise gouvernementale.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Ettore Casso -ATTENDED-> Réunion de Londres']);
  });
});

describe('ATTENDED, a list of those present', () => {
  it('reads "Étaient également présents l\'Espagnol X (intérieur), le Grec Y (migrations) et la Sénégalaise Z"', () => {
    const text = "Réunis jeudi 15 novembre à Bruxelles, les représentants ont adopté une feuille de route. Etaient également présents l'Espagnol Íñigo Ruiz (intérieur), le Grec Stavros Pappas (migrations) et la Sénégalaise Awa Sarr.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Awa Sarr -ATTENDED-> Réunion de Bruxelles', 'Stavros Pappas -ATTENDED-> Réunion de Bruxelles', 'Íñigo Ruiz -ATTENDED-> Réunion de Bruxelles']);
  });
});

describe('arrivals listed', () => {
  it('attend the article\'s gathering ("les cortèges se sont succédé : A, B", "Suivent A, B, puis C")', () => {
    const head = 'Publié le 10 mars 2036 à 18h00\n\nLes dirigeants se sont réunis mardi à Lisbonne pour un sommet sur la Libye. ';
    expect(factsOf(head + 'Dès le matin, les cortèges se sont succédé : le président français Jean Morel, la chancelière allemande Eva Brandt.\n', 'ATTENDED')).toEqual([
      'Eva Brandt -ATTENDED-> Sommet de Lisbonne',
      'Jean Morel -ATTENDED-> Sommet de Lisbonne',
    ]);
    expect(factsOf(head + 'Suivent le président français Jean Morel, puis le Néerlandais Pieter Smit.\n', 'ATTENDED')).toEqual([
      'Jean Morel -ATTENDED-> Sommet de Lisbonne',
      'Pieter Smit -ATTENDED-> Sommet de Lisbonne',
    ]);
  });
});

describe('a leader told with an absolute participle', () => {
  it('is not among those representing ("représentée par sa ministre, X, le Premier ministre Y étant resté à Varsovie")', () => {
    const text = "Publié le 15 mars 2034\n\nLes dirigeants se sont réunis mercredi à Rome. La Pologne est représentée par sa ministre de la Défense, Anna Wrona, le Premier ministre Jan Kowal étant resté à Varsovie.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Anna Wrona -ATTENDED-> Réunion de Rome']);
  });
});

describe('the ministers a gathering brought together', () => {
  it('attend it when heard on its days, not one kept away nor one of another portfolio', () => {
    const text =
      "Baltique : l'OTAN promet\n\nRéunis mercredi à Bruxelles, les ministres de la défense de l'Alliance ont lancé une mission.\n\nPar Jean Morel\nPublié le 18/06/2037 à 06h00\n\n" +
      "Le ministre letton de la défense, Janis Ozols, a réclamé « des navires ». " +
      "Paris enverrait une frégate, a assuré la ministre des armées, Claire Dubois. " +
      "Le ministre polonais de la défense, Piotr Nowak, retenu à Varsovie, a fait savoir qu'il soutenait la mission. " +
      "Le ministre belge des finances, Luc Peeters, a jugé la mission trop chère.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Claire Dubois -ATTENDED-> Réunion de Bruxelles', 'Janis Ozols -ATTENDED-> Réunion de Bruxelles']);
  });

  it('with one quoted "selon la ministre X", and a national with no title who speaks for his country ("dont le pays", "son pays")', () => {
    const text =
      "Baltique : l'OTAN promet\n\nRéunis mercredi à Bruxelles, les ministres de la défense de l'Alliance ont lancé une mission.\n\nPar Jean Morel\nPublié le 18/06/2037 à 06h00\n\n" +
      "Il faut « des navires », selon la ministre estonienne de la défense, Liina Tamm. " +
      "Le Danois Mads Holm, dont le pays a perdu deux câbles depuis mars, a jugé la menace sérieuse. " +
      "Le Finlandais Ari Lehto a rappelé que son pays avait déjà payé sa part. " +
      "Le Suédois Olof Berg, chercheur à l'institut de la défense, a jugé la mission trop lente.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Ari Lehto -ATTENDED-> Réunion de Bruxelles', 'Liina Tamm -ATTENDED-> Réunion de Bruxelles', 'Mads Holm -ATTENDED-> Réunion de Bruxelles']);
  });
});

describe('a ceremony told as known', () => {
  it('is the story\'s, on its day, with who chaired it, stood by the chair or sat in the front row', () => {
    const text =
      "Toulon. Le départ du porte-hélicoptères\n\nPar Anne Morel\nPublié le 12/09/2037 à 17h45\n\n" +
      "Le porte-hélicoptères a quitté le port ce samedi 12 septembre pour cinq mois. " +
      "La cérémonie a été présidée par le ministre des Armées, Paul Girard. " +
      "À ses côtés se tenait l'ambassadeur d'Italie en France, Marco Bellini. " +
      "Pour le préfet du Var, Jean Roux, présent au premier rang, « c'est un grand jour ».\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([
      'Italie -ATTENDED-> Cérémonie du 2037-09-12',
      'Jean Roux -ATTENDED-> Cérémonie du 2037-09-12',
      'Marco Bellini -ATTENDED-> Cérémonie du 2037-09-12',
      'Paul Girard -ATTENDED-> Cérémonie du 2037-09-12',
    ]);
  });
});

describe('a live report of a summit day', () => {
  it('tells the arrivals ("Arrivée de …", "vient d\'arriver", "suivie de près par", "entourés de"), not "aux côtés de Kiev"', () => {
    const text =
      "EN DIRECT - Sommet de l'OTAN à Vilnius\n\nPar Jean Morel\nPublié le 23/06/2039 à 08h40\n\n" +
      "8h47 — Les dirigeants de l'Alliance sont réunis ce jeudi à Vilnius pour un sommet.\n\n" +
      "9h58 — Le Premier ministre suédois, Lars Berg, vient d'arriver.\n\n" +
      "10h06 — Arrivée remarquée de la Première ministre danoise, Mette Holm. Elle est suivie de près par le président français, Paul Morin, avec qui elle s'était entretenue la veille.\n\n" +
      "10h40 — La photo de famille vient d'être prise. Les dirigeants y figurent, entourés du secrétaire général de l'OTAN, Kurt Vogel. « Nous serons aux côtés de Kiev », a-t-il déclaré.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([
      'Kurt Vogel -ATTENDED-> Sommet de Vilnius',
      'Lars Berg -ATTENDED-> Sommet de Vilnius',
      'Mette Holm -ATTENDED-> Sommet de Vilnius',
      'Paul Morin -ATTENDED-> Sommet de Vilnius',
    ]);
  });
});

describe('a gathering held in a capital named as its country', () => {
  it('is placed there ("à Panama"), and the one who opened it, named after a gerund, attends it', () => {
    const text =
      "Haïti : la Celac promet des policiers\n\nPar Jean Morel\nPublié le 14/10/2039 à 19h40\n\n" +
      "Il aura fallu dix heures de discussions, jeudi 13 octobre à Panama, pour que les chefs d'État s'accordent. " +
      "« Haïti n'est pas un problème haïtien », a lancé en ouvrant les travaux le président costaricien, Pablo Mora. « Panama restera la capitale de l'unité », a répondu Ana Ruiz en clôturant les travaux.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Ana Ruiz -ATTENDED-> Réunion de Panama', 'Pablo Mora -ATTENDED-> Réunion de Panama']);
  });
});

describe('an arrival at a time of the day', () => {
  it('is at the article\'s gathering ("est arrivé en fin de matinée")', () => {
    const text = "Publié le 19/11/2034 à 20h40\n\nLe président sud-africain Thabo Nkosi a ouvert samedi, à Johannesburg, un sommet du G20. Le président américain Jack Miller est arrivé en fin de matinée.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Jack Miller -ATTENDED-> Sommet de Johannesburg', 'Thabo Nkosi -ATTENDED-> Sommet de Johannesburg']);
  });
});

describe('the one who invited, and a trip told by where it started', () => {
  const LEAD = 'Sommet nordique à Oslo\n\nPublié le 4 février 2039\n\nLes dirigeants nordiques se sont retrouvés lundi à Oslo pour un sommet sur l\'Arctique.\n';

  it('"À l\'invitation de la Première ministre norvégienne, X, les dirigeants ont débattu…": X hosts the gathering and is at it', () => {
    const graph = graphOf(LEAD + "À l'invitation de la Première ministre norvégienne, Ingrid Solbakken, les dirigeants ont débattu toute la journée de la sécurité en Arctique.\n");
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Ingrid Solbakken -ATTENDED-> Sommet d\'Oslo']);
    expect(factsOf(graph, 'HOSTED')).toEqual(['Ingrid Solbakken -HOSTED-> Sommet d\'Oslo']);
  });

  it('not for a gathering still to come, nor for a trip to another city', () => {
    expect(factsOf(LEAD + "Les dirigeants se retrouveront en juin à Reykjavik, à l'invitation du Premier ministre islandais, Gunnar Thorvaldsson.\n", 'ATTENDED')).toEqual([]);
    expect(factsOf(LEAD + "Mardi, à l'invitation du président finlandais, Mikko Aaltonen, la ministre s'est rendue à Helsinki.\n", 'ATTENDED')).toEqual([]);
  });

  it('"avait fait le voyage depuis Kiev", "a fait le déplacement depuis Nuuk": at the article\'s gathering', () => {
    expect(factsOf(LEAD + 'Le président ukrainien, Taras Melnychuk, avait fait le voyage depuis Kiev pour plaider sa cause.\n', 'ATTENDED')).toEqual(['Taras Melnychuk -ATTENDED-> Sommet d\'Oslo']);
    expect(factsOf(LEAD + 'Le Premier ministre groenlandais, Aqqaluk Lynge, a fait le déplacement depuis Nuuk.\n', 'ATTENDED')).toEqual(['Aqqaluk Lynge -ATTENDED-> Sommet d\'Oslo']);
    expect(factsOf(LEAD + "Le Premier ministre groenlandais, Aqqaluk Lynge, n'a pas fait le voyage.\n", 'ATTENDED')).toEqual([]);
  });
});

describe('one who came in person, left the city, spoke before peers', () => {
  const LEAD = 'Sommet balte à Vilnius\n\nPublié le 9 octobre 2038\n\nLes dirigeants baltes et nordiques se sont réunis jeudi à Vilnius pour un sommet sur la défense aérienne.\n';

  it('"Venu en personne, le président X a plaidé…", "a quitté Vilnius en fin de journée", "Devant ses pairs, la Première ministre X a confirmé…"', () => {
    const facts = factsOf(
      LEAD +
        'Venu en personne, le président moldave, Ion Cebotari, a plaidé pour une aide rapide. Le Premier ministre suédois, Nils Ekdahl, a quitté Vilnius en fin de journée. Devant ses pairs, la Première ministre estonienne, Liis Tammekivi, a confirmé un achat de missiles.\n',
      'ATTENDED',
    );
    expect(facts).toEqual(['Ion Cebotari -ATTENDED-> Sommet de Vilnius', 'Liis Tammekivi -ATTENDED-> Sommet de Vilnius', 'Nils Ekdahl -ATTENDED-> Sommet de Vilnius']);
  });

  it('not who blames another for leaving the city, nor what a participle after the event\'s noun is followed by', () => {
    expect(factsOf(LEAD + "Le chroniqueur Tomas Brazauskas reproche au Premier ministre suédois, Nils Ekdahl, d'avoir quitté Vilnius trop tôt.\n", 'ATTENDED')).toEqual([]);
    expect(factsOf(LEAD + "Au lendemain du sommet, réuni jeudi dans la capitale lituanienne, la presse s'interroge sur la crédibilité de la « coalition des volontaires ».\n", 'ATTENDED')).toEqual([]);
  });
});

describe('one who came to do something', () => {
  it('"Le président malien, X, venu plaider en personne, a averti…" is at the gathering; "sa venue" is no trip', () => {
    const LEAD = 'Sommet à Niamey\n\nPublié le 3 mars 2040\n\nLes dirigeants du Sahel se sont réunis samedi à Niamey pour un sommet sur la sécurité.\n';
    expect(factsOf(LEAD + 'Le président malien, Modibo Traoré, venu plaider en personne, a averti ses pairs.\n', 'ATTENDED')).toEqual(['Modibo Traoré -ATTENDED-> Sommet de Niamey']);
    expect(factsOf(LEAD + 'Le président malien, Modibo Traoré, a annulé sa venue, prévue pour plaider sa cause.\n', 'ATTENDED')).toEqual([]);
  });
});

describe('a council of ambassadors, a meeting of ministers told by its attendees', () => {
  it('"Le Conseil de sécurité a prolongé mardi…": the ambassadors heard that day, and who opened the session, were at it', () => {
    const text =
      "ONU : le Conseil prolonge la mission au Soudan du Sud\n\nPublié le 14/10/2042 à 23h05\n\nNEW YORK (Nations unies), 14 octobre 2042 (AFP) - Le Conseil de sécurité de l'ONU a prolongé mardi d'un an le mandat de la mission au Soudan du Sud.\n\n" +
      "Ouvrant la séance, le secrétaire général de l'ONU, Pedro Almeida, a appelé les Quinze à l'unité. « Nous resterons », a déclaré l'ambassadrice américaine auprès de l'ONU, Mary Collins. Le Népal retirera ses 800 Casques bleus d'ici à mars, a confirmé son représentant permanent, Ram Adhikari.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED').filter((f) => f.includes('Almeida') || f.includes('Collins') || f.includes('Adhikari'))).toEqual([
      'Mary Collins -ATTENDED-> Réunion de New York',
      'Pedro Almeida -ATTENDED-> Réunion de New York',
      'Ram Adhikari -ATTENDED-> Réunion de New York',
    ]);
  });

  it('not when the lead names the council only for the vote to come ("moins d\'une semaine avant un vote au Conseil de sécurité")', () => {
    const text =
      "Haïti : à l'ONU, la force récolte des promesses\n\nPublié le 24/09/2042 à 21h37\n\nMoins d'une semaine avant un vote décisif au Conseil de sécurité, une réunion organisée mercredi à New York a permis de lever des fonds.\n\n" +
      "Le président kényan, Paul Otieno, a participé à la réunion. Membre permanent du Conseil, la Russie ne cache pas ses réserves. Son ambassadeur Ivan Petrov juge l'idée « dangereuse ».\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Paul Otieno -ATTENDED-> Réunion de New York']);
  });

  it('at a meeting of one portfolio\'s ministers, a national told by no title and heard that day was one of them ("L\'Italien X a annoncé…")', () => {
    const text =
      "Mer Rouge : les Européens prolongent l'opération Aspides\n\nPublié le 10 février 2042 à 20h14\n\nRéunis mardi à Bruxelles, les ministres de la défense des Vingt-Sept ont reconduit pour un an la mission navale.\n\n" +
      "L'Italien Marco Rossi a annoncé que la frégate resterait dans la zone jusqu'à l'été. Le Hongrois Laszlo Kiss a critiqué une mission qui soigne les symptômes.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Laszlo Kiss -ATTENDED-> Réunion de Bruxelles', 'Marco Rossi -ATTENDED-> Réunion de Bruxelles']);
  });

  it('ministers of one portfolio already at a gathering make it theirs: the others heard, by video or "à distance", were at it', () => {
    const text =
      "Ukraine : à Ramstein, des armes avant l'hiver\n\nPublié le 12/11/2042 à 19:47\n\nRéunis mercredi sur la base de Ramstein, les pays du groupe de contact ont annoncé des livraisons.\n\n" +
      "La réunion était présidée par le ministre britannique de la Défense, Miles Parker. Présent à Ramstein, le ministre français des Armées, Paul Girard, a annoncé douze canons. Le ministre néerlandais de la Défense, Joost Bakker, a débloqué 350 millions d'euros. Le ministre canadien de la Défense, Mathieu Roy, intervenait par visioconférence. Le ministre japonais de la Défense, Kenji Sato, a participé à distance depuis Tokyo.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([
      'Joost Bakker -ATTENDED-> Réunion de Ramstein',
      'Kenji Sato -ATTENDED-> Réunion de Ramstein',
      'Mathieu Roy -ATTENDED-> Réunion de Ramstein',
      'Miles Parker -ATTENDED-> Réunion de Ramstein',
      'Paul Girard -ATTENDED-> Réunion de Ramstein',
    ]);
  });
});

describe('a meeting of ministers its host received', () => {
  it('"Le ministre allemand de la défense a reçu ses homologues jeudi 8 octobre": the ministers heard were there, on that day; not one who sulked', () => {
    const text =
      'Défense : à Berlin, les ministres avancent\n\nPublié le 9 octobre 2043 à 05h30\n\n' +
      "Le ministre allemand de la défense, Tobias Brandt, a reçu ses homologues européens, jeudi 8 octobre, à Berlin. " +
      "« Il faut protéger notre ciel », a martelé la ministre des armées, Hélène Dumas. Le ministre italien, Paolo Rossi, a promis des avions. Son homologue polonais, Jan Nowak, a promis une brigade. " +
      "Le ministre espagnol, pourtant attendu, a finalement boudé la réunion. Invité à la réunion, le secrétaire général adjoint de l'OTAN, Erik Lund, a salué le projet.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED').filter((f) => f.startsWith('Hélène') || f.startsWith('Paolo') || f.startsWith('Jan') || f.startsWith('Espagne'))).toEqual([
      'Hélène Dumas -ATTENDED-> Réunion de Berlin',
      'Jan Nowak -ATTENDED-> Réunion de Berlin',
      'Paolo Rossi -ATTENDED-> Réunion de Berlin',
    ]);
    const events = graph.filterNodes((_, a) => a.labels.includes('Event')).map((k) => `${graph.getNodeAttribute(k, 'date')} ${graph.getNodeAttribute(k, 'name')}`);
    expect(events).toEqual(['2043-10-08 Réunion de Berlin']);
  });
});

describe('an event to come', () => {
  it('has had no one yet: "a annoncé la tenue le mois prochain à Addis-Abeba d\'une conférence, coorganisée avec l\'Union africaine"', () => {
    const text = "ONU : le Conseil prolonge la mission\n\nPublié le 14/10/2042 à 23h05\n\nLe Ghana, qui assure ce mois-ci la présidence tournante du Conseil, a annoncé la tenue le mois prochain à Addis-Abeba d'une conférence des pays contributeurs de troupes, coorganisée avec l'Union africaine.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([]);
  });
});

describe('a signing during a state visit', () => {
  it('"Les deux chefs d\'État se sont entretenus mardi. … les deux ministres ont signé trois accords": a signing of its own, on that day, in the article\'s city', () => {
    const text =
      "À Accra, le président français mise sur le solaire\n\nPublié le 10/10/2040 à 19h05\n\n" +
      "Le président français, Marc Tessier, a été accueilli mardi à Accra par le président ghanéen, Kofi Mensou. Les deux chefs d'État se sont entretenus en tête-à-tête. " +
      "La ministre du Commerce extérieur, Laure Chabrol, et le ministre ghanéen de l'Énergie, Yaw Ofori, ont signé trois accords sur l'énergie.\n";
    const graph = graphOf(text);
    const signing = graph.filterNodes((_, a) => a.labels.includes('Event') && a.kind === 'signing').map((k) => `${graph.getNodeAttribute(k, 'date')} ${graph.getNodeAttribute(k, 'place')}`);
    expect(signing).toEqual(['2040-10-09 Accra']);
    expect(factsOf(graph, 'ATTENDED').filter((f) => f.startsWith('Laure') || f.startsWith('Yaw'))).toHaveLength(2);
  });
});

describe('a talk named with its two sides', () => {
  const LEAD = "Sommet d'Istanbul\n\nISTANBUL, 12 avril 2044 (AFP) -\n\nLe président turc, Tuncay Ozkan, accueille les délégations au palais, hôte du sommet.\n";

  it('"Entretien en marge du sommet entre M. X et le président de la Commission, Y": both at the talk; not "a démenti toute rencontre entre X et Y"', () => {
    expect(factsOf(LEAD + "Entretien en marge du sommet entre M. Ozkan et le président de la Commission de l'Union africaine, Amadou Bello.\n", 'ATTENDED').filter((f) => f.includes('Entretien'))).toEqual([
      'Amadou Bello -ATTENDED-> Entretien entre Tuncay Ozkan et Amadou Bello à Istanbul',
      'Tuncay Ozkan -ATTENDED-> Entretien entre Tuncay Ozkan et Amadou Bello à Istanbul',
    ]);
    expect(factsOf(LEAD + "Le Kremlin a démenti toute rencontre entre le président russe, Igor Popov, et l'émissaire américain, Mark Dale.\n", 'ATTENDED').filter((f) => f.startsWith('Igor') || f.startsWith('Mark'))).toEqual([]);
  });
});

describe('a gathering told again by "l\'"', () => {
  it('"Le président X, hôte de cette édition, l\'a coprésidé avec son homologue français, Y": Y chaired it too', () => {
    const text = "Sommet à Dakar\n\nPublié le 10 juin 2044\n\nUne trentaine de chefs d'État étaient réunis vendredi à Dakar pour le sommet Afrique-France. Le président sénégalais, Abdou Sall, hôte de cette édition, l'a coprésidé avec son homologue français, Paul Morel.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Abdou Sall -ATTENDED-> Sommet de Dakar', 'Paul Morel -ATTENDED-> Sommet de Dakar']);
  });
});

describe('a gathering whose chairs a fronted participle names', () => {
  it('is attended by them ("Coprésidée par X et le premier ministre tunisien, la conférence … a réuni mercredi…"), the one described then named being one person', () => {
    const text =
      "Conférence pour la Tunisie : 2 milliards promis\n\nCoprésidée par Paul Verdier et le premier ministre tunisien, la conférence internationale pour la Tunisie a réuni mercredi à Paris une trentaine de délégations.\n\nPublié le 11/04/2046\n\n" +
      "Le premier ministre tunisien, Hédi Ben Slimane, a remercié les délégations.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Hédi Ben Slimane -ATTENDED-> Conférence de Paris', 'Paul Verdier -ATTENDED-> Conférence de Paris']);
  });
});

describe('a ministerial council, and who opens a sentence there', () => {
  it('"Réunis jeudi à Vienne pour leur Conseil ministériel" is the gathering; "Venu à Vienne avec une délégation, le ministre …, X, a confirmé" and "À la tribune, la secrétaire générale …, Y, a promis" attend it; "Personne ne voulait" is no one', () => {
    const text =
      "OSCE : à Vienne, une mission\n\nPublié le 08/12/2046\n\nRéunis jeudi à Vienne pour leur Conseil ministériel annuel, les États de l'OSCE ont approuvé la mission. « Personne ne voulait porter la responsabilité d'un échec », a confié un diplomate.\n\n" +
      "Venu à Vienne avec une délégation étoffée, le ministre de l'Europe et des Affaires étrangères, Paul Lestrade, a confirmé l'envoi de 60 observateurs. À la tribune, la secrétaire générale de l'OSCE, la Croate Vesna Horvatić, a promis que les équipes seraient sur le terrain en janvier.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Paul Lestrade -ATTENDED-> Réunion de Vienne', 'Vesna Horvatić -ATTENDED-> Réunion de Vienne']);
    expect(namesOf(graph, 'Person')).toEqual(['Paul Lestrade', 'Vesna Horvatić']);
  });
});

describe('a speaker at the rostrum told by a long title', () => {
  it('is the name in apposition to it ("a précisé à la tribune sa vice-présidente pour la région Moyen-Orient et Afrique du Nord, la Chilienne X")', () => {
    const text =
      "Publié le 11/04/2046\n\nLa conférence pour la reconstruction du Liban s'est tenue mercredi à Paris. La Banque mondiale a promis 2 milliards de dollars. « Ces fonds iront d'abord à l'eau », a précisé à la tribune sa vice-présidente pour la région Moyen-Orient et Afrique du Nord, la Chilienne Carmen Ibarrola.\n";
    expect(factsOf(text, 'ATTENDED')).toContain('Carmen Ibarrola -ATTENDED-> Conférence de Paris');
  });
});

describe('presence told in passing', () => {
  it('"X, également présent, a promis", "Également présent, le président …, Y, a appelé", "a tranché à la tribune son président, Z", "l\'Autrichienne W, venue à Nairobi pour l\'occasion" attend the gathering', () => {
    const text =
      "Nairobi, 3 mars 2047 (AFP) - Le sommet extraordinaire de la CAE a réuni dimanche six chefs d'État à Nairobi.\n\n" +
      "Son homologue burundais, Audace Ndikumana, également présent, a promis 800 soldats. " +
      "Également présent, le président de la Commission de l'Union africaine (UA), le Béninois Rodrigue Agbessi, a appelé à coordonner la force. " +
      "Le Soudan du Sud n'enverra aucun soldat, a tranché à la tribune son président, Gabriel Majok Deng. " +
      "L'Union européenne financera la force, a annoncé la commissaire européenne, l'Autrichienne Hanna Strobl, venue à Nairobi pour l'occasion.\n";
    const attended = factsOf(text, 'ATTENDED');
    for (const who of ['Audace Ndikumana', 'Rodrigue Agbessi', 'Gabriel Majok Deng', 'Hanna Strobl']) expect(attended, who).toContain(`${who} -ATTENDED-> Sommet de Nairobi`);
  });
});

describe('a part of the gathering', () => {
  it('"« … », a lancé le président lituanien, X, en marge des travaux" attends the article\'s gathering', () => {
    const text = "Publié le 19 septembre 2047\n\nLes dirigeants des huit pays se retrouvent ce jeudi à Tallinn pour un sommet.\n\n« Des soldats, c'est mieux », a lancé le président lituanien, Vytautas Jurgelis, en marge des travaux.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Vytautas Jurgelis -ATTENDED-> Sommet de Tallinn']);
  });
});

describe('a summit named by its body and town, and who spoke in that town', () => {
  it('"G7 de Kyoto : …" under a site\'s name is held in Kyoto, not in the correspondent\'s Tokyo; "a précisé à Kyoto le Premier ministre britannique, X" and "a plaidé samedi à Kyoto pour que" attend it', () => {
    const text =
      "Le Quotidien\nMonde | International\n\nG7 de Kyoto : des milliards pour l'Ukraine\n\nPar Paul Arnoux (correspondant à Tokyo)\nPublié le 13 juin 2048 à 19:20\n\n" +
      "Le Japon voulait un sommet utile, tenu vendredi et samedi. Le Royaume-Uni a promis 400 millions de livres, a précisé à Kyoto le Premier ministre britannique, Oliver Pemberton. " +
      "La présidente italienne, Giulia Serravalle, a plaidé samedi à Kyoto pour que la BERD centralise les versements.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Giulia Serravalle -ATTENDED-> Sommet de Kyoto', 'Oliver Pemberton -ATTENDED-> Sommet de Kyoto']);
  });
});

describe('one come from elsewhere', () => {
  it('"X, venu de Port-au-Prince, a plaidé" attends the article\'s gathering', () => {
    const text = "Publié le 13 mars 2048\n\nLe sommet extraordinaire de la CARICOM s'est tenu jeudi à Bridgetown. Le Premier ministre haïtien de transition, Joseph Valcourt, venu de Port-au-Prince, a plaidé pour un déploiement rapide.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Joseph Valcourt -ATTENDED-> Sommet de Bridgetown']);
  });
});

describe('a roll call of the front row', () => {
  it('"Au premier rang : Mme A, M. B et Mme C." attend the article\'s gathering', () => {
    const text =
      "Publié le 19 septembre 2047\n\nLes dirigeants des huit pays nordiques et baltes sont réunis ce jeudi à Tallinn pour un sommet. La Première ministre estonienne, Kadri Saar, le président lituanien, Jonas Mikalauskas, et la Première ministre danoise, Ida Lund, ont posé pour la photo.\n\n" +
      "Au premier rang : Mme Saar, M. Mikalauskas et Mme Lund.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Ida Lund -ATTENDED-> Sommet de Tallinn', 'Jonas Mikalauskas -ATTENDED-> Sommet de Tallinn', 'Kadri Saar -ATTENDED-> Sommet de Tallinn']);
  });
});

describe('the gathering told again, and what the clause after it explains', () => {
  it('"… pesait sur la réunion : mercredi, à Helsinki, il avait …": the gathering keeps the day its lead told (Sunday), and who was listed attends it', () => {
    const text =
      "Publié le 8 mars 2048\n\nLe Premier ministre suédois, Nils Ekdahl, a réuni ce dimanche à Stockholm ses homologues nordiques. " +
      "L'absence du président finlandais pesait sur la réunion : mercredi, à Helsinki, il avait limogé son gouvernement. " +
      "Autour de la table : la Première ministre danoise, Ida Lund, et le Premier ministre norvégien, Lars Berge.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Ida Lund -ATTENDED-> Réunion de Stockholm', 'Lars Berge -ATTENDED-> Réunion de Stockholm', 'Nils Ekdahl -ATTENDED-> Réunion de Stockholm']);
    expect(nodeNamed(graph, 'Réunion de Stockholm')?.date).toBe('2048-03-08');
  });

  it('"À Malmö, X a suivi le sommet sur son téléphone": followed from there, neither held there nor attended', () => {
    const text =
      "Publié le 8 mars 2048\n\nLe Premier ministre suédois, Nils Ekdahl, a accueilli dimanche à Stockholm un sommet nordique. La Première ministre danoise, Ida Lund, y a participé.\n\n" +
      "À Malmö, l'étudiante Anna Petrenko a suivi le sommet sur son téléphone.\n";
    const graph = graphOf(text);
    expect(namesOf(graph, 'Event')).toEqual(['Sommet de Stockholm']);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Ida Lund -ATTENDED-> Sommet de Stockholm', 'Nils Ekdahl -ATTENDED-> Sommet de Stockholm']);
  });
});

describe('who speaks at the end of a meeting, and who takes part in what', () => {
  it('"X a promis lundi que les États-Unis participeraient à des garanties, à l\'issue d\'une réunion": X attends it; the country takes part in guarantees, not in the meeting', () => {
    const text =
      "Publié le 18 août 2048\n\nJohn Harlan a promis lundi que les États-Unis participeraient à des garanties de sécurité pour l'Ukraine, à l'issue d'une réunion à la Maison Blanche avec plusieurs dirigeants européens.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['John Harlan -ATTENDED-> Réunion de Washington']);
  });

  it('"Les deux hommes ont ensuite rejoint le chancelier allemand, X, et la présidente de la Commission, Y": on the gathering\'s day, those joined are at it', () => {
    const text =
      "Publié le 18 août 2048\n\nLe président américain, John Harlan, a réuni lundi à Washington plusieurs dirigeants européens pour un sommet sur l'Ukraine. " +
      "Les deux hommes ont ensuite rejoint dans le Salon Est le chancelier allemand, Karl Weber, et la présidente de la Commission européenne, Anna Lindgren.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Anna Lindgren -ATTENDED-> Sommet de Washington', 'John Harlan -ATTENDED-> Sommet de Washington', 'Karl Weber -ATTENDED-> Sommet de Washington']);
  });

  it('"Dimanche, ils s\'étaient entretenus par visioconférence. X y participait": "y" is that call, not the article\'s gathering', () => {
    const text =
      "Publié le 18 août 2048\n\nLes dirigeants européens se sont réunis lundi à Washington pour un sommet sur l'Ukraine, a annoncé le président américain, John Harlan. " +
      "Dimanche, ils s'étaient entretenus par visioconférence. La cheffe du gouvernement italien, Giulia Ferraro, y participait également.\n";
    expect(factsOf(text, 'ATTENDED')).not.toContain('Giulia Ferraro -ATTENDED-> Sommet de Washington');
  });
});

describe('a meeting being prepared', () => {
  it('"a « commencé les préparatifs » d\'une rencontre entre X et Y": neither has met the other yet', () => {
    const text = "Publié le 18/08/2048\n\nPeu après, le président américain a écrit avoir « commencé les préparatifs » d'une rencontre entre Ivan Petrov et Petro Lysenko, dans un lieu à déterminer.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([]);
  });
});

describe('a verbless roll call', () => {
  it('"Autour de la table, côté américain, le secrétaire à la Guerre X, le général Y, ainsi que les négociateurs Z et W." attend the article\'s gathering', () => {
    const text =
      "Publié le 29/12/2048\n\nLe président américain, John Harlan, a reçu dimanche à Palm Beach le président ukrainien, Petro Lysenko, pour un sommet.\n\n" +
      "Autour de la table, côté américain, le secrétaire à la Guerre Peter Hale, le chef d'état-major des armées, le général Dan Crane, ainsi que les négociateurs Steve Walker et Jared Kuhn.\n";
    const attended = factsOf(text, 'ATTENDED');
    for (const who of ['Peter Hale', 'Dan Crane', 'Steve Walker', 'Jared Kuhn']) expect(attended).toContain(`${who} -ATTENDED-> Sommet de Palm Beach`);
  });
});

describe('a call expected', () => {
  it('"un entretien téléphonique entre X et Y est attendu « dans les prochains jours »": no one has called yet', () => {
    expect(factsOf("Publié le 23/11/2048\n\nD'ici là, un entretien téléphonique entre Petro Lysenko et John Harlan est attendu « dans les prochains jours », fait-on savoir à Kiev.\n", 'ATTENDED')).toEqual([]);
  });
});

describe('the day around a summit', () => {
  it('"La journée avait débuté par un déjeuner. Le président y avait convié son homologue, l\'envoyé spécial américain X…": the lunch of that day, X at it (no leader of Ukraine); "En marge du sommet, Y a eu un aparté avec Z": a talk of its own that day', () => {
    const text =
      "Publié le 07/01/2048\n\nLe sommet de la coalition s'est tenu mardi à Paris. La journée avait débuté par un déjeuner en petit comité. Le président français, Paul Girard, y avait convié son homologue ukrainien, l'envoyé spécial américain Steve Walker et le conseiller Jared Kuhn. " +
      "En marge du sommet, le Premier ministre belge, Jan Peeters, a eu un aparté d'un quart d'heure avec Anna Lindgren.\n";
    const graph = graphOf(text);
    const facts = factsOf(graph, 'ATTENDED');
    expect(facts).toContain('Steve Walker -ATTENDED-> Déjeuner à Paris');
    expect(facts).toContain('Paul Girard -ATTENDED-> Déjeuner à Paris');
    expect(facts).toContain('Anna Lindgren -ATTENDED-> Entretien entre Jan Peeters et Anna Lindgren à Paris');
    expect(factsOf(graph, 'LEADS')).not.toContain('Steve Walker -LEADS-> Ukraine');
  });
});

describe('who convened the gathering, and a press conference not held', () => {
  it('"Convoqués lundi à Paris par X, une dizaine de dirigeants…": X hosts it; "pas de conférence de presse commune" is no event', () => {
    const text =
      "Publié le 18/02/2048\n\nConvoqués lundi à Paris par Paul Girard, une dizaine de dirigeants ont tenté d'esquisser une réponse commune. La réunion informelle organisée lundi à l'Élysée s'est achevée en début de soirée.\n\n" +
      "19h40 – Fin des échanges, pas de conférence de presse commune.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Paul Girard -ATTENDED-> Réunion de Paris']);
    expect(namesOf(graph, 'Event')).toEqual(['Réunion de Paris']);
  });
});

describe('leaving before the meeting, or before its end', () => {
  it('"X quitte le Danemark avant la réunion de la CPE" missed it; "Y a quitté Rome avant la fin des travaux" and "Z a quitté le sommet avant la signature" were at it', () => {
    const text =
      "Publié le 02/10/2048\n\nLe sommet de la Communauté politique européenne s'est tenu jeudi à Copenhague. Le Premier ministre hongrois, Gabor Nagy, quitte le Danemark avant la réunion de la CPE. " +
      "Le Premier ministre slovaque, Jan Kral, a quitté Copenhague avant la fin des travaux. Le président serbe, Milos Petrovic, a quitté le sommet avant la signature de la déclaration.\n";
    const attended = factsOf(text, 'ATTENDED');
    expect(attended).not.toContain('Gabor Nagy -ATTENDED-> Sommet de Copenhague');
    expect(attended).toContain('Jan Kral -ATTENDED-> Sommet de Copenhague');
    expect(attended).toContain('Milos Petrovic -ATTENDED-> Sommet de Copenhague');
  });
});

describe('by video, like others', () => {
  it('"X est intervenu depuis Londres, par visioconférence, tout comme le chancelier allemand, Y, et la présidente de la Commission européenne, Z": all three took part', () => {
    const text =
      "Publié le 05/09/2048\n\nLa coalition s'est réunie jeudi à l'Élysée. Tom Ellery est intervenu depuis Londres, par visioconférence, tout comme le chancelier allemand, Karl Weber, et la présidente de la Commission européenne, Anna Lindgren.\n";
    const attended = factsOf(text, 'ATTENDED');
    for (const who of ['Tom Ellery', 'Karl Weber', 'Anna Lindgren']) expect(attended).toContain(`${who} -ATTENDED-> Réunion de Paris`);
  });
});

describe('a meeting proposed as the next step', () => {
  it('"Kiev avait proposé « comme prochaine étape » une rencontre entre les présidents X et Y": no one has met yet', () => {
    const text = "Publié le 16/05/2048\n\nLe ministre ukrainien de la Défense, Roman Oliynyk, a ajouté que Kiev avait proposé « comme prochaine étape » une rencontre entre les présidents Petro Lysenko et Ivan Petrov.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([]);
  });
});

describe('a royal dinner on the eve of a summit', () => {
  it('"où le roi, X, et la reine Y offraient un dîner aux dirigeants alliés. Parmi les convives figurait aussi Z": the hosts and the guest were at the dinner', () => {
    const text =
      "Publié le 25 juin 2048\n\nLe sommet de l'Otan s'est achevé mercredi à La Haye. Tout avait commencé la veille au soir au palais Huis ten Bosch, où le roi des Pays-Bas, Willem-Alexander, et la reine Máxima offraient un dîner aux dirigeants alliés. " +
      "Parmi les convives figurait aussi Petro Lysenko.\n";
    const attended = factsOf(text, 'ATTENDED');
    expect(attended).toContain('Petro Lysenko -ATTENDED-> Dîner à La Haye');
    expect(attended).toContain('Willem-Alexander -ATTENDED-> Dîner à La Haye');
  });
});

describe('dining there', () => {
  it('"Un dîner était offert aux dirigeants. X, arrivé mardi, y a dîné": at that dinner', () => {
    const text = "Publié le 25 juin 2048\n\nLe sommet de l'Otan s'est achevé mercredi à La Haye. La veille au soir, le roi offrait un dîner aux dirigeants alliés au palais royal. Le président américain, John Harlan, arrivé mardi en fin d'après-midi, y a dîné avant d'y passer la nuit.\n";
    expect(factsOf(text, 'ATTENDED')).toContain('John Harlan -ATTENDED-> Dîner à La Haye');
  });
});

describe('how much of a gathering one took part in', () => {
  it('"a assisté à l\'ensemble des travaux", "à toute la séance": at the gathering, as "aux travaux" is', () => {
    const text = SUMMIT + "L'émissaire américain Tom Harlan a assisté à l'ensemble des travaux. Le ministre grec Nikos Varelas a suivi toute la séance. Le Premier ministre belge Luc Verbeke a participé à la plupart des discussions.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Luc Verbeke -ATTENDED-> Sommet de Rome', 'Nikos Varelas -ATTENDED-> Sommet de Rome', 'Tom Harlan -ATTENDED-> Sommet de Rome']);
  });
});

describe('meeting people there', () => {
  it('"Les dirigeants se sont réunis à la chancellerie. Il y a retrouvé X": met at that gathering, not in a talk of their own', () => {
    const text =
      "Publié le 15/12/2048\n\nLes dirigeants européens se sont réunis lundi à la chancellerie à Berlin. Le président ukrainien, Petro Lysenko, est arrivé en début d'après-midi à la chancellerie. Il y a retrouvé l'émissaire spécial de la Maison-Blanche, Tom Harlan, et le conseiller Sam Cole.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Petro Lysenko -ATTENDED-> Réunion de Berlin', 'Sam Cole -ATTENDED-> Réunion de Berlin', 'Tom Harlan -ATTENDED-> Réunion de Berlin']);
  });
});

describe('one whose own verb says she stayed home', () => {
  it('"La Première ministre, X, qui avait fait le voyage de Washington au printemps, était cette fois restée à Kiev": not there', () => {
    const text =
      "Publié le 18/10/2048\n\nLe président ukrainien Petro Lysenko s'est rendu vendredi à Washington pour une visite à la Maison-Blanche. La Première ministre, Olena Marchuk, qui avait fait le voyage de Washington au printemps, était cette fois restée à Kiev.\n";
    expect(factsOf(text, 'ATTENDED').filter((f) => f.startsWith('Olena Marchuk'))).toEqual([]);
  });
});

describe('a remote participation opening the sentence', () => {
  it('"Également intervenu à distance, depuis Washington, le président de la Banque mondiale, X, …", "Connecté depuis Ankara, le président turc Y …": both took part', () => {
    const text =
      "Publié le 08/12/2048\n\nLa conférence des donateurs pour la Syrie s'est tenue mardi à Bruxelles. Également intervenu à distance, depuis Washington, le président de la Banque mondiale, Paul Harding, a annoncé un don. Connecté depuis Ankara, le président turc Kemal Aydin a promis des soldats.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Kemal Aydin -ATTENDED-> Conférence de Bruxelles', 'Paul Harding -ATTENDED-> Conférence de Bruxelles']);
  });
});

describe('in the room, and represented past an incise', () => {
  it('"X et Y étaient également dans la salle" were there (not "n\'était pas dans la salle"); "La Finlande était représentée, comme souvent dans ce format, par son chef de l\'État, Z": Z was', () => {
    const text =
      SUMMIT +
      "Le secrétaire exécutif de l'Igad, Omar Hassan, et l'émissaire de l'ONU, Karim Benali, étaient également dans la salle. Le ministre Jean Dupont n'était pas dans la salle. La Finlande était représentée, comme souvent dans ce format, par son chef de l'État, Mikko Laine.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Karim Benali -ATTENDED-> Sommet de Rome', 'Mikko Laine -ATTENDED-> Sommet de Rome', 'Omar Hassan -ATTENDED-> Sommet de Rome']);
  });
});

describe('an attempt to bring someone to the gathering', () => {
  it('"c\'est lui qui avait tenté, le 6 mai, de convaincre X par téléphone de se joindre à la conférence": X did not come, and the 6 May is not the conference\'s day', () => {
    const text =
      "Publié le 13/05/2027 à 06:30\n\nIls étaient une douzaine de ministres, mercredi, à la conférence d'Erevan. Quant au président du Conseil européen, Paolo Ferri, il n'a pas fait le déplacement ; c'est lui qui avait tenté, le 6 mai, de convaincre Karim Aslanov par téléphone de se joindre à la conférence.\n";
    const graph = graphOf(text);
    expect(factsOf(text, 'ATTENDED').filter((f) => f.startsWith('Karim Aslanov') || f.startsWith('Paolo Ferri'))).toEqual([]);
    const days = graph.filterNodes((_, a) => (a.labels as string[]).includes('Event') && a.kind === 'conference').map((k) => graph.getNodeAttribute(k, 'date'));
    expect(days).not.toContain('2027-05-06');
  });
});

describe('a roll call after a one-to-one told in detail', () => {
  it('"… en tête-à-tête. Un entretien d\'une heure… Autour de la table figuraient aussi A, B et C": they are at the article\'s gathering', () => {
    const text =
      "Publié le 15/07/2027\n\nRéunis jeudi à Maputo autour du président Tomas Mabote, chefs d'État et ministres ont obtenu le maintien des troupes rwandaises.\n\nAvant la séance plénière, Mabote avait reçu en tête-à-tête son homologue rwandais, Jean Gatera. Un entretien d'un peu plus d'une heure, au terme duquel les deux hommes sont arrivés ensemble au centre de conférences.\n\nAutour de la table figuraient aussi le Premier ministre portugais, Rui Mendes, et le commissaire européen Jan Novak.\n";
    const attended = factsOf(text, 'ATTENDED');
    expect(attended).toContain('Rui Mendes -ATTENDED-> Réunion de Maputo');
    expect(attended).toContain('Jan Novak -ATTENDED-> Réunion de Maputo');
  });
});

describe('"bien" and "alors" inside the verb', () => {
  it('"X a bien pris part au sommet", "Y a alors rejoint le sommet": both there ("bien que", "alors que" still open a clause)', () => {
    const text = SUMMIT + "La présidente mexicaine, Carla Ruiz, a bien pris part au sommet, par écran interposé depuis Mexico. Le président chilien, Pablo Soto, a bien participé aux travaux.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Carla Ruiz -ATTENDED-> Sommet de Rome', 'Pablo Soto -ATTENDED-> Sommet de Rome']);
  });
});

describe('taking part from afar, whatever the means is called', () => {
  const text = AU_SUMMIT;
  const attended = (sentence: string): string[] => factsOf(text(sentence), 'ATTENDED');

  it('"a suivi les débats par visioconférence depuis X", "par écran interposé", "par liaison vidéo", "à distance": there; "depuis X" alone, "à la télévision": not', () => {
    expect(attended('Le président kényan, Paul Mwangi, a suivi les débats par visioconférence depuis Nairobi.')).toEqual(["Paul Mwangi -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(attended('Le président kényan, Paul Mwangi, a suivi les travaux par écran interposé.')).toEqual(["Paul Mwangi -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(attended('Le président kényan, Paul Mwangi, a suivi la séance par liaison vidéo depuis Nairobi.')).toEqual(["Paul Mwangi -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(attended('Le président kényan, Paul Mwangi, qui suivait les débats à distance, a salué l\'initiative.')).toEqual(["Paul Mwangi -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(attended('Le président kényan, Paul Mwangi, a suivi les discussions depuis Nairobi.')).toEqual([]);
    expect(attended('Le président kényan, Paul Mwangi, a suivi le sommet à la télévision depuis Nairobi.')).toEqual([]);
  });

  it('"a pris la parole en visioconférence", "Intervenant par visioconférence, X", "est apparu sur l\'écran géant": there', () => {
    expect(attended('La Première ministre namibienne Ada Nangolo a pris la parole en visioconférence.')).toEqual(["Ada Nangolo -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(attended('Intervenant par visioconférence depuis Kampala, le président ougandais Moses Okello a promis 500 soldats.')).toEqual(["Moses Okello -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(attended("Le président ougandais Moses Okello est apparu sur l'écran géant de la salle, par liaison vidéo.")).toEqual(["Moses Okello -ATTENDED-> Sommet d'Addis-Abeba"]);
    // (The noun only in its phrase: "a donné la parole" is someone else's turn.)
    expect(attended('Le président ougandais Moses Okello a donné la parole en visioconférence au Kenya.')).toEqual([]);
  });

  it('"Sur les écrans, A et B.", "Par visioconférence : A et B.", "A et B étaient reliés par visioconférence": both there', () => {
    const both = ["Ada Nangolo -ATTENDED-> Sommet d'Addis-Abeba", "Moses Okello -ATTENDED-> Sommet d'Addis-Abeba"];
    expect(attended("Sur les écrans, l'Ougandais Moses Okello et la Namibienne Ada Nangolo.")).toEqual(both);
    expect(attended("Par visioconférence : l'Ougandais Moses Okello et la Namibienne Ada Nangolo.")).toEqual(both);
    expect(attended("L'Ougandais Moses Okello et la Namibienne Ada Nangolo étaient reliés par visioconférence.")).toEqual(both);
  });

  it('"Par liaison vidéo, X a salué…", "Invité à parler juste après l\'hôte, X a décrit…": there; "Par téléphone, X a félicité…": not', () => {
    expect(attended('Par liaison vidéo, le président ougandais Moses Okello a salué « un sursaut régional ».')).toEqual(["Moses Okello -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(attended("Invité à parler juste après l'hôte, le président ougandais Moses Okello a décrit une situation difficile.")).toEqual(["Moses Okello -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(attended('Par téléphone, le président ougandais Moses Okello a félicité ses pairs.')).toEqual([]);
  });

  it('"X, venu en voisin, a promis…", "Assis à sa droite, X a promis…": there; "X, venu à Kampala, …": not', () => {
    expect(attended("L'Ougandais Moses Okello, venu en voisin, a promis 10 millions d'euros.")).toEqual(["Moses Okello -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(attended('Assis à sa droite, le président ougandais Moses Okello a promis des soldats.')).toEqual(["Moses Okello -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(attended("L'Ougandais Moses Okello, venu à Kampala, a promis 10 millions d'euros.")).toEqual([]);
    // (A rank, not an arrival.)
    expect(attended("L'opposant Moses Okello, arrivé deuxième à la présidentielle, juge l'idée dangereuse.")).toEqual([]);
  });

  it('"A et B complétaient le premier cercle", "X était assis entre A et B": all of them there', () => {
    const both = ["Ade Okafor -ATTENDED-> Sommet d'Addis-Abeba", "Tom Banda -ATTENDED-> Sommet d'Addis-Abeba"];
    expect(attended('Le Sud-Africain Tom Banda et le Nigérian Ade Okafor complétaient le premier cercle.')).toEqual(both);
    expect(attended('Le président kényan, Paul Mwangi, était assis entre le Sud-Africain Tom Banda et le Nigérian Ade Okafor.')).toEqual([both[0], "Paul Mwangi -ATTENDED-> Sommet d'Addis-Abeba", both[1]]);
    // (Not at a table elsewhere.)
    expect(attended('Le Sud-Africain Tom Banda et le Nigérian Ade Okafor complétaient la table du dîner offert à Nairobi.')).toEqual([]);
  });

  it('"a participé à la réunion par liaison vidéo": the meeting told is still held where it is, not a videoconference', () => {
    const facts = factsOf('Publié le 10 mars 2026\n\nLes ministres de la Défense se sont réunis mardi à Berlin. Retenu à Londres, le ministre britannique, Tom Hale, a participé à la réunion par liaison vidéo.\n', 'ATTENDED');
    expect(facts).toEqual(['Tom Hale -ATTENDED-> Réunion de Berlin']);
  });
});

describe('beside someone at the gathering', () => {
  const text = (sentence: string): string => `Publié le 10 mars 2026\n\nLe sommet de l'Union africaine s'est tenu mardi à Addis-Abeba. Le Premier ministre éthiopien, Daniel Bekele, a présidé les travaux. ${sentence}\n`;
  const beside = (sentence: string): string[] => factsOf(text(sentence), 'ATTENDED').filter((f) => !f.startsWith('Daniel Bekele'));

  it('"À ses côtés, le ministre X a défendu…", "Aux côtés de Y, X…", "X, assis à ses côtés, …": X there too', () => {
    expect(beside('À ses côtés, le ministre éthiopien des Affaires étrangères, Samuel Tesfaye, a défendu le projet.')).toEqual(["Samuel Tesfaye -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(beside('Aux côtés de Daniel Bekele, le ministre éthiopien des Affaires étrangères, Samuel Tesfaye, a détaillé le plan.')).toEqual(["Samuel Tesfaye -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(beside('Le ministre éthiopien des Affaires étrangères, Samuel Tesfaye, assis à ses côtés tout au long de la journée, a pris des notes.')).toEqual(["Samuel Tesfaye -ATTENDED-> Sommet d'Addis-Abeba"]);
  });

  it('"a fait escale dimanche à Nuuk, aux côtés de X": a day and place of its own, not the gathering; "aux côtés de l\'Ukraine": a stance', () => {
    expect(beside("Daniel Bekele a fait escale dimanche à Djibouti, aux côtés du président djiboutien, Omar Farah.")).toEqual([]);
    expect(beside("« Nous resterons aux côtés de l'Ukraine », a assuré le ministre kényan Peter Otieno.")).toEqual([]);
  });
});

describe('came with someone', () => {
  const text = AU_SUMMIT;
  it('"X, venu avec sa ministre des Affaires étrangères Y, a promis…": both at the gathering', () => {
    expect(factsOf(text('Le président kényan Paul Mwangi, venu avec sa ministre des Affaires étrangères Ruth Achieng, a promis 500 soldats.'), 'ATTENDED')).toEqual([
      "Paul Mwangi -ATTENDED-> Sommet d'Addis-Abeba",
      "Ruth Achieng -ATTENDED-> Sommet d'Addis-Abeba",
    ]);
  });
});

describe('an apposition telling one took part from afar', () => {
  it('"X, lui aussi en visio depuis Ottawa, annonce…", "X, en ligne depuis Ottawa, a promis…": at the gathering', () => {
    const text = AU_SUMMIT;
    expect(factsOf(text('Le Canadien Paul Tremblay, lui aussi en visio depuis Ottawa, annonce 1,5 milliard de dollars.'), 'ATTENDED')).toEqual(["Paul Tremblay -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(factsOf(text('Le Canadien Paul Tremblay, en ligne depuis Ottawa, a promis des avions.'), 'ATTENDED')).toEqual(["Paul Tremblay -ATTENDED-> Sommet d'Addis-Abeba"]);
  });
});

describe('an apposition telling one was connected or seated', () => {
  const text = AU_SUMMIT;
  it('"X, connecté depuis Oslo, débloque…", "Y, assise à la table, a précisé…": at the gathering; "coprésidé avec X, connecté depuis Londres, une visioconférence": at that one', () => {
    expect(factsOf(text('Le Norvégien Per Lunde, connecté depuis Oslo, débloque 5 milliards de couronnes.'), 'ATTENDED')).toEqual(["Per Lunde -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(factsOf(text('La ministre canadienne, Anne Roy, assise à la table, a précisé la position de son pays.'), 'ATTENDED')).toEqual(["Anne Roy -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(factsOf(text("L'après-midi, le président kényan Paul Mwangi a coprésidé avec Tom Hale, connecté depuis Londres, une visioconférence de la coalition.")).filter((f) => f.startsWith('Tom Hale -ATTENDED'))).not.toContain("Tom Hale -ATTENDED-> Sommet d'Addis-Abeba");
  });
});

describe("a minister heard reacting is not one of the gathering's", () => {
  it('"Réunis à Bruxelles, les ministres de la Défense… Le ministre russe de la Défense, X, a jugé l\'initiative « dangereuse »": not there; "autour de la table, le ministre hongrois Y s\'est dit « opposé »": there', () => {
    const text =
      "Publié le 12 février 2026\n\nRéunis jeudi à Bruxelles, les ministres de la Défense de l'Alliance ont validé une mission de surveillance. " +
      "Le ministre estonien de la Défense, Hanno Tamm, a réclamé des navires. Le ministre russe de la Défense, Oleg Belov, a jugé l'initiative « dangereuse ». " +
      "Autour de la même table, le ministre hongrois de la Défense, Zoltan Kis, s'est dit « opposé » à une mission qu'il juge « dangereuse ».\n";
    const attended = factsOf(text, 'ATTENDED');
    expect(attended).toContain('Hanno Tamm -ATTENDED-> Réunion de Bruxelles');
    expect(attended).toContain('Zoltan Kis -ATTENDED-> Réunion de Bruxelles');
    expect(attended).not.toContain('Oleg Belov -ATTENDED-> Réunion de Bruxelles');
  });
});

describe('represented by an envoy', () => {
  it('"Washington était représenté par l\'ambassadeur X, envoyé par le président Y": Y sent him, Y was not there', () => {
    const text = "Publié le 10 mars 2026\n\nLe sommet s'est tenu mardi à Kingston. Washington était représenté par son ambassadeur auprès de l'ONU, Mike Walsh, envoyé par Donald Trump.\n";
    expect(factsOf(text, 'ATTENDED').filter((f) => f.startsWith('Donald Trump'))).toEqual([]);
  });
});

describe('kept away from the gathering, but there by video', () => {
  it('"X, retenu à Vienne par un débat budgétaire, a participé aux travaux par visioconférence": there; "…, n\'a pas participé": not', () => {
    const text = AU_SUMMIT;
    expect(factsOf(text('Le chancelier autrichien Karl Huber, retenu à Vienne par un débat budgétaire, a participé aux travaux par visioconférence.'), 'ATTENDED')).toEqual(["Karl Huber -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(factsOf(text("Le chancelier autrichien Karl Huber, retenu à Vienne par un débat budgétaire, n'a pas participé aux travaux."), 'ATTENDED')).toEqual([]);
  });
});

describe('the trip told with its subjects after it', () => {
  const text = AU_SUMMIT;
  it('"Outre l\'hôte, ont fait le déplacement A (Kenya), B (Ouganda)": both there; "N\'ont pas fait le déplacement A et B": neither', () => {
    expect(factsOf(text("Outre l'hôte, ont fait le déplacement Paul Mwangi (Kenya) et Moses Okello (Ouganda)."), 'ATTENDED')).toEqual([
      "Moses Okello -ATTENDED-> Sommet d'Addis-Abeba",
      "Paul Mwangi -ATTENDED-> Sommet d'Addis-Abeba",
    ]);
    expect(factsOf(text("N'ont pas fait le déplacement Paul Mwangi et Moses Okello."), 'ATTENDED')).toEqual([]);
  });
});

describe('one sent, told by title then name', () => {
  it('"Les États-Unis n\'ont délégué que leur ambassadeur en Éthiopie, X, en observateur": X was there', () => {
    const text = "Publié le 10 mars 2026\n\nLe sommet de l'Union africaine s'est tenu mardi à Addis-Abeba. Les États-Unis n'ont délégué que leur ambassadeur en Éthiopie, John Porter, en observateur.\n";
    expect(factsOf(text, 'ATTENDED')).toContain("John Porter -ATTENDED-> Sommet d'Addis-Abeba");
  });
});

describe('a message read at the gathering', () => {
  it('"X a adressé à ses pairs un message lu à l\'ouverture de la séance": its sender is not told there; "X a pris la parole à l\'ouverture de la séance" is', () => {
    expect(factsOf(AU_SUMMIT("Le président malien Paul Keita a adressé à ses pairs un message lu à l'ouverture de la séance."), 'ATTENDED')).toEqual([]);
    expect(factsOf(AU_SUMMIT("Le président malien Paul Keita a pris la parole à l'ouverture de la séance."), 'ATTENDED')).toEqual(["Paul Keita -ATTENDED-> Sommet d'Addis-Abeba"]);
  });
});

describe('one who stayed away', () => {
  it('"Resté à Beyrouth, il a fait savoir qu\'il « suivait les travaux »": followed from where he stayed, and the place is no one', () => {
    const text = AU_SUMMIT("Le président du Parlement, Paul Keita, n'était pas du voyage. Resté à Aïn el-Tiné, il a fait savoir qu'il « suivait les travaux avec attention ».");
    expect(factsOf(text, 'ATTENDED')).toEqual([]);
    expect(namesOf(graphOf(text), 'Person')).toEqual(['Paul Keita']);
    // (By a video link, he took part: "Retenu à Kampala, X a suivi les travaux par visioconférence".)
    expect(factsOf(AU_SUMMIT('Retenu à Kampala, le président ougandais Paul Keita a suivi les travaux par visioconférence.'), 'ATTENDED')).toEqual(["Paul Keita -ATTENDED-> Sommet d'Addis-Abeba"]);
  });
});

describe('accompanied by a minister', () => {
  it('"Il était accompagné du ministre (en charge) de la Défense, le général X": X at the gathering too', () => {
    const text = (who: string): string => AU_SUMMIT(`Le président kényan Paul Mwangi a rejoint le sommet. Il était accompagné ${who}, le général Tom Otieno.`);
    for (const who of ['du ministre de la Défense', 'du ministre en charge de la Défense']) {
      expect(factsOf(text(who), 'ATTENDED')).toEqual(["Paul Mwangi -ATTENDED-> Sommet d'Addis-Abeba", "Tom Otieno -ATTENDED-> Sommet d'Addis-Abeba"]);
    }
  });
});

describe('presenting something to the gathering', () => {
  it('"a présenté aux délégations un schéma", "a exposé aux dirigeants le concept": at the gathering; "n\'a pas présenté" is not', () => {
    expect(factsOf(AU_SUMMIT('Le commandant de la force, le général Tom Otieno, a présenté aux délégations un schéma de déploiement.'), 'ATTENDED')).toEqual(["Tom Otieno -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(factsOf(AU_SUMMIT("Le commissaire aux Affaires politiques, Paix et Sécurité, le Kényan Tom Otieno, a exposé aux dirigeants le concept d'opération."), 'ATTENDED')).toEqual(["Tom Otieno -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(factsOf(AU_SUMMIT("Le général Tom Otieno n'a pas présenté aux délégations le schéma de déploiement."), 'ATTENDED')).toEqual([]);
  });
});

describe('came in a role', () => {
  it('"X est venu en émissaire du président Y", "en observateur": at the gathering', () => {
    expect(factsOf(AU_SUMMIT('Le ministre togolais Paul Dossou est venu en émissaire du président togolais.'), 'ATTENDED')).toEqual(["Paul Dossou -ATTENDED-> Sommet d'Addis-Abeba"]);
    expect(factsOf(AU_SUMMIT('La ministre ghanéenne Ama Boateng est venue en observatrice.'), 'ATTENDED')).toEqual(["Ama Boateng -ATTENDED-> Sommet d'Addis-Abeba"]);
  });
});

describe('a seat at the gathering', () => {
  it('"siégeait dans la salle", "siégeait aux côtés de Y", "a siégé au premier rang": at it; "siège au conseil d\'administration" is no seat there', () => {
    for (const seat of ['siégeait dans la salle', 'siégeait aux côtés de la secrétaire générale', 'siégeait à la droite du président kényan', 'a siégé au premier rang']) {
      expect(factsOf(AU_SUMMIT(`Le ministre turc Hakan Yilmaz ${seat}.`), 'ATTENDED')).toEqual(["Hakan Yilmaz -ATTENDED-> Sommet d'Addis-Abeba"]);
    }
    expect(factsOf(AU_SUMMIT("Le ministre turc Hakan Yilmaz siège au conseil d'administration de la banque."), 'ATTENDED')).toEqual([]);
  });
});

describe('there too, told in other words', () => {
  it('"était aussi du rendez-vous", "présente elle aussi à Addis-Abeba", "Présent à ses côtés, X…": at the gathering; "n\'était pas du rendez-vous" is not', () => {
    for (const s of ['La ministre Anna Berg était aussi du rendez-vous.', 'La ministre Anna Berg, présente elle aussi à Addis-Abeba, a promis 10 millions.', 'Présent à ses côtés, la ministre Anna Berg a promis 10 millions.']) {
      expect(factsOf(AU_SUMMIT(s), 'ATTENDED')).toEqual(["Anna Berg -ATTENDED-> Sommet d'Addis-Abeba"]);
    }
    expect(factsOf(AU_SUMMIT("La ministre Anna Berg n'était pas du rendez-vous."), 'ATTENDED')).toEqual([]);
  });
});

describe('the summit told past a tête-à-tête of its morning', () => {
  const text =
    "Mer Rouge : Paris et Londres lancent leur mission navale\n\nRéunis à l'Élysée, Européens et pays du Golfe ont promis navires et millions.\n\n19 mars 2026\n\n" +
    "Mercredi, à l'Élysée, alors que le président Paul Marchal venait de présenter la mission, le ministre espagnol Luis Ortega a refusé d'y envoyer un navire.\n\n" +
    "Le cheikh Khalid ben Saeed avait été reçu en tête-à-tête par M. Marchal en matinée. L'Union européenne était représentée par la présidente de la Commission, Ursula Vogel. " +
    "L'Arabie saoudite était représentée par son ministre des Affaires étrangères, Fahd ben Salem, en l'absence du prince héritier Nayef ben Turki.\n";
  it('dates the undated standfirst by the first paragraph opening on its day ("Mercredi, à l\'Élysée, …")', () => {
    const focus = extractDocument(text, 'article', 'article.txt').events.find((e) => e.focus);
    expect(focus?.date).toBe('2026-03-18');
  });
  it('puts those who came afterwards at the summit, not at the tête-à-tête; not the one told absent ("en l\'absence du prince héritier X")', () => {
    const attended = factsOf(text, 'ATTENDED');
    expect(attended).toContain('Ursula Vogel -ATTENDED-> Réunion de Paris');
    expect(attended).toContain('Fahd ben Salem -ATTENDED-> Réunion de Paris');
    expect(attended.filter((f) => f.startsWith('Nayef'))).toEqual([]);
  });
});

describe('people dispatched to the gathering, named after their title', () => {
  it('"avaient dépêché le représentant spécial du secrétaire général des Nations unies pour la Somalie, l\'Américain A, ainsi que le commissaire européen, le Tchèque B": both attend', () => {
    const text =
      "Publié le 17 mars 2026\n\nLes dirigeants se sont réunis mardi à Nairobi. Les partenaires internationaux avaient dépêché le représentant spécial du secrétaire général des Nations unies pour la Somalie, l'Américain James Swan, ainsi que le commissaire européen aux Partenariats internationaux, le Tchèque Jozef Síkela.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['James Swan -ATTENDED-> Réunion de Nairobi', 'Jozef Síkela -ATTENDED-> Réunion de Nairobi']);
  });
  it('not one who opens the next clause: "avait dépêché son ministre, A, et l\'Égyptien B s\'était fait représenter par C"', () => {
    const text =
      "Publié le 17 mars 2026\n\nLes dirigeants se sont réunis mardi à Addis-Abeba. Karim Salah avait dépêché son ministre des Affaires étrangères, Ahmed Amin, et l'Égyptien Omar Nabil s'était fait représenter par le chef de sa diplomatie, Samir Fawzi.\n";
    expect(factsOf(text, 'ATTENDED').filter((f) => f.startsWith('Omar Nabil'))).toEqual([]);
  });
});

describe('leaving the session or the venue', () => {
  const at = (sentence: string): string[] => factsOf(`Publié le 05.03.26\n\nLes dirigeants de l'UE se sont réunis jeudi à Nicosie pour un Conseil européen informel. ${sentence}\n`, 'ATTENDED');
  it('"a annoncé à la sortie de la séance", "qui quittait le centre de conférences": there', () => {
    expect(at('Le chancelier allemand, Friedrich Merz, a annoncé à la sortie de la séance que Berlin livrerait deux systèmes Patriot.')).toEqual(['Friedrich Merz -ATTENDED-> Sommet de Nicosie']);
    expect(at('« Aucun soldat italien ne sera envoyé en Ukraine », a répété Giorgia Meloni, qui quittait le centre de conférences.')).toEqual(['Giorgia Meloni -ATTENDED-> Sommet de Nicosie']);
  });
});
