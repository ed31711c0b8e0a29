import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, removeBoilerplate } from '../../../src/extract/text/boilerplate.ts';
import { normalizeText } from '../../../src/extract/text/normalize.ts';

describe('boilerplate removal', () => {
  it.each([
    '17.04.2026 | 07:05 | Par Toky Randria',
    'Vous avez aimé cet article ? Suivez Le Matinal sur WhatsApp et recevez l’essentiel chaque matin.',
    'À lire aussi : Le Tour de France s’élance de Lille',
    'A lire aussi - Grève à la SNCF',
    'Votre Pub ici !',
    'Publicité',
    'Par Claire Dubois',
    'Par Julien Moreau (Kiev, correspondant)',
    'Par Julien Moreau — Publié le jeudi 17 mars 2033',
    'Par notre correspondante Maëlle Guillou - Publié le 7 septembre 2035 à 06 h 15',
    'De notre correspondante à Bruxelles, Claire Vantomme — Publié le vendredi 20 juin 2036',
    'Jeudi 9 juillet 2037 - De notre envoyé spécial à Bucarest, Julien Marchal',
    'Photo : Ludovic Marin / AFP',
    'Le président brésilien à Brasilia, le 3 mars. AFP or licensors',
    'pic.twitter.com/AbC123 — Ministère des Armées (@Armees_Gouv) March 3, 2026',
    'Vous aimerez peut-être aussi',
    'sommet-otan-vilnius-defense',
    'Les négociations sur le budget européen et le calendrier de…',
  ])('drops %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Le Premier ministre polonais a promis une aide à Kiev.',
    'Par ailleurs, la Commission a salué l’accord.',
    'Par Kiev (Ukraine), la route passe au nord.',
    'Le texte sera publié le 3 mars.',
  ])('keeps article content %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it('blanks removed lines with spaces so offsets stay those of the original', () => {
    const text = 'Sommet à Rome.\nÀ lire aussi : autre chose\nLes dirigeants sont arrivés.\nJean Martin\n';
    const clean = removeBoilerplate(text);
    expect(clean.text.length).toBe(text.length);
    expect(clean.text).not.toContain('lire aussi');
    expect(clean.text).not.toContain('Jean Martin');
    expect(clean.text.indexOf('Les dirigeants')).toBe(text.indexOf('Les dirigeants'));
    expect(clean.removed).toHaveLength(2);
  });

  it('treats short unpunctuated lines at the end as the signature', () => {
    const clean = removeBoilerplate('Le sommet s’est achevé.\nChroniqueuse politique\nMarie Curie');
    expect(clean.text.trim()).toBe('Le sommet s’est achevé.');
  });
});

describe("a live report's time stamps", () => {
  it('are blanked at the start of a line, the rest of the line kept at its offsets', () => {
    const text = "Direct\n17h15 - Le Chili a annoncé une aide.\n9h05 : La Bolivie a suivi à 10h30 précises.\n";
    const { text: clean } = removeBoilerplate(text);
    expect(clean).toBe("Direct\n        Le Chili a annoncé une aide.\n       La Bolivie a suivi à 10h30 précises.\n");
    expect(clean.length).toBe(text.length);
  });

  it('mark where each stamped entry starts', () => {
    const text = "Direct\n17h15 - Le Chili a annoncé une aide.\n9h05 : La Bolivie a suivi.\n";
    expect(removeBoilerplate(text).stamped).toEqual([text.indexOf('Le Chili'), text.indexOf('La Bolivie')]);
    expect(removeBoilerplate('Le Chili a annoncé une aide.\n').stamped).toEqual([]);
  });
});

describe('bylines of several authors', () => {
  it('are boilerplate, a sentence opening with "Par" is not', () => {
    expect(isBoilerplateLine('Par Sophie Lenoir et Marc Dubois')).toBe(true);
    expect(isBoilerplateLine('Par Sophie Lenoir, Marc Dubois et Ana Ruiz')).toBe(true);
    expect(isBoilerplateLine('Par ailleurs, le Chili a promis une aide.')).toBe(false);
  });
});

describe('a caption ending with its photo credit', () => {
  it('goes, with no colon and a slash before the photographer ("Photo Progrès /Rémi Chazelet"); a sentence with a slash stays', () => {
    const text = 'Le président dans la cour de la préfecture, mardi. Photo Progrès /Anne Durand\nLa France et l\'Allemagne ont signé / Paris Berlin\n';
    const { text: cleaned } = removeBoilerplate(text);
    expect(cleaned).not.toContain('Anne Durand');
    expect(cleaned).toContain('Paris Berlin');
  });
});

describe('more bylines and credits', () => {
  it.each([
    'Par Bérengère de Vaublanc',
    'OLJ / Par Nayla Khoury, avec AFP, le 13 mars 2042 à 20h15',
    'Article rédigé par Manon Le Gall - franceinfo',
    'Les coprésidents de la réunion, à Ramstein. Kai Berger / REUTERS',
    'Par : Maëlle Trébuchon, envoyée spéciale à Dakar',
    'Fil réalisé par Agathe Lombard et Emre Dinc, avec le bureau de Nairobi.',
  ])('removes "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it('keeps "Par ailleurs, le ministre a confirmé."', () => {
    expect(isBoilerplateLine('Par ailleurs, le ministre de la Défense a confirmé.')).toBe(false);
  });
});

describe('a site line and a byline over two lines', () => {
  it('drop "LE CARREFOUR — Montréal" opening the page and "Hélène Roy" / "à Montréal" under the headline', () => {
    const text = 'LE CARREFOUR — Montréal\nMonde › Amériques\n\nHaïti : Ottawa promet 60 millions\n\nHélène Roy\nà Montréal\n23 janvier 2026 | 5 h 05\n\nRéunis jeudi en Jamaïque, les dirigeants ont promis des policiers.\n';
    const { text: kept } = removeBoilerplate(text);
    expect(kept).not.toContain('Montréal');
    expect(kept).not.toContain('Hélène Roy');
    expect(kept).toContain('Réunis jeudi en Jamaïque');
  });
});

describe("a breadcrumb opened by the site's name", () => {
  it('blanks "Léman Matin" and "Radio-Canada", keeps the rubrics ("Guerre en Ukraine") and every offset', () => {
    for (const crumb of ['Léman Matin › International › Guerre en Ukraine', 'Radio-Canada | International | Guerre en Ukraine']) {
      const text = normalizeText(`${crumb}\n\nTitre\n\nLe Premier ministre a reçu mardi les alliés.\n`);
      const { text: kept } = removeBoilerplate(text);
      expect(kept).toHaveLength(text.length);
      expect(kept).not.toMatch(/Léman Matin|Radio-Canada/);
      expect(kept).toContain('Guerre en Ukraine');
    }
    // A headline with a quotation is no breadcrumb.
    const headline = normalizeText('Jean Dupont « Nous irons » en Ukraine\n\nTitre\n');
    expect(removeBoilerplate(headline).text).toContain('Jean Dupont');
  });
});

describe("the site's name opening the page", () => {
  it('is blanked over a blank line ("DW Français"), not a headline of words in lower case', () => {
    expect(removeBoilerplate('DW Français\n\nMerz et Macron veulent aller vite\n\nTexte.\n').text).not.toContain('DW Français');
    expect(removeBoilerplate('Sommet de Rome\n\nTexte.\n').text).toContain('Sommet de Rome');
  });
});

describe("a caption's credit", () => {
  it('is blanked when announced with no agency ("(Photo Jean Payet-Hoarau)", "Photo : Toky Rabe – Le Courrier"), the caption kept', () => {
    for (const credit of ['(Photo Jean Payet-Hoarau)', 'Photo : Toky Rabe – Le Courrier', 'Photo Payet et Rabe']) {
      const text = `Titre\n\nLe colonel et le président à leur arrivée au sommet, jeudi. ${credit}\n\nSuite.`;
      const { text: kept } = removeBoilerplate(text);
      expect(kept).toHaveLength(text.length);
      expect(kept).toContain('à leur arrivée au sommet, jeudi.');
      expect(kept).not.toMatch(/Payet|Rabe/);
    }
  });

  it('is blanked when announced and distributed ("… à Berlin. Photo : Jan Kowalski/dpa/picture alliance")', () => {
    const text = 'Titre\n\nLe président et le chancelier jeudi matin à la chancellerie, à Berlin. Photo : Jan Kowalski/dpa/picture alliance\n\nSuite.';
    const { text: kept } = removeBoilerplate(text);
    expect(kept).toHaveLength(text.length);
    expect(kept).toContain('à la chancellerie, à Berlin.');
    expect(kept).not.toContain('Kowalski');
  });

  it('is blanked at the end of a kept caption ("… mardi matin. Marek Lisowski/Keystone"), offsets kept', () => {
    const text = 'Titre\n\nLa présidente accueille le chancelier devant la chancellerie, mardi matin. Jan Kowalski/Keystone\n\nSuite.';
    const { text: kept } = removeBoilerplate(text);
    expect(kept).toHaveLength(text.length);
    expect(kept).toContain('devant la chancellerie, mardi matin.');
    expect(kept).not.toContain('Kowalski');
    // (Not an agency quoted in a sentence.)
    expect(removeBoilerplate("Titre\n\nLa France a promis 2 milliards, a indiqué Jean Dupont/AFP en citant l'AFP.").text).toContain('AFP');
  });
});

describe('more bylines, and teasers listed under their header', () => {
  it('are not article content', () => {
    for (const line of ['par Anne Loiseau-Marchal, envoyée spéciale à La Haye', 'Par notre correspondant à Genève, Paul Sandoz', 'Par Lise Vernier (Berlin, correspondante) et Marc Duclos', 'Par Sophie Delmont avec Belga']) expect(isBoilerplateLine(line)).toBe(true);
    expect(isBoilerplateLine('Par ailleurs, la France a promis 200 millions.')).toBe(false);
    // Two of them, each with a role.
    expect(isBoilerplateLine('Avec notre correspondant à Abuja, Ibrahima Sow, et notre envoyée spéciale, Awa Diallo-Bamba')).toBe(true);
    expect(isBoilerplateLine('Avec notre correspondant, la présidente a dit que la France viendra')).toBe(false);
    const text = 'Le sommet a commencé.\n\nLire aussi :\nAvoirs russes : pourquoi la banque inquiète\nAnne Morel : « Nous ne sommes pas une tirelire »\n\nLa suite du texte.\n';
    const { text: kept } = removeBoilerplate(text);
    expect(kept).not.toContain('Anne Morel');
    expect(kept).toContain('La suite du texte.');
  });
});

describe('credits set on lines of their own', () => {
  it('names with their place in brackets, a TV byline, an agency\'s reporting credit and a caption opened by "(Photo :" are no article content', () => {
    for (const line of [
      'Lise Vernier (Bruxelles, correspondance) et Marc Duclos',
      'Anne Morel (à Londres) et Paul Sandoz',
      'Sujet TV: Paul Sandoz, envoyé spécial à Lviv',
      '(Reportage Lise Vernier à Paris et Marc Duclos à Londres ; version française Anne Morel, édité par Paul Sandoz)',
      '(Photo : les deux présidents au palais, à Kiev. © Reuters - Marc Duclos)',
    ])
      expect(isBoilerplateLine(line)).toBe(true);
    expect(isBoilerplateLine('Le président (à gauche) a salué son homologue.')).toBe(false);
    // A site's name ending in "Info" heading the page.
    expect(isBoilerplateLine('ICI Radio-Canada Info')).toBe(true);
    expect(isBoilerplateLine('RTS Info')).toBe(true);
    expect(isBoilerplateLine('Le président a donné une info.')).toBe(false);
  });
});

describe('a caption signed "©"', () => {
  it('keeps "Le Premier ministre éthiopien, X, accueille ses homologues…" and blanks "© Y Z/AFP"; a line of a credit alone goes', () => {
    const caption = "Le Premier ministre éthiopien, Tesfaye Bekele, accueille ses homologues au siège de l'Union africaine, le 29 septembre 2048. © Hailu Kebede/AFP";
    const { text: kept, captions } = removeBoilerplate(`Titre\n\n${caption}\n\nLe sommet s'est ouvert.\n`);
    expect(kept).toContain('Tesfaye Bekele, accueille ses homologues');
    expect(kept).not.toMatch(/Hailu|Kebede|AFP|©/);
    expect(captions).toHaveLength(1);
    expect(removeBoilerplate('Titre\n\n© Hailu Kebede/AFP\n').text).not.toContain('Kebede');
  });
  it('blanks a photographer working for the outlet ("© X Y pour Continent Hebdo")', () => {
    const caption = "Le président nigérien accueille son homologue burkinabè à Niamey, le 23 avril 2048. © Idrissa Hamani Moussa pour Continent Hebdo";
    const { text: kept } = removeBoilerplate(`Titre\n\n${caption}\n\nLe sommet s'est ouvert.\n`);
    expect(kept).toContain('accueille son homologue burkinabè');
    expect(kept).not.toMatch(/Idrissa|Hebdo|©/);
  });
});

describe('a caption whose credit names an agency in capitals or a press office', () => {
  it('keeps "Le premier ministre albanais, X, accueille …, le 26 février 2048." over "ARDIT KOLAJ / AFP" and "(Photo : Y / Présidence du Conseil)"', () => {
    for (const credit of ['ARDIT KOLAJ / AFP', '(Photo : Edem Agbodjan / Présidence du Conseil)']) {
      const { text: kept } = removeBoilerplate(`Titre\n\nLe premier ministre albanais, Arben Dushku, accueille ses homologues au palais des Congrès de Tirana, le 26 février 2048. ${credit}\n\nLe sommet s'est ouvert.\n`);
      expect(kept).toContain('Arben Dushku, accueille ses homologues');
      expect(kept).not.toMatch(/KOLAJ|Agbodjan|AFP|Présidence/);
    }
  });
});

describe('bylines with a town of two words', () => {
  it('drops "Avec notre correspondante à New Delhi, X" and "Y Z, New Delhi"', () => {
    expect(isBoilerplateLine('Avec notre correspondante à New Delhi, Mathilde Courvier')).toBe(true);
    expect(isBoilerplateLine('Julien Perrin, New Delhi')).toBe(true);
    expect(isBoilerplateLine('Le Premier ministre indien a reçu à New Delhi ses homologues, mercredi.')).toBe(false);
  });
});

describe('bylines with a role, a town, or a site\'s metadata after the name', () => {
  it('drops "X, correspondant régional", "X, à Malabo (avec agences)", "X | Service Pacifique | Temps de lecture : 4 min"', () => {
    expect(isBoilerplateLine('Élise Marlot, correspondant régional')).toBe(true);
    expect(isBoilerplateLine('Élise Marlot, envoyée spéciale à Kiev')).toBe(true);
    expect(isBoilerplateLine('Élise Marlot, à Malabo (avec agences)')).toBe(true);
    expect(isBoilerplateLine('Élise Marlot | Service Pacifique | Temps de lecture : 4 min')).toBe(true);
    // (A sentence that goes on is no byline.)
    expect(isBoilerplateLine('Élise Marlot, à Malabo, a rencontré ses homologues.')).toBe(false);
    expect(isBoilerplateLine('Élise Marlot, correspondant régional de la présidence, a signé le texte.')).toBe(false);
  });
});

describe('an embedded post in another language', () => {
  const page = (post: string, author: string): string => `Titre de l'article\n\nLe sommet s'est ouvert jeudi.\n\n${post}\n— ${author} (@${author.replace(/ /g, '')}) January 15, 2026\n\nLa suite de l'article.\n`;
  it('goes with its attribution: a Romanian post leaves no words behind', () => {
    const text = removeBoilerplate(page('Am vorbit ieri cu Președintele @RTErdogan. Premierul Ilie Bolojan ne reprezintă astăzi la Istanbul.', 'Nicu Dan')).text;
    expect(text).not.toMatch(/Premierul|vorbit/);
    expect(text).toContain('Le sommet s\'est ouvert jeudi.');
    expect(text).toContain("Titre de l'article");
  });
  it('a post in French stays: it may tell what its author pledges', () => {
    const text = removeBoilerplate(page("J'ai annoncé que la France enverra deux frégates.", 'Paul Mart')).text;
    expect(text).toContain("J'ai annoncé que la France enverra deux frégates.");
    expect(text).not.toContain('@PaulMart');
  });
});
