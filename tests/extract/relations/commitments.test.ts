import { describe, expect, it } from 'vitest';
import { graphOf, factsOf, namesOf } from '../helpers.ts';

describe('PLEDGES', () => {
  it('reads what is pledged, how much and on what condition', () => {
    const graph = graphOf("Le Japon a promis 2 milliards de dollars d'aide au Soudan, sous réserve d'un cessez-le-feu durable.\n");
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Japon -PLEDGES-> Soudan']);
    const edge = graph.findEdge((_, a) => a.type === 'PLEDGES')!;
    expect(graph.getEdgeAttributes(edge)).toMatchObject({ what: 'aid', amount: '2 milliards de dollars', condition: "sous réserve d'un cessez-le-feu durable" });
  });

  it('reads troops offered by a country, from its verb or from the troops\' demonym', () => {
    expect(factsOf('La Suède fournirait 500 soldats à la Lettonie. Des soldats norvégiens pourraient aussi rejoindre la Lettonie.\n', 'PLEDGES')).toEqual([
      'Suède -PLEDGES-> Lettonie',
    ]);
    expect(factsOf('Des milliers de soldats espagnols pourraient participer à la mission en Lettonie.\n', 'PLEDGES')).toEqual(['Espagne -PLEDGES-> Lettonie']);
  });

  it('reads a money transfer reported in the conditional ("a annoncé que X verserait") as a pledge', () => {
    expect(factsOf("Le ministre a annoncé que la Norvège verserait 200 millions d'euros au Niger.\n", 'PLEDGES')).toEqual(['Norvège -PLEDGES-> Niger']);
  });

  it('reads "doublera sa contribution à ce fonds" as a pledge to the fund named before, and "vers Gaza" as its receiver', () => {
    expect(factsOf("La Suède a versé 20 millions d'euros au Fonds vert pour le climat. La Norvège doublera sa contribution à ce fonds. La Norvège a doublé ses effectifs militaires.\n", 'PLEDGES')).toEqual([
      'Norvège -PLEDGES-> Fonds vert pour le climat',
      'Suède -PLEDGES-> Fonds vert pour le climat',
    ]);
    expect(factsOf("La Jordanie enverra 300 camions d'aide humanitaire vers Gaza.\n", 'PLEDGES')).toEqual(['Jordanie -PLEDGES-> Palestine']);
  });

  it('does not read hospitality ("a offert un dîner aux délégations") as a pledge, but an offered aid is one', () => {
    expect(factsOf("Le Premier ministre malien Amadou Keita a offert un dîner aux délégations du Niger. Le Mali a offert une aide au Niger.\n", 'PLEDGES')).toEqual(['Mali -PLEDGES-> Niger']);
  });

  it('reads aid let through or routed to a place ("laisser passer", "acheminer … vers") as a pledge, not a refusal to let it through', () => {
    expect(factsOf("La Jordanie s'engage à laisser passer 300 camions d'aide par jour vers Gaza. Le Kenya acheminera de l'aide vers le Soudan. Le Tchad refuse de laisser passer l'aide vers le Soudan.\n", 'PLEDGES')).toEqual([
      'Jordanie -PLEDGES-> Palestine',
      'Kenya -PLEDGES-> Soudan',
    ]);
  });

  it('does not read backing a process ("pour soutenir la médiation") as a pledge to the article\'s receiver', () => {
    expect(factsOf("La Jordanie enverra de l'aide à Gaza. Le Maroc enverra de l'aide à Gaza. La Turquie s'engage à soutenir la médiation.\n", 'PLEDGES')).toEqual([
      'Jordanie -PLEDGES-> Palestine',
      'Maroc -PLEDGES-> Palestine',
    ]);
  });

  it('does not read a declined contribution ("a refusé de verser", "refuse toujours d\'y contribuer") as a pledge', () => {
    expect(factsOf("La Suède a versé 20 millions d'euros au Fonds vert pour le climat. L'Inde refuse toujours d'y contribuer. Le Japon a refusé de verser 10 millions d'euros au Maroc.\n", 'PLEDGES')).toEqual([
      'Suède -PLEDGES-> Fonds vert pour le climat',
    ]);
  });

  it('reads support from a noun with its agent ("le soutien des États-Unis")', () => {
    expect(factsOf("L'Arménie a salué le soutien logistique des États-Unis.\n", 'PLEDGES')).toEqual(['États-Unis -PLEDGES-> Arménie']);
  });

  it('does not read a promise to oneself or an engagement without agent as a pledge', () => {
    expect(factsOf("L'Otan promet de renforcer son flanc est. Le ministre a souligné un engagement concret.\n", 'PLEDGES')).toEqual([]);
  });
});

describe('REFUSES_TROOPS', () => {
  it('reads a negated sending of troops as a refusal, for the country and the leader speaking for it', () => {
    expect(
      factsOf("Le Premier ministre tchèque Andrej Babis a déclaré que la Tchéquie n'enverrait pas de soldats en Ukraine.\n", 'REFUSES_TROOPS'),
    ).toEqual(['Andrej Babis -REFUSES_TROOPS-> Ukraine', 'Tchéquie -REFUSES_TROOPS-> Ukraine']);
  });

  it('reads "aucun plan pour envoyer des militaires <demonym>" and "le refus <demonym>"', () => {
    expect(factsOf("Le chancelier autrichien Christian Stocker a indiqué qu'il n'avait aucun plan pour envoyer des militaires autrichiens en Ukraine.\n", 'REFUSES_TROOPS')).toEqual([
      'Autriche -REFUSES_TROOPS-> Ukraine',
      'Christian Stocker -REFUSES_TROOPS-> Ukraine',
    ]);
    expect(factsOf("Viktor Orban a rappelé le refus hongrois d'envoyer des troupes en Ukraine.\n", 'REFUSES_TROOPS')).toEqual([
      'Hongrie -REFUSES_TROOPS-> Ukraine',
      'Viktor Orban -REFUSES_TROOPS-> Ukraine',
    ]);
  });

  it('does not read opposition to foreign troops as a refusal', () => {
    expect(factsOf("La Chine s'oppose au déploiement de troupes étrangères à Taïwan. Pékin refuse toute présence de soldats occidentaux en Corée.\n", 'REFUSES_TROOPS')).toEqual([]);
  });

  it('does not read an undecided government as refusing', () => {
    expect(
      factsOf("La Première ministre lettone Evika Silina a dit qu'elle ne pouvait pas encore confirmer l'envoi de soldats lettons. Le Portugal n'a pas encore décidé d'envoyer des troupes en Ukraine.\n", 'REFUSES_TROOPS'),
    ).toEqual([]);
  });

  it('does not read a refused spending target as refusing troops', () => {
    expect(factsOf("L'Espagne refuse l'objectif de 5 % du PIB pour la défense fixé par l'Otan.\n", 'REFUSES_TROOPS')).toEqual([]);
  });

  it('reads "a exclu tout envoi de troupes" as a refusal (the leader\'s and his country\'s), "n\'exclut pas d\'envoyer" and "envisage d\'envoyer" as neither', () => {
    expect(factsOf('Le président tchèque Petr Pavel a exclu tout envoi de troupes en Ukraine.\n', 'REFUSES_TROOPS')).toEqual(['Petr Pavel -REFUSES_TROOPS-> Ukraine', 'Tchéquie -REFUSES_TROOPS-> Ukraine']);
    const undecided = factsOf("Le Premier ministre néerlandais Dick Schoof n'exclut pas d'envoyer des troupes en Ukraine. Le Portugal envisage d'envoyer des troupes en Lettonie.\n");
    expect(undecided.filter((f) => !f.includes('-LEADS->'))).toEqual([]);
  });

  it('reads a promise not to send troops as a refusal', () => {
    expect(factsOf('La Grèce a promis de ne pas envoyer de soldats en Ukraine.\n')).toEqual(['Grèce -REFUSES_TROOPS-> Ukraine']);
  });
});


describe('negation by "ni … ni"', () => {
  it('reads "n\'enverrait ni armes ni soldats" as a refusal, not a pledge', () => {
    const text = "Le Premier ministre hongrois Viktor Orbán a répété que la Hongrie n'enverrait « ni armes ni soldats » en Ukraine.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Hongrie -REFUSES_TROOPS-> Ukraine', 'Viktor Orbán -REFUSES_TROOPS-> Ukraine']);
    expect(factsOf(text, 'PLEDGES')).toEqual([]);
  });
});

describe('pledges said in other words', () => {
  it('reads a capital after a transfer verb as its country receiving', () => {
    expect(factsOf("La Norvège a promis de livrer des systèmes de défense antiaérienne à Kiev d'ici à la fin de l'année.\n", 'PLEDGES')).toEqual(['Norvège -PLEDGES-> Ukraine']);
  });

  it('reads "a annoncé une aide" as a pledge, by the leader and his country, not any announcement', () => {
    expect(factsOf("Le président finlandais Alexander Stubb a annoncé une aide militaire de 200 millions d'euros à l'Ukraine.\n", 'PLEDGES')).toEqual([
      'Alexander Stubb -PLEDGES-> Ukraine',
      'Finlande -PLEDGES-> Ukraine',
    ]);
    expect(factsOf("Le président finlandais Alexander Stubb a annoncé des élections anticipées en Ukraine.\n", 'PLEDGES')).toEqual([]);
  });

  it('keeps the subject of a pledge past a passive aside ("représentée par …,")', () => {
    expect(factsOf("L'Union européenne, représentée par sa commissaire à la Méditerranée, Dubravka Šuica, a annoncé une enveloppe de 1,6 milliard d'euros pour les Territoires palestiniens.\n", 'PLEDGES')).toEqual([
      'Union européenne -PLEDGES-> Palestine',
    ]);
  });

  it('adds the leader of a speech incise to his country\'s refusal, and a coordinated verb keeps its subject', () => {
    expect(factsOf("L'Irlande, neutre, n'enverra pas de soldats en Ukraine, a rappelé le Premier ministre irlandais, Micheál Martin.\n", 'REFUSES_TROOPS')).toEqual([
      'Irlande -REFUSES_TROOPS-> Ukraine',
      'Micheál Martin -REFUSES_TROOPS-> Ukraine',
    ]);
    expect(factsOf("Le Premier ministre hongrois Viktor Orbán a participé aux discussions mais a répété que la Hongrie n'enverrait pas de soldats en Ukraine.\n", 'REFUSES_TROOPS')).toEqual([
      'Hongrie -REFUSES_TROOPS-> Ukraine',
      'Viktor Orbán -REFUSES_TROOPS-> Ukraine',
    ]);
  });
});

describe('the receiver of a pledge', () => {
  const aboutUkraine = "L'Ukraine attend. L'Ukraine espère. La guerre en Ukraine dure. ";

  it('is the institution named, and nobody when the one named is unknown (not the article\'s country)', () => {
    expect(factsOf(aboutUkraine + "Le Japon s'est engagé à verser 2 milliards de dollars à la Banque africaine de développement.\n", 'PLEDGES')).toEqual([
      'Japon -PLEDGES-> Banque africaine de développement',
    ]);
    expect(factsOf(aboutUkraine + "Le Japon s'est engagé à verser 2 milliards de dollars à la Fondation Tartempion.\n", 'PLEDGES')).toEqual([]);
    expect(factsOf(aboutUkraine + "Le Japon s'est engagé à verser 2 milliards de dollars d'aide.\n", 'PLEDGES')).toEqual(['Japon -PLEDGES-> Ukraine']);
  });
});

describe('warships to a naval force', () => {
  it('"engagera de nouveau la frégate X" pledges it; "n\'enverra pas de navires" declines, unless the country sends something else to the force', () => {
    const lead = "L'opération navale Aspides a été prolongée mardi. ";
    expect(factsOf(lead + 'La Grèce engagera de nouveau la frégate Psara, a indiqué son ministre.\n', 'PLEDGES')).toEqual(['Grèce -PLEDGES-> Aspides']);
    expect(factsOf(lead + "« L'Espagne n'enverra pas de navires à Aspides », a répété la ministre espagnole Ana Ruiz.\n", 'REFUSES_TROOPS')).toEqual(['Ana Ruiz -REFUSES_TROOPS-> Aspides', 'Espagne -REFUSES_TROOPS-> Aspides']);
    expect(factsOf(lead + "La Belgique n'enverra pas de frégate. La Belgique enverra un hélicoptère à Aspides.\n", 'REFUSES_TROOPS')).toEqual([]);
    expect(factsOf(lead + "La Belgique n'enverra pas de frégate, mais un hélicoptère.\n", 'REFUSES_TROOPS')).toEqual([]);
  });
});

describe('a speaker\'s own country in a completive', () => {
  const lead = "Bénin : la Cédéao active sa force en attente\n\nRéunis en sommet extraordinaire jeudi à Abuja, les chefs d'État de la Cédéao ont approuvé le déploiement de leur force en attente dans le nord du Bénin. ";
  it('"X a rappelé que son pays n\'enverrait pas de soldats": X and the country he leads refuse', () => {
    expect(factsOf(lead + "Le président cap-verdien Rui Tavares a rappelé que son pays n'enverrait pas de soldats.\n", 'REFUSES_TROOPS')).toEqual(['Cap-Vert -REFUSES_TROOPS-> Bénin', 'Rui Tavares -REFUSES_TROOPS-> Bénin']);
  });
  it('"X a assuré que son pays « n\'a pas renoncé » à déployer un millier d\'hommes": giving up denied refuses nothing', () => {
    expect(factsOf(lead + "Le ministre égyptien Omar Farouk a assuré que son pays « n'a pas renoncé » à déployer un millier d'hommes.\n", 'REFUSES_TROOPS')).toEqual([]);
  });
});

describe('a standing force the lexicon knows, the only one named', () => {
  it('takes the ships no sentence sends elsewhere; declining ships while paying into its fund still declines', () => {
    const text =
      "Câbles sous-marins : la JEF se mobilise\n\nPublié le 29 janvier 2026\n\nRéunis jeudi à Riga, les dirigeants de la Force expéditionnaire interarmées ont promis navires et soldats pour surveiller les câbles. La Suède enverra deux corvettes. L'Islande n'enverra ni navire ni personnel. Elle versera en revanche 3 millions d'euros au fonds commun de la JEF.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Islande -PLEDGES-> Force expéditionnaire interarmées', 'Suède -PLEDGES-> Force expéditionnaire interarmées']);
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Islande -REFUSES_TROOPS-> Force expéditionnaire interarmées']);
  });
});

describe('money given by default to the country the article is about, itself refusing', () => {
  it('goes to the article\'s force ("Le Danemark versera 13 millions d\'euros" in an article on Spain staying out of Aspides)', () => {
    const text =
      "Mer Rouge : l'Espagne ne rejoindra pas Aspides\n\nPublié le 10 février 2026\n\nRéunis mardi à Bruxelles, les ministres de la défense ont prolongé l'opération Aspides. L'Espagne n'enverra aucune frégate, a répété la ministre espagnole Ana Ruiz. Madrid juge la mission mal conçue et l'Espagne préfère rester en Somalie. Le Danemark versera 13 millions d'euros, a fait savoir son ministre, Lars Holm.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Danemark -PLEDGES-> Aspides', 'Lars Holm -PLEDGES-> Aspides']);
  });
});

describe('police to a security force', () => {
  it('"n\'enverront pas de policiers supplémentaires" declines to send its personnel; "enverra des policiers" pledges them', () => {
    const lead = "Haïti : à l'ONU, la force anti-gangs récolte des promesses\n\nUne dizaine de délégations se sont réunies mercredi à New York pour la force anti-gangs en Haïti. ";
    expect(factsOf(lead + "En revanche, les Bahamas n'enverront pas de policiers supplémentaires, a tranché le Premier ministre Paul Knowles.\n", 'REFUSES_TROOPS')).toEqual(['Bahamas -REFUSES_TROOPS-> Haïti', 'Paul Knowles -REFUSES_TROOPS-> Haïti']);
    expect(factsOf(lead + 'Le Kenya enverra des policiers en Haïti.\n', 'REFUSES_TROOPS')).toEqual([]);
  });
});

describe('a pledge to a fund the graph does not know', () => {
  it('goes to the country its apposition or its relative says it serves; nowhere when it says none', () => {
    expect(factsOf("Le Premier ministre suédois Nils Berg a annoncé mardi à New York une nouvelle contribution de 300 millions d'euros au mécanisme KORAL, qui permet d'acheter des armes pour l'Ukraine.\n", 'PLEDGES')).toEqual([
      'Nils Berg -PLEDGES-> Ukraine',
      'Suède -PLEDGES-> Ukraine',
    ]);
    expect(factsOf("Le ministre norvégien de la Défense, Olav Lund, annonce une contribution de 1,5 milliard de couronnes à la KORAL, le dispositif par lequel les alliés financent des armes pour Kiev.\n", 'PLEDGES')).toEqual([
      'Norvège -PLEDGES-> Ukraine',
      'Olav Lund -PLEDGES-> Ukraine',
    ]);
    expect(factsOf("Le Japon s'est engagé à verser 2 milliards de dollars au mécanisme KORAL.\n", 'PLEDGES')).toEqual([]);
  });
});

describe('a promise that another will give', () => {
  it('"a promis que l\'Union européenne couvrirait les besoins de Kyiv": the Union is no receiver of the promise', () => {
    const text = "L'Ukraine attend. L'Ukraine espère. L'Ukraine négocie. La présidente de la Commission européenne, Ursula Brandt, a promis que l'Union européenne couvrirait les deux tiers des besoins de financement de Kyiv.\n";
    expect(factsOf(text, 'PLEDGES').filter((f) => f.endsWith('Union européenne'))).toEqual([]);
  });
});

describe('the host named most, and the country the headline is about', () => {
  it('"Sommet de Kingston : la Caraïbe promet des renforts pour Haïti": pledges told with no receiver go to Haiti, the host pledging too', () => {
    const text =
      "Sommet de Kingston : la Caraïbe promet des renforts pour Haïti\n\nPublié le 22 janvier 2026\n\nLes dirigeants se sont réunis jeudi à Kingston. La Jamaïque fournira 150 militaires, a annoncé le Premier ministre jamaïcain Paul Brown. La Jamaïque accueillait. La Jamaïque a ouvert les débats. Le Guyana a promis une compagnie de 120 soldats.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Guyana -PLEDGES-> Haïti', 'Jamaïque -PLEDGES-> Haïti', 'Paul Brown -PLEDGES-> Haïti']);
  });
});

describe("the article's country", () => {
  it('counts a territory of a state ("Gaza") for that state, not only the host country named by its capital', () => {
    const text =
      "Publié le 11 mars 2026\n\nAu Caire, les parrains de Gaza comptent leurs soldats\n\nLe Caire accueillait mercredi une conférence sur Gaza. L'Égypte a ouvert les débats. Pour Gaza, l'heure est à la reconstruction de Gaza, et les habitants de Gaza attendent. Berlin versera 250 millions d'euros.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Allemagne -PLEDGES-> Palestine']);
  });
});

describe('own support and regional forces', () => {
  it('reads "ont promis de maintenir leur soutien à l\'Ukraine" as the subjects\' pledge, not "a salué leur soutien"', () => {
    expect(factsOf("Le Royaume-Uni et la France ont promis de maintenir leur soutien militaire à l'Ukraine. L'Arménie a salué leur soutien.\n", 'PLEDGES')).toEqual([
      'France -PLEDGES-> Ukraine',
      'Royaume-Uni -PLEDGES-> Ukraine',
    ]);
  });

  it('sends soldiers to the regional force of an article about no one country', () => {
    const text =
      "Les chefs d'État de la Cedeao ont décidé d'activer une force régionale de 5 000 hommes. Le Nigeria fournira 1 500 soldats. Le Sénégal ne prévoit pas d'envoyer de troupes, a indiqué M. Faye, le président sénégalais.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Nigéria -PLEDGES-> Force régionale']);
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Faye -REFUSES_TROOPS-> Force régionale', 'Sénégal -REFUSES_TROOPS-> Force régionale']);
  });
});

describe('a minister speaking for his country', () => {
  it('makes the aid a minister announces his country\'s pledge too', () => {
    expect(factsOf("Le ministre britannique des Affaires étrangères, David Lammy, a annoncé une aide de 120 millions de livres au Soudan.\n", 'PLEDGES')).toEqual([
      'David Lammy -PLEDGES-> Soudan',
      'Royaume-Uni -PLEDGES-> Soudan',
    ]);
  });
});

describe('more ways to give, and to decline', () => {
  it.each([
    ["La France va envoyer des canons Caesar à l'Ukraine.", 'France -PLEDGES-> Ukraine'],
    ['La Suède a annoncé l\'envoi de 200 soldats en Lettonie.', 'Suède -PLEDGES-> Lettonie'],
    ["Le Japon mettra à disposition 5 milliards de dollars pour l'Ukraine.", 'Japon -PLEDGES-> Ukraine'],
    ["L'Allemagne va consacrer 8 milliards d'euros à l'aide militaire à l'Ukraine.", 'Allemagne -PLEDGES-> Ukraine'],
    ["La Norvège fera don de 20 millions d'euros à l'Ukraine.", 'Norvège -PLEDGES-> Ukraine'],
    ["Le Danemark a transféré 30 avions F-16 à l'Ukraine.", 'Danemark -PLEDGES-> Ukraine'],
    ['Paris va livrer des Mirage à Kiev.', 'France -PLEDGES-> Ukraine'],
    ["La Belgique a écarté l'envoi de troupes en Ukraine.", 'Belgique -REFUSES_TROOPS-> Ukraine'],
  ])('%s', (sentence, fact) => {
    expect(factsOf(sentence + '\n').filter((f) => /PLEDGES|REFUSES/.test(f))).toEqual([fact]);
  });

  it.each(['La France va envoyer un message à la Russie.', "La Pologne n'enverra pas de chars à l'Ukraine.", 'Le Kremlin a mis en garde Paris.'])('%s pledges nothing', (sentence) => {
    expect(factsOf(sentence + '\n').filter((f) => /PLEDGES|REFUSES/.test(f))).toEqual([]);
  });
});

describe('refusals told apart', () => {
  it('keeps the subject of "mais fournira" and reads its pledge beside the refusal', () => {
    expect(factsOf("L'Italie refuse d'envoyer des troupes en Ukraine mais fournira des armes à Kiev.\n").filter((f) => /PLEDGES|REFUSES/.test(f))).toEqual([
      'Italie -PLEDGES-> Ukraine',
      'Italie -REFUSES_TROOPS-> Ukraine',
    ]);
  });

  it.each(["Moscou rejette toute présence de soldats de l'Otan en Ukraine.", "Le Danemark refuse de se prononcer sur l'envoi de troupes en Ukraine."])('%s is no refusal', (sentence) => {
    expect(factsOf(sentence + '\n', 'REFUSES_TROOPS')).toEqual([]);
  });
});

describe('seats of power as actors', () => {
  it('reads "Bruxelles" acting as the European Union, "à Bruxelles" as a place', () => {
    expect(factsOf("Bruxelles a débloqué 5 milliards d'euros pour Kiev.\n", 'PLEDGES')).toEqual(['Union européenne -PLEDGES-> Ukraine']);
    expect(factsOf('Les dirigeants se sont réunis le 3 mars 2026 à Bruxelles pour un sommet.\n')).toEqual([]);
  });

  it("makes a national institution's pledge its country's", () => {
    expect(factsOf("La France soutient le Liban. Le Quai d'Orsay a annoncé une aide de 10 millions d'euros au Liban.\n", 'PLEDGES')).toEqual([
      'France -PLEDGES-> Liban',
      "Quai d'Orsay -PLEDGES-> Liban",
    ]);
  });
});

describe('refusal, indecision and opposition', () => {
  it.each([
    ["La Hongrie n'envisage pas d'envoyer des soldats en Ukraine.", ['Hongrie -REFUSES_TROOPS-> Ukraine']],
    ["La Slovaquie a exclu d'envoyer des soldats en Ukraine.", ['Slovaquie -REFUSES_TROOPS-> Ukraine']],
    ["La Grèce a décliné l'invitation à envoyer des soldats en Ukraine.", ['Grèce -REFUSES_TROOPS-> Ukraine']],
    ["Le président tchèque Petr Pavel s'est dit opposé à l'envoi de soldats tchèques en Ukraine.", ['Petr Pavel -REFUSES_TROOPS-> Ukraine', 'Tchéquie -REFUSES_TROOPS-> Ukraine']],
    ["La Hongrie envisage d'envoyer des soldats en Ukraine.", []],
    ["La Turquie n'exclut pas d'envoyer des troupes en Ukraine.", []],
    ["Le président tchèque Petr Pavel s'est dit opposé à l'envoi de soldats français en Ukraine.", []],
    // A condition ("pas sans un vote") is not declining; "pas question … sans mandat" still is.
    ["Le président kényan William Ruto a prévenu : « Nos soldats ne partiront pas au Soudan sans un vote de l'Assemblée nationale ».", []],
    // Not asked is not declining.
    ["Le Rwanda n'a évidemment pas été sollicité pour fournir des troupes en Ukraine.", []],
    // A refusal qualified by a demonym is that country's; of another country's soldiers, no refusal at all.
    ["Le président turc Recep Tayyip Erdogan s'est dit prêt à fournir des troupes, mais l'offre turque bute sur le refus israélien de toute présence militaire turque à Gaza.", []],
    ["Le président polonais Karol Nawrocki a écouté Donald Trump exclure l'envoi de troupes américaines en Ukraine.", ['Donald Trump -REFUSES_TROOPS-> Ukraine', 'États-Unis -REFUSES_TROOPS-> Ukraine']],
  ])('%s', (sentence, facts) => {
    expect(factsOf(sentence + '\n').filter((f) => /PLEDGES|REFUSES/.test(f))).toEqual(facts);
  });
});

describe('commitments of speakers, bodies and unnamed receivers', () => {
  it('reads "nous" in a quote as its speaker and his country, and the pledge of his participle clause', () => {
    const facts = factsOf(
      "« Nous ne déploierons aucun soldat au Soudan », a averti le président kényan Daniel Mwangi, tout en promettant des drones supplémentaires à Khartoum.\n",
    ).filter((f) => /PLEDGES|REFUSES_TROOPS/.test(f));
    expect(facts).toEqual(['Daniel Mwangi -PLEDGES-> Soudan', 'Daniel Mwangi -REFUSES_TROOPS-> Soudan', 'Kenya -PLEDGES-> Soudan', 'Kenya -REFUSES_TROOPS-> Soudan']);
  });

  it('reads "nous" of a quoted pledge as its speaker and his country', () => {
    expect(factsOf("« Nous fournirons des drones au Soudan », a martelé le président kényan Daniel Mwangi.\n", 'PLEDGES')).toEqual(['Daniel Mwangi -PLEDGES-> Soudan', 'Kenya -PLEDGES-> Soudan']);
  });

  it('gives troops named after "dont" to the one "dont" stands for (and the country he leads), not the subject', () => {
    const facts = factsOf(
      "Le président malien Issa Traoré s'est entretenu avec le président nigérien Ali Moussa, dont les soldats sont déployés au Burkina Faso.\n",
      'PLEDGES',
    );
    expect(facts).toEqual(['Ali Moussa -PLEDGES-> Burkina Faso', 'Niger -PLEDGES-> Burkina Faso']);
  });

  it('makes a body the giver when its members are the subject', () => {
    expect(factsOf("Les dirigeants de l'Union africaine ont approuvé une aide de 40 millions de dollars au Soudan.\n", 'PLEDGES')).toEqual(['Union africaine -PLEDGES-> Soudan']);
    expect(factsOf("Les ministres de l'Otan ont promis de nouvelles livraisons de munitions à la Moldavie.\n", 'PLEDGES')).toEqual(['OTAN -PLEDGES-> Moldavie']);
  });

  it('keeps the body as the giver after an opening participle of gathering ("Réunis …, les chefs d\'État et de gouvernement de X")', () => {
    const graph = graphOf(
      " date 2026-05-22 Addis-Abeba\nRéunis jeudi à Addis-Abeba, les chefs d'État et de gouvernement de l'Union africaine ont approuvé une aide de 40 millions de dollars au Soudan pour l'année prochaine.\n",
    );
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Union africaine -PLEDGES-> Soudan']);
    expect(namesOf(graph, 'Person')).toEqual([]);
  });

  it('gives a pledge naming no receiver to the one receiver of the article, less surely, and to no one otherwise', () => {
    const oneReceiver = graphOf(
      "L'Espagne a promis des drones au Soudan. Le Portugal a annoncé une aide de 10 millions d'euros à Khartoum. La Grèce s'est engagée à fournir 5 millions d'euros d'aide supplémentaire.\n",
    );
    expect(factsOf(oneReceiver, 'PLEDGES')).toEqual(['Espagne -PLEDGES-> Soudan', 'Grèce -PLEDGES-> Soudan', 'Portugal -PLEDGES-> Soudan']);
    const edge = oneReceiver.findEdge((_, a, s) => a.type === 'PLEDGES' && oneReceiver.getNodeAttribute(s, 'name') === 'Grèce')!;
    expect(oneReceiver.getEdgeAttribute(edge, 'confidence')).toBeLessThan(0.85);
    const twoReceivers = "L'Espagne a promis des drones au Soudan. Le Portugal a annoncé une aide de 10 millions d'euros au Tchad. La Grèce s'est engagée à fournir 5 millions d'euros d'aide supplémentaire.\n";
    expect(factsOf(twoReceivers, 'PLEDGES')).toEqual(['Espagne -PLEDGES-> Soudan', 'Portugal -PLEDGES-> Tchad']);
  });

  it('gives a pledge naming no receiver to the headline\'s country when it is the only receiver named, even with one other giver', () => {
    const article = (headline: string): string =>
      `${headline}\n\nLe texte doit encore être ratifié.\n\nLa Norvège et le Soudan ont signé mardi un accord sur l'irrigation. Selon Oslo, les entreprises norvégiennes pourront investir.. Le Japon a versé 3 millions de dollars au Soudan l'an dernier.\n\nLe Canada s'est engagé à fournir 2 millions de dollars d'aide supplémentaire.\n`;
    const about = graphOf(article("Oslo et Khartoum signent un accord sur l'eau"));
    expect(factsOf(about, 'PLEDGES')).toEqual(['Canada -PLEDGES-> Soudan', 'Japon -PLEDGES-> Soudan']);
    const edge = about.findEdge((_, a, s) => a.type === 'PLEDGES' && about.getNodeAttribute(s, 'name') === 'Canada')!;
    expect(about.getEdgeAttribute(edge, 'confidence')).toBeLessThan(0.85);
    expect(factsOf(article("Un accord sur l'eau signé mardi"), 'PLEDGES')).toEqual(['Japon -PLEDGES-> Soudan']);
  });
});

describe('a people as the receiver', () => {
  it('reads "aux Palestiniens", "aux Ukrainiens" as the country of that people', () => {
    const facts = factsOf(
      " date 2026-03-02 Oslo\nLe Japon a promis 30 millions de dollars d'aide humanitaire aux Soudanais.\nLa Norvège a promis 20 millions d'euros aux Ukrainiens.\n",
      'PLEDGES',
    );
    expect(facts).toEqual(['Japon -PLEDGES-> Soudan', 'Norvège -PLEDGES-> Ukraine']);
  });
});

describe('PLEDGES and REFUSES_TROOPS, traps of wording', () => {
  it('does not make a pledge of aid that is refused, or of support one is accused of', () => {
    const facts = factsOf(
      "Le Sri Lanka a refusé l'aide de l'Inde pour reconstruire son port.\n" +
        'Minsk, accusé de soutenir les séparatistes, a démenti.\n',
    );
    expect(facts.filter((f) => f.includes('PLEDGES'))).toEqual([]);
  });

  it('reads "exclu toute participation militaire <demonym>" as a refusal of troops', () => {
    const facts = factsOf("Le président brésilien Luiz Inácio Lula da Silva a exclu toute participation militaire brésilienne à une force au Soudan.\n", 'REFUSES_TROOPS');
    expect(facts).toContain('Brésil -REFUSES_TROOPS-> Soudan');
  });

  it('gives the pledge of the head of an international body to that body', () => {
    const facts = factsOf("Le président de la Banque africaine de développement, Sidi Ould Tah, a annoncé une enveloppe de 2 milliards de dollars pour le Soudan.\n", 'PLEDGES');
    expect(facts).toContain('Banque africaine de développement -PLEDGES-> Soudan');
  });

  it('reads a capital opening a sentence as its government when no date follows ("Berlin, de son côté, …")', () => {
    const facts = factsOf("Le sommet s'est tenu lundi à Oslo.\nBerlin, de son côté, ne prévoit pas de déployer de soldats en Ukraine.\n", 'REFUSES_TROOPS');
    expect(facts).toEqual(['Allemagne -REFUSES_TROOPS-> Ukraine']);
  });
});

describe('a negative subject ("aucun soldat … ne sera envoyé")', () => {
  it('is a refusal of troops, not a pledge', () => {
    const facts = factsOf("Le président chilien Gabriel Boric a assuré qu'aucun soldat chilien ne serait envoyé en Haïti.\n");
    expect(facts.filter((f) => !f.includes('LEADS'))).toEqual(['Chili -REFUSES_TROOPS-> Haïti', 'Gabriel Boric -REFUSES_TROOPS-> Haïti']);
  });
});

describe('a refusal of troops that names no destination', () => {
  it('goes where the article sends its soldiers (its force), and a leader refuses for the country', () => {
    const facts = factsOf(
      'Les alliés préparent une force multinationale pour le Soudan.\n' + "Le Premier ministre grec Kyriakos Mitsotakis a refusé d'envoyer des soldats.\n",
      'REFUSES_TROOPS',
    );
    expect(facts).toEqual(['Grèce -REFUSES_TROOPS-> Force multinationale pour le Soudan', 'Kyriakos Mitsotakis -REFUSES_TROOPS-> Force multinationale pour le Soudan']);
  });

  it('is no one\'s without a force or other troop commitments, and never where the refuser already sends soldiers', () => {
    expect(factsOf("Le Premier ministre grec Kyriakos Mitsotakis a refusé d'envoyer des soldats.\n", 'REFUSES_TROOPS')).toEqual([]);
    const facts = factsOf("La Grèce s'est engagée à déployer 800 soldats en Bulgarie. Mais Athènes n'a pas l'intention d'envoyer de nouvelles troupes dans la région.\n");
    expect(facts.filter((f) => f.includes('REFUSES_TROOPS'))).toEqual([]);
  });
});

describe('a force one would serve in', () => {
  it('"n\'enverra pas de soldats au sein de la force" refuses to that force, not to what a clause after it names', () => {
    const text = 'Les alliés préparent une force multinationale pour le Soudan.\n' + "Le Tchad n'enverra pas de soldats au sein de la force multinationale et n'envisage pas d'adhérer à l'Union africaine.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Tchad -REFUSES_TROOPS-> Force multinationale pour le Soudan']);
  });
});

describe('a neighbour of the country named', () => {
  it('"dans un pays voisin de la Moldavie" sends nothing to Moldova', () => {
    const facts = factsOf("La Roumanie pourrait déployer des soldats dans un pays voisin de la Moldavie.\n", 'PLEDGES');
    expect(facts).not.toContain('Roumanie -PLEDGES-> Moldavie');
  });
});

describe('taking part in a force', () => {
  const FORCE = 'Les alliés préparent une force multinationale pour le Soudan.\n';
  it('is sending soldiers to it, or refusing to', () => {
    expect(factsOf(FORCE + 'Le Kenya participera à la force multinationale.\n', 'PLEDGES')).toEqual(['Kenya -PLEDGES-> Force multinationale pour le Soudan']);
    expect(factsOf(FORCE + "L'Ouganda ne participera pas à la force multinationale.\n", 'REFUSES_TROOPS')).toEqual(['Ouganda -REFUSES_TROOPS-> Force multinationale pour le Soudan']);
  });
});

describe('training the forces of a people', () => {
  it('supports their country; forming a government supports no one', () => {
    expect(factsOf("L'Égypte s'est engagée à former les policiers palestiniens.\n", 'PLEDGES')).toEqual(['Égypte -PLEDGES-> Palestine']);
    expect(factsOf('Le Maroc formera 500 soldats maliens.\n', 'PLEDGES')).toEqual(['Maroc -PLEDGES-> Mali']);
    expect(factsOf('Le président tunisien doit former un nouveau gouvernement.\n', 'PLEDGES')).toEqual([]);
  });
});

describe('a troop clause governed by "exclure que"', () => {
  it('is undecided under "n\'a pas exclu que", a refusal under "a exclu que"', () => {
    expect(factsOf("Le Premier ministre belge Bart De Wever n'a pas exclu que des soldats belges soient déployés en Moldavie.\n").filter((f) => !f.includes('LEADS'))).toEqual([]);
    expect(factsOf('Le Premier ministre belge Bart De Wever a exclu que des soldats belges soient déployés en Moldavie.\n').filter((f) => !f.includes('LEADS'))).toEqual([
      'Bart De Wever -REFUSES_TROOPS-> Moldavie',
      'Belgique -REFUSES_TROOPS-> Moldavie',
    ]);
  });
});

describe('a troop clause governed by "il est question que"', () => {
  it('is a refusal when denied ("il n\'est pas question que", "il est hors de question que"), and nothing when merely talked of', () => {
    const others = (text: string) => factsOf(text).filter((f) => !f.includes('LEADS'));
    const refusal = ['Chiara Moretti -REFUSES_TROOPS-> Ukraine', 'Italie -REFUSES_TROOPS-> Ukraine'];
    expect(others("« Il n'est pas question que des soldats italiens soient envoyés en Ukraine », a tranché la présidente du Conseil italien, Chiara Moretti.\n")).toEqual(refusal);
    expect(others('« Il est hors de question que des soldats italiens soient envoyés en Ukraine », a tranché la présidente du Conseil italien, Chiara Moretti.\n')).toEqual(refusal);
    expect(others('Selon la présidente du Conseil italien, Chiara Moretti, il est question que des soldats italiens soient envoyés en Ukraine.\n')).toEqual([]);
  });
});

describe('where troops would go', () => {
  it('is the country of a region named by a compass point ("dans l\'est de la RDC", "au sud du Liban")', () => {
    expect(factsOf("Le Kenya a exclu d'envoyer des troupes dans l'est de la RDC.\n")).toEqual(['Kenya -REFUSES_TROOPS-> République démocratique du Congo']);
    expect(factsOf('Le Tchad enverra des soldats dans le nord du Mali.\n')).toEqual(['Tchad -PLEDGES-> Mali']);
    expect(factsOf("Le Kenya enverra de l'aide au sud du Liban.\n")).toEqual(['Kenya -PLEDGES-> Liban']);
  });

  it('is, for "y", where the troops of the sentence or the one before went', () => {
    expect(factsOf("L'Afrique du Sud fournira 1 500 soldats à une force de l'UA dans l'est de la RDC, tandis que le Kenya a exclu d'y envoyer des troupes.\n")).toEqual([
      'Afrique du Sud -PLEDGES-> République démocratique du Congo',
      'Kenya -REFUSES_TROOPS-> République démocratique du Congo',
    ]);
    expect(factsOf("La France enverra 300 soldats au Mali. L'Italie n'y enverra pas de troupes.\n")).toEqual(['France -PLEDGES-> Mali', 'Italie -REFUSES_TROOPS-> Mali']);
  });

  it('is the country of an armed mission one takes part in, or declines to', () => {
    expect(factsOf('Le Brésil ne participera pas à la mission de sécurité en Haïti.\n')).toEqual(['Brésil -REFUSES_TROOPS-> Haïti']);
    expect(factsOf('Le Kenya participera à la mission de maintien de la paix au Liban.\n')).toEqual(['Kenya -PLEDGES-> Liban']);
    expect(factsOf('Le Brésil ne participera pas à la mission commerciale en Chine.\n')).toEqual([]);
  });
});

describe('aid followed by a place of another phrase', () => {
  it('is not that place\'s aid ("l\'aide pour le sud du Liban")', () => {
    expect(factsOf("Le Kenya enverra de l'aide pour le sud du Liban.\n", 'PLEDGES')).toEqual(['Kenya -PLEDGES-> Liban']);
  });
});

describe('a pledge "lui a promis"', () => {
  it('goes to the country the person the story follows leads', () => {
    expect(factsOf("La présidente tunisienne, Leila Haddad, s'est entretenue avec le président français. L'Union européenne lui a promis une aide de 150 millions d'euros.\n", 'PLEDGES')).toEqual(['Union européenne -PLEDGES-> Tunisie']);
  });
});

describe('"Ni X ni Y n\'enverront de troupes"', () => {
  it('is a refusal by both', () => {
    expect(factsOf("Ni la Hongrie ni la Slovaquie n'enverront de troupes en Ukraine.\n")).toEqual(['Hongrie -REFUSES_TROOPS-> Ukraine', 'Slovaquie -REFUSES_TROOPS-> Ukraine']);
    expect(factsOf('Ni Paris ni Berlin ne veulent envoyer de soldats en Ukraine.\n')).toEqual(['Allemagne -REFUSES_TROOPS-> Ukraine', 'France -REFUSES_TROOPS-> Ukraine']);
  });
});

describe('a headline "X et Y promettent, Z boude"', () => {
  it('makes no one after the comma a receiver', () => {
    expect(factsOf('Tokyo et Ottawa promettent, Washington boude\n')).toEqual([]);
  });
});

describe('"dans le pays"', () => {
  it('is the country the sentence before gave something to', () => {
    expect(factsOf("Le Japon a annoncé une aide de 3 milliards de dollars pour l'Ukraine. La chancelière allemande, Ute Becker, a écarté tout envoi de soldats allemands dans le pays.\n").filter((f) => !f.includes('LEADS'))).toEqual([
      'Allemagne -REFUSES_TROOPS-> Ukraine',
      'Japon -PLEDGES-> Ukraine',
      'Ute Becker -REFUSES_TROOPS-> Ukraine',
    ]);
    expect(factsOf('La France enverra des soldats dans le pays voisin.\n')).toEqual([]);
  });
});

describe('soldiers of a second country told by ellipsis ("et le Ghana 800")', () => {
  it('are pledged as the first country\'s, to the same receiver or to their own', () => {
    expect(factsOf("La Cédéao va déployer une force en attente. Le Nigeria fournira 2 000 hommes et le Ghana 800.\n", 'PLEDGES')).toEqual([
      'Ghana -PLEDGES-> Force en attente',
      'Nigéria -PLEDGES-> Force en attente',
    ]);
    expect(factsOf('Le Nigeria enverra 2 000 soldats au Mali et le Ghana 1 200 au Niger.\n', 'PLEDGES')).toEqual(['Ghana -PLEDGES-> Niger', 'Nigéria -PLEDGES-> Mali']);
    expect(factsOf('Le Nigeria enverra 2 000 soldats au Mali et le Ghana 30 millions de dollars.\n', 'PLEDGES')).toEqual(['Nigéria -PLEDGES-> Mali']);
  });
});

describe('a supposition ("Si la France envoyait des troupes…")', () => {
  it('commits no one, unlike a condition put on a commitment or a fact granted by "même si"', () => {
    expect(factsOf("Si la France envoyait des troupes en Ukraine, l'Allemagne devrait suivre.\n")).toEqual([]);
    expect(factsOf("Si la France envoie des troupes en Ukraine, l'Allemagne suivra.\n")).toEqual([]);
    expect(factsOf('La France enverrait des troupes en Ukraine si un cessez-le-feu était signé.\n')).toEqual(['France -PLEDGES-> Ukraine']);
    expect(factsOf("Même si la France a envoyé 300 soldats en Ukraine, l'Allemagne hésite.\n")).toEqual(['France -PLEDGES-> Ukraine']);
  });
});

describe('refusing any part in a force', () => {
  it('is a troop refusal by the leader and his country ("a exclu toute participation de son armée à une force navale commune")', () => {
    expect(factsOf('Le Premier ministre thaïlandais, Somchai Rattana, a exclu toute participation de son armée à une force navale commune.\n').filter((f) => !f.includes('LEADS'))).toEqual([
      'Somchai Rattana -REFUSES_TROOPS-> Force navale commune',
      'Thaïlande -REFUSES_TROOPS-> Force navale commune',
    ]);
    expect(factsOf('La Thaïlande a exclu toute participation financière à la conférence.\n')).toEqual([]);
  });
});

describe('money "pour les infrastructures de la région"', () => {
  it('goes to no country the article merely talks about', () => {
    expect(factsOf('La Chine, la Chine et la Chine. Le Japon a promis 2 milliards de dollars pour les infrastructures de la région.\n', 'PLEDGES')).toEqual([]);
  });
});

describe('"Pas question pour X d\'envoyer des soldats"', () => {
  it('is X\'s refusal, and "il est question pour X de" is none', () => {
    expect(factsOf("« Pas question pour l'Algérie d'envoyer un seul soldat au Mali », a tranché le président algérien, Karim Benali.\n", 'REFUSES_TROOPS')).toEqual(['Algérie -REFUSES_TROOPS-> Mali']);
    expect(factsOf("Il est hors de question pour Rome d'envoyer des soldats en Ukraine.\n")).toEqual(['Italie -REFUSES_TROOPS-> Ukraine']);
    expect(factsOf("Il est question pour Rome d'envoyer des soldats en Ukraine.\n")).toEqual([]);
  });
});

describe('a list of contributions after a colon', () => {
  it('pledges each amount listed to the receiver named before the colon', () => {
    expect(factsOf("Contributions annoncées lors de la réunion des donateurs pour le Niger : Allemagne, 120 millions d'euros ; Italie, 60 millions ; Japon, 40 millions.\n", 'PLEDGES')).toEqual([
      'Allemagne -PLEDGES-> Niger',
      'Italie -PLEDGES-> Niger',
      'Japon -PLEDGES-> Niger',
    ]);
    expect(factsOf('Autour de la table : Allemagne ; Italie ; Japon.\n', 'PLEDGES')).toEqual([]);
  });
});

describe('a troop refusal naming no place', () => {
  it('goes where the article\'s military instructors go', () => {
    expect(factsOf("L'Estonie a promis l'envoi d'une centaine d'instructeurs militaires en Ukraine. La Lituanie, elle, refuse catégoriquement d'envoyer des troupes.\n")).toEqual([
      'Estonie -PLEDGES-> Ukraine',
      'Lituanie -REFUSES_TROOPS-> Ukraine',
    ]);
  });
});

describe('coast guards sent ("va dépêcher 300 garde-côtes")', () => {
  it('are personnel pledged to the country they go to', () => {
    expect(factsOf('Le Kenya va dépêcher 300 garde-côtes en Somalie.\n', 'PLEDGES')).toEqual(['Kenya -PLEDGES-> Somalie']);
  });
});

describe('"Quant à la Suède, elle…"', () => {
  it('makes the topic the subject the pronoun resumes', () => {
    expect(factsOf("Quant à la Suède, elle ne fournira pas de soldats à la future mission d'observation à Gaza.\n")).toEqual(['Suède -REFUSES_TROOPS-> Palestine']);
    expect(factsOf('Quant à la Suède, elle enverra des soldats au Mali.\n')).toEqual(['Suède -PLEDGES-> Mali']);
  });
  it('past an apposition to the topic, not the subject of the sentence before', () => {
    const text = "L'Espagne n'exclut pas de participer. Quant à la Suède, premier contributeur de la mission, elle enverra des soldats au Mali.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Suède -PLEDGES-> Mali']);
  });
});

describe('"sur l\'île"', () => {
  it('is the country the sentence before put something in', () => {
    expect(factsOf("La Turquie a opposé son veto à l'envoi d'une mission de l'Otan à Chypre. Ankara refuse aussi de déployer ses propres soldats sur l'île.\n")).toEqual(['Turquie -REFUSES_TROOPS-> Chypre']);
  });
});

describe('a loan ("La BEI prêtera 2 milliards d\'euros à l\'Ukraine")', () => {
  it('is a pledge, and "prêter serment" is none', () => {
    expect(factsOf("La BEI prêtera 2 milliards d'euros à l'Ukraine.\n", 'PLEDGES')).toEqual(["Banque européenne d'investissement -PLEDGES-> Ukraine"]);
    expect(factsOf('Le président ukrainien doit prêter serment vendredi à Kiev.\n', 'PLEDGES')).toEqual([]);
  });
});

describe('an African standby force and soldiers announced for it', () => {
  it('are a force and a troop pledge ("Le Maroc annonce 200 soldats")', () => {
    expect(factsOf("L'Union européenne débloque 300 millions d'euros pour la force africaine en attente. Le Maroc annonce 200 soldats.\n", 'PLEDGES')).toEqual([
      'Maroc -PLEDGES-> Force africaine en attente',
      'Union européenne -PLEDGES-> Force africaine en attente',
    ]);
  });
});

describe('money for a country\'s people ("aux communautés inuites du Groenland")', () => {
  it('goes to that country', () => {
    expect(factsOf('Le Canada a promis 15 millions de dollars aux communautés inuites du Groenland.\n', 'PLEDGES')).toEqual(['Canada -PLEDGES-> Groenland']);
  });
});

describe('"Pas un seul soldat portugais ne sera envoyé"', () => {
  it('is a refusal, as "aucun soldat" is', () => {
    expect(factsOf('« Pas un seul soldat portugais ne sera envoyé en Ukraine », a assuré le Premier ministre portugais, Rui Tavares.\n', 'REFUSES_TROOPS')).toEqual([
      'Portugal -REFUSES_TROOPS-> Ukraine',
      'Rui Tavares -REFUSES_TROOPS-> Ukraine',
    ]);
  });
});

describe('a list "Pays : montant ;"', () => {
  it('pledges each amount to the article\'s country', () => {
    const text = "Reconstruction de l'Ukraine : la conférence de Varsovie\n\nLa conférence pour l'Ukraine s'est tenue lundi, en présence du président ukrainien.\n\nMontants promis par pays - Allemagne : 1,2 milliard d'euros ; France : 800 millions d'euros ; Pologne : 500 millions d'euros.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Allemagne -PLEDGES-> Ukraine', 'France -PLEDGES-> Ukraine', 'Pologne -PLEDGES-> Ukraine']);
  });
});

describe('"Les deux pays ont promis"', () => {
  it('are the two countries the last sentence naming two named, by their leaders too', () => {
    const text = "Le prince héritier saoudien, Faisal ben Salmane, a reçu dimanche à Riyad l'émir du Qatar, cheikh Hamad ben Khalifa. Le ministre qatarien des Affaires étrangères était du voyage. Les deux pays ont promis 2 milliards de dollars au Liban.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Arabie Saoudite -PLEDGES-> Liban', 'Qatar -PLEDGES-> Liban']);
  });
});

describe('"Le gouvernement suédois a approuvé une aide"', () => {
  it('is the country\'s pledge', () => {
    expect(factsOf("Le gouvernement suédois a approuvé mardi un nouveau paquet d'aide militaire à l'Ukraine.\n", 'PLEDGES')).toEqual(['Suède -PLEDGES-> Ukraine']);
    expect(factsOf("L'exécutif allemand a promis une aide à l'Ukraine.\n", 'PLEDGES')).toEqual(['Allemagne -PLEDGES-> Ukraine']);
  });
});

describe('"mettra deux patrouilleurs à la disposition de la force"', () => {
  it('pledges them to that force, the object before or after "à la disposition"', () => {
    expect(factsOf('Le Ghana mettra deux patrouilleurs à la disposition de la force navale régionale.\n', 'PLEDGES')).toEqual(['Ghana -PLEDGES-> Force navale régionale']);
    expect(factsOf('Le Ghana mettra à la disposition de la force navale régionale deux patrouilleurs.\n', 'PLEDGES')).toEqual(['Ghana -PLEDGES-> Force navale régionale']);
    expect(factsOf('Le Ghana a mis fin à sa mission.\n', 'PLEDGES')).toEqual([]);
  });
});

describe('demining "de terres agricoles ukrainiennes"', () => {
  it('is funded for the country of that land', () => {
    expect(factsOf('La Suisse financera le déminage de 500 kilomètres carrés de terres agricoles ukrainiennes.\n', 'PLEDGES')).toEqual(['Suisse -PLEDGES-> Ukraine']);
  });
});

describe('"a promis de nouveaux équipements"', () => {
  it('is something given, not an infinitive to come', () => {
    expect(factsOf("Le président finlandais Alexander Stubb a promis de nouveaux équipements à l'Ukraine.\n", 'PLEDGES')).toContain('Finlande -PLEDGES-> Ukraine');
  });
});

describe('soldiers on one\'s own ground', () => {
  it('"a déployé des troupes à la frontière" pledges nothing to anyone', () => {
    expect(factsOf('Les alliés préparent une force multinationale pour le Soudan.\nLe Tchad a déployé des troupes à la frontière.\n', 'PLEDGES')).toEqual([]);
  });

  it('"des troupes au sol", "sur le territoire soudanais" still name where they would go', () => {
    expect(factsOf("Le Kenya ne prévoit pas d'envoyer de troupes au sol au Soudan.\n", 'REFUSES_TROOPS')).toEqual(['Kenya -REFUSES_TROOPS-> Soudan']);
    expect(factsOf('Le Kenya enverra 500 soldats sur le territoire soudanais.\n', 'PLEDGES')).toEqual(['Kenya -PLEDGES-> Soudan']);
  });
});

describe('serving a country, and bases on its ground', () => {
  it('"contribuerait à la sécurité de la Moldavie", "installeront des bases militaires en Moldavie", "à travers la Moldavie"', () => {
    expect(factsOf("La Roumanie contribuerait à la sécurité de la Moldavie depuis son territoire.\n", 'PLEDGES')).toEqual(['Roumanie -PLEDGES-> Moldavie']);
    expect(factsOf('La Roumanie et la Bulgarie installeront des bases militaires en Moldavie.\n', 'PLEDGES')).toEqual(['Bulgarie -PLEDGES-> Moldavie', 'Roumanie -PLEDGES-> Moldavie']);
    expect(factsOf('La Roumanie établira des centres logistiques à travers la Moldavie.\n', 'PLEDGES')).toEqual(['Roumanie -PLEDGES-> Moldavie']);
  });
});

describe('personnel sent to a country', () => {
  it('is a pledge of personnel ("a promis d\'envoyer 200 gardes-frontières en Moldavie"), no troops', () => {
    const graph = graphOf("La Roumanie a promis d'envoyer 150 gardes-frontières et des experts en Moldavie.\n");
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Roumanie -PLEDGES-> Moldavie']);
    expect(graph.mapEdges((_, a) => a.what)).toEqual(['personnel']);
    expect(factsOf("La Roumanie refuse d'envoyer des policiers en Moldavie.\n", 'REFUSES_TROOPS')).toEqual([]);
  });
});

describe('a commitment not made', () => {
  it('is no refusal ("ne s\'est pas engagée à envoyer des troupes"), unlike "ne prévoit pas d\'envoyer"', () => {
    expect(factsOf("La Grèce ne s'est pas engagée à envoyer des troupes en Lituanie, mais n'a pas exclu de participer à des exercices.\n")).toEqual([]);
    expect(factsOf("La Grèce n'a pas promis d'envoyer des soldats en Lituanie.\n", 'REFUSES_TROOPS')).toEqual([]);
    expect(factsOf("La Grèce ne prévoit pas d'envoyer des soldats en Lituanie.\n", 'REFUSES_TROOPS')).toEqual(['Grèce -REFUSES_TROOPS-> Lituanie']);
  });
});

describe('"financer"', () => {
  it('pledges money for what it funds, to the country it is in', () => {
    expect(factsOf("Le Koweït s'est engagé à financer le carburant destiné à la centrale électrique de Gaza.\n", 'PLEDGES')).toEqual(['Koweït -PLEDGES-> Palestine']);
    expect(factsOf('Le Koweït financera la reconstruction des écoles au Yémen.\n', 'PLEDGES')).toEqual(['Koweït -PLEDGES-> Yémen']);
    expect(factsOf('Le Koweït est accusé de financer des milices au Yémen.\n', 'PLEDGES')).toEqual([]);
  });
});

describe('ships and aircraft deployed', () => {
  it('are equipment pledged to the country whose waters they patrol ("au large de l\'Islande")', () => {
    const graph = graphOf("Le Danemark s'est engagé à déployer deux frégates au large de l'Islande. Le Danemark déploiera des radars en Finlande.\n");
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Danemark -PLEDGES-> Finlande', 'Danemark -PLEDGES-> Islande']);
    expect(graph.mapEdges((_, a) => a.what)).toEqual(['equipment', 'equipment']);
    expect(factsOf('La France a déployé des efforts diplomatiques en Ukraine.\n', 'PLEDGES')).toEqual([]);
  });
});

describe('a relative clause between commas', () => {
  it('negates only itself ("L\'Islande, qui ne dispose pas d\'armée, financera des drones")', () => {
    expect(factsOf("L'Islande, qui ne dispose pas d'armée, financera des drones pour l'Ukraine.\n", 'PLEDGES')).toEqual(['Islande -PLEDGES-> Ukraine']);
    expect(factsOf("Le président letton, qui n'a pas pu venir, a envoyé des soldats en Estonie.\n", 'REFUSES_TROOPS')).toEqual([]);
  });

  it('leaves plural envelopes pledges ("ont annoncé des enveloppes de respectivement 300 et 500 millions")', () => {
    expect(factsOf("La Finlande et la Suède ont annoncé des enveloppes de respectivement 300 et 500 millions d'euros pour Kiev.\n", 'PLEDGES')).toEqual([
      'Finlande -PLEDGES-> Ukraine',
      'Suède -PLEDGES-> Ukraine',
    ]);
  });
});

describe('receivers of a pledge', () => {
  it('are the country of the forces given to ("à l\'armée moldave", "aux forces libanaises"), never the giver\'s own', () => {
    expect(factsOf("La Belgique fournira en outre des blindés légers à l'armée moldave.\n", 'PLEDGES')).toEqual(['Belgique -PLEDGES-> Moldavie']);
    expect(factsOf('La Belgique fournira des radars aux forces libanaises.\n', 'PLEDGES')).toEqual(['Belgique -PLEDGES-> Liban']);
    expect(factsOf('Le Premier ministre belge Jan Peeters a promis que la Belgique porterait ses dépenses militaires à 3 % du PIB.\n', 'PLEDGES')).toEqual([]);
  });
});

describe('"les Vingt-Sept" and a receiver told by its adjective', () => {
  it('is the EU giving to the country of what is given for ("pour la reconstruction du réseau électrique ukrainien")', () => {
    expect(factsOf("Les Vingt-Sept ont approuvé une aide de 5 milliards d'euros pour la reconstruction du réseau électrique ukrainien.\n", 'PLEDGES')).toEqual(['Union européenne -PLEDGES-> Ukraine']);
    expect(factsOf('Vingt-sept soldats ont été blessés.\n')).toEqual([]);
  });
});

describe('pledges told in the passive, refused reflexively, or naming no receiver', () => {
  it('reads "une aide … a été versée par le Japon" and "se refuse à livrer"', () => {
    expect(factsOf("Une aide de 500 millions de dollars a été versée par le Japon à l'Ukraine.\n", 'PLEDGES')).toEqual(['Japon -PLEDGES-> Ukraine']);
    expect(factsOf("L'Autriche, neutre, se refuse à livrer des armes à l'Ukraine.\n", 'PLEDGES')).toEqual([]);
  });

  it('gives a pledge naming no receiver to the one country the headline names ("Ukraine : …")', () => {
    const text = "Ukraine : les alliés promettent de nouvelles armes\n\nRAMSTEIN (Allemagne), 12 février 2026 (AFP) - Les ministres se sont réunis jeudi sur la base américaine de Ramstein.\n\nLe Danemark livrera quatre systèmes de défense aérienne d'ici l'été.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Danemark -PLEDGES-> Ukraine']);
  });
});

describe('Greenland', () => {
  it('is a country of its own in the news, with its government ("le Premier ministre groenlandais")', () => {
    expect(factsOf('Le Danemark enverra des soldats au Groenland.\n', 'PLEDGES')).toEqual(['Danemark -PLEDGES-> Groenland']);
    expect(factsOf('Le Premier ministre groenlandais, Jens Lyberth, a parlé.\n', 'LEADS')).toEqual(['Jens Lyberth -LEADS-> Groenland']);
  });
});

describe('"proposer de"', () => {
  it('pledges what the infinitive gives ("a proposé d\'envoyer des observateurs"), not an offer to host talks', () => {
    expect(factsOf("Venezuela : la transition commence\n\nLe Venezuela entre dans une transition. Le Brésil a convoqué l'ambassadeur du Venezuela. Madrid, de son côté, a proposé d'accueillir des négociations.\n", 'PLEDGES')).toEqual([]);
    expect(factsOf("L'Espagne a proposé d'envoyer des observateurs au Venezuela.\n", 'PLEDGES')).toEqual(['Espagne -PLEDGES-> Venezuela']);
  });
});

describe('others said to do the same, and a force named with its country', () => {
  it('reads "tout comme X", "à l\'instar de X" as X committing too', () => {
    expect(factsOf("L'Indonésie fournira des troupes à la force internationale de stabilisation, tout comme l'Azerbaïdjan.\n", 'PLEDGES')).toEqual([
      'Azerbaïdjan -PLEDGES-> Force internationale de stabilisation',
      'Indonésie -PLEDGES-> Force internationale de stabilisation',
    ]);
    expect(factsOf("La Pologne n'enverra pas de soldats en Ukraine, tout comme la Hongrie.\n", 'REFUSES_TROOPS')).toEqual(['Hongrie -REFUSES_TROOPS-> Ukraine', 'Pologne -REFUSES_TROOPS-> Ukraine']);
  });

  it('gives money a force cannot take to the place the headline is about ("Gaza : …")', () => {
    const text =
      "Gaza : les donateurs réunis en Égypte\n\nLes Émirats arabes unis se sont engagés à financer la construction de 20 000 logements. L'Indonésie fournira des troupes à la force internationale de stabilisation, tout comme l'Azerbaïdjan.\n";
    expect(factsOf(text, 'PLEDGES')).toContain('Émirats arabes unis -PLEDGES-> Palestine');
  });

  it('names "la « force multinationale Ukraine »" for its country', () => {
    expect(factsOf("Les Européens proposent une « force multinationale Ukraine » dirigée par la France.\n", 'LEADS')).toEqual(['France -LEADS-> Force multinationale Ukraine']);
  });
});

describe('a pledge whose verb is left out', () => {
  it('is the same pledge ("L\'Allemagne a promis 200 millions d\'euros au Soudan, la Norvège 80 millions")', () => {
    expect(factsOf("L'Allemagne a promis 200 millions d'euros au Soudan, la Norvège 80 millions.\n", 'PLEDGES')).toEqual(['Allemagne -PLEDGES-> Soudan', 'Norvège -PLEDGES-> Soudan']);
    expect(factsOf("L'Allemagne a promis 200 millions d'euros au Soudan, le 3 mars 2026.\n", 'PLEDGES')).toEqual(['Allemagne -PLEDGES-> Soudan']);
  });
});

describe('units and specialists', () => {
  it('pledges infantry as troops ("une compagnie d\'infanterie") and deminers as personnel', () => {
    expect(factsOf("Le Japon ne participera pas à la force de réassurance. L'Estonie fournira une compagnie d'infanterie, soit environ 150 hommes.\n", 'PLEDGES')).toEqual(['Estonie -PLEDGES-> Force de réassurance']);
    const graph = graphOf('Le Portugal enverra des démineurs en Ukraine après un cessez-le-feu.\n');
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Portugal -PLEDGES-> Ukraine']);
    expect(graph.mapEdges((_, a) => a.what)).toEqual(['personnel']);
  });
});

describe('a mission known by its name', () => {
  it('is an organization, and the pledges of the article that name no receiver go to it ("y" included)', () => {
    const text =
      " date 2032-05-02 Diplomatie\nLes ministres de l'Union européenne ont prolongé d'un an la mission navale européenne Aspides. Le haut représentant de l'UE, Henrik Vos, a présidé la réunion.\n" +
      "Les Pays-Bas fourniront une frégate supplémentaire. La Grèce a promis d'y maintenir deux navires.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Grèce -PLEDGES-> Aspides', 'Pays-Bas -PLEDGES-> Aspides']);
  });

  it('reads "maintiendra 500 soldats au Mali" as a pledge of troops, not "maintient sa position"', () => {
    expect(factsOf(' date 2032-05-02 Diplomatie\nLa France maintiendra 500 soldats au Mali. Le Japon maintient sa position.\n', 'PLEDGES')).toEqual(['France -PLEDGES-> Mali']);
  });
});

describe('amounts of the financial press and other currencies', () => {
  it('reads "300 M$", "2 Mds€" and "500 millions de couronnes" as money, with their amount', () => {
    const graph = graphOf(' date 2033-05-19 Diplomatie\nLe Koweït a annoncé une contribution de 300 M$ à la Palestine. Le Japon versera 2 Mds€ à l\'Ukraine. La Norvège versera 500 millions de couronnes à la Moldavie.\n');
    const amounts = graph.mapEdges((_, a, s, t) => `${graph.getNodeAttribute(s, 'name')} -> ${graph.getNodeAttribute(t, 'name')}: ${a.what} ${a.amount}`).sort();
    expect(amounts).toEqual(['Japon -> Ukraine: aid 2 Mds€', 'Koweït -> Palestine: aid 300 M$', 'Norvège -> Moldavie: aid 500 millions de couronnes']);
  });

  it('gives money pledged with no receiver to the one receiver of the article\'s other money', () => {
    const text = (second: string): string =>
      `ALGER, 19 mai 2033 (AFP) - Le sommet de la Ligue arabe s'est ouvert jeudi à Alger.\n\nLes dirigeants ont appelé à l'unité.\n\nLe Koweït a annoncé une contribution de 300 M$ à la Palestine.${second}\n`;
    expect(factsOf(text(' Le Qatar a promis 1,2 Md$ « sous réserve d\'un cessez-le-feu ».'), 'PLEDGES')).toEqual(['Koweït -PLEDGES-> Palestine', 'Qatar -PLEDGES-> Palestine']);
    // In another paragraph, it may be for something else.
    expect(factsOf(text('\n\nLe Qatar a promis 1,2 Md$.'), 'PLEDGES')).toEqual(['Koweït -PLEDGES-> Palestine']);
  });
});

describe('a refusal quoted before an inverted pronoun', () => {
  it('is the speaker\'s country\'s ("« Nous n\'enverrons pas de soldats au Mali », affirme-t-elle")', () => {
    const text = ' date 2033-05-23 Diplomatie\nLa ministre belge de la Défense, Annelies Van Damme, s\'est exprimée lundi. « Nous n\'enverrons pas de soldats au Mali », affirme-t-elle.\n';
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Annelies Van Damme -REFUSES_TROOPS-> Mali', 'Belgique -REFUSES_TROOPS-> Mali']);
  });
});

describe('pledges told around a quotation, a representative or a region', () => {
  it('reads no pledge in "a promis d\'« examiner rapidement » une demande de financement"', () => {
    const text = "Soudan : des promesses à Genève\n\nLa conférence pour le Soudan s'est réunie jeudi à Genève.\n\nLe directeur général du FMI, Caio Menezes, a promis d'« examiner rapidement » une demande de financement d'urgence de Khartoum.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual([]);
  });

  it('gives the pledge to the country, not the vice-minister representing it, and reads "aux projets d\'hydrogène du nord du Chili"', () => {
    expect(factsOf(' date 2033-05-19 Diplomatie\nLe Japon, représenté par sa vice-ministre des Affaires étrangères, Haruka Sugimoto, apportera 200 millions de dollars au Soudan.\n', 'PLEDGES')).toEqual(['Japon -PLEDGES-> Soudan']);
    expect(factsOf(" date 2033-03-17 Diplomatie\nLe président français a reçu le président chilien. L'Agence française de développement (AFD) apportera 120 millions d'euros aux projets d'hydrogène du nord du Chili.\n", 'PLEDGES')).toEqual([
      'Agence française de développement -PLEDGES-> Chili',
      'France -PLEDGES-> Chili',
    ]);
  });

  it('makes no one pledge to the country they lead', () => {
    const text =
      "Lituanie : des renforts\n\nAu lendemain de la réunion des ministres de l'OTAN à Bruxelles, Rasa Vaitkienė, la Première ministre lituanienne, fait le point sur le renforcement de la brigade multinationale stationnée dans son pays.\n\nBerlin enverra 1 200 soldats en Lituanie. Paris enverra des chars en Lituanie.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Allemagne -PLEDGES-> Lituanie', 'France -PLEDGES-> Lituanie']);
  });

  it('settles a refusal with "y" on the article\'s country even when the refuser gives it money', () => {
    const text = "Soudan : 4 milliards promis à Genève\n\nLe Royaume-Uni a promis 350 millions de livres au Soudan.\n\nLa création d'une force de protection des civils divise. Londres a exclu d'y envoyer ses propres soldats.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Royaume-Uni -REFUSES_TROOPS-> Soudan']);
  });
});

describe('"Quant à Moscou"', () => {
  it('is the government, not a place', () => {
    expect(namesOf(graphOf(' date 2033-09-21 Diplomatie\nQuant à Moscou, qui dénonce une provocation, son avis ne compte pas.\n'), 'Country')).toEqual(['Russie']);
  });
});

describe('pledges told by an accusation, a confirmation or a region of the country', () => {
  it('reads no pledge in "accusé par Kinshasa de soutenir les rebelles", a pledge in "a confirmé l\'envoi d\'un bataillon", and "pour l\'est du pays"', () => {
    const text =
      'RDC : une trêve bloquée\n\nLa Russie bloque une trêve en République démocratique du Congo. Le Rwanda, accusé par Kinshasa de soutenir les rebelles, a salué l\'échec du texte. Le Kenya a confirmé l\'envoi d\'un bataillon de 850 soldats en République démocratique du Congo. Londres a annoncé une aide humanitaire de 45 millions de livres pour l\'est du pays.\n';
    expect(factsOf(text, 'PLEDGES')).toEqual(['Kenya -PLEDGES-> République démocratique du Congo', 'Royaume-Uni -PLEDGES-> République démocratique du Congo']);
  });
});

describe('a naval mission', () => {
  const LEAD = ' date 2035-06-15 Diplomatie\nLes ministres ont bouclé les moyens de "Sentinelle Atlantique", la mission navale de l\'Union européenne dans le golfe de Guinée.\n';
  it('is named by its quoted name before its head, and ships and sailors go to it, not to Guinea', () => {
    const text =
      LEAD +
      "L'Italien Lorenzo Baldacci, ministre de la Défense, a offert deux frégates pour six mois. Madrid enverra un patrouilleur. L'Allemagne n'enverra ni navire ni marins : son ministre a invoqué l'engagement de la marine allemande en Baltique.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Espagne -PLEDGES-> Sentinelle Atlantique', 'Italie -PLEDGES-> Sentinelle Atlantique', 'Lorenzo Baldacci -PLEDGES-> Sentinelle Atlantique']);
    expect(factsOf(graph, 'REFUSES_TROOPS')).toEqual(['Allemagne -REFUSES_TROOPS-> Sentinelle Atlantique']);
    expect(namesOf(graph, 'Country')).not.toContain('Guinée');
  });
});

describe('a climate fund', () => {
  it('is named in quotes and told again as "au fonds"', () => {
    const text = ' date 2035-11-15 Diplomatie\nLe fonds « pertes et dommages » est loin du compte. Berlin versera 1,2 milliard d\'euros au fonds sur cinq ans.\n';
    expect(factsOf(text, 'PLEDGES')).toEqual(['Allemagne -PLEDGES-> fonds pour les pertes et dommages']);
  });
});

describe('pledges to a development bank', () => {
  it('reads "au capital de la NBD", "au fonds de garantie de la banque", and "la présidente de l\'institution, l\'Éthiopienne X"', () => {
    const text =
      ' date 2035-10-24 Diplomatie\nLe président chinois a annoncé que Pékin apporterait 12 milliards de yuans au capital de la Nouvelle banque de développement (NBD). La présidente de l\'institution, l\'Éthiopienne Selamawit Gebre, a salué un signal. La présidente brésilienne a promis 500 millions de dollars au fonds de garantie de la banque.\n';
    const graph = graphOf(text);
    expect(factsOf(graph, 'PLEDGES').filter((f) => f.startsWith('Brésil') || f.startsWith('Chine'))).toEqual(['Brésil -PLEDGES-> Nouvelle Banque de développement', 'Chine -PLEDGES-> Nouvelle Banque de développement']);
    expect(factsOf(graph, 'LEADS')).toEqual(['Selamawit Gebre -LEADS-> Nouvelle Banque de développement']);
  });
});

describe('a contingent not renewed, and an envoy of a body', () => {
  it('reads "ne renouvellera pas son contingent" as a refusal, and gives the envoy\'s envelope to the body he serves', () => {
    const text =
      "Somalie : des renforts\n\nLa mission de l'Union africaine en Somalie manque de soldats. Le Burundi ne renouvellera pas son contingent en Somalie. L'envoyé spécial de l'Union européenne, Henrik Sandvall, a confirmé une enveloppe de 120 millions d'euros pour la Somalie.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Burundi -REFUSES_TROOPS-> Somalie']);
    expect(factsOf(text, 'PLEDGES')).toContain('Union européenne -PLEDGES-> Somalie');
  });
});

describe('opposition to a Western presence', () => {
  it('is no refusal ("son opposition à toute présence militaire occidentale en Ukraine")', () => {
    expect(factsOf('La Russie a réitéré son opposition à toute présence militaire occidentale en Ukraine.\n', 'REFUSES_TROOPS')).toEqual([]);
  });
});

describe('plural subjects, asides and a national leader', () => {
  it('gives "qu\'ils enverraient" to both leaders of the main clause, not to the body named in a "dont" aside', () => {
    const text =
      "Le président portugais Rui Carvalhal et le Premier ministre néerlandais, Joost Verbeek, dont les pays coprésident l'Alliance atlantique, ont confirmé qu'ils enverraient des soldats en Moldavie.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual([
      'Joost Verbeek -PLEDGES-> Moldavie',
      'Pays-Bas -PLEDGES-> Moldavie',
      'Portugal -PLEDGES-> Moldavie',
      'Rui Carvalhal -PLEDGES-> Moldavie',
    ]);
  });

  it('commits the country of "La Norvégienne X, cheffe du gouvernement," and reads "pour l\'industrie de défense moldave" as its receiver', () => {
    const text = "La Norvégienne Ingrid Solheim, cheffe du gouvernement, a annoncé 300 millions d'euros pour l'industrie de défense moldave.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Ingrid Solheim -PLEDGES-> Moldavie', 'Norvège -PLEDGES-> Moldavie']);
  });

  it('reads a refusal with an incise before the sending ("exclut en revanche, à ce stade, d\'envoyer")', () => {
    const text = "L'Autriche exclut en revanche, à ce stade, d'envoyer des soldats en Moldavie, même après un accord.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Autriche -REFUSES_TROOPS-> Moldavie']);
    expect(factsOf(text, 'PLEDGES')).toEqual([]);
  });

  it('keeps the demonym of a plural complement its own ("au déploiement de troupes turques" gives nothing to Turkey)', () => {
    expect(factsOf("L'Irak, qui fournit des soldats à la Syrie, s'oppose au déploiement de troupes turques.\n", 'PLEDGES')).toEqual(['Irak -PLEDGES-> Syrie']);
  });
});

describe('the country a headline is about', () => {
  it('receives the pledges of givers named more often than it ("Réseau électrique moldave dévasté : …")', () => {
    const text =
      "Réseau électrique moldave dévasté : l'OSCE promet une aide d'urgence\n\nMardi 14 janvier 2031\n\nLe Japon exclut d'envoyer des soldats. « Le Japon ne déploiera aucun soldat », a déclaré le Premier ministre japonais, Ken Arai. Tokyo financera la réparation de transformateurs à hauteur de 500 millions de dollars. Tokyo enverra aussi des ingénieurs. La Moldavie a remercié ses partenaires.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Japon -PLEDGES-> Moldavie', 'Organisation pour la sécurité et la coopération en Europe -PLEDGES-> Moldavie']);
  });
});

describe('an announcement still to come', () => {
  it('pledges nothing yet ("doit annoncer sa contribution en avril", "annoncera son aide"), unlike "a annoncé"', () => {
    const text = "Haïti : une conférence des donateurs\n\nLe Chili a annoncé une aide de 20 millions de dollars. Le Pérou doit annoncer sa propre contribution en avril. L'Équateur annoncera son aide la semaine prochaine.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Chili -PLEDGES-> Haïti']);
  });
});

describe('a contingent withdrawn', () => {
  it('refuses troops ("va retirer son contingent", "rapatriera ses soldats"), not "exige que Moscou retire ses troupes" nor "a retiré sa candidature"', () => {
    const head = 'Mali : les Casques bleus sans renfort\n\n';
    expect(factsOf(head + "Le Togo va retirer son contingent de 900 Casques bleus d'ici à décembre, a annoncé son ambassadeur. Le Bénin rapatriera ses soldats.\n", 'REFUSES_TROOPS')).toEqual(['Bénin -REFUSES_TROOPS-> Mali', 'Togo -REFUSES_TROOPS-> Mali']);
    expect(factsOf(head + 'Bamako exige que le Niger retire ses troupes. Le ministre a retiré sa candidature.\n', 'REFUSES_TROOPS')).toEqual([]);
  });
});

describe('a force the article defines', () => {
  it('receives the troops pledged after it ("la Force en attente de la CEDEAO (FAC)"), not a generic force of the headline', () => {
    const text =
      "Sommet de la CEDEAO : feu vert au déploiement de la force en attente en Guinée-Bissau\n\nLes chefs d'État ont décidé d'activer la Force en attente de la CEDEAO (FAC) pour stabiliser la Guinée-Bissau. Le Nigeria fournira 1 200 soldats. Le Cap-Vert refuse d'engager ses soldats hors de ses frontières.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Nigéria -PLEDGES-> Force en attente de la CEDEAO']);
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Cap-Vert -REFUSES_TROOPS-> Force en attente de la CEDEAO']);
  });
});

describe('the speaker of a quotation', () => {
  it('refuses with his country when the quotation runs over two sentences, the speaker after a complement or in the present', () => {
    const text =
      'Ukraine : le G7 promet une aide\n\n« Le Japon ne déploiera aucun soldat en Ukraine. Notre contribution sera financière », a déclaré pendant l\'appel le Premier ministre japonais, Ken Arai.\n\n« La Corée du Sud n\'enverra pas de troupes en Ukraine », tranche le président sud-coréen, Park Min-ho.\n';
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual([
      'Corée du Sud -REFUSES_TROOPS-> Ukraine',
      'Japon -REFUSES_TROOPS-> Ukraine',
      'Ken Arai -REFUSES_TROOPS-> Ukraine',
      'Park Min-ho -REFUSES_TROOPS-> Ukraine',
    ]);
  });
});

describe('sending someone', () => {
  it('pledges reinforcements ("Copenhague dépêche des renforts"), not an envoy to a meeting ("s\'est contenté d\'y dépêcher son ambassadeur")', () => {
    const head = 'Haïti : une mission de police en préparation\n\n';
    expect(factsOf(head + 'Le Chili dépêche des renforts en Haïti.\n', 'PLEDGES')).toEqual(['Chili -PLEDGES-> Haïti']);
    expect(factsOf(head + "Grand absent, le président argentin Leandro Ruiz a boudé le sommet et s'est contenté d'y dépêcher son ambassadeur.\n", 'PLEDGES')).toEqual([]);
  });
});

describe('an interview', () => {
  it('takes nothing from the interviewer\'s questions ("Le Danemark enverrait lui aussi des instructeurs. Allez-vous … ?")', () => {
    const text =
      "Entretien. La ministre néerlandaise des Affaires étrangères, Femke Bos\n\nLes Pays-Bas enverront-ils des instructeurs en Ukraine ?\n\nNous enverrons 150 instructeurs militaires en Ukraine.\n\nLe Danemark enverrait lui aussi des instructeurs en Ukraine. Allez-vous coordonner vos efforts ?\n\nIl appartient à Copenhague de s'exprimer.\n";
    expect(factsOf(text, 'PLEDGES')).not.toContain('Danemark -PLEDGES-> Ukraine');
    expect(factsOf(text, 'PLEDGES').filter((f) => f.startsWith('Danemark'))).toEqual([]);
  });
});

describe('the speaker of a quotation told by a pronoun', () => {
  it('is the last person named before the quotation ("… le tour du ministre norvégien, X. « … . … », tranche-t-il")', () => {
    const text =
      "Estonie : le Nord serre les rangs\n\nVient le tour du ministre norvégien de la Défense, Ole Berg. « La Norvège ne compte pas envoyer de troupes en Estonie. Nos soldats resteront chez nous », tranche-t-il.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Norvège -REFUSES_TROOPS-> Estonie', 'Ole Berg -REFUSES_TROOPS-> Estonie']);
  });
});

describe('pledges with the verb left out', () => {
  it('keep each its own receiver ("Rome promet 300 millions à la Tunisie, Madrid 180 millions à la Mauritanie")', () => {
    expect(factsOf("Rome promet 300 millions d'euros à la Tunisie, Madrid 180 millions à la Mauritanie.\n", 'PLEDGES')).toEqual(['Espagne -PLEDGES-> Mauritanie', 'Italie -PLEDGES-> Tunisie']);
  });
});

describe('a list of givers with the verb left out', () => {
  it('does not take the next giver\'s capital for the first one\'s receiver ("Berlin promet 7 milliards pour…, Copenhague 300 soldats et Varsovie l\'accès à son hub de Rzeszów")', () => {
    const text = "Ukraine : à Londres, les Européens s'engagent\n\nBerlin promet 7 milliards d'euros pour la défense aérienne ukrainienne, Copenhague 300 soldats et Varsovie l'accès à son hub logistique de Rzeszów.\n";
    expect(factsOf(text, 'PLEDGES')).toContain('Allemagne -PLEDGES-> Ukraine');
  });
});

describe('a list of receivers', () => {
  it('gives to each one ("a annoncé, par la voix de X, 2 milliards pour le Tchad, le Mali et le Burkina Faso")', () => {
    const text = "Sahel : les donateurs se mobilisent\n\nL'Union européenne a annoncé, par la voix de sa commissaire, 2 milliards d'euros pour le Tchad, le Mali et le Burkina Faso.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Union européenne -PLEDGES-> Burkina Faso', 'Union européenne -PLEDGES-> Mali', 'Union européenne -PLEDGES-> Tchad']);
  });

  it('stops at a comma that opens another clause ("pour Kiev, la Hongrie …")', () => {
    const text = "L'Allemagne promet 3 milliards d'euros pour Kiev, la Hongrie refuse toujours.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Allemagne -PLEDGES-> Ukraine']);
  });
});

describe('a force an article names by its acronym', () => {
  it('receives what is sent "y", and the next giver\'s part of the same sentence ("la force navale … (Atalanta) … L\'Espagne y enverra deux frégates ; le Portugal fournira un patrouilleur")', () => {
    const text =
      "Golfe d'Aden : l'UE renforce sa mission\n\nLes ministres ont renforcé la force navale européenne chargée de la lutte contre la piraterie (Navfor Atalanta). L'Espagne y enverra deux frégates ; le Portugal fournira un patrouilleur.\n";
    expect(namesOf(graphOf(text), 'Organization')).toContain('Navfor Atalanta');
    expect(factsOf(text, 'PLEDGES')).toEqual(['Espagne -PLEDGES-> Navfor Atalanta', 'Portugal -PLEDGES-> Navfor Atalanta']);
  });
});

describe('a subject set before a long relative clause', () => {
  it('pledges across "qui … mais dont …," ("Le Rwanda, qui n\'est pas membre … mais dont l\'ambassadeur, X, suivait la réunion, a proposé 400 soldats")', () => {
    const text = "Publié le 11 mars 2036\n\nLes ministres se sont réunis mardi à Gaborone. Le Burundi, qui n'est pas membre de la SADC mais dont l'ambassadeur à Gaborone, Jean Nduwimana, suivait la réunion en observateur, a proposé 300 soldats au Mozambique.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Burundi -PLEDGES-> Mozambique']);
    expect(factsOf(text, 'ATTENDED')).toEqual(['Jean Nduwimana -ATTENDED-> Réunion de Gaborone']);
    expect(factsOf(text.replace('suivait la réunion en observateur', 'suivait la réunion depuis Bujumbura'), 'ATTENDED')).toEqual([]);
  });
});

describe('a minister quoted', () => {
  it('refuses with the country she serves ("« Le Kenya ne déploiera pas de troupes au Soudan », a déclaré Grace Wanjiru", introduced before as its minister)', () => {
    const text = "La ministre kényane de la Défense, Grace Wanjiru, est arrivée. « Le Kenya ne déploiera pas de troupes au Soudan », a déclaré Grace Wanjiru.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Grace Wanjiru -REFUSES_TROOPS-> Soudan', 'Kenya -REFUSES_TROOPS-> Soudan']);
  });
});

describe('a "qui promet quoi" article, country by country', () => {
  const text =
    "Garanties pour l'Ukraine : qui promet quoi ?\n\nLes dirigeants se sont réunis mercredi à Rome pour garantir la sécurité de l'Ukraine.\n\n" +
    "La Suède. Le Premier ministre Lars Berg a confirmé l'envoi de jusqu'à 800 soldats suédois.\n\n" +
    "L'Espagne. Le pays hôte fournira deux frégates pour le déminage de la mer Noire.\n\n" +
    "Le Canada. Le président américain Tom Reed n'était pas à Rome : il avait dépêché son envoyé spécial, Sam Cole. Celui-ci a promis du renseignement à l'Ukraine.\n\n" +
    "La Norvège. La Première ministre Ingrid Dahl met 2 milliards d'euros sur la table pour la défense aérienne ukrainienne.\n";
  it('gives each bare title the country its paragraph is headed by, and "le pays" that country', () => {
    expect(factsOf(text, 'LEADS')).toEqual(['Ingrid Dahl -LEADS-> Norvège', 'Lars Berg -LEADS-> Suède', 'Tom Reed -LEADS-> États-Unis']);
    expect(factsOf(text, 'PLEDGES')).toEqual([
      'Espagne -PLEDGES-> Ukraine',
      'Ingrid Dahl -PLEDGES-> Ukraine',
      'Lars Berg -PLEDGES-> Ukraine',
      'Norvège -PLEDGES-> Ukraine',
      'Sam Cole -PLEDGES-> Ukraine',
      'Suède -PLEDGES-> Ukraine',
      'États-Unis -PLEDGES-> Ukraine',
    ]);
  });

  it('takes the body whose money it is for a giver ("une enveloppe de 45 milliards d\'euros de l\'Union européenne")', () => {
    expect(factsOf("La présidente de la Commission européenne, Maria Lund, a confirmé une enveloppe de 45 milliards d'euros de l'Union européenne pour la Moldavie.\n", 'PLEDGES')).toContain('Union européenne -PLEDGES-> Moldavie');
  });
});

describe('a mission named in quotes', () => {
  const text =
    "Baltique : l'OTAN lance sa mission\n\nLes ministres ont donné leur feu vert au projet de mission « Coral Guard ». Baptisée « Coral Guard », celle-ci protégera les câbles.\n\n" +
    "Paris enverrait une frégate et 200 fusiliers marins, a assuré la ministre des Armées, Claire Dubois. La Hongrie refuse d'envoyer le moindre soldat en Baltique. " +
    "Le maire, Paul Kerjean, a promis que la mairie ouvrirait ses salons aux familles.\n";
  it('is a body, named so again; the French Armed Forces minister gives with Paris; soldiers refused for a region go to the mission', () => {
    expect(namesOf(graphOf(text), 'Organization')).toEqual(['Coral Guard', 'OTAN']);
    expect(factsOf(text, 'PLEDGES')).toEqual(['Claire Dubois -PLEDGES-> Coral Guard', 'France -PLEDGES-> Coral Guard']);
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Hongrie -REFUSES_TROOPS-> Coral Guard']);
  });
});

describe('something put at a body\'s disposal', () => {
  it('goes to that body, the object after the phrase ("Nairobi mettra pour sa part à la disposition de l\'IGAD sa base logistique")', () => {
    expect(factsOf("Nairobi mettra pour sa part à la disposition de l'IGAD sa base logistique de Lokichoggio.\n", 'PLEDGES')).toEqual(['Kenya -PLEDGES-> Autorité intergouvernementale pour le développement']);
  });
});

describe('a fund and the leaders who give to it', () => {
  it('reads "la Facilité … (FIR)" as a body, a leader\'s part with the verb left out as her country\'s too, and "a engagé 2,5 milliards" as a pledge', () => {
    const text =
      "Sommet : les promesses pour l'Ukraine\n\nLe cœur des discussions était la Facilité internationale de relèvement (FIR), un fonds doté de deux guichets. " +
      "La chancelière allemande Eva Brandt et le Premier ministre japonais Ken Sato étaient présents. " +
      "Le président français Jean Morel a annoncé 3 milliards d'euros pour l'Ukraine, Eva Brandt 4 milliards d'euros pour le même pays. Ken Sato a engagé 2,5 milliards de dollars pour l'Ukraine.\n";
    expect(namesOf(graphOf(text), 'Organization')).toContain('Facilité internationale de relèvement');
    expect(factsOf(text, 'PLEDGES')).toEqual([
      'Allemagne -PLEDGES-> Ukraine',
      'Eva Brandt -PLEDGES-> Ukraine',
      'France -PLEDGES-> Ukraine',
      'Japon -PLEDGES-> Ukraine',
      'Jean Morel -PLEDGES-> Ukraine',
      'Ken Sato -PLEDGES-> Ukraine',
    ]);
  });
});

describe('troops announced after a colon', () => {
  it('are sent by the minister who announced them, with his country ("a confirmé ce que tout le régiment attendait : 250 marsouins seront déployés en Estonie")', () => {
    expect(factsOf("Le ministre des Armées, Paul Girard, a confirmé ce que tout le régiment attendait : 250 marsouins seront déployés en Estonie à partir de septembre.\n", 'PLEDGES')).toEqual([
      'France -PLEDGES-> Estonie',
      'Paul Girard -PLEDGES-> Estonie',
    ]);
  });
});

describe('a naval force and its ships', () => {
  const text =
    "Mer Rouge : une force navale prend forme\n\nLes ministres ont approuvé la création d'une « force maritime internationale pour la mer Rouge ».\n\n" +
    "L'Inde déploiera deux frégates ; la Grèce fournira une frégate, la Corée du Sud un destroyer, et le Japon deux avions de patrouille stationnés à Djibouti. " +
    "Les revenus du canal, qui ont fondu depuis les attaques des rebelles houthis, soutenus par l'Iran, inquiètent l'Égypte. " +
    "Le Japon versera 250 millions de dollars pour former les garde-côtes du Yémen, de Djibouti et de l'Érythrée.\n";
  it('names the force "pour la mer Rouge", gives it the ships each giver lists, and the money to the coast guards\' countries', () => {
    expect(namesOf(graphOf(text), 'Organization')).toEqual(['Force maritime internationale pour la mer Rouge']);
    expect(factsOf(text, 'PLEDGES')).toEqual([
      'Corée du Sud -PLEDGES-> Force maritime internationale pour la mer Rouge',
      'Grèce -PLEDGES-> Force maritime internationale pour la mer Rouge',
      'Inde -PLEDGES-> Force maritime internationale pour la mer Rouge',
      'Japon -PLEDGES-> Djibouti',
      'Japon -PLEDGES-> Force maritime internationale pour la mer Rouge',
      'Japon -PLEDGES-> Yémen',
      'Japon -PLEDGES-> Érythrée',
    ]);
  });
});

describe('what a minister reports with no giver of its own', () => {
  it('she gives with her country ("La ministre a indiqué que deux avions seraient mis à la disposition de la mission")', () => {
    const text =
      "La ministre kényane de la Défense, Grace Wanjiru, est arrivée à Gaborone pour préparer la mission de la SADC au Mozambique. La ministre a toutefois indiqué que deux avions de transport seraient mis à la disposition du Mozambique.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Grace Wanjiru -PLEDGES-> Mozambique', 'Kenya -PLEDGES-> Mozambique']);
  });
});

describe('a refusal told after a colon', () => {
  it('is the leader\'s too, and sailors refused for a sea go to the article\'s force', () => {
    const text =
      "Mer Rouge : une force navale internationale prend forme\n\nLa présidente du Conseil italien, Giulia Ferri, est arrivée. Interrogée sur une mission d'entraînement, Mme Ferri a été catégorique : aucun soldat italien ne sera déployé sur le sol ukrainien.\n\n" +
      "La mission navale européenne Aspides sera prolongée. « Le Pakistan n'enverra aucun navire ni aucun marin en mer Rouge », a tranché le ministre pakistanais de la Défense, Imran Qadir.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual([
      'Giulia Ferri -REFUSES_TROOPS-> Ukraine',
      'Imran Qadir -REFUSES_TROOPS-> Force navale internationale',
      'Italie -REFUSES_TROOPS-> Ukraine',
      'Pakistan -REFUSES_TROOPS-> Force navale internationale',
    ]);
  });
});

describe('an interview\'s answers', () => {
  it('give with the one answering and her country ("Nous enverrons 150 instructeurs"), not the questions', () => {
    const text =
      "Entretien. La ministre néerlandaise des Affaires étrangères, Femke Bos\n\nLes Pays-Bas enverront-ils des instructeurs en Ukraine ?\n\nNous enverrons 150 instructeurs militaires en Ukraine.\n\nEt le Danemark ?\n\nIl appartient à Copenhague de s'exprimer.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Femke Bos -PLEDGES-> Ukraine', 'Pays-Bas -PLEDGES-> Ukraine']);
  });
});

describe('a commitment not made', () => {
  it('refuses nothing ("Le Danemark, qui ne s\'engage pas sur des troupes à ce stade, débloquera 400 millions")', () => {
    const text = "Le Danemark, qui ne s'engage pas sur des troupes à ce stade, débloquera 400 millions d'euros pour financer la production de drones en Ukraine.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual([]);
    expect(factsOf(text, 'PLEDGES')).toEqual(['Danemark -PLEDGES-> Ukraine']);
  });
});

describe('a refusal told as what there will not be, and a list with the verb left out', () => {
  it('"« Il n\'y aura pas de soldats autrichiens en Ukraine », a déclaré le chancelier autrichien" refuses, for his country and him; "il y aura" pledges nothing', () => {
    const graph = graphOf("« Il n'y aura pas de soldats autrichiens en Ukraine », a déclaré mardi le chancelier autrichien, Florian Gruber.\n");
    expect(factsOf(graph, 'REFUSES_TROOPS')).toEqual(['Autriche -REFUSES_TROOPS-> Ukraine', 'Florian Gruber -REFUSES_TROOPS-> Ukraine']);
    expect(factsOf(graphOf("« Il y aura des soldats autrichiens en Ukraine un jour », a estimé le chancelier autrichien, Florian Gruber.\n"), 'PLEDGES')).toEqual([]);
  });

  it('"La Suède promet un bataillon, la Finlande des unités du génie, l\'Estonie une compagnie d\'infanterie": each gives troops', () => {
    const graph = graphOf("La Suède promet à l'Ukraine un bataillon de 600 hommes, la Finlande des unités du génie, l'Estonie une compagnie d'infanterie.\n");
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Estonie -PLEDGES-> Ukraine', 'Finlande -PLEDGES-> Ukraine', 'Suède -PLEDGES-> Ukraine']);
  });

  it('"a promis à la Moldavie 300 millions d\'euros": the receiver told before what is given', () => {
    const graph = graphOf("La Norvège a promis à la Moldavie 300 millions d'euros.\n");
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Norvège -PLEDGES-> Moldavie']);
    expect(graph.getEdgeAttributes(graph.findEdge((_, a) => a.type === 'PLEDGES')!)).toMatchObject({ what: 'aid', amount: "300 millions d'euros" });
  });
});

describe('refusals told with an impersonal "il", an incise with a complement, an absolute participle', () => {
  const LEAD = 'Sommet sur l\'Ukraine à Vienne\n\nPublié le 3 avril 2039\n\nLes dirigeants européens se sont réunis mardi à Vienne. La Pologne enverra 3 000 soldats en Ukraine.\n';

  it('"« Il n\'est pas question d\'envoyer nos soldats en Ukraine », a tranché, dans les couloirs, la présidente X": hers and her country\'s, not the last one named', () => {
    const facts = factsOf(
      LEAD + "Le Premier ministre polonais, Piotr Malinowski, l'a confirmé. « Il n'est pas question d'envoyer nos soldats en Ukraine », a tranché, dans les couloirs du palais, la présidente slovène, Nataša Kranjc.\n",
      'REFUSES_TROOPS',
    );
    expect(facts).toEqual(['Nataša Kranjc -REFUSES_TROOPS-> Ukraine', 'Slovénie -REFUSES_TROOPS-> Ukraine']);
  });

  it('"…qu\'aucun soldat grec ne participerait à la mission, la Grèce proposant plutôt d\'accueillir à Athènes des négociations": to the mission\'s receiver, not Greece', () => {
    expect(factsOf(LEAD + "Athènes a fait savoir qu'aucun soldat grec ne participerait à la mission, la Grèce proposant plutôt d'accueillir à Athènes des négociations.\n", 'REFUSES_TROOPS')).toEqual(['Grèce -REFUSES_TROOPS-> Ukraine']);
  });

  it('"aurait promis l\'envoi de 800 soldats" (a report in the past conditional) pledges nothing', () => {
    expect(factsOf(LEAD + "Selon un quotidien, le Premier ministre tchèque, Jiri Dvorak, aurait promis l'envoi de 800 soldats à l'Ukraine.\n", 'PLEDGES')).toEqual(['Pologne -PLEDGES-> Ukraine']);
  });
});

describe('who speaks for a commitment', () => {
  const LEAD = "Sommet de l'UA à Kigali\n\nPublié le 10 juin 2041\n\nUne douzaine de chefs d'État se sont réunis dimanche à Kigali pour un sommet sur la Somalie. Parmi les chefs d'État présents figuraient le Burundais Jean Ndayizeye, le Malawite Peter Banda et la présidente namibienne, Ndapewa Shilongo. Le Kenya fournira un bataillon à la Somalie.\n";

  it('"Le Burundais a promis deux compagnies" gives for Burundi (a head of state by the list); ", a détaillé Mme X", ", a fait valoir M. X" name the speaker', () => {
    const graph = graphOf(LEAD + "Le Burundais a promis deux compagnies, soit 300 soldats. Windhoek versera 20 millions de dollars, a détaillé Mme Shilongo. Le Malawi exclut d'envoyer des soldats, a fait valoir M. Banda.\n");
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Burundi -PLEDGES-> Somalie', 'Jean Ndayizeye -PLEDGES-> Somalie', 'Kenya -PLEDGES-> Somalie', 'Namibie -PLEDGES-> Somalie', 'Ndapewa Shilongo -PLEDGES-> Somalie']);
    expect(factsOf(graph, 'REFUSES_TROOPS')).toEqual(['Malawi -REFUSES_TROOPS-> Somalie', 'Peter Banda -REFUSES_TROOPS-> Somalie']);
  });

  it('"la Commission" is the one a title named ("le président de la Commission de l\'UA, X"); a field hospital is given; "a-t-il assuré" names who refuses', () => {
    const graph = graphOf(
      LEAD +
        "Le président de la Commission de l'UA, le Tchadien Idriss Mahamat, était présent. Enfin, la Commission débloquera 35 millions de dollars, a annoncé M. Mahamat. Le Ghana offrira un hôpital de campagne. Le président ghanéen, Kwame Asante, a été clair. « Le Ghana ne déploiera pas de soldats en Somalie », a-t-il assuré.\n",
    );
    expect(factsOf(graph, 'PLEDGES')).toEqual(expect.arrayContaining(["Commission de l'Union africaine -PLEDGES-> Somalie", 'Idriss Mahamat -PLEDGES-> Somalie', 'Ghana -PLEDGES-> Somalie']));
    expect(factsOf(graph, 'REFUSES_TROOPS')).toEqual(['Ghana -REFUSES_TROOPS-> Somalie', 'Kwame Asante -REFUSES_TROOPS-> Somalie']);
  });
});

describe('a national with no title', () => {
  it('"Le Norvégien X a rappelé que son pays avait promis 250 millions d\'euros à l\'Ukraine": his country gives, and he with it', () => {
    expect(factsOf("Le Norvégien Eirik Solberg a rappelé que son pays avait promis 250 millions d'euros à l'Ukraine.\n", 'PLEDGES')).toEqual(['Eirik Solberg -PLEDGES-> Ukraine', 'Norvège -PLEDGES-> Ukraine']);
  });
});

describe('a minister reporting what her country gives', () => {
  it('"La ministre espagnole de la Défense, X, a confirmé que Madrid mettrait à la disposition de l\'Ukraine, pendant toute la durée de la mission, un avion" gives with Spain', () => {
    const text = "La ministre espagnole de la Défense, Ana Prieto, a confirmé que Madrid mettrait à la disposition de l'Ukraine, pendant toute la durée de la mission, un avion de patrouille maritime.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Ana Prieto -PLEDGES-> Ukraine', 'Espagne -PLEDGES-> Ukraine']);
  });
});

describe('a brigade named for a region', () => {
  const LEAD = "OTAN : une brigade dans le Grand Nord\n\nPublié le 18 juin 2036\n\nLa déclaration crée une « brigade multinationale du Nord », stationnée en Laponie.\n";

  it('gets the units promised, in a list with the verb left out, and "n\'en fournira pas moins" gives', () => {
    const graph = graphOf(LEAD + "La Suède enverra un bataillon de chasseurs, et la France un bataillon d'infanterie de montagne. Lisbonne n'en fournira pas moins une compagnie du génie à la brigade. La Hongrie ne participera pas à la brigade.\n");
    expect(factsOf(graph, 'PLEDGES')).toEqual(['France -PLEDGES-> Brigade multinationale du Nord', 'Portugal -PLEDGES-> Brigade multinationale du Nord', 'Suède -PLEDGES-> Brigade multinationale du Nord']);
    expect(factsOf(graph, 'REFUSES_TROOPS')).toEqual(['Hongrie -REFUSES_TROOPS-> Brigade multinationale du Nord']);
  });

  it('"la brigade stationnée dans son pays": a participle qualifying the troops sends no one', () => {
    expect(factsOf("La Première ministre estonienne, Kaja Tamm, fait le point sur la brigade multinationale stationnée dans son pays.\n", 'PLEDGES')).toEqual([]);
  });
});

describe('a giver after ", et" closing an apposition', () => {
  it('"…, selon son représentant permanent, X, et l\'Uruguay mettra à disposition trois hélicoptères": Uruguay gives', () => {
    const graph = graphOf("Mali : les contributions à la mission\n\nPublié le 14/10/2042\n\nLe Sénégal fournira 160 gendarmes, selon son représentant permanent, Abdou Ndiaye, et l'Uruguay mettra à disposition trois hélicoptères.\n");
    expect(factsOf(graph, 'PLEDGES')).toEqual(expect.arrayContaining(['Sénégal -PLEDGES-> Mali', 'Uruguay -PLEDGES-> Mali']));
    expect(factsOf(graph, 'REPRESENTS')).toEqual(['Abdou Ndiaye -REPRESENTS-> Sénégal']);
  });
});

describe('blue helmets withdrawn', () => {
  it('"Le Népal retirera ses 800 Casques bleus du Soudan du Sud" is a refusal (a troop noun of two words)', () => {
    expect(factsOf("Le Népal retirera ses 800 Casques bleus du Soudan du Sud d'ici à mars.\n", 'REFUSES_TROOPS')).toEqual(['Népal -REFUSES_TROOPS-> Soudan du Sud']);
  });
});

describe('a joint patrol and what is given to it', () => {
  const LEAD = "Mer de Chine : l'Asean lance une patrouille\n\nPublié le 26 octobre 2042\n\nRéunis dimanche à Jakarta, les dirigeants de l'Asean ont approuvé la création d'une patrouille maritime conjointe.\n";

  it('"Manille fournira à la patrouille…" after the leader\'s colon, "Hanoï y affectera deux frégates", "à la nouvelle force, ainsi qu\'un prêt … aux Philippines"', () => {
    const graph = graphOf(
      LEAD +
        "La présidente philippine, Maria Santos, a été la première à s'engager : Manille fournira à la patrouille quatre navires. Hanoï y affectera deux frégates. Le Premier ministre japonais, Sato Kenji, a promis six patrouilleurs à la nouvelle force, ainsi qu'un prêt de 180 milliards de yens aux Philippines. Les ministres se retrouveront en mars pour fixer les règles d'engagement de la patrouille.\n",
    );
    expect(factsOf(graph, 'PLEDGES')).toEqual([
      'Japon -PLEDGES-> Patrouille maritime conjointe',
      'Japon -PLEDGES-> Philippines',
      'Maria Santos -PLEDGES-> Patrouille maritime conjointe',
      'Philippines -PLEDGES-> Patrouille maritime conjointe',
      'Sato Kenji -PLEDGES-> Patrouille maritime conjointe',
      'Sato Kenji -PLEDGES-> Philippines',
      'Viêt Nam -PLEDGES-> Patrouille maritime conjointe',
    ]);
  });
});

describe('a commitment told after a colon', () => {
  it('"Seul le Rwanda a pris un engagement ferme : 450 soldats supplémentaires seront déployés" is Rwanda\'s', () => {
    expect(factsOf("Le Conseil de sécurité a débattu jeudi du Soudan du Sud. Seul le Rwanda a pris un engagement ferme : 450 soldats supplémentaires seront déployés au Soudan du Sud dès mai.\n", 'PLEDGES')).toEqual(['Rwanda -PLEDGES-> Soudan du Sud']);
  });
});

describe('what is no refusal nor pledge', () => {
  it('"Quant à la participation allemande à la force, elle sera tranchée…" (a topic); "Nous ne déploierons pas un seul soldat sans base juridique" after a pledge (its condition)', () => {
    const text =
      "Ukraine : une force de stabilisation\n\nPublié le 9 octobre 2043\n\nLe ministre polonais, Jan Nowak, a promis une brigade de 5 000 soldats à la force de stabilisation, « sous réserve d'un mandat de l'ONU ». « Nous ne déploierons pas un seul soldat sans base juridique solide », a insisté M. Nowak. Quant à la participation allemande à la force, elle sera tranchée par le Bundestag.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual([]);
    expect(factsOf(text, 'PLEDGES').filter((f) => f.startsWith('Allemagne'))).toEqual([]);
  });
});

describe('money for a reconstruction fund', () => {
  const LEAD = "G7 Finances : 16 milliards de dollars pour reconstruire le Soudan\n\nPublié le 20 février 2043\n\nLes ministres des Finances du G7 ont créé jeudi à Dresde un fonds pour la reconstruction du Soudan.\n";

  it('"une contribution britannique" is the UK\'s; "ajoutera 1 milliard", "annulera la dette du Soudan", "a pour sa part engagé des garanties" give; a city in the incise is no receiver', () => {
    const graph = graphOf(
      LEAD +
        "La secrétaire d'État au Trésor, Anne Pole, a annoncé une contribution britannique de 400 millions de livres. L'Union européenne ajoutera 1 milliard d'euros, a indiqué à Dresde le commissaire européen, Jan Novak. Paris annulera la dette bilatérale du Soudan, soit 1,1 milliard d'euros. Le ministre italien de l'Economie, Luca Conti, a pour sa part engagé des garanties de crédit à hauteur de 300 millions d'euros.\n",
    );
    const pledges = factsOf(graph, 'PLEDGES');
    expect(pledges).toEqual(expect.arrayContaining(['Royaume-Uni -PLEDGES-> Soudan', 'Union européenne -PLEDGES-> Soudan', 'France -PLEDGES-> Soudan', 'Italie -PLEDGES-> Soudan']));
    expect(pledges.filter((f) => f.endsWith('Royaume-Uni') || f.endsWith('Allemagne'))).toEqual([]);
  });

  it('"a confirmé sur place sa directrice générale, X": the body the sentence opens on is hers; "le secrétaire américain au Trésor" serves the United States', () => {
    const graph = graphOf(LEAD + "Le Fonds monétaire international accordera au Soudan un prêt de 1,8 milliard de dollars, a confirmé sur place sa directrice générale, Anna Berg. Washington apportera des garanties de 3 milliards de dollars, a précisé le secrétaire américain au Trésor, John Miles.\n");
    expect(factsOf(graph, 'LEADS')).toEqual(['Anna Berg -LEADS-> Fonds monétaire international']);
    expect(factsOf(graph, 'REPRESENTS')).toEqual(['John Miles -REPRESENTS-> États-Unis']);
  });
});

describe('pledges in a digest of briefs', () => {
  it('go to the receiver the sentence before gave to, or to the country heading the brief ("SOUDAN.", "INDONÉSIE.")', () => {
    const text =
      "Monde. Les brèves de la semaine\n\nPublié le 19/11/2039 à 06h30\n\n" +
      "SOUDAN. Des promesses à Genève. Réunis mardi à Genève, une soixantaine de pays donateurs ont promis 2,1 milliards de dollars d'aide au Soudan. L'Union européenne a annoncé à elle seule 500 millions d'euros ; Berlin et Tokyo ont promis respectivement 220 et 180 millions de dollars.\n\n" +
      "INDONÉSIE. Paris et Jakarta se rapprochent. La France financera à hauteur de 15 millions d'euros un programme de cartographie des récifs coralliens.\n\n" +
      "GHANA. Un nouveau président. Kwame Owusu a prêté serment mercredi à Accra.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Allemagne -PLEDGES-> Soudan', 'France -PLEDGES-> Indonésie', 'Japon -PLEDGES-> Soudan', 'Union européenne -PLEDGES-> Soudan']);
  });
});

describe('a conference\'s box of pledges', () => {
  it('reads "– Allemagne : 350 millions d\'euros ;" lines after "Principaux engagements :"; "promettre une annonce d\'ici à l\'été" gives nothing', () => {
    const text =
      "Soudan : à Paris, 3,7 milliards de dollars promis\n\nPublié le 12 avril 2044\n\nUne soixantaine de délégations se sont réunies mardi à Paris pour la conférence humanitaire pour le Soudan. Les États-Unis se sont contentés de promettre une annonce d'ici à l'été.\n\nPrincipaux engagements :\n– Allemagne : 350 millions d'euros ;\n– Qatar : 250 millions de dollars ;\n– Banque mondiale : 600 millions de dollars.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Allemagne -PLEDGES-> Soudan', 'Banque mondiale -PLEDGES-> Soudan', 'Qatar -PLEDGES-> Soudan']);
  });

  it('reads lines of ships and aircraft: "- La Finlande, qui prend le commandement … : deux patrouilleurs", "- L\'Estonie et la Lettonie : un chasseur de mines chacune"; not "- La Norvège : une décision attendue"', () => {
    const text =
      "Publié le 4 février 2044\n\nDix pays ont lancé mardi à Helsinki la mission navale Baltic Guardian.\n\nQui envoie quoi ?\n\n- La Finlande, qui prend le commandement de la mission pour six mois : deux patrouilleurs lance-missiles et un chasseur de mines.\n- La Suède : une corvette et un avion de surveillance maritime.\n- L'Estonie et la Lettonie : un chasseur de mines chacune.\n- La Norvège : une décision attendue en mars.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Estonie -PLEDGES-> Baltic Guardian', 'Finlande -PLEDGES-> Baltic Guardian', 'Lettonie -PLEDGES-> Baltic Guardian', 'Suède -PLEDGES-> Baltic Guardian']);
  });
});

describe('a promise to block, and the force talked about', () => {
  it('"promettant de bloquer tout financement européen de la force" pledges nothing; "la force de réassurance" in an article about Moldova is the one for Ukraine named before', () => {
    const text = "Moldavie : les Européens au chevet de Chisinau\n\nPublié le 12 mars 2048\n\nLes dirigeants ont parlé jeudi à Erevan de la force de réassurance pour l'Ukraine et du ciel de la Moldavie. « Ce ne sera pas notre argent », avait lancé Ivan Horvath à son arrivée, promettant de bloquer tout financement européen de la force. La France fournira plusieurs milliers de soldats à la force de réassurance.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(["France -PLEDGES-> Force de réassurance pour l'Ukraine"]);
  });
});

describe('a commitment after a step still to take', () => {
  it('"Le Ghana n\'a pas encore tranché. M. X souhaite obtenir l\'aval du Parlement avant d\'engager des troupes": no pledge', () => {
    const text = "Publié le 12/02/2048\n\nLes chefs d'État se sont réunis jeudi à Abuja pour activer la force en attente en Sierra Leone. Le Ghana, lui, n'a pas encore tranché. M. Kwame Asante souhaite obtenir l'aval du Parlement avant d'engager des troupes.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual([]);
  });
});

describe('a paragraph opened on a receiver', () => {
  it('"Sur la Moldavie, les annonces se sont succédé. X a promis deux systèmes…" go to Moldova; "Sur la force de réassurance, … L\'Estonie enverra une compagnie" to the force; "premier soutien de la Moldavie" gives nothing', () => {
    const text =
      "Moldavie : l'Europe au chevet de Chisinau\n\nPublié le 12 mars 2048\n\nLes dirigeants ont parlé jeudi à Erevan de la force de réassurance pour l'Ukraine et du ciel de la Moldavie. La Roumanie, voisine et premier soutien de la Moldavie, était représentée.\n\nSur la Moldavie, les annonces se sont succédé. Hans Weber a promis deux systèmes antidrones. Paris fournira une batterie de missiles sol-air et deux radars.\n\nSur la force de réassurance, Paul Martin a confirmé l'engagement de la France. L'Estonie enverra une compagnie d'infanterie.\n";
    const pledges = factsOf(text, 'PLEDGES');
    expect(pledges).toContain('France -PLEDGES-> Moldavie');
    expect(pledges).toContain('Hans Weber -PLEDGES-> Moldavie');
    expect(pledges).toContain("Estonie -PLEDGES-> Force de réassurance pour l'Ukraine");
    expect(pledges.filter((f) => f.startsWith('Moldavie') || f.startsWith('Estonie -PLEDGES-> Moldavie'))).toEqual([]);
  });
});

describe('"le royaume" opening a sentence', () => {
  it('"L\'Arabie saoudite accueillait la conférence. Le royaume a annoncé 3 milliards de dollars pour la Syrie": Saudi Arabia pledges', () => {
    expect(factsOf("Publié le 11/02/2048\n\nL'Arabie saoudite accueillait la conférence. Le royaume a annoncé 3 milliards de dollars pour la Syrie.\n", 'PLEDGES')).toEqual(['Arabie Saoudite -PLEDGES-> Syrie']);
  });
});

describe('one a country sent', () => {
  it('"Washington avait envoyé X, conseiller du président pour l\'Afrique. X a annoncé 40 millions de dollars": the United States pledge them', () => {
    const text = "Publié le 29/01/2048\n\nLes dirigeants africains se sont réunis jeudi à Addis-Abeba pour un sommet sur le Soudan. Washington avait envoyé Mark Bellamy, conseiller principal du président pour l'Afrique. Mark Bellamy a annoncé 40 millions de dollars d'aide humanitaire pour le Soudan.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Mark Bellamy -PLEDGES-> Soudan', 'États-Unis -PLEDGES-> Soudan']);
    expect(factsOf(text, 'REPRESENTS')).toEqual(['Mark Bellamy -REPRESENTS-> États-Unis']);
  });
});

describe('a receiver named by what it is of, and bodies told in apposition', () => {
  it('"au Fonds pour la paix de l\'Union africaine, et la Côte d\'Ivoire 40 milliards" (the Union, a second giver); "L\'AFD, la banque publique …, prêtera" (the AFD)', () => {
    const text =
      "Sommet à Dakar\n\nPublié le 10 juin 2044\n\nLa Banque africaine de développement était représentée. L'Agence française de développement (AFD), la banque publique de développement française, prêtera 800 millions d'euros au Sénégal. Le Sénégal apportera 60 milliards de francs CFA au Fonds pour la paix de l'Union africaine, et la Côte d'Ivoire 40 milliards de francs CFA.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(["Agence française de développement -PLEDGES-> Sénégal", "Côte d'Ivoire -PLEDGES-> Union africaine", 'France -PLEDGES-> Sénégal', 'Sénégal -PLEDGES-> Union africaine']);
  });
});

describe('a vote in a parliament', () => {
  it('"a apporté le soutien de ses députés" commits no one to the country the text is about', () => {
    const text = "Moldavie : les députés autorisent l'envoi de soldats\n\nPublié le 15 mars 2044\n\nLa présidente du Rassemblement national, Laure Vignal, a apporté le soutien de ses députés « par responsabilité » au déploiement en Moldavie.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual([]);
  });
});

describe('soldiers given with no receiver, when the country named most gives or refuses itself', () => {
  it('go to the force the article is about, under a site\'s name and rubric too ("… mais sans les soldats de Lomé … X a promis un bataillon"; "l\'envoi d\'une compagnie de 200 hommes")', () => {
    const text =
      "L'Hebdo d'Afrique\nPolitique > Afrique de l'Ouest\n\nSahel : à Niamey, l'Uemoa lance sa brigade d'alerte, mais sans les soldats de Lomé\n\nPublié le 4 mai 2046\n\n" +
      "Réunis ce dimanche à Niamey, les chefs d'État ont acté la création d'une Brigade d'alerte de l'Uemoa (BAU) de 3 000 hommes. " +
      "« Le Togo n'enverra pas de soldats », a tranché le président togolais, Kodjo Améyi. Lomé versera en revanche 10 millions de dollars au fonds de la BAU. " +
      "Lomé avait pourtant promis de s'engager.\n\n" +
      "Son homologue burkinabè, Issa Zoungrana, a promis un bataillon. Le ministre béninois des Affaires étrangères, Fidèle Houngbédji, a annoncé l'envoi d'une compagnie de 200 hommes.\n";
    const pledges = factsOf(text, 'PLEDGES');
    expect(pledges.filter((f) => f.endsWith('-> Togo'))).toEqual([]);
    expect(pledges).toContain("Bénin -PLEDGES-> Brigade d'alerte de l'Uemoa");
    expect(pledges).toContain("Issa Zoungrana -PLEDGES-> Brigade d'alerte de l'Uemoa");
  });
});

describe('a bare title speaking after a quotation', () => {
  it('is the last one the article gave that title ("« … pas question d\'envoyer des soldats français … », a insisté la ministre, interrogée…"), and a country the quotation names is not the one she leads', () => {
    const text =
      "Publié le 20 mai 2045\n\nLa ministre des Armées, Claire Vasseur, a retrouvé jeudi son homologue estonien à Tallinn.\n\n" +
      "« Il n'est pas question d'envoyer des soldats français en Moldavie », a insisté la ministre, interrogée sur la présence de troupes russes. « Nous ne laisserons pas l'Estonie seule », a promis la ministre.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Claire Vasseur -REFUSES_TROOPS-> Moldavie', 'France -REFUSES_TROOPS-> Moldavie']);
    expect(factsOf(text, 'LEADS')).toEqual([]);
  });
});

describe('a civility', () => {
  it('tells the gender a title after the name does not ("Claire Vasseur, ministre des Armées … Mme Vasseur … », a insisté la ministre")', () => {
    const text =
      "Publié le 20 mai 2045\n\nC'est à Tallinn que Claire Vasseur, ministre des Armées, a retrouvé jeudi Tõnu Kask, ministre estonien de la Défense. Mme Vasseur a visité la base. M. Kask a salué « un geste ».\n\n" +
      "« Il n'est pas question d'envoyer des soldats français en Moldavie », a insisté la ministre, interrogée sur la présence de troupes russes.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toContain('Claire Vasseur -REFUSES_TROOPS-> Moldavie');
  });
});

describe('a country resumed by a pronoun', () => {
  it('gives ("La France a voulu donner l\'exemple. Elle apportera 1,1 milliard d\'euros"), not an impersonal "il" ("Le Qatar a salué… Il aura fallu")', () => {
    const text =
      "Liban : la conférence de Paris\n\nPublié le 11/04/2046\n\nLe président Paul Verdier a ouvert mercredi à Paris la conférence pour la reconstruction du Liban.\n\n" +
      "La France a voulu donner l'exemple. Elle apportera 1,1 milliard d'euros sur trois ans. Le Qatar a salué l'initiative. Il aura fallu dix heures pour conclure.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['France -PLEDGES-> Liban']);
  });
});

describe('a sum committed to, and promises that qualify a noun', () => {
  it('"Le Koweït s\'est engagé à hauteur de 500 millions de dollars" gives; "le calendrier des réformes promises aux bailleurs" does not', () => {
    const text =
      "Liban : la conférence de Paris\n\nPublié le 11/04/2046\n\nLe président Paul Verdier a ouvert mercredi à Paris la conférence pour la reconstruction du Liban.\n\n" +
      "Le Koweït s'est engagé à hauteur de 500 millions de dollars pour la reconstruction du réseau électrique. Le ministre libanais des Finances, Fouad Haddad, a détaillé le calendrier des réformes promises aux bailleurs.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Koweït -PLEDGES-> Liban']);
  });
});

describe('observers sent with no receiver named, and a body approving its own mission', () => {
  it('go to the article\'s mission ("a confirmé l\'envoi de 60 observateurs"); "Les ministres de l\'OSCE ont approuvé jeudi le déploiement de 400 observateurs" gives nothing', () => {
    const text =
      "OSCE : une mission pour la trêve\n\nPublié le 08/12/2046\n\nLes ministres des Affaires étrangères de l'OSCE ont approuvé jeudi le déploiement de 400 observateurs. Réunis jeudi à Vienne, ils ont créé une Mission d'observation du cessez-le-feu dans le Caucase du Sud (MOCS).\n\n" +
      "La Pologne fournira une compagnie de 120 soldats. Le ministre tchèque des Affaires étrangères, Petr Novotný, a confirmé l'envoi de 60 observateurs.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual([
      "Petr Novotný -PLEDGES-> Mission d'observation du cessez-le-feu dans le Caucase du Sud",
      "Pologne -PLEDGES-> Mission d'observation du cessez-le-feu dans le Caucase du Sud",
      "Tchéquie -PLEDGES-> Mission d'observation du cessez-le-feu dans le Caucase du Sud",
    ]);
  });
});

describe('where a thing given is based', () => {
  it('is not its receiver ("Madrid mettrait à la disposition de l\'opération, pendant toute la durée du déploiement, un avion basé à Djibouti")', () => {
    const text =
      "Brest : la frégate part pour l'opération Atalante\n\nPublié le 10 juin 2044\n\nLa frégate a quitté Brest pour rejoindre l'opération Atalante de l'Union européenne.\n\n" +
      "Madrid mettrait à la disposition de l'opération, pendant toute la durée du déploiement, un avion de patrouille maritime basé à Djibouti.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Espagne -PLEDGES-> Atalante']);
  });
});

describe('an interview whose headline quotes the one interviewed', () => {
  it('is hers: the description of the paragraph after is her, and her country\'s pledges and refusals in her answers are hers too', () => {
    const text =
      "Le Journal\nInternational\n\nClaire Bouchardy : « Nous n'enverrons pas de troupes au sol en Moldavie »\n\n" +
      "ENTRETIEN - De retour de Bruxelles, la ministre canadienne de la Défense nationale détaille ce que son pays est prêt à faire.\n\nPublié le 20/10/2047\n\n" +
      "Qu'avez-vous annoncé à vos collègues ?\nLe Canada enverra six F-35 et 180 militaires en Roumanie, à partir de janvier.\n\n" +
      "Êtes-vous prête à déployer des soldats en Moldavie ?\nNon. Nous n'enverrons pas de troupes au sol en Moldavie.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Canada -PLEDGES-> Roumanie', 'Claire Bouchardy -PLEDGES-> Roumanie']);
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Canada -REFUSES_TROOPS-> Moldavie', 'Claire Bouchardy -REFUSES_TROOPS-> Moldavie']);
  });

  it('a national told by no title gives with her country what she announces ("La Suédoise X a annoncé que Stockholm mettrait…")', () => {
    const text = "Publié le 20/10/2047\n\nLa Suédoise Ebba Lindqvist, dont le pays a rejoint l'Alliance en 2024, a annoncé que Stockholm mettrait à la disposition de l'Estonie deux corvettes.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Ebba Lindqvist -PLEDGES-> Estonie', 'Suède -PLEDGES-> Estonie']);
  });
});

describe('soldiers told by "en" and a number', () => {
  it('"Le Kenya fournira 1 000 hommes. La Tanzanie en enverra 1 200" sends soldiers; "RD Congo" is a country, "Ansar Allah" no one', () => {
    const text =
      "RD Congo : une force régionale\n\nPublié le 3 mars 2047\n\nLes chefs d'État sont réunis ce dimanche à Nairobi pour un sommet sur l'est de la RD Congo. Les rebelles d'Ansar Allah ont refusé de venir.\n\n" +
      "Le Kenya fournira 1 000 hommes à la République démocratique du Congo. La Tanzanie en enverra 1 200.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Kenya -PLEDGES-> République démocratique du Congo', 'Tanzanie -PLEDGES-> République démocratique du Congo']);
    expect(namesOf(graph, 'Person')).toEqual([]);
  });
});

describe('a headline under a site\'s name and rubric', () => {
  it('tells the receiver of the article\'s aid ("Le Quotidien / International | Moyen-Orient / Yémen: …" then "L\'UE a pour sa part promis 140 millions d\'euros")', () => {
    const text =
      "Le Quotidien\nInternational | Moyen-Orient\n\nYémen: à Genève, des promesses humanitaires\n\nPublié mardi 14 mai 2047\n\n" +
      "La conférence a réuni mardi à Genève une trentaine de délégations, dont celle de la Suisse. Riyad a annoncé 600 millions de dollars pour le Yémen. Berne a annoncé 30 millions pour le Comité international de la Croix-Rouge (CICR).\n\n" +
      "L'Union européenne (UE) a pour sa part promis 140 millions d'euros.\n";
    expect(factsOf(text, 'PLEDGES')).toContain('Union européenne -PLEDGES-> Yémen');
  });
});

describe('capitals told by their French names', () => {
  it('"Mascate a rappelé qu\'il n\'enverrait aucun soldat" is Oman refusing; "Cotonou temporise" is Benin', () => {
    const text = "Yémen : à Genève\n\nPublié mardi 14 mai 2047\n\nLa conférence sur le Yémen s'est tenue mardi à Genève. Mascate, fidèle à sa ligne, a toutefois rappelé qu'il n'enverrait aucun soldat au Yémen. Cotonou temporise.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'REFUSES_TROOPS')).toEqual(['Oman -REFUSES_TROOPS-> Yémen']);
    expect(namesOf(graph, 'Country')).toContain('Bénin');
  });
});

describe('"ni un seul homme"', () => {
  it('refuses soldiers ("Budapest n\'enverra ni navire ni un seul homme en Méditerranée"); "Dassault Aviation" is no one', () => {
    const text =
      "Publié le 10 juin 2044\n\nLes ministres ont lancé la Force navale européenne en Méditerranée centrale (Eunavfor MCA), avec Dassault Aviation pour les avions. " +
      "« Budapest n'enverra ni navire ni un seul homme en Méditerranée », a lancé le ministre hongrois de l'intérieur, Gábor Szentesi.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'REFUSES_TROOPS')).toEqual(['Gábor Szentesi -REFUSES_TROOPS-> Force navale européenne en Méditerranée centrale', 'Hongrie -REFUSES_TROOPS-> Force navale européenne en Méditerranée centrale']);
    expect(namesOf(graph, 'Person')).toEqual(['Gábor Szentesi']);
  });
});

describe('a gapped giver told with an incise', () => {
  it('gives its own amount ("Rome promet 300 millions à la Tunisie, …, et Berlin, représenté par un secrétaire d\'Etat, 250 millions au Niger")', () => {
    const text = "Publié le 10 juin 2044\n\nLes capitales ont ajouté leur part : Rome promet 300 millions d'euros à la Tunisie, Madrid 180 millions à la Mauritanie, et Berlin, représenté par un secrétaire d'Etat, 250 millions au Niger.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Allemagne -PLEDGES-> Niger', 'Espagne -PLEDGES-> Mauritanie', 'Italie -PLEDGES-> Tunisie']);
  });
});

describe('a headline saying money for a country after its colon', () => {
  it('makes that country the article\'s receiver ("G7 de Kyoto : 7,5 milliards de dollars pour relever le réseau électrique ukrainien")', () => {
    const text =
      "G7 de Kyoto : 7,5 milliards de dollars pour relever le réseau électrique ukrainien\n\nPublié le 13 juin 2048\n\n" +
      "Le Japon voulait un sommet utile, tenu vendredi à Kyoto. Tokyo a donné le ton en annonçant 300 milliards de yens. Le Royaume-Uni a promis 400 millions de livres sterling. Le Canada apportera 500 millions de dollars canadiens.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Canada -PLEDGES-> Ukraine', 'Japon -PLEDGES-> Ukraine', 'Royaume-Uni -PLEDGES-> Ukraine']);
  });
});

describe('support asked for', () => {
  it('is not given ("La secrétaire générale doit désormais solliciter le soutien du Canada")', () => {
    const text = "Haïti : une mission de sécurité\n\nPublié le 13 mars 2048\n\nLa secrétaire générale de la CARICOM doit désormais solliciter le soutien du Canada et de l'Organisation des États américains (OEA) pour Haïti.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual([]);
  });
});

describe('soldiers of the giver\'s own force', () => {
  it('go to the article\'s mission, not back to their country ("l\'envoi de 200 soldats de la Force de défense de la Jamaïque"); "Port-d\'Espagne versera" is Trinidad and Tobago', () => {
    const text =
      "Sommet de la CARICOM : la Caraïbe promet des hommes pour Haïti\n\nPublié le vendredi 13 mars 2048\n\nLe sommet a validé jeudi à Bridgetown le projet de Mission caribéenne d'appui à la sécurité en Haïti (MCASH).\n\n" +
      "Le Premier ministre jamaïcain, Winston Carrington, a annoncé l'envoi de 200 soldats de la Force de défense de la Jamaïque et de 80 policiers. Port-d'Espagne versera 5 millions de dollars au fonds de la mission.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual([
      "Jamaïque -PLEDGES-> Mission caribéenne d'appui à la sécurité en Haïti",
      "Trinité-et-Tobago -PLEDGES-> Mission caribéenne d'appui à la sécurité en Haïti",
      "Winston Carrington -PLEDGES-> Mission caribéenne d'appui à la sécurité en Haïti",
    ]);
  });
});

describe('adding words', () => {
  it('gives nothing ("Le président a ajouté que les garanties font savoir à l\'Ukraine…"), unlike adding money ("ajoutera 1 milliard")', () => {
    const text =
      "Publié le 7 janvier 2026\n\nLa France fournira des garanties de sécurité à l'Ukraine, a déclaré le président français, Paul Delorme. Le président a ajouté que les garanties font savoir à l'Ukraine que la paix sera durable. L'Allemagne ajoutera 1 milliard d'euros pour l'Ukraine.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Allemagne -PLEDGES-> Ukraine', 'France -PLEDGES-> Ukraine', 'Paul Delorme -PLEDGES-> Ukraine']);
    const graph = graphOf(text);
    const delorme = graph.filterEdges((_, a, s) => s === 'person:paul-delorme' && a.type === 'PLEDGES').map((e) => graph.getEdgeAttribute(e, 'evidence') as { text: string }[]);
    expect(delorme.flat().every((ev) => !ev.text.includes('ajouté'))).toBe(true);
  });
});

describe('a headline giving a fund to a country', () => {
  it('makes it the receiver of the article\'s money, not a country named more that rejects ("la Ligue arabe lance un fonds pour reconstruire la Palestine")', () => {
    const text =
      "Le Quotidien\nInternational › Proche-Orient\n\nÀ Alger, la Ligue arabe lance un fonds pour reconstruire la Palestine, sans faire l'unanimité\n\nPublié le 24 mai 2049\n\n" +
      "Les dirigeants arabes se sont réunis dimanche à Alger. L'Irak a rejeté la déclaration finale. Bagdad juge le texte déséquilibré, et l'Irak l'a fait savoir. L'Irak, encore, a quitté la salle.\n\n" +
      "L'émir du Qatar, cheikh Fahd ben Saoud, a promis 2 milliards de dollars.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Fahd ben Saoud -PLEDGES-> Palestine', 'Qatar -PLEDGES-> Palestine']);
  });
});

describe('pledges told the way a defence ministers\' meeting is', () => {
  it('"Son homologue danois, Erik J. Holm, a indiqué que Copenhague verserait…": a name with a middle initial is one person', () => {
    const text = "Publié le 4 juin 2048\n\nSon homologue danois, Erik J. Holm, a indiqué que Copenhague verserait 200 millions d'euros à l'Ukraine. M. Holm a salué l'effort commun.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Danemark -PLEDGES-> Ukraine', 'Erik J. Holm -PLEDGES-> Ukraine']);
  });

  it('"Le vice-Premier ministre tchèque et ministre de la Défense, X, a répété que Prague n\'enverrait pas de soldats": his refusal, no leading; "Le Premier ministre estonien et ministre des Finances, Y" leads', () => {
    const text =
      "Publié le 4 juin 2048\n\nLe vice-Premier ministre tchèque et ministre de la Défense, Pavel Novak, a répété que Prague n'enverrait pas de soldats en Ukraine. " +
      "Le Premier ministre estonien et ministre des Finances, Jaan Tamm, a salué l'unité des alliés.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'REFUSES_TROOPS')).toEqual(['Pavel Novak -REFUSES_TROOPS-> Ukraine', 'Tchéquie -REFUSES_TROOPS-> Ukraine']);
    expect(factsOf(graph, 'LEADS')).toEqual(['Jaan Tamm -LEADS-> Estonie']);
  });

  it('"des derniers avions Gripen promis": a model after a kind of equipment is no one, and gives nothing', () => {
    const graph = graphOf("Publié le 4 juin 2048\n\nLe ministre suédois de la Défense, Olof Berg, a confirmé la livraison des derniers avions Gripen promis à l'Ukraine.\n");
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Olof Berg -PLEDGES-> Ukraine', 'Suède -PLEDGES-> Ukraine']);
  });

  it('"à l\'initiative tchèque sur les munitions": the country that proposed it receives nothing; the article\'s country does', () => {
    const text = "Ukraine : les alliés de Kiev multiplient les annonces\n\nPublié le 4 juin 2048\n\nOslo versera 1 milliard de couronnes à l'initiative tchèque sur les munitions.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Norvège -PLEDGES-> Ukraine']);
  });

  it('"a présenté par la voix de X un paquet d\'aide", "met 300 millions d\'euros supplémentaires sur la table", "Le Japon, représenté par son ministre, X, débloquera": the country gives', () => {
    expect(factsOf("Publié le 4 juin 2048\n\nStockholm a présenté par la voix de Olof Berg un nouveau paquet d'aide de 2 milliards de couronnes pour l'Ukraine.\n", 'PLEDGES')).toEqual(['Suède -PLEDGES-> Ukraine']);
    expect(factsOf("Publié le 4 juin 2048\n\nOslo met 300 millions d'euros supplémentaires sur la table pour l'Ukraine.\n", 'PLEDGES')).toEqual(['Norvège -PLEDGES-> Ukraine']);
    expect(factsOf("Publié le 4 juin 2048\n\nLe Japon, représenté par son ministre des Affaires étrangères, Kenji Sato, débloquera 2 milliards de dollars pour l'Ukraine.\n", 'PLEDGES')).toContain('Japon -PLEDGES-> Ukraine');
  });
});

describe('the speaker of a quotation or an incise', () => {
  it('"« … », a répété X, qui suit la réunion en visioconférence": X refuses with her country', () => {
    const text = "Publié le 4 juin 2048\n\nLa présidente du Conseil italienne, Chiara Rossetti, est arrivée mardi. « L'Italie ne déploiera pas de soldats en Ukraine », a répété Chiara Rossetti, qui suit la réunion en visioconférence.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Chiara Rossetti -REFUSES_TROOPS-> Ukraine', 'Italie -REFUSES_TROOPS-> Ukraine']);
  });

  it('"Varsovie n\'enverra pas de troupes, a redit le Polonais X, tout en promettant que la Pologne servira de base": the national speaks for his country, and gives nothing to it', () => {
    const text =
      "Publié le 4 juin 2048\n\nAutour de la table : le Polonais Jan Nowicki et la Danoise Ida Lund.\n\n" +
      "Varsovie n'enverra pas non plus de troupes en Ukraine, a redit Jan Nowicki, tout en promettant que la Pologne servira de base arrière logistique.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'REFUSES_TROOPS')).toEqual(['Jan Nowicki -REFUSES_TROOPS-> Ukraine', 'Pologne -REFUSES_TROOPS-> Ukraine']);
    expect(factsOf(graph, 'PLEDGES')).not.toContain('Jan Nowicki -PLEDGES-> Pologne');
  });

  it('"La Suisse ne fournira aucun soldat, a-t-elle répété, mais les 150 millions promis seront versés": the clause the incise interrupts gives', () => {
    const text = "Publié le 4 juin 2048\n\nLa présidente de la Confédération, Régine Aubry, est arrivée. La Suisse ne fournira aucun soldat à la future mission, a-t-elle répété, mais les 150 millions de francs promis à la Moldavie seront versés dès cette année.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Suisse -PLEDGES-> Moldavie']);
  });
});

describe('taking one\'s share', () => {
  it('"l\'Union européenne « prendra toute sa part » dans ces garanties", "prêt à prendre sa part": a commitment to the article\'s country', () => {
    expect(factsOf("Ukraine : les alliés promettent des garanties\n\nPublié le 18/08/2048\n\nLa présidente de la Commission a assuré que l'Union européenne « prendra toute sa part » dans ces garanties.\n", 'PLEDGES')).toEqual(['Union européenne -PLEDGES-> Ukraine']);
    expect(factsOf("Ukraine : les alliés promettent des garanties\n\nPublié le 18/08/2048\n\nLe Portugal est prêt à prendre sa part, y compris sur le terrain.\n", 'PLEDGES')).toEqual(['Portugal -PLEDGES-> Ukraine']);
  });
});

describe('given to him', () => {
  it('"X avait fait escale à Halifax, où le Premier ministre canadien Y lui a annoncé 2,5 milliards": to the country X leads, not to the last one told', () => {
    const text =
      "Publié le 29/12/2048\n\nLe président ukrainien, Petro Lysenko, a remercié ses alliés. La présidente du Conseil italienne, Chiara Rossetti, a salué la rencontre.\n\n" +
      "La veille, samedi, Petro Lysenko avait fait escale à Halifax, où le Premier ministre canadien Mark Carew lui a annoncé 2,5 milliards de dollars canadiens d'aide économique.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Canada -PLEDGES-> Ukraine', 'Mark Carew -PLEDGES-> Ukraine']);
  });
});

describe('a country that serves as a base', () => {
  it('"X a rappelé que la Pologne ne déploierait pas de troupes, mais qu\'elle servirait de base logistique à la force": a refusal and a commitment', () => {
    const text = "Ukraine : la coalition promet une force\n\nPublié le 05/09/2048\n\nLe Premier ministre polonais, Jan Nowicki, a rappelé que la Pologne ne déploierait pas de troupes sur le sol ukrainien, mais qu'elle servirait de base logistique à la force.\n";
    const graph = graphOf(text);
    expect(factsOf(graph, 'REFUSES_TROOPS')).toContain('Pologne -REFUSES_TROOPS-> Ukraine');
    expect(factsOf(graph, 'PLEDGES')).toContain('Pologne -PLEDGES-> Ukraine');
  });
});

describe('promising what one\'s country will give', () => {
  it('"X a promis que Paris livrerait de nouveaux missiles", "Y, qui a promis que l\'Allemagne continuerait de livrer des armes", "Z a annoncé en marge du sommet 90 millions": to the article\'s country, with their country', () => {
    const text =
      "Conseil européen : les Vingt-Sept soutiennent l'Ukraine\n\nPublié le 23/10/2048\n\nLe président français, Paul Girard, a promis que Paris livrerait de nouveaux missiles « dans les prochaines semaines ». " +
      "« Nous tiendrons », a martelé samedi le chancelier Karl Weber, qui a promis que l'Allemagne continuerait de livrer des armes à Kiev. " +
      "Le premier ministre néerlandais, Jan de Vries, a annoncé en marge du sommet 90 millions d'euros supplémentaires pour la production de drones.\n";
    const pledges = factsOf(text, 'PLEDGES');
    for (const giver of ['Paul Girard', 'France', 'Karl Weber', 'Allemagne', 'Jan de Vries', 'Pays-Bas']) expect(pledges).toContain(`${giver} -PLEDGES-> Ukraine`);
    expect(pledges).not.toContain('Paul Girard -PLEDGES-> France');
  });
});

describe('a force on the ground', () => {
  it('"l\'Italie ne participera pas à une force au sol, a confirmé X": a refusal of soldiers, by the country and its leader', () => {
    const text = "Ukraine : la coalition prépare une force de réassurance\n\nPublié le 11/05/2048\n\nLa présidente du Conseil italienne, Chiara Rossetti, était connectée. Même ligne à Rome : l'Italie ne participera pas à une force au sol, a confirmé Chiara Rossetti.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Chiara Rossetti -REFUSES_TROOPS-> Ukraine', 'Italie -REFUSES_TROOPS-> Ukraine']);
  });
});

describe('the speaker of a country\'s refusal, his own country not told', () => {
  it('"« La Pologne n\'enverra pas de troupes », a tranché X", X of no country told: he refuses with it; not a researcher', () => {
    const text =
      " date 2034-08-14 International\nLe sommet s'est tenu mardi à Berlin.\n" +
      "Varsovie non plus : « La Pologne n'enverra pas de troupes sur le sol ukrainien », a tranché Adam Wrona.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Adam Wrona -REFUSES_TROOPS-> Ukraine', 'Pologne -REFUSES_TROOPS-> Ukraine']);
    const researcher = " date 2034-08-14 International\n« La Pologne n'enverra pas de troupes sur le sol ukrainien », estime le chercheur Adam Wrona.\n";
    expect(factsOf(researcher, 'REFUSES_TROOPS')).toEqual(['Pologne -REFUSES_TROOPS-> Ukraine']);
  });
});

describe('a relative clause closed right after its refusal verb', () => {
  it('"la cession du Donbass, que Kiev refuse, le plafonnement de l\'armée à 600 000 soldats": no refusal of troops', () => {
    const text =
      " date 2034-11-23 International\nLa coalition prépare une force de réassurance pour l'Ukraine.\n" +
      "Les points de friction restent les mêmes : la cession du reste du Donbass, que Kiev refuse, le plafonnement de l'armée ukrainienne à 600 000 soldats et l'interdiction de tout déploiement de troupes de l'Otan en Ukraine.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual([]);
    expect(factsOf(" date 2034-11-23 International\nL'Italie refuse d'envoyer des soldats en Ukraine.\n", 'REFUSES_TROOPS')).toEqual(['Italie -REFUSES_TROOPS-> Ukraine']);
  });
});

describe('the force made for a country', () => {
  it('is neither what that country pledges troops to nor what it refuses them to', () => {
    const text =
      " date 2034-11-18 International\nLes officiers préparent le déploiement de la force multinationale pour l'Ukraine.\n" +
      "Kiev fait ainsi jouer la concurrence entre deux avionneurs, au risque de promettre plus d'avions qu'il ne pourra en payer.\n";
    const facts = [...factsOf(text, 'REFUSES_TROOPS'), ...factsOf(text, 'PLEDGES')];
    expect(facts.filter((f) => f.startsWith('Ukraine'))).toEqual([]);
  });
});

describe('"ils" after a main clause interrupted by a relative', () => {
  it('"Paris et Londres, qui pilotent la coalition, ont redit qu\'ils déploieraient des soldats": both pledge', () => {
    const text = " date 2034-12-19 International\nParis et Londres, qui pilotent la coalition, ont redit qu'ils déploieraient « plusieurs milliers de soldats » au sein d'une force multinationale, mais seulement après un cessez-le-feu.\n";
    expect(factsOf(text, 'PLEDGES').map((f) => f.split(' -PLEDGES-> ')[0]).sort()).toEqual(['France', 'Royaume-Uni']);
  });
});

describe('soldiers who leave for a country', () => {
  const NEWS = ' date 2036-07-10 International\n';
  it('"aucun soldat tchèque ne partirait pour l\'Ukraine" refuses; "ne partira pas avant la fin des combats" does not; a leader leaving with soldiers pledges nothing', () => {
    expect(factsOf(NEWS + "Le gouvernement tchèque a fait savoir qu'aucun soldat tchèque ne partirait pour l'Ukraine.\n", 'REFUSES_TROOPS')).toEqual(['Tchéquie -REFUSES_TROOPS-> Ukraine']);
    expect(factsOf(NEWS + 'La Première ministre danoise Ida Holm a rappelé que le bataillon danois « ne partira pas avant la fin des combats ».\n', 'REFUSES_TROOPS')).toEqual([]);
    expect(factsOf(NEWS + 'Le président estonien Jaan Tamm partira pour Kiev lundi avec des soldats.\n', 'PLEDGES')).toEqual([]);
  });

  it('"Deux cents soldats estoniens partiront pour l\'Ukraine": the number opening the sentence is no one', () => {
    const graph = graphOf(NEWS + "Deux cents soldats estoniens partiront pour l'Ukraine dès le cessez-le-feu, a annoncé le Premier ministre estonien Kristen Tamm.\n");
    expect(namesOf(graph, 'Person')).toEqual(['Kristen Tamm']);
    expect(factsOf(graph, 'PLEDGES')).toEqual(['Estonie -PLEDGES-> Ukraine', 'Kristen Tamm -PLEDGES-> Ukraine']);
  });
});

describe('"ils" after a relative clause between commas', () => {
  it('"Paris et Londres, qui pilotent la coalition des volontaires, ont redit qu\'ils enverraient des soldats": Paris and London send them, not the coalition', () => {
    const text = " date 2036-07-10 International\nParis et Londres, qui pilotent la coalition des volontaires, ont redit qu'ils enverraient des soldats en Ukraine.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['France -PLEDGES-> Ukraine', 'Royaume-Uni -PLEDGES-> Ukraine']);
  });
});

describe('a force named by a participle of naming', () => {
  it('"la force, baptisée provisoirement EUFOR Liban": one force of that name, which the pledges go to (not the EUFOR of the lexicon, nor Lebanon)', () => {
    const text =
      "Publié le 05/11/2048\n\nLes ministres européens se sont réunis jeudi à Rome pour préparer une force pour le Liban-Sud. L'Italie assurera le commandement de la force, baptisée provisoirement EUFOR Liban. L'Italie enverra 1 200 militaires. L'Espagne déploiera jusqu'à 500 soldats au sein de la mission.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Espagne -PLEDGES-> EUFOR Liban', 'Italie -PLEDGES-> EUFOR Liban']);
  });
});

describe('a standing force the article tells as ending', () => {
  it('"la future mission appelée à prendre le relais de la FINUL": soldats sent to the successor are not sent to the FINUL', () => {
    const text =
      "Titre : après la FINUL, les Européens comptent leurs soldats\n\nPublié le 05/11/2048\n\nLes ministres européens se sont réunis jeudi à Rome pour préparer la future mission européenne appelée à prendre le relais de la Force intérimaire des Nations unies au Liban (FINUL). La France enverra 600 militaires au sein de la future mission. L'Irlande, dont 350 soldats servent au sein de la FINUL, temporise.\n";
    expect(factsOf(text, 'PLEDGES').filter((f) => f.endsWith('Finul'))).toEqual([]);
  });

  it('"l\'Alliance, dont relève la KFOR": a force under a body is no force ending', () => {
    const text =
      "Publié le 05/11/2048\n\nLes dirigeants se sont réunis jeudi à Tirana. L'Alliance, dont relève la KFOR, était représentée. L'Italie enverra 300 soldats de plus au sein de la KFOR.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Italie -PLEDGES-> KFOR']);
  });
});

describe("a person's commitment is her country's", () => {
  it('"l\'Italien X a promis 100 millions d\'euros à la Syrie": Italy pledges too; "la ministre britannique Y: pas de soldats" refuses for the United Kingdom', () => {
    const text =
      "Publié le 08/12/2048\n\nLa conférence des donateurs pour la Syrie s'est tenue mardi à Bruxelles. Présent dans la salle, l'Italien Marco Bellini a promis 100 millions d'euros à la Syrie. La ministre britannique des Affaires étrangères, Jane Hollis, a exclu l'envoi de soldats britanniques en Syrie.\n";
    expect(factsOf(text, 'PLEDGES')).toContain('Italie -PLEDGES-> Syrie');
    expect(factsOf(text, 'REFUSES_TROOPS')).toContain('Royaume-Uni -REFUSES_TROOPS-> Syrie');
  });
});

describe('a force is deployed, it pledges nothing', () => {
  it('"La KFOR enverra un bataillon de plus au Kosovo": no pledge of the KFOR; "L\'Italie enverra 300 soldats au sein de la KFOR" still pledges', () => {
    const text = "Publié le 26/02/2048\n\nLes dirigeants se sont réunis jeudi à Tirana. La KFOR enverra un bataillon de plus au Nord du Kosovo. L'Italie enverra 300 soldats de plus au sein de la KFOR.\n";
    expect(factsOf(text, 'PLEDGES')).toEqual(['Italie -PLEDGES-> KFOR']);
  });
});

describe('a possibility held back after "mais"', () => {
  it('"X pourrait proposer un détachement, mais il veut d\'abord consulter son Parlement": no pledge; "Y enverra 300 soldats, mais attend un mandat" still pledges', () => {
    const text =
      "Publié le 17/02/2027\n\nLes chefs d'État se sont réunis mardi à Libreville. Le président centrafricain, Jean Dorego, pourrait proposer un détachement, mais il veut d'abord consulter son Parlement. Le Tchad enverra 300 soldats au Soudan, mais attend un mandat de l'Union africaine.\n";
    const pledges = factsOf(text, 'PLEDGES');
    expect(pledges.some((f) => f.startsWith('Jean Dorego') || f.startsWith('République centrafricaine'))).toBe(false);
    expect(pledges.some((f) => f.startsWith('Tchad'))).toBe(true);
  });
});

describe('"aucun militaire" and a decision to come', () => {
  const opening = "Publié le 03/03/2027\n\nLes dirigeants se sont réunis mercredi à Reykjavik. La déclaration crée une mission conjointe de surveillance, baptisée Northern Sentry. ";
  it('"La Finlande, elle, ne déploiera aucun militaire" refuses; "pas question d\'envoyer des soldats sans mandat de l\'ONU" does', () => {
    const refusals = factsOf(opening + "La Finlande, elle, ne déploiera aucun militaire. Pour le ministre néerlandais, Jan Vos, « il n'est pas question d'envoyer des soldats néerlandais sans mandat de l'ONU ».\n", 'REFUSES_TROOPS');
    expect(refusals).toContain('Finlande -REFUSES_TROOPS-> Northern Sentry');
    expect(refusals).toContain('Pays-Bas -REFUSES_TROOPS-> Northern Sentry');
  });

  it('"aucun militaire belge ne partira sans que le Parlement se soit prononcé" refuses nothing', () => {
    expect(factsOf(opening + "« Mais aucun militaire belge ne partira sans que le Parlement se soit prononcé », a insisté Luc Janssens.\n", 'REFUSES_TROOPS')).toEqual([]);
  });
});

describe('coast guards declined', () => {
  it('"La Tunisie n\'enverra aucun de ses garde-côtes dans les équipages de la mission" refuses, as police declined does', () => {
    const text = "Publié le 30/06/2027\n\nLes dirigeants se sont réunis mardi à Rome pour un sommet. Ils ont lancé une mission de formation, baptisée Aretusa. « La Tunisie n'enverra aucun de ses garde-côtes dans les équipages de la mission », a-t-elle déclaré.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Tunisie -REFUSES_TROOPS-> Aretusa']);
  });
});

describe('said without committing', () => {
  it('"X pourrait alors fournir une vingtaine d\'agents, a-t-elle glissé, sans rien promettre": no pledge; "propose son territoire, sans s\'engager au-delà" still pledges', () => {
    const opening = "Publié le 17/11/2027\n\nLes dirigeants se sont réunis mercredi à Skopje. Ils ont créé une mission policière conjointe, baptisée Balkan Shield. ";
    expect(factsOf(opening + "Sarajevo pourrait alors fournir une vingtaine d'agents, a-t-elle glissé, sans rien promettre.\n", 'PLEDGES')).toEqual([]);
    expect(factsOf(opening + "La Croatie fournira quarante policiers, sans s'engager au-delà.\n", 'PLEDGES')).toEqual(['Croatie -PLEDGES-> Balkan Shield']);
  });
});

describe('a "ni … ni" far after the verb, and "finances" as a noun', () => {
  const lead = "Publié le 20 mars 2026\n\nLors du sommet de Gaborone, jeudi, la Tanzanie a promis un bataillon à la force de la SADC en RDC. ";
  it('"ne participera à la force « ni en hommes ni en matériel »": a refusal, no pledge', () => {
    const facts = factsOf(lead + "Le Malawi ne participera à la force « ni en hommes ni en matériel ».\n").filter((f) => f.startsWith('Malawi'));
    expect(facts).toEqual(['Malawi -REFUSES_TROOPS-> République démocratique du Congo']);
  });
  it('"a parlé de l\'état des finances et des trois soldats": "finances" is a noun, nothing pledged', () => {
    expect(factsOf(lead + "Le chef de l'État malawite a parlé de l'état des finances et des trois soldats tués à Goma.\n", 'PLEDGES').filter((f) => f.startsWith('Malawi'))).toEqual([]);
  });
});

describe('what is committed "dans" a force', () => {
  it('"Rome engagera une frégate … dans Irini, … a annoncé la livraison de vedettes aux garde-côtes libyens": the frigate goes to the operation named', () => {
    const lead = "Publié le 20 mars 2026\n\nLes ministres européens ont prolongé jeudi à Bruxelles l'opération Irini, qui surveille l'embargo sur les armes au large de la Libye. ";
    const pledges = factsOf(lead + 'Rome engagera une frégate et un patrouilleur de la Marina militare dans Irini, a promis la présidente du Conseil italien, Carla Neri, qui a également annoncé la livraison de six vedettes aux garde-côtes libyens.\n', 'PLEDGES');
    expect(pledges).toContain('Italie -PLEDGES-> Irini');
    expect(pledges).toContain('Carla Neri -PLEDGES-> Irini');
  });
});

describe('a unit after "dans" or "à" is where soldiers would go', () => {
  it('"Aucun soldat ghanéen ne servira dans la brigade": Ghana declines, to the brigade', () => {
    const text = "Publié le 20 février 2026\n\nLes chefs d'État ont lancé jeudi à Abuja une brigade antiterroriste de 5 000 hommes. Aucun soldat ghanéen ne servira dans la brigade.\n";
    expect(factsOf(text, 'REFUSES_TROOPS')).toEqual(['Ghana -REFUSES_TROOPS-> Brigade antiterroriste']);
  });
});

describe('the country an article names most, always as a giver, receives nothing by default', () => {
  it('"Berlin attend le Bundestag … l\'Allemagne n\'exclut pas …": Portugal\'s patrol boat goes to the mission, not to Germany', () => {
    const text =
      "Publié le 12 mai 2026\n\nLes ministres de la Défense de l'UE ont lancé mardi à Bruxelles une mission navale d'escorte dans le golfe de Guinée. " +
      "L'Allemagne n'exclut pas d'y participer. Berlin attend le feu vert du Bundestag. L'Allemagne pourrait fournir une frégate plus tard, selon Berlin. " +
      "Le Portugal fournira un patrouilleur.\n";
    const pledges = factsOf(text, 'PLEDGES');
    expect(pledges.filter((f) => f.endsWith('Allemagne'))).toEqual([]);
  });
});

describe('closing the door to a military deployment', () => {
  const lead = "Publié le 29 août 2026\n\nLes dirigeants ont créé vendredi à Bridgetown une force régionale de réponse. ";
  it('"a fermé la porte à tout déploiement militaire" refuses; "n\'a pas fermé la porte à l\'envoi de soldats" does not', () => {
    expect(factsOf(lead + "Port-d'Espagne, en revanche, a fermé la porte à tout déploiement militaire.\n", 'REFUSES_TROOPS')).toEqual(['Trinité-et-Tobago -REFUSES_TROOPS-> Force régionale']);
    expect(factsOf(lead + "Le Guyana n'a pas fermé la porte à l'envoi de soldats.\n", 'REFUSES_TROOPS')).toEqual([]);
  });
});

describe('troops kept at home', () => {
  const lead = "Publié le 3 mars 2026\n\nLes dirigeants se sont réunis jeudi à Port-Louis pour lancer une patrouille régionale conjointe. ";
  it('"« Nos marins resteront dans nos eaux », a tranché X": X and his country send none', () => {
    expect(factsOf(lead + '« Nos marins resteront dans nos eaux », a tranché le président seychellois Paul Morel.\n', 'REFUSES_TROOPS')).toEqual([
      'Paul Morel -REFUSES_TROOPS-> Patrouille régionale conjointe',
      'Seychelles -REFUSES_TROOPS-> Patrouille régionale conjointe',
    ]);
  });
  it('not "nos marins ne resteront pas dans nos eaux", nor troops staying where they were sent', () => {
    expect(factsOf(lead + '« Nos marins ne resteront pas dans nos eaux », a promis le président seychellois Paul Morel.\n', 'REFUSES_TROOPS')).toEqual([]);
    expect(factsOf(lead + 'Le Royaume-Uni a promis que ses soldats resteraient en Ukraine après le cessez-le-feu.\n', 'REFUSES_TROOPS')).toEqual([]);
  });
});

const FORCE_FOR_SUDAN = 'Les alliés préparent une force multinationale pour le Soudan.\n';

describe('"prendre en charge"', () => {
  it('pays for what is given ("prendra en charge le carburant et les soldes de l\'armée libanaise"), not for a task ("qu\'ils prennent en charge leur voisinage")', () => {
    expect(factsOf("Le Qatar prendra en charge le carburant et une partie des soldes de l'armée du Liban pendant un an.\n", 'PLEDGES')).toEqual(['Qatar -PLEDGES-> Liban']);
    expect(factsOf("Le ministre américain Tom Hale attend des Européens qu'ils « prennent en charge leur propre voisinage ».\n", 'PLEDGES')).toEqual([]);
    expect(factsOf(FORCE_FOR_SUDAN + "L'Union européenne prendra en charge une partie des coûts logistiques de la force.\n", 'PLEDGES')).toEqual(['Union européenne -PLEDGES-> Force multinationale pour le Soudan']);
  });
});

describe('hosting a facility of the force', () => {
  it('"prête à accueillir le centre logistique de la force" gives it a base; hosting a summit gives nothing', () => {
    expect(factsOf(FORCE_FOR_SUDAN + "Le Kenya se dit prêt à accueillir le centre logistique de la force.\n", 'PLEDGES')).toEqual(['Kenya -PLEDGES-> Force multinationale pour le Soudan']);
    expect(factsOf(FORCE_FOR_SUDAN + 'Le Kenya accueillera le prochain sommet à Mombasa.\n', 'PLEDGES')).toEqual([]);
  });
});

describe('a quotation over sentences, spoken by one given no role', () => {
  it('"« La Pologne n\'enverra pas de soldats en Ukraine. Notre rôle est … », a répété X": X refuses with his country', () => {
    const quote = "« La Pologne n'enverra pas de soldats en Ukraine. Notre rôle est de tenir le flanc oriental de l'Otan », a répété";
    expect(factsOf(`${quote} le Polonais Jan Kowal.\n`, 'REFUSES_TROOPS')).toEqual(['Jan Kowal -REFUSES_TROOPS-> Ukraine', 'Pologne -REFUSES_TROOPS-> Ukraine']);
    expect(factsOf(`${quote} Jan Kowal.\n`, 'REFUSES_TROOPS')).toEqual(['Jan Kowal -REFUSES_TROOPS-> Ukraine', 'Pologne -REFUSES_TROOPS-> Ukraine']);
  });
});

describe('a force named in someone\'s title is not the force talked about', () => {
  it('"la Rwandaise X, cheffe de la MINUSCA … La future force … Le Gabon fournira un bataillon": to the new force, not to MINUSCA', () => {
    const text =
      "Les dirigeants ont créé mardi à Malabo une force régionale pour l'est du Tchad. Était présente la Rwandaise Valérie Kamanzi, cheffe de la MINUSCA.\n\n" +
      'La future force aura son état-major à Abéché. Le Gabon fournira un bataillon de 650 hommes.\n';
    expect(factsOf(text, 'PLEDGES')).toEqual(['Gabon -PLEDGES-> Force régionale']);
  });
});

describe('military instructors are soldiers', () => {
  it('"aucun instructeur polonais ne sera envoyé en Ukraine" refuses troops', () => {
    expect(factsOf('« La Pologne fait sa part. Mais aucun instructeur polonais ne sera envoyé en Ukraine », a déclaré le ministre polonais Jan Kowal.\n', 'REFUSES_TROOPS')).toEqual(['Jan Kowal -REFUSES_TROOPS-> Ukraine', 'Pologne -REFUSES_TROOPS-> Ukraine']);
  });
});

describe('a sending judged against', () => {
  it.each([
    "« Il serait irresponsable d'engager nos soldats à six mois d'un scrutin », a fait valoir le chef du gouvernement suédois, Ulf Kristersson.",
    'Le chef de Reform UK, Nigel Farage, a jugé « insensé » d\'envoyer des soldats britanniques en Ukraine.',
  ])('%s: no pledge, no refusal', (sentence) => {
    expect(factsOf(sentence + '\n').filter((f) => /PLEDGES|REFUSES/.test(f))).toEqual([]);
  });
});

describe('another country\'s soldiers refused', () => {
  it('"Israël refuse toute participation turque à la force" is an opposition; "L\'Italie refuse toute participation italienne" a refusal', () => {
    expect(factsOf('Israël, de son côté, refuse toute participation turque à la force de stabilisation.\n', 'REFUSES_TROOPS')).toEqual([]);
    expect(factsOf("L'Italie refuse toute participation italienne à la force de stabilisation.\n", 'REFUSES_TROOPS')).toEqual(['Italie -REFUSES_TROOPS-> Force de stabilisation']);
  });
});
