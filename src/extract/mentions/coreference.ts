/**
 * Coreference inside one article: each mention gets the key of the entity it names.
 * - a surname alone ("Frederiksen") is the person named in full in the same article ("Mette Frederiksen");
 * - a description ("le président américain", "Le chef de l'État russe") is the person of the article
 *   known by that title, else the one just named whose country is not known yet;
 * - "son homologue russe" takes the title of the person it is the counterpart of;
 * - "Sa présidente" is head of the organization the previous sentence was about;
 * - "la Commission", "cette coalition" are the organization named earlier in the article.
 * What cannot be settled here gets a provisional key (surname:…, desc:…) that the corpus-wide
 * resolution settles with what the other articles say.
 */
import { fold, slug } from '../text/fold.ts';
import { spellingKey } from '../text/spelling.ts';
import { singular } from '../text/singular.ts';
import { boundedMemo } from '../text/bounded-memo.ts';
import { phraseAt } from '../text/phrase-at.ts';
import titles from '../data/titles.json' with { type: 'json' };
import words from '../data/words.json' with { type: 'json' };
import { changedTitle, type Mention } from './types.ts';
import { getLexicon, leadsTarget, singularTitle } from '../lexicon/lexicon.ts';
import type { SentenceMentions } from './detect-mentions.ts';
import type { Token } from '../text/tokenize.ts';

export interface PersonFacts {
  /** Title as written with its qualifier: "président français". */
  title?: string;
  titleName?: string;
  /** Country or organization key the person heads, from a leading title. */
  leads?: string;
  /** Country or organization a minister, an envoy or a commissioner works for. */
  serves?: string;
  /** Nationality or country of any title. */
  country?: string;
  /** Grammatical gender the titles give ("la présidente" → f), for "il" / "elle". */
  gender?: 'f' | 'm';
}

/** A mention inside someone's title: "la MINUSCA" of "X, cheffe de la MINUSCA". */
export function inSomeonesTitle(mentions: readonly Mention[], m: Mention): boolean {
  return mentions.some((p) => p.label === 'Person' && !!p.title && p.title.first <= m.first && p.title.last >= m.last);
}

/** The country a person speaks for: the one she leads, else the one she serves as a minister or an envoy. */
export function countrySpokenFor(facts: PersonFacts | undefined): string | undefined {
  return [facts?.leads, facts?.serves].find((c) => c?.startsWith('country:'));
}

/** The country of a person known only by her nationality ("le Polonais X"), no role of hers told. */
export function nationalOf(facts: PersonFacts | undefined): string | undefined {
  return facts?.country && !facts.leads && !facts.serves && !facts.title ? `country:${facts.country}` : undefined;
}

const FEMININE = new Set(titles.feminine.map(fold));
const FEMININE_DEMONYM = /^(?!capitaine$).*(?:aise|aine|ienne|ande|oise)$/;
const MASCULINE = new Set(titles.masculine.map(fold));

/** The gender a title's words give, if any. */
export const genderOfTitle = boundedMemo((surface: string): 'f' | 'm' | undefined => {
  const words = fold(surface).split(/[\s']+/);
  if (words.some((w) => FEMININE.has(w))) return 'f';
  if (words.some((w) => MASCULINE.has(w))) return 'm';
  return undefined;
});

export interface DocumentEntities {
  /** Known facts about the persons named in the article, by entity key. */
  persons: Map<string, PersonFacts>;
}

export function resolveMentions(
  sentences: SentenceMentions[],
  topicCountry: string | undefined,
  tokensOf: (sentence: number) => readonly Token[] = () => [],
  paragraphOf: (sentence: number) => number = (i) => i,
): DocumentEntities {
  const persons = new Map<string, PersonFacts>();
  const fullNames: { key: string; tokens: readonly string[] }[] = [];
  /** Organizations named so far, with the rank of their last mention. */
  const seenOrgs = new Map<string, number>();
  let lastForce: string | undefined;
  let standingForce: string | undefined;

  // Full names first, so a surname met before the full name still resolves ("Frederiksen rassemble…" in a title).
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.label === 'Person' && m.form === 'name' && m.surface.includes(' ')) {
        const key = personKey(m.surface);
        if (!fullNames.some((f) => f.key === key)) fullNames.push({ key, tokens: nameWords(m.surface) });
      }
    }
  }

  // Forces known by their name ("la mission « Amber Shield »"): that name alone later is the force, not someone.
  const missions = new Set<string>();
  for (const s of sentences) for (const m of s.mentions) if (m.label === 'Organization' && m.orgId === 'mission') missions.add(slug(m.surface));

  const recentPersons: Mention[] = [];
  /** Countries the article gave each leading title without a name ("Le Premier ministre français"). */
  const describedCountries = new Map<string, Set<string>>();
  /** "La France. Le président X a confirmé…": the country a paragraph's heading names, and that paragraph. */
  let section: { iso2: string; paragraph: number } | undefined;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const heading = countryHeading(s, tokensOf(si)) ?? sideHeading(s, tokensOf(si));
    if (heading) section = { iso2: heading, paragraph: paragraphOf(si) };
    const sectionCountry = section?.paragraph === paragraphOf(si) ? section.iso2 : undefined;
    for (const m of s.mentions) {
      switch (m.label) {
        case 'Country':
          if (m.form === 'anaphor') {
            // "L'Italie. Le pays hôte fournira…": the one country the sentence before named.
            const named = (sentences[si - 1]?.mentions ?? []).filter((x) => x.label === 'Country' && x.form === 'name' && x.iso2);
            if (named.length === 1) m.iso2 = named[0]!.iso2;
            else break;
          }
          m.ref = `country:${m.iso2}`;
          personOfDemonym(m, tokensOf(si), persons, recentPersons);
          break;
        case 'Organization':
          if (m.form === 'anaphor') {
            if (m.orgId === 'force') m.ref = lastForce;
            // "l'organisation": the last one named among those the noun can stand for; in apposition right
            // after a body ("L'Agence française de développement (AFD), la banque publique…"), that body.
            else m.ref = appositionOf(m, s, tokensOf(si)) ?? lastNamedOrg(m.orgId!, seenOrgs);
          } else if (m.orgId === 'named') {
            // "le collectif Braconne Tranquille": known by its name.
            m.ref = `org:${slug(m.surface)}`;
          } else if (m.orgId === 'mission') {
            // "la mission navale Aspides": known by its name, and the force talked about.
            m.ref = lastForce = standingForce = `org:${slug(m.surface)}`;
          } else if (m.orgId === 'force' && !m.iso2 && missions.size > 0 && UNNAMED_MISSION.test(m.surface)) {
            // "la mission navale européenne" in an article naming its mission ("« Sentinelle Atlantique »"): that one,
            // known by its name (an anaphor is no name of it).
            m.ref = lastForce = `org:${missions.values().next().value}`;
            m.form = 'anaphor';
          } else if (m.orgId === 'force') {
            const iso = m.iso2 ?? topicCountry;
            // A force for no known country is the one the article named before ("une force
            // multinationale pour le Soudan … la force multinationale"), else known by its name;
            // after a standing force ("la Finul … la force internationale"), that one.
            // ("la force de réassurance pour l'Ukraine … la force de réassurance", in an article about Moldova: the Ukrainian one.)
            if (!m.iso2 && standingForce) m.ref = standingForce;
            else if (!m.iso2 && lastForce) m.ref = lastForce;
            else m.ref = iso ? `org:force-multinationale-${iso.toLowerCase()}` : `org:${slug(m.surface)}`;
            lastForce = m.ref;
          } else {
            m.ref = `org:${m.orgId}`;
            // "le mandat de la Finul … la force internationale": a named force is the force talked about (not one named in
            // someone's title: "la Rwandaise X, cheffe de la MINUSCA, … La future force" is another).
            if ((getLexicon().organizations.get(m.orgId!)?.force || m.standing) && !inSomeonesTitle(s.mentions, m)) lastForce = standingForce = m.ref;
          }
          if (m.ref) seenOrgs.set(m.ref, si * 10_000 + m.first);
          break;
        case 'Person':
          if (missions.has(slug(m.surface)) && !m.title) {
            // "Baptisée « Amber Shield », celle-ci…"
            m.label = 'Organization';
            m.form = 'name';
            m.orgId = 'mission';
            m.ref = lastForce = standingForce = `org:${slug(m.surface)}`;
            seenOrgs.set(m.ref, si * 10_000 + m.first);
            break;
          }
          if (m.form === 'anaphor') {
            // "… son envoyé spécial, X. Celui-ci a promis…": the last person named, of that gender.
            const gender = fold(m.surface).startsWith('celle') ? 'f' : 'm';
            m.ref = [...recentPersons].reverse().find((r) => (persons.get(r.ref!)?.gender ?? gender) === gender)?.ref;
            break;
          }
          // "le secrétaire général de l'Alliance": the one of the organizations the noun may stand for named last.
          if (m.title?.org?.includes('|')) m.title.org = lastNamedOrg(m.title.org, seenOrgs)?.slice('org:'.length) ?? m.title.org.split('|')[0];
          // "le président de la Commission de l'UA, X … la Commission débloquera": a body named in a title is named too.
          else if (m.title?.org) seenOrgs.set(`org:${m.title.org}`, si * 10_000 + m.first);
          if (sectionCountry) adoptSectionCountry(m, sectionCountry);
          adoptDescribedCountry(m, describedCountries, s, persons);
          adoptParagraphCountry(m, si, recentPersons, persons, paragraphOf, tokensOf(si));
          resolvePerson(m, s, sentences[si - 1], fullNames, persons, recentPersons, si > 0 ? tokensOf(si - 1) : [], tokensOf(si), si > 0 && paragraphOf(si - 1) === paragraphOf(si));
          if (m.ref?.startsWith('person:') && m.form !== 'description') adoptCivilityGender(m, tokensOf(si), persons);
          // "X a salué l'accord. Le président ukrainien a ajouté…": the one untitled person just named.
          if (m.ref?.startsWith('desc:') && m.title?.title.leads) {
            const named = untitledJustBefore(m, s, tokensOf(si), recentPersons, persons);
            const facts = persons.get(m.ref);
            if (named && !ledBySomeone(persons, facts?.leads) && !speaksOfAnother(sentences, recentPersons, named, facts?.leads, tokensOf)) {
              persons.set(named, { ...facts, ...(persons.get(named) ?? {}) });
              m.ref = named;
            }
          }
          if (m.ref) recentPersons.push(m);
          break;
      }
    }
  }
  nameAfterDescription(sentences, persons, tokensOf, paragraphOf);
  nameQuotedInHeadline(sentences, persons, tokensOf, paragraphOf);
  nameDescribedLeaders(sentences, persons);
  nameQuotedSpeakers(sentences, persons, tokensOf, paragraphOf);
  return { persons };
}

const SPEECH_PARTICIPLES = new Set(words.speechVerbs.filter((v) => v.startsWith('a ')).map((v) => v.slice(2)));
const DASHES = new Set(['-', '–', '—']);

/**
 * "X voulait un chiffre. « Vingt-six pays… », a déclaré le président de la République": a
 * leader described without a name, speaking right after a sentence whose subject the article names with
 * no role of its own, is that person (when no one else of the article leads that country).
 */
function nameQuotedSpeakers(sentences: SentenceMentions[], persons: Map<string, PersonFacts>, tokensOf: (sentence: number) => readonly Token[], paragraphOf: (sentence: number) => number): void {
  for (let si = 1; si < sentences.length; si++) {
    // (The quotation may open the next paragraph.)
    if (paragraphOf(si) > paragraphOf(si - 1) + 1) continue;
    const tokens = tokensOf(si);
    for (const m of sentences[si]!.mentions) {
      if (m.label !== 'Person' || !m.ref?.startsWith('desc:') || !m.title?.title.leads) continue;
      const facts = persons.get(m.ref);
      if (!facts?.leads || !SPEECH_PARTICIPLES.has(tokens[m.npFirst - 1]?.key ?? '') || tokens[m.npFirst - 2]?.key !== 'a' || tokens[m.npFirst - 3]?.key !== ',' || tokens[m.npFirst - 4]?.key !== '"') continue;
      const previousTokens = tokensOf(si - 1);
      const subject = sentences[si - 1]!.mentions.find((x) => x.label === 'Person');
      if (!subject || subject.form !== 'name' || !subject.ref?.startsWith('person:') || !(subject.npFirst === 0 || DASHES.has(previousTokens[subject.npFirst - 1]?.key ?? ''))) continue;
      const named = persons.get(subject.ref) ?? {};
      if (named.title || named.leads || named.country || named.serves) continue;
      if (ledBySomeone(persons, facts.leads)) continue;
      identify(sentences, persons, m.ref, subject.ref);
    }
  }
}

/**
 * "Maude Archambeault : « Nous n'enverrons pas de troupes »", then "ENTRETIEN - … la ministre canadienne
 * de la Défense nationale détaille…": the one a headline quotes is the one the paragraph after it
 * describes without a name, when the article names her with no title of her own.
 */
function nameQuotedInHeadline(sentences: SentenceMentions[], persons: Map<string, PersonFacts>, tokensOf: (sentence: number) => readonly Token[], paragraphOf: (sentence: number) => number): void {
  for (let si = 0; si < Math.min(sentences.length, 4); si++) {
    const [first] = sentences[si]!.mentions;
    if (!first || first.label !== 'Person' || first.form !== 'name' || !first.ref?.startsWith('person:') || tokensOf(si)[first.last + 1]?.key !== ':') continue;
    const named = persons.get(first.ref) ?? {};
    if (named.title || named.leads || named.serves) return;
    const paragraph = paragraphOf(si);
    for (let sj = si + 1; sj < sentences.length && paragraphOf(sj) <= paragraph + 1; sj++) {
      const described = sentences[sj]!.mentions.find((m) => m.label === 'Person' && m.ref?.startsWith('desc:'));
      const facts = described && persons.get(described.ref!);
      if (!described || !facts || !(facts.leads || facts.serves)) continue;
      identify(sentences, persons, described.ref!, first.ref);
      return;
    }
    return;
  }
}

/** The person the article names `ref` is the one it described as `desc`: the description's facts (hers first) and mentions become hers. */
function identify(sentences: SentenceMentions[], persons: Map<string, PersonFacts>, desc: string, ref: string): void {
  persons.set(ref, { ...persons.get(desc), ...(persons.get(ref) ?? {}) });
  for (const s of sentences) for (const m of s.mentions) if (m.ref === desc) m.ref = ref;
}

/**
 * "Paimpol : la présidente islandaise sur les traces…", "Coprésidée par X et le premier ministre
 * libanais, la conférence…", then the article names them: a leader described without a name is the
 * one person of the article known by that very role, if only one is.
 */
function nameDescribedLeaders(sentences: SentenceMentions[], persons: Map<string, PersonFacts>): void {
  const renamed = new Map<string, string>();
  for (const s of sentences) for (const m of s.mentions) {
    if (m.label !== 'Person' || !m.ref?.startsWith('desc:') || renamed.has(m.ref)) continue;
    const facts = persons.get(m.ref);
    if (!facts?.leads || !facts.titleName) continue;
    const same: string[] = [];
    for (const [ref, other] of persons) {
      if (ref.startsWith('person:') && other.leads === facts.leads && other.titleName === facts.titleName && (!facts.gender || !other.gender || other.gender === facts.gender)) same.push(ref);
    }
    if (same.length === 1) renamed.set(m.ref, same[0]!);
  }
  if (renamed.size === 0) return;
  for (const s of sentences) for (const m of s.mentions) if (m.ref && renamed.has(m.ref)) m.ref = renamed.get(m.ref);
}

/** "Mme Kerandraon", "M. Ellerby": the civility tells the gender a title told after the name may not. */
function adoptCivilityGender(m: Mention, tokens: readonly Token[], persons: Map<string, PersonFacts>): void {
  const facts = persons.get(m.ref!);
  if (!facts || facts.gender) return;
  const p = m.first - 1;
  const civility = tokens[p]?.key === '.' ? tokens[p - 1]?.key : tokens[p]?.key;
  const gender = civility === 'mme' || civility === 'mlle' ? 'f' : civility === 'm' ? 'm' : undefined;
  if (gender) facts.gender = gender;
}

/** The body named right before a comma that opens `m`'s noun phrase ("X (AFD), la banque …"), if any. */
function appositionOf(m: Mention, s: SentenceMentions, tokens: readonly Token[]): string | undefined {
  if (tokens[m.npFirst - 1]?.key !== ',') return undefined;
  const close = tokens[m.npFirst - 2]?.key === ')' ? m.npFirst - 5 : m.npFirst - 2;
  return s.mentions.find((x) => x.label === 'Organization' && x.form === 'name' && x.ref && (x.last === close || x.last === m.npFirst - 2))?.ref;
}

/**
 * "Le chancelier allemand vient d'arriver. Henning Hallenbeck n'a fait aucune déclaration": a leader
 * described alone in a sentence, then named opening the next, no one else between, is that person.
 */
function nameAfterDescription(sentences: SentenceMentions[], persons: Map<string, PersonFacts>, tokensOf: (sentence: number) => readonly Token[], paragraphOf: (sentence: number) => number): void {
  for (let si = 1; si < sentences.length; si++) {
    // (Not across paragraphs: a live report's next entry names someone else.)
    if (paragraphOf(si) !== paragraphOf(si - 1)) continue;
    const people = sentences[si - 1]!.mentions.filter((m) => m.label === 'Person');
    // "… où il a d'abord reçu son homologue ukrainien. Vêtu d'un costume sombre, M. X a remercié son hôte": the
    // last one described, as a counterpart, then named as the next sentence's subject.
    const last = people.at(-1);
    const described = people.length === 1 ? people[0] : last?.title?.title.counterpart || last?.title?.adopted ? last : undefined;
    if (!described || described.form !== 'description' || !described.ref?.startsWith('desc:') || !described.title?.title.leads) continue;
    const first = sentences[si]!.mentions[0];
    if (!first || first.label !== 'Person' || (first.form !== 'name' && !(first.form === 'surname' && people.length > 1)) || (first.npFirst > 1 && !(people.length > 1 && frontedBefore(tokensOf(si), first.npFirst))) || first.title || !first.ref?.startsWith('person:')) continue;
    // ("le chef de l'État sud-africain a déclaré la présidence transmise aux États-Unis. X, qui…": another
    // country named after the description may be the next one's.)
    const target = described.ref.slice(described.ref.lastIndexOf(':') + 1);
    if (sentences[si - 1]!.mentions.some((m) => m.label === 'Country' && m.first > described.last && m.iso2 !== target)) continue;
    const named = persons.get(first.ref) ?? {};
    const facts = persons.get(described!.ref);
    if (!facts || named.leads || named.country || named.title) continue;
    persons.set(first.ref, { ...facts, ...named });
    described!.ref = first.ref;
  }
}

/** The tokens before `at` are a phrase fronted by its comma ("Vêtu d'un costume sombre, "). */
function frontedBefore(tokens: readonly Token[], at: number): boolean {
  // (Past a civility: "…, M. X".)
  if (tokens[at - 1]?.key === '.' && tokens[at - 2]?.key === 'm') at -= 2;
  else if (tokens[at - 1]?.key === 'mme') at -= 1;
  if (tokens[at - 1]?.key !== ',' || at < 3) return false;
  for (let i = 0; i < at - 1; i++) if (tokens[i]!.key === ',' || tokens[i]!.key === '"') return false;
  return true;
}

/**
 * "La veille de son arrivée, l'Indien s'était entretenu…", "Le Chilien, 54 ans, avait choisi…": a
 * singular demonym noun with no name after it is the last person of that country named before.
 */
function personOfDemonym(m: Mention, tokens: readonly Token[], persons: Map<string, PersonFacts>, recent: Mention[]): void {
  if (m.form !== 'demonym-noun' || !['le', 'la', "l'"].includes(tokens[m.first - 1]?.key ?? '')) return;
  const country = `country:${m.iso2}`;
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i]!;
    const facts = persons.get(r.ref!);
    if (facts?.leads === country || facts?.country === m.iso2 || r.nationality === m.iso2) {
      m.label = 'Person';
      m.form = 'anaphor';
      m.ref = r.ref;
      return;
    }
  }
  // "X lui a emboîté le pas. Le Néo-Zélandais a annoncé…": opening its sentence, the one untitled person just named.
  const lone = m.first <= 2 ? loneUntitledBefore(m, recent, persons, undefined) : undefined;
  if (lone) {
    m.label = 'Person';
    m.form = 'anaphor';
    m.ref = lone;
    persons.get(lone)!.country ??= m.iso2;
  }
}

/**
 * Of the organizations "id1|id2|…" a head noun can stand for, the one named last (the first listed
 * of equals), by one loop rather than arrays split, mapped, filtered and sorted per anaphor.
 */
function lastNamedOrg(ids: string, seenOrgs: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestRank = -1;
  for (const id of ids.split('|')) {
    const key = `org:${id}`;
    // ("le président de la Commission, X" in an article naming the African Union: the one of that union.)
    const of = getLexicon().organizations.get(id)?.bodyOf;
    const rank = Math.max(seenOrgs.get(key) ?? -1, of ? (seenOrgs.get(`org:${of}`) ?? -1) : -1);
    if (rank > bestRank) {
      best = key;
      bestRank = rank;
    }
  }
  return best;
}

/** The words of a name, folded and keyed by spelling (shared, read-only): "Iermak" is the "Yermak" of "Andriy Yermak". */
// By push: an inlined .map makes a holey array where the builtin makes a packed one (readers deoptimise).
const nameWords = boundedMemo((surface: string): readonly string[] => {
  const words: string[] = [];
  for (const w of fold(surface).split(/\s+/)) words.push(spellingKey(w));
  return words;
});

export const personKey = boundedMemo((fullName: string): string => {
  // "J. D. Vance" and "JD Vance" are one person: initials are joined before the slug.
  return `person:${slug(fold(fullName).replace(/\b([a-z])\.\s*(?=[a-z]\b)/g, '$1').replace(/\b([a-z])\.\s*/g, '$1 '))}`;
});

function resolvePerson(
  m: Mention,
  s: SentenceMentions,
  previous: SentenceMentions | undefined,
  fullNames: { key: string; tokens: readonly string[] }[],
  persons: Map<string, PersonFacts>,
  recent: Mention[],
  previousTokens: readonly Token[],
  tokens: readonly Token[],
  sameParagraph: boolean,
): void {
  if (m.title?.title.counterpart) adoptCounterpartTitle(m, s, previous, recent);
  if (m.title?.possessive && !m.title.org && !m.title.country) adoptPossessor(m, s, previous, tokens);

  if (m.form === 'description') {
    m.ref = resolveDescription(m, s, previous, persons, recent, previousTokens, tokens, sameParagraph);
  } else if (m.surface.includes(' ')) {
    // "von Weizsäcker" is the end of "Richard von Weizsäcker": the longer name of the article.
    const words = nameWords(m.surface);
    const longer = fullNames.filter((f) => f.tokens.length > words.length && words.every((w, i) => f.tokens[f.tokens.length - words.length + i] === w));
    m.ref = longer.length === 1 ? longer[0]!.key : personKey(m.surface);
  } else {
    const key = fold(m.surface);
    const spelled = spellingKey(key);
    const matches = fullNames.filter((f) => f.tokens.length > 1 && f.tokens[f.tokens.length - 1] === spelled);
    // "Pei Zhenglin … M. Pei", "Hafizuddin Rahmat … M. Hafizuddin": a name whose family name comes first (or a
    // given name used as one), when no full name ends with it.
    const firsts = matches.length ? [] : fullNames.filter((f) => f.tokens.length === 2 && f.tokens[0] === spelled);
    // ("Bassirou Diomaye Faye … a précisé Diomaye", "Luiz Inácio Lula da Silva … M. Lula": a name inside a longer one.)
    const inner = matches.length || firsts.length ? [] : fullNames.filter((f) => f.tokens.length >= 3 && f.tokens.indexOf(spelled, 1) > 0 && f.tokens.indexOf(spelled, 1) < f.tokens.length - 1);
    m.ref = matches.length === 1 ? matches[0]!.key : firsts.length === 1 ? firsts[0]!.key : inner.length === 1 ? inner[0]!.key : `surname:${key}`;
  }
  if (!m.ref) return;
  const facts = persons.get(m.ref) ?? {};
  persons.set(m.ref, facts);
  const t = m.title;
  if (t && !facts.gender && !t.title.plural && !t.title.counterpart) {
    const gender = genderOfTitle(t.surface);
    if (gender) facts.gender = gender;
  }
  // "son homologue polonaise": the demonym's feminine form, the counterpart's own word, tells her gender.
  if (t && !facts.gender && !t.title.plural && FEMININE_DEMONYM.test(fold(t.surface).split(' ').at(-1) ?? '')) facts.gender = 'f';
  if (t && !t.former) {
    if (!facts.title || (t.country || t.org) && !(facts.leads || facts.country)) {
      // One person's title, even when the article gave it to several ("les émissaires américains X et Y").
      facts.title = t.title.plural ? singular(t.surface) : t.surface;
      facts.titleName = t.title.name;
    }
    const national = nationalLed(m);
    const target = t.org ? `org:${t.org}` : t.country ? `country:${t.country}` : national ? `country:${national}` : undefined;
    if (target && leadsTarget(t.title, target) && !facts.leads) facts.leads = target;
    if (target && !leadsTarget(t.title, target) && !facts.serves) facts.serves = target;
    if (t.country && !facts.country) facts.country = t.country;
  }
  if (m.nationality && !facts.country) facts.country = m.nationality;
}

/** "L'Espagnol X, chef du gouvernement,": a leading title named without its country is the national's. */
export function nationalLed(m: Mention): string | undefined {
  const t = m.title;
  return t && t.title.leads && t.title.scope === 'country' && !t.country && !t.org && !t.possessive && !t.title.counterpart ? m.nationality : undefined;
}

/**
 * "Londres entretient le flou. … le secrétaire d'État britannique, X, … le gouvernement de la première
 * ministre, Y, attend": a leading title told without its country, in apposition before the name of
 * someone the article gives no country, is the country of the paragraph's people named so far, when
 * every one of them is of that one country (one of no known country, as a body's head, leaves the
 * title to the article's own country: "le président du CNES, X … Le Premier ministre, Y,").
 */
function adoptParagraphCountry(
  m: Mention,
  si: number,
  recent: readonly Mention[],
  persons: Map<string, PersonFacts>,
  paragraphOf: (sentence: number) => number,
  tokens: readonly Token[],
): void {
  const t = m.title;
  if (!t || m.form !== 'name' || !t.title.leads || t.title.scope !== 'country' || t.country || t.org || t.possessive || t.adopted || t.former || t.title.counterpart || m.nationality) return;
  if (!tokens.slice(m.first, m.last).some((x) => x.key === ',') || !m.surface.includes(' ')) return;
  const known = persons.get(personKey(m.surface));
  if (known?.leads || known?.country) return;
  const paragraph = paragraphOf(si);
  let country: string | undefined;
  for (let i = recent.length - 1; i >= 0 && paragraphOf(recent[i]!.sentence) === paragraph; i--) {
    const r = recent[i]!;
    if (!r.ref!.startsWith('person:')) continue;
    const facts = persons.get(r.ref!);
    const of = facts?.country ?? countrySpokenFor(facts)?.slice('country:'.length);
    if (!of || (country && of !== country)) return;
    country = of;
  }
  if (country) t.country = country;
}

/**
 * "Le Premier ministre français et le chancelier allemand se sont retrouvés … Le Premier ministre
 * Jean Dupont a reçu …": a leading title named without its country takes the one the article gave
 * it, when it gave only one.
 */
function adoptDescribedCountry(m: Mention, described: Map<string, Set<string>>, s: SentenceMentions, persons: Map<string, PersonFacts>): void {
  const t = m.title;
  if (!t || !t.title.leads || t.title.scope !== 'country' || t.former || t.title.counterpart) return;
  if (m.form === 'description') {
    if (t.country) described.set(t.title.name, (described.get(t.title.name) ?? new Set()).add(t.country));
    return;
  }
  const countries = described.get(t.title.name);
  // (A counterpart is of another country than the one whose title it took.)
  if (t.country || t.org || t.possessive || t.adopted || countries?.size !== 1) return;
  const [country] = countries;
  // "La Pologne est représentée par sa ministre, le Premier ministre X étant resté à Varsovie": the
  // sentence's own country, not the one the title was given before.
  if (s.mentions.some((x) => x.label === 'Country' && (x.form === 'name' || x.form === 'capital') && x.iso2 !== country && x.first < m.first)) return;
  // ("le chef du gouvernement haïtien" was X, named: "au nom du premier ministre Mark Y" is another country's.)
  if (ledBySomeone(persons, `country:${country}`) && !persons.get(personKey(m.surface))?.leads) return;
  t.country = country;
}

/** "La France.", "Les Pays-Bas.": a sentence that is only a country's name heads its paragraph. */
function countryHeading(s: SentenceMentions, tokens: readonly Token[]): string | undefined {
  const [m, ...others] = s.mentions;
  if (!m || others.length || m.label !== 'Country' || m.form !== 'name' || !m.iso2) return undefined;
  const rest = tokens.length - 1 - m.last;
  return m.npFirst <= 1 && m.first <= 2 && rest === 1 && tokens[m.last + 1]?.key === '.' ? m.iso2 : undefined;
}

/** "Côté yéménite, le gouvernement…": a sentence opening on a country's side heads its paragraph too. */
function sideHeading(s: SentenceMentions, tokens: readonly Token[]): string | undefined {
  // ("Côté polonais, …", and "Même réponse côté autrichien : le chancelier X…" a few words in.)
  let at = 0;
  while (at < 4 && tokens[at] && tokens[at]!.key !== 'cote') at++;
  if (tokens[at]?.key !== 'cote') return undefined;
  const m = s.mentions.find((x) => x.first === at + 1);
  if (!m || m.label !== 'Country' || m.form !== 'demonym' || (tokens[m.last + 1]?.key !== ',' && tokens[m.last + 1]?.key !== ':')) return undefined;
  // ("Côté" is then no one's name.)
  if (s.mentions[0]?.label === 'Person' && s.mentions[0].first === 0 && s.mentions[0].last === 0) s.mentions.splice(0, 1);
  return m.iso2;
}

/** Under a country's heading, "Le Premier ministre X" without a country of its own is that country's. */
function adoptSectionCountry(m: Mention, iso2: string): void {
  const t = m.title;
  if (!t || t.title.scope !== 'country' || t.country || t.org || t.possessive || t.former || t.title.counterpart || m.nationality) return;
  t.country = iso2;
}

/** "son homologue turc Recep Tayyip Erdogan": the title of the last titled person before. */
function adoptCounterpartTitle(m: Mention, s: SentenceMentions, previous: SentenceMentions | undefined, recent: Mention[]): void {
  const titled = (x: Mention): boolean => x.label === 'Person' && x !== m && !!x.title && !x.title.title.counterpart && !x.title.former;
  const here = s.mentions.filter((x) => x.first < m.first && x.label === 'Person').reverse();
  // The person of the same sentence ("X reçoit son homologue"), with the title the article gave them…
  let source = here.find(titled);
  for (const x of here) {
    if (source) break;
    source = [...recent].reverse().find((r) => r.ref === x.ref && titled(r));
  }
  // …else the last person of the previous sentence, with the title the article gave them ("…, a précisé
  // M. Olawepo. Son homologue ivoirien, X,").
  for (const x of [...(previous?.mentions ?? [])].reverse()) {
    if (source) break;
    if (titled(x)) source = x;
    else if (x.label === 'Person' && x.ref) source = [...recent].reverse().find((r) => r.ref === x.ref && titled(r));
  }
  if (!source?.title) return;
  m.title = changedTitle(m.title!, { adopted: true, title: singularTitle(source.title.title), surface: `${source.title.title.name}${m.title!.surface.slice(m.title!.surface.indexOf(' ') < 0 ? m.title!.surface.length : m.title!.surface.indexOf(' '))}` });
}

/** "Sa présidente, Roberta Metsola": the organization (else country) the previous sentence was about. */
function adoptPossessor(m: Mention, s: SentenceMentions, previous: SentenceMentions | undefined, tokens: readonly Token[]): void {
  // The nearest one before it in the sentence, else the first one of the previous sentence (its subject).
  // A titled person of the same sentence owns it too: "le président slovaque X … son ministre".
  const here = s.mentions.filter((x) => x.last < m.first);
  if (!m.title!.incise) here.reverse();
  // ("Abdelmadjid X avait dépêché son ministre": the person just before, named with no title in the same stretch of the
  // sentence, owns it; of no known country, whatever the sentence before was about. "le président X avait dépêché sa
  // ministre" after "Le Brésil …" is that country's.)
  const nearest = m.title!.incise ? undefined : here.find((x) => !x.inTitle);
  if (nearest?.label === 'Person' && !nearest.title && !tokens.slice(nearest.last + 1, m.first).some((t) => t.key === ',' || t.key === ';')) return;
  const before = [...here, ...(previous?.mentions ?? [])].filter((x) => !x.inTitle);
  const owner = before.find(
    (x) =>
      (x.label === 'Organization' && x.form !== 'anaphor' && x.orgId !== 'force') ||
      // (Not a capital one goes to or leaves: "le Premier ministre hongrois a quitté Copenhague, laissant son ministre…".)
      (x.label === 'Country' && x.form !== 'demonym' && x.form !== 'flag' && !(x.form === 'capital' && here.includes(x) && PLACE_BEFORE.has(tokens[x.first - 1]?.key ?? ''))) ||
      (x.label === 'Person' && here.includes(x) && !!(x.title?.country || x.title?.org)),
  );
  // ("le président français … avec son homologue X": a head of state's counterpart leads another country;
  // "la ministre de l'Europe et des Affaires étrangères, X, et son homologue Y": a minister's serves another.)
  if (owner?.label === 'Person' && m.title!.adopted && m.title!.title.scope !== 'organization') return;
  if (owner?.label === 'Person') {
    if (owner.title!.org) m.title!.org = owner.title!.org;
    else m.title!.country = owner.title!.country;
  } else if (owner?.label === 'Organization') {
    // "…par un vote au Bundestag. Elle s'est fait remplacer par son secrétaire d'État": a national institution's
    // minister is its country's.
    const country = m.title!.title.leads ? undefined : getLexicon().organizations.get(owner.orgId!)?.country;
    if (country) m.title!.country = country;
    else m.title!.org = owner.orgId;
  }
  else if (owner) m.title!.country = owner.iso2;
}

const PLACE_BEFORE = new Set(words.beforePlace);

/** The titles a role told without its country stands for. */
const BARE_ROLES = new Map(Object.entries(titles.bareRoles));

function resolveDescription(
  m: Mention,
  s: SentenceMentions,
  previous: SentenceMentions | undefined,
  persons: Map<string, PersonFacts>,
  recent: Mention[],
  previousTokens: readonly Token[],
  tokens: readonly Token[],
  sameParagraph: boolean,
): string | undefined {
  const t = m.title!;
  const target = t.org ? `org:${t.org}` : t.country ? `country:${t.country}` : undefined;
  // "Le ministre des Armées, X, … Surtout, le ministre a confirmé": the last person with that title.
  if (!target) {
    const bare = fold(t.title.name);
    const surface = fold(m.surface);
    const gender = surface.startsWith('la ') ? 'f' : surface.startsWith('le ') ? 'm' : undefined;
    // Of several ("le président de la République X … le président nigérian Y … le président a participé"),
    // the one the article told most, the last one of those.
    // ("le chef de l'État" is a president or a king, "le chef du gouvernement" a prime minister or a chancellor.)
    const titles = BARE_ROLES.get(bare) ?? [bare];
    const told = new Map<string, number>();
    for (const r of recent) {
      const facts = persons.get(r.ref!);
      // (The title as written: "son secrétaire d'État" is of the ministers' group, not a "ministre".)
      const name = fold(facts?.title ?? facts?.titleName ?? '');
      if (r.ref!.startsWith('person:') && titles.some((t) => name.startsWith(t)) && (!gender || !facts?.gender || facts.gender === gender)) told.set(r.ref!, (told.get(r.ref!) ?? 0) + 1);
    }
    // (One whose gender the article told beats one it did not: "la ministre" is a woman told so.)
    const sure = (ref: string): boolean => !!gender && persons.get(ref)?.gender === gender;
    let best: string | undefined;
    for (let i = recent.length - 1; i >= 0; i--) {
      const ref = recent[i]!.ref!;
      if (!told.has(ref)) continue;
      if (best === undefined || (sure(ref) && !sure(best)) || (sure(ref) === sure(best) && told.get(ref)! > told.get(best)!)) best = ref;
    }
    return best;
  }
  // A minister or an envoy is no leader: only someone of the article named with that very title.
  if (!t.title.leads) {
    // ("La ministre s'était entretenue…": of that title, country and gender, "la" told.)
    const surface = fold(m.surface);
    const gender = surface.startsWith('la ') ? 'f' : surface.startsWith('le ') ? 'm' : undefined;
    // (Its word too: "la ministre" is not "son secrétaire d'État", of the same group of titles.)
    const word = fold(t.surface).split(' ')[0]!;
    for (let i = recent.length - 1; i >= 0; i--) {
      const facts = persons.get(recent[i]!.ref!);
      if (t.country && facts?.titleName === t.title.name && facts.country === t.country && (!gender || !facts.gender || facts.gender === gender) && fold(facts.title ?? '').startsWith(word)) return recent[i]!.ref;
    }
    return `desc:${slug(t.title.name)}:${target}`;
  }
  // Someone of the article already known by that role ("la cheffe de l'État islandais" is neither
  // the Icelandic prime minister nor a man).
  const gender = genderOfTitle(m.surface);
  const roles = BARE_ROLES.get(fold(t.title.name));
  let described: string | undefined;
  // (The one named with that very title first: "le président de la République, M. X … le président français, Y … le président
  // de la République avait reçu un appel" is X.)
  const leader = (r: Mention): PersonFacts | undefined => {
    const facts = r.ref!.startsWith('person:') ? persons.get(r.ref!) : undefined;
    return facts?.leads === target ? facts : undefined;
  };
  const sameTitle = recent.findLast((r) => {
    const facts = leader(r);
    return facts?.titleName === t.title.name && !(gender && facts.gender && facts.gender !== gender);
  });
  if (sameTitle && recent.some((r) => r.ref !== sameTitle.ref && leader(r))) return sameTitle.ref;
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i]!;
    const facts = persons.get(r.ref!);
    if (facts?.leads !== target || (gender && facts.gender && facts.gender !== gender)) continue;
    if (roles && facts.titleName && !roles.some((x) => fold(facts.title ?? facts.titleName!).startsWith(x))) continue;
    if (!(t.title.weak || !facts.titleName || facts.titleName === t.title.name || t.title.leads)) continue;
    // (One described only, as by the headline, may be named by what follows: the rules below first.)
    if (!r.ref!.startsWith('desc:')) return r.ref;
    described ??= r.ref;
  }
  // Else the person just named in the same sentence whose country is still unknown
  // ("une rencontre entre X et Xi Jinping … le président chinois").
  // Only someone named inside a list or a complement ("entre X et Xi Jinping"), never the
  // subject who speaks of the description ("Boris Pistorius a critiqué le président américain").
  // Of several, the last, in the same phrase only ("entre X et Y puis un appel entre le président chinois et…"):
  // "à deux jours du sommet entre X et Y, Z a réuni le président américain" may be either.
  let unplaced: Mention | undefined;
  let several = false;
  for (const r of recent) {
    const facts = persons.get(r.ref!);
    if (r.sentence !== m.sentence || !r.listed || !r.ref!.startsWith('person:') || facts?.leads || facts?.country || (facts?.titleName && facts.titleName !== t.title.name)) continue;
    // ("« … avec le président X », a déclaré le président ukrainien": one the quotation names is not its speaker.)
    if (keyBetween(tokens, r.last, m.first, '"')) continue;
    // ("Au cours d'un appel avec X, le locataire de la Maison-Blanche a fait savoir…": the other party of the fronted phrase.)
    if (tokens[r.npFirst - 1]?.key === 'avec' && r.last < m.npFirst && frontedBefore(tokens, m.npFirst)) continue;
    // ("coprésidée par X, et par l'émir du Qatar": coordinated with the description, another person.)
    if (m.npFirst - r.last <= 4 && keyBetween(tokens, r.last, m.npFirst, 'et')) continue;
    several ||= unplaced !== undefined && unplaced.ref !== r.ref;
    // ("A et B n'ont pas fait le déplacement : le président français…": B's pair, opening the sentence, is as likely.)
    const pair = tokens[r.npFirst - 1]?.key === 'et' ? recent.find((x) => x.sentence === m.sentence && x.last === r.npFirst - 2 && x.ref !== r.ref && x.ref!.startsWith('person:')) : undefined;
    several ||= !!pair && !persons.get(pair.ref!)?.leads && !persons.get(pair.ref!)?.country;
    unplaced = r;
  }
  // (Past a colon, a clause of its own: "A et B n'ont pas fait le déplacement : le président français…".)
  if (unplaced && (!several || (!keyBetween(tokens, unplaced.last, m.first, ',') && !keyBetween(tokens, unplaced.last, m.first, ':')))) return unplaced.ref;
  // "A et B arrivent à l'Élysée. La Première ministre britannique et le chancelier allemand ont
  // remonté la cour": two descriptions opening a sentence name, in order, the two people before.
  const paired = pairedWith(m, s, previous);
  if (paired) {
    const facts = persons.get(paired.ref!);
    if (!facts?.leads && (!facts?.country || facts.country === t.country)) return paired.ref;
  }
  // Else the subject of the sentence before, when the description opens its own and that one named
  // nobody else ("Narendra Modi voulait un succès. Le Premier ministre indien a accueilli…").
  // Also one whose nationality only is known, that country's ("le Sud-Africain X a plaidé… Le chef de l'État sud-africain").
  const subject = previousSubject(m, s, previous, previousTokens);
  if (subject) {
    const facts = persons.get(subject.ref!);
    if (!facts?.leads && (!facts?.country || facts.country === t.country) && !titledBeyondRank(facts)) return subject.ref;
  }
  // Else the one national of that country the article named without a title ("aux côtés de l'Ougandais
  // X … Le chef de l'État ougandais a fait savoir"), if no one else of that country was named.
  if (t.country) {
    const nationals = new Set(recent.filter((r) => r.ref!.startsWith('person:') && persons.get(r.ref!)?.country === t.country).map((r) => r.ref!));
    // (Not when the sentence just before, in its paragraph, names another untitled one: "…, a annoncé Keir X. Le Premier ministre
    // britannique…", the Briton named elsewhere being his minister.)
    const lone = nationals.size === 1 && sameParagraph ? loneUntitledBefore(m, recent, persons, genderOfTitle(m.surface)) : undefined;
    if (nationals.size === 1 && (!lone || nationals.has(lone))) {
      const [only] = nationals;
      const facts = persons.get(only!);
      // ("le maréchal X": a rank is no role that would make him another than the head of state.)
      if (!facts?.leads && !titledBeyondRank(facts) && !facts?.serves) return only;
    }
  }
  return described ?? `desc:${slug(t.title.name)}:${target}`;
}

/** A token `key` strictly between `from` and `to` (a comma, a quotation mark). */
function keyBetween(tokens: readonly Token[], from: number, to: number, key: string): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k]!.key === key) return true;
  return false;
}

/** The person of the previous sentence's pair that description `m`, one of a pair opening its sentence, stands for. */
function pairedWith(m: Mention, s: SentenceMentions, previous: SentenceMentions | undefined): Mention | undefined {
  const people = s.mentions.filter((x) => x.label === 'Person');
  const k = people.indexOf(m);
  if (k > 1 || people.length < 2 || people[0]!.form !== 'description' || people[1]!.form !== 'description' || people[0]!.npFirst > 1) return undefined;
  const before = previous?.mentions.filter((x) => x.label === 'Person' && x.form !== 'description') ?? [];
  return before.length === 2 ? before[k] : undefined;
}

/**
 * The person opening the previous sentence, its only person, when `m` opens its own sentence; or
 * opening the same sentence when `m` opens the clause after its colon ("X n'est pas venu : le
 * président chinois s'est fait représenter"). Also the subject of a clause inside the sentence before
 * ("Il pleuvait quand X a posé le pied à Paimpol. La présidente islandaise…"), its only person named
 * in full, the lone capitalized words that name no one of the article aside.
 */
function previousSubject(m: Mention, s: SentenceMentions, previous: SentenceMentions | undefined, previousTokens: readonly Token[]): Mention | undefined {
  const sameSentence = m.opensClause === true;
  if (!sameSentence && (m.npFirst !== 0 || s.mentions[0] !== m)) return undefined;
  const before = sameSentence ? s.mentions.filter((x) => x.last < m.first) : previous?.mentions;
  if (!before) return undefined;
  let subject: Mention | undefined;
  for (const x of before) {
    if (x.label !== 'Person') continue;
    if (!sameSentence && x.form === 'surname' && x.ref?.startsWith('surname:')) continue;
    const opens = x.npFirst === 0 || (!sameSentence && x.surface.includes(' ') && CLAUSE_OPENERS.has(previousTokens[x.npFirst - 1]?.key ?? '') && AUXILIARIES.has(previousTokens[x.last + 1]?.key ?? ''));
    // Not one the article titled otherwise ("L'ex-chancelière allemande X…. Le Premier ministre hongrois…").
    if (subject || !opens || x.form !== 'name' || x.title || !x.ref?.startsWith('person:')) return undefined;
    subject = x;
  }
  return subject;
}

const UNNAMED_MISSION = /^mission\b/i;
/** A finite verb of the first group in the present ("débloque", "annonce"), not an auxiliary ("a", "avait", "est"). */
const FINITE_VERB = /^(?!(?:a|avait|est|etait|sera|aura)$)[a-z]+(?:e|ent)$/;
const CLAUSE_OPENERS = new Set(words.subjectClauseOpeners);
const AUXILIARIES = new Set(words.subjectAuxiliaries);


/**
 * "« La France enverra des soldats », a affirmé M. X. Le Premier ministre britannique…": the one named last
 * opened his sentence quoting what another country than `country` will do (and named not that one); his own.
 */
function speaksOfAnother(sentences: SentenceMentions[], recent: readonly Mention[], named: string, country: string | undefined, tokensOf: (sentence: number) => readonly Token[]): boolean {
  if (!country?.startsWith('country:')) return false;
  let at: Mention | undefined;
  for (let i = recent.length - 1; i >= 0 && !at; i--) if (recent[i]!.ref === named) at = recent[i];
  if (!at) return false;
  const tokens = tokensOf(at.sentence);
  // (In his own words: the country a quotation he is the speaker of makes its subject.)
  const quoted = (x: Mention): boolean => x.npFirst <= 2 && (tokens[0]?.key === '"' || tokens[0]?.key === '«') && at!.first > x.last;
  const others = sentences[at.sentence]!.mentions.filter((x) => x.label === 'Country' && x.ref && x.form !== 'demonym');
  return others.some(quoted) && others.every((x) => x.ref !== country);
}

/** Someone the article names (other than `except`) leads `target`. */
export function ledBySomeone(persons: Map<string, PersonFacts>, target: string | undefined, except?: string): boolean {
  for (const [ref, facts] of persons) if (ref !== except && ref.startsWith('person:') && facts.leads === target) return true;
  return false;
}

/**
 * A leader described without a name right after a sentence naming one person the article gives no title,
 * role or country (and no such person in its own): that person ("L'appel d'X a duré une heure. Le président
 * ukrainien a remercié…"). Not one answering, set against, paired with or added to those before ("« … », lui
 * a répondu le chef de l'État français", "Le président lituanien, lui, a surpris", "le président français et
 * le Premier ministre britannique", "le président botswanais avait aussi appelé", "Du côté de Georgetown, le
 * président guyanien…"), one in apposition to a name, nor one after a sentence listing others by their country
 * ("…, le Kényan A et le Zambien B. Le chef de l'État burundais complétait le premier rang").
 */
function untitledJustBefore(m: Mention, s: SentenceMentions, tokens: readonly Token[], recent: readonly Mention[], persons: Map<string, PersonFacts>): string | undefined {
  if (m.title!.title.counterpart || m.title!.possessive) return undefined;
  const personAt = (test: (x: Mention) => boolean): boolean => s.mentions.some((x) => x.label === 'Person' && test(x));
  if (tokens[m.npFirst - 1]?.key === ',' && personAt((x) => x.last === m.npFirst - 2)) return undefined;
  if (['lui', 'leur'].includes(tokens[m.npFirst - 3]?.key ?? '')) return undefined;
  if (tokens[m.last + 1]?.key === ',' && ['lui', 'elle'].includes(tokens[m.last + 2]?.key ?? '')) return undefined;
  if (tokens[m.last + 1]?.key === 'et' && personAt((x) => x.form === 'description' && x.npFirst === m.last + 2)) return undefined;
  if (tokens[m.npFirst - 1]?.key === 'et' && personAt((x) => x.form === 'description' && x.last === m.npFirst - 2)) return undefined;
  if (tokens[0]?.key === 'cote' || (tokens[0]?.key === 'du' && tokens[1]?.key === 'cote')) return undefined;
  for (let k = m.last + 1; k <= m.last + 4; k++) {
    if (phraseAt(tokens, k, words.addingPhrases) === 0) continue;
    // ("avait aussi appelé": another doing the same; "débloque aussi 25 millions", right after a verb of its own, one more thing done.)
    const afterOwnVerb = k > m.last + 1 && FINITE_VERB.test(tokens[k - 1]!.key) && (tokens[k]!.key === 'aussi' || tokens[k]!.key === 'egalement');
    if (!afterOwnVerb) return undefined;
  }
  const found = loneUntitledBefore(m, recent, persons, genderOfTitle(m.surface));
  // (Named later in the description's own sentence: "le président français avait dîné avec le Premier ministre grec Kyriakos X".)
  const surname = found?.slice(found.lastIndexOf('-') + 1);
  return found && !personAt((x) => x !== m && `-${slug(x.surface)}`.endsWith(`-${surname}`)) ? found : undefined;
}

/**
 * The one person the sentence before `m` names with no title, role or country of their own (of `gender`, when told),
 * none such before `m` in its own sentence, nor a list of others told by their country before it.
 */
const RANKS = new Set(titles.titles.filter((t) => t.role === 'military').map((t) => t.forms[0]!));
/** The article gave this person a title other than a military rank. */
function titledBeyondRank(facts: PersonFacts | undefined): boolean {
  return !!facts?.titleName && !RANKS.has(facts.titleName);
}

function loneUntitledBefore(m: Mention, recent: readonly Mention[], persons: Map<string, PersonFacts>, gender: 'f' | 'm' | undefined): string | undefined {
  let found: string | undefined;
  let nationals = 0;
  for (let i = recent.length - 1; i >= 0 && m.sentence - recent[i]!.sentence <= 1; i--) {
    const r = recent[i]!;
    const facts = persons.get(r.ref!);
    if (r.sentence < m.sentence && (facts?.country || facts?.leads)) nationals++;
    if (!r.ref!.startsWith('person:') || r.form === 'description') continue;
    // (A rank is no role: "le capitaine X a rejoint ses pairs. Le chef de l'État burkinabè…".)
    if (facts?.leads || facts?.country || titledBeyondRank(facts) || facts?.serves || (gender && facts?.gender && facts.gender !== gender)) continue;
    if (r.sentence === m.sentence || (found && found !== r.ref)) return undefined;
    found = r.ref!;
  }
  return nationals >= 2 ? undefined : found;
}

