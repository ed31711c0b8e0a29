import { describe, expect, it } from 'vitest';
import { factsOf, graphOf, namesOf, nodeNamed } from '../helpers.ts';

describe('coreference and resolution', () => {
  it('resolves a surname to the full name of the same article, even when met first', () => {
    const graph = graphOf('Scholz contre Merz\nLe chancelier allemand Friedrich Merz a reçu Olaf Scholz. Merz a ensuite parlé.\n');
    expect(namesOf(graph, 'Person')).toEqual(['Friedrich Merz', 'Olaf Scholz']);
    expect(nodeNamed(graph, 'Friedrich Merz')).toMatchObject({ aliases: ['Merz'], mentions: 3 });
  });

  it('never merges two people who share a first name', () => {
    const graph = graphOf({
      'a.txt': 'Le Premier ministre canadien Mark Carney a rencontré le secrétaire général de l’Otan Mark Rutte.\n',
      'b.txt': 'Rutte a salué la décision. Carney a ensuite quitté Ottawa.\n',
    });
    expect(namesOf(graph, 'Person')).toEqual(['Mark Carney', 'Mark Rutte']);
    expect(factsOf(graph, 'LEADS')).toEqual(['Mark Carney -LEADS-> Canada', 'Mark Rutte -LEADS-> OTAN']);
  });

  it('resolves a surname alone in one article to the one person of the corpus with that surname', () => {
    const graph = graphOf({
      'a.txt': 'La présidente mexicaine Claudia Sheinbaum a parlé.\n',
      'b.txt': 'Sheinbaum a assisté le 3 mars 2026 au sommet de Mexico.\n',
    });
    expect(namesOf(graph, 'Person')).toEqual(['Claudia Sheinbaum']);
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Claudia Sheinbaum -ATTENDED-> Sommet de Mexico']);
  });

  it('drops a capitalised word that is nobody\'s surname', () => {
    expect(namesOf(graphOf('Selon Euractiv, la réforme avance. Wikipédia le confirme.\n'), 'Person')).toEqual([]);
  });

  it('resolves "le président chinois" to the person just named whose country is not known', () => {
    expect(factsOf('Une rencontre entre Micheál Martin et Xi Jinping puis un appel entre le président chinois et son homologue turc Recep Tayyip Erdogan.\n', 'LEADS')).toEqual([
      'Recep Tayyip Erdogan -LEADS-> Turquie',
      'Xi Jinping -LEADS-> Chine',
    ]);
  });

  it('resolves a description in one article with what another article says', () => {
    const graph = graphOf({
      'a.txt': 'La Première ministre danoise Mette Frederiksen a parlé.\n',
      'b.txt': 'La Première ministre danoise a confirmé l’aide de son pays à Kiev.\n',
    });
    // "a confirmé l'aide de son pays": the leader who confirms it, as one who announces it, pledges with her country.
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Danemark -PLEDGES-> Ukraine', 'Mette Frederiksen -PLEDGES-> Ukraine']);
    expect(nodeNamed(graph, 'Mette Frederiksen')?.mentions).toBe(2);
  });

  it('reads demonyms, capitals and flags as the same country', () => {
    const graph = graphOf('Les soldats polonais sont arrivés. Varsovie a salué l’accord. Le général 🇵🇱 Jan Nowak était là.\n');
    expect(namesOf(graph, 'Country')).toEqual(['Pologne']);
    expect(nodeNamed(graph, 'Pologne')).toMatchObject({ iso2: 'PL', aliases: ['Varsovie', 'polonais', '🇵🇱'] });
  });

  it('refers "la Commission" and "cette coalition" back to the organization named before', () => {
    const graph = graphOf("La Commission européenne a proposé un plan. La Commission veut aller vite.\nLa Coalition des volontaires s'est réunie. Cette coalition compte 30 pays.\n");
    expect(nodeNamed(graph, 'Commission européenne')?.mentions).toBe(2);
    expect(nodeNamed(graph, 'Coalition des volontaires')?.mentions).toBe(2);
  });
});

describe('a description opening the sentence after a bare name', () => {
  it('is the person the sentence before was about, when it named no one else', () => {
    expect(factsOf('Amadou Keita voulait un succès. Le président malien a accueilli ses invités mardi.\n', 'LEADS')).toEqual(['Amadou Keita -LEADS-> Mali']);
  });

  it('is the subject of its own sentence when it opens the clause after a colon', () => {
    expect(factsOf("Amadou Keita n'a pas fait le déplacement : le président malien s'est fait représenter.\n", 'LEADS')).toEqual(['Amadou Keita -LEADS-> Mali']);
    expect(factsOf('Boris Jensen a critiqué le président malien.\n', 'LEADS')).toEqual([]);
  });

  it('is no one of a sentence that named two people', () => {
    expect(factsOf('Amadou Keita a reçu Jean Dupont. Le président malien a accueilli ses invités mardi.\n', 'LEADS')).toEqual([]);
  });
});

describe('titles of an organization named by its head noun', () => {
  it('reads "le secrétaire général de l\'Alliance" as heading the alliance the article named', () => {
    expect(factsOf("Les ministres de l'Otan se sont réunis. Le secrétaire général de l'Alliance, Jan Berg, a parlé.\n", 'LEADS')).toEqual(['Jan Berg -LEADS-> OTAN']);
  });
});

describe('a leading title set before a former one', () => {
  it('is the person\'s ("la présidente de la banque, l\'ancienne Première ministre X"), the bank the one named before', () => {
    expect(factsOf("La Chine versera 1 milliard à la Banque asiatique de développement. La présidente de la banque, l'ancienne Première ministre thaïlandaise Suda Chai, a salué ce geste.\n", 'LEADS')).toEqual([
      'Suda Chai -LEADS-> Banque asiatique de développement',
    ]);
  });
});

describe('a title followed by its verb', () => {
  it('is the subject of the next clause, not the apposition of the name before', () => {
    expect(nodeNamed(graphOf("Le président kényan Paul Otieno est arrivé. Accueilli par Hans Weber, le chef de l'État kényan a ensuite été reçu.\n"), 'Hans Weber')?.title).toBeUndefined();
  });
});

describe('"dont la présidente"', () => {
  it('makes the head of the country the relative clause is about', () => {
    expect(factsOf("L'UE a salué la Géorgie, dont la présidente, Nino Beridze, était invitée.\n", 'LEADS')).toEqual(['Nino Beridze -LEADS-> Géorgie']);
  });
});

describe('descriptions are not the subject who speaks of them', () => {
  it('does not make the critic the American president', () => {
    expect(factsOf('Boris Pistorius a critiqué le président américain.\n', 'LEADS')).toEqual([]);
  });
});

describe('a name inside a longer one, and a rank', () => {
  it('"Bassirou Diomaye Faye … a précisé Diomaye. … son homologue rwandais, Y": Diomaye is Faye, whose counterpart leads Rwanda', () => {
    const text = "Publié le 29/01/2048\n\nLe président sénégalais, Bassirou Diomaye Faye, a pris part au sommet. « Le Sénégal n'enverra pas ses hommes sans mandat », a toutefois précisé Diomaye. Une exigence qu'il a rappelée lors d'un tête-à-tête avec son homologue rwandais, Paul Ngabo.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Bassirou Diomaye Faye -LEADS-> Sénégal', 'Paul Ngabo -LEADS-> Rwanda']);
  });

  it('"le Tchadien A B C D … a annoncé le maréchal C. Le chef de l\'État tchadien était accompagné…": the marshal is still the head of state', () => {
    const text = "Publié le 16/02/2048\n\nLe sommet s'est tenu mardi à Libreville. Autour de la table avaient pris place le Tchadien Mahamat Ali Déby Itno et le Congolais Denis Ngoma. « Le Tchad enverra 1 200 soldats », a annoncé le maréchal Déby. Le chef de l'État tchadien était accompagné de son ministre des Affaires étrangères, Ali Fadoul.\n";
    expect(factsOf(text, 'LEADS')).toContain('Mahamat Ali Déby Itno -LEADS-> Tchad');
  });
});

describe('whose minister "son ministre" is', () => {
  it('"Karim X avait dépêché son ministre, Y" after a sentence about Sudan: not Sudan\'s; "Le Brésil … le président Z avait dépêché sa ministre, W": Brazil\'s', () => {
    const summit = 'Publié le 29/01/2048\n\nLes dirigeants se sont réunis jeudi à Addis-Abeba pour un sommet sur le Soudan. ';
    expect(factsOf(summit + 'Karim Benali avait dépêché son ministre des Affaires étrangères, Ahmed Saïdi.\n', 'REPRESENTS')).toEqual([]);
    expect(factsOf(summit + "Le Brésil n'était pas représenté au plus haut niveau. Retenu à Brasilia, le président Paulo Lima avait dépêché sa ministre des Affaires étrangères, Ana Souza.\n", 'REPRESENTS')).toEqual(['Ana Souza -REPRESENTS-> Brésil']);
  });
});

describe('a description of a title naming its country by itself', () => {
  it('"le président de la République, M. X … le président français, Y … le président de la République avait reçu un appel": X', () => {
    const text = "Publié le 11/02/2048\n\nReprésentant le président de la République, M. Karim Benali, le ministre Ahmed Saïdi a pris part aux travaux. Retenu à Paris, le président français, Paul Lenoir, n'a pas pu faire le déplacement. La veille, mardi, le président de la République avait reçu un appel téléphonique de son homologue.\n";
    expect(factsOf(text, 'ATTENDED').filter((f) => f.includes('téléphonique')).map((f) => f.split(' -')[0])).toEqual(['Karim Benali']);
  });
});

describe('initials', () => {
  it('reads "J. D. Vance", "JD Vance" and "Vance" as one person', () => {
    const graph = graphOf('Le vice-président américain J. D. Vance est arrivé. JD Vance a parlé. Vance est reparti.\n');
    expect(namesOf(graph, 'Person')).toEqual(['J. D. Vance']);
    expect(nodeNamed(graph, 'J. D. Vance')).toMatchObject({ aliases: ['JD Vance', 'Vance'], mentions: 3 });
  });
});

describe('titles of ministers and unnamed officials', () => {
  it('reads a minister title whose portfolio follows the demonym', () => {
    const graph = graphOf("La ministre ukrainienne de l'Économie, Ioulia Svyrydenko, a rencontré le secrétaire au Trésor américain Scott Bessent. Le ministre turc des Affaires étrangères, Hakan Fidan, était présent.\n");
    expect(nodeNamed(graph, 'Ioulia Svyrydenko')).toMatchObject({ title: "ministre ukrainienne de l'Économie" });
    expect(nodeNamed(graph, 'Scott Bessent')).toMatchObject({ title: 'secrétaire au Trésor américain' });
    expect(factsOf(graph, 'REPRESENTS')).toEqual(['Hakan Fidan -REPRESENTS-> Turquie', 'Ioulia Svyrydenko -REPRESENTS-> Ukraine', 'Scott Bessent -REPRESENTS-> États-Unis']);
    expect(factsOf(graph, 'LEADS')).toEqual([]);
  });

  it('never takes an unnamed minister for the leader of his country', () => {
    const texts = {
      'a.txt': 'Le président turc Recep Erdogan a ouvert le sommet.\n',
      'b.txt': 'Le ministre turc a assisté à la réunion de Genève le 3 mars 2026. Il a promis 10 millions de dollars au Soudan.\n',
    };
    const facts = factsOf(texts);
    expect(facts.filter((f) => f.startsWith('Recep Erdogan'))).toEqual(['Recep Erdogan -LEADS-> Turquie']);
  });

  it('gives "son ministre" the country of the titled person of the same sentence, and no name', () => {
    const facts = factsOf(
      "Le Premier ministre norvégien Jonas Berg était présent au sommet de l'Otan à Ankara le 8 juillet 2026. Absent du sommet, le président slovaque Peter Pellegrini s'est fait représenter par son ministre des Affaires étrangères.\n",
    );
    expect(facts.filter((f) => f.startsWith('Jonas Berg'))).toEqual(['Jonas Berg -ATTENDED-> Sommet d\'Ankara', 'Jonas Berg -LEADS-> Norvège']);
    expect(facts.filter((f) => f.includes('Pellegrini'))).toEqual(['Peter Pellegrini -LEADS-> Slovaquie']);
  });

  it('reads "elle" after an institution as that institution', () => {
    expect(factsOf("Le porte-parole du Kremlin, Dmitri Peskov, a protesté. La Commission européenne a rappelé qu'elle avait déjà versé 12 milliards d'euros à Kiev.\n", 'PLEDGES')).toEqual([
      'Commission européenne -PLEDGES-> Ukraine',
    ]);
  });
});

describe('"l\'organisation"', () => {
  it('stands for the last organization named that it can stand for, not a genitive ("l\'organisation du sommet")', () => {
    expect(factsOf("L'Union africaine a salué la décision. Les chefs d'État de la Cedeao se sont réunis. Le président nigérian Bola Tinubu, qui préside l'organisation, a parlé.\n", 'LEADS')).toEqual([
      'Bola Tinubu -LEADS-> CEDEAO',
      'Bola Tinubu -LEADS-> Nigéria',
    ]);
    expect(factsOf("Les chefs d'État de la Cedeao se sont réunis. Le président nigérian Bola Tinubu, qui dirige l'organisation du sommet, a parlé.\n", 'LEADS')).toEqual(['Bola Tinubu -LEADS-> Nigéria']);
  });
});

describe('organizations of the lexicon', () => {
  it('reads "l\'organisation panafricaine" as the African Union and the head of its Commission as leading it', () => {
    const graph = graphOf("Le président de la Commission de l'UA, Ali Farah, a promis l'appui de l'organisation panafricaine au Tchad.\n");
    expect(factsOf(graph, 'LEADS')).toEqual(["Ali Farah -LEADS-> Commission de l'Union africaine"]);
    expect(factsOf(graph, 'PLEDGES')).toContain('Union africaine -PLEDGES-> Tchad');
  });

  it('knows development banks, climate funds and armed movements', () => {
    const graph = graphOf("La Chine versera 1 milliard à la Nouvelle Banque de développement et 50 millions au fonds pour les pertes et dommages. Le Hamas a répondu.\n");
    expect(namesOf(graph, 'Organization')).toEqual(['Hamas', 'Nouvelle Banque de développement', 'fonds pour les pertes et dommages']);
  });
});

describe('titles told apart from their names', () => {
  it('gives a staff title governing a leader\'s title to the name set apart by a comma', () => {
    expect(factsOf('Le Brésil est prêt, a déclaré le conseiller diplomatique du président brésilien, Celso Amorim.\n', 'LEADS')).toEqual([]);
    expect(factsOf('Les émissaires du président brésilien Luiz Silva sont arrivés.\n', 'LEADS')).toEqual(['Luiz Silva -LEADS-> Brésil']);
    // (A name right after the title is the principal's, the one after the comma the staff's.)
    expect(factsOf('Le porte-parole du président russe Ivan Sokolov, Piotr Orlov, a parlé.\n', 'LEADS')).toEqual(['Ivan Sokolov -LEADS-> Russie']);
  });

  it('gives a leading title named without its country the one the article gave it', () => {
    expect(factsOf('Le Premier ministre français et le chancelier allemand se sont retrouvés mercredi. Le Premier ministre Jean Dupont a reçu le chancelier allemand, Olaf Lindner.\n', 'LEADS')).toEqual([
      'Jean Dupont -LEADS-> France',
      'Olaf Lindner -LEADS-> Allemagne',
    ]);
  });

  it('reads "le chef du gouvernement de Wellington, X" as New Zealand\'s (a capital for its government after a leader\'s title; "le maire de Berlin" is the town\'s)', () => {
    expect(factsOf('Le chef du gouvernement de Wellington, Tom Hale, a parlé.\n', 'LEADS')).toEqual(['Tom Hale -LEADS-> Nouvelle-Zélande']);
    expect(factsOf('Le maire de Berlin, Karl Wegmann, a parlé.\n', 'LEADS')).toEqual([]);
  });

  it('reads "X lui a emboîté le pas. Le Néo-Zélandais a annoncé…" as X, a New Zealander', () => {
    const text = "Le sommet s'est tenu mardi à Suva. Tom Hale lui a emboîté le pas. Le Néo-Zélandais a annoncé 60 policiers. Le Premier ministre néo-zélandais a ensuite quitté Suva.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Tom Hale -LEADS-> Nouvelle-Zélande']);
  });

  it('but not when someone the article named leads that country already ("le chef du gouvernement haïtien" was X: "le premier ministre Y" is another\'s)', () => {
    const text = "Paul Jean-Louis a parlé longtemps. « Agissons », a lancé le chef du gouvernement haïtien. Tom Hale a promis 45 millions « au nom du premier ministre Mark Doyle », resté à Ottawa.\n";
    // (Canada's by where he stayed.)
    expect(factsOf(text, 'LEADS')).toEqual(['Mark Doyle -LEADS-> Canada', 'Paul Jean-Louis -LEADS-> Haïti']);
  });
});

describe('portfolios of no list', () => {
  it('reads "la commissaire européenne à la Gestion des crises, X" as one title, whose pledges are the Commission\'s', () => {
    const graph = graphOf("La Commission européenne agit. La commissaire européenne à la Gestion des crises, Hadja Lahbib, a débloqué 522 millions d'euros pour le Soudan.\n");
    expect(nodeNamed(graph, 'Hadja Lahbib')).toMatchObject({ title: 'commissaire européenne à la Gestion des crises' });
    expect(namesOf(graph, 'Person')).toEqual(['Hadja Lahbib']);
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Commission européenne -PLEDGES-> Soudan', 'Hadja Lahbib -PLEDGES-> Soudan']);
  });

  it('reads "la ministre française de la Transition écologique, X" without making "Transition" a person', () => {
    const graph = graphOf('La ministre française de la Transition écologique, Agnès Pannier-Runacher, a parlé.\n');
    expect(namesOf(graph, 'Person')).toEqual(['Agnès Pannier-Runacher']);
    expect(factsOf(graph, 'REPRESENTS')).toEqual(['Agnès Pannier-Runacher -REPRESENTS-> France']);
  });
});

describe('a standing force named in the article', () => {
  it('is "la force internationale" and "la force onusienne" told after it', () => {
    const graph = graphOf(
      'Le Conseil de sécurité a prolongé mardi le mandat de la Minusca. Le Rwanda compte déjà 2 000 soldats dans la force onusienne.\n' +
        'Le président tchadien Idriss Kanem a rejeté tout renforcement de la force internationale.\n',
    );
    expect(namesOf(graph, 'Organization').filter((n) => /force|minusca/i.test(n))).toEqual(['Minusca']);
  });
});

describe('a singular demonym noun with no name after it', () => {
  it('is the last person of that country named before ("l\'Indien s\'était entretenu…"), not a people ("les Indiens")', () => {
    const text =
      " date 2034-06-13 Diplomatie\nLe Premier ministre indien, Arvind Raghunathan, est arrivé lundi à Hanoï. La veille de son arrivée, l'Indien s'était entretenu par téléphone avec le président philippin, Ramon Villaseñor.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual([
      'Arvind Raghunathan -ATTENDED-> Conversation téléphonique entre Arvind Raghunathan et Ramon Villaseñor',
      'Ramon Villaseñor -ATTENDED-> Conversation téléphonique entre Arvind Raghunathan et Ramon Villaseñor',
    ]);
    expect(factsOf(" date 2034-06-13 Diplomatie\nLe Premier ministre indien, Arvind Raghunathan, est à Hanoï. Les Indiens ont salué l'accord.\n", 'ATTENDED')).toEqual([]);
  });
});

describe('a description of a leader', () => {
  it('is not another leader of the same country with another office ("la présidente islandaise" is no Prime Minister)', () => {
    const graph = graphOf({
      'a.txt': 'Le Premier ministre islandais, Gunnar Hallgrímsson, est resté à Reykjavik.\n',
      'b.txt': ' date 2035-09-07 Diplomatie\nLa présidente islandaise a promis 250 000 euros au Groenland.\n',
    });
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Islande -PLEDGES-> Groenland']);
  });
});

describe('two descriptions after two names', () => {
  it('names, in order, the two people of the sentence before ("A et B arrivent. La Première ministre britannique et le chancelier allemand…")', () => {
    expect(factsOf("Anna Price et Karl Brandt arrivent à l'Élysée. La Première ministre britannique et le chancelier allemand ont remonté ensemble la cour d'honneur.\n", 'LEADS')).toEqual([
      'Anna Price -LEADS-> Royaume-Uni',
      'Karl Brandt -LEADS-> Allemagne',
    ]);
  });
});

describe('a bare title opening a clause', () => {
  it('is the last person of the article with that title and gender ("Le ministre des Armées, X, … Surtout, le ministre a confirmé")', () => {
    const text =
      "Le ministre des Armées, Paul Girard, recevait son homologue polonaise, Anna Nowak. Anna Nowak a signé l'accord. Surtout, le ministre a confirmé ce que tout le régiment attendait : 250 marsouins seront déployés en Pologne.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['France -PLEDGES-> Pologne', 'Paul Girard -PLEDGES-> Pologne']);
  });
});

describe('a leader described, then named', () => {
  it('is one person when the name opens the next sentence ("Le chancelier allemand vient d\'arriver. Hans Keller n\'a fait aucune déclaration")', () => {
    const text = "Publié le 23/06/2039 à 08h40\n\nLes dirigeants sont réunis ce jeudi à Bruxelles pour un sommet. Le chancelier allemand vient d'arriver au sommet. Hans Keller n'a fait aucune déclaration.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Hans Keller -LEADS-> Allemagne']);
    expect(factsOf(text, 'ATTENDED')).toEqual(['Hans Keller -ATTENDED-> Sommet de Bruxelles']);
  });
});

describe('a leader named inside a clause, then described', () => {
  it('is the subject of the clause before ("Il neigeait quand X a posé le pied à Vannes. La présidente finlandaise…"), past the headline that described her', () => {
    const text = "Vannes : la présidente finlandaise sur les quais\n\nPublié le 12 octobre 2036\n\nIl neigeait à peine jeudi sur le quai Delcassé quand Aino Kettunen a posé le pied sur les pavés de Vannes. La présidente finlandaise, arrivée la veille, a été accueillie par le maire.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Aino Kettunen -LEADS-> Finlande']);
  });

  it('is no man told as prime minister when "la cheffe de l\'État" is told ("La présidente estonienne, X … Le Premier ministre estonien, Y, est resté à Tallinn. La cheffe de l\'État estonien…")', () => {
    const text = "Publié le 12 octobre 2036\n\nLa présidente estonienne, Liis Põder, est arrivée lundi à Paris. Le Premier ministre estonien, Rein Kaljuvee, est resté à Tallinn. La cheffe de l'État estonien a été reçue mardi à l'Élysée par le président français.\n";
    const attended = factsOf(text, 'ATTENDED');
    expect(attended.some((f) => f.startsWith('Liis Põder -ATTENDED->'))).toBe(true);
    expect(attended.filter((f) => f.startsWith('Rein Kaljuvee'))).toEqual([]);
  });
});

describe('a leading title told without its country', () => {
  it('is the country of the paragraph\'s people ("Berlin temporise. … le ministre allemand, X. Le chancelier, Y, en déplacement…")', () => {
    const text = "Publié le 12 octobre 2036\n\nBerlin temporise. La décision reviendra au Bundestag, a rappelé le ministre allemand de la Défense, Lutz Brandhorst. Le chancelier, Till Oberkamp, en déplacement à Séoul, a salué « un pas utile ».\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Till Oberkamp -LEADS-> Allemagne']);
  });

  it('is not when one of them is of no known country ("le président du CNES, X … Le Premier ministre, Y,")', () => {
    const text = "Publié le 12 octobre 2036\n\nLa cérémonie a été ouverte par le ministre coréen des Sciences, Park Ji-hoon, puis par le président du Centre national d'études spatiales (CNES), Bastien Lavergnat. Le Premier ministre, Hugues Marzeau, retenu au Sénat, s'est fait excuser.\n";
    expect(factsOf(text, 'LEADS').filter((f) => f.startsWith('Hugues'))).toEqual([]);
  });
});

describe('a counterpart of one told in an incise', () => {
  it('takes the title the article gave him ("…, a précisé M. Adébayo. Son homologue ivoirien, X, a promis…"); a site\'s name above the headline is no one', () => {
    const text = "Jeune Afrique\nPolitique > Afrique de l'Ouest\n\nSahel : les promesses d'Abuja\n\nPublié le 19 mars 2045\n\nHôte de la rencontre, le président nigérian Tunde Adébayo a ouvert les travaux dimanche à Abuja. Le Nigeria fournira deux bataillons, a précisé M. Adébayo. Son homologue ivoirien, Koffi Zadi, a promis un bataillon. Le chef de l'État ivoirien s'est longuement entretenu avec M. Adébayo.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Koffi Zadi -LEADS-> Côte d\'Ivoire', 'Tunde Adébayo -LEADS-> Nigéria']);
    expect(namesOf(graphOf(text), 'Person')).toEqual(['Koffi Zadi', 'Tunde Adébayo']);
  });
});

describe('a head of state\'s counterpart', () => {
  it('leads another country than his ("le président français a signé avec son homologue X")', () => {
    const text = "En visite au Ghana, le président français a assisté mardi à la signature de cinq accords avec son homologue Kofi Mensah.\n";
    expect(factsOf(text, 'LEADS')).toEqual([]);
  });
});

describe('a role told without its country', () => {
  it('"le président" is the president the article told most; "le chef de l\'État" is a president too', () => {
    const text =
      "Le président de la République, Henri Castelnau, a reçu mardi le président ivoirien, Yao Kouassi. Henri Castelnau a salué « une amitié ». Castelnau a ensuite rencontré le président sénégalais, Amadou Sow. Le président a promis 20 millions d'euros au Sénégal. Le chef de l'État a promis 10 millions d'euros à la Côte d'Ivoire.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(expect.arrayContaining(["Henri Castelnau -PLEDGES-> Côte d'Ivoire", 'Henri Castelnau -PLEDGES-> Sénégal']));
    expect(factsOf(text, 'PLEDGES').filter((f) => f.startsWith('Amadou') || f.startsWith('Yao'))).toEqual([]);
  });
});

describe('a name whose family name comes first', () => {
  it('"Pei Zhenglin … M. Pei" is one person', () => {
    const graph = graphOf('Le premier ministre chinois, Pei Zhenglin, était à Jakarta le 25 octobre 2042. Le même jour, M. Pei s\'est entretenu avec le Premier ministre japonais, Sato Kenji.\n');
    expect(factsOf(graph, 'ATTENDED')).toEqual(['Pei Zhenglin -ATTENDED-> Entretien entre Pei Zhenglin et Sato Kenji', 'Sato Kenji -ATTENDED-> Entretien entre Pei Zhenglin et Sato Kenji']);
  });
});

describe('who a minister told by her role is', () => {
  it('"…un vote au Bundestag. Elle s\'est fait remplacer par son secrétaire d\'État, X" serves Germany; "La ministre" later is the minister, not him', () => {
    const text =
      "Côté allemand, la ministre de la Défense, Katharina Wendt, retenue à Berlin par un vote budgétaire au Bundestag, n'a pas pu venir. Elle s'est fait remplacer par son secrétaire d'État, Till Ebert. La ministre s'était entretenue le 11 novembre 2042 au téléphone avec le ministre ukrainien de la Défense, Yurii Koval.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'REPRESENTS')).toEqual(expect.arrayContaining(['Till Ebert -REPRESENTS-> Allemagne']));
    expect(factsOf(graph, 'ATTENDED').filter((f) => f.startsWith('Till'))).toEqual([]);
  });
});

describe('a paragraph opening on a country\'s side', () => {
  it('gives its titles that country ("Côté yéménite, … Le chef de l\'Etat, X, est resté à Aden"), and "Côté" is no one', () => {
    const text = "Publié le 14 mai 2047\n\nCôté yéménite, le gouvernement était représenté par son ministre des Affaires étrangères. Le chef de l'Etat, Salem Ba-Wazir, est finalement resté à Aden.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'LEADS')).toEqual(['Salem Ba-Wazir -LEADS-> Yémen']);
    expect(namesOf(graph, 'Person')).toEqual(['Salem Ba-Wazir']);
  });
});

describe('a counterpart received, then named', () => {
  it('"… où il a d\'abord reçu son homologue ukrainien. Vêtu d\'un costume sombre, M. X a remercié son hôte": X is that counterpart, and "Vêtu" is no one', () => {
    const text =
      "Publié le 18/08/2048\n\nJohn Harlan a promis de l'aide à Petro Lysenko. « Nous allons les aider », a déclaré le président américain dans le Bureau ovale, où il a d'abord reçu son homologue ukrainien, sans les Européens. " +
      "Vêtu d'un costume sombre, M. Lysenko a remercié son hôte.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'LEADS')).toEqual(['John Harlan -LEADS-> États-Unis', 'Petro Lysenko -LEADS-> Ukraine']);
    expect(namesOf(graph, 'Person')).toEqual(['John Harlan', 'Petro Lysenko']);
  });

  it('not when another country is named after the description ("… transmise aux États-Unis. X, qui…")', () => {
    const text = "Publié le 18/08/2048\n\nLe président sud-africain a déclaré la présidence du G20 transmise aux États-Unis. John Harlan, qui boycotte le sommet, n'avait délégué personne.\n";
    expect(factsOf(text, 'LEADS')).not.toContain('John Harlan -LEADS-> Afrique du Sud');
  });

  it('not across paragraphs: a live report\'s next entry opening on a name names someone else', () => {
    const text =
      "Publié le 18/08/2048\n\n14h12 – Petro Lysenko et John Harlan se sont entretenus au palais. Le président ukrainien a parlé de défense antiaérienne.\n\n" +
      "12h30 – Viktor Halmos, à son arrivée au palais, s'est réjoui des budgets.\n";
    expect(factsOf(text, 'LEADS')).not.toContain('Viktor Halmos -LEADS-> Ukraine');
  });
});

describe('"son ministre" after a capital one leaves', () => {
  it('is of the country whose leader the sentence names, not of the city he left', () => {
    const text =
      " date 2034-10-03 International\nLe sommet s'est tenu jeudi à Copenhague. Le premier ministre hongrois, Gabor Kis, a quitté Copenhague dès mercredi soir, laissant son ministre des affaires étrangères, Ferenc Toth, représenter son pays.\n";
    expect(factsOf(text, 'REPRESENTS')).toEqual(['Ferenc Toth -REPRESENTS-> Hongrie']);
  });
});

describe('a description speaking after a quotation that names someone', () => {
  it('"« … avec le président X », a déclaré le président ukrainien": the speaker is not X', () => {
    const text = " date 2034-09-04 International\n« Nous avons eu une conversation franche avec le président Walter Hayes », a déclaré le président ukrainien.\n";
    expect(factsOf(text, 'LEADS').filter((f) => f.includes('Hayes'))).toEqual([]);
  });
});

describe('leaders listed together', () => {
  it('gives no one the title of another country\'s leader listed before him ("le président français, le chef du gouvernement britannique, X", "le président français, le Britannique X")', () => {
    expect(factsOf('Le président français, le chef du gouvernement britannique, Tom Ellerby, et le président ukrainien ont signé.\n', 'LEADS')).toEqual(['Tom Ellerby -LEADS-> Royaume-Uni']);
    // (Listed with leaders, the Briton leads his own country.)
    expect(factsOf('La déclaration a été paraphée par le président français, le Britannique Tom Ellerby et le président ukrainien.\n', 'LEADS')).toEqual(['Tom Ellerby -LEADS-> Royaume-Uni']);
  });

  it('gives no one coordinated with a description its title ("coprésidée par X, et par l\'émir du Qatar")', () => {
    expect(factsOf("La réunion, coprésidée par le maître des lieux, Karim Haddad, et par l'émir du Qatar, a duré cinq heures.\n", 'LEADS')).toEqual([]);
  });

  it('reads "A et B n\'ont pas fait le déplacement : le président français…" as either of them, so neither', () => {
    expect(factsOf("Paul Renaud et Tom Ellerby n'ont pas fait le déplacement : le président français achève une visite d'État en Italie.\n", 'LEADS')).toEqual([]);
  });

  it('reads a leader described right after the one untitled person just named as that person ("L\'émissaire de X est arrivé. … le président américain a appelé…")', () => {
    const text = "Le secrétaire d'État Paul Renaud a déjeuné avec Tom Ellerby. Dans la soirée, le président américain a appelé Kiev.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Tom Ellerby -LEADS-> États-Unis']);
    // Each in turn, the one before no longer untitled: "A a parlé avec B. Le président ukrainien… Le président américain…".
    const two = "L'appel d'Ivan Koval a duré une heure. Le président ukrainien a remercié Paris. Puis Tom Ellerby a parlé à Ivan Koval. Selon Kiev, le président américain s'est montré réceptif.\n";
    expect(factsOf(two, 'LEADS')).toEqual(['Ivan Koval -LEADS-> Ukraine', 'Tom Ellerby -LEADS-> États-Unis']);
  });

  it('does not read as the one named before a leader of another country than the one his quotation speaks for', () => {
    const text = "« La France enverra des soldats si un cessez-le-feu est signé », a affirmé M. Tom Ellerby. Le Premier ministre britannique a annoncé un contingent.\n";
    expect(factsOf(text, 'LEADS')).toEqual([]);
  });

  it('reads one named with a rank alone as untitled ("Le capitaine X a rejoint ses pairs. Le chef de l\'État burkinabè…")', () => {
    const text = "Le capitaine Paul Sawadogo a rejoint ses pairs avec trois heures de retard. Le chef de l'État burkinabè a donc manqué l'ouverture.\n";
    expect(factsOf(text, 'LEADS')).toEqual(['Paul Sawadogo -LEADS-> Burkina Faso']);
  });

  it('prefers the untitled one just named, in the same paragraph, to a national named elsewhere ("Le Britannique X est arrivé. … a annoncé Y. Le Premier ministre britannique…")', () => {
    const text = 'Le Britannique Tom Hale est arrivé mardi. Londres enverra deux frégates, a annoncé Paul Ward. Le Premier ministre britannique débloque 25 millions de livres.\n';
    expect(factsOf(text, 'LEADS')).toEqual(['Paul Ward -LEADS-> Royaume-Uni']);
    // ("débloque aussi 25 millions": one more thing he does, not another doing the same.)
    expect(factsOf(text.replace('débloque 25', 'débloque aussi 25'), 'LEADS')).toEqual(['Paul Ward -LEADS-> Royaume-Uni']);
  });

  it('does not read as the one named before a leader answering, set against or paired with them, or named in the same sentence', () => {
    expect(factsOf('« Un accord historique », s\'est félicité Tom Ellerby. « Nous serons là », lui a répondu le chef de l\'État français.\n', 'LEADS')).toEqual([]);
    expect(factsOf('Les chars de Tom Ellerby sont arrivés. Le président lituanien, lui, a surpris.\n', 'LEADS')).toEqual([]);
    expect(factsOf('Tom Ellerby a signé. Le président français et le chancelier allemand ont salué le texte.\n', 'LEADS')).toEqual(['Tom Ellerby -LEADS-> France']);
    expect(factsOf('Un dîner avec Ellerby. La veille, le président français avait dîné avec le Premier ministre grec Tom Ellerby.\n', 'LEADS')).toEqual(['Tom Ellerby -LEADS-> Grèce']);
    // Someone else doing the same, another side, another of a list of nationals.
    expect(factsOf("L'appel de Tom Ellerby a duré une heure. Le président botswanais avait aussi appelé Paris.\n", 'LEADS')).toEqual([]);
    expect(factsOf("L'appel de Tom Ellerby a duré une heure. Du côté de Gaborone, le président botswanais est resté prudent.\n", 'LEADS')).toEqual([]);
    expect(factsOf("Au premier rang, Tom Ellerby, le Kényan Paul Otieno et le Zambien John Banda. Le chef de l'État burundais complétait le rang.\n", 'LEADS')).toEqual([]);
  });
});

describe('a name two states share', () => {
  it('reads "le Congo", "le Congolais X" as the DRC in an article that names it, and as the Republic of the Congo otherwise', () => {
    const drc = graphOf("La RDC a accueilli le sommet. Dans l'est du Congo, les combats continuent, a dit le Congolais Jean Mbala.\n");
    expect(namesOf(drc, 'Country')).toEqual(['République démocratique du Congo']);
    const congo = graphOf('Le Congo a accueilli le sommet à Brazzaville, a dit le Congolais Jean Mbala.\n');
    expect(namesOf(congo, 'Country')).toEqual(['République du Congo']);
  });
});
