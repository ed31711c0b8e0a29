/**
 * Mention detection in one sentence: lexicon matches (countries, capitals, demonyms,
 * organizations, titles, event nouns), then capitalised name sequences for people, each joined to
 * the title around it ("la Première ministre danoise Mette Frederiksen", "Micheál Martin, le
 * Premier ministre irlandais,"). Capitals and seats of power are places after "à", "en",
 * "sommet de"; elsewhere they stand for their government.
 */
import { tokenize, type Token } from '../text/tokenize.ts';
import type { Lexicon, LexEntry } from '../lexicon/lexicon.ts';
import { classesOf, WordClass } from '../text/word-classes.ts';
import { phraseAt } from '../text/phrase-at.ts';
import { fold } from '../text/fold.ts';
import organizations from '../data/organizations.json' with { type: 'json' };
import words from '../data/words.json' with { type: 'json' };
import relations from '../data/relations.json' with { type: 'json' };
import calendar from '../data/calendar.json' with { type: 'json' };
import events from '../data/events.json' with { type: 'json' };
import countryAliases from '../data/country-aliases-fr.json' with { type: 'json' };
import newsAgencies from '../data/news-agencies.json' with { type: 'json' };
import capitalsFr from '../data/capitals-fr.json' with { type: 'json' };
import { mention, type EventMention, type Mention, type PlaceMention, type TitleRef } from './types.ts';
import { beforeInsertedAdverbs, pastInsertedAdverbs } from '../text/inserted-adverbs.ts';
import { heldBeside } from '../events/held-beside.ts';
import { beforeCivility, npStart, scanItems, Slots, text, type Item } from './items.ts';
import { appositiveTitle, buildDescription, distributeDemonyms, governorApposedToName, nameBeforeComma, propagatePluralTitles, SERVANT_NOUNS, titleEndingAt } from './titles.ts';
import type { DefinedBody } from './defined-acronyms.ts';

export interface SentenceMentions {
  mentions: Mention[];
  events: EventMention[];
  places: PlaceMention[];
  /** Token indices of "chefs d'État ou de gouvernement", "dirigeants"… */
  headGroups: number[];
}

const DETERMINERS = new Set(words.determiners);
const BODY_MEETINGS = new Map(Object.entries(events.bodyMeetings));
const MEETING_ADJECTIVES = new Set(events.meetingAdjectives);
const NAME_IS_DEMONYM = new Set(countryAliases.nameIsDemonym);
const PLACE_OR_GENITIVE = new Set([...words.placePrepositions, 'de', "d'"]);
const FUSED_ARTICLES = new Set(words.fusedArticles);
const POSSESSIVES = new Set(words.possessives);
const GENITIVES = new Set(words.genitives);
/** The event noun that only points back to the event told before it ("l'échange", data/events.json). */
export const EXCHANGE = 'exchange';
const PLACE_PREPOSITIONS = new Set(words.placePrepositions);
const TRANSFER = new Set(words.transferWords);
const DEFINITE = new Set([...words.definiteArticles, ...words.fusedArticles]);
const DEMONSTRATIVE = new Set(words.demonstratives);
const INDEFINITE = new Set(['un', 'une']);
/** Nouns after which "de Paris" names a place, not the French government. */
const PLACE_HEADS = new Set(words.placeHeads);
const LISTING = new Set([...words.listingWords, ',']);
/** Words that open a finite verb right after its subject ("X a réuni", "X s'est entretenu", "X n'a pas"). */
const SUBJECT_VERB_OPENERS = new Set(words.subjectVerbOpeners);
const FORCE = organizations.forces;
/** A class, not a set: every token not covered by an item is asked. */
const FORCE_HEADS = new WordClass([...FORCE.heads, ...FORCE.unnamedMissionHeads]);
/** "une mission navale européenne": a mission is a force only when a service and a region (or a qualifier) say so. */
const UNNAMED_MISSION_HEADS = new Set(FORCE.unnamedMissionHeads);
const FORCE_SERVICES = new Set(FORCE.services);
const REGIONAL_MODIFIERS = new Set(FORCE.regionalModifiers);
const NEW_ADJECTIVES = new Set(FORCE.newAdjectives);
const FORCE_QUALIFIERS = new Set(FORCE.qualifiers);
const FORCE_MODIFIERS = FORCE.modifiers.map((m) => m.split(' '));
const FORCE_SELF_QUALIFYING = FORCE.selfQualifying.map((m) => m.split(' '));

/** "les dirigeants réunis mardi à l'Élysée": a participle that tells a gathering, when dated or placed. */
const ASSEMBLED = new Set(relations.attended.assembled);
const ASSEMBLED_REFLEXIVE = new Set(relations.attended.assembledReflexive);
const ASSEMBLED_TRANSITIVE = new Set(relations.attended.assembledTransitive);
const REFLEXIVE_PARTICIPLES = new Set(events.reflexiveParticiples);
const OPENED = new Set(events.openedParticiples);
const REFLEXIVE_AUXILIARIES = new Set(events.reflexiveAuxiliaries);
const ASSEMBLED_FIRST = new Set([...ASSEMBLED, ...ASSEMBLED_REFLEXIVE, ...ASSEMBLED_TRANSITIVE, ...REFLEXIVE_PARTICIPLES, ...OPENED].map((w) => w.charCodeAt(0)));
const WEEKDAYS = new Set(calendar.weekdays);
/** "début janvier", "en mai", "mi-mars": a month told between a verb and its place. */
const MONTH_WORDS = new Set([...calendar.months, ...Object.keys(calendar.monthParts), 'en']);
const ARTICLED = new Set(words.articlesBeforeName);
/** What may follow a place's name in its phrase ("à Évian,", "à Évian pour", "à Évian le 14 juin"). */
export const PLACE_ENDS: ReadonlySet<string> = new Set(['.', ',', ';', ':', ')', '(', ...words.placeEnds, ...calendar.weekdays]);
const NONE_DEFINED: ReadonlyMap<string, DefinedBody> = new Map();
const MONTHS = new Set(calendar.months);

/** The title at `first` is the complement ("du président français") of someone who serves or is close to its holder. */
function servantOf(tokens: Token[], first: number): boolean {
  let p = first - 1;
  if (tokens[p]?.key === 'la' || tokens[p]?.key === "l'") p--;
  if (!GENITIVE_LINKS.has(tokens[p]?.key ?? '')) return false;
  // (Back through a list of them: "…, Y, et du chancelier allemand, Z"; not past a verb or a clause.)
  for (let i = p - 1; i >= Math.max(0, p - 30); i--) {
    const k = tokens[i]!.key;
    if (SERVANT_STOPS.has(k)) return false;
    if (SERVANT_NOUNS.has(k)) return true;
  }
  return false;
}
const SERVANT_STOPS = new Set(['.', ';', ':', ...words.servantStops]);
const GENITIVE_LINKS = new Set(words.genitives);

/** "de jeudi", "du 23 octobre", "des 18 et 19 décembre" at `at`: a day. */
function ofDay(tokens: Token[], at: number): boolean {
  const k = tokens[at]?.key;
  if (k !== 'de' && k !== 'du' && k !== 'des') return false;
  const next = tokens[at + 1];
  return !!next && (WEEKDAYS.has(next.key) || (next.type === 'number' && (MONTHS.has(tokens[at + 2]?.key ?? '') || tokens[at + 2]?.key === 'et')));
}
const AT = new Set(words.locativePrepositions);
const REMOTE_MEANS = new Set(Object.keys(events.remoteMeans));

const REMOTE_SCREENS = new Set(events.remoteScreens);
// (Tokenized as the text is: "à l'est de" is four tokens.)
const NEAR_PHRASES: readonly (readonly string[])[] = events.nearPhrases.map((p) => tokenize(p.join(' ')).map((t) => t.key));
const REMOTE_LINKS = new Set(events.remoteLinks);
const SCREEN_DETERMINERS = new Set(events.screenDeterminers);

/** "par visioconférence", "en vidéo", "par téléphone" from `at`: how one takes part from afar. */
export function remoteMeansAt(tokens: readonly Token[], at: number): boolean {
  const k = tokens[at]?.key;
  const next = tokens[at + 1]?.key ?? '';
  if (k === 'par' || k === 'en') {
    // ("par liaison vidéo", "en duplex"; "par écran interposé", "par écrans interposés".)
    if (REMOTE_MEANS.has(next) || (REMOTE_LINKS.has(next) && (next === 'duplex' || REMOTE_MEANS.has(tokens[at + 2]?.key ?? '')))) return true;
    return k === 'par' && REMOTE_SCREENS.has(next) && (tokens[at + 2]?.key ?? '').startsWith('interpose');
  }
  // ("à distance"; "sur écran", "sur l'écran géant de la salle", "sur grand écran".)
  if (k === 'a') return next === 'distance';
  if (k !== 'sur') return false;
  return REMOTE_SCREENS.has(next) || (SCREEN_DETERMINERS.has(next) && REMOTE_SCREENS.has(tokens[at + 2]?.key ?? ''));
}
const PARTICIPLE_ENDING = /(?:é|ée|és|ées|É|ÉE|ÉS|ÉES)$/;
const NOUN_ARTICLES = new Set(events.eventNounArticles);

const BY_LAST = new Slots(0);
const BY_FIRST = new Slots(0);

export function detectMentions(tokens: Token[], sentence: number, lex: Lexicon, defined: ReadonlyMap<string, DefinedBody> = NONE_DEFINED): SentenceMentions {
  const items = scanItems(tokens, lex);
  // "(Minuss)", "la cheffe de la Minuss": a body the article defined, read as the lexicon's are, not as someone's surname.
  if (defined.size) readDefinedBodies(tokens, items, defined);
  // Sentences are read one at a time, and nothing keeps these after it: reused.
  const byLast = BY_LAST.reset(tokens.length);
  const byFirst = BY_FIRST.reset(tokens.length);
  for (const it of items) {
    byLast.set(it.last, it);
    byFirst.set(it.first, it);
  }
  const out: SentenceMentions = { mentions: [], events: [], places: [], headGroups: [] };

  personMentions(tokens, sentence, items, lex, byLast, byFirst, out);
  lexiconMentions(tokens, sentence, items, lex, byLast, byFirst, out);
  namedMissions(tokens, sentence, items, out);
  if (tokens.some((t) => NAMING_PARTICIPLES.has(t.key))) baptisedForces(tokens, sentence, out);
  if (tokens.some((t) => OPENING_QUOTES.has(t.key))) quotedForces(tokens, sentence, out);
  namedBodies(tokens, sentence, items, out);
  numberedUnits(tokens, sentence, out);
  headNounMentions(tokens, sentence, items, lex, byFirst, out);
  unknownPlaces(tokens, sentence, out);
  assembledGathering(tokens, sentence, out);
  actedTogether(tokens, sentence, out);
  swornIn(tokens, sentence, out);
  if (out.mentions.length > 3) distributeDemonyms(out.mentions, tokens);
  forcesNamedInApposition(tokens, sentence, lex, out);
  sortByPosition(out.mentions);
  return out;
}

const COUNTRY_ANAPHOR_HEADS = new Set(words.countryAnaphorHeads);

// detectMentions' stages, one function each: smaller units for the optimising compiler, and a
// deoptimisation in one recompiles only it.
function personMentions(tokens: Token[], sentence: number, items: Item[], lex: Lexicon, byLast: Slots, byFirst: Slots, out: SentenceMentions): void {
  // People: name sequences with their titles ("Human Rights Watch" is no one).
  // "L'Italie. Le pays hôte fournira…": "le pays" opening a sentence resumes the country just named
  // (mentions/coreference.ts finds which, if any).
  // ("Le royaume a annoncé 3 milliards de dollars" after the Saudi crown prince: a kingdom's too.)
  if ((tokens[0]?.key === 'le' || tokens[0]?.key === "l'") && COUNTRY_ANAPHOR_HEADS.has(tokens[1]?.key ?? '') && !GENITIVES.has(tokens[2]?.key ?? '')) {
    out.mentions.push(mention({ label: 'Country', form: 'anaphor', sentence, first: 1, last: 1, npFirst: 0, surface: `${tokens[0]!.text} ${tokens[1]!.text}` }));
  }
  for (const it of items) {
    if (it.type !== 'name') continue;
    // "Celui-ci a promis du renseignement": the one just named, not someone called so.
    if (it.first === it.last && DEMONSTRATIVE_PRONOUNS.has(tokens[it.first]!.key)) {
      out.mentions.push(mention({ label: 'Person', form: 'anaphor', sentence, first: it.first, last: it.last, npFirst: it.first, surface: tokens[it.first]!.text }));
      continue;
    }
    if (anyOfClass(tokens, it.first, it.last, lex.notInName) || territoryNamed(tokens, it.first) || modelNamed(tokens, it.first, it.last)) continue;
    if (frontedParticiple(tokens, it.first, it.last) || photoCredit(tokens, it.first)) continue;
    // "le dragueur de mines « Locotenent Lupu Dinescu »", "l'opération « Sentinelle »": a name alone between quotation
    // marks is a ship's, an operation's, a book's; the press does not quote people's names.
    if (tokens[it.first - 1]?.key === '"' && tokens[it.last + 1]?.key === '"') continue;
    const person = buildPerson(it, tokens, sentence, byLast, byFirst);
    // "les ingénieurs de la Deutsche Bahn": an article before a bare name makes it a thing, not someone
    // ("une tribune au Daily Telegraph", "au Bella Center": a fused one too).
    if (!person.title && !person.nationality && person.first === it.first && ARTICLED.has(tokens[it.first - 1]?.key ?? '')) continue;
    out.mentions.push(person);
  }
  propagatePluralTitles(out.mentions, tokens);
}

function lexiconMentions(tokens: Token[], sentence: number, items: Item[], lex: Lexicon, byLast: Slots, byFirst: Slots, out: SentenceMentions): void {
  for (const it of items) {
    if (it.type === 'flag') {
      out.mentions.push(mention({ label: 'Country', form: 'flag', sentence, first: it.first, last: it.last, npFirst: it.first, surface: tokens[it.first]!.text, iso2: it.iso2, inTitle: !!it.used }));
      continue;
    }
    if (it.type !== 'lex') continue;
    const e = it.entry;
    const surface = text(tokens, it.first, it.last);
    switch (e.kind) {
      case 'country': {
        // "le bassin du lac Tchad", "le golfe de Guinée", "la mer de Chine": a body of water named after a country, not it.
        if (e.form === 'name' && namesWater(tokens, it.first)) break;
        if ((e.form === 'capital' && isPlace(tokens, it.first, it.last)) || (e.form === 'name' && capitalOfSameName(tokens, it.first, it.last, lex))) {
          out.places.push({ sentence, first: it.first, last: it.last, city: canonicalCity(surface, lex), capitalOf: e.iso2 });
          break;
        }
        out.mentions.push(mention({ label: 'Country', form: e.form === 'capital' ? 'capital' : e.form === 'acronym' ? 'acronym' : 'name', sentence, first: it.first, last: it.last, npFirst: npStart(tokens, it.first), surface, iso2: e.iso2, inTitle: !!it.used }));
        break;
      }
      case 'org': {
        // A body the article defined has no entry: no seat.
        const info = lex.organizations.get(e.id);
        if (info?.seat && isPlace(tokens, it.first, it.last)) {
          out.places.push({ sentence, first: it.first, last: it.last, city: info.seat });
          break;
        }
        out.mentions.push(mention({ label: 'Organization', form: e.acronym ? 'acronym' : 'name', sentence, first: it.first, last: it.last, npFirst: npStart(tokens, it.first), surface: e.named ?? surface, orgId: e.id, inTitle: !!it.used, standing: e.standing ?? false }));
        // "participait à un Conseil européen": one meeting of the body, named by it.
        const meeting = BODY_MEETINGS.get(e.id);
        if (meeting && tokens[it.first - 1]?.key === 'un') out.events.push({ sentence, first: it.first, last: it.last, kind: meeting, determiner: 'indefinite', surface });
        // "Au Conseil européen de jeudi", "le Conseil européen des 18 et 19 décembre": one meeting, told by its day.
        else if (meeting && ofDay(tokens, it.last + 1)) out.events.push({ sentence, first: it.first, last: it.last, kind: meeting, determiner: 'definite', surface });
        // "lors du Conseil européen informel", "au Conseil européen extraordinaire": one meeting, by what kind it was or when.
        else if (meeting && (MEETING_ADJECTIVES.has(tokens[it.last + 1]?.key ?? '') || (tokens[it.first - 2]?.key === 'lors' && tokens[it.first - 1]?.key === 'du'))) {
          const last = MEETING_ADJECTIVES.has(tokens[it.last + 1]?.key ?? '') ? it.last + 1 : it.last;
          out.events.push({ sentence, first: it.first, last, kind: meeting, determiner: 'definite', surface: text(tokens, it.first, last) });
        }
        break;
      }
      case 'demonym': {
        // "dans la capitale lettone": the capital of that country, a place (and no country's mention).
        if (tokens[it.first - 1]?.key === 'capitale' && CAPITALS[e.iso2]?.[0]) {
          out.places.push({ sentence, first: it.first - 1, last: it.last, city: CAPITALS[e.iso2]![0]!, capitalOf: e.iso2 });
          break;
        }
        if (it.used) {
          out.mentions.push(mention({ label: 'Country', form: 'demonym', sentence, first: it.first, last: it.last, npFirst: it.first, surface, iso2: e.iso2, inTitle: true }));
          break;
        }
        const t = tokens[it.first]!;
        const before = it.first > 0 ? tokens[it.first - 1]!.key : '';
        const isNoun = t.cap && DETERMINERS.has(before);
        // "les Américains" starts at its article; "aux Palestiniens" after it, so that "aux" reads as
        // the preposition it also is (à + les).
        const fused = FUSED_ARTICLES.has(before);
        out.mentions.push(mention({
          label: 'Country', form: isNoun ? 'demonym-noun' : 'demonym', sentence, first: it.first, last: it.last,
          npFirst: isNoun && !fused ? it.first - 1 : it.first, surface, iso2: e.iso2, qualifies: adjectiveHead(tokens, it.first, byLast),
        }));
        break;
      }
      case 'title': {
        // "des chefs d'État comme …": the people listed lead their countries.
        if (e.title.plural && e.title.leads && e.title.scope === 'country') out.headGroups.push(it.first);
        if (it.used) break;
        const d = buildDescription(it, tokens, sentence, byLast, byFirst);
        if (d) out.mentions.push(d);
        break;
      }
      case 'event': {
        // "par visioconférence", "en visioconférence": how one takes part, not an event of its own.
        if (remoteMeansAt(tokens, it.first - 1)) break;
        // "avaient rencontré": the participle of a verb, folded like the noun "rencontre".
        // (Not a noun that ends so itself, after its article: "un aparté".)
        if (PARTICIPLE_ENDING.test(tokens[it.last]!.text) && !(it.first === it.last && NOUN_ARTICLES.has(tokens[it.first - 1]?.key ?? ''))) break;
        if (givenToMedia(tokens, it.first, it.last)) break;
        const determiner = determinerOf(tokens, it.first);
        // "l'échange, auquel X s'est joint" points back to the event told; "un échange de prisonniers" is none.
        if (e.eventKind === EXCHANGE && ((determiner !== 'definite' && determiner !== 'demonstrative') || GENITIVES.has(tokens[it.last + 1]?.key ?? ''))) break;
        out.events.push({ sentence, first: it.first, last: it.last, kind: e.eventKind, determiner, surface });
        break;
      }
      case 'head-group':
        out.headGroups.push(it.first);
        break;
      case 'place':
        out.places.push(e.iso2 ? { sentence, first: it.first, last: it.last, city: e.city, iso2: e.iso2 } : { sentence, first: it.first, last: it.last, city: e.city });
        break;
      case 'former':
        break;
    }
  }
}

function headNounMentions(tokens: Token[], sentence: number, items: Item[], lex: Lexicon, byFirst: Slots, out: SentenceMentions): void {
  // Organizations referred to by their head noun ("la Commission", "cette coalition"), and forces.
  const covered = coveredBuffer(tokens.length);
  for (const it of items) if (!(it.type === 'lex' && it.entry.kind === 'demonym')) covered.fill(1, it.first, it.last + 1);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i]!;
    const classes = classesOf(t);
    if (!(classes & (FORCE_HEADS.bit | lex.orgAnaphor))) continue;
    const forceHead = (classes & FORCE_HEADS.bit) !== 0;
    if (forceHead) {
      const force = matchForce(tokens, i, sentence, byFirst);
      if (force) {
        out.mentions.push(force);
        i = force.last;
        continue;
      }
    }
    const anaphorIds = classes & lex.orgAnaphor ? lex.orgAnaphors.get(t.key) : undefined;
    // ("la mission" alone stands for no force: only as qualified above.)
    if (!anaphorIds && (!forceHead || UNNAMED_MISSION_HEADS.has(t.key))) continue;
    // ("la nouvelle force", "la future force": an adjective of time may stand between.)
    const aged = forceHead && NEW_ADJECTIVES.has(tokens[i - 1]?.key ?? '') ? 1 : 0;
    const prev = tokens[i - 1 - aged]?.key ?? '';
    const next = tokens[i + 1]?.key ?? '';
    if ((DEFINITE.has(prev) || DEMONSTRATIVE.has(prev)) && !GENITIVES.has(next)) {
      // "au fonds", "du fonds": the fused article is also the preposition, read as such (as for "aux Palestiniens").
      out.mentions.push(mention({ label: 'Organization', form: 'anaphor', sentence, first: i, last: i, npFirst: FUSED_ARTICLES.has(prev) ? i - aged : i - 1 - aged, surface: t.text, orgId: anaphorIds ? anaphorIds.join('|') : 'force' }));
    }
  }
}

/** ", dans la banlieue de Londres", ", près de Paris" after `last`: what ends there is a place, told by where it lies. */
export function locatedNear(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.key === ',' && phraseAt(tokens, last + 2, NEAR_PHRASES) > 0;
}

const STAYED_AT = new Set(words.stayedAt);

function unknownPlaces(tokens: Token[], sentence: number, out: SentenceMentions): void {
  // Unknown capitalised words after "à"/"en" are places ("en Floride"), ending their phrase (not "promis à X « un filet »");
  // after "de" too when where it lies follows ("au quartier général de Northwood, dans la banlieue de Londres").
  let stayedAt: Mention | undefined;
  for (const m of out.mentions) {
    if (m.label !== 'Person' || m.title || m.nationality) continue;
    const before = tokens[m.first - 1]?.key;
    // ("Resté à Aïn el-Tiné, il…": a name of several words after where one stayed is a place, and no one.)
    if (m.form !== 'surname') {
      if (before === 'a' && STAYED_AT.has(tokens[m.first - 2]?.key ?? '') && PLACE_ENDS.has(tokens[m.last + 1]?.key ?? '.')) stayedAt = m;
      else continue;
    }
    const near = locatedNear(tokens, m.last);
    if (((before === 'a' || before === 'en') && PLACE_ENDS.has(tokens[m.last + 1]?.key ?? '.')) || ((before === 'de' || before === "d'") && near)) {
      out.places.push({ sentence, first: m.first, last: m.last, city: m.surface });
    }
  }
  if (stayedAt) out.mentions.splice(out.mentions.indexOf(stayedAt), 1);
}

/** "se sont retrouvés", "s'est à son tour réunie", "se sont de nouveau réunis": the reflexive auxiliary before the participle at `at`. */
function reflexiveBefore(tokens: Token[], at: number): boolean {
  const k = beforeInsertedAdverbs(tokens, at);
  return REFLEXIVE_AUXILIARIES.has(tokens[k]?.key ?? '') && (tokens[k - 1]?.key === 'se' || tokens[k - 1]?.key === "s'");
}

/**
 * "Une trentaine de dirigeants réunis mardi à l'Élysée ont adopté…": a gathering told by its
 * participle alone, no noun, or by "réunir" ("X a réuni mardi à Paris ses homologues"). It is one
 * when a weekday follows, or a place right after "à"/"en" ("réunis à Bruxelles"), not "réunis au
 * sein de l'OTAN" nor "réunis autour d'un projet".
 */
const NEAR_DAYS = new Set(calendar.nearDays);

function assembledGathering(tokens: Token[], sentence: number, out: SentenceMentions): void {
  // From the first token: "Réunis jeudi à Bruxelles, les dirigeants…" may open the sentence.
  for (let i = 0; i < tokens.length - 1; i++) {
    const key = tokens[i]!.key;
    // Most words are skipped by their first letter ("réunis", "rassemblés", "retrouveront" start with r).
    if (!ASSEMBLED_FIRST.has(key.charCodeAt(0))) continue;
    // "se réunira", and "se sont retrouvés" (not "retrouvés" alone: "les corps retrouvés mardi à…").
    const reflexive =
      (ASSEMBLED_REFLEXIVE.has(key) && i > 0 && (tokens[i - 1]!.key === 'se' || tokens[i - 1]!.key === "s'")) ||
      (REFLEXIVE_PARTICIPLES.has(key) && reflexiveBefore(tokens, i));
    // "Le Forum des îles du Pacifique s'est ouvert mardi à Suva": a body's meeting that opened itself.
    const opened = OPENED.has(key) && tokens[i - 1]?.key === 'est' && tokens[i - 2]?.key === "s'" && out.mentions.some((m) => m.label === 'Organization' && m.last === i - 3) && !out.events.some((e) => e.first < i);
    // "X a réuni mercredi à Djeddah les délégations", "le Conseil, réuni jeudi à Bruxelles".
    if (!ASSEMBLED.has(key) && !reflexive && !ASSEMBLED_TRANSITIVE.has(key) && !opened) continue;
    // ("se réunira de nouveau à Paris": past an inserted adverb.)
    let at = reflexive ? pastInsertedAdverbs(tokens, i + 1) : i + 1;
    // ("doivent se retrouver début janvier à Paris", "se réunira en mai à Rome": past a month, to the place.)
    if (reflexive) for (const from = at; at < from + 3 && MONTH_WORDS.has(tokens[at]?.key ?? ''); ) at++;
    // "réunis mardi à", "réunis ce mardi", "réunis les 24 et 25 juin à"
    if (tokens[at]!.key === 'ce' && WEEKDAYS.has(tokens[at + 1]?.key ?? '')) at++;
    // ("Jeudi soir, …, les dirigeants s'étaient retrouvés dans une salle": dated by the sentence's opening, when reflexive.)
    // ("Réunis hier au Quai d'Orsay": a relative day too.)
    let dated = WEEKDAYS.has(tokens[at]!.key) || NEAR_DAYS.has(tokens[at]!.key);
    if (dated) at++;
    // ("Ce jeudi 29 janvier, à Addis-Abeba, le Conseil … s'est réuni au niveau des chefs d'État" too.)
    else if (reflexive && (WEEKDAYS.has(tokens[0]!.key) || (tokens[0]!.key === 'ce' && WEEKDAYS.has(tokens[1]?.key ?? '')))) dated = true;
    else {
      const end = dayOfMonthEnd(tokens, at);
      if (end > at) {
        dated = true;
        at = end;
      }
    }
    const placed = AT.has(tokens[at]?.key ?? '') && out.places.some((p) => p.first > at && p.first <= at + 2);
    // "se sont réunis ce mardi en visioconférence": a meeting held remotely; the means is no event of its own.
    const remote = remoteMeansAt(tokens, at);
    // "Réunis en marge du sommet, les dirigeants de la coalition…", "Avant l'ouverture du sommet, X avait réuni
    // les dirigeants…": a gathering of its own, beside the one named (not in reflexive "se retrouveront").
    const beside = (ASSEMBLED.has(key) || ASSEMBLED_TRANSITIVE.has(key)) && out.events.some((e) => heldBeside(tokens, e));
    if (!dated && !placed && !remote && !beside) continue;
    if (remote) out.events = out.events.filter((e) => e.first !== at + 1);
    if (!beside && out.events.some((e) => e.first > i && e.first <= at + 3)) continue;
    const e: EventMention = { sentence, first: i, last: i, kind: 'meeting', determiner: 'none', surface: tokens[i]!.text, verbal: true };
    insertEvent(out, e);
  }
}

/**
 * "trente-cinq pays ont adopté, mardi à Paris, une déclaration", "les représentants d'une trentaine de pays ont
 * signé jeudi à Bruxelles": a numbered group acting together, on a day or at a place told right after its
 * verb, was gathered (a meeting, told by its verb, when the sentence names no gathering).
 */
function actedTogether(tokens: Token[], sentence: number, out: SentenceMentions): void {
  if (out.events.length > 0) return;
  for (let i = 1; i < tokens.length - 2; i++) {
    if (tokens[i]!.key !== 'ont' || !ACTED.has(tokens[i + 1]!.key) || !countedGroupBefore(tokens, i)) continue;
    let at = i + 2;
    if (tokens[at]?.key === ',') at++;
    const dated = WEEKDAYS.has(tokens[at]?.key ?? '');
    if (dated) at++;
    const placed = AT.has(tokens[at]?.key ?? '') && out.places.some((p) => p.first > at && p.first <= at + 2);
    if (!dated && !placed) continue;
    insertEvent(out, { sentence, first: i + 1, last: i + 1, kind: 'meeting', determiner: 'none', surface: tokens[i + 1]!.text, verbal: true });
    return;
  }
}

/** "trente-cinq pays", "une trentaine de dirigeants", "27 chefs d'État" in the few words before `at`. */
function countedGroupBefore(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 10); k--) {
    if (!ACTED_GROUPS.has(tokens[k]!.key)) continue;
    let c = k - 1;
    if (tokens[c]?.key === 'de' || tokens[c]?.key === "d'") c--;
    const count = tokens[c];
    if (!count) return false;
    if (count.type === 'number') return Number(count.text.replace(/\s/g, '')) >= 3;
    return ACTED_COUNTS.has(count.key.split('-')[0]!);
  }
  return false;
}
const ACTED = new Set(events.actedTogether.verbs);
const ACTED_GROUPS = new Set(events.actedTogether.groups);
// (From three: "les deux pays ont signé" is a bilateral, no gathering.)
const ACTED_COUNTS = new Set([...words.cardinals.filter((w) => w !== 'deux'), ...events.actedTogether.counts]);

/**
 * "(Minuss)", "la cheffe de la Minuss", "la Force en attente de la CEDEAO": a body the article defined,
 * read as the lexicon's are (its acronym is not someone's surname, its full name not a generic force).
 */
function readDefinedBodies(tokens: Token[], items: Item[], defined: ReadonlyMap<string, DefinedBody>): void {
  for (const body of defined.values()) {
    // "L'Amiral Cabanier fera escale": a ship's name, wherever it is written, is no one's.
    if (body.vessel) {
      readSpans(tokens, items, body.keys, undefined, 'first');
      continue;
    }
    // "(Minuss)", "(Eunavfor MCA)": the acronym, written with its capital.
    readSpans(tokens, items, body.acronymKeys, { kind: 'org', id: body.id, acronym: true, standing: body.standing }, 'some');
    readSpans(tokens, items, body.keys, { kind: 'org', id: body.id, acronym: false, standing: body.standing, ...(body.described ? { named: body.name } : {}) }, 'none');
  }
}

/**
 * Reads every run of `keys` in the sentence as `entry` (none: as nothing), in place of the items it
 * overlaps; written with a capital on its first word, on some word (an acronym: "RIMa" in "1er RIMa"), or either way.
 */
function readSpans(tokens: Token[], items: Item[], keys: string[], entry: LexEntry | undefined, capital: 'first' | 'some' | 'none'): void {
  const n = keys.length;
  if (n === 0) return;
  for (let at = 0; at + n <= tokens.length; at++) {
    if (tokens[at]!.key !== keys[0] || !keys.every((k, j) => tokens[at + j]!.key === k)) continue;
    if (capital === 'first' && !tokens[at]!.cap) continue;
    if (capital === 'some' && !keys.some((_, j) => /^\p{Lu}/u.test(tokens[at + j]!.text))) continue;
    const last = at + n - 1;
    const kept = items.filter((x) => x.last < at || x.first > last);
    if (entry) kept.push({ type: 'lex', first: at, last, entry });
    kept.sort((a, b) => a.first - b.first);
    items.splice(0, items.length, ...kept);
  }
}

const DEMONSTRATIVE_PRONOUNS = new Set(['celui-ci', 'celle-ci']);
const CAPITALS = capitalsFr.capitals as Record<string, string[] | undefined>;

/**
 * "Réunis deux jours à Bruxelles, …", "Interrogée à la sortie du déjeuner, …", "Invité, le président…": a
 * participle opening the sentence, capitalised, is no one's name.
 */
function frontedParticiple(tokens: Token[], first: number, last: number): boolean {
  if (first !== last || first > 2 || (first > 0 && tokens[first - 1]!.type === 'word')) return false;
  // ("Vêtu d'un costume sombre, M. X…", "Venue de Kiev, Y…".)
  // (These are no names, whatever follows.)
  if (I_PARTICIPLES.has(tokens[first]!.key) || PRESENT_ADJECTIVES.has(tokens[first]!.key)) return true;
  if (!/(?:é|ée|és|ées|is|ies|u|ue|us|ues)$/.test(tokens[first]!.text)) return false;
  const next = tokens[first + 1];
  return !!next && (next.type !== 'word' || PARTICIPLE_FOLLOWERS.has(next.text));
}
// ("Accueilli peu après 10 heures sur le parvis par X, …": participles in -i, which no name is.)
const I_PARTICIPLES = new Set(words.iParticiples);
// ("Présente lors de la signature, la ministre X…": the adjective, fronted as a participle is.)
const PRESENT_ADJECTIVES = new Set(words.presentAdjectives);
const PARTICIPLE_FOLLOWERS = new Set([',', ...words.participleFollowers, ...calendar.weekdays]);

/** "… à Stockholm. AFP/Jonas X", "© Reuters - Oleksandr Y": the photographer a caption credits after an agency. */
function photoCredit(tokens: Token[], first: number): boolean {
  const sep = tokens[first - 1]?.text;
  return (sep === '/' || sep === '-' || sep === '–') && PHOTO_AGENCIES.has(tokens[first - 2]?.text ?? '');
}
const PHOTO_AGENCIES = new Set([...newsAgencies.agencies, ...newsAgencies.photoAgencies, 'REUTERS']);

/** "dans un entretien à la télévision nationale", "un entretien accordé au Monde": an interview, no event. */
function givenToMedia(tokens: Token[], first: number, last: number): boolean {
  if (first !== last || !INTERVIEW_NOUNS.has(tokens[first]!.key)) return false;
  // "ENTRETIEN - De passage à Paris, la ministre…", "Entretien. La ministre…": the genre's rubric.
  if (first === 0 && (tokens[0]!.allCaps || ['-', '.', ':', '–', '—'].includes(tokens[1]?.key ?? ''))) return true;
  let p = last + 1;
  if (/^accorde/.test(tokens[p]?.key ?? '')) return true;
  if (!['a', 'au', 'aux'].includes(tokens[p]?.key ?? '')) return false;
  p++;
  if (['la', 'le', "l'", 'les'].includes(tokens[p]?.key ?? '')) p++;
  return MEDIA.has(tokens[p]?.key ?? '');
}
const INTERVIEW_NOUNS = new Set(events.givenToMedia.nouns);
const MEDIA = new Set(events.givenToMedia.media);

/** "X a prêté serment lundi à Tunis", "X a été investie mardi en présence de…": a swearing-in, unless a noun names it next ("lors d'une cérémonie"). */
function swornIn(tokens: Token[], sentence: number, out: SentenceMentions): void {
  for (let i = 1; i < tokens.length; i++) {
    const key = tokens[i]!.key;
    const sworn = key === SWORN.oathNoun ? OATH.has(tokens[i - 1]!.key) : INVESTED.has(key) && INVESTED_AUXILIARIES.has(tokens[i - 1]!.key);
    if (!sworn || out.events.some((e) => e.first > i && e.first <= i + 8)) continue;
    // Told as a scene, at a place or before guests; "a été investie présidente par intérim dimanche"
    // only says she took office.
    const placed = out.places.some((p) => p.first > i && p.first <= i + 6 && AT.has(tokens[p.first - 1]!.key));
    if (!placed && !tokens.some((t) => t.key === 'presence')) continue;
    const first = key === SWORN.oathNoun ? i - 1 : i;
    const e: EventMention = { sentence, first, last: i, kind: 'ceremony', determiner: 'none', surface: text(tokens, first, i), verbal: true };
    insertEvent(out, e);
  }
}
const SWORN = events.swornIn;
const OATH = new Set(SWORN.oath);
const INVESTED = new Set(SWORN.invested);
const INVESTED_AUXILIARIES = new Set(SWORN.investedAuxiliaries);

/** An event found by its verb, among the noun events in text order. */
function insertEvent(out: SentenceMentions, e: EventMention): void {
  const before = out.events.findIndex((x) => x.first > e.first);
  if (before < 0) out.events.push(e);
  else out.events.splice(before, 0, e);
}

/** Past "le 24 juin", "les 24 et 25 juin 2026" from `at`, or `at`. */
function dayOfMonthEnd(tokens: Token[], at: number): number {
  let p = at;
  if (tokens[p]?.key !== 'le' && tokens[p]?.key !== 'les') return at;
  p++;
  while (tokens[p]?.type === 'number' || tokens[p]?.key === 'et' || tokens[p]?.key === 'er') p++;
  if (p === at + 1 || !MONTHS.has(tokens[p]?.key ?? '')) return at;
  p++;
  if (tokens[p]?.type === 'number') p++;
  return p;
}

/** "la province de Cabo Delgado", "la région d'Ituri": a territory's name, no person. */
function territoryNamed(tokens: Token[], first: number): boolean {
  const prev = tokens[first - 1]?.key;
  // ("au palais Huis ten Bosch", "le camp Bondsteel": the name right after the noun.)
  return ((prev === 'de' || prev === "d'" || prev === 'du') && TERRITORY_NOUNS.has(tokens[first - 2]?.key ?? '')) || (TERRITORY_NOUNS.has(prev ?? '') && !tokens[first - 1]!.cap);
}
const TERRITORY_NOUNS = new Set(words.territoryNouns);

/** "lac Tchad", "golfe de Guinée", "mer de Chine": a water noun right before the name, or before its "de". */
function namesWater(tokens: Token[], first: number): boolean {
  const prev = tokens[first - 1]?.key ?? '';
  return WATER_NOUNS.has(prev) || ((prev === 'de' || prev === "d'") && WATER_NOUNS.has(tokens[first - 2]?.key ?? ''));
}
const WATER_NOUNS = new Set(words.waterNouns);

/** "des chars Abrams", "les missiles Patriot": one capitalised word after a kind of equipment is its model, no one. */
function modelNamed(tokens: Token[], first: number, last: number): boolean {
  // ("des missiles Storm Shadow", "l'hôtel Bayerischer Hof": a model or a building of a few words; "huit Eurofighter",
  // "12 Rafale": counted, a model; "le format Weimar": a group of countries.)
  const before = tokens[first - 1]?.key ?? '';
  const counted = tokens[first - 1]?.type === 'number' || CARDINALS.has(before);
  return (last - first <= 2 && (EQUIPMENT_NOUNS.has(before) || counted || FORMAT_NOUNS.has(before))) || (last > first && last - first <= 2 && VENUE_NOUNS.has(before));
}
const EQUIPMENT_NOUNS = new Set(words.equipmentNouns);
const CARDINALS = new Set(words.cardinals);
const FORMAT_NOUNS = new Set(words.formatNouns);
const VENUE_NOUNS = new Set(words.venueNouns);

/**
 * In text order, in place: a sentence has a handful of mentions, and Array#sort would copy them
 * into a new array on every sentence. Stable, like Array#sort, so ties keep their order.
 */
function sortByPosition(mentions: Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    let j = i - 1;
    for (; j >= 0 && (mentions[j]!.first - m.first || mentions[j]!.last - m.last) > 0; j--) mentions[j + 1] = mentions[j]!;
    mentions[j + 1] = m;
  }
}

/** Some token of [first, last] is of the word class `bit`. */
function anyOfClass(tokens: Token[], first: number, last: number, bit: number): boolean {
  for (let i = first; i <= last; i++) if (classesOf(tokens[i]!) & bit) return true;
  return false;
}

/** One buffer for the tokens covered by lexicon items, reused by every sentence (zeroed for each). */
let covering = new Uint8Array(256);
function coveredBuffer(n: number): Uint8Array {
  if (covering.length < n) covering = new Uint8Array(Math.max(n, covering.length * 2));
  covering.fill(0, 0, n);
  return covering;
}

function canonicalCity(surface: string, lex: Lexicon): string {
  return lex.cityNames.get(fold(surface)) ?? surface;
}


function determinerOf(tokens: Token[], at: number): EventMention['determiner'] {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const k = tokens[i]!.key;
    if (DEMONSTRATIVE.has(k)) return 'demonstrative';
    if (POSSESSIVES.has(k)) return 'possessive';
    if (INDEFINITE.has(k)) return 'indefinite';
    if (DEFINITE.has(k)) return 'definite';
    if (tokens[i]!.type !== 'word') break;
  }
  return 'none';
}

/**
 * "à Paris", "en Floride", "sommet de Paris", "au palais de l'Élysée", a dateline ("Vilnius, le
 * 24 juin"): the name is a place. "l'aide à Kiev" is the Ukrainian government receiving it.
 */
/** "à Djibouti", "à Luxembourg", "KOWEÏT, 3 mai -": the capital named as its country is, in a place's position ("au Luxembourg" is the country). */
function capitalOfSameName(tokens: Token[], first: number, last: number, lex: Lexicon): boolean {
  if (!lex.cities.has(fold(text(tokens, first, last)))) return false;
  if (first === 0) return isPlace(tokens, first, last);
  return tokens[first - 1]!.text === 'à' || tokens[first - 1]!.text === 'À';
}

function isPlace(tokens: Token[], first: number, last = first): boolean {
  if (first === 0 && ['(', '-', '–'].includes(tokens[last + 1]?.key ?? '')) return true;
  // "PARIS, 6 janvier (AFP)", "Bruxelles, le 12 mars": a dateline; "Berlin, de son côté, refuse…"
  // is the government speaking.
  if (first === 0 && tokens[last + 1]?.key === ',') return datelineAfter(tokens, last + 2) || tokens[first]!.allCaps;
  let p = first - 1;
  if (p >= 0 && ['la', 'le', "l'"].includes(tokens[p]!.key)) p--;
  const prev = tokens[p]?.key ?? '';
  if (PLACE_PREPOSITIONS.has(prev)) {
    // "Quant à Moscou, qui dénonce…": the topic of the sentence, a government.
    if (prev === 'a' && tokens[p - 1]?.key === 'quant') return false;
    if (prev === 'a' || prev === 'au') {
      // "livrer des systèmes de défense antiaérienne à Kiev": the receiver, unless a gathering or a
      // comma comes between ("a promis une aide lors du sommet à Washington").
      for (let q = p - 1; q >= Math.max(0, p - 10); q--) {
        const k = tokens[q]!.key;
        if (TRANSFER.has(k)) return false;
        if (k === ',' || PLACE_HEADS.has(k)) break;
      }
    }
    return true;
  }
  if (prev === 'de' || prev === "d'" || prev === 'du') {
    for (let q = p - 1; q >= Math.max(0, p - 3); q--) if (PLACE_HEADS.has(tokens[q]!.key)) return true;
  }
  if (prev === 'de' && tokens[p - 1]?.key === 'pres') return true;
  return false;
}

/** A date opens the text at `at`: a day number, a weekday or a month, "le 6". */
export function datelineAfter(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t) return true;
  if (t.type === 'number' || WEEKDAYS.has(t.key) || MONTHS.has(t.key)) return true;
  return t.key === 'le' && tokens[at + 1]?.type === 'number';
}

/** The noun a demonym adjective qualifies: the word before it, skipping other adjectives. */
function adjectiveHead(tokens: Token[], at: number, byLast: Slots): number | undefined {
  let p = at - 1;
  while (p >= 0) {
    const it = byLast.get(p);
    if (it && it.type === 'lex' && it.entry.kind === 'demonym') {
      p = it.first - 1;
      continue;
    }
    if (tokens[p]!.key === 'et' || tokens[p]!.key === ',') {
      p--;
      continue;
    }
    break;
  }
  return p >= 0 && tokens[p]!.type === 'word' ? p : undefined;
}

/**
 * "Au déjeuner offert par le président français à l'Élysée, X était assis entre…": the comma at `comma` closes a
 * phrase fronted by a preposition, its first comma, and the name after it is the subject of the main verb —
 * the title before it is someone else's, no apposition.
 */
function closesFrontedPhrase(tokens: Token[], comma: number, last: number): boolean {
  if (!FRONTING_PREPOSITIONS.has(tokens[0]?.key ?? '') && !FRONTING_PARTICIPLES.has(tokens[0]?.key ?? '')) return false;
  for (let k = 1; k < comma; k++) if (tokens[k]!.key === ',') return false;
  // ("Assis aux côtés du Premier ministre qatari, X, l'envoyé spécial de la Maison Blanche, a suivi…": its own apposition first.)
  // (Only after a participle: "À l'invitation de la Première ministre, X, les chefs d'État…" is her name.)
  const apposed = FRONTING_PARTICIPLES.has(tokens[0]!.key) && tokens[last + 1]?.key === ',' && ['le', 'la', "l'"].includes(tokens[last + 2]?.key ?? '');
  return FINITE_AFTER_SUBJECT.has(tokens[last + 1]?.key ?? '') || apposed;
}
/** The name ending at `nameLast` closes a fronted phrase (its first comma) and the title after it, ending at `titleLast`, is followed by a verb. */
function frontedBeforeSubject(tokens: Token[], nameLast: number, titleLast: number): boolean {
  if (tokens[nameLast + 1]?.key !== ',' || !(FRONTING_PREPOSITIONS.has(tokens[0]?.key ?? '') || FRONTING_PARTICIPLES.has(tokens[0]?.key ?? ''))) return false;
  for (let k = 1; k <= nameLast; k++) if (tokens[k]!.key === ',') return false;
  const next = tokens[titleLast + 1];
  return !!next && next.type === 'word' && !next.cap && (FINITE_AFTER_SUBJECT.has(next.key) || /(?:e|ent|ait)$/.test(next.key)) && next.key !== 'de' && next.key !== 'et';
}
const FRONTING_PARTICIPLES = new Set(words.frontingParticiples);
const FRONTING_PREPOSITIONS = new Set(words.frontingPrepositions);
const FINITE_AFTER_SUBJECT = new Set(words.finiteAfterSubject);

/** Where "Son Excellence" or "SEM" opens right before `first` or its article ("…, Son Excellence le Capitaine X"), else `first`. */
function protocolCivilityStart(tokens: Token[], first: number): number {
  const k = DEFINITE.has(tokens[first - 1]?.key ?? '') ? first - 1 : first;
  if (tokens[k - 1]?.key === 'excellence' && (tokens[k - 2]?.key === 'son' || tokens[k - 2]?.key === 'sa')) return k - 2;
  return tokens[k - 1]?.key === 'sem' ? k - 1 : first;
}

function buildPerson(it: Item, tokens: Token[], sentence: number, byLast: Slots, byFirst: Slots): Mention {
  const surface = text(tokens, it.first, it.last);
  // "son homologue vietnamienne, Mme X", "le ministre, M. X": the title is read past the civility.
  let j = beforeCivility(tokens, it.first - 1);
  let nationality: string | undefined;
  while (j >= 0 && tokens[j]!.type === 'flag') {
    nationality ??= tokens[j]!.flag;
    const f = byLast.get(j);
    if (f) f.used = true;
    j--;
  }
  let title: TitleRef | null = null;
  let first = it.first;
  const demonymNoun = byLast.get(j);
  // "le Suisse Lukas Imhof": a country whose name is its demonym, as a noun before a name.
  const entry = demonymNoun?.type === 'lex' ? demonymNoun.entry : undefined;
  const demonymIso =
    entry?.kind === 'demonym' ? entry.iso2 : entry?.kind === 'country' && entry.form === 'name' && NAME_IS_DEMONYM.has(entry.iso2) && DEFINITE.has(tokens[demonymNoun!.first - 1]?.key ?? '') ? entry.iso2 : undefined;
  if (demonymNoun && demonymIso && tokens[demonymNoun.first]!.cap && !titleEndingAt(j, tokens, new Slots(0))) {
    // "la Danoise Mette Frederiksen"
    const before = byLast.get(demonymNoun.first - 1);
    if (!(before && before.type === 'lex' && before.entry.kind === 'title')) {
      nationality = demonymIso;
      demonymNoun.used = true;
      first = demonymNoun.first;
      // "le secrétaire général de l'ONU, le Portugais António Guterres": the title before the comma is his.
      const det = demonymNoun.first - 1;
      if (DEFINITE.has(tokens[det]?.key ?? '') && tokens[det - 1]?.key === ',') {
        const titled = titleEndingAt(det - 2, tokens, byLast);
        // ("le président français, le Britannique X": another country's leader, listed before him.)
        if (titled && !(titled.country && titled.country !== demonymIso)) {
          title = titled;
          first = titled.first;
        }
      }
    }
  }
  if (first === it.first) {
    title = titleEndingAt(j, tokens, byLast);
    if (!title && tokens[j]?.key === ',' && !closesFrontedPhrase(tokens, j, it.last) && !listedWithTitlesAfter(tokens, j, it.last, byLast, byFirst)) {
      title = tentatively(tokens, byLast, () => titleEndingAt(j - 1, tokens, byLast) ?? undefined) ?? null;
      // ("…, le Néerlandais A, secrétaire général de l'Otan, B…": a bare title between two names
      // is the apposition of the one before it.)
      if (title && !nameBeforeComma(tokens, title.first - 1, byLast)) title = titleEndingAt(j - 1, tokens, byLast);
      else title = null;
    }
    // "Le chef de la junte malienne, le général X", "son homologue burkinabè, le capitaine X",
    // "le Premier ministre qatari, cheikh X": the leading title (or counterpart) set before the rank is his too;
    // so is it before a former one ("la présidente de la banque, l'ancienne cheffe d'État X").
    // (In protocol style past the civility: "Chef de l'État du Mali, Son Excellence le Général d'armée X".)
    const civility = title ? protocolCivilityStart(tokens, title.first) : -1;
    const rankAfterComma = title && (!title.title.leads || title.former) ? commaBefore(tokens, civility) : -1;
    if (title && rankAfterComma > 0) {
      const leading = titleEndingAt(rankAfterComma - 1, tokens, byLast);
      // (Not a list: "son homologue ukrainien, l'envoyé spécial américain X" are two people. A counterpart before a
      // civility is left to the titles protocol sets after the name: "son homologue, Son Excellence le Général X, Président de la République du Niger".)
      const counterpart = leading?.title.counterpart && civility === title.first;
      // ("le ministre de la Défense, le général X": a rank after a minister's title is the minister's.)
      const minister = leading?.title.role === 'minister' && title.title.role === 'military';
      if (leading && !leading.former && ((leading.title.leads && (leading.country || leading.org)) || counterpart || minister) && !(title.country && leading.country && title.country !== leading.country)) title = leading;
    }
    // "Le vice-Premier ministre polonais et ministre de la Défense, X": two titles of one holder; the
    // leading one is his, else the second takes the first's country.
    if (title && tokens[title.first - 1]?.key === 'et') {
      const other = tentatively(tokens, byLast, () => titleEndingAt(title!.first - 2, tokens, byLast) ?? undefined);
      if (other && !other.former && other.title.leads && (other.country || other.org)) title = other;
      else if (other && !title.country && !title.org && other.country) title.country = other.country;
      if (other) title.first = other.first;
    }
    // "Les conseillers du président français, X, du premier ministre britannique, Y": the names are the
    // advisers', the titles their principals'.
    // (Their principal's title leads nothing of theirs, as a former one would not.) Not a name right after the title:
    // "le porte-parole du président russe Vladimir X, Dmitri Y" — the name is the principal's.
    // ("Dmitri Y, le porte-parole du président russe, Vladimir X,": the servant named before, X is the president.)
    if (title && title.title.leads && tokens[title.last + 1]?.key === ',' && servantOf(tokens, title.first) && !governorApposedToName(title.first, tokens, byLast)) title.former = true;
    if (title) first = title.first;
  }
  let alsoTitle = title?.title.leads && !title.former ? tentatively(tokens, byLast, () => leadingTitleBefore(title!, tokens, byLast)) : undefined;
  // "Absent d'Évian, le président américain, …": one word after a preposition is a place left, not the name of the title after it.
  if (!title && !(it.first === it.last && PLACE_OR_GENITIVE.has(tokens[it.first - 1]?.key ?? ''))) {
    // ("Lors d'une conférence de presse avec X, le chef de l'État ukrainien s'est dit…", "Assis entre A et B, le président
    // ukrainien demande…": the name ends a fronted phrase, the title after its comma is the main clause's subject, left unread.)
    const fronted = tokens[it.last + 1]?.key === ',' && (FRONTING_PREPOSITIONS.has(tokens[0]?.key ?? '') || FRONTING_PARTICIPLES.has(tokens[0]?.key ?? ''));
    title = fronted
      ? (tentatively(tokens, byLast, () => {
          const after = appositiveTitle(it.last, tokens, byLast, byFirst);
          return after && !frontedBeforeSubject(tokens, it.last, after.last) ? after : undefined;
        }) ?? null)
      : appositiveTitle(it.last, tokens, byLast, byFirst);
  }
  else if (title && (title.title.role === 'military' || title.title.role === 'honorific') && !title.former) {
    // "le Général d'armée X, Président de la République du Niger": a rank before the name, the office after it.
    const office = tentatively(tokens, byLast, () => {
      const after = appositiveTitle(it.last, tokens, byLast, byFirst);
      return after?.title.leads && !after.former && (after.country || after.org) ? after : undefined;
    });
    if (office) title = office;
  }
  else if (title?.title.leads && !title.former && !alsoTitle) {
    // "Le président kényan, X, président en exercice de l'Union africaine,": a second leading title after the name.
    alsoTitle = tentatively(tokens, byLast, () => {
      const after = appositiveTitle(it.last, tokens, byLast, byFirst);
      return after?.title.leads && !after.former && after.org && after.org !== title!.org ? after : undefined;
    });
  }
  if (title && title.title.leads && !title.country && !title.org && ['de', "d'", 'du'].includes(tokens[it.last + 1]?.key ?? '')) {
    // "le roi Abdallah II de Jordanie", "le président Lula du Brésil"
    const c = byFirst.get(it.last + 2);
    if (c && c.type === 'lex' && c.entry.kind === 'country' && c.entry.form === 'name') {
      title.country = c.entry.iso2;
      c.used = true;
    }
  }
  const before = tokens[npStart(tokens, first) - 1]?.key ?? '';
  const m: Mention = mention({
    // ("Mercredi, X a réuni…": after the comma closing a fronted phrase, the subject; no list.)
    listed: LISTING.has(before) && !(before === ',' && SUBJECT_VERB_OPENERS.has(tokens[it.last + 1]?.key ?? '')),
    label: 'Person',
    form: it.last > it.first || title || nationality ? 'name' : 'surname',
    sentence,
    first,
    last: it.last,
    npFirst: npStart(tokens, first),
    surface,
  });
  if (title) m.title = title;
  if (alsoTitle) m.alsoTitle = alsoTitle;
  if (nationality) m.nationality = nationality;
  return m;
}

/**
 * Reading a title marks its words as used; a title only tried is given back: the items' marks are
 * restored unless `read` keeps what it found.
 */
/**
 * "SEM A, Président de la République de Côte d'Ivoire, SEM B, Président de la République du Sénégal": names listed each with
 * its title after it; the title before the comma at `comma` is the previous name's, not the one ending at `last`.
 */
function listedWithTitlesAfter(tokens: Token[], comma: number, last: number, byLast: Slots, byFirst: Slots): boolean {
  // (Protocol style, titles without their article: "le président français, A, le chancelier allemand, B" is the other order.)
  const isTitle = (at: number): boolean => {
    const item = byFirst.get(at);
    return !!item && item.type === 'lex' && item.entry.kind === 'title' && tokens[at]!.cap;
  };
  if (tokens[last + 1]?.key !== ',' || !isTitle(last + 2)) return false;
  let c = comma - 1;
  while (c > 0 && tokens[c]!.key !== ',') c--;
  return c > 0 && byLast.get(c - 1)?.type === 'name' && isTitle(c + 1);
}

function tentatively<T>(tokens: Token[], byLast: Slots, read: () => T | undefined): T | undefined {
  const marks: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) marks.push(!!byLast.get(i)?.used);
  const found = read();
  if (found !== undefined) return found;
  for (let i = 0; i < tokens.length; i++) {
    const item = byLast.get(i);
    if (item && !!item.used !== marks[i]) item.used = marks[i]!;
  }
  return undefined;
}

/** The comma right before `first`, or before its article ("…, la Première ministre"), else -1. */
function commaBefore(tokens: Token[], first: number): number {
  return tokens[first - 1]?.key === ',' ? first - 1 : tokens[first - 2]?.key === ',' && DEFINITE.has(tokens[first - 1]!.key) ? first - 2 : -1;
}

/** "La présidente en exercice de la Caricom, la Première ministre de la Barbade, X": another leading title of X before a comma. */
function leadingTitleBefore(title: TitleRef, tokens: Token[], byLast: Slots): TitleRef | undefined {
  let comma = commaBefore(tokens, title.first);
  if (comma < 1) return undefined;
  let other = titleEndingAt(comma - 1, tokens, byLast);
  // ("Le Président du Faso, Chef de l'État, Président en exercice de l'AES, X": past a title that names nothing.)
  if (other && other.title.leads && !other.country && !other.org && (comma = commaBefore(tokens, other.first)) > 0) other = titleEndingAt(comma - 1, tokens, byLast);
  if (!other || !other.title.leads || other.former || !(other.country || other.org)) return undefined;
  // ("le Sud-Africain A, président en exercice de la SADC, la présidente tanzanienne B": the title in apposition to the name before it.)
  if (tokens[other.first - 1]?.key === ',' && byLast.get(other.first - 2)?.type === 'name') return undefined;
  // ("le président français, le chef du gouvernement britannique, X": two countries' leaders listed, X the second.)
  if (!other.org && !title.org && other.country !== title.country) return undefined;
  return other.org !== title.org || other.country !== title.country ? other : undefined;
}

/**
 * "la mission navale européenne Aspides", "l'opération Irini": a force known by its name, the
 * capitalised word after the head and its modifiers (not a person of that name).
 */
function namedMissions(tokens: Token[], sentence: number, items: Item[], out: SentenceMentions): void {
  for (const it of items) {
    if (it.type !== 'name') continue;
    // ("l'opération EUNAVFOR Pharos": a capital acronym opens the name.)
    const first = tokens[it.first - 1]?.type === 'word' && tokens[it.first - 1]!.allCaps && tokens[it.first - 1]!.text.length >= 3 ? it.first - 1 : it.first;
    let p = first - 1;
    // ("la mission « Amber Shield »": the name in quotes after its head.)
    while (p > 0 && (MISSION_MODIFIERS.has(tokens[p]!.key) || (p === it.first - 1 && OPENING_QUOTES.has(tokens[p]!.key)))) p--;
    // "« Sentinelle Atlantique », la mission navale de l'Union européenne", "le « Baltic Seabed Shield », une force conjointe": the name in quotes
    // (capitalised words, a place's among them) before its head.
    let last = it.last;
    if (OPENING_QUOTES.has(tokens[it.first - 1]?.key ?? '')) while (last < it.first + 3 && tokens[last + 1]?.cap) last++;
    let q = QUOTES.has(tokens[last + 1]?.key ?? '') ? last + 2 : -1;
    // ("le « Bouclier aérien balte », une initiative …": lower-case words to the closing quote, when a head follows.)
    if (q < 0 && OPENING_QUOTES.has(tokens[it.first - 1]?.key ?? '')) {
      let end = last;
      while (end < it.first + 5 && tokens[end + 1]?.type === 'word' && !QUOTES.has(tokens[end + 1]!.key)) end++;
      const close = QUOTES.has(tokens[end + 1]?.key ?? '') ? end + 2 : -1;
      if (close > 0 && tokens[close]?.key === ',' && ['la', "l'", 'une'].includes(tokens[close + 1]?.key ?? '') && QUOTED_FORCE_HEADS.has(tokens[close + 2]?.key ?? '')) {
        last = end;
        q = close;
      }
    }
    // ("pour Baltic Sentry, l'opération de surveillance de l'OTAN": unquoted, before a head only a force has.)
    // ("à EUNAVFOR Thétis, une opération militaire de l'Union": an acronym and one word are two too.)
    const bare = q < 0 && (it.last > it.first || first < it.first) && tokens[it.last + 1]?.key === ',' && ['la', "l'", 'une'].includes(tokens[it.last + 2]?.key ?? '') && BARE_FORCE_HEADS.has(tokens[it.last + 3]?.key ?? '') && !out.mentions.some((m) => m.label === 'Person' && m.title && m.first <= it.first && m.last >= it.last);
    if (bare) q = it.last + 1;
    const namedBefore = q > 0 && tokens[q]?.key === ',' && ['la', "l'", 'une'].includes(tokens[q + 1]?.key ?? '') && QUOTED_FORCE_HEADS.has(tokens[q + 2]?.key ?? '');
    if (!namedBefore && (!MISSION_HEADS.has(tokens[p]?.key ?? '') || (p === first - 1 && tokens[p]!.cap))) continue;
    if (!namedBefore) last = it.last;
    const person = out.mentions.findIndex((m) => m.label === 'Person' && m.first <= it.first && m.last >= it.last);
    if (person >= 0) out.mentions.splice(person, 1);
    // (The acronym read as a body of its own is the name's.)
    if (first < it.first) for (let k = out.mentions.length - 1; k >= 0; k--) if (out.mentions[k]!.first === first && out.mentions[k]!.last < it.first) out.mentions.splice(k, 1);
    // A place named inside the name ("Atlantique") is no place of the sentence.
    if (last > it.last) for (let k = out.places.length - 1; k >= 0; k--) if (out.places[k]!.first > it.last && out.places[k]!.last <= last) out.places.splice(k, 1);
    out.mentions.push(mention({ label: 'Organization', form: 'name', sentence, first, last, npFirst: npStart(tokens, namedBefore ? first : p), surface: text(tokens, first, last), orgId: 'mission' }));
  }
}
/**
 * "la force, baptisée provisoirement EUFOR Liban", "une mission navale appelée « Bouclier bleu »": a force named by a
 * participle of naming, its capitalised words (or the words in quotes) one name, whatever the lexicon reads in them
 * ("EUFOR" is another force, "Liban" a country).
 */
function baptisedForces(tokens: Token[], sentence: number, out: SentenceMentions): void {
  for (let i = 2; i < tokens.length - 1; i++) {
    if (!NAMING_PARTICIPLES.has(tokens[i]!.key)) continue;
    // The head a few words before, past its modifiers and complements ("une mission conjointe de surveillance aérienne
    // et maritime, baptisée X"), not past another clause.
    let h = tokens[i - 1]!.key === ',' ? i - 2 : i - 1;
    while (h > 0 && h > i - 10 && !MISSION_HEADS.has(tokens[h]!.key) && !FORCE_HEADS.has(tokens[h]) && tokens[h]!.type === 'word' && !NAMING_STOPS.has(tokens[h]!.key)) h--;
    if (!MISSION_HEADS.has(tokens[h]!.key) && !FORCE_HEADS.has(tokens[h])) continue;
    let first = i + 1;
    while (NAMING_ADVERBS.has(tokens[first]?.key ?? '')) first++;
    const quoted = OPENING_QUOTES.has(tokens[first]?.key ?? '');
    if (quoted) first++;
    let last = first - 1;
    const inName = (t: Token | undefined): boolean => !!t && (quoted ? t.type === 'word' || t.type === 'number' : t.cap);
    while (last - first < 4 && inName(tokens[last + 1])) last++;
    if (last < first || !tokens[first]!.cap) continue;
    nameForce(tokens, sentence, out, first, last, first);
    i = last;
  }
}
const NAMING_PARTICIPLES = new Set(FORCE.namingParticiples);

/** Tokens `first`..`last` name a force: what the lexicon read inside them (a body, a country, a place) gives way to it. */
function nameForce(tokens: Token[], sentence: number, out: SentenceMentions, first: number, last: number, npFirst: number): void {
  for (let k = out.mentions.length - 1; k >= 0; k--) if (out.mentions[k]!.first >= first && out.mentions[k]!.last <= last) out.mentions.splice(k, 1);
  for (let k = out.places.length - 1; k >= 0; k--) if (out.places[k]!.first >= first && out.places[k]!.last <= last) out.places.splice(k, 1);
  out.mentions.push(mention({ label: 'Organization', form: 'name', sentence, first, last, npFirst, surface: text(tokens, first, last), orgId: 'mission' }));
}
const NAMING_STOPS = new Set(FORCE.namingStops);

/**
 * "ont signé le mémorandum fondateur du « Groupe opérationnel de lutte contre les mines en mer Noire »": a name in
 * quotation marks that opens with the head of a force, a mission or a group of them is one force of that name.
 */
function quotedForces(tokens: Token[], sentence: number, out: SentenceMentions): void {
  for (let i = 0; i < tokens.length - 2; i++) {
    if (!OPENING_QUOTES.has(tokens[i]!.key) || !tokens[i + 1]!.cap || !QUOTED_FORCE_HEADS.has(tokens[i + 1]!.key)) continue;
    let close = i + 2;
    while (close < i + 14 && tokens[close] && !QUOTES.has(tokens[close]!.key) && tokens[close]!.type !== 'punct') close++;
    if (!QUOTES.has(tokens[close]?.key ?? '') || close < i + 3) continue;
    const first = i + 1;
    const last = close - 1;
    // (A body the lexicon knows keeps its own entry: "la « coalition des volontaires »".)
    if (out.mentions.some((m) => m.label === 'Organization' && m.first === first && m.last === last)) continue;
    nameForce(tokens, sentence, out, first, last, i);
    i = close;
  }
}
const QUOTED_FORCE_HEADS = new Set([...FORCE.heads, ...FORCE.namedHeads, ...FORCE.quotedHeads]);
const BARE_FORCE_HEADS = new Set([...FORCE.heads, ...FORCE.namedHeads]);
const NAMING_ADVERBS = new Set(FORCE.namingAdverbs);

/**
 * "puisé dans sa force en attente, la FOMAC": a force told by its kind, then named in apposition, is that one (an
 * acronym the article did not define names it).
 */
function forcesNamedInApposition(tokens: Token[], sentence: number, lex: Lexicon, out: SentenceMentions): void {
  for (let i = out.mentions.length - 1; i >= 0; i--) {
    const m = out.mentions[i]!;
    if (m.label !== 'Organization' || m.orgId !== 'force' || tokens[m.last + 1]?.key !== ',') continue;
    const at = ARTICLED.has(tokens[m.last + 2]?.key ?? '') || tokens[m.last + 2]?.key === "l'" ? m.last + 3 : m.last + 2;
    // (A force, not a body that deploys one: "une force multinationale, la coalition des volontaires, …" keeps both.)
    const named = out.mentions.find((n) => n.label === 'Organization' && n.first === at && n.orgId && n.orgId !== 'force' && (n.orgId === 'mission' || n.standing || !!lex.organizations.get(n.orgId)?.force));
    if (named) m.orgId = named.orgId;
    else if (at > m.last + 2 && tokens[at]?.allCaps && tokens[at]!.text.length >= 3 && !out.mentions.some((n) => n.first <= at && n.last >= at) && [',', '.', ')', ';'].includes(tokens[at + 1]?.key ?? '')) {
      out.mentions.splice(i, 1, mention({ label: 'Organization', form: 'name', sentence, first: at, last: at, npFirst: at - 1, surface: tokens[at]!.text, orgId: 'mission' }));
    }
  }
}

/**
 * "à l'appel du collectif Braconne Tranquille", "l'ONG Médecins du Ciel": a body the noun before its
 * capitalised name says is one (words.json namedBodyHeads), not a person of that name.
 */
function namedBodies(tokens: Token[], sentence: number, items: Item[], out: SentenceMentions): void {
  for (const it of items) {
    if (it.type !== 'name') continue;
    // ("l'ONG X": the head itself written in capitals, inside the name.)
    const first = NAMED_BODY_HEADS.has(tokens[it.first - 1]?.key ?? '') ? it.first : it.last > it.first && tokens[it.first]!.key === 'ong' ? it.first + 1 : -1;
    if (first < 0) continue;
    const person = out.mentions.findIndex((m) => m.label === 'Person' && m.first <= it.first && m.last >= it.last);
    if (person >= 0) out.mentions.splice(person, 1);
    out.mentions.push(mention({ label: 'Organization', form: 'name', sentence, first, last: it.last, npFirst: npStart(tokens, first - 1), surface: text(tokens, first, it.last), orgId: 'named' }));
  }
}
const NAMED_BODY_HEADS = new Set(words.namedBodyHeads);

/**
 * "la 11e brigade parachutiste", "le 2e régiment de hussards", "la flottille 33F": a military unit named
 * by its number, with the complements that make its name (up to a punctuation mark or a word of the clause).
 */
function numberedUnits(tokens: Token[], sentence: number, out: SentenceMentions): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    let first = -1;
    let last = -1;
    if (t.type === 'number' && ORDINAL_SUFFIXES.has(tokens[i + 1]?.key ?? '') && UNIT_NOUNS.has(tokens[i + 2]?.key ?? '')) {
      first = i;
      last = i + 2;
      while (last < i + 8 && unitNameWord(tokens, last + 1)) last++;
      // "le 1er régiment de Thierville-sur-Meuse": its garrison's name ends it.
      if ((tokens[last]!.key === 'de' || tokens[last]!.key === "d'") && tokens[last + 1]?.cap) last++;
      // Not ending on a preposition ("la 11e brigade de").
      while (GENITIVES.has(tokens[last]!.key) || tokens[last]!.key === "d'") last--;
    } else if (UNIT_NOUNS.has(t.key) && tokens[i + 1]?.type === 'number' && tokens[i + 2]?.type === 'word' && tokens[i + 2]!.text.length === 1 && tokens[i + 2]!.start === tokens[i + 1]!.end) {
      // "la flottille 33F"
      first = i;
      last = i + 2;
    }
    if (first < 0 || out.mentions.some((m) => m.label === 'Organization' && m.first <= last && m.last >= first)) continue;
    const surface = text(tokens, first, last);
    out.mentions.push(mention({ label: 'Organization', form: 'name', sentence, first, last, npFirst: npStart(tokens, first), surface: surface.charAt(0).toUpperCase() + surface.slice(1), orgId: 'named' }));
    i = last;
  }
}
const UNIT_NOUNS = new Set(words.unitNouns.map(fold));
const ORDINAL_SUFFIXES = new Set(words.ordinalSuffixes);
/** A lower-case word of a unit's name ("d'infanterie de marine", "parachutiste"): not a verb's, not a clause's. */
function unitNameWord(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || t.type !== 'word' || t.cap || UNIT_STOPS.has(t.key)) return false;
  // A participle ends the name ("basée à Toulouse", "déployé au Mali"), not the unit's own ("blindée").
  return !/ée?s?$/.test(t.text) || UNIT_ADJECTIVES.has(t.key);
}
const UNIT_ADJECTIVES = new Set(words.unitAdjectives);
const UNIT_STOPS = new Set(words.unitStops);

const MISSION_HEADS = new Set(FORCE.namedHeads);
const QUOTES = new Set(['»', '"', '”']);
const OPENING_QUOTES = new Set(['«', '"', '“']);
const MISSION_MODIFIERS = new Set(FORCE.namedModifiers);

/** "force multinationale pour Haïti", "une force de stabilisation multinationale", "la force internationale". */
function matchForce(tokens: Token[], at: number, sentence: number, byFirst: Slots): Mention | null {
  let p = at + 1;
  let qualified = false;
  let service = false;
  let regional = false;
  for (;;) {
    const t = tokens[p];
    if (!t) break;
    if (FORCE_QUALIFIERS.has(t.key)) {
      qualified = true;
      p++;
      continue;
    }
    const mod = phraseAt(tokens, p, FORCE_MODIFIERS);
    if (mod) {
      if (phraseAt(tokens, p, FORCE_SELF_QUALIFYING) === mod) qualified = true;
      service ||= FORCE_SERVICES.has(t.key);
      regional ||= REGIONAL_MODIFIERS.has(t.key);
      p += mod;
      continue;
    }
    break;
  }
  if (UNNAMED_MISSION_HEADS.has(tokens[at]!.key)) {
    // (A named one is namedMissions's: "la mission navale européenne Aspides", "la mission « Bouclier bleu »".)
    if (!service || !(qualified || regional) || tokens[p]?.cap || OPENING_QUOTES.has(tokens[p]?.key ?? '')) return null;
  } else if (!qualified) return null;
  let last = p - 1;
  let iso2: string | undefined;
  // "pour l'Ukraine", "en Ukraine", and the name alone ("la « force multinationale Ukraine »")
  let q = p;
  const named = byFirst.get(q);
  if (['pour', 'en'].includes(tokens[q]?.key ?? '') || (named && named.type === 'lex' && named.entry.kind === 'country')) {
    if (['pour', 'en'].includes(tokens[q]?.key ?? '')) q++;
    if (['la', 'le', "l'"].includes(tokens[q]?.key ?? '')) q++;
    const c = byFirst.get(q);
    if (c && c.type === 'lex' && c.entry.kind === 'country' && c.entry.form === 'name') {
      iso2 = c.entry.iso2;
      last = c.last;
    } else if (c && c.type === 'lex' && c.entry.kind === 'place' && !c.entry.iso2 && OPENING_QUOTES.has(tokens[at - 1]?.key ?? '')) {
      // "« force maritime internationale pour la mer Rouge »": a sea's or a region's force, named so.
      last = c.last;
    }
  }
  // "la brigade multinationale du Nord": a region's name, not a known country or body, is part of the force's.
  const region = byFirst.get(p + 1);
  if (!iso2 && last === p - 1 && tokens[p]?.key === 'du' && tokens[p + 1]?.cap && (!region || region.type === 'name' || (region.type === 'lex' && region.entry.kind === 'place' && !region.entry.iso2))) last = p + 1;
  // ("la brigade antiterroriste du golfe de Guinée": a sea's, the water named in full.)
  else if (!iso2 && last === p - 1 && tokens[p]?.key === 'du') {
    const water = byFirst.get(p + 1);
    if (water && water.type === 'lex' && water.entry.kind === 'place' && !water.entry.iso2) last = water.last;
  }
  const m: Mention = mention({ label: 'Organization', form: 'name', sentence, first: at, last, npFirst: npStart(tokens, at), surface: text(tokens, at, last), orgId: 'force' });
  if (iso2) m.iso2 = iso2;
  return m;
}
