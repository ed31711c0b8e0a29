import { describe, expect, it } from 'vitest';
import { factsOf, graphOf, namesOf } from '../helpers.ts';

describe('who came with whom, and what a sentence fronts', () => {
  const summit =
    " date 2034-03-11 International\nLe président brésilien Caio Mendes et le président indonésien Arif Santoso se sont séparés vendredi soir à Bali sans accord commercial, au terme d'un sommet de trois heures.\n" +
    "« Il n'y a pas d'accord tant qu'il n'y a pas d'accord », a résumé le Brésilien devant la presse.\n" +
    "Le format avait été élargi à la dernière minute. M. Mendes était entouré de son ministre des Affaires étrangères, Lauro Pires ; M. Santoso était flanqué de son conseiller diplomatique, Budi Hartono.\n";

  it('"au terme d\'un sommet": the subjects were at it; "entouré de", "flanqué de" X: X was where the subject was', () => {
    expect(factsOf(summit, 'ATTENDED')).toEqual([
      'Arif Santoso -ATTENDED-> Sommet du 2034-03-10',
      'Budi Hartono -ATTENDED-> Sommet du 2034-03-10',
      'Caio Mendes -ATTENDED-> Sommet du 2034-03-10',
      'Lauro Pires -ATTENDED-> Sommet du 2034-03-10',
    ]);
  });

  it('"la coordination autour de l\'Ukraine" makes no country a participant; "réunis autour de la France" does', () => {
    const topic =
      " date 2034-03-11 International\nUne trentaine de pays se sont réunis mardi à Oslo pour un sommet sur la sécurité européenne.\nÀ l'issue de ce sommet, les participants ont affiché leur volonté de renforcer la coordination autour de l'Ukraine.\n";
    expect(factsOf(topic, 'ATTENDED')).toEqual([]);
    const gathered = " date 2034-03-11 International\nLes pays nordiques, réunis autour de la Norvège, ont tenu mardi à Oslo un sommet sur la sécurité européenne.\n";
    expect(factsOf(gathered, 'ATTENDED')).toContain('Norvège -ATTENDED-> Sommet d\'Oslo');
  });

  it('the subject after a fronted phrase is not one listed: "le président américain" later is not that subject', () => {
    const fronted = " date 2034-03-11 International\nMercredi 9 mars, à deux jours du sommet, le chancelier Anton Vogel a réuni par écrans interposés le président américain.\n";
    expect(factsOf(fronted, 'LEADS')).not.toContain('Anton Vogel -LEADS-> États-Unis');
    // Two people listed with no country told: "le président américain" may be either, so neither.
    const two = " date 2034-03-11 International\nÀ deux jours du sommet prévu entre Walter Hayes et Oleg Zimin, le président américain a appelé Berlin.\n";
    expect(factsOf(two, 'LEADS').filter((f) => f.includes('États-Unis'))).toEqual([]);
  });

  it('a sentence opened by "Jamais", "Toujours", "Souvent" names no one with its next capitalised word', () => {
    const g = graphOf(" date 2034-03-11 International\nJamais Paris, Berlin et Varsovie n'avaient envoyé ensemble leurs dirigeants à Kiev. Toujours Madrid hésite.\n");
    expect(namesOf(g, 'Person')).toEqual([]);
  });

  it('"a posé pour la photo de famille avec A, B, ainsi qu\'avec C": all of them at the gathering; not a photo to come', () => {
    const summit = " date 2034-06-17 International\nLe sommet du G7 s'est ouvert lundi à Banff.\n";
    const photo =
      "Le président américain Walter Hayes a ensuite posé pour la photo de famille avec le président français Jean Morel, le chancelier allemand, Anton Vogel, " +
      "ainsi qu'avec la présidente de la Commission européenne, Ana Lindqvist, avant de reprendre l'avion.\n";
    expect(factsOf(summit + photo, 'ATTENDED')).toEqual([
      'Ana Lindqvist -ATTENDED-> Sommet de Banff',
      'Anton Vogel -ATTENDED-> Sommet de Banff',
      'Jean Morel -ATTENDED-> Sommet de Banff',
      'Walter Hayes -ATTENDED-> Sommet de Banff',
    ]);
    expect(factsOf(summit + 'Le président américain Walter Hayes posera jeudi pour la photo de famille avec le président français Jean Morel.\n', 'ATTENDED')).toEqual([]);
  });

  it('"présent jeudi au Bella Center": at the day\'s gathering, in a venue the lexicon does not know; not "présent mercredi à Riga"', () => {
    const text =
      " date 2034-10-03 International\nLe sommet de la Communauté politique européenne s'est tenu jeudi à Copenhague.\n" +
      'Le premier ministre arménien, Tigran Hovsepian, présent jeudi au Bella Center, a confirmé que son pays accueillerait le prochain sommet.\n' +
      'Le ministre letton Janis Ozols, présent mercredi à Riga, a réagi.\n';
    expect(factsOf(text, 'ATTENDED')).toEqual(['Tigran Hovsepian -ATTENDED-> Sommet de Copenhague']);
  });

  it('"a quitté Copenhague dès mercredi soir, laissant son ministre, X, représenter la Hongrie": X is at the gathering, not the leader', () => {
    const text =
      " date 2034-10-03 International\nLe sommet s'est tenu jeudi à Copenhague. Le premier ministre hongrois, Gabor Kis, n'a pas assisté au sommet : " +
      'il a quitté Copenhague dès mercredi soir, laissant son ministre des affaires étrangères, Ferenc Toth, représenter la Hongrie.\n';
    expect(factsOf(text, 'ATTENDED')).toEqual(['Ferenc Toth -ATTENDED-> Sommet de Copenhague']);
  });

  it('"Quelques heures plus tard, en marge de la conférence, X a douché les espoirs : …ne seront pas…" and "Y, présente dès vendredi,": both at the conference', () => {
    const text =
      ' date 2034-02-17 International\nLa 71e Conférence de Munich sur la sécurité a refermé ses portes dimanche 16 février.\n' +
      "Quelques heures plus tard, en marge de la conférence, l'émissaire américain Paul Whitman a douché les derniers espoirs : les Européens ne seront pas à la table.\n" +
      'La présidente de la Commission européenne, Ana Lindqvist, présente dès vendredi, avait de son côté proposé de desserrer les règles budgétaires.\n';
    expect(factsOf(text, 'ATTENDED')).toEqual(['Ana Lindqvist -ATTENDED-> Conférence de Munich', 'Paul Whitman -ATTENDED-> Conférence de Munich']);
  });

  it('"représentée par son président, X, et non par le premier ministre, Y" and "…, Z, étant en congé": only X there', () => {
    const text =
      " date 2034-05-16 International\nLes pourparlers se sont tenus vendredi à Istanbul.\n" +
      'La Pologne y était représentée par son président, Jan Nowicki, et non par le premier ministre, Adam Wrona. ' +
      "L'Espagne y était représentée par son ministre des Affaires étrangères, Luis Ortega, le chef du gouvernement, Pablo Serrano, étant en congé.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Jan Nowicki -ATTENDED-> Réunion d\'Istanbul', 'Luis Ortega -ATTENDED-> Réunion d\'Istanbul']);
  });

  it('"« … », a lancé X en arrivant." and "À son arrivée, la haute représentante, Y, avait salué…": both at the gathering', () => {
    const text =
      " date 2034-10-24 International\nLe Conseil européen s'est réuni jeudi à Bruxelles.\n" +
      '« Budapest ne financera pas une guerre perdue », a lancé Gabor Kis en arrivant.\n' +
      'A son arrivée, la haute représentante pour les affaires étrangères, Ana Lindqvist, avait salué « un pas important ».\n';
    expect(factsOf(text, 'ATTENDED')).toEqual(['Ana Lindqvist -ATTENDED-> Réunion de Bruxelles', 'Gabor Kis -ATTENDED-> Réunion de Bruxelles']);
  });

  it('"Hôte officiel du sommet, le Premier ministre X": the host attends it', () => {
    const text = " date 2034-06-25 International\nLe sommet de l'Otan s'est achevé mercredi 25 juin à La Haye.\nHôte officiel du sommet, le Premier ministre néerlandais, Joost Verhoef, a annoncé une aide.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Joost Verhoef -ATTENDED-> Sommet de La Haye']);
  });

  it('"X, lui, est arrivé tout sourire.": an arrival with no other destination is at the gathering', () => {
    const text = " date 2034-10-24 International\nLe Conseil européen s'est réuni jeudi à Bruxelles.\nLe Premier ministre slovaque, Pavol Kral, lui, est arrivé tout sourire.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Pavol Kral -ATTENDED-> Réunion de Bruxelles']);
  });

  it('"A, B et C étaient connectés par visioconférence" and "Les autres participants – A, B – étaient connectés…": all of them', () => {
    const intro = ' date 2034-08-14 International\nMercredi, le chancelier Anton Vogel a réuni en visioconférence les dirigeants européens.\n';
    const all = ['Anton Vogel -ATTENDED-> Visioconférence du 2034-08-09', 'Jean Morel -ATTENDED-> Visioconférence du 2034-08-09', 'Liis Tamm -ATTENDED-> Visioconférence du 2034-08-09', 'Walter Hayes -ATTENDED-> Visioconférence du 2034-08-09'];
    expect(factsOf(intro + 'Jean Morel et Liis Tamm étaient connectés par visioconférence, tout comme Walter Hayes.\n', 'ATTENDED')).toEqual(all);
    expect(factsOf(intro + 'Les autres participants – le président Jean Morel et la Première ministre estonienne, Liis Tamm – étaient connectés par visioconférence, tout comme Walter Hayes.\n', 'ATTENDED')).toEqual(all);
  });
});
