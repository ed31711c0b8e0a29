import { describe, expect, it } from 'vitest';
import { factsOf, graphOf, namesOf } from '../helpers.ts';

describe('LEADS', () => {
  it('reads leading titles with their country or organization', () => {
    expect(
      factsOf(
        'Le Premier ministre japonais Shigeru Ishiba a rencontré la présidente mexicaine Claudia Sheinbaum.\n' +
          "Le secrétaire général de l'ONU, António Guterres, était présent.\n" +
          'Le président du Sénat italien Ignazio La Russa a parlé.\n',
        'LEADS',
      ),
    ).toEqual(['António Guterres -LEADS-> Organisation des Nations unies', 'Claudia Sheinbaum -LEADS-> Mexique', 'Shigeru Ishiba -LEADS-> Japon']);
  });

  it('does not make a minister, an envoy or a former leader lead the country', () => {
    const facts = factsOf(
      "Le ministre français des Affaires étrangères Jean-Noël Barrot et l'envoyé spécial américain Keith Kellogg ont rencontré l'ancien président Nicolas Sarkozy.\n",
    );
    expect(facts.filter((f) => f.includes('-LEADS->'))).toEqual([]);
    expect(facts).toContain('Keith Kellogg -REPRESENTS-> États-Unis');
  });

  it('reads "son homologue <demonym>" with the title of the person it is the counterpart of', () => {
    expect(factsOf('Le président brésilien Lula a reçu mardi son homologue argentin Javier Milei.\n', 'LEADS')).toEqual([
      'Javier Milei -LEADS-> Argentine',
      'Lula -LEADS-> Brésil',
    ]);
  });

  it('reads "Sa présidente, X" as head of the organization just named', () => {
    expect(factsOf('La Banque centrale européenne a relevé ses taux. Sa présidente, Christine Lagarde, a défendu la décision.\n', 'LEADS')).toEqual([
      'Christine Lagarde -LEADS-> Banque centrale européenne',
    ]);
  });

  it('reads people listed among heads of state or government with their nationality', () => {
    expect(factsOf("Le forum réunira des chefs d'État comme le Sénégalais Bassirou Diomaye Faye et la Namibienne Netumbo Nandi-Ndaitwah.\n", 'LEADS')).toEqual([
      'Bassirou Diomaye Faye -LEADS-> Sénégal',
      'Netumbo Nandi-Ndaitwah -LEADS-> Namibie',
    ]);
  });

  it('reads countries leading an organization ("dirigent la coalition")', () => {
    expect(factsOf("L'Union africaine a été créée en 2002. Le Nigeria et l'Afrique du Sud dirigent l'Union africaine depuis des années.\n", 'LEADS')).toEqual([
      'Afrique du Sud -LEADS-> Union africaine',
      'Nigéria -LEADS-> Union africaine',
    ]);
  });
});

describe('LEADS, French usage', () => {
  it('reads "le président de la République" as the French president', () => {
    expect(factsOf('Le président de la République, Emmanuel Macron, a reçu le président de la République tchèque Petr Pavel.\n', 'LEADS')).toEqual([
      'Emmanuel Macron -LEADS-> France',
      'Petr Pavel -LEADS-> Tchéquie',
    ]);
  });
});

describe('LEADS of people told by their nationality in a list of leaders', () => {
  it('"le président finlandais A, le Norvégien B et la Danoise C": B and C lead theirs; not a list of nationals only, nor one with a role told', () => {
    expect(factsOf('Étaient présents le président finlandais Aarne Koskinen, le Norvégien Nils Berg et la Danoise Karen Holm.\n', 'LEADS')).toEqual([
      'Aarne Koskinen -LEADS-> Finlande',
      'Karen Holm -LEADS-> Danemark',
      'Nils Berg -LEADS-> Norvège',
    ]);
    // A ministers' list has no leader in it.
    expect(factsOf("Le ministre recevait le Français Paul Renaud, l'Allemand Anton Vogel et l'Espagnol Luis Soto.\n", 'LEADS')).toEqual([]);
    // One whose role the article tells elsewhere is that, not a leader.
    expect(
      factsOf("Étaient présents le président finlandais Aarne Koskinen et le Norvégien Nils Berg. Le ministre norvégien des Affaires étrangères, Nils Berg, a parlé.\n", 'LEADS'),
    ).toEqual(['Aarne Koskinen -LEADS-> Finlande']);
    // Nor one the sentence says leads something else ("…, qui préside la Commission de l'UA").
    expect(factsOf("Étaient présents le président kényan William Ruto et le Djiboutien Omar Farah, qui préside la Commission de l'Union africaine.\n", 'LEADS')).not.toContain('Omar Farah -LEADS-> Djibouti');
  });
});

describe('a leading title without its country, of someone whose nationality the article told', () => {
  it('"le Polonais X … le Premier ministre X" leads Poland; not one the article gave a minister\'s role', () => {
    expect(factsOf('Autour de la table, le Polonais Jan Nowak a pris la parole. Plus tard, le Premier ministre Jan Nowak a promis des armes.\n', 'LEADS')).toEqual(['Jan Nowak -LEADS-> Pologne']);
    expect(factsOf('Le ministre polonais de la Défense, Jan Nowak, a pris la parole. Plus tard, le Premier ministre Jan Nowak a promis des armes.\n', 'LEADS')).toEqual([]);
  });
});

describe('the head of a seat of power', () => {
  it('"le chef de la Maison-Blanche, X" leads the country; "le chef du Pentagone, Y" does not', () => {
    expect(factsOf('Le chef de la Maison-Blanche, Donald Trump, a reçu son invité.\n', 'LEADS')).toEqual(['Donald Trump -LEADS-> États-Unis']);
    expect(factsOf('Le chef du Pentagone, Pete Hegseth, a reçu son invité.\n', 'LEADS').filter((f) => f.includes('États-Unis'))).toEqual([]);
  });
});

describe('LEADS from a speech incise', () => {
  it('makes the untitled-country leader of an incise lead the country the clause is about', () => {
    expect(factsOf("Le Canada s'est engagé à fournir 2 milliards de dollars d'aide à l'Ukraine, a annoncé le Premier ministre Marc Tremblay.\n", 'LEADS')).toEqual(['Marc Tremblay -LEADS-> Canada']);
  });

  it('gives "son Premier ministre" of an incise the sentence\'s subject, not the last country named', () => {
    expect(factsOf("La Norvège a promis de livrer des chars à Kiev, a précisé son Premier ministre, Jonas Gahr Støre.\n", 'LEADS')).toEqual(['Jonas Gahr Støre -LEADS-> Norvège']);
  });

  it('reads the incise past a day between the verb and the possessive ("a annoncé mardi sa présidente")', () => {
    expect(factsOf("La Commission européenne va verser 300 millions d'euros à la Serbie, a annoncé mardi sa présidente, Elena Vasquez.\n", 'LEADS')).toEqual(['Elena Vasquez -LEADS-> Commission européenne']);
    expect(factsOf("La Norvège a promis de livrer des chars à Kiev, a précisé lundi soir son Premier ministre, Jonas Gahr Støre.\n", 'LEADS')).toEqual(['Jonas Gahr Støre -LEADS-> Norvège']);
  });

  it('reads an apposition of one new in office ("X, la nouvelle présidente tunisienne")', () => {
    expect(factsOf('Qui est Leila Haddad, la nouvelle présidente tunisienne ?\n', 'LEADS')).toEqual(['Leila Haddad -LEADS-> Tunisie']);
    expect(factsOf('Leila Haddad, nouvelle présidente tunisienne, a parlé.\n', 'LEADS')).toEqual(['Leila Haddad -LEADS-> Tunisie']);
  });

  it('reads the incise past an adverb between the auxiliary and the participle ("a par ailleurs annoncé sa présidente")', () => {
    expect(factsOf("La BEI prêtera 2 milliards d'euros à l'Ukraine, a par ailleurs annoncé sa présidente, Nadia Ferrer.\n", 'LEADS')).toEqual(["Nadia Ferrer -LEADS-> Banque européenne d'investissement"]);
  });

  it('reads a title qualified before the name ("Le Premier ministre britannique sortant, X", "président gabonais par intérim")', () => {
    expect(factsOf('Le Premier ministre britannique sortant, James Whitfield, a parlé.\n', 'LEADS')).toEqual(['James Whitfield -LEADS-> Royaume-Uni']);
    expect(factsOf('Le président gabonais par intérim, Paul Mba, a parlé.\n', 'LEADS')).toEqual(['Paul Mba -LEADS-> Gabon']);
  });

  it('does not make a minister of an incise lead the country', () => {
    expect(factsOf("Le Canada s'est engagé à fournir 2 milliards de dollars d'aide à l'Ukraine, a annoncé le ministre de la Défense David McGuinty.\n", 'LEADS')).toEqual([]);
  });
});

describe('LEADS from a capital opening the sentence', () => {
  it('gives a title without country the state of "À <capital>,", not to a leader the article already placed', () => {
    expect(factsOf('À Kiev, le Premier ministre Denys Chmyhal a salué un signal fort.\n', 'LEADS')).toEqual(['Denys Chmyhal -LEADS-> Ukraine']);
    expect(factsOf('Le président ukrainien Petro Kovalenko est arrivé en France. À Paris, le président Petro Kovalenko a parlé.\n', 'LEADS')).toEqual([
      'Petro Kovalenko -LEADS-> Ukraine',
    ]);
    expect(factsOf('À Kiev, le ministre des Affaires étrangères, Andriï Sybiha, a parlé.\n', 'LEADS')).toEqual([]);
  });
});

describe('more ways to name a leader or an envoy', () => {
  it.each([
    ['Le numéro un chinois Xi Jinping a parlé.', ['Xi Jinping -LEADS-> Chine']],
    ['Le chef de la junte malienne, le général Assimi Goïta, a parlé.', ['Assimi Goïta -LEADS-> Mali']],
    // (The minister's title before his rank is his: he represents, he does not lead.)
    ['Le ministre ukrainien, le général Jean Dupont, a parlé.', ['Jean Dupont -REPRESENTS-> Ukraine']],
    [
      'Le chef de la junte guinéenne, le général Jean Kaba, a reçu à Conakry son homologue malien, le colonel Paul Keita.',
      ['Jean Kaba -LEADS-> Guinée', 'Paul Keita -LEADS-> Mali'],
    ],
    ['Le capitaine Paul Keita, ministre malien de la Défense, a parlé.', []],
    ["L'ambassadeur américain à l'Otan, Matthew Whitaker, a parlé.", ['Matthew Whitaker -REPRESENTS-> États-Unis']],
    ["Le président du Sénat Jean Larc, son homologue à l'Assemblée nationale Marie Dupont et les autres.", ['Jean Larc -LEADS-> Sénat', 'Marie Dupont -LEADS-> Assemblée nationale']],
  ])('%s', (sentence, facts) => {
    expect(factsOf(sentence + '\n').filter((f) => /LEADS|REPRESENTS/.test(f))).toEqual(facts);
  });
});

describe('honorifics before a name', () => {
  it.each([
    ["L'émir du Koweït, le cheikh Mechaal Al-Ahmad, a parlé.", ['Mechaal Al-Ahmad -LEADS-> Koweït']],
    ["Le ministre omanais des Affaires étrangères a reçu son homologue saoudien, le prince Fahd ben Ali.", ['Fahd ben Ali -REPRESENTS-> Arabie Saoudite']],
    ['Le prince Karim Aga a parlé.', []],
  ])('%s', (sentence, facts) => {
    expect(factsOf(sentence + '\n').filter((f) => /LEADS|REPRESENTS/.test(f))).toEqual(facts);
  });
});

describe('a leading title, a comma, then an honorific without article', () => {
  it.each([
    ["Le Premier ministre koweïtien, cheikh Ahmad Al-Abdullah, a parlé.", ['Ahmad Al-Abdullah -LEADS-> Koweït']],
    ["L'émir du Koweït, cheikh Mechaal Al-Ahmad, a parlé.", ['Mechaal Al-Ahmad -LEADS-> Koweït']],
  ])('%s', (sentence, facts) => {
    expect(factsOf(sentence + '\n').filter((f) => /LEADS|REPRESENTS/.test(f))).toEqual(facts);
  });
});

describe('taking the head of a body', () => {
  it('"prendra la tête de la force" leads it; a past one does not lead now', () => {
    expect(factsOf('La Suède prendra la tête de la force multinationale pour le Soudan.\n', 'LEADS')).toEqual(['Suède -LEADS-> Force multinationale pour le Soudan']);
    expect(factsOf('La Suède avait pris la tête de la force multinationale pour le Soudan en 2020.\n', 'LEADS')).toEqual([]);
  });
});

describe('a title without its country after a country opening the sentence', () => {
  it('is that country\'s ("En Allemagne, le chancelier X", "Au Portugal, le Premier ministre X"), not over a demonym or a body', () => {
    expect(factsOf('En Autriche, le chancelier Lukas Brenner a refusé de commenter.\n', 'LEADS')).toEqual(['Lukas Brenner -LEADS-> Autriche']);
    expect(factsOf('Au Portugal, le Premier ministre Rui Matos a parlé.\n', 'LEADS')).toEqual(['Rui Matos -LEADS-> Portugal']);
    expect(factsOf('En Autriche, le président turc Ali Kaya a parlé.\n', 'LEADS')).toEqual(['Ali Kaya -LEADS-> Turquie']);
  });
});

describe('periphrases of a leader', () => {
  it('name the country ("le locataire de l\'Élysée, X", "le locataire de la Maison-Blanche, X")', () => {
    expect(factsOf("Le locataire de l'Élysée, Paul Renaud, a reçu son homologue.\n", 'LEADS')).toEqual(['Paul Renaud -LEADS-> France']);
    expect(factsOf('Le locataire de la Maison-Blanche, Tom Rivers, a appelé Kiev.\n', 'LEADS')).toEqual(['Tom Rivers -LEADS-> États-Unis']);
    expect(factsOf('Le locataire du Bureau ovale, Tom Rivers, a appelé Kiev.\n', 'LEADS')).toEqual(['Tom Rivers -LEADS-> États-Unis']);
  });
});

describe('a title with a qualifier before its complement', () => {
  it('leads ("le président en exercice de l\'UA", "par intérim"), not a president-elect', () => {
    expect(factsOf("Le président en exercice de l'UA, le Mauritanien Ahmed Ould Salem, a ouvert les travaux.\n", 'LEADS')).toContain('Ahmed Ould Salem -LEADS-> Union africaine');
    expect(factsOf('Le président par intérim du Mali, Oumar Diarra, a parlé.\n', 'LEADS')).toEqual(['Oumar Diarra -LEADS-> Mali']);
    expect(factsOf('Le président élu du Chili, José Herrera, a parlé.\n', 'LEADS')).toEqual([]);
  });
});

describe('a resignation and a successor', () => {
  it('leaves the one who resigned leading nothing, and the successor leads what he led', () => {
    const text =
      " date 2034-05-11 Diplomatie\nLe Premier ministre mongol, Batbayar Ganzorig, mis en cause dans une affaire de contrats miniers, a remis mardi sa démission. Le Parlement a élu le lendemain pour lui succéder Mme Oyunchimeg Tseren, jusqu'ici ministre des Finances.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Oyunchimeg Tseren -LEADS-> Mongolie']);
  });

  it('keeps one who only may resign leading ("devrait présenter sa démission")', () => {
    expect(factsOf(' date 2034-05-11 Diplomatie\nLe Premier ministre mongol, Batbayar Ganzorig, devrait présenter sa démission.\n', 'LEADS')).toEqual(['Batbayar Ganzorig -LEADS-> Mongolie']);
  });
});

describe('titles read past an acronym, a civility or a country-named demonym', () => {
  it('reads "le président du CICR (…), le Suisse X", "son homologue vietnamienne, Mme X", and no deputy as a leader', () => {
    expect(factsOf('Le président du Comité international de la Croix-Rouge (CICR), le Suisse Lukas Imhof, a parlé.\n', 'LEADS')).toEqual(['Lukas Imhof -LEADS-> Comité international de la Croix-Rouge']);
    expect(factsOf('Le Premier ministre indien, Arvind Raghunathan, et son homologue vietnamienne, Mme Nguyễn Thu Hà, ont parlé.\n', 'LEADS')).toEqual(['Arvind Raghunathan -LEADS-> Inde', 'Nguyễn Thu Hà -LEADS-> Viêt Nam']);
    expect(factsOf("La secrétaire générale adjointe de l'Otan, Maria Kovac, a parlé.\n", 'LEADS')).toEqual([]);
  });
});

describe('two leading titles', () => {
  it('makes one lead both ("La présidente en exercice de la Caricom, la Première ministre de la Barbade, X"; "X, président en exercice de l\'Union africaine,")', () => {
    expect(factsOf('La présidente en exercice de la Caricom, la Première ministre de la Barbade, Andrea Holder, a annoncé 150 policiers.\n', 'LEADS')).toEqual(['Andrea Holder -LEADS-> Barbade', 'Andrea Holder -LEADS-> Caricom']);
    expect(factsOf("Le président kényan, Daniel Kiprop, président en exercice de l'Union africaine, a annulé sa venue.\n", 'LEADS')).toEqual(['Daniel Kiprop -LEADS-> Kenya', 'Daniel Kiprop -LEADS-> Union africaine']);
  });

  it('leaves a list of leaders each with their own title ("Le Premier ministre japonais X, le Premier ministre canadien, …")', () => {
    const text = "Le Premier ministre japonais Kenji Sato, le Premier ministre canadien et le chancelier allemand ont participé à la séance. Le sommet s'est tenu lundi à Évian.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Kenji Sato -LEADS-> Japon']);
    expect(factsOf(text, 'ATTENDED')).toContain('Canada -ATTENDED-> Sommet d\'Évian');
  });
});

describe('heads of climate bodies and small states', () => {
  it('reads "le secrétaire exécutif de la CCNUCC, le Chilien X" and "le Vanuatais X"', () => {
    expect(factsOf('Le secrétaire exécutif de la CCNUCC, le Chilien Tomás Aravena, a parlé.\n', 'LEADS')).toEqual(['Tomás Aravena -LEADS-> Convention-cadre des Nations unies sur les changements climatiques']);
    expect(namesOf(graphOf('Le Vanuatais Joël Nalau Tari a dénoncé des montants dérisoires.\n'), 'Person')).toEqual(['Joël Nalau Tari']);
  });
});

describe('a leading title without a country after a demonym noun', () => {
  it('is the national\'s country ("L\'Espagnol X, chef du gouvernement,"; "La Danoise X, cheffe du gouvernement,")', () => {
    expect(factsOf("L'Espagnol Álvaro Medina, chef du gouvernement, a rejeté l'objectif.\n", 'LEADS')).toEqual(['Álvaro Medina -LEADS-> Espagne']);
    expect(factsOf('La Danoise Signe Holmgaard, cheffe du gouvernement, a parlé.\n', 'LEADS')).toEqual(['Signe Holmgaard -LEADS-> Danemark']);
  });
});

describe('LEADS, Balkan titles', () => {
  it('reads "nord-macédonien" and "la présidente du Conseil des ministres de Bosnie-Herzégovine"', () => {
    expect(factsOf('Le Premier ministre nord-macédonien, Zoran Petreski, a parlé.\n', 'LEADS')).toEqual(['Zoran Petreski -LEADS-> Macédoine du Nord']);
    expect(factsOf('La présidente du Conseil des ministres de Bosnie-Herzégovine, Lejla Begić, a parlé.\n', 'LEADS')).toEqual(['Lejla Begić -LEADS-> Bosnie-Herzégovine']);
  });
});

describe('the head of a body named before', () => {
  it('leads the UN agency "l\'organisation" stands for, and an agency described before its acronym leads by its administrator', () => {
    expect(factsOf("Le président s'est rendu au siège de l'UNESCO, où il a été reçu par la directrice générale de l'organisation, la Marocaine Amina Tazi.\n", 'LEADS')).toEqual(['Amina Tazi -LEADS-> Unesco']);
    expect(factsOf("L'accord a été paraphé par l'administrateur de l'agence spatiale indonésienne (LAPAN), Budi Santoso.\n", 'LEADS')).toEqual(['Budi Santoso -LEADS-> LAPAN']);
    expect(factsOf('Le secrétaire exécutif de la SADC, le Malawite Peter Banda, a parlé.\n', 'LEADS')).toEqual(['Peter Banda -LEADS-> SADC']);
  });
});

describe('a leader told by his role after his name alone', () => {
  it('is the one national of that country the article named ("aux côtés de l\'Ougandais X … Le chef de l\'État ougandais a fait savoir")', () => {
    const text = "La réunion était présidée par le président kényan, Paul Otieno, aux côtés de l'Ougandais Samuel Okello. Le chef de l'État ougandais a fait savoir qu'il n'enverrait pas de soldats.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Paul Otieno -LEADS-> Kenya', 'Samuel Okello -LEADS-> Ouganda']);
  });
});

describe('a body led by a country', () => {
  it('"la Force commune de l\'Atlantique (FCA), une coalition de six pays emmenée par le Canada": Canada leads it', () => {
    expect(factsOf("Les ministres de la Force commune de l'Atlantique (FCA), une coalition de six pays emmenée par le Canada, se sont réunis à Halifax.\n", 'LEADS')).toEqual(['Canada -LEADS-> Force commune de l\'Atlantique']);
  });
});

describe('titles and lists', () => {
  it('"Le premier ministre soudanais de transition, X" leads Sudan; "autour de M. A et de Mme B, le premier ministre soudanais, Mme C": a list, B and C keep their roles', () => {
    const text =
      "La secrétaire générale de l'ONU, Adwoa Mensah, et la présidente de la Commission européenne, Hendrika Vos, étaient à Paris. Le premier ministre soudanais de transition, Osman Nur, a remercié les donateurs. " +
      "Un déjeuner a réuni, autour de M. Morel et de Mme Mensah, le premier ministre soudanais, Mme Vos et le ministre saoudien.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Adwoa Mensah -LEADS-> Organisation des Nations unies', 'Hendrika Vos -LEADS-> Commission européenne', 'Osman Nur -LEADS-> Soudan']);
  });
});

describe('a transition\'s head', () => {
  it('leads the country of the transition ("le président de la transition guinéenne, le général X")', () => {
    const text = "Publié le 19 mars 2045\n\nDans un communiqué lu samedi soir, le président de la transition guinéenne, le général Sékou Kaloga, a dénoncé une force étrangère.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Sékou Kaloga -LEADS-> Guinée']);
  });
});

describe('France\'s foreign minister, and her counterpart', () => {
  it('"la ministre de l\'Europe et des Affaires étrangères, X" represents France; "son homologue Y" does not; "Reste à savoir" is no one', () => {
    const text = "Publié le 19 mars 2045\n\nLes accords ont été paraphés par la ministre de l'Europe et des Affaires étrangères, Hélène Castagnède, et son homologue Lee Jae-sun. Reste à savoir qui les appliquera.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'REPRESENTS')).toEqual(['Hélène Castagnède -REPRESENTS-> France']);
    expect(namesOf(graph, 'Person')).toEqual(['Hélène Castagnède', 'Lee Jae-sun']);
  });
});

describe('a leader told by a bare title in an interview\'s answer', () => {
  it('leads the interviewed minister\'s country when a clause\'s subject ("Le premier ministre X a validé ces montants"), not in a list of leaders', () => {
    const text =
      "Le Journal\nInternational\n\nClaire Bouchardy : « Nous n'enverrons pas de troupes »\n\nENTRETIEN - De retour de Bruxelles, la ministre canadienne de la Défense nationale détaille ce que son pays est prêt à faire.\n\nPublié le 20/10/2047\n\n" +
      "Qu'avez-vous annoncé ?\nLe premier ministre Tremblay-Roy a validé ces montants mardi.\n\n" +
      "Qui était à la table ?\nIl y avait autour de la table le président ukrainien Petro Lysenko, le chancelier Dieter Hallmann et d'autres.\n";
    // (The chancellor in the list is not the interviewee's: his title's usual country, not Canada.)
    expect(factsOf(text, 'LEADS')).toEqual(['Dieter Hallmann -LEADS-> Allemagne', 'Petro Lysenko -LEADS-> Ukraine', 'Tremblay-Roy -LEADS-> Canada']);
  });
});

describe('a body "qu\'elle dirige"', () => {
  it('is led by the one the pronoun stands for ("La haute représentante, X, a insisté. Le Service européen pour l\'action extérieure (SEAE), qu\'elle dirige, présentera le plan")', () => {
    const text = "Publié le 20 avril 2048\n\nLa haute représentante de l'Union, Maarja Tamm, a insisté sur l'urgence. Le Service européen pour l'action extérieure (SEAE), qu'elle dirige, doit présenter le plan en mai.\n";
    expect(factsOf(text, 'LEADS')).toContain("Maarja Tamm -LEADS-> Service européen pour l'action extérieure");
  });
});

describe('countries piloting a coalition', () => {
  it('"qui pilotent depuis le printemps la coalition" and "est pilotée par Rome et Madrid" lead it; "a été dirigée par" led it once, no more', () => {
    expect(factsOf("Publié le 20 avril 2048\n\nBerlin et Varsovie, qui pilotent depuis le printemps la coalition des volontaires, ont redit leur soutien.\n", 'LEADS')).toEqual(['Allemagne -LEADS-> Coalition des volontaires', 'Pologne -LEADS-> Coalition des volontaires']);
    expect(factsOf('Publié le 20 avril 2048\n\nLa coalition des volontaires est pilotée par Rome et Madrid.\n', 'LEADS')).toEqual(['Espagne -LEADS-> Coalition des volontaires', 'Italie -LEADS-> Coalition des volontaires']);
    expect(factsOf('Publié le 20 avril 2048\n\nLa coalition des volontaires a été dirigée par Rome et Madrid.\n', 'LEADS')).toEqual([]);
  });

  it('"avant une réunion du groupe de contact coprésidée par Londres et Berlin": a meeting is chaired, not the body named before it', () => {
    expect(factsOf("Publié le 20 avril 2048\n\nLes ministres de l'Otan sont réunis ce mardi, avant une réunion du groupe de contact coprésidée par Londres et Berlin.\n", 'LEADS')).toEqual([]);
    expect(factsOf("Publié le 20 avril 2048\n\nLes pays ont promis des armes lors d'une réunion de la coalition des volontaires tenue en marge du sommet et coprésidée par Londres et Berlin.\n", 'LEADS')).toEqual([
      'Allemagne -LEADS-> Coalition des volontaires',
      'Royaume-Uni -LEADS-> Coalition des volontaires',
    ]);
  });
});

describe('a leader described as the speaker of a quotation', () => {
  it('"X voulait un accord. « … », a déclaré le président brésilien" is X, named without a role; not when another leads that country', () => {
    const text = 'Publié le 20 avril 2048\n\nJoão Ferreira voulait un accord avant la nuit. « Nous avons un texte », a déclaré le président brésilien devant la presse.\n';
    expect(factsOf(text, 'LEADS')).toEqual(['João Ferreira -LEADS-> Brésil']);
    const other = 'Publié le 20 avril 2048\n\nLe président brésilien, Paulo Lima, est arrivé mardi. João Ferreira voulait un accord avant la nuit. « Nous avons un texte », a déclaré le président brésilien devant la presse.\n';
    expect(factsOf(other, 'LEADS')).toEqual(['Paulo Lima -LEADS-> Brésil']);
  });
});

describe('the advisers of leaders', () => {
  it('"Les conseillers du président français, X, du premier ministre britannique, Y, et du chancelier allemand, Z" lead nothing; "La visite du président français, W," is his', () => {
    const text =
      "Publié le 23 novembre 2048\n\nLes conseillers à la sécurité nationale du président français, Paul Girard, du premier ministre britannique, Tom Ellery, et du chancelier allemand, Karl Weber, ont été reçus samedi à Genève. " +
      "La visite du président français, Jean Morel, à Berlin a été reportée.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Jean Morel -LEADS-> France']);
  });
});

describe('a box of who was there', () => {
  it('"Tom Ellery (Premier ministre du Royaume-Uni), Karl Weber (chancelier d\'Allemagne)": each leads the country in his parentheses', () => {
    const text = "Publié le 06/01/2048\n\nAutour de la table : Tom Ellery (Premier ministre du Royaume-Uni), Karl Weber (chancelier d'Allemagne), Chiara Rossetti (présidente du Conseil italien) et Bart Mertens.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Chiara Rossetti -LEADS-> Italie', 'Karl Weber -LEADS-> Allemagne', 'Tom Ellery -LEADS-> Royaume-Uni']);
  });
});

describe('who leads a body told by a relative clause, and a company\'s chief executive', () => {
  it('"la coalition, que Paris et Londres pilotent ensemble," and "le PDG de Dassault Aviation, X"', () => {
    const text =
      " date 2034-11-17 International\nDes officiers de la coalition des volontaires, que Paris et Londres pilotent ensemble, y préparent le déploiement.\n" +
      "Présent lors de la cérémonie, le PDG de Dassault Aviation, Marc Delorme, assure que l'industrie suivra.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['France -LEADS-> Coalition des volontaires', 'Marc Delorme -LEADS-> Dassault Aviation', 'Royaume-Uni -LEADS-> Coalition des volontaires']);
  });

  it('"ce groupe de pays piloté par Paris et Londres" and "…, ce groupe de pays que Paris et Londres emmènent": past the apposition; not "le pilote par excellence"', () => {
    const text = (phrase: string): string => ` date 2034-05-10 International\nIls ont animé une visioconférence de la « coalition des volontaires », ${phrase} pour garantir la sécurité de l'Ukraine.\n`;
    const both = ['France -LEADS-> Coalition des volontaires', 'Royaume-Uni -LEADS-> Coalition des volontaires'];
    expect(factsOf(text("ce groupe d'une trentaine de pays piloté par Paris et Londres"), 'LEADS')).toEqual(both);
    expect(factsOf(text("ce groupe d'une trentaine de pays que Paris et Londres emmènent depuis février"), 'LEADS')).toEqual(both);
    expect(factsOf(' date 2034-05-10 International\nLe pilote par excellence de la Pologne est arrivé.\n', 'LEADS')).toEqual([]);
  });

  it('"pilotent depuis le printemps une « coalition »" and "la coalition que Paris copilote avec Londres"', () => {
    const both = ['France -LEADS-> Coalition des volontaires', 'Royaume-Uni -LEADS-> Coalition des volontaires'];
    expect(factsOf(' date 2034-05-10 International\nLe Royaume-Uni et la France pilotent depuis le printemps une « coalition des volontaires » prête à déployer des troupes.\n', 'LEADS').sort()).toEqual(both);
    expect(factsOf(' date 2034-05-10 International\nLa France déploierait des forces dans le cadre de la coalition des volontaires que Paris copilote avec Londres.\n', 'LEADS')).toEqual(both);
  });

  it('"– une trentaine de pays, emmenés par Paris et Londres –": the agents between dashes lead the body', () => {
    const text = " date 2034-05-10 International\nLes membres de la coalition des volontaires – une trentaine de pays prêts à soutenir l'Ukraine, emmenés par Paris et Londres – se sont retrouvés par visioconférence.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['France -LEADS-> Coalition des volontaires', 'Royaume-Uni -LEADS-> Coalition des volontaires']);
  });
});

describe('a dispatch\'s town and leaders told without a country', () => {
  it('"LONDRES - Le président X et le premier ministre Y ont…": neither is made the town\'s leader; one alone still is', () => {
    const two = " date 2036-07-10 International\nLONDRES, 10 juillet (AFP) - Le président Jean Morel et le Premier ministre Tom Ashby ont présidé jeudi une réunion de la coalition.\n";
    expect(factsOf(two, 'LEADS')).toEqual([]);
    const one = " date 2036-07-10 International\nLONDRES, 10 juillet (AFP) - Le Premier ministre Tom Ashby a présidé jeudi une réunion de la coalition.\n";
    expect(factsOf(one, 'LEADS')).toEqual(['Tom Ashby -LEADS-> Royaume-Uni']);
  });

  it('"KIEV - Le président X est arrivé samedi à Kiev": a visitor is not the town\'s leader', () => {
    const visitor = " date 2036-07-10 International\nKIEV, 10 juillet (AFP) - Le président Jean Morel est arrivé jeudi à Kiev pour une visite de deux jours.\n";
    expect(factsOf(visitor, 'LEADS')).toEqual([]);
  });
});

describe('a leader\'s title told without a country', () => {
  it('"le chancelier X" is Germany\'s when the article gives him no other; "le chancelier autrichien X" keeps his own', () => {
    expect(factsOf(' date 2036-07-10 International\nLe chancelier Jan Vogt a reçu mardi à Berlin le Premier ministre irlandais Liam Doyle.\n', 'LEADS')).toEqual(['Jan Vogt -LEADS-> Allemagne', 'Liam Doyle -LEADS-> Irlande']);
    expect(factsOf(' date 2036-07-10 International\nLe chancelier autrichien Paul Huber a parlé. Le chancelier Huber a ensuite reçu ses homologues.\n', 'LEADS')).toEqual(['Paul Huber -LEADS-> Autriche']);
  });

  it('"l\'Autriche du chancelier X", "la Slovaquie du Premier ministre Y": the country named before "du"', () => {
    expect(factsOf(' date 2036-07-10 International\nQui refuse ? L\'Autriche du chancelier Paul Huber exclut tout déploiement. La Slovaquie du Premier ministre Jan Novak aussi.\n', 'LEADS').sort()).toEqual(['Jan Novak -LEADS-> Slovaquie', 'Paul Huber -LEADS-> Autriche']);
  });
});

describe('a side named in the sentence', () => {
  it('"Même réponse côté autrichien : le chancelier X a confirmé…": X leads Austria, not the chancellor\'s usual country', () => {
    const text = "Publié le 20 mars 2026\n\nLes dirigeants européens se sont réunis jeudi à Bruxelles. Même réponse côté autrichien : le chancelier Karl Huber a confirmé que son pays ne participerait pas à la force.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Karl Huber -LEADS-> Autriche']);
  });
});

describe('a name apposed to someone close to a leader', () => {
  it('"le gendre du président américain, X" leads nothing; "Proche de la présidente du Conseil, Y, le ministre…" leads', () => {
    const text =
      "Publié le 15/12/2048\n\nLe gendre du président américain, Sam Cole, a dîné à l'Élysée. L'épouse du président brésilien, Ana Lima, était du voyage. Proche de la présidente du Conseil italien, Carla Bruni Rossi, le ministre Marco Ferri a défendu le projet.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Carla Bruni Rossi -LEADS-> Italie']);
  });

  it('"l\'émissaire spécial du président américain, X, pour l\'Ukraine, Y": X is not the envoy, Y is, sent by the United States', () => {
    const text = "Publié le 15/12/2048\n\nLes États-Unis ont dépêché l'émissaire spécial du président américain, John Harlan, pour l'Ukraine, Tom Baker, assis au premier rang.\n";
    expect(factsOf(text, 'REPRESENTS')).toEqual(['Tom Baker -REPRESENTS-> États-Unis']);
  });
});

describe('titles that name their country', () => {
  it('"le Taoiseach X" leads Ireland; "le président du gouvernement, Y" leads Spain when the article gives no other', () => {
    expect(factsOf("Publié le 15/12/2048\n\nMardi, le Taoiseach Liam Brennock avait tenu le même langage.\n", 'LEADS')).toEqual(['Liam Brennock -LEADS-> Irlande']);
    expect(factsOf("Publié le 15/12/2048\n\nLe président du gouvernement, Pablo Ferrer, a parlé.\n", 'LEADS')).toEqual(['Pablo Ferrer -LEADS-> Espagne']);
  });
});

describe('a caption signed "©"', () => {
  it('tells who leads what ("Le Premier ministre éthiopien, X, … © Y/AFP"); an attendance it would give to an event held elsewhere than the town it names is not told', () => {
    const text =
      "Publié le 22/11/2048\n\nLes conseillers se sont réunis samedi à Genève.\n\nLe Premier ministre éthiopien, Tesfaye Bekele, et le président kényan, Daniel Mwangi, en marge du sommet du G20, le 22 novembre 2048 à Johannesburg. © Hailu Kebede/AFP\n\nLes discussions ont duré six heures.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Daniel Mwangi -LEADS-> Kenya', 'Tesfaye Bekele -LEADS-> Éthiopie']);
    expect(factsOf(text, 'ATTENDED').filter((f) => f.endsWith('Genève'))).toEqual([]);
  });
});

describe('"la Commission" of the union the article names', () => {
  it('"le président de la Commission, X" leads the African Union Commission in an article naming the African Union, the European one otherwise', () => {
    expect(factsOf("Publié le 29/09/2048\n\nL'Union africaine s'est réunie mardi à Addis-Abeba. Le président de la Commission, Ali Warsame, a ouvert la séance.\n", 'LEADS')).toEqual(["Ali Warsame -LEADS-> Commission de l'Union africaine"]);
    expect(factsOf("Publié le 29/09/2048\n\nLes Vingt-Sept se sont réunis mardi. La présidente de la Commission, Anna Lindgren, a ouvert la séance.\n", 'LEADS')).toEqual(['Anna Lindgren -LEADS-> Commission européenne']);
  });
});

describe('a national after a group of leaders, with a role of his own', () => {
  it('"Devant les chefs d\'État, l\'envoyé de l\'ONU pour le Soudan, l\'Algérien X, a lu un message": X leads nothing; "une poignée de dirigeants : le secrétaire général de l\'OTAN, Y, la Danoise Z" still makes Z lead', () => {
    expect(factsOf("Publié le 29/09/2048\n\nDevant les chefs d'État, l'envoyé personnel du secrétaire général des Nations unies pour le Soudan, l'Algérien Karim Benali, a lu un message.\n", 'LEADS')).toEqual([]);
    expect(factsOf("Publié le 29/09/2048\n\nLe Premier ministre britannique avait réuni une poignée de dirigeants : le secrétaire général de l'OTAN, Jan Vermeer, la Danoise Karen Holm et le Suédois Erik Lind.\n", 'LEADS')).toContain('Karen Holm -LEADS-> Danemark');
  });
});

describe('the leader of a country represented by another', () => {
  it('"Le Burundi était représenté par son Premier ministre X, venu à la place du président Y, et l\'Égypte par son ministre Z, le président W étant resté au Caire": Y leads Burundi, W Egypt', () => {
    const text =
      "Publié le 29/09/2048\n\nLe Burundi était représenté par son Premier ministre Jean Nduwayo, venu à la place du président Pierre Ndikumana, et l'Égypte par son ministre des Affaires étrangères, Omar Fahmy, le président Hassan Gamal étant resté au Caire.\n";
    const leads = factsOf(text, 'LEADS');
    expect(leads).toContain('Pierre Ndikumana -LEADS-> Burundi');
    expect(leads.filter((f) => f.startsWith('Hassan Gamal'))).toEqual(['Hassan Gamal -LEADS-> Égypte']);
  });
});

describe('a country represented in the name of its leader', () => {
  it('"Le Qatar était représenté par X, chef de la diplomatie qatarie, au nom du président Y": the demonym of the minister\'s title ends no list, Y leads Qatar', () => {
    const text = 'Publié le 11/02/2048\n\nLe Qatar était représenté par cheikh Khalid Al-Marri, chef de la diplomatie qatarie, au nom du président Salem Al-Marri.\n';
    expect(factsOf(text, 'LEADS')).toEqual(['Salem Al-Marri -LEADS-> Qatar']);
  });
});

describe('a succession still to come', () => {
  it('"Le président burundais, X, appelé à succéder à l\'Angolais lors du sommet de février": X leads Burundi, not Angola; "Y, élu pour lui succéder" leads', () => {
    const text = "Publié le 29/01/2048\n\nLe président angolais, Paulo Neto, a dirigé les débats. Le président burundais, Jean Nkurunziza, appelé à succéder à l'Angolais lors du sommet ordinaire de février, était aussi présent.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Jean Nkurunziza -LEADS-> Burundi', 'Paulo Neto -LEADS-> Angola']);
  });
});

describe('a demonym world-countries spells otherwise', () => {
  it('"le premier ministre bahaméen X" (world-countries writes "bahamien") leads the Bahamas', () => {
    expect(factsOf("Publié le 30/01/2048\n\nL'hôte, le premier ministre bahaméen Paul Knowles, présidait les travaux.\n", 'LEADS')).toEqual(['Paul Knowles -LEADS-> Bahamas']);
  });
});

describe('a leader ousted', () => {
  it('"Madagascar, dont le président X avait été renversé en octobre, n\'a pas pris part aux travaux": X leads no more', () => {
    expect(factsOf("Publié le 30/01/2048\n\nLe sommet s'est tenu jeudi à Harare. Madagascar, dont le président Hery Rakoto avait été renversé en octobre, n'a pas pris part aux travaux.\n", 'LEADS')).toEqual([]);
  });
});

describe('a bare title between two names of a list', () => {
  it('"le Néerlandais A, secrétaire général de l\'Otan, B et C": A\'s title, A leads NATO, not the Netherlands; B is given none', () => {
    const text = "Publié le 12/03/2048\n\nÉtaient là le Néerlandais Jan de Vries, secrétaire général de l'Otan, Anna Keller et Kaja Tamm.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Jan de Vries -LEADS-> OTAN']);
  });
});

describe('a government in a sentence naming no country', () => {
  it('"La Lituanie, elle, n\'a pas encore tranché. Le gouvernement de la Première ministre X doit examiner la question": X leads Lithuania', () => {
    expect(factsOf("Publié le 04/02/2048\n\nLa Lituanie, elle, n'a pas encore tranché. Le gouvernement de la Première ministre Rasa Vaitkutė doit examiner la question la semaine prochaine.\n", 'LEADS')).toEqual(['Rasa Vaitkutė -LEADS-> Lituanie']);
  });
});

describe('a servant named before his principal', () => {
  it('"Dmitri X, le porte-parole du président russe, Vladimir Y,": Y leads Russia; "le porte-parole du président russe, Dmitri X," and "Les conseillers du président français, A, du chancelier allemand, B" lead nothing', () => {
    const facts = (sentence: string) => factsOf(`Publié le 04/02/2048\n\n${sentence}\n`, 'LEADS');
    expect(facts('À Moscou, Ivan Petrov, le porte-parole du président russe, Oleg Volkov, a dénoncé une initiative hostile.')).toEqual(['Oleg Volkov -LEADS-> Russie']);
    expect(facts('À Moscou, le porte-parole du président russe, Ivan Petrov, a dénoncé une initiative hostile.')).toEqual([]);
    expect(facts('Les conseillers du président français, Paul Martin, du premier ministre britannique, John Doe, et du chancelier allemand, Hans Weber, ont été reçus.')).toEqual([]);
  });
});

describe('one who had himself represented', () => {
  it('"L\'Égyptien X s\'était fait représenter par le chef de sa diplomatie, Y", "… par son vice-président": X leads Egypt; "le Finlandais Z … par son ambassadrice" may be a minister', () => {
    const text = "Publié le 29/01/2048\n\nLes dirigeants se sont réunis jeudi à Addis-Abeba. L'Égyptien Karim Mansour s'était fait représenter par le chef de sa diplomatie, Samir Fawzi. L'Ivoirien Koffi Brou s'était fait représenter par son vice-président, Yao Koné. Absent, le Finlandais Antti Laine s'était fait représenter par son ambassadrice.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Karim Mansour -LEADS-> Égypte', "Koffi Brou -LEADS-> Côte d'Ivoire"]);
  });
});

describe('the leader one stands in for', () => {
  it('"Représentant le président X, le ministre algérien des Affaires étrangères, Y, a…": X leads Algeria; not with no country told', () => {
    const text = (deputy: string) => `Publié le 29/01/2048\n\nReprésentant le président Karim Benali, ${deputy}, a opposé une fin de non-recevoir.\n`;
    expect(factsOf(text("le ministre algérien des Affaires étrangères, Ahmed Saïdi"), 'LEADS')).toEqual(['Karim Benali -LEADS-> Algérie']);
    expect(factsOf(text('le ministre des Affaires étrangères, Ahmed Saïdi'), 'LEADS')).toEqual([]);
  });
});

describe('a title naming its country by itself', () => {
  it('"le président de la République, M. X" beside "le président français, Y" (a foreign daily): not France\'s', () => {
    const text = "Publié le 11/02/2048\n\nReprésentant le président de la République, M. Karim Benali, le ministre des Affaires étrangères, Ahmed Saïdi, a pris part aux travaux. Retenu à Paris, le président français, Paul Lenoir, n'a pas pu faire le déplacement.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Paul Lenoir -LEADS-> France']);
    expect(factsOf('Publié le 11/02/2048\n\nLe président de la République, Paul Lenoir, a reçu le ministre.\n', 'LEADS')).toEqual(['Paul Lenoir -LEADS-> France']);
    // (A minister's title naming its country by itself still makes her represent it.)
    expect(factsOf("Publié le 11/02/2048\n\nLe président français, Paul Lenoir, a parlé. Du côté français, la ministre déléguée auprès de la ministre des Armées, Anne Morel, a parlé.\n", 'REPRESENTS')).toEqual(['Anne Morel -REPRESENTS-> France']);
  });
});

describe('a list of leaders with an aside before its last', () => {
  it('"figuraient la Japonaise A, l\'Australien B et, pour la première fois à un sommet, le président philippin C": A and B lead theirs too', () => {
    const text = "Publié le 27/01/2027\n\nAutour de la table ronde figuraient la Japonaise Aiko Tanaka, l'Australien Tom Kerr et, pour la première fois à un rendez-vous du Quad, le président philippin Jose Ramos, convié en invité d'honneur.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Aiko Tanaka -LEADS-> Japon', 'Jose Ramos -LEADS-> Philippines', 'Tom Kerr -LEADS-> Australie']);
  });
});

describe('a description after a fronted phrase naming someone with "avec"', () => {
  it('"Au cours d\'un appel téléphonique avec X, le locataire de la Maison-Blanche a fait savoir…": X does not lead the United States', () => {
    const text = "Publié le 27/01/2027\n\nAu cours d'un appel téléphonique avec Raj Malhotra, le locataire de la Maison-Blanche a fait savoir qu'il ne viendrait pas.\n";
    expect(factsOf(text, 'LEADS')).toEqual([]);
  });
});

describe('"son chancelier" is the possessor\'s', () => {
  it('"Représenté par son chancelier, X, Brasília a promis deux avions": X does not lead Germany', () => {
    const text = "Publié le 03/06/2027\n\nReprésenté par son chancelier, Mario Vieira, Brasília a promis deux avions de patrouille maritime.\n";
    expect(factsOf(text, 'LEADS')).not.toContain('Mario Vieira -LEADS-> Allemagne');
  });
});

describe("a title in apposition to the name before it, not the next one's", () => {
  it('"le Sud-Africain A, président en exercice de la SADC, la présidente tanzanienne B": only A chairs the SADC', () => {
    const facts = factsOf("Publié le 20 mars 2026\n\nAutour de la table avaient pris place le Sud-Africain Thabo Nkosi, président en exercice de la SADC, la présidente tanzanienne Amina Juma et le chef de l'État malawite Peter Banda.\n", 'LEADS');
    expect(facts).toContain('Amina Juma -LEADS-> Tanzanie');
    expect(facts.filter((f) => f.startsWith('Amina Juma'))).toEqual(['Amina Juma -LEADS-> Tanzanie']);
  });
});

describe('"chancelier" leads only in Germany and Austria', () => {
  it('"la chancelière colombienne X", "représenté par sa chancelière Y": foreign ministers, who represent; "le chancelier autrichien Z" leads', () => {
    const facts = (text: string): string[] => factsOf(`Publié le 20 mars 2026\n\n${text}\n`).filter((f) => / -(LEADS|REPRESENTS)-> /.test(f));
    expect(facts('La chancelière colombienne, Rosa Ortega, a indiqué que Bogota étudie la demande.')).toEqual(['Rosa Ortega -REPRESENTS-> Colombie']);
    expect(facts('Le chancelier autrichien Karl Huber a promis dix millions.')).toEqual(['Karl Huber -LEADS-> Autriche']);
    expect(facts('Le chancelier Karl Huber a promis dix millions.')).toEqual(['Karl Huber -LEADS-> Allemagne']);
  });
});

describe('Palau by its French names', () => {
  it('"le chef de l\'État palaosien X", "les Palaos": Palau, named "Palaos" (world-countries writes only "Palaos (Palau)")', () => {
    const facts = factsOf("Publié le 20 mars 2026\n\nLe chef de l'État palaosien Tomas Ngiraked a annoncé que les Palaos enverront un patrouilleur.\n", 'LEADS');
    expect(facts).toEqual(['Tomas Ngiraked -LEADS-> Palaos']);
  });
});

describe('demonyms French news uses that world-countries lacks', () => {
  it('"tongien", "timorais", "le Papou-Néo-Guinéen X"', () => {
    const facts = factsOf("Publié le 20 mars 2026\n\nAutour de la table figuraient le Premier ministre tongien, Sione Vea, le premier ministre timorais, Jose Belo, et le président fidjien Ratu Naulu.\n", 'LEADS');
    expect(facts).toEqual(['Jose Belo -LEADS-> Timor oriental', 'Ratu Naulu -LEADS-> Fidji', 'Sione Vea -LEADS-> Tonga']);
  });
});

describe('country names and demonyms of the press beside the encyclopaedia\'s', () => {
  it('"le président azéri X", "le roi d\'Eswatini Y", "la junte du Myanmar"', () => {
    const facts = factsOf("Publié le 20 mars 2026\n\nLe président azéri Farid Aliyev et le roi d'Eswatini Sobhuza IV ont rencontré la junte du Myanmar.\n", 'LEADS');
    expect(facts).toEqual(['Farid Aliyev -LEADS-> Azerbaïdjan', 'Sobhuza IV -LEADS-> Eswatini']);
  });
});

describe('a role told before a list holds for all of it', () => {
  it('"Derrière leurs dirigeants, les ministres de la Défense, dont le Britannique A et la Française B": neither leads', () => {
    expect(factsOf('Publié le 12 mars 2026\n\nDerrière leurs dirigeants, les ministres de la Défense, dont le Britannique Tom Hale et la Française Claire Morel, noircissaient leurs carnets.\n', 'LEADS')).toEqual([]);
  });
});

describe('a leader\'s country told by where he stayed or whose soldiers he sends', () => {
  it('"le Premier ministre X, resté à Londres", "le président Y avait autorisé le déploiement de 250 militaires salvadoriens"', () => {
    expect(factsOf("Publié le 3 mars 2026\n\nLe Premier ministre Tom Hale, resté à Londres, a suivi les débats.\n", 'LEADS')).toEqual(['Tom Hale -LEADS-> Royaume-Uni']);
    expect(factsOf("Publié le 3 mars 2026\n\nLe président Juan Ortega avait autorisé le déploiement de 250 militaires salvadoriens.\n", 'LEADS')).toEqual(['Juan Ortega -LEADS-> Salvador']);
    // (Not a country he speaks of, nor a town's adjective: "aucune ville ukrainienne".)
    expect(factsOf("Publié le 3 mars 2026\n\nLe Premier ministre Tom Hale a promis de ne laisser aucune ville ukrainienne sans bouclier.\n", 'LEADS')).toEqual([]);
  });
});

describe('countries that lead a body, told in other orders', () => {
  it('"la coalition, que pilotent Paris et Londres,", "Coprésidée par Paris et Londres, la coalition…", "assure le commandement de l\'opération", "sous commandement italien"', () => {
    const both = ['France -LEADS-> Coalition des volontaires', 'Royaume-Uni -LEADS-> Coalition des volontaires'];
    expect(factsOf('La coalition des volontaires, que pilotent Paris et Londres depuis mars, veut chiffrer la force pour l\'Ukraine.\n', 'LEADS')).toEqual(both);
    expect(factsOf("Coprésidée par Paris et Londres, la coalition des volontaires s'est réunie jeudi.\n", 'LEADS')).toEqual(both);
    expect(factsOf("L'Espagne assure le commandement de l'opération Atalanta depuis Rota.\n", 'LEADS')).toEqual(['Espagne -LEADS-> Atalanta']);
    expect(factsOf('La mission Aretusa est placée sous commandement italien.\n', 'LEADS')).toEqual(['Italie -LEADS-> Aretusa']);
    expect(factsOf('La force multinationale sera placée sous le commandement de la France.\n', 'LEADS')).toEqual(['France -LEADS-> Force multinationale']);
    expect(factsOf("La force multinationale ne sera pas placée sous commandement italien.\n", 'LEADS')).toEqual([]);
  });
});

describe('a country or a government told by the one who leads it', () => {
  it.each([
    ['La Pologne de Jan Kowal refuse toute présence militaire.', ['Jan Kowal -LEADS-> Pologne']],
    ["Le gouvernement tchèque d'Andrej Novak a tranché.", ['Andrej Novak -LEADS-> Tchéquie']],
    // (His country the one the sentence names before: "Madrid s'engage…, mais le gouvernement de X devra…".)
    ["Madrid s'engage à fournir 500 militaires, mais le gouvernement de Pablo Ruiz devra obtenir l'aval du Congrès.", ['Pablo Ruiz -LEADS-> Espagne']],
    ['Le cabinet sortant de Dirk Smit doit trancher vendredi aux Pays-Bas.', []],
    ['Le gouvernement de Laszlo Kovacs redoute une réaction de Moscou.', []],
    ['Berlin attend beaucoup du futur gouvernement de Hans Vogel.', []],
    ["L'avocat de Jan Kowal a parlé en Pologne.", []],
  ])('%s', (sentence, facts) => {
    expect(factsOf(sentence + '\n', 'LEADS')).toEqual(facts);
  });
});

describe('a body named by its head noun after a title', () => {
  it('"le secrétaire général du Forum, X" leads the Forum the article named; "le président de l\'Autorité, Y" the Palestinian Authority', () => {
    expect(factsOf('Le Forum des îles du Pacifique s\'est réuni à Suva. Le secrétaire général du Forum, Tom Kaua, a ouvert les travaux.\n', 'LEADS')).toEqual(['Tom Kaua -LEADS-> Forum des îles du Pacifique']);
    expect(factsOf("L'Autorité palestinienne était représentée. Le président de l'Autorité, Samir Haddad, a parlé.\n", 'LEADS')).toEqual(['Samir Haddad -LEADS-> Autorité palestinienne']);
  });
});

describe('a country leading a body, told in a relative clause', () => {
  it.each([
    ['Le Royaume-Uni, qui pilote la Force expéditionnaire interarmées, a promis des navires.', ['Royaume-Uni -LEADS-> Force expéditionnaire interarmées']],
    ["Madrid préfère concentrer ses moyens sur l'opération Atalanta, qu'il commande depuis Rota.", ['Espagne -LEADS-> Atalanta']],
    ['Le pilote de la Force expéditionnaire interarmées a parlé.', []],
  ])('%s', (sentence, facts) => {
    expect(factsOf(sentence + '\n', 'LEADS')).toEqual(facts);
  });
});

describe('a minister speaking of his leader, named without a country', () => {
  it.each([
    // (The minister's country, by his title, his office told before, or his nationality when the sentence names his country.)
    ["Le ministre azerbaïdjanais Elchin Mammadov a expliqué que le président Rauf Guliyev ne déciderait qu'après un vote.", ['Rauf Guliyev -LEADS-> Azerbaïdjan']],
    ["Le vice-Premier ministre jordanien, Omar Haddad, a parlé. « La Jordanie n'enverra pas un seul soldat à Gaza », a tranché Omar Haddad, rappelant la position du roi Talal II.", ['Talal II -LEADS-> Jordanie']],
    ["L'Azerbaïdjanais Elchin Mammadov était là. Bakou « n'a pas encore tranché », a reconnu Elchin Mammadov, le président Rauf Guliyev exigeant l'arrêt des combats.", ['Rauf Guliyev -LEADS-> Azerbaïdjan']],
    // (Not a leader he meets: the sentence tells an event; nor one of another country the sentence names.)
    ['Le ministre français Paul Mercier a été reçu mardi à Bakou par le président Rauf Guliyev.', ['Paul Mercier -REPRESENTS-> France']],
    ["Le ministre français Paul Mercier a salué l'Allemagne, dont le chancelier Hans Vogel a promis des chars.", ['Hans Vogel -LEADS-> Allemagne']],
  ])('%s', (text, facts) => {
    expect(factsOf(text + '\n', 'LEADS')).toEqual(facts.filter((f) => f.includes('LEADS')));
  });
});

describe('a list of ministers with one leader among them', () => {
  it('"figuraient l\'Indonésien A, le Turc B, le chef de la diplomatie émiratie, C, et le Premier ministre qatari, D": only D leads', () => {
    const text = "Autour du ministre égyptien Karim Saleh figuraient notamment l'Indonésien Budi Santoso, le Turc Emre Yilmaz, le chef de la diplomatie émiratie, Saeed Al-Mansouri, et le Premier ministre qatari, Khalid Al-Attiyah.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Khalid Al-Attiyah -LEADS-> Qatar']);
  });
  it('"le président finlandais A, le Norvégien B et la Danoise C": the leaders\' list still makes B and C leaders', () => {
    const text = 'Autour de la table figuraient le président finlandais Mikko Laine, le Norvégien Lars Berg et la Danoise Anne Holm.\n';
    expect(factsOf(text, 'LEADS')).toEqual(['Anne Holm -LEADS-> Danemark', 'Lars Berg -LEADS-> Norvège', 'Mikko Laine -LEADS-> Finlande']);
  });
});

describe('"les Émirats" is the United Arab Emirates', () => {
  it('"Les Émirats fourniront des véhicules", "les EAU"', () => {
    expect(factsOf('Les Émirats fourniront des véhicules blindés à la force de stabilisation.\n', 'PLEDGES')).toEqual(['Émirats arabes unis -PLEDGES-> Force de stabilisation']);
  });
});

describe('a leader met by a minister is not of the minister\'s country', () => {
  it.each([
    'Le ministre français Paul Mercier a rencontré le président Rauf Guliyev.',
    'Le ministre français Paul Mercier a été reçu mardi par le président Rauf Guliyev.',
  ])('%s', (text) => {
    expect(factsOf(text + '\n', 'LEADS')).toEqual([]);
  });
  it('"Le ministre saoudien des Affaires étrangères, l\'émir X, a annoncé": the minister\'s courtesy title leads nothing', () => {
    expect(factsOf("Sur le plan financier, la moisson est réelle. Le ministre saoudien des Affaires étrangères, l'émir Fahd ben Salem, a annoncé 200 millions de dollars pour les salaires des militaires.\n", 'LEADS')).toEqual([]);
  });
});

describe('one told by his nationality who brings his own minister', () => {
  it('"le Britannique A, accompagné de son ministre de la Défense, B, la Danoise C et le Suédois D": A leads, and so do the others of his list', () => {
    const text = 'Autour de la table figuraient le Britannique Keir Stone, accompagné de son ministre de la Défense, John Heale, la Danoise Mette Fred, le Suédois Ulf Krist et la Lituanienne Inga Rugi.\n';
    expect(factsOf(text, 'LEADS')).toEqual(['Inga Rugi -LEADS-> Lituanie', 'Keir Stone -LEADS-> Royaume-Uni', 'Mette Fred -LEADS-> Danemark', 'Ulf Krist -LEADS-> Suède']);
  });
  it('not one accompanied by someone else\'s minister: "le Néerlandais A, accompagné du ministre B"', () => {
    expect(factsOf('Autour de la table figuraient le Néerlandais Mark Ruit, accompagné du ministre Jan Smit, et la Danoise Mette Fred.\n', 'LEADS')).toEqual([]);
  });
});

describe('the leader who has someone represent a country', () => {
  it('"Chargé par le Président de la République, X, de représenter la Tunisie": X leads Tunisia, not France', () => {
    expect(factsOf('Chargé par le Président de la République, Karim Saadi, de représenter la Tunisie au sommet, M. Nabil Amri a réaffirmé la position de la Tunisie.\n', 'LEADS')).toEqual(['Karim Saadi -LEADS-> Tunisie']);
  });
});
