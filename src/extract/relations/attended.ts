/**
 * ATTENDED (and HOSTED): who took part in which event.
 * - "X a participé / assisté / pris part à <event>", "X, présent au sommet", "réunis", "X ont tenu
 *   une réunion", "X ont signé une déclaration" (at the article's gathering);
 * - "<event> réunira / réunissant X, Y", "X, hôte de la rencontre", "accompagné par X",
 *   "représenté par X", "X reçoit Y pour un déjeuner", "X s'est entretenu avec Y".
 * Negated ("n'a pas pu se joindre à la réunion"), undecided and absent people attend nothing.
 */
import relations from '../data/relations.json' with { type: 'json' };
import words from '../data/words.json' with { type: 'json' };
import events from '../data/events.json' with { type: 'json' };
import calendar from '../data/calendar.json' with { type: 'json' };
import { tokenize, type Token } from '../text/tokenize.ts';
import { addVerbEvent, focusDraftOf, MEAL_KINDS, onMargins } from '../events/detect-events.ts';
import { tenseNear, TIME_WORDS } from '../dates/time-expressions.ts';
import { daysBetween, parseIsoDay, toIso } from '../dates/calendar.ts';
import type { Argument, Clause } from './clause.ts';
import type { EventMention, PlaceMention } from '../mentions/types.ts';
import { EXCHANGE, remoteMeansAt } from '../mentions/detect-mentions.ts';
import { beforeCivility } from '../mentions/items.ts';
import { countrySpokenFor } from '../mentions/coreference.ts';
import { getLexicon } from '../lexicon/lexicon.ts';
import { addFact, draftOf, eventAfter, eventBefore, eventKey, eventOf, focusFor, focusKey, namesOtherDay, type SentenceContext } from './context.ts';
import { phraseAt, VerbSet } from './verb-set.ts';
import { wordsAt } from '../text/phrase-at.ts';
import { purposeAt } from '../text/purpose.ts';
import { classesOf, WordClass } from '../text/word-classes.ts';

const A = relations.attended;
const PARTICIPATE = new VerbSet(A.verbs);
const SIGN = new VerbSet(A.signVerbs);
const HOLD = new VerbSet(A.holdEvent);
const CHAIR = new VerbSet(A.chairVerbs);
const GATHER = new VerbSet(A.gatherVerbs);
const RESIDENCES = new Set(A.residences);
// Guests told by their invitation share the class: asked at the same places, told apart there.
const PRESENCE_WORDS = new Set([...A.presence, ...A.invited]);
const PRESENCE = { has: (t: Token | undefined): boolean => !!t && PRESENCE_WORDS.has(t.key) };
/** "est intervenu par visioconférence", "Intervenant depuis Kampala, par visioconférence", "est apparu sur l'écran géant",
 * "a pris la parole en visioconférence"; "Venue avec six ministres, …" opening a sentence. */
const SPOKE_REMOTELY = new Set(A.spokeRemotely);
const CONNECTED = new Set(A.connected);
/** The auxiliary opens the sentence or follows a fronted phrase's comma, an adverb between ("Ont aussi fait le déplacement …"). */
function invertedAt(tokens: Token[], at: number): boolean {
  let aux = at - 1;
  if (INNER_ADVERBS.has(tokens[aux]?.key ?? '')) aux--;
  return HAS_FORMS.has(tokens[aux]?.key ?? '') && (aux === 0 || tokens[aux - 1]?.key === ',');
}
const SIDES = new Set(A.sides);
/** "arrivé deuxième à la présidentielle": a rank, not an arrival. */
const RANKS = new Set(A.ranks);
const SEATED = new Set(A.seated);
const ARRIVED = new Set(A.arrived);
/** Their words as one class (classes are few): what makes a sentence worth reading for presence. */
const PRESENCE_CLASS = new WordClass([...PRESENCE_WORDS, ...SPOKE_REMOTELY, ...ARRIVED, ...CONNECTED]);
const INVITED = new Set(A.invited);
const ASSEMBLED = new WordClass(A.assembled);
const SIGN_OBJECTS = new Set(A.signObjects);
const HOST_NOUNS = new WordClass(A.hostNouns);
/** "Hôte officiel du sommet": an adjective of the host before its complement. */
const HOST_ADJECTIVES = new Set(A.hostAdjectives);
// Phrases of the data, tokenized as the text is: "sous l'égide de" is four tokens.
const asTokens = (phrases: string[][]): string[][] => phrases.map((p) => p.flatMap((w) => (/'\p{L}/u.test(w) ? tokenize(w).map((t) => t.key) : [w])));
const COMPANIONS = asTokens(A.companions);
const CHAIRED_UNDER = asTokens(A.chairedUnder);
const REPRESENTED = new Set(A.representedBy);
const ABSENCE = new Set(A.absence);
const REMOTE_MEANS = new Map(Object.entries(events.remoteMeans as Record<string, string>));
const HOST_VERBS = new VerbSet(A.hostVerbs);
const ARRIVAL = new WordClass(A.arrival);
const CAME_TO = new VerbSet(A.cameTo);
const NOUN_DETERMINERS = new Set(A.venueDeterminers);
// Asked only where a compound past's auxiliary stands before: a plain Set, word classes are full.
const SENT_PERSON = new Set(A.sentPerson);
const SPOKE = new Set(A.spokeAt);
const SENT_AUXILIARIES = new Set(words.perfectAuxiliaries);
/** "avoir" before a past participle, told as past: "a plaidé", "y avait convié", "l'a coprésidé". */
const HAS_FORMS = new Set(words.haveForms);
const DELEGATION_NOUNS = new WordClass(A.delegationLedBy.nouns);
const LED_BY = new Set(A.delegationLedBy.verbs);
const REPRESENTED_BIT = new WordClass(A.representedBy).bit;
const PRESENT_AMONG = new VerbSet(A.presentAmong);
const ARTICLES = new Set(words.definiteArticles);
const DECLINE = new VerbSet(A.declineVerbs, { wordClass: false });
const DURING_PHRASES = asTokens(A.during);
const ROSTRUM = asTokens(A.rostrum);
/** First words of those phrases (a set, not a word class: the loop runs only in sentences naming an event). */
const DURING = new Set(DURING_PHRASES.map((p) => p[0]!));
const MEETING_VERBS = [
  ...Object.entries(events.meetingVerbs).flatMap(([kind, forms]) => forms.map((f) => ({ kind, keys: tokenize(f).map((t) => t.key), reciprocal: false, passive: false }))),
  // "X et Y se sont rencontrés": the subjects are all the participants.
  ...Object.entries(events.reciprocalVerbs).flatMap(([kind, forms]) => forms.map((f) => ({ kind, keys: tokenize(f).map((t) => t.key), reciprocal: true, passive: false }))),
  // "X a été reçu par Y": the host is the agent after "par".
  ...Object.entries(events.passiveMeetingVerbs).flatMap(([kind, forms]) => forms.map((f) => ({ kind, keys: tokenize(f).map((t) => t.key), reciprocal: false, passive: true }))),
];
const MEETING_FIRST = new WordClass(MEETING_VERBS.map((v) => v.keys[0]!));
/** Meeting verbs by their first word, longest first. */
const MEETING_BY_FIRST = new Map<string, typeof MEETING_VERBS>();
for (const v of [...MEETING_VERBS].sort((a, b) => b.keys.length - a.keys.length)) MEETING_BY_FIRST.set(v.keys[0]!, [...(MEETING_BY_FIRST.get(v.keys[0]!) ?? []), v]);
const COMPANION_FIRST = new WordClass([...COMPANIONS.map((c) => c[0]!), ...CHAIRED_UNDER.map((c) => c[0]!), ...REPRESENTED]);
/** The longest meeting verb written at `at`: plain loops, as "a" or "s'" start many and no closure is made per token. */
function meetingAt(tokens: Token[], at: number): { verb: (typeof MEETING_VERBS)[number]; length: number } | undefined {
  const candidates = MEETING_BY_FIRST.get(tokens[at]!.key);
  if (!candidates) return undefined;
  for (const v of candidates) {
    let j = 1;
    let k = at + 1;
    while (j < v.keys.length) {
      if (tokens[k]?.key === v.keys[j]) {
        j++;
        k++;
        continue;
      }
      // "s'est longuement entretenu", "s'est par ailleurs entretenu": an adverb inside the verb.
      const skip = j > 0 ? adverbAt(tokens, k) : 0;
      if (!skip) break;
      k += skip;
    }
    // An object only for a match: meeting verbs are rare, the words that start one are not.
    if (j === v.keys.length) return { verb: v, length: k - at };
  }
  return undefined;
}
/** Whether the sentence tells a meeting by its verb ("a reçu", "a été reçu par", "s'est entretenu avec"). */
export function tellsMeeting(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (meetingAt(tokens, i)) return true;
  return false;
}
/** An adverb at `at` ("longuement", "aussi", "par ailleurs"): its length in tokens, else 0. */
function adverbAt(tokens: Token[], at: number): number {
  const k = tokens[at]?.key;
  if (k === undefined) return 0;
  if (INNER_ADVERBS.has(k) || (k.length > 5 && k.endsWith('ment'))) return 1;
  return phraseAt(tokens, at, INNER_ADVERB_PHRASES);
}
const INNER_ADVERBS = new Set(A.innerAdverbs);
const INNER_ADVERB_PHRASES = A.innerAdverbPhrases;
/** Every word that may start a trigger of this module. */
const TRIGGERS = [PARTICIPATE, SIGN, HOLD, CHAIR, GATHER, PRESENCE_CLASS, ASSEMBLED, HOST_NOUNS, MEETING_FIRST].reduce((m, c) => m | c.bit, 0);
const PARTICIPANT_LABELS = new Set(['Person', 'Country', 'Organization']);
/** "participé aux négociations / aux travaux": the parts of the article's gathering. */
const GATHERING_PARTS = new Set(A.gatheringParts);
/** "une partie des", "l'ensemble des", "toute la": how much of a gathering's parts one took part in. */
const PARTITIVES = A.partitives.map((p) => p.split(' '));

/**
 * The attendances one sentence states so far, each stated once, and the event the sentence is about.
 * One object per sentence, not a set and closures made for every sentence read.
 */
class Attendances {
  private seen: Set<string> | undefined;
  /** The first event someone attends in the sentence. */
  event: string | undefined;
  constructor(private readonly ctx: SentenceContext) {}

  add(args: Argument[], event: string | undefined, confidence: number): void {
    if (!event) return;
    this.event ??= event;
    // An event dated after the article's day ("la tenue le mois prochain d'une conférence") has had no one yet.
    if (toCome(this.ctx, event)) return;
    for (const a of args) {
      if (!PARTICIPANT_LABELS.has(a.mention.label) || !a.mention.ref) continue;
      // ("X, retenu à l'Élysée, lui avait confié un message", "X, qui n'a pas fait le voyage, …": not there.)
      if (absentInApposition(this.ctx, a.mention.last)) continue;
      this.seen ??= new Set();
      if (this.seen.has(a.mention.ref + event)) continue;
      this.seen.add(a.mention.ref + event);
      addFact(this.ctx, { type: 'ATTENDED', source: a.mention.ref, target: event, confidence });
    }
  }
}

/** The apposition after a name says the person was away ("X, retenu à Paris, …", "X, qui n'a pas fait le voyage, …"). */
function absentInApposition(ctx: SentenceContext, last: number): boolean {
  const { tokens } = ctx;
  // ("…, le Premier ministre X étant resté en Finlande", "X ayant renoncé au voyage", "X n'ayant pas fait le
  // déplacement": an absolute participle after the name tells why that one is not there.)
  const after = tokens[last + 1]?.key;
  if (after === 'etant' && (ABSENCE.has(tokens[last + 2]?.key ?? '') || STAYED.has(tokens[last + 2]?.key ?? ''))) return true;
  if (after === 'ayant' && tokens[last + 2]?.key.startsWith('renonc')) return true;
  if ((after === "n'" || after === 'ne') && tokens[last + 2]?.key === 'ayant') return true;
  // ("X, absent de La Haye, a suivi les échanges par visioconférence": there from afar.)
  if (tokens[last + 1]?.key !== ',' || tokens.some((t) => REMOTE_MEANS.has(t.key))) return false;
  // ("X, qui avait fait le voyage de Washington au printemps, était cette fois restée à Kiev": her own verb says she stayed.)
  const next = ctx.mentions.mentions.find((m) => m.label === 'Person' && m.first > last + 1)?.npFirst ?? tokens.length;
  for (let k = last + 2; k < next; k++) {
    if (STAYED.has(tokens[k]!.key) && STAY_AUXILIARIES.has(tokens[k - 1]?.key === 'fois' ? (tokens[k - 3]?.key ?? '') : (tokens[k - 1]?.key ?? '')) && ['a', 'en', 'au'].includes(tokens[k + 1]?.key ?? '')) return true;
  }
  // (Up to the apposition's comma, or someone else: "…, Li Qiang, Xi Jinping n'ayant pas fait le déplacement".)
  for (let k = last + 2; k < Math.min(last + 10, next) && tokens[k] && tokens[k]!.key !== ','; k++) {
    // ("X, resté à Helsinki, …": staying at home; not "X, en l'absence du prince héritier Y": another's absence.)
    if ((ABSENCE.has(tokens[k]!.key) && !absenceOf(tokens, k)) || (k === last + 2 && STAYED.has(tokens[k]!.key) && (tokens[k + 1]?.key === 'a' || tokens[k + 1]?.key === 'en' || tokens[k + 1]?.key === 'au'))) return true;
    if (tokens[k]!.key === 'pas' && tokens[k + 1]?.key === 'fait' && tokens[k + 2]?.key === 'le' && TRIPS.has(tokens[k + 3]?.key ?? '')) return true;
  }
  return false;
}
const TRIPS = new Set(A.trips);
/** "en l'absence du prince héritier Y": the absence of the one named after. */
function absenceOf(tokens: Token[], at: number): boolean {
  return tokens[at]!.key === 'absence' && ['de', 'du', 'des', "d'"].includes(tokens[at + 1]?.key ?? '');
}
const STAYED = new Set(A.stayedParticiples);
const STAY_AUXILIARIES = new Set(A.stayAuxiliaries);

/**
 * The event is dated after the article's month, or more than a day after its day (an article dated the
 * eve may tell the next day's summit, as one published at night).
 */
function toCome(ctx: SentenceContext, event: string): boolean {
  const date = draftOf(ctx.events, event)?.date;
  if (!date || !ctx.articleDate || date.length < 7) return false;
  if (date.length === 7) return date > toIso(ctx.articleDate).slice(0, 7);
  const day = parseIsoDay(date);
  if (!day) return false;
  const ahead = daysBetween(ctx.articleDate, day);
  // ("Les dirigeants doivent faire le point jeudi, lors d'une visioconférence coprésidée par X": told as to come, even tomorrow.)
  return ahead > 1 || (ahead === 1 && ctx.tokens.some((t) => DUE.has(t.key)));
}
/** "doit", "doivent": what is due to happen (not "réunira", which an eve's article tells of the next day's summit). */
const DUE = new Set(A.due);

/** Confidence of an attendance told by the verb at `at` of the clause from `start`; null when denied. */
function confidenceAt(ctx: SentenceContext, start: number, at: number): number | null {
  const { clause, tokens } = ctx;
  if (clause.negated(start, at) || clause.undecided(start, at) || declined(tokens, start, at)) return null;
  // ("X, absent de La Haye, a suivi les échanges par visioconférence": away, but there by video.)
  if (saysAbsent(tokens, start, at) && !(awayFromPlace(tokens, start, at) && remoteSoonAfter(tokens, at))) return null;
  // "X doit participer par visioconférence à la réunion", "va prendre part": planned, not attended yet.
  for (let k = at - 1; k >= Math.max(start, at - 3); k--) if (DUE_TO.has(tokens[k]!.key)) return null;
  return clause.conditional(start, at) ? 0.6 : 0.9;
}
const DUE_TO = new Set(A.dueTo);
const SENTENCE_ENDS = new Set(['.', '!', '?', '"', '»', '…']);

/**
 * A person met, named right after the verb or a determiner, a comma or "et"/"avec": not "a reçu le
 * prix Charlemagne", where the name is a complement of another noun.
 */
function guestNamed(ctx: SentenceContext, npFirst: number, after: number): boolean {
  const prev = ctx.tokens[npFirst - 1]!;
  // After a place or a date ("a reçu à Canberra le président X", "a reçu mardi X"), a link word, or a
  // qualifier of the person ("le prince héritier saoudien X").
  return npFirst <= after || prev.type !== 'word' || prev.cap || GUEST_LINKS.has(prev.key) || ctx.mentions.mentions.some((m) => m.last === npFirst - 1);
}
const GUEST_LINKS = new Set([...A.guestLinks, ...calendar.weekdays]);

/** The first word after `from` that can be a finite verb's auxiliary or the verb itself ("ont", "a", "est", "s'"), else -1. */
function firstVerbAfter(tokens: Token[], from: number): number {
  for (let i = from + 1; i < tokens.length; i++) if (AUXILIARIES.has(tokens[i]!.key)) return i;
  return -1;
}
/**
 * Between `from` and `to`, a word that says from afar and no means of taking part ("depuis Jérusalem", not "par
 * visioconférence depuis Majuro"). Talks between others followed "à distance" are watched, not joined.
 */
function followedFromAfar(tokens: Token[], from: number, to: number): boolean {
  let afar = false;
  for (let k = from; k < to; k++) if (FROM_AFAR.has(tokens[k]!.key)) afar = true;
  return afar && !(joinedFromAfar(tokens, from, to) && !TALKS.has(tokens[from + 1]?.key ?? ''));
}

/** A video link or other remote means between `from` and `to`: taking part from afar. */
function joinedFromAfar(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (remoteMeansAt(tokens, k)) return true;
  return false;
}
const CAME_AS = new Set(A.cameAs);

/** "Resté à Beyrouth, …", "Retenu à Bamako, …": the sentence opens on where its subject stayed. */
function stayedAway(tokens: Token[]): boolean {
  return KEPT_AWAY.has(tokens[0]?.key ?? '') && (tokens[1]?.key === 'a' || tokens[1]?.key === 'au' || tokens[1]?.key === 'en' || tokens[1]?.key === 'dans');
}
const KEPT_AWAY = new Set([...A.stayedParticiples, ...A.keptAway]);
/** "les discussions", "les négociations" followed from afar: others' talks. */
const TALKS = new Set(A.talks);
// (Not a video link: "a suivi la réunion par visioconférence" is taking part, as one connected is.)
const FROM_AFAR = new Set(A.fromAfar);
const AUXILIARIES = new Set(A.auxiliaries);

/** "a refusé de signer", "a renoncé à participer": the verb at `at` is what was declined. */
function declined(tokens: Token[], start: number, at: number): boolean {
  const de = tokens[at - 1]?.key;
  if (de !== 'de' && de !== "d'" && de !== 'a') return false;
  for (let i = Math.max(start, at - 3); i < at - 1; i++) if (DECLINE.matchAt(tokens, i)) return true;
  return false;
}

/** In an article with no gathering, the event the sentence before told ("…aux funérailles de X. Y et Z étaient présents."). */
function justTold(ctx: SentenceContext): string | undefined {
  // (In a digest, a brief other than the gathering's has none of its own.)
  const { briefs, focus } = ctx.events;
  const gatheringHere = focus !== undefined && (!briefs || briefs[ctx.index] === briefs[ctx.events.drafts[focus]!.sentence]);
  if (gatheringHere || !ctx.previousEvent) return undefined;
  return draftOf(ctx.events, ctx.previousEvent)?.sentence === ctx.index - 1 ? ctx.previousEvent : undefined;
}

/** The event the sentence is on the margins of ("en marge du sommet"), as drafted. */
function framed(ctx: SentenceContext): { date?: string; place?: string } | undefined {
  const e = ctx.mentions.events.find((x) => onMargins(ctx.tokens, x));
  if (!e) return undefined;
  const id = ctx.events.ofMention.get(e);
  if (id !== undefined) return ctx.events.drafts[id];
  // "la cérémonie" told again: the one of the sentence before.
  const before = ctx.previousEvent ? draftOf(ctx.events, ctx.previousEvent) : undefined;
  return before?.kind === e.kind ? before : undefined;
}

/** "X, invitée à s'exprimer, a décliné l'invitation": the guest turned it down, later in the sentence. */
function turnedDown(tokens: Token[], at: number): boolean {
  for (let i = at + 1; i < tokens.length - 1; i++) if (DECLINE.matchAt(tokens, i) && INVITATION.has(tokens[i + 2]?.key ?? tokens[i + 1]!.key)) return true;
  return false;
}
const INVITATION = new Set(A.invitationNouns);

/** A word of absence ("absent", "excusé") among tokens [from, to): a loop, no slice per question. */
function saysAbsent(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ABSENCE.has(tokens[k]!.key)) return true;
  return false;
}

export function extractAttended(ctx: SentenceContext): void {
  const { tokens, clause } = ctx;
  const words = ctx.words;
  if (!(words & (TRIGGERS | COMPANION_FIRST.bit | HOST_VERBS.bit | DELEGATION_NOUNS.bit | ARRIVAL.bit | CAME_TO.bit | PRESENT_AMONG.bit))) {
    if (tokens[tokens.length - 2]?.key === 'partie' || tokens[tokens.length - 1]?.key === 'partie') partOfIt(ctx, new Attendances(ctx));
    sentPeople(ctx);
    spokeThere(ctx);
    rollCall(ctx);
    besideAttendee(ctx);
    swornIn(ctx);
    headcount(ctx);
    liveArrivals(ctx);
    invitedBy(ctx);
    convenedThere(ctx);
    ateThere(ctx);
    beforePeers(ctx);
    ofTheGroup(ctx);
    familyPhoto(ctx);
    leftToRepresent(ctx);
    onArriving(ctx);
    frontedFromAfarOrSeated(ctx);
    atTheTable(ctx);
    return;
  }
  const attendances = new Attendances(ctx);
  partOfIt(ctx, attendances);
  swornIn(ctx, attendances);
  headcount(ctx, attendances);
  sentPeople(ctx, attendances);
  spokeThere(ctx, attendances);
  rollCall(ctx, attendances);
  liveArrivals(ctx, attendances);
  invitedBy(ctx, attendances);
  convenedThere(ctx, attendances);
  ateThere(ctx, attendances);
  beforePeers(ctx, attendances);
  inTheRoom(ctx, attendances);

  // Clause bounds are computed only for a word that is a trigger.
  // Each rule is a function of its own (the loops after this one too): TurboFan's time grows faster than
  // a function's size, and a deoptimisation in one rule then recompiles that rule, not all of them.
  for (let i = 0; i < tokens.length; i++) {
    if (!(classesOf(tokens[i]!) & TRIGGERS)) continue;

    const participate = PARTICIPATE.matchAt(tokens, i);
    if (participate) {
      i = participated(ctx, attendances, i, participate);
      continue;
    }
    // "X, invitée à la réunion, a remercié": a guest of the event named right after, unless the clause says otherwise.
    if (INVITED.has(tokens[i]!.key)) {
      invitedGuest(ctx, attendances, i);
      continue;
    }
    // "Y y était présent": at the event of the sentence before.
    if (PRESENCE.has(tokens[i]) && pronounY(tokens, i) && ctx.previousEvent) {
      presentThere(ctx, attendances, i);
      continue;
    }
    // "Étaient également présents A et B": the subject inverted after the copula opening the sentence.
    if (PRESENCE.has(tokens[i]) && i <= 2 && COPULAS.has(tokens[0]!.key) && copulaBefore(tokens, i)) {
      presentInverted(ctx, attendances, i);
      continue;
    }
    // "Le ministre X était également présent.": at the article's gathering (or the sentence's event).
    if (PRESENCE.has(tokens[i]) && (sentenceEnds(tokens, i + 1) || alikeAt(tokens, i + 1) > 0) && copulaBefore(tokens, i)) {
      presentClosing(ctx, attendances, i);
      continue;
    }
    // "Présente par visioconférence, X a rappelé…", "il est intervenu par visioconférence depuis Moscou":
    // X took part in the article's gathering from afar.
    // ("est intervenu depuis Londres, par visioconférence": a place from where first.)
    // ("Également intervenu à distance, …", "Connecté depuis Ankara, le président X": a participle opening the sentence.)
    const connectedFrom = opensSentence(tokens, i) && CONNECTED.has(tokens[i]!.key) && (tokens[i + 1]?.key === 'depuis' || remoteAfter(tokens, i + 1));
    // ("a pris la parole en visioconférence": the noun of the phrase only.)
    const spoke = SPOKE_REMOTELY.has(tokens[i]!.key) && (tokens[i]!.key !== 'parole' || (tokens[i - 1]?.key === 'la' && (tokens[i - 2]?.key ?? '').startsWith('pri')));
    if (((PRESENCE.has(tokens[i]) || spoke) && remoteAfter(tokens, i + 1)) || connectedFrom) {
      presentRemotely(ctx, attendances, i);
      continue;
    }
    // "Présent lui aussi, le Sud-Africain X a plaidé…", "Venue avec six ministres, la présidente X":
    // a fronted presence or arrival with no other place is at the article's gathering.
    // ("Venu en personne, le président X a plaidé…": in person, not somewhere.)
    // ("Présent à ses côtés, le vice-Premier ministre X…": beside the one told before, there too.)
    const inPerson = (tokens[1]?.key === 'en' && tokens[2]?.key === 'personne') || (tokens[1]?.key === 'a' && (tokens[2]?.key === 'ses' || tokens[2]?.key === 'leurs') && tokens[3]?.key === 'cotes');
    // ("Également présent, le président de la Commission X a appelé…": after an adverb too.)
    const fronted = i === 0 || (i === 1 && ALSO.has(tokens[0]!.key) && PRESENCE.has(tokens[i]));
    if (fronted && (PRESENCE.has(tokens[i]) || ARRIVED.has(tokens[i]!.key)) && (inPerson || !['a', 'au', 'aux', 'lors', 'dans', 'par', 'en'].includes(tokens[i + 1]?.key ?? ''))) {
      frontedPresence(ctx, attendances, i);
      continue;
    }
    // "Son homologue burundais, X, également présent, a promis…": present, in apposition, at the article's gathering.
    if (PRESENCE.has(tokens[i]) && i > 1 && (tokens[i + 1]?.key === ',' || tokens[i + 1]?.key === '.')) {
      const j = ALSO.has(tokens[i - 1]!.key) ? i - 1 : i;
      const event = tokens[j - 1]?.key === ',' ? focusFor(ctx) : undefined;
      const conf = confidenceAt(ctx, ctx.clause.clauseStart(i), i);
      if (event && conf !== null) attendances.add(argsJustBefore(ctx.clause, j - 1, 'Person'), event, Math.min(conf, 0.8));
      continue;
    }
    // "Présent dans la salle, le ministre X a promis…": in the gathering's room.
    // ("présent au premier rang": in the rows of the event told last.)
    const frontRow = PRESENCE.has(tokens[i]) && tokens[i + 1]?.key === 'au' && tokens[i + 2]?.key === 'premier' && tokens[i + 3]?.key === 'rang';
    const inRoom = (PRESENCE.has(tokens[i]) && tokens[i + 1]?.key === 'dans' && tokens[i + 2]?.key === 'la' && tokens[i + 3]?.key === 'salle') || frontRow;
    const dayThen = daysAfterPresence(tokens, i);
    if ((PRESENCE.has(tokens[i]) && (['a', 'au', 'aux', 'lors'].includes(tokens[i + 1 + dayThen]?.key ?? '') || (dayThen > 0 && SET_OFF.has(tokens[i + 1 + dayThen]?.key ?? '')))) || (ASSEMBLED.has(tokens[i]) && i <= 1) || inRoom) {
      presentAt(ctx, attendances, i, frontRow, inRoom);
      continue;
    }
    // "ont tenu une réunion", "a présidé le sommet"
    const hold = HOLD.matchAt(tokens, i) || CHAIR.matchAt(tokens, i);
    if (hold) {
      held(ctx, attendances, i, hold);
      continue;
    }
    const sign = SIGN.matchAt(tokens, i);
    // "a signé avec le chef du gouvernement groenlandais, X, un accord": the object may come after the co-signer.
    if (sign && signedObjectAfter(tokens, i + 1, Math.min(clause.clauseEnd(i), i + 18))) {
      signed(ctx, attendances, i);
      continue;
    }
    const gather = GATHER.matchAt(tokens, i);
    if (gather) {
      gathered(ctx, attendances, i, gather);
      continue;
    }
    // ("Hôte officiel du sommet": past an adjective of the host.)
    if (HOST_NOUNS.has(tokens[i]) && ['de', 'du', "d'", 'des'].includes(tokens[i + (HOST_ADJECTIVES.has(tokens[i + 1]?.key ?? '') ? 2 : 1)]?.key ?? '')) {
      hostNamed(ctx, attendances, i);
      continue;
    }
    if (!MEETING_FIRST.has(tokens[i])) continue;
    const meeting = meetingAt(tokens, i);
    if (meeting && !isEventNoun(ctx, i)) {
      const { verb, length } = meeting;
      extractMeeting(ctx, i, length, verb.kind, attendances, confidenceAt(ctx, clause.clauseStart(i), i), verb.reciprocal, verb.passive);
      i += length - 1;
    }
  }

  // The rules after the per-token loop, in order.
  cameTo(ctx, attendances);
  presentAmong(ctx, attendances);
  duringEvent(ctx, attendances);
  spokeBefore(ctx, attendances);
  atRostrum(ctx, attendances);
  spokeInTown(ctx, attendances);
  onArrival(ctx, attendances);
  representedOrHosted(ctx, attendances);
  onVisit(ctx, attendances);
  betweenThem(ctx, attendances);
  ofTheGroup(ctx, attendances);
  familyPhoto(ctx, attendances);
  leftToRepresent(ctx, attendances);
  onArriving(ctx, attendances);
  partOfDelegation(ctx, attendances);
  delegationLedBy(ctx, attendances);
  companions(ctx, attendances);
  besideAttendee(ctx, attendances);
  remoteApposition(ctx, attendances);
  frontedFromAfarOrSeated(ctx, attendances);
  atTheTable(ctx, attendances);
}

/**
 * "A, B et C complétaient le tour de table", "… complétaient le premier rang": at the gathering's table; "X était assis entre
 * A et B": the three of them (not in a sentence telling an event or a town of its own).
 */
function atTheTable(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens, clause } = ctx;
  if (ctx.mentions.events.length > 0 || ctx.mentions.places.length > 0 || ctx.mentions.mentions.length === 0) return;
  for (let i = 1; i < tokens.length - 2; i++) {
    const key = tokens[i]!.key;
    const completed = key.startsWith('complet') && COMPLETED.test(key) && phraseAt(tokens, i + 1, TABLE_PHRASES) > 0;
    const between = SEATED.has(key) && tokens[i + 1]?.key === 'entre';
    if (!completed && !between) continue;
    const event = focusFor(ctx);
    const conf = event ? confidenceAt(ctx, clause.clauseStart(i), i) : null;
    if (conf === null) return;
    const subjects = clause.subjects(i, ctx.previousSubject).filter((a) => a.mention.label === 'Person');
    const beside = between ? clause.args.filter((a) => a.mention.label === 'Person' && a.mention.first > i + 1 && a.mention.first < clause.clauseEnd(i)) : [];
    (attendances ??= new Attendances(ctx)).add([...subjects, ...beside], event, Math.min(conf, 0.75));
    return;
  }
}
const COMPLETED = /^complet(?:aient|ait|ent|e|ee|ees|es)$/;
const TABLE_PHRASES = A.tablePhrases;

/**
 * "Par liaison vidéo, X a salué « un sursaut régional »", "En visioconférence depuis Ottawa, la ministre X a plaidé…":
 * the subject after a fronted means of taking part from afar took part in the article's gathering (not in a sentence
 * telling an event of its own; "Par téléphone, X a félicité…" is a call). So did one seated beside someone:
 * "Assis à sa droite, X a promis…".
 */
function frontedFromAfarOrSeated(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens } = ctx;
  const seated = SEATED.has(tokens[0]?.key ?? '') && tokens[1]?.key === 'a' && ['sa', 'la'].includes(tokens[2]?.key ?? '') && SIDES.has(tokens[3]?.key ?? '');
  if (!(seated || (remoteMeansAt(tokens, 0) && REMOTE_MEANS.get(tokens[1]!.key) !== 'call')) || ctx.mentions.events.length > 0) return;
  const who = frontedSubject(ctx).filter((a) => a.mention.label === 'Person');
  const event = who.length ? focusFor(ctx) : undefined;
  const conf = event ? confidenceAt(ctx, 0, ctx.tokens.length - 1) : null;
  if (event && conf !== null) (attendances ??= new Attendances(ctx)).add(who, event, Math.min(conf, 0.75));
}

/**
 * "X, lui aussi en visio depuis Ottawa, annonce…", "X, en ligne depuis Ottawa, …", "X, connecté depuis Oslo, …": an
 * apposition says one took part from afar; "X, assise à la table, …": one sat at the gathering.
 */
function remoteApposition(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  for (const a of clause.args) {
    if (a.mention.label !== 'Person' || tokens[a.mention.last + 1]?.key !== ',') continue;
    let k = a.mention.last + 2;
    // ("lui aussi", "elle aussi", "également".)
    if ((tokens[k]?.key === 'lui' || tokens[k]?.key === 'elle') && tokens[k + 1]?.key === 'aussi') k += 2;
    else if (tokens[k]?.key === 'aussi' || tokens[k]?.key === 'egalement') k++;
    const connected = CONNECTED.has(tokens[k]?.key ?? '') && (tokens[k + 1]?.key === 'depuis' || remoteMeansAt(tokens, k + 1));
    const seated = SEATED.has(tokens[k]?.key ?? '') && ['a', 'autour'].includes(tokens[k + 1]?.key ?? '') && tokens.slice(k + 2, k + 5).some((t) => t.key === 'table');
    // ("X, venu en voisin, a promis…", "Y, arrivé dans la nuit par le train, …": come, from no other gathering's town.)
    const came = ARRIVED.has(tokens[k]?.key ?? '') && cameInApposition(ctx, k);
    if (!remoteMeansAt(tokens, k) && !connected && !seated && !came) continue;
    const conf = confidenceAt(ctx, clause.clauseStart(k), k);
    // ("a coprésidé avec X, connecté depuis Downing Street, une visioconférence": the sentence's own event.)
    const event = attendances.event ?? (ctx.mentions.events.length ? undefined : focusFor(ctx));
    if (conf !== null) attendances.add([a], event, Math.min(conf, 0.75));
  }
}

/**
 * The apposition opened at `k` closes with a comma within a few words and names no town but the gathering's, and the
 * clause after it is not negated ("la ministre, arrivée dans la nuit, n'y assistait pas"); not a rank ("arrivé deuxième", "arrivée en tête").
 */
function cameInApposition(ctx: SentenceContext, k: number): boolean {
  const close = ctx.tokens.findIndex((t, j) => j > k && j <= k + 8 && t.key === ',');
  const rank = RANKS.has(ctx.tokens[k + 1]!.key) || (ctx.tokens[k + 1]!.key === 'en' && ctx.tokens[k + 2]?.key === 'tete');
  if (close < 0 || rank || ctx.clause.negated(close + 1, ctx.clause.clauseEnd(close + 1))) return false;
  const event = focusFor(ctx);
  const place = event ? draftOf(ctx.events, event)?.place : undefined;
  return ctx.mentions.places.every((p) => p.first > close || p.last < k || p.city === place);
}

/**
 * "À ses côtés, le ministre X a défendu le projet", "Aux côtés de Y, X a détaillé…", "X, présent aux côtés du
 * Premier ministre, …": beside someone just told at a gathering, at that gathering too; and those one stands beside.
 * (Only people: "aux côtés de l'Ukraine" is a stance.)
 */
function besideAttendee(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens, clause } = ctx;
  // (A sentence telling a day, a place or an event of its own tells where they stood: "a fait escale dimanche à Nuuk, aux côtés de X".)
  if (ctx.times.expressions.length || ctx.mentions.events.length || ctx.mentions.places.some((p) => WHERE.has(tokens[p.first - 1]?.key ?? ''))) return;
  let at = -1;
  for (let k = 1; k < tokens.length && at < 0; k++) if (tokens[k]!.key === 'cotes' && (tokens[k - 1]!.key === 'aux' || (tokens[k - 1]!.key === 'ses' && tokens[k - 2]?.key === 'a'))) at = k;
  if (at < 0) return;
  const own = tokens[at - 1]!.key === 'ses';
  const phrase = own ? at - 2 : at - 1;
  const fronted = phrase <= 1;
  // (Fronted, up to its comma: "Aux côtés de Y, le ministre X, a…".)
  const comma = fronted ? tokens.findIndex((t, k) => k > at && t.key === ',') : -1;
  const end = comma > 0 ? comma : clause.clauseEnd(at);
  // Whom one stands beside: the previous subject ("à ses côtés"), else the people named after the phrase.
  const anchors = own ? (ctx.previousSubject && ctx.previousSubject.mention.label === 'Person' ? [ctx.previousSubject] : []) : companionsFrom(ctx, at + 2, end).filter((a) => a.mention.label === 'Person');
  // Who stands there: the subject after a fronted phrase, else the one just before the phrase, else the clause's.
  const besides = fronted ? frontedSubject(ctx, at) : argsJustBefore(clause, phrase - (ADJOINED.has(tokens[phrase - 1]?.key ?? '') ? 1 : 0), 'Person');
  const who = (besides.length ? besides : fronted ? [] : clause.subjects(phrase, ctx.previousSubject)).filter((a) => a.mention.label === 'Person' && !anchors.some((b) => b.mention.ref === a.mention.ref));
  if (!anchors.length || !who.length) return;
  const conf = confidenceAt(ctx, clause.clauseStart(phrase), phrase);
  const event = recentAttendance(ctx, [...anchors, ...who]);
  if (conf === null || !event) return;
  (attendances ??= new Attendances(ctx)).add([...who, ...anchors], event, Math.min(conf, 0.75));
}
const WHERE = new Set(words.locativePrepositions);
/** "X, présent aux côtés de…", "assis à ses côtés": a word between the name and the phrase. */
const ADJOINED = new Set(A.adjoined);

/** The gathering one of `people` was last told at: the article's own, or one in this sentence or the two before (not a call). */
function recentAttendance(ctx: SentenceContext, people: Argument[]): string | undefined {
  for (let k = ctx.facts.length - 1; k >= 0; k--) {
    const f = ctx.facts[k]!;
    if (f.type !== 'ATTENDED' || !people.some((a) => a.mention.ref === f.source)) continue;
    const draft = draftOf(ctx.events, f.target);
    if (draft?.focus || (f.sentence >= ctx.index - 2 && draft?.kind !== 'call')) return f.target;
  }
  return undefined;
}

/** "X a participé au sommet" (PARTICIPATE, `participate` words long): the subjects attend the event; the index to go on from. */
function participated(ctx: SentenceContext, attendances: Attendances, i: number, participate: number): number {
  const { tokens, clause } = ctx;
  // "prête à participer": a readiness, not a presence; "Invité à se joindre aux discussions, X a décliné
  // l'invitation": an invitation, which the guest rule reads, declined here.
  if (tokens[i - 1]?.key === 'a' && READY.has(tokens[i - 2]?.key ?? '')) return i + participate - 1;
  if (turnedDown(tokens, i)) return i + participate - 1;
  const start = clause.clauseStart(i);
  const end = clause.clauseEnd(i);
  const conf = confidenceAt(ctx, start, i);
  let next = i + participate;
  while (/ment$/.test(tokens[next]?.key ?? '')) next++;
  // ("a participé à distance depuis Tokyo": remotely, but to the article's gathering.)
  // (Nor where one sat: "siégeait aux côtés de la secrétaire générale", "à la droite du président", "au premier rang".)
  const complement = ['a', 'au', 'aux'].includes(tokens[next]?.key ?? '') && tokens[next + 1]?.key !== 'distance' && !(tokens[i]!.key.startsWith('sieg') && seatAt(tokens, next));
  // "à une partie des échanges", "à l'ensemble des travaux", "à toute la séance"
  const partOf = phraseAt(tokens, next + 1, PARTITIVES);
  const part = complement && GATHERING_PARTS.has(tokens[next + 1 + partOf]?.key ?? '');
  // "X et Y y ont assisté": the event of the sentence before.
  const y = pronounY(tokens, i);
  const there = y ? ctx.previousEvent : undefined;
  const ownComplement = complement && !part && !nextIsEvent(ctx, next);
  // "participeraient à des garanties de sécurité, à l'issue d'une réunion": one takes part in what the
  // complement names, not in an event told further (a town first, "a participé à Paris au sommet", is no complement).
  const other = ownComplement && !ctx.mentions.places.some((p) => p.first === next + 1);
  // ("Dimanche, les dirigeants s'étaient entretenus par visioconférence. Mme X y participait": "y" is what
  // the sentence before told; none known there, not the article's gathering either.)
  // ("X et Y se sont entretenus. Z assistait à l'échange": the talk just told by its verb, rather than a gathering named before it.)
  const exchange = ctx.mentions.events.find((e) => e.kind === EXCHANGE && e.first > i && e.first <= next + 3);
  const toldJustBefore = exchange ? ctx.events.drafts.findLast((d) => d.sentence === ctx.index - 1 && d.participants.length > 0) : undefined;
  const talkBefore = toldJustBefore ? eventKey(toldJustBefore.id) : undefined;
  const event = other || (y && !there) ? there : (talkBefore ?? eventAfter(ctx, i, end) ?? there ?? (ownComplement ? undefined : focusFor(ctx)));
  // ("Y participaient notamment A, B et C": opening the sentence, the subject inverted after the verb.)
  const inverted = y && i <= 2 && !complement ? companionsFrom(ctx, next, end).filter((a) => a.mention.label === 'Person') : [];
  const subjects = inverted.length ? inverted : clause.subjects(i, ctx.previousSubject);
  if (conf !== null) attendances.add(subjects, event, conf);
  // "Une quarantaine de dirigeants ont participé au sommet, notamment le Kényan X, le Nigérian Y…": those named.
  if (conf !== null && event && !subjects.some((a) => a.mention.label === 'Person')) {
    const among = namedAmongAfter(tokens, next);
    if (among > 0) attendances.add(namedAfter(ctx, among), event, Math.min(conf, 0.8));
  }
  return next - 1;
}

/** "aux côtés de", "à la droite du", "à la tribune", "au premier rang", "au bout de la table" at `at`: a seat, not what one takes part in. */
function seatAt(tokens: Token[], at: number): boolean {
  const k = tokens[at]!.key;
  const next = tokens[at + 1]?.key ?? '';
  if (k === 'aux') return next === 'cotes';
  if (k === 'au') return (next === 'premier' && tokens[at + 2]?.key === 'rang') || next === 'bout' || next === 'fond';
  return (next === 'la' || next === "l'") && SEATS.has(tokens[at + 2]?.key ?? '');
}
const SEATS = new Set(A.seats);

/** "X, invitée à la réunion": a guest of the event named right after (or of the article's gathering). */
function invitedGuest(ctx: SentenceContext, attendances: Attendances, i: number): void {
  const { tokens, clause } = ctx;
  // "X, invitée d'honneur, a prononcé un discours": a guest of the article's gathering.
  // "Invité, le Premier ministre japonais, X, a promis…": opening the sentence, the same.
  // "invitée à s'exprimer devant les dirigeants", "invité à prendre la parole": to speak at the article's gathering.
  const honour = (tokens[i + 1]?.key === "d'" && tokens[i + 2]?.key === 'honneur') || (i === 0 && tokens[1]?.key === ',') || (tokens[i + 1]?.key === 'a' && TAKE_PART.has(tokens[i + 2 + (REFLEXIVE.has(tokens[i + 2]?.key ?? '') ? 1 : 0)]?.key ?? ''));
  if (!honour && !['a', 'au', 'aux'].includes(tokens[i + 1]?.key ?? '')) return;
  const start = clause.clauseStart(i);
  const end = clause.clauseEnd(i);
  const event = honour ? focusFor(ctx) : eventAfter(ctx, i, Math.min(end, i + 4));
  const conf = confidenceAt(ctx, start, i);
  if (!event || conf === null || clause.negated(start, end - 1) || turnedDown(tokens, i)) return;
  const before = argsJustBefore(clause, i, 'core');
  const opening = i === 0 ? clause.args.filter((a) => a.role === 'core' && a.mention.first > 1).slice(0, 1) : [];
  attendances.add(before.length ? before : opening.length ? opening : clause.subjects(i, ctx.previousSubject), event, Math.min(conf, 0.7));
}

/** "Y y était présent": at the event of the sentence before. */
function presentThere(ctx: SentenceContext, attendances: Attendances, i: number): void {
  const { clause } = ctx;
  const conf = confidenceAt(ctx, clause.clauseStart(i), i);
  if (conf !== null) attendances.add(clause.subjects(i, ctx.previousSubject), ctx.previousEvent, conf);
}

/** "Étaient également présents A et B": the inverted subject. */
function presentInverted(ctx: SentenceContext, attendances: Attendances, i: number): void {
  const { clause } = ctx;
  const end = clause.clauseEnd(i);
  const conf = confidenceAt(ctx, 0, i);
  const named = companionsFrom(ctx, i + 1, end);
  if (conf !== null) attendances.add(named, eventAfter(ctx, i, end) ?? eventBefore(ctx, i) ?? mealJustTold(ctx) ?? focusFor(ctx), Math.min(conf, 0.8));
}

/** "X avait convié ses homologues à dîner. Étaient présents A, B…": the meal the sentence before told, in the paragraph. */
function mealJustTold(ctx: SentenceContext): string | undefined {
  const told = ctx.previousEvent && ctx.previousEvent !== focusKey(ctx.events) && ctx.previousSentence?.sameParagraph ? draftOf(ctx.events, ctx.previousEvent) : undefined;
  return told && told.sentence === ctx.index - 1 && MEAL_KINDS.has(told.kind) ? ctx.previousEvent : undefined;
}

/** "Le ministre X était également présent.": at the article's gathering ("…, de même que Y": Y too). */
function presentClosing(ctx: SentenceContext, attendances: Attendances, i: number): void {
  const { clause, tokens } = ctx;
  const conf = confidenceAt(ctx, clause.clauseStart(i), i);
  const event = eventBefore(ctx, i) ?? focusFor(ctx) ?? justTold(ctx);
  if (conf === null) return;
  attendances.add(clause.subjects(i, ctx.previousSubject), event, Math.min(conf, 0.8));
  const alike = alikeAt(tokens, i + 1);
  if (alike) attendances.add(companionsFrom(ctx, i + 1 + alike, tokens.length), event, Math.min(conf, 0.75));
}

/** The word at `i` opens the sentence, or follows only an adverb ("Également intervenu à distance, …"). */
function opensSentence(tokens: Token[], i: number): boolean {
  return i === 0 || (i === 1 && /ment$/.test(tokens[0]!.key));
}

/** Kinds of event held between two people ("un entretien", "un échange"). */
const ONE_TO_ONE = new Set(['talk', EXCHANGE]);

/** The verb at `i` is an infinitive after "de" or "à" (a reflexive pronoun between): "de se joindre", "à rejoindre". */
function infinitiveAfterPreposition(tokens: Token[], i: number): boolean {
  if (!/(?:er|ir|re)$/.test(tokens[i]!.key)) return false;
  let k = i - 1;
  if (tokens[k]?.key === 'se' || tokens[k]?.key === "s'") k--;
  return tokens[k]?.key === 'de' || tokens[k]?.key === "d'" || tokens[k]?.text === 'à';
}

/** "X et Y étaient également dans la salle.": present at the gathering, as "étaient présents" says. */
function inTheRoom(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens } = ctx;
  for (let i = 2; i < tokens.length - 3; i++) {
    if (tokens[i]!.key !== 'dans' || tokens[i + 1]!.key !== 'la' || tokens[i + 2]!.key !== 'salle' || !sentenceEnds(tokens, i + 3) || !copulaBefore(tokens, i)) continue;
    presentClosing(ctx, attendances, i);
  }
}

/** ", de même que", ", ainsi que", ", tout comme" at `at`: its length, else 0. */
function alikeAt(tokens: Token[], at: number): number {
  if (tokens[at]?.key !== ',') return 0;
  const length = phraseAt(tokens, at + 1, ALIKE_OR_ALSO);
  return length ? length + 1 : 0;
}
const ALIKE_OR_ALSO = [...words.alikePhrases, ...A.asWellAsPhrases];

/** "Présente par visioconférence, X…": at the article's gathering from afar. */
function presentRemotely(ctx: SentenceContext, attendances: Attendances, i: number): void {
  const { clause, tokens } = ctx;
  const conf = confidenceAt(ctx, clause.clauseStart(i), i);
  // "A, B et C étaient connectés par visioconférence": all the copula's subjects; "Les autres participants – A, B, C –
  // étaient connectés": those the dashes set off before it.
  const copula = LINKING.has(tokens[i - 1]?.key ?? '');
  const before = copula ? [] : argsJustBefore(clause, i, 'core');
  let who = before.length ? before : opensSentence(tokens, i) ? frontedSubject(ctx) : clause.subjects(copula ? i - 1 : i, ctx.previousSubject);
  if (copula && !who.length && DASHES.has(tokens[i - 2]?.key ?? '')) {
    let open = i - 3;
    while (open > 0 && !DASHES.has(tokens[open]!.key)) open--;
    who = clause.args.filter((a) => a.mention.label === 'Person' && a.role === 'parenthetical' && a.mention.first > open && a.mention.last < i - 2);
  }
  const event = eventAfter(ctx, i, clause.clauseEnd(i)) ?? focusFor(ctx);
  if (conf === null) return;
  attendances.add(who, event, Math.min(conf, 0.8));
  // "…, par visioconférence, tout comme le chancelier allemand, X, la présidente du conseil italienne, Y…": those alike too.
  for (let k = i + 1; k < tokens.length - 2; k++) {
    if (tokens[k]!.key !== 'tout' || tokens[k + 1]!.key !== 'comme') continue;
    attendances.add(clause.args.filter((a) => a.mention.label === 'Person' && a.mention.first > k + 1 && a.role !== 'genitive'), event, Math.min(conf, 0.75));
    break;
  }
}

const LINKING = new Set(A.linkingVerbs);
const DASHES = new Set(['–', '—', '-']);

/** "par visioconférence" at `from`, or after a place from where ("depuis Londres, par visioconférence"). */
/** "absent de La Haye": the absence told between `from` and `to` is from a place, a name (not "absent de la rencontre"). */
function awayFromPlace(tokens: Token[], from: number, to: number): boolean {
  // ("retenu à Vienne par un débat budgétaire, a participé aux travaux par visioconférence": away from a town too.)
  for (let k = from; k < to; k++) if (ABSENCE.has(tokens[k]!.key)) return ['de', "d'", 'a', 'au', 'en'].includes(tokens[k + 1]?.key ?? '') && !!tokens[k + 2]?.cap;
  return false;
}

/** A remote means ("par visioconférence") within a few words after the verb at `at`, in its clause. */
function remoteSoonAfter(tokens: Token[], at: number): boolean {
  for (let k = at + 1; k < Math.min(tokens.length, at + 6) && !CLAUSE_ENDS.has(tokens[k]!.key); k++) if (remoteMeansAt(tokens, k)) return true;
  return false;
}

function remoteAfter(tokens: Token[], from: number): boolean {
  let k = from;
  // ("s'est adressé à l'assemblée par vidéo", "devant les participants par visioconférence": past those spoken to;
  // "à distance" is itself the means.)
  if (AUDIENCE_OPENERS.has(tokens[k]?.key ?? '') && !remoteMeansAt(tokens, k)) {
    for (let j = k + 1; j <= k + 4 && tokens[j] && tokens[j]!.key !== ','; j++) if (remoteMeansAt(tokens, j)) return true;
    return false;
  }
  if (tokens[k]?.key === 'depuis') {
    while (k < from + 5 && tokens[k] && tokens[k]!.key !== ',') k++;
    if (tokens[k]?.key !== ',') return false;
    k++;
  }
  return remoteMeansAt(tokens, k);
}

const AUDIENCE_OPENERS = new Set(A.audienceOpeners);

/** "Présent lui aussi, le Sud-Africain X…": a fronted presence or arrival. */
function frontedPresence(ctx: SentenceContext, attendances: Attendances, i: number): void {
  const { tokens } = ctx;
  // ("Présent lui aussi autour de la table, le chancelier X…": a few words more.)
  const comma = tokens.findIndex((t, k) => k > 0 && k <= 9 && t.key === ',');
  const elsewhere = comma > 0 && ctx.mentions.places.some((p) => p.first < comma);
  const event = comma > 0 && !elsewhere ? focusFor(ctx) : undefined;
  const conf = confidenceAt(ctx, 0, i);
  if (event && conf !== null) attendances.add(frontedSubject(ctx).filter((a) => a.mention.label === 'Person'), event, Math.min(conf, 0.8));
}

/** "présent au sommet", "réunis", "présent dans la salle". */
function presentAt(ctx: SentenceContext, attendances: Attendances, i: number, frontRow: boolean, inRoom: boolean): void {
  const { tokens, clause } = ctx;
  const start = clause.clauseStart(i);
  const end = clause.clauseEnd(i);
  const conf = confidenceAt(ctx, start, i);
  // "Micheál Martin, présent à la réunion, a estimé": the name just before; "A, B et C étaient présents dans la salle": the copula's subjects.
  const before = copulaBefore(tokens, i) ? [] : argsJustBefore(clause, i, 'core');
  // ("Réunis samedi à Johannesburg, A, B et C ont jugé…": a fronted participle's subjects after its comma.)
  const who = before.length ? before : i === 0 && PRESENCE.has(tokens[i]) ? frontedSubject(ctx) : i === 0 && ASSEMBLED.has(tokens[i]) ? assembledSubjects(ctx) : clause.subjects(i, ctx.previousSubject);
  // "présent au sommet" is attendance; "présent à Bruxelles" is not, by itself.
  // ("présent jeudi au Bella Center": past the day, at the gathering's venue; "présente dès vendredi,": there that day.)
  const there = i + 1 + daysAfterPresence(tokens, i);
  // (A gathering of several days is dated by one: present the day before its close is present at it.)
  const thatDay = there > i + 1 ? (SET_OFF.has(tokens[there]?.key ?? '') ? focusKey(ctx.events) : atVenue(ctx, there)) : undefined;
  // ("Réunis à huis clos en marge du sommet, …": the gathering the participle itself tells, not the one it is beside.)
  const told = ASSEMBLED.has(tokens[i]) ? ctx.mentions.events.find((e) => e.first === i) : undefined;
  const event = ASSEMBLED.has(tokens[i]) || inRoom ? ((told ? eventOf(ctx, told) : undefined) ?? eventAfter(ctx, i, end) ?? focusFor(ctx) ?? (frontRow ? ctx.previousEvent : undefined)) : (eventAfter(ctx, i, Math.min(end, i + 5)) ?? focusAtPlace(ctx, there) ?? thatDay);
  if (conf !== null) attendances.add(who, event, conf);
}

const CHAIR_LABELS = new Set(['Person', 'Country', 'Organization']);
const ALSO = new Set(A.alsoAdverbs);
const PARTICIPLE_ARRIVALS = new Set([...A.arrived, ...A.goneTo]);

/** The token after a day or a part of the day told at `at` ("jeudi", "en fin de matinée"), else `at`. */
function pastWhen(ctx: SentenceContext, at: number): number {
  const when = ctx.times.expressions.find((e) => e.first === at);
  if (when) return when.last + 1;
  const { tokens } = ctx;
  if (tokens[at]?.key !== 'en' && tokens[at]?.key !== 'dans') return at;
  for (let k = at + 1; k <= at + 4 && tokens[k]; k++) if (DAY_PARTS.has(tokens[k]!.key)) return k + 1;
  return at;
}

/** "ont tenu une réunion", "a présidé le sommet" (HOLD, CHAIR; `hold` words long). */
function held(ctx: SentenceContext, attendances: Attendances, i: number, hold: number): void {
  const { tokens, clause } = ctx;
  const start = clause.clauseStart(i);
  const end = clause.clauseEnd(i);
  // "(la conférence) coprésidée par la France et l'Arabie saoudite": the agents chair the event named before.
  // (Not "ont présidé par visioconférence une réunion": the means, not the agent.)
  // ("coprésidée depuis Londres par X et depuis Paris par Y": past where from.)
  const from = tokens[i + hold]?.key === 'depuis' ? tokens.findIndex((t, k) => k >= i + hold + 2 && k <= i + hold + 4 && t.key === 'par') : -1;
  // ("ouverte en fin de matinée par X", "ouverte jeudi par X": past when.)
  const by = from > 0 ? from : pastWhen(ctx, i + hold);
  if (tokens[by]?.key === 'par' && !remoteMeansAt(tokens, by)) {
    // "Coprésidée par X et Y, la conférence … s'est achevée": a participle opening the sentence is of
    // the gathering its clause is about; the chairs are the ones named before it.
    const opening = i === 0 ? ctx.mentions.events.find((x) => x.first > i) : undefined;
    // ("une réunion tenue en marge du sommet et coprésidée par X": the meeting, not the summit that frames it.)
    // ("En pleine séance, le Conseil présidé par le général X a rejeté…": past a comma, the participle is of the noun it follows,
    // unless set off by its own comma, "la séance, présidée par X".)
    const before = opening ? undefined : [...ctx.mentions.events].reverse().find((x) => x.last < i && !onMargins(tokens, x));
    // (Not after a copula: "La réunion, qui avait été convoquée à la demande de Maputo, était présidée par X".)
    const apart = before !== undefined && tokens[i - 1]!.key !== ',' && !COPULAS.has(tokens[i - 1]!.key) && tokens.slice(before.last + 1, i).some((t) => t.key === ',');
    const chaired = apart ? undefined : before;
    const event = opening ? eventAfter(ctx, i, opening.first + 1) : chaired ? eventOf(ctx, chaired) : apart ? undefined : eventBefore(ctx, i);
    const conf = confidenceAt(ctx, start, i);
    if (opening) {
      const chairs = clause.args.filter((a) => CHAIR_LABELS.has(a.mention.label) && a.mention.first > i + hold && a.mention.last < opening.first);
      if (event && conf !== null) attendances.add(chairs, event, conf);
      if (event) attendances.event ??= event;
      return;
    }
    // The agent may be told by an apposition after a title the lexicon does not know ("par la
    // secrétaire générale adjointe aux opérations de paix, la Norvégienne X"): the first person after "par".
    const byAgent = clause.objects(i, end).filter((a) => a.preposition === 'par');
    const agents = byAgent.length ? byAgent : clause.args.filter((a) => a.mention.label === 'Person' && a.mention.first > i + hold && a.mention.first <= i + hold + 12 && a.mention.first < end).slice(0, 1);
    if (event && conf !== null) attendances.add(agents, event, conf);
    if (event) attendances.event ??= event;
    return;
  }
  // "La conférence s'est ouverte lundi …, en présence de X": the event opened itself; who is named
  // after attends it.
  if ((tokens[i - 1]?.key === "s'" || tokens[i - 2]?.key === "s'") && !eventAfter(ctx, i, Math.min(end, i + 8))) {
    attendances.event ??= eventBefore(ctx, i);
    return;
  }
  // "a ouvert le sommet", "a ouvert les travaux" (of the article's gathering)
  const part = tokens.slice(i + 1, i + 4).some((t) => GATHERING_PARTS.has(t.key));
  // "a ouvert samedi 18 novembre, au centre de conférences de Sandton, à Johannesburg, un sommet":
  // the when and where may come before the object.
  // ("X, hôte de cette édition, l'a coprésidé avec son homologue": "l'" is the gathering told before.)
  const clitic = tokens[i - 1]?.key === "l'" || (tokens[i - 2]?.key === "l'" && HAS_FORMS.has(tokens[i - 1]?.key ?? ''));
  // ("la visioconférence, que le Premier ministre X coprésidait depuis Londres": the event the relative stands for.)
  const event = eventAfter(ctx, i, Math.min(end, afterComplements(tokens, i + hold, end) + 8)) ?? pastCochairAside(ctx, i + hold, end) ?? eventOfRelative(ctx, start) ?? (part ? focusFor(ctx) : clitic ? (eventBefore(ctx, i) ?? focusFor(ctx)) : undefined);
  if (event) {
    // (A gerund's clause is its own: "« … n'est pas … », a lancé en ouvrant les travaux X".)
    const conf = confidenceAt(ctx, tokens[i - 1]?.key === 'en' ? i - 1 : start, i);
    // "a coprésidé la réunion avec son homologue britannique, X": X chaired it too.
    const cochairs = clause.objects(i, end).filter((a) => a.preposition === 'avec' && a.mention.label === 'Person');
    // "« … », a lancé en ouvrant les travaux le président panaméen, X": the gerund's subject is the
    // speaker, named after it; not the quotation's subject.
    const gerund = tokens[i - 1]?.key === 'en';
    const speaker = gerund ? (clause.args.find((a) => a.mention.label === 'Person' && a.mention.last === i - 2) ?? clause.inciseSpeaker()?.speaker) : undefined;
    const after = gerund ? clause.args.filter((a) => a.mention.label === 'Person' && a.role === 'core' && a.mention.first > i && a.mention.first <= i + 10).slice(0, 1) : [];
    // ("a répondu X en clôturant les travaux": the one named right before it, else the incise's speaker.)
    // ("Ouvrant la séance, le secrétaire général X a appelé…": a participle opening the sentence, its subject after the comma.)
    const fronted = i === 0 && tokens[i]!.key.endsWith('ant') ? frontedSubject(ctx) : [];
    const subjects = fronted.length ? fronted : !gerund ? clause.subjects(i, ctx.previousSubject) : after.length ? after : speaker?.mention.label === 'Person' ? [speaker] : [];
    if (conf !== null) attendances.add([...subjects, ...cochairs], event, conf);
    attendances.event ??= event;
    // "X a eu un entretien avec Y": the talk is between them both, not with Y alone.
    if (conf !== null) joinParticipants(ctx, event, subjects);
  }
}

/** "a coprésidé avec X, connecté depuis Londres, une visioconférence": the object past the co-chair's participle aside. */
function pastCochairAside(ctx: SentenceContext, from: number, end: number): string | undefined {
  const { tokens } = ctx;
  if (tokens[from]?.key !== 'avec') return undefined;
  const comma = tokens.findIndex((t, k) => k > from && k <= Math.min(end, from + 8) && t.key === ',');
  if (comma < 0 || !PAST_PARTICIPLE.test(tokens[comma + 1]?.text ?? '')) return undefined;
  const next = tokens.findIndex((t, k) => k > comma + 1 && k <= comma + 7 && t.key === ',');
  return next > 0 ? eventAfter(ctx, next, Math.min(tokens.length, next + 6)) : undefined;
}

/** "ont signé un accord": the signers attend the signing (and the states that sign signed it). */
function signed(ctx: SentenceContext, attendances: Attendances, i: number): void {
  const { tokens, clause } = ctx;
  const start = clause.clauseStart(i);
  const end = clause.clauseEnd(i);
  const conf = confidenceAt(ctx, start, i);
  // "ont paraphé un accord, lors d'une cérémonie à la Maison Blanche": that ceremony, else the
  // article's gathering, unless the sentence is somewhere else ("s'est rendue à Washington pour
  // parapher le texte avec X": a signing there, between them).
  const signers = [...clause.subjects(i, ctx.previousSubject), ...clause.objects(i, end).filter((a) => a.preposition === 'avec' && a.mention.label === 'Person')];
  // "Les États-Unis et l'Ukraine ont signé un accord": a state or a body that signs ATTENDED the
  // signing (ONTOLOGY.md: "signed at" is attendance) and also SIGNED it.
  const people = signers.filter((a) => a.mention.label === 'Person');
  const parties = signers.filter((a) => a.mention.label !== 'Person' && a.mention.ref);
  // "ont signé un accord, au deuxième jour de la visite": a visit frames the signing, which is an event of its own.
  let event = eventAfter(ctx, i, end);
  if (event && draftOf(ctx.events, event)?.kind === 'visit') event = undefined;
  // "X a reçu lundi à Dakar Y. Les deux dirigeants ont signé un accord": at the meeting told before,
  // when their sentence gives no day of its own.
  if (!event && people.length && people.every((a) => a.mention.sentence !== ctx.index) && !ctx.times.dates.some((d) => d !== null)) event = ctx.previousEvent;
  // "ont signé mardi un accord", told on another day than the gathering's: a signing of its own too.
  // (And with no gathering in the article, as in a state visit's day: "… ont signé trois accords".)
  const ownSigning = ctx.events.focus === undefined && people.length > 0 && tenseNear(tokens, i) === 'past';
  if (!event && (elsewhere(ctx) || ownSigning || (ctx.times.dates.some((d) => d !== null) && !focusFor(ctx)))) {
    const countries = [...new Set([...parties.map((a) => a.mention.ref!), ...people.map((a) => countryOf(ctx, a.mention.ref!)).filter((c) => c !== undefined)])];
    const draft = addVerbEvent(ctx.events, 'signing', ctx.index, tokens, ctx.times, i, ctx.articleDate, people.map((a) => a.mention.ref!), ctx.mentions.places, true, countries);
    // "s'est rendue à Washington pour parapher le texte": the city the signer went to.
    const wentTo = placeGoneTo(ctx, start, i);
    if (!draft.place && wentTo) draft.place = wentTo.city;
    // Undated, on the day and at the place of the event told just before ("Les deux chefs d'État se sont entretenus… Ils ont signé").
    const before = !draft.date && ctx.previousEvent ? draftOf(ctx.events, ctx.previousEvent) : undefined;
    if (before?.date) draft.date = before.date;
    if (before?.place && !draft.place) draft.place = before.place;
    // (A state visit's signing is in the article's city: "À Accra, X mise sur…".)
    if (ownSigning && !draft.place && ctx.events.mainPlace) draft.place = ctx.events.mainPlace;
    event = eventKey(draft.id);
  }
  event ??= focusFor(ctx);
  if (conf !== null) {
    attendances.add(signers, event, conf);
    if (event) for (const p of parties) addFact(ctx, { type: 'SIGNED', source: p.mention.ref!, target: event, confidence: conf });
  }
  if (event) attendances.event ??= event;
}

/** "X a réuni à l'Élysée ses homologues" (GATHER; `gather` words long). */
function gathered(ctx: SentenceContext, attendances: Attendances, i: number, gather: number): void {
  const { tokens, clause } = ctx;
  const start = clause.clauseStart(i);
  const end = clause.clauseEnd(i);
  // "La veille du sommet, X avait réuni à Luxembourg les ministres": the gathering the verb tells, not the one before.
  const event = eventAt(ctx, i) ?? notElsewhere(ctx, i + gather, eventBefore(ctx, i) ?? focusFor(ctx));
  // ("Au lendemain du sommet, réuni jeudi à Tirana, la presse s'interroge sur la coalition": a participle
  // after its noun has no object.)
  const objects = tokens[i]!.key === 'reuni' && tokens[i - 1]?.key === ',' ? [] : clause.objects(i, end).filter((a) => a.role === 'core');
  // Who gathers them is there too ("X a réuni à l'Élysée ses homologues"), as the one whose home it is
  // ("un dîner a réuni à la résidence du chef du gouvernement, X, …").
  const hosts = clause.subjects(i, ctx.previousSubject).filter((a) => a.mention.label === 'Person');
  for (const a of clause.args) if (a.mention.label === 'Person' && a.mention.first > i && a.mention.first < end && RESIDENCES.has(tokens[a.mention.npFirst - 2]?.key ?? '') && ['de', 'du'].includes(tokens[a.mention.npFirst - 1]!.key)) hosts.push(a);
  attendances.add([...hosts, ...objects], event, clause.conditional(start, i) || tenseNear(tokens, i) === 'future' ? 0.6 : 0.8);
}

/** "Hôte de la réunion, le président X": the host attends and hosts it. */
function hostNamed(ctx: SentenceContext, attendances: Attendances, i: number): void {
  const { clause } = ctx;
  const end = clause.clauseEnd(i);
  const event = eventAfter(ctx, i, Math.min(end, i + 5));
  // "Hôte de la réunion, le président nigérian, X, a annoncé…": the subject after the fronted phrase;
  // "L'hôte du sommet, X, a promis…": the name in apposition to the subject.
  const fronted = i === 0 || (i === 1 && ARTICLES.has(ctx.tokens[0]!.key));
  const host = fronted ? frontedSubject(ctx).filter((a) => a.mention.label === 'Person') : argsJustBefore(clause, i, 'Person');
  if (event) {
    attendances.add(host, event, 0.9);
    for (const h of host) addFact(ctx, { type: 'HOSTED', source: h.mention.ref!, target: event, confidence: 0.9 });
  }
}

// "a rejoint le sommet", "est arrivé à Ankara" (the gathering's city), "s'est exprimé devant le sommet".
function cameTo(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  const words = ctx.words;
  for (let i = 0; i < tokens.length && words & CAME_TO.bit; i++) {
    const length = CAME_TO.matchAt(tokens, i);
    if (!length) continue;
    // "a annulé sa venue à Tirana": the noun, not the verb.
    if (tokens[i]!.key.startsWith('venu') && NOUN_DETERMINERS.has(tokens[i - 1]?.key ?? '')) continue;
    // "de convaincre X de se joindre à la conférence", "l'a invité à rejoindre le sommet": an infinitive after "de" or "à"
    // is what someone was asked or meant to do, not done.
    if (infinitiveAfterPreposition(tokens, i)) continue;
    // "s'est joint à l'échange", "se joindra au sommet", "s'était connecté depuis Kyiv": reflexive only ("le communiqué joint").
    if ((tokens[i]!.key.startsWith('joi') || tokens[i]!.key.startsWith('connect')) && !tokens.slice(Math.max(0, i - 3), i).some((t) => t.key === 'se' || t.key === "s'")) continue;
    // "a suivi les discussions depuis Jérusalem", "à la télévision": followed from afar, not attended; "a suivi les
    // débats par visioconférence depuis Majuro", "à distance", "par écran interposé": taking part from afar.
    // ("Resté à Beyrouth, il a fait savoir qu'il « suivait les travaux »": from where he stayed, unless by a video link.)
    if (tokens[i]!.key.startsWith('suiv') && (followedFromAfar(tokens, i + 1, clause.clauseEnd(i)) || (stayedAway(tokens) && !joinedFromAfar(tokens, i + 1, clause.clauseEnd(i))))) continue;
    const start = clause.clauseStart(i);
    const conf = confidenceAt(ctx, start, i);
    // (Not "à distance": how, not where.)
    const to = tokens.slice(i + length, i + length + 3).findIndex((t, k) => (t.key === 'a' || t.key === 'au') && !remoteMeansAt(tokens, i + length + k));
    // "a lui aussi fait le déplacement.": a trip with no other destination is to the article's gathering.
    // "sont arrivés en premier", "est arrivée dans la matinée": an arrival with no other destination too.
    const ending = tokens[i + length]?.key ?? '.';
    // "avec un jour de retard", "en retard": late, but there.
    const late = (ending === 'avec' || ending === 'en') && tokens.slice(i + length + 1, i + length + 5).some((t) => t.key === 'retard');
    // ("est arrivé en fin de matinée", "en milieu d'après-midi": at a time of the day, no other destination.)
    const partOfDay = ending === 'en' && ['fin', 'debut', 'milieu'].includes(tokens[i + length + 1]?.key ?? '') && DAY_PARTS.has(tokens[i + length + 3]?.key ?? '');
    // ("est arrivé tout sourire.": a manner, and the sentence ends; no other destination.)
    const inManner = (ending === 'tout' || ending === 'tres') && SENTENCE_ENDS.has(tokens[i + length + 2]?.key ?? '');
    const arrived = tokens[i]!.key.startsWith('arriv') && (late || partOfDay || inManner || (ARRIVAL_ORDER.has(ending) ? ORDINALS.has(tokens[i + length + 1]?.key ?? '') : ending === 'dans' && DAY_PARTS.has(tokens[i + length + 2]?.key ?? '')));
    // "a écourté sa participation (pour rentrer au Caire)": one's own stay at the article's gathering.
    // Not a stay somewhere else ("a écourté sa visite en France").
    // ("a fait le voyage depuis Kiev" is a trip, "était du voyage" a stay with the travellers.)
    const travel = tokens[i + length - 2]?.key === 'le' && (tokens[i + length - 1]!.key === 'deplacement' || tokens[i + length - 1]!.key === 'voyage');
    const stay = (length === 3 && OWN_STAY.has(tokens[i + 2]!.key) && !STAY_ELSEWHERE.has(ending)) || (THERE_WORDS.has(tokens[i + length - 1]!.key) && !travel);
    // ("X, venu plaider en personne, a averti": came to do something there; "X, venu en personne, a promis": came.)
    // ("X est venu en émissaire du président Y", "en observateur": came in that role.)
    const cameToDo = tokens[i]!.key.startsWith('venu') && (/(?:er|ir|re)$/.test(ending) || (ending === 'en' && (tokens[i + length + 1]?.key === 'personne' || CAME_AS.has(tokens[i + length + 1]?.key ?? '')))) && !NOUN_DETERMINERS.has(tokens[i - 1]?.key ?? '');
    // ("a pris la parole, jeudi, devant une centaine de délégations": before the gathering.)
    const addressed = tokens[i + length - 1]!.key === 'parole' && tokens.slice(i + length, i + length + 8).some((t) => t.key === 'devant');
    const trip = stay || cameToDo || addressed || (to < 0 && (travel || tokens[i]!.key.startsWith('arriv')) && (TRIP_ENDS.has(ending) || arrived));
    // "a quitté la salle", "a rejoint les discussions": a part of the article's gathering.
    // ("a suivi une partie des échanges": a part of them.)
    // ("…, a répété X, qui quittait le centre de conférences": leaving where it is held.)
    const part = tokens.slice(i + length, i + length + 4).some((t) => GATHERING_PARTS.has(t.key)) || (tokens[i]!.key.startsWith('quitt') && VENUES.has(tokens[i + length + 1]?.key ?? '') && ARTICLES.has(tokens[i + length]?.key ?? ''));
    // "a quitté Tirana en début d'après-midi": the gathering's city, so one was there.
    // (Not "reproche à X d'avoir quitté Tirana": the infinitive's subject is not the clause's.)
    const leftTown = tokens[i]!.key.startsWith('quitt') && SENT_AUXILIARIES.has(tokens[i - 1]?.key ?? '') && leftFocusCity(ctx, i + length);
    // ("…, l'Autrichienne X, venue à Nairobi pour l'occasion.": a participle in apposition, the name just before.)
    const apposed = tokens[i - 1]?.key === ',' && PARTICIPLE_ARRIVALS.has(tokens[i]!.key) ? argsJustBefore(clause, i, 'Person') : [];
    // ("Le Premier ministre haïtien, X, venu de Port-au-Prince, a plaidé": come from elsewhere, to the article's gathering.)
    const cameFrom = apposed.length > 0 && tokens[i + length]?.key === 'de' && (ctx.mentions.places.some((p) => p.first === i + length + 1) || ctx.mentions.mentions.some((m) => m.form === 'capital' && m.first === i + length + 1));
    // ("X, venu avec sa ministre des Affaires étrangères Y, a promis…": came, with someone, to the article's gathering.)
    const cameWith = tokens[i]!.key.startsWith('venu') && tokens[i + length]?.key === 'avec' && !ctx.mentions.places.length ? clause.peopleAfter(i + length, 8) : [];
    // ("Outre l'hôte, ont fait le déplacement A (Jamaïque), B et C", "Avaient fait le voyage A et B": the subjects after the verb.)
    // (Not "X, coordonnateur du Conseil, avait fait le voyage avec Y": a subject before, set off by its apposition.)
    const inverted = travel && invertedAt(tokens, i) && !clause.args.some((a) => a.mention.label === 'Person' && a.mention.last < i) ? clause.args.filter((a) => a.mention.label === 'Person' && a.mention.first >= i + length && a.mention.first < clause.clauseEnd(i + length) && a.role !== 'genitive') : [];
    // (Leaving the town on another day than the gathering's, "a quitté Copenhague dès mercredi soir", says one missed it.)
    // ("s'était connecté depuis Kyiv": to the gathering told, from afar; "s'y est connecté", "s'y est joint par
    // visioconférence": to the one just told.)
    const connected = tokens[i]!.key.startsWith('connect');
    const there = (connected || tokens[i]!.key.startsWith('joi')) && tokens.slice(Math.max(0, i - 3), i).some((t) => t.key === 'y') ? ctx.previousEvent : undefined;
    // ("se sont connectés depuis la Nuvola à la visioconférence": where from, then what to.)
    // ("s'était exprimée le matin en séance plénière": the plenary is the article's gathering's, whatever side meeting the paragraph tells.)
    const plenary = part && tokens.slice(i + length, i + length + 5).some((t) => t.key === 'pleniere') && !namesOtherDay(ctx.times, focusDraftOf(ctx.events)) ? focusKey(ctx.events) : undefined;
    const event = plenary ?? eventAfter(ctx, i, Math.min(clause.clauseEnd(i), i + length + (connected ? 8 : 5))) ?? eventOfRelative(ctx, start) ?? there ?? (to >= 0 && !stay && !connected ? focusAtPlace(ctx, i + length + to) : leftTown ? focusFor(ctx) : trip || part || cameFrom || connected || cameWith.length || inverted.length ? (focusFor(ctx) ?? justTold(ctx)) : undefined);
    // ("Venu à Vienne avec une délégation étoffée, le ministre X a confirmé": a participle opening the sentence, its subject after the comma.)
    const who = inverted.length ? inverted : i === 0 && tokens[i]!.key.startsWith('venu') ? frontedSubject(ctx) : apposed.length ? apposed : clause.subjects(i, ctx.previousSubject);
    // (Its own tense: "L'UE financera la force, a annoncé X, venue à Nairobi".)
    const sure = apposed.length ? confidenceAt(ctx, i - 1, i) : conf;
    // ("quitte le Danemark avant la réunion": left before it.)
    // (Not "a quitté le sommet avant la signature" nor "a quitté la salle avant le vote": left it, so was there.)
    const avant = tokens[i]!.key.startsWith('quitt') ? tokens.findIndex((t, k) => k > i && k < i + length + 5 && t.key === 'avant') : -1;
    // (Nor "a quitté Rome avant la fin des travaux": before its end, so was there; only "avant la réunion" itself.)
    // (Not "a quitté Bruxelles jeudi soir, avant le dîner": before a later part of the gathering, another event, so was at it.)
    const before = avant > 0 ? ctx.mentions.events.find((e) => e.first === avant + 1 || e.first === avant + 2 || (OPENINGS.has(tokens[avant + 2]?.key ?? '') && e.first > avant + 2 && e.first <= avant + 5)) : undefined;
    const laterPart = !!before && !!event && MEAL_KINDS.has(before.kind) && eventOf(ctx, before) !== event;
    const leftBefore = avant > 0 && !laterPart && !tokens.slice(i + 1, avant).some((t) => GATHERING_PARTS.has(t.key)) && !ctx.mentions.events.some((e) => e.first > i && e.first < avant) && before !== undefined;
    if (sure !== null && event && !leftBefore) {
      attendances.add(who.filter((a) => a.mention.label === 'Person'), event, Math.min(sure, 0.8));
      if (cameWith.length) attendances.add(cameWith, event, Math.min(sure, 0.75));
      // ("Une quinzaine de dirigeants avaient fait le déplacement, parmi lesquels A, B et C": those named.)
      const among = who.some((a) => a.mention.label === 'Person') ? -1 : namedAmongAfter(tokens, i + length);
      if (among > 0) attendances.add(namedAfter(ctx, among), event, Math.min(sure, 0.8));
      // ("a suivi la réunion par visioconférence, tout comme le Canadien X": X too.)
      const end = clause.clauseEnd(i);
      const comma = tokens.findIndex((t, k) => k > i && k < end && t.key === ',' && alikeAt(tokens, k) > 0);
      if (comma > 0) attendances.add(companionsFrom(ctx, comma + alikeAt(tokens, comma), clause.clauseEnd(comma + 1)).filter((a) => a.mention.label === 'Person'), event, Math.min(sure, 0.75));
    }
    // "Les deux hommes ont ensuite rejoint dans le Salon Est le président français X, …": on the day of the
    // article's gathering, those joined and those who join them are at it.
    else if (sure !== null && tokens[i]!.key.startsWith('rejoi')) joinedPeople(ctx, attendances, i, who, sure);
    i += length - 1;
  }
}

/** "…ont coprésidé l'échange, auquel X s'est joint", "la réunion, que X coprésidait": the event the relative pronoun before the clause at `start` stands for. */
function eventOfRelative(ctx: SentenceContext, start: number): string | undefined {
  const { tokens } = ctx;
  const pronoun = start - 1;
  if (!RELATIVE_TO.has(tokens[pronoun]?.key ?? '')) return undefined;
  // ("à laquelle", "auxquels"; set off by its comma or not.)
  let before = tokens[pronoun - 1]?.key === 'a' ? pronoun - 2 : pronoun - 1;
  if (tokens[before]?.key === ',') before--;
  // (Its complement may stand between: "la visioconférence de la « coalition des volontaires », que…".)
  const e = ctx.mentions.events.findLast((x) => x.last <= before && before - x.last <= 8 && !tokens.slice(x.last + 1, before + 1).some((t) => t.key === ',' || t.key === '.'));
  const id = e && ctx.events.ofMention.get(e);
  return id === undefined ? undefined : eventKey(id);
}
const RELATIVE_TO = new Set(A.eventRelatives);

function joinedPeople(ctx: SentenceContext, attendances: Attendances, at: number, who: Argument[], sure: number): void {
  const joined = ctx.clause.objects(at).filter((a) => a.role === 'core' && a.mention.label === 'Person');
  const event = joined.length ? focusFor(ctx) : undefined;
  if (event) attendances.add([...who.filter((a) => a.mention.label === 'Person'), ...joined], event, Math.min(sure, 0.8));
}

// "Autour de X se trouvaient notamment A, B et C", "parmi les invités figuraient A": the people
// named after the verb (its subject, inverted) were there.
function presentAmong(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  const words = ctx.words;
  for (let i = 0; i < tokens.length && words & PRESENT_AMONG.bit; i++) {
    const length = PRESENT_AMONG.matchAt(tokens, i);
    if (!length || ((tokens[i]!.key.startsWith('trouv') || tokens[i]!.key.startsWith('ten')) && tokens[i - 1]?.key !== 'se')) continue;
    // "Suivent le président français X, …": arrivals told after one, the verb opening the sentence.
    if ((i === 0) !== tokens[i]!.key.startsWith('suiv')) continue;
    // "Il y avait autour de la table A, B": only after "il y", and around a table or among the guests.
    if (tokens[i]!.key === 'avait' && !(tokens[i - 1]!.key === 'y' && tokens[i - 2]?.key === 'il' && ['autour', 'parmi'].includes(tokens[i + 1]?.key ?? ''))) continue;
    // "Étaient également présents l'Espagnol X, le Grec Y": the inverted subject of "étaient présents", opening the sentence.
    if (tokens[i]!.key.startsWith('present') && !(i <= 3 && ['etaient', 'etait', 'sont'].includes(tokens[0]!.key))) continue;
    const start = clause.clauseStart(i);
    const end = clause.listEnd(i);
    const conf = confidenceAt(ctx, start, i);
    // ("Au cœur des discussions se tenait la proposition …": someone stands there, not something.)
    let named = companionsFrom(ctx, i + length, end).filter((a) => !tokens[i]!.key.startsWith('ten') || a.mention.label === 'Person');
    // "X et Y figuraient parmi les dirigeants présents": the subject, when what follows "parmi" is those present.
    if (named.length === 0 && tokens[i + length]?.key === 'parmi' && tokens.slice(i + length + 1, end).some((t) => AMONG_PRESENT.has(t.key))) named = clause.subjects(i, ctx.previousSubject);
    // "X et Y y siégeaient en personne": the subjects, at the event "y" stands for.
    const there = named.length === 0 && pronounY(tokens, i) && tokens[i]!.key.startsWith('siege') ? ctx.previousEvent : undefined;
    if (there) named = clause.subjects(i, ctx.previousSubject);
    if (conf === null || named.length === 0) continue;
    // "… ont assisté aux obsèques. Parmi eux figuraient A, B": the event the sentence before told, when the article has no gathering.
    // "… a offert un dîner. Parmi ses invités figuraient A, B": the guests of the event just told.
    // ("Parmi les convives figurait aussi X": the guests of the meal just told.)
    const guestsOfIt = tokens.slice(Math.max(0, i - 3), i).some((t) => GUEST_WORDS.has(t.key)) && (['ses', 'leurs'].includes(tokens[i - 2]?.key ?? '') || tokens[i - 1]?.key === 'convives' || tokens[i - 2]?.key === 'convives');
    const meal = guestsOfIt && ctx.previousEvent && MEAL_KINDS.has(draftOf(ctx.events, ctx.previousEvent)?.kind ?? '') ? ctx.previousEvent : undefined;
    const told = there ?? eventAfter(ctx, i, end) ?? eventBefore(ctx, i) ?? meal ?? mealJustTold(ctx) ?? focusFor(ctx) ?? ctx.previousEvent;
    // ("… en tête-à-tête. Un entretien d'une heure … Autour de la table figuraient aussi A, B et C": several at a table are
    // at the article's gathering, not at the one-to-one the story had just told.)
    const event = named.length >= 2 && told !== undefined && ONE_TO_ONE.has(draftOf(ctx.events, told)?.kind ?? '') && !there ? (focusKey(ctx.events) ?? told) : told;
    // "Autour de lui siégeaient A, B": the one "lui" stands for, at the centre, was there too.
    const centre = tokens[i - 1]?.key === 'lui' || tokens[i - 1]?.key === 'elle' ? (tokens[i - 2]?.key === 'de' && tokens[i - 3]?.key === 'autour' ? ctx.previousSubject : undefined) : undefined;
    attendances.add(centre?.mention.label === 'Person' ? [centre, ...named] : named, event, Math.min(conf, 0.8));
    i += length - 1;
  }
}

const READ_OUT = new Set(A.readOut);

// "Lors de la conférence de presse, X et Y ont détaillé…", "en marge du sommet, X a rencontré Y":
// who acts during an event is at it.
function duringEvent(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  for (let i = 0; i < tokens.length - 2 && (ctx.mentions.events.length > 0 || ctx.events.focus !== undefined); i++) {
    const length = DURING.has(tokens[i]!.key) ? phraseAt(tokens, i, DURING_PHRASES) : 0;
    if (!length) continue;
    // "En conférence de presse, X…": "en" before a bare gathering noun; not "en visite à Oman" (a visit of one's own).
    if (length === 1 && tokens[i]!.key === 'en' && !ctx.mentions.events.some((e) => e.first === i + 1 && e.determiner === 'none' && e.kind !== 'visit')) continue;
    // ("X a adressé à ses pairs un message lu à l'ouverture de la séance": what was read or shown there, not its sender.)
    if (READ_OUT.has(tokens[i - 1]?.key ?? '')) continue;
    // "lors de la conférence de presse finale": a part of the article's gathering when it has no draft of its own.
    // ("en marge des travaux", "lors des débats": a part of it.)
    const mentioned = ctx.mentions.events.find((e) => e.first > i && e.first <= i + length + 2);
    // ("en marge de la plénière", "lors de la séance": past the article.)
    const part = i + length + (ARTICLES.has(tokens[i + length]?.key ?? '') ? 1 : 0);
    const named = mentioned !== undefined || (length > 1 && GATHERING_PARTS.has(tokens[part]?.key ?? ''));
    // ("X a reçu Y… À l'issue de l'entretien, X a écrit": the talk just told, not the article's conference.)
    const toldBefore = mentioned && TALK_KINDS.has(mentioned.kind) && mentioned.determiner === 'definite' ? ctx.previousEvent : undefined;
    const event = eventAfter(ctx, i + length - 1, Math.min(tokens.length, i + length + 3)) ?? toldBefore ?? (named ? focusFor(ctx) : undefined);
    if (!event) continue;
    const start = clause.clauseStart(i);
    // (What a colon opens is said, not done: "X a douché les espoirs : les Européens ne seront pas à la table".)
    const colon = tokens.findIndex((t, k) => k > i && t.key === ':');
    if (clause.negated(start, (colon > 0 ? Math.min(colon, clause.clauseEnd(i)) : clause.clauseEnd(i)) - 1)) continue;
    const comma = tokens.findIndex((t, k) => k > i && t.key === ',');
    // The phrase opens the sentence (after a live report's time stamp, "18h40 — En conférence de
    // presse, X…"): the subject follows its comma; else the clause's subject.
    // ("Quelques heures plus tard, en marge de la conférence, X a douché…": after another fronted phrase, naming no one.)
    const opens = i === 0 || (i <= 4 && tokens.slice(0, i).every((t) => t.type !== 'word' || /^h\d*$/.test(t.key))) || (tokens[i - 1]!.key === ',' && !WEEKDAYS.has(tokens[0]!.key) && !clause.args.some((a) => a.mention.first < i));
    const verb = opens && comma > 0 ? firstVerbAfter(tokens, comma) : i;
    // No auxiliary in the present of a live report ("…, X, entouré de Y, confirme que…"): the person right after the comma.
    const fronted = opens && comma > 0 && verb < 0 ? clause.args.filter((a) => a.mention.label === 'Person' && a.role === 'core' && a.mention.npFirst === comma + 1) : [];
    if (verb < 0 && !fronted.length) continue;
    let subjects = fronted.length ? fronted : clause.subjects(verb, ctx.previousSubject).filter((a) => a.mention.label === 'Person');
    // "« … », a déclaré pendant l'appel la présidente chilienne, X": the speaker of the incise comes after.
    if (!subjects.length && SPOKE.has(tokens[i - 1]?.key ?? '')) subjects = clause.peopleAfter(i + length, 8).slice(0, 1);
    // ("« … », a lancé le président lituanien, X, en marge des travaux": the incise's speaker.)
    if (!subjects.length && tokens[i - 1]?.key === ',') {
      const incise = clause.inciseSpeaker();
      if (incise?.speaker.mention.label === 'Person' && incise.comma < i) subjects = [incise.speaker];
    }
    // "X a promis lundi que les États-Unis participeraient…, à l'issue d'une réunion": set off by its comma,
    // the phrase tells when the main verb's subject spoke, not its completive's.
    if (!subjects.length && tokens[i - 1]?.key === ',') {
      const from = clause.clauseStart(verb);
      if (COMPLETIVE.has(tokens[from - 1]?.key ?? '') && from > 1) subjects = clause.subjects(from - 1, ctx.previousSubject).filter((a) => a.mention.label === 'Person');
    }
    attendances.add(subjects, event, 0.8);
    // "lors de la conférence de presse finale": who speaks at the gathering's closing press conference was at the gathering.
    const draft = draftOf(ctx.events, event);
    const focus = focusDraftOf(ctx.events);
    if (draft?.kind === 'press-conference' && focus && draft !== focus && draft.date === focus.date && draft.place === focus.place) attendances.add(subjects, eventKey(focus.id), 0.75);
    // "lors d'une rencontre avec son homologue français, Y": Y, whom it was with, attends it too.
    if (draft && !draft.focus && subjects.length) {
      attendances.add(clause.args.filter((a) => a.mention.label === 'Person' && draft.participants.includes(a.mention.ref!)), event, 0.8);
      joinParticipants(ctx, event, subjects);
    }
  }
}

const COMPLETIVE = new Set(['que', "qu'"]);

// "« … », a-t-elle lancé jeudi devant le Comité, réuni au siège du Fonds": speaking before a gathering.
function spokeBefore(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  for (let i = 1; i < tokens.length - 2 && ctx.mentions.events.length > 0; i++) {
    if (!SPOKE.has(tokens[i]!.key) && tokens[i]!.key !== 'lance') continue;
    let d = i + 1;
    while (d < i + 4 && d < tokens.length && tokens[d]!.key !== 'devant') d++;
    if (tokens[d]?.key !== 'devant') continue;
    const event = eventAfter(ctx, d, Math.min(clause.clauseEnd(d), d + 30));
    // ("Mardi matin, X a prononcé devant l'Assemblée générale un discours": another day than the gathering's, another audience.)
    if (!event || clause.negated(clause.clauseStart(i), i) || namesOtherDay(ctx.times, draftOf(ctx.events, event))) continue;
    attendances.add(clause.subjects(i, ctx.previousSubject).filter((a) => a.mention.label === 'Person'), event, 0.8);
  }
}

/** "attendu vendredi à la tribune", "prévue à la tribune": expected somewhere, not there yet. */
const DUE_AT = new Set(A.dueAt);

// "La présidente sénégalaise a promis à la tribune 650 soldats": speaking from the gathering's rostrum.
function atRostrum(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  // (Not a heading, "X à la tribune", which tells what follows.)
  const heading = !SENTENCE_ENDS.has(tokens[tokens.length - 1]!.key);
  for (let i = 2; i < tokens.length && ctx.mentions.mentions.length > 0 && !heading; i++) {
    if (tokens[i]!.key !== 'tribune' || phraseAt(tokens, i - 2, ROSTRUM) !== 3) continue;
    // The gathering's rostrum, whatever other day the sentence tells ("qui avait dîné la veille…, a salué à la tribune").
    const event = eventAfter(ctx, i, Math.min(tokens.length, i + 5)) ?? focusKey(ctx.events);
    // ("X, attendu vendredi à la tribune, a promis…": expected there, not there yet.)
    if (!event || clause.negated(clause.clauseStart(i), i) || tokens.slice(Math.max(0, i - 6), i - 2).some((t) => DUE_AT.has(t.key) || PLANNED.has(t.key))) continue;
    // (But not in an incise telling an earlier day.)
    if (earlierInIncise(ctx, i, event)) continue;
    // ("À la tribune, la secrétaire générale X a promis": opening the sentence, the subject after the comma.)
    let speakers = (i === 2 && tokens[i + 1]?.key === ',' ? frontedSubject(ctx) : clause.subjects(i - 2, ctx.previousSubject)).filter((a) => a.mention.label === 'Person');
    // "…, a annoncé à la tribune son président, X": the speaker of the incise comes after.
    // ("a précisé à la tribune sa vice-présidente pour la région Moyen-Orient et Afrique du Nord, la Chilienne X": past a long title.)
    // (The name in apposition to a description: "son ambassadeur en France, X".)
    if (!speakers.length && SPOKE.has(tokens[i - 3]?.key ?? '')) {
      const after = clause.peopleAfter(i, 16);
      const [first, second] = after;
      speakers = first && first.mention.form === 'description' && second && tokens[second.mention.npFirst - 1]?.key === ',' && second.mention.npFirst - 1 <= first.mention.last + 12 ? [second] : after.slice(0, 1);
    }
    attendances.add(speakers, event, 0.8);
  }
}

/**
 * The rostrum at `at` is told in a relative incise that names days, all before `event`'s: "X, qui s'était
 * exprimé la veille à la tribune de l'Assemblée, n'a pas pris part à la réunion". (Not the main clause after
 * one: "X, qui avait dîné la veille…, a salué à la tribune".)
 */
function earlierInIncise(ctx: SentenceContext, at: number, event: string): boolean {
  const { tokens } = ctx;
  let opener = at - 1;
  while (opener > 0 && tokens[opener]!.key !== ',' && !(tokens[opener]!.key === 'qui' && tokens[opener - 1]!.key === ',')) opener--;
  if (tokens[opener]?.key !== 'qui') return false;
  const from = draftOf(ctx.events, event)?.date;
  const dates = ctx.times.expressions.flatMap((x, k) => (x.first > opener && x.last < at && ctx.times.dates[k] ? [ctx.times.dates[k]] : []));
  // (Days before it only: a gathering of several days may be dated by its first.)
  return !!from && dates.length > 0 && dates.every((d) => d.length === 10 && d < from);
}

// "a précisé à Kyoto le Premier ministre britannique, X", "a plaidé samedi à Kyoto": speaking in the
// gathering's town, on its days, is being at it.
function spokeInTown(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  for (let i = 1; i < tokens.length - 2 && ctx.mentions.places.length > 0; i++) {
    if (!SPOKE.has(tokens[i]!.key) || !HAS_FORMS.has(tokens[i - 1]!.key)) continue;
    // ("a plaidé samedi à Kyoto": a day may come between.)
    const at = tokens[i + 1]!.key === 'a' ? i + 1 : tokens[i + 2]?.key === 'a' && (classesOf(tokens[i + 1]!) & TIME_WORDS) !== 0 ? i + 2 : -1;
    const event = at > 0 ? focusAtPlace(ctx, at) : undefined;
    if (!event || clause.negated(clause.clauseStart(i), i)) continue;
    let speakers = clause.subjects(i - 1, ctx.previousSubject).filter((a) => a.mention.label === 'Person');
    // ("…, a précisé à Kyoto le Premier ministre britannique, X": the incise's speaker, after it.)
    if (!speakers.length) speakers = clause.peopleAfter(at, 10).slice(0, 1);
    const conf = confidenceAt(ctx, clause.clauseStart(i), i);
    if (conf !== null) attendances.add(speakers, event, Math.min(conf, 0.8));
  }
}

// "a-t-elle annoncé à son arrivée au sommet": the one arriving attends it.
function onArrival(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  const words = ctx.words;
  for (let i = 1; i < tokens.length - 1 && words & ARRIVAL.bit; i++) {
    if (!ARRIVAL.has(tokens[i]) || !['son', 'sa', 'leur'].includes(tokens[i - 1]!.key)) continue;
    // "a-t-il déclaré à son arrivée.": arriving where the article's gathering is.
    const bare = tokens[i - 2]?.key === 'a' && CLAUSE_ENDS.has(tokens[i + 1]!.key);
    if (!bare && !['a', 'au', 'aux'].includes(tokens[i + 1]!.key)) continue;
    const start = clause.clauseStart(i);
    // A quotation before its incise ("« Nous ne céderons pas », a dit X à son arrivée") negates nothing of it.
    if (clause.negated(bare ? Math.max(start, i - 6) : start, i)) continue;
    const event = bare ? focusFor(ctx) : eventAfter(ctx, i, Math.min(clause.clauseEnd(i), i + 5));
    // ("À son arrivée, la haute représentante, X, avait salué…": opening the sentence, the subject after its comma.)
    let who = (i === 2 && bare && tokens[i + 1]!.key === ',' ? frontedSubject(ctx) : clause.subjects(i, ctx.previousSubject)).filter((a) => a.mention.label === 'Person');
    // ("Jeudi, à son arrivée au sommet, le président X a plaidé…": a fronted phrase after another, its subject after its comma.)
    if (!who.length && i <= 6 && !bare) who = frontedSubject(ctx, i).filter((a) => a.mention.label === 'Person');
    attendances.add(who, event, 0.8);
  }
}

/** "« … », a lancé X en arrivant.": arriving where the article's gathering is. */
function onArriving(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens, clause } = ctx;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.key !== 'arrivant' || tokens[i - 1]!.key !== 'en' || !CLAUSE_ENDS.has(tokens[i + 1]!.key)) continue;
    const event = focusFor(ctx);
    if (!event || clause.negated(Math.max(clause.clauseStart(i), i - 6), i)) return;
    const speaker = argsJustBefore(clause, i - 1, 'Person');
    (attendances ??= new Attendances(ctx)).add(speaker.length ? speaker : clause.subjects(i, ctx.previousSubject).filter((a) => a.mention.label === 'Person'), event, 0.8);
    return;
  }
}

// "X, qui représentait son pays au sommet", "X, qui accueillait la conférence": they attend it.
// "Reçu au palais par le président X, il a…": a sentence opening on the guest's participle.
const RETURN_WORDS = new Set(A.returnWords);
function representedOrHosted(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  const words = ctx.words;
  const receivedFirst = RECEIVED.has(tokens[0]?.key ?? '');
  for (let i = 0; i < tokens.length && (words & (REPRESENTED_BIT | HOST_VERBS.bit) || receivedFirst); i++) {
    const hosts = HOST_VERBS.matchAt(tokens, i) > 0 || (i === 0 && receivedFirst);
    if (!hosts && !(REPRESENTED.has(tokens[i]!.key) && tokens[i + 1]?.key !== 'par')) continue;
    // ("a laissé à son vice-Premier ministre le soin de représenter la Belgique": another represents it.)
    if (!hosts && tokens[i]!.key.endsWith('er') && (tokens[i - 1]?.key === 'de' || tokens[i - 1]?.key === "d'")) continue;
    const start = clause.clauseStart(i);
    if (clause.negated(start, i) || saysAbsent(tokens, start, i)) continue;
    // "s'est dit prêt à accueillir les discussions": an offer to host, nothing hosted yet.
    if (hosts && tokens[i - 1]?.key === 'a' && READY.has(tokens[i - 2]?.key ?? '')) continue;
    // "Accueilli … par le président fédéral, X, le chef de l'État kényan a été reçu": the agent hosts
    // the event of the sentence, else the one just told.
    const host = hosts ? passiveAgent(ctx, i) : undefined;
    if (host) {
      // "C'est là qu'elle est venue la semaine dernière… Elle y a été accueillie par X": "y" is a
      // place the sentence before named, not a gathering it told.
      // ("Le chef de l'État a regagné Abidjan. Il a été accueilli à l'aéroport par le Premier ministre": a welcome home.)
      const returned = tokens.some((t) => RETURN_WORDS.has(t.key)) || (!!ctx.previousSentence?.sameParagraph && ctx.previousSentence.tokens.some((t) => RETURN_WORDS.has(t.key)));
      const elsewhere = returned || (tokens.slice(start, i).some((t) => t.key === 'y') && !ctx.previousSentence?.mentions.events.length);
      const event = eventAfter(ctx, i, clause.clauseEnd(i)) ?? (elsewhere ? undefined : (ctx.previousEvent ?? focusFor(ctx)));
      if (event) {
        // "X est accueilli sur le perron par Y": the guest is there too ("Accueilli par Y et Z, le président X a…": after the fronted phrase).
        const guests = (i === 0 ? frontedSubject(ctx) : clause.subjects(i, ctx.previousSubject)).filter((a) => a.mention.label === 'Person' && a.mention.ref !== host.mention.ref);
        // ("par M. A et Mme B": both receive.)
        const hostsToo = clause.args.filter((a) => a !== host && a.mention.label === 'Person' && a.role === host.role && a.preposition === host.preposition && a.mention.first > host.mention.last && a.mention.first <= host.mention.last + 6 && ctx.tokens[a.mention.npFirst - 1]?.key !== ',');
        attendances.add([host, ...hostsToo, ...guests], event, 0.8);
        for (const h of [host, ...hostsToo]) addFact(ctx, { type: 'HOSTED', source: h.mention.ref!, target: event, confidence: 0.8 });
      }
      continue;
    }
    // "X a représenté Berlin": the country or body represented, at the article's gathering.
    // "X a accueilli ses homologues à l'Élysée": the gathering held there.
    const event = eventAfter(ctx, i, Math.min(clause.clauseEnd(i), i + 6)) ?? (!hosts && representsBody(ctx, i + 1) ? focusFor(ctx) : hosts ? focusPlacedIn(ctx, i, clause.clauseEnd(i)) : undefined);
    // "où la cheffe du gouvernement accueillera une réunion": one to come, not attended yet.
    if (!event || (hosts && tenseNear(tokens, i, 0) === 'future')) continue;
    const who = clause.subjects(i, ctx.previousSubject).filter((a) => a.mention.label === 'Person');
    attendances.add(who, event, 0.85);
    if (hosts) for (const h of who) addFact(ctx, { type: 'HOSTED', source: h.mention.ref!, target: event, confidence: 0.85 });
  }
}

/**
 * "Entretien en marge du sommet entre M. X et Y", "La rencontre entre X et Y a duré une heure": the two
 * sides a talk's noun names were at it (not one planned: "doit avoir lieu", "est prévu").
 */
function betweenThem(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  for (const e of ctx.mentions.events) {
    if (!TALK_KINDS.has(e.kind)) continue;
    const id = ctx.events.ofMention.get(e);
    const draft = id === undefined ? undefined : ctx.events.drafts[id];
    if (!draft || draft.participants.length < 2 || !tokens.slice(e.last + 1, e.last + 8).some((t) => t.key === 'entre')) continue;
    // (Nor one expected: "un entretien entre X et Y est attendu « dans les prochains jours »".)
    if (clause.negated(0, tokens.length - 1) || tokens.some((t) => PLANNED.has(t.key) || PLAN_WORDS.has(t.key) || EXPECTED.has(t.key))) continue;
    // ("Le Kremlin a démenti toute rencontre entre X et Y": denied, any; "les préparatifs d'une rencontre entre X et Y",
    // "s'est dit disposé à organiser une rencontre entre les deux dirigeants": to come.)
    if (ANY.has(tokens[e.first - 1]?.key ?? '') || tokens.slice(0, e.first).some((t) => DENIED.has(t.key)) || tokens.slice(Math.max(0, e.first - 4), e.first).some((t) => PREPARED.has(t.key)) || tokens.slice(Math.max(0, e.first - 8), e.first).some((t) => PROPOSED.has(t.key) || READY.has(t.key))) continue;
    attendances.add(clause.args.filter((a) => a.mention.label === 'Person' && draft.participants.includes(a.mention.ref!)), eventKey(draft.id), 0.8);
  }
}
const TALK_KINDS = new Set(['talk', 'meeting', 'call', 'dinner', 'lunch']);

/**
 * "Lors de la conférence de presse commune des quatre dirigeants", "le dîner entre les deux chefs d'État":
 * the people the sentences before named were at the event the group's noun has.
 */
function ofTheGroup(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens, clause } = ctx;
  for (const e of ctx.mentions.events) {
    let at = e.last + 1;
    if (SHARED.has(tokens[at]?.key ?? '')) at++;
    const link = tokens[at]?.key;
    const group = link === 'des' ? clause.groupAt(at) : link === 'entre' && tokens[at + 1]?.key === 'les' ? clause.groupAt(at + 1) : undefined;
    const id = group && ctx.events.ofMention.get(e);
    if (id === undefined) continue;
    // (Not one to come or called off: "la rencontre entre les deux dirigeants est prévue jeudi"; what
    // the clause after it says is its own: "…, le message tenait en une phrase : la Russie doit accepter".)
    const end = clause.clauseEnd(at);
    let stop = at + 3;
    while (stop < end && tokens[stop]!.key !== ':' && tokens[stop]!.key !== ';') stop++;
    if (clause.negated(0, stop - 1) || tokens.slice(0, stop).some((t) => PLANNED.has(t.key) || PLAN_WORDS.has(t.key) || EXPECTED.has(t.key))) continue;
    (attendances ??= new Attendances(ctx)).add(group!, eventKey(id), 0.8);
  }
}
/**
 * "X a posé pour la photo de famille avec A, B et C, ainsi qu'avec D": all of them were at the article's
 * gathering (a family photo is taken there, of those present).
 */
function familyPhoto(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens, clause } = ctx;
  for (let i = 0; i < tokens.length - 2; i++) {
    if (tokens[i]!.key !== 'photo' || tokens[i + 1]!.key !== 'de' || tokens[i + 2]!.key !== 'famille') continue;
    const event = focusFor(ctx);
    const start = clause.clauseStart(i);
    if (!event || clause.negated(start, i) || tenseNear(tokens, i) === 'future') return;
    const end = clause.clauseEnd(i);
    const people = clause.subjects(i, ctx.previousSubject).filter((a) => a.mention.label === 'Person');
    for (const a of clause.args) if (a.mention.label === 'Person' && a.mention.first > i + 2 && a.mention.first < end && a.preposition === 'avec') people.push(a);
    (attendances ??= new Attendances(ctx)).add(people, event, 0.8);
    return;
  }
}

/**
 * "Il a quitté Helsinki dès mardi, laissant son secrétaire d'État, X, représenter les États-Unis": X stayed
 * for the article's gathering, in the leader's place.
 */
function leftToRepresent(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens, clause } = ctx;
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i]!.key !== 'representer') continue;
    let left = i - 1;
    while (left > Math.max(0, i - 12) && !LEAVING.has(tokens[left]!.key)) left--;
    if (!LEAVING.has(tokens[left]!.key)) return;
    // (Whatever day the leader left: the one left behind is there for the gathering.)
    const event = focusKey(ctx.events);
    const stand = clause.args.filter((a) => a.mention.label === 'Person' && a.mention.first > left && a.mention.last < i);
    if (event && stand.length) (attendances ??= new Attendances(ctx)).add(stand, event, 0.8);
    return;
  }
}
const LEAVING = new Set(A.leaving);

/** "commune", "conjointe": a shared event's adjective, between its noun and whose it is. */
const SHARED = new Set(A.sharedAdjectives);
const ANY = new Set(A.anyDeterminers);
const EXPECTED = new Set(A.expected);
/** "Kiev avait proposé « comme prochaine étape » une rencontre entre X et Y": asked for, to come. */
const PROPOSED = new Set(A.proposed);
const PREPARED = new Set(A.prepared);
const DENIED = new Set(A.denied);

// "X était mardi à Varsovie pour sa première visite officielle": the visit is the subject's; so
// is "X, en visite à Bruxelles, a salué…".
function onVisit(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  for (const e of ctx.mentions.events) {
    if (e.kind !== 'visit') continue;
    if (e.determiner === 'none' && tokens[e.first - 1]?.key === 'en') {
      const id = ctx.events.ofMention.get(e);
      const conf = confidenceAt(ctx, clause.clauseStart(e.first), e.first);
      const before = argsJustBefore(clause, e.first - 1, 'Person');
      const who = before.length ? before : clause.subjects(e.first, ctx.previousSubject).filter((a) => a.mention.label === 'Person');
      if (id !== undefined && conf !== null) attendances.add(who, eventKey(id), Math.min(conf, 0.8));
      continue;
    }
    if (e.determiner !== 'possessive') continue;
    const id = ctx.events.ofMention.get(e);
    const conf = confidenceAt(ctx, clause.clauseStart(e.first), e.first);
    if (id === undefined || conf === null) continue;
    attendances.add(clause.subjects(e.first, ctx.previousSubject).filter((a) => a.mention.label === 'Person'), eventKey(id), Math.min(conf, 0.8));
  }
}

// "X fait partie de la délégation française à la COP": a member of a delegation is at its gathering.
function partOfDelegation(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  const words = ctx.words;
  for (let i = 1; i < tokens.length - 3 && words & DELEGATION_NOUNS.bit; i++) {
    if (tokens[i]!.key !== 'partie' || !MAKES_PART.has(tokens[i - 1]!.key)) continue;
    // "fait partie depuis lundi de la délégation": a time phrase may stand before "de".
    let de = i + 1;
    while (de < i + 4 && tokens[de] && tokens[de]!.key !== 'de') de++;
    if (tokens[de]?.key !== 'de') continue;
    const noun = ARTICLES.has(tokens[de + 1]?.key ?? '') ? de + 2 : de + 1;
    if (!tokens[noun] || !DELEGATION_NOUNS.has(tokens[noun]) || clause.negated(clause.clauseStart(i), i)) continue;
    attendances.add(clause.subjects(i - 1, ctx.previousSubject).filter((a) => a.mention.label === 'Person'), eventAfter(ctx, noun, clause.clauseEnd(i)) ?? focusFor(ctx), 0.8);
  }
}

// "La délégation ukrainienne était conduite par X": X is at the gathering.
function delegationLedBy(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  const words = ctx.words;
  for (let i = 1; i < tokens.length - 1 && words & DELEGATION_NOUNS.bit; i++) {
    if (!LED_BY.has(tokens[i]!.key) || tokens[i + 1]!.key !== 'par') continue;
    const start = clause.clauseStart(i);
    // "Celle des États-Unis était menée par X": "celle" (a delegation noun of the data) is one told before.
    if (!tokens.slice(start, i).some((t) => DELEGATION_NOUNS.has(t)) || clause.negated(start, i)) continue;
    // Each delegation its leader: "…conduite par X, la délégation ukrainienne par Y".
    // The first person after each "par" ("par le vice-ministre des Affaires étrangères, X").
    const leaders: Argument[] = [];
    for (let k = i + 1; k < tokens.length; k++) {
      if (tokens[k]!.key !== 'par') continue;
      const next = ctx.clause.peopleAfter(k, 10)[0];
      if (next && !leaders.includes(next) && !tokens.slice(k + 1, next.mention.first).some((t) => t.key === 'par')) leaders.push(next);
    }
    attendances.add(leaders.length ? leaders : clause.objects(i).filter((a) => a.preposition === 'par' && a.mention.label === 'Person').slice(0, 1), attendances.event ?? focusFor(ctx), 0.8);
  }
}

// "accompagnée par le Japon", "représenté par X", "en présence de X": they attend the
// sentence's event, even when its subject names no one ("une vingtaine de pays … ont tenu une réunion").
function companions(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  const words = ctx.words;
  for (let i = 0; i < tokens.length && words & COMPANION_FIRST.bit; i++) {
    if (!COMPANION_FIRST.has(tokens[i])) continue;
    let length = phraseAt(tokens, i, COMPANIONS);
    const chaired = length ? 0 : phraseAt(tokens, i, CHAIRED_UNDER);
    length ||= chaired;
    if (!length && REPRESENTED.has(tokens[i]!.key) && tokens[i + 1]?.key === 'par') length = 2;
    // "n'était représentée que par son ministre": only by him, but by him.
    if (!length && REPRESENTED.has(tokens[i]!.key) && tokens[i + 1]?.key === 'que' && tokens[i + 2]?.key === 'par') length = 3;
    // ("était représentée, comme souvent dans ce format, par son chef de l'État": past an incise.)
    if (!length && REPRESENTED.has(tokens[i]!.key) && tokens[i + 1]?.key === ',') {
      let close = i + 2;
      while (close < i + 10 && tokens[close] && tokens[close]!.key !== ',') close++;
      if (tokens[close]?.key === ',' && tokens[close + 1]?.key === 'par') length = close + 2 - i;
    }
    if (!length) continue;
    // Represented at the article's gathering, else at the event told just before ("… ont assisté aux obsèques. Le président ivoirien était représenté par X").
    // (In a live report's entry, "entourés de X" is at the day's gathering.)
    const live = liveEntry(ctx) ? focusFor(ctx) : undefined;
    const event = attendances.event ?? (REPRESENTED.has(tokens[i]!.key) ? (focusFor(ctx) ?? ctx.previousEvent) : chaired ? eventBefore(ctx, i) : (verbalGatheringBefore(ctx, i) ?? live ?? whereSubjectWas(ctx, i)));
    // "…, le président X, empêché par une motion de censure, ayant renoncé au voyage": not one of them.
    // ("…, la présidente du Conseil X étant retenue à Rome" too, and "le Premier ministre X étant resté
    // à Varsovie": an absolute participle after a name tells why that one is not there).
    let companions = companionsFrom(ctx, i + length, clause.listEnd(i)).filter((a) => {
      // ("…, Y n'ayant pas fait le déplacement", "Y s'étant réservé pour…": negated or reflexive, the same.)
      let after = a.mention.last + 1;
      while (after <= a.mention.last + 2 && BEFORE_PARTICIPLE.has(tokens[after]?.key ?? '')) after++;
      const next = tokens[after]?.key ?? '';
      if (next === 'etant' || next === 'ayant') return false;
      // ("…, le chef du gouvernement, X, étant en congé": set off by its comma too; "et non par le premier ministre, X": not him.)
      if (next === ',' && (tokens[a.mention.last + 2]?.key === 'etant' || tokens[a.mention.last + 2]?.key === 'ayant')) return false;
      if (tokens[a.mention.npFirst - 1]?.key === 'par' && tokens[a.mention.npFirst - 2]?.key === 'non') return false;
      // ("…, l'ambassadeur X, envoyé par le président Y": the one who sent him.)
      if (tokens[a.mention.npFirst - 1]?.key === 'par' && SENT_BY.has(tokens[a.mention.npFirst - 2]?.key ?? '')) return false;
      // ("…, en l'absence du prince héritier X": the one who stayed away.)
      for (let k = a.mention.npFirst - 1; k >= Math.max(0, a.mention.npFirst - 5) && tokens[k]!.key !== ',' && tokens[k]!.key !== 'et'; k--) if (ABSENCE.has(tokens[k]!.key)) return false;
      return !(next === ',' && (ABSENCE.has(tokens[a.mention.last + 2]?.key ?? '') || ABSENCE.has(tokens[a.mention.last + 3]?.key ?? '')));
    });
    // "la coordination autour de l'Ukraine": a topic; only "réunis autour de la France" gathers countries.
    if (tokens[i]!.key === 'autour' && !GATHERED_AROUND.test(tokens[i - 1]?.key ?? '')) companions = companions.filter((a) => a.mention.label === 'Person');
    // "en présence d'une centaine de chefs d'État, dont le président kényan, X, et …": those named.
    const among = namedAmongAfter(tokens, i + length);
    if (among > 0 && !companions.some((a) => a.mention.first < among)) companions = namedAfter(ctx, among);
    const start = clause.clauseStart(i);
    // "Absent du sommet, X s'est fait représenter par son ministre": only a representative named
    // in person attends, not the absent one's country that "son ministre" stands for.
    const absent = saysAbsent(tokens, start, i);
    // "n'a pas pu venir et s'est fait représenter par X": the negation is the absent one's; only
    // "ne s'est pas fait représenter" denies the representative.
    const verbGroup = REPRESENTED.has(tokens[i]!.key) ? Math.max(start, i - 5) : start;
    // "qui devait être représentée par son ministre": a plan, which the rest of the sentence may undo.
    const planned = REPRESENTED.has(tokens[i]!.key) && tokens.slice(verbGroup, i).some((t) => PLANNED.has(t.key));
    // (Only people are at the live report's gathering by being beside someone: "aux côtés de Kiev" is a stance.)
    if (event === live && event !== undefined) companions = companions.filter((a) => a.mention.label === 'Person');
    if (!clause.negated(verbGroup, i) && !planned) attendances.add(absent ? companions.filter((a) => a.mention.label === 'Person' && a.mention.form !== 'description') : companions, event, 0.8);
  }
}

/** "à la veille du sommet", "au lendemain de la réunion", "avant le sommet": an event that dates another. */
function datesIt(tokens: Token[], e: EventMention): boolean {
  let p = e.first - 1;
  if (ARTICLES.has(tokens[p]?.key ?? '')) p--;
  if (['de', 'du', "d'", 'des'].includes(tokens[p]?.key ?? '')) p--;
  // Not "avant un entretien au palais": a new event, that follows.
  return DATING_WORDS.has(tokens[p]?.key ?? '') && (e.determiner === 'definite' || e.determiner === 'demonstrative');
}
const DATING_WORDS = new Set(A.datingWords);

/** "Leila Haddad a prêté serment lundi": the one sworn in attends the ceremony (mentions/detect-mentions.ts makes it). */
function swornIn(ctx: SentenceContext, attendances?: Attendances): void {
  for (const e of ctx.mentions.events) {
    if (!e.verbal || e.kind !== 'ceremony') continue;
    const id = ctx.events.ofMention.get(e);
    const start = ctx.clause.clauseStart(e.first);
    // "prêtera serment vendredi": planned, attended by no one yet.
    if (id === undefined || ctx.clause.negated(start, e.first) || swearsLater(ctx.tokens, e.first)) continue;
    const sworn = ctx.clause.subjects(e.first, ctx.previousSubject).filter((a) => a.mention.label === 'Person');
    (attendances ??= new Attendances(ctx)).add(sworn, eventKey(id), 0.85);
  }
}

/** "prêtera serment", "sera investie", "doit prêter serment". */
function swearsLater(tokens: Token[], first: number): boolean {
  return /(?:era|eront)$/.test(tokens[first]!.key) || /^(?:sera|seront)$/.test(tokens[first - 1]?.key ?? '') || tenseNear(tokens, first) === 'future';
}

const REFLEXIVE = new Set(["s'", 'se']);
/** "invitée à s'exprimer", "invité à prendre la parole", "invité à intervenir". */
const TAKE_PART = new Set(A.takePart);
const PLANNED = new Set(A.planned);

/**
 * "X et Y se sont séparés au terme d'un sommet. M. X était entouré de Z": at the event the subject was
 * told attending, the article's own or one of the two sentences before (not a call), in a sentence that
 * tells no other day (only for being beside someone in person: not "tout comme", "ainsi que").
 */
function whereSubjectWas(ctx: SentenceContext, at: number): string | undefined {
  if (!ESCORTED.has(ctx.tokens[at]!.key) || ctx.times.expressions.length) return undefined;
  return recentAttendance(ctx, ctx.clause.subjects(at, ctx.previousSubject));
}
const GATHERED_AROUND = /^(?:reuni|rassemble|assis)/;
const SENT_BY = new Set(A.sentBy);
const ESCORTED = new Set(A.escorted);

/** "Une vingtaine de dirigeants se sont réunis mercredi autour de X et de Y": the gathering the verb told. */
function verbalGatheringBefore(ctx: SentenceContext, at: number): string | undefined {
  const e = ctx.mentions.events.find((x) => x.verbal && x.last < at);
  const id = e ? ctx.events.ofMention.get(e) : undefined;
  return id === undefined ? undefined : eventKey(id);
}

function signedObjectAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 18; k++) if (SIGN_OBJECTS.has(tokens[k]!.key)) return true;
  return false;
}

/**
 * A live report's entries tell the arrivals at its gathering: "10h06 — Arrivée remarquée de la présidente du
 * Conseil italien, X", "9h58 — Le chancelier allemand vient d'arriver", "Elle est suivie de près par Y".
 */
function liveArrivals(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens, clause } = ctx;
  // "Les arrivées se succèdent. Parmi les chefs de gouvernement, A, B et C ont salué la presse": those named next, in its paragraph.
  const before = ctx.previousSentence;
  const focus = focusFor(ctx);
  if (focus && before?.sameParagraph && before.tokens[1]?.key === 'arrivees' && ARRIVALS_GO_ON.has(before.tokens[before.tokens[2]?.key === 'se' || before.tokens[2]?.key === "s'" ? 3 : 2]?.key ?? '')) {
    (attendances ??= new Attendances(ctx)).add(clause.args.filter((a) => a.mention.label === 'Person' && a.role === 'core'), focus, 0.75);
  }
  if (!liveEntry(ctx)) return;
  // An arrival told live is at the day's gathering, whatever other day a relative clause names ("avec qui il s'était entretenu la veille").
  if (ctx.events.focus === undefined) return;
  const event = eventKey(ctx.events.focus);
  for (let i = 0; i < tokens.length; i++) {
    const k = tokens[i]!.key;
    let who: Argument[] = [];
    if ((k === 'arrivee' || k === 'arrivees') && i <= 4 && tokens[i - 1]?.type !== 'word') {
      // "Arrivée (remarquée) de X": the one named after "de".
      const de = tokens.findIndex((t, j) => j > i && j <= i + 3 && (t.key === 'de' || t.key === 'du' || t.key === "d'"));
      if (de > 0) who = clause.peopleAfter(de, 12).slice(0, 1);
    } else if ((k === 'arriver' && tokens[i - 1]?.key === "d'" && VIENT.has(tokens[i - 2]?.key ?? '')) || ((k === 'arrive' || k === 'arrivent') && tokens[i + 1]?.key !== 'a')) {
      // "vient d'arriver", "arrive" with no other destination.
      who = clause.subjects(i, ctx.previousSubject).filter((a) => a.mention.label === 'Person');
    } else if (FOLLOWED.has(k) && (tokens[i + 1]?.key === 'par' || (tokens[i + 1]?.key === 'de' && tokens[i + 2]?.key === 'pres' && tokens[i + 3]?.key === 'par'))) {
      // "Elle est suivie de près par le président français, X, et par le Polonais Y".
      who = clause.args.filter((a) => a.mention.label === 'Person' && a.mention.first > i);
    }
    if (who.length) (attendances ??= new Attendances(ctx)).add(who, event, 0.75);
  }
}
const VIENT = new Set(A.justVerbs);
const ARRIVALS_GO_ON = new Set(A.arrivalsGoOn);
const BEFORE_PARTICIPLE = new Set(words.verbClitics);
/** A past participle as written ("arrivé", "connectée"): an apposition set off by commas. */
const PAST_PARTICIPLE = /(?:é|ée|és|ées)$/;
/** "avant l'ouverture de la réunion", "avant le début du sommet": before the event itself. */
const OPENINGS = new Set(A.openings);

/** A live report's entry: its stamped sentence, or the one after it ("Elle est suivie de près par…"). */
function liveEntry(ctx: SentenceContext): boolean {
  return !!(ctx.events.stamped?.has(ctx.index) || ctx.events.stamped?.has(ctx.index - 1));
}
const FOLLOWED = new Set(A.followed);
const FINITE_AUXILIARIES = new Set(A.finiteAuxiliaries);

/** "Autour de la table : le Premier ministre canadien, X, hôte du sommet ; le président américain, Y…". */
function rollCall(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens } = ctx;
  // "Autour de la table : A, B", or opening a verbless list: "Autour de la table, côté américain, A, B et C."
  let colon = tokens.findIndex((t) => t.key === ':');
  let opened = false;
  if (colon < 0) {
    // ("Autour de la table en fer à cheval, …": a few words of its own before the comma.)
    // ("Sur les écrans, A et B.", "Par visioconférence, A et B.": those there from afar.)
    const opening = ROLL_CALL.find((p) => p.length > 1 && wordsAt(tokens, 0, p)) ?? ROLL_CALL_SCENES.find((p) => p[0] !== 'on' && wordsAt(tokens, 0, p)) ?? (remoteMeansAt(tokens, 0) ? REMOTE_OPENING : undefined);
    let comma = opening ? opening.length : -1;
    while (opening && comma < opening.length + 5 && tokens[comma]?.type === 'word' && !tokens[comma]!.cap) comma++;
    // (No verb: its auxiliaries, written as such — "à" is no "a".)
    if (opening && tokens[comma]?.key === ',' && !tokens.some((t) => FINITE_AUXILIARIES.has(t.text.toLowerCase()))) colon = comma;
    if (colon > 0) opened = true;
  }
  if (colon < 0) {
    // "Sur l'écran, on reconnaissait A, B et C": the scene's verb opens the list, as a colon would.
    for (let k = 0; k < tokens.length - 2 && colon < 0; k++) {
      const length = tokens[k]!.key === 'on' ? phraseAt(tokens, k, ROLL_CALL_SCENES) : 0;
      // (Not "on comptait sur X pour…": relied on, not seen.)
      if (length && tokens[k + length]?.key !== 'sur') colon = k + length - 1;
    }
  }
  let named = colon > 0 ? listedUnderEvent(ctx, colon) : undefined;
  // "… a commencé par un petit-déjeuner de travail : autour de la table, A, B et C": that meal's roll call.
  const after = colon > 0 && !named ? ROLL_CALL.find((p) => p.length > 1 && wordsAt(tokens, colon + 1, p) && tokens[colon + 1 + p.length]?.key === ',') : undefined;
  if (after) named = eventBefore(ctx, colon);
  // ("Autour de la table ovale du centre de conférences de Pailles, aux portes de la capitale : A, B": the scene opens the sentence, no verb before the colon.)
  // ("Par visioconférence : A, B et C.")
  const scene = colon > 0 && (ROLL_CALL.some((p) => p.length > 1 && wordsAt(tokens, 0, p)) || (remoteMeansAt(tokens, 0) && colon <= 4)) && colon < 24 && !tokens.slice(0, colon).some((t) => FINITE_AUXILIARIES.has(t.text.toLowerCase()));
  if (colon <= 0 || !(named || after || opened || scene || ROLL_CALL.some((p) => colon >= p.length && wordsAt(tokens, colon - p.length, p)) || sceneBefore(tokens, colon))) return;
  const conf = confidenceAt(ctx, 0, colon);
  // (Only the days told before the colon are the roll call's: "…, X, dont c'était le premier sommet depuis son investiture en octobre".)
  const own = ctx.times.expressions.findIndex((x) => x.first > colon);
  const event = named ?? focusFor(own < 0 ? ctx : { ...ctx, times: { expressions: ctx.times.expressions.slice(0, own), dates: ctx.times.dates.slice(0, own) } });
  const listed = ctx.clause.args.filter((a) => a.mention.first > colon && a.mention.label === 'Person');
  if (conf !== null && event && listed.length) (attendances ??= new Attendances(ctx)).add(listed, event, Math.min(conf, 0.8));
}

/**
 * A box's line "Sommet de la CPE (jeudi 14 mai) : l'hôte, X ; Y (France) ; Z (Italie)": a gathering alone
 * before the colon, then people set apart by semicolons, no verb among them — those who were at that gathering.
 */
function listedUnderEvent(ctx: SentenceContext, colon: number): string | undefined {
  const { tokens } = ctx;
  const e = ctx.mentions.events.find((x) => x.first <= 1 && x.last < colon && !x.verbal);
  if (!e || (e.first === 1 && !ARTICLES.has(tokens[0]!.key))) return undefined;
  // Only the gathering's own words before the colon: what of, its place, its day (in brackets or not).
  for (let k = e.last + 1, depth = 0; k < colon; k++) {
    const key = tokens[k]!.key;
    if (key === '(') depth++;
    else if (key === ')') depth--;
    else if (depth === 0 && !(OF_LINKS.has(key) || tokens[k]!.cap || classesOf(tokens[k]!) & TIME_WORDS || ctx.mentions.places.some((p) => k >= p.first && k <= p.last) || ctx.mentions.mentions.some((m) => m.label !== 'Person' && k >= m.first && k <= m.last))) return undefined;
  }
  let semicolons = 0;
  for (let k = colon + 1; k < tokens.length; k++) {
    if (tokens[k]!.key === ';') semicolons++;
    else if (FINITE_AUXILIARIES.has(tokens[k]!.text.toLowerCase())) return undefined;
  }
  return semicolons >= 2 ? eventOf(ctx, e) : undefined;
}

/** "Par visioconférence", "Par écran interposé": the means' first two words (the rest, lower-case, is skipped). */
const REMOTE_OPENING = A.remoteOpening;
const OF_LINKS = new Set(words.articlesAndLinks);

/** "Sur l'écran partagé, on retrouvait les piliers du format : A, B": a scene set before the colon, in the clause that ends there. */
function sceneBefore(tokens: Token[], colon: number): boolean {
  for (let k = colon - 1; k >= 0 && tokens[k]!.key !== '.' && tokens[k]!.key !== ';'; k--) if (phraseAt(tokens, k, ROLL_CALL_SCENES)) return true;
  return false;
}

/**
 * "X a annoncé à Antalya que…": who speaks in the city of the article's gathering, on one of its
 * days, is at it. Only the places of the sentence are visited.
 */
function spokeThere(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens, clause } = ctx;
  const focus = focusDraftOf(ctx.events);
  if (!focus?.place) return;
  for (const p of ctx.mentions.places) {
    const verb = p.first - 2;
    if (p.city !== focus.place || tokens[p.first - 1]?.text !== 'à' || !SPOKE.has(tokens[verb]?.key ?? '') || !SENT_AUXILIARIES.has(tokens[verb - 1]?.key ?? '')) continue;
    if (clause.negated(clause.clauseStart(verb), verb)) continue;
    const event = focusFor(ctx);
    const who = clause.subjects(verb, ctx.previousSubject).filter((a) => a.mention.label === 'Person');
    if (event && who.length) (attendances ??= new Attendances(ctx)).add(who, event, 0.75);
  }
}

/**
 * "Quant à la Russie, elle a envoyé son ministre des Affaires étrangères, Sergueï Lavrov": the person
 * sent goes to the gathering named there, else to the article's.
 */
function sentPeople(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens, clause } = ctx;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!SENT_PERSON.has(tokens[i]!.key) || !SENT_AUXILIARIES.has(tokens[i - 1]!.key)) continue;
    const start = clause.clauseStart(i);
    const end = clause.clauseEnd(i);
    if (clause.negated(start, i)) continue;
    let objects = clause.objects(i, end).filter((a) => !a.preposition && a.role === 'core');
    // ("n'ont délégué que leur ambassadeur en Éthiopie, X": the name in apposition to the one described.)
    const described = objects[0]?.mention.label === 'Person' && objects[0].mention.form === 'description' ? objects[0] : undefined;
    const named = described && clause.args.find((a) => a.mention.label === 'Person' && a.mention.form === 'name' && a.mention.first > described.mention.last && a.mention.first <= described.mention.last + 6 && tokens[a.mention.npFirst - 1]?.key === ',');
    if (named) objects = [named, ...objects.filter((a) => a.mention.first > named.mention.last)];
    // ("avaient dépêché le représentant spécial du secrétaire général des Nations unies pour la Somalie, l'Américain X": the
    // name set off after the envoy's title, whatever the title's complements.)
    else if (titleAt(tokens, i + 1)) {
      const apposed = clause.args.find((a) => a.mention.label === 'Person' && a.mention.form === 'name' && a.mention.first > i && a.mention.first <= i + 20 && tokens[a.mention.npFirst - 1]?.key === ',' && (!objects[0] || a.mention.first < objects[0].mention.first));
      if (apposed) objects = [apposed, ...objects.filter((a) => a.mention.first > apposed.mention.last)];
    }
    const sent = objects[0];
    if (sent?.mention.label !== 'Person' || sent.mention.form !== 'name') continue;
    // ("a dépêché ses émissaires, A et B": each of those listed, one after the other.)
    const all = [sent];
    for (let k = 1; k < objects.length; k++) {
      const next = objects[k]!;
      // (", ainsi que le commissaire européen, Y": alike.)
      const between = tokens.slice(all[all.length - 1]!.mention.last + 1, next.mention.npFirst);
      const linked = (between.length <= 1 && LIST_LINKS.has(tokens[next.mention.npFirst - 1]?.key ?? '')) || (between.length <= 3 && between.every((t) => ALIKE_LINKS.has(t.key)) && between.some((t) => t.key === 'ainsi'));
      if (next.mention.label !== 'Person' || next.mention.form !== 'name' || !linked) break;
      all.push(next);
    }
    // ("Washington avait envoyé X, conseiller du président": X, of no country told, serves the one that sent him, which
    // commits what he announces.)
    const sender = clause.subjects(i, ctx.previousSubject).find((a) => a.mention.label === 'Country' && a.mention.form !== 'demonym')?.mention.ref;
    if (sender) {
      for (const a of all) {
        const facts = ctx.persons.get(a.mention.ref!);
        if (!facts || facts.leads || facts.serves || facts.country) continue;
        facts.serves = sender;
        addFact(ctx, { type: 'REPRESENTS', source: a.mention.ref!, target: sender, confidence: 0.8 });
      }
    }
    const last = all[all.length - 1]!.mention.last;
    const to = tokens.slice(last + 1, last + 3).findIndex((t) => t.key === 'a' || t.key === 'au');
    const event = eventAfter(ctx, i, end) ?? (to >= 0 ? focusAtPlace(ctx, last + 1 + to) : focusFor(ctx));
    if (event) (attendances ??= new Attendances(ctx)).add(all, event, 0.75);
  }
}

const LIST_LINKS = new Set([',', 'et']);
const VENUES = new Set(words.venueNouns);
const ALIKE_LINKS = new Set([',', 'ainsi', 'que']);

/** A title opening at `at`, after its article ("le représentant spécial", "son ministre"). */
function titleAt(tokens: Token[], at: number): boolean {
  const k = DETERMINERS_BEFORE_TITLE.has(tokens[at]?.key ?? '') ? at + 1 : at;
  return !!getLexicon().index.match(tokens, k, (e) => e.kind === 'title');
}
const DETERMINERS_BEFORE_TITLE = new Set([...words.definiteArticles, ...words.possessives]);

// The helpers below take the token's index as a parameter: a closure over the main loop's index
// would keep it in a heap-allocated scope, read and written there at every token.

/** "accueilli avec les honneurs par X": the person after "par" within the participle's phrase, for a participle (no auxiliary before). */
function passiveAgent(ctx: SentenceContext, at: number): Argument | undefined {
  const { tokens } = ctx;
  // ("Convoqués lundi à Paris par X, les dirigeants…" opening the sentence; not "la réunion convoquée à Londres par Y", another one.)
  if (!(tokens[at]!.key.startsWith('accueilli') || RECEIVED.has(tokens[at]!.key) || (CONVOKED.has(tokens[at]!.key) && at === 0)) || SENT_AUXILIARIES.has(tokens[at - 1]?.key ?? '')) return undefined;
  let par = -1;
  for (let k = at + 1; k < Math.min(tokens.length, at + 12) && par < 0; k++) if (tokens[k]!.key === 'par') par = k;
  if (par < 0) return undefined;
  const agent = ctx.clause.args.find((a) => a.mention.npFirst > par && a.mention.npFirst <= par + 8 && a.mention.label === 'Person');
  return agent?.mention.form === 'description' ? undefined : agent;
}
const MAKES_PART = new Set(A.makesPart);
const RECEIVED = new Set(A.received);
/** "Convoqués lundi à Paris par X, une dizaine de dirigeants…": X called the gathering, and hosts it. */
const CONVOKED = new Set(A.convoked);

/** `event`, unless the verb's "à <city>" (from `at`) names another place than the event's. */
function notElsewhere(ctx: SentenceContext, at: number, event: string | undefined): string | undefined {
  const { tokens } = ctx;
  let a = at;
  while (a < at + 3 && tokens[a] && tokens[a]!.text !== 'à') a++;
  if (!event || tokens[a]?.text !== 'à') return event;
  const draft = draftOf(ctx.events, event);
  const place = ctx.mentions.places.find((p) => p.first === a + 1)?.city ?? ctx.mentions.mentions.find((m) => m.first === a + 1 && m.label === 'Country')?.surface;
  return place && draft?.place && place !== draft.place ? undefined : event;
}

/** The event a verb at `at` tells by itself ("a réuni mercredi à Djeddah"), if the detector made one of it. */
function eventAt(ctx: SentenceContext, at: number): string | undefined {
  const e = ctx.mentions.events.find((x) => x.verbal && x.first === at);
  const id = e && ctx.events.ofMention.get(e);
  return id === undefined ? undefined : eventKey(id);
}

/** "X a eu un entretien avec Y", "lors d'une rencontre avec Y": the event with Y is between X and Y. */
function joinParticipants(ctx: SentenceContext, event: string, subjects: Argument[]): void {
  const draft = draftOf(ctx.events, event);
  if (!draft || draft.participants.length === 0) return;
  const people = subjects.flatMap((a) => (a.mention.label === 'Person' && a.mention.ref && !draft.participants.includes(a.mention.ref) ? [a.mention.ref] : []));
  draft.participants.unshift(...people);
}

/** "Micheál Martin, présent à la réunion": the core arguments (or the persons) ending in the 3 tokens before `at`. */
function argsJustBefore(clause: Clause, at: number, which: 'core' | 'Person'): Argument[] {
  return clause.args.filter((a) => a.mention.last < at && a.mention.last >= at - 3 && (which === 'core' ? a.role === 'core' : a.mention.label === 'Person'));
}

/** "s'est rendue à Washington pour parapher": the place after "à" in the clause before `at`. */
function placeGoneTo(ctx: SentenceContext, start: number, at: number): PlaceMention | undefined {
  return ctx.mentions.places.find((p) => p.first >= start && p.last < at && ctx.tokens[p.first - 1]?.key === 'a');
}

/** "la rencontre" is a noun, an event named; "rencontre" after its subject a verb. */
function isEventNoun(ctx: SentenceContext, at: number): boolean {
  return ctx.mentions.events.some((e) => e.first === at && e.determiner !== 'none');
}

/**
 * The arguments named from `from` (after a phrase such as "accompagné par") to the clause's `end`.
 * A function of its own: a closure over the loop's index would make the engine allocate a scope for
 * every token the loop visits.
 */
/** ", notamment", ", dont", ", parmi lesquels" after `from`: where the people of a group are named. */
function namedAmongAfter(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length - 1; k++) {
    if (tokens[k]!.key !== ',') continue;
    const w = tokens[k + 1]!.key;
    if (w === 'notamment' || w === 'dont') return k + 1;
    if (w === 'parmi' && (tokens[k + 2]?.key === 'lesquels' || tokens[k + 2]?.key === 'lesquelles' || tokens[k + 2]?.key === 'eux')) return k + 2;
  }
  return -1;
}

/**
 * "Qui était là ? Une quarantaine de chefs d'État, dont le président nigérian, X, et la présidente
 * tanzanienne, Y.": a head count with no verb, the answer to who came, names guests of the article's gathering.
 */
function headcount(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens } = ctx;
  if (!ctx.mentions.headGroups.length || !HEADCOUNT.has(tokens[1]?.key ?? '') || !['une', 'un'].includes(tokens[0]?.key ?? '')) return;
  const dont = namedAmongAfter(tokens, 2);
  if (dont < 0 || tokens.some((t) => FINITE.has(t.key) && t.text !== 'à')) return;
  const event = focusFor(ctx);
  if (event) (attendances ??= new Attendances(ctx)).add(namedAfter(ctx, dont), event, 0.75);
}
/**
 * "À l'invitation de la Première ministre lettone, X, les dirigeants se sont réunis…": the one who
 * invited hosts the gathering the sentence tells, and is at it. Not one still to come ("se
 * réuniront à l'invitation de"), nor a sentence told somewhere else than the article's gathering.
 */
function invitedBy(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens, clause } = ctx;
  for (let i = 2; i < tokens.length - 2; i++) {
    if (tokens[i]!.key !== 'invitation' || tokens[i - 1]!.key !== "l'" || tokens[i - 2]!.key !== 'a' || !OF.has(tokens[i + 1]!.key)) continue;
    // The first person after "de", maybe after a title and its comma ("de la Première ministre lettone, X").
    const host = clause.peopleAfter(i, 10)[0];
    if (!host) continue;
    // (Held elsewhere: a city after "à" other than the gathering's; "pour la paix en Ukraine" is a topic.)
    const focus = focusDraftOf(ctx.events);
    const away = ctx.mentions.places.some((p) => p.city !== focus?.place && AT.has(tokens[p.first - 1]?.key ?? ''));
    const event = eventBefore(ctx, i) ?? eventAfter(ctx, i, tokens.length) ?? (away ? undefined : focusFor(ctx));
    if (!event || clause.negated(0, tokens.length - 1) || tenseNear(tokens, i, tokens.length) === 'future') continue;
    (attendances ??= new Attendances(ctx)).add([host], event, 0.8);
    addFact(ctx, { type: 'HOSTED', source: host.mention.ref!, target: event, confidence: 0.8 });
  }
}
const OF = new Set(words.genitives);

/**
 * "La journée avait débuté par un déjeuner. Le président y avait convié son homologue, X et Y": who was
 * asked to the event just told, the one asking too, were at it (asked in the past, to one held already).
 */
function convenedThere(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens, clause } = ctx;
  for (let i = 3; i < tokens.length - 1; i++) {
    if (!CONVENED.has(tokens[i]!.key) || !HAS_FORMS.has(tokens[i - 1]!.key) || tokens[i - 2]!.key !== 'y') continue;
    const event = ctx.previousEvent;
    if (!event || clause.negated(clause.clauseStart(i), i)) continue;
    const draft = draftOf(ctx.events, event);
    if (draft?.date && ctx.articleDate && draft.date > toIso(ctx.articleDate)) continue;
    const asked = clause.objects(i).filter((a) => a.role === 'core' && a.mention.label === 'Person');
    const asking = clause.subjects(i - 2, ctx.previousSubject).filter((a) => a.mention.label === 'Person' && a.mention.ref?.startsWith('person:'));
    if (asked.length) (attendances ??= new Attendances(ctx)).add([...asking, ...asked], event, 0.75);
  }
}
/** "Un dîner était offert aux dirigeants. X, arrivé mardi, y a dîné": at the meal just told. */
function ateThere(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens, clause } = ctx;
  const event = ctx.previousEvent;
  if (!event || !MEAL_KINDS.has(draftOf(ctx.events, event)?.kind ?? '')) return;
  for (let i = 2; i < tokens.length; i++) {
    if (!ATE.has(tokens[i]!.key) || !HAS_FORMS.has(tokens[i - 1]!.key) || tokens[i - 2]!.key !== 'y') continue;
    if (clause.negated(clause.clauseStart(i), i)) continue;
    const who = clause.subjects(i - 2, ctx.previousSubject).filter((a) => a.mention.label === 'Person');
    if (who.length) (attendances ??= new Attendances(ctx)).add(who, event, 0.75);
  }
}
const ATE = new Set(A.ate);
const CONVENED = new Set(A.convened);

/**
 * "Devant ses pairs, le président X a confirmé…", "a plaidé devant ses homologues": one speaks before the
 * members of the article's gathering, so is at it.
 */
function beforePeers(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens, clause } = ctx;
  presentedToGathering(ctx, attendances);
  for (let d = 0; d < tokens.length - 3; d++) {
    if (tokens[d]!.key !== 'devant' || !PEER_OWNERS.has(tokens[d + 1]!.key) || !PEERS.has(tokens[d + 2]!.key)) continue;
    let verb = -1;
    if (d === 0 && tokens[3]!.key === ',') verb = firstVerbAfter(tokens, 3);
    else for (let v = d - 1; v >= Math.max(0, d - 3) && verb < 0; v--) if (SPOKE.has(tokens[v]!.key)) verb = v;
    const event = focusFor(ctx);
    if (verb < 0 || !event || clause.negated(clause.clauseStart(verb), verb)) continue;
    (attendances ??= new Attendances(ctx)).add(clause.subjects(verb, ctx.previousSubject).filter((a) => a.mention.label === 'Person'), event, 0.8);
  }
}
/**
 * "Le commandant de la force, le général X, a présenté aux délégations un schéma de déploiement", "a exposé aux
 * dirigeants le concept d'opération": one presents something to the members of the article's gathering, so is at it.
 */
function presentedToGathering(ctx: SentenceContext, attendances?: Attendances): void {
  const { tokens, clause } = ctx;
  for (let v = 1; v < tokens.length - 2; v++) {
    if (!PRESENTED_TO.has(tokens[v]!.key)) continue;
    const audience = tokens[v + 1]!.key === 'aux' ? AUDIENCES.has(tokens[v + 2]!.key) : tokens[v + 1]!.key === 'a' && PEER_OWNERS.has(tokens[v + 2]!.key) && PEERS.has(tokens[v + 3]?.key ?? '');
    const event = audience ? focusFor(ctx) : undefined;
    if (!event || clause.negated(clause.clauseStart(v), v)) continue;
    (attendances ??= new Attendances(ctx)).add(clause.subjects(v, ctx.previousSubject).filter((a) => a.mention.label === 'Person'), event, 0.8);
  }
}
const PRESENTED_TO = new Set(A.presentedTo);
const AUDIENCES = new Set(A.audiences);
const PEER_OWNERS = new Set(A.peerOwners);
const PEERS = new Set(A.peers);
const AT = new Set(words.toPrepositions);

const HEADCOUNT = new Set(A.headcount);
/** Auxiliaries and copulas: a sentence with one of them is no bare head count. */
const FINITE = new Set(A.finite);

/** The persons named after `at` to the end of the sentence ("…, dont le président kényan X et la Première ministre Y"). */
function namedAfter(ctx: SentenceContext, at: number): Argument[] {
  return ctx.clause.args.filter((a) => a.mention.first > at && a.mention.label === 'Person');
}

function companionsFrom(ctx: SentenceContext, from: number, end: number): Argument[] {
  // ("tout comme, côté ukrainien, le chef de cabinet X": past the side named in its commas.)
  from = pastSideAside(ctx.tokens, from);
  // "par deux émissaires du président américain X, A et B": the names counted, after the comma.
  if (COUNT_WORDS.has(ctx.tokens[from]?.key ?? '')) {
    let comma = from + 1;
    while (comma < Math.min(end, from + 12) && ctx.tokens[comma]!.key !== ',') comma++;
    const counted = comma < end ? ctx.clause.args.filter((a) => a.mention.label === 'Person' && a.mention.first > comma && a.mention.first < end) : [];
    if (counted.length >= 2) return counted;
  }
  // "aux côtés du roi X": the phrase's own "de" makes its first name look like a complement.
  // ("…, de même que X et Y, selon l'Élysée": the source is no companion.)
  return ctx.clause.args.filter((a) => a.mention.first >= from && a.mention.first < end && a.preposition !== 'selon' && (a.role !== 'genitive' || a.mention.npFirst <= from)).filter(firstChain(from, ctx));
}

/** Past ", côté ukrainien," / ", du côté américain," at `at`. */
function pastSideAside(tokens: Token[], at: number): number {
  if (tokens[at]?.key !== ',') return at;
  const side = tokens[at + 1]?.key === 'cote' ? at + 2 : tokens[at + 1]?.key === 'du' && tokens[at + 2]?.key === 'cote' ? at + 3 : -1;
  return side > 0 && tokens[side + 1]?.key === ',' ? side + 2 : at;
}

/** "Présent au sommet, le Premier ministre X a plaidé…": the noun phrase right after the opening phrase. */
function frontedSubject(ctx: SentenceContext, from = 0): Argument[] {
  let comma = ctx.tokens.findIndex((t, k) => k >= from && t.key === ',');
  // ("Intervenu à distance, depuis Washington, le président X": past where from.)
  while (comma >= 0 && ctx.tokens[comma + 1]?.key === 'depuis') comma = ctx.tokens.findIndex((t, k) => k > comma + 1 && t.key === ',');
  if (comma < 0) return [];
  // (Also a name after its title in apposition: "Venu à Vienne, le ministre des Affaires étrangères, X, a confirmé".)
  const t = ctx.tokens;
  const titled = (a: Argument): boolean => ['le', 'la', "l'"].includes(t[comma + 1]?.key ?? '') && t[a.mention.npFirst - 1]?.key === ',' && !t.slice(comma + 1, a.mention.npFirst - 1).some((x) => x.key === ',');
  // ("…, M. X a plaidé": past the civility.)
  return ctx.clause.args.filter((a) => a.role === 'core' && a.mention.npFirst > comma && (beforeCivility(t, a.mention.npFirst - 1) === comma || titled(a))).slice(0, 1);
}

/**
 * "Réunis samedi à Johannesburg, A, B et C ont jugé…", "Réunis en marge du sommet, boycotté par X, A et B ont…":
 * the subjects of the verb after the fronted participle (the people among them).
 */
function assembledSubjects(ctx: SentenceContext): Argument[] {
  const { tokens, clause } = ctx;
  const comma = tokens.findIndex((t) => t.key === ',');
  if (comma < 0) return [];
  // (The verb written as such: "à" is no "a"; its subjects before it: not "…, une dizaine de dirigeants ont promis …
  // l'île convoitée par X".)
  const verb = tokens.findIndex((t, k) => k > comma && FINITE_AUXILIARIES.has(t.text.toLowerCase()));
  // (All the people listed before it: "A, B, C, ainsi que D et E, ont jugé", however the list is read.)
  return verb < 0 ? frontedSubject(ctx) : clause.args.filter((a) => a.mention.label === 'Person' && a.mention.first > comma && a.mention.last < verb);
}

/** The article's gathering, when its city is named after "à" in the clause after `at`. */
function focusPlacedIn(ctx: SentenceContext, at: number, end: number): string | undefined {
  const focus = focusDraftOf(ctx.events);
  if (!focus?.place) return undefined;
  const there = ctx.mentions.places.some((p) => p.first > at && p.first < end && p.city === focus.place && placedWithA(ctx.tokens, p.first));
  return there ? focusFor(ctx) : undefined;
}

/** "à Paris", "au Caire", "à l'Élysée": the place starting at `first` follows "à". */
function placedWithA(tokens: Token[], first: number): boolean {
  let p = first - 1;
  if (ARTICLES.has(tokens[p]?.key ?? '')) p--;
  return tokens[p]?.key === 'a' || tokens[p]?.key === 'au';
}

/** "X et Y étaient également de la partie.": they were there (a sentence with no other trigger word). */
function partOfIt(ctx: SentenceContext, attendances: Attendances): void {
  const { tokens, clause } = ctx;
  const last = tokens.length - (tokens[tokens.length - 1]?.key === '.' ? 2 : 1);
  if (last < 3 || tokens[last]!.key !== 'partie' || tokens[last - 1]!.key !== 'la' || tokens[last - 2]!.key !== 'de' || !copulaBefore(tokens, last - 2)) return;
  const conf = confidenceAt(ctx, clause.clauseStart(last - 2), last - 2);
  if (conf !== null) attendances.add(clause.subjects(last - 2, ctx.previousSubject), eventBefore(ctx, last - 2) ?? focusFor(ctx), Math.min(conf, 0.8));
}

/** Nothing but the sentence's end after `at` ("était présent."). */
function sentenceEnds(tokens: Token[], at: number): boolean {
  const k = tokens[at]?.key;
  return k === undefined || ((k === '.' || k === '!') && at === tokens.length - 1);
}

/** "était présent", "étaient aussi présents", "sera également présente": a form of "être" just before. */
function copulaBefore(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const k = tokens[i]!.key;
    if (COPULAS.has(k)) return true;
    if (!PRESENCE_ADVERBS.has(k)) return false;
  }
  return false;
}
const ROLL_CALL = asTokens(A.rollCall);
const ROLL_CALL_SCENES = asTokens(A.rollCallScenes);
const OWN_STAY = new Set(A.ownStay);
/** "se sont serré la main", "représentait son pays", "lui a transmis la présidence": done at the gathering. */
const THERE_WORDS = new Set(A.thereWords);
const STAY_ELSEWHERE = new Set(A.stayElsewhere);
// ("depuis Kiev": where the trip started, not where it went.)
const TRIP_ENDS = new Set(['.', ',', ';', ...A.tripEnds, ...calendar.weekdays]);
const ARRIVAL_ORDER = new Set(A.arrivalOrder);
const ORDINALS = new Set(A.ordinals);
const DAY_PARTS = new Set(A.dayParts);
const READY = new Set(words.readyAdjectives);
const COPULAS = new Set(A.copulas);
// "était lui aussi présent": the stressed pronoun of "lui aussi" stands with its adverb.
const PRESENCE_ADVERBS = new Set([...A.presenceAdverbs, ...words.stressedPronouns]);

/** A country or a body named right at `at` ("représenté Berlin", "représentait l'Union européenne"). */
function representsBody(ctx: SentenceContext, at: number): boolean {
  // Or its leader: "qui représentait le chef de l'État", "représentant son président".
  const leader = ['le', 'la', 'son', 'sa'].includes(ctx.tokens[at]?.key ?? '') && LEADER_WORDS.has(ctx.tokens[at + 1]?.key ?? '');
  return leader || ctx.clause.args.some((a) => a.mention.npFirst === at && (a.mention.label === 'Country' || a.mention.label === 'Organization'));
}
const LEADER_WORDS = new Set(A.leaderWords);

/** The country a person heads, serves or belongs to, as the article titles them. */
function countryOf(ctx: SentenceContext, person: string): string | undefined {
  return countrySpokenFor(ctx.persons.get(person));
}

/** The sentence names a city other than the one of the article's gathering. */
function elsewhere(ctx: SentenceContext): boolean {
  const focus = focusDraftOf(ctx.events);
  return ctx.mentions.places.some((p) => p.city !== focus?.place);
}

/** "a quitté Tirana": the city named at `at` (a place, or a capital standing for its country) is the article's gathering's. */
function leftFocusCity(ctx: SentenceContext, at: number): boolean {
  const focus = focusDraftOf(ctx.events);
  if (!focus?.place) return false;
  // ("a quitté Bruxelles": the town, whatever body it also stands for.)
  return ctx.mentions.places.some((p) => p.first === at && p.city === focus.place) || ctx.mentions.mentions.some((m) => m.first === at && (m.form === 'capital' || m.label === 'Organization') && m.surface === focus.place);
}

/** "présent à Ankara" where the article's gathering takes place: present at it. */
/** "présent jeudi", "présente dès vendredi": the words of the day after a presence word at `i`, else 0. */
function daysAfterPresence(tokens: Token[], i: number): number {
  // ("présente elle aussi au Caire": past the pronoun that adds her to the others.)
  const also = STRESSED.has(tokens[i + 1]?.key ?? '') && ALSO.has(tokens[i + 2]?.key ?? '') ? 2 : 0;
  const since = tokens[i + 1 + also]?.key === 'des' ? 1 : 0;
  return also + (WEEKDAYS.has(tokens[i + 1 + also + since]?.key ?? '') ? since + 1 : 0);
}
const STRESSED = new Set(words.stressedPronouns);
const SET_OFF = new Set([',', '.', ';']);

/**
 * "présent jeudi au Bella Center": at a venue the lexicon does not know (capitalised words naming
 * nothing else), on a day the sentence tells, the article's gathering.
 */
function atVenue(ctx: SentenceContext, at: number): string | undefined {
  const { tokens } = ctx;
  if (tokens[at]?.key !== 'au' && !(tokens[at]?.key === 'a' && ARTICLES.has(tokens[at + 1]?.key ?? ''))) return undefined;
  const first = tokens[at]!.key === 'au' ? at + 1 : at + 2;
  // (Capitalised words after "au" name a place, whatever name they look like: "au Bella Center".)
  if (!tokens[first]?.cap || ctx.mentions.mentions.some((m) => m.first <= first && m.last >= first && m.label !== 'Person') || ctx.mentions.places.some((p) => p.first <= first && p.last >= first)) return undefined;
  return focusFor(ctx);
}

function focusAtPlace(ctx: SentenceContext, at: number): string | undefined {
  if (!['a', 'au'].includes(ctx.tokens[at]?.key ?? '')) return undefined;
  // "présent à Bruxelles pour une conférence" is there for something else; "arrivé à Ankara mercredi",
  // "venue à Tirana avec M. Brenner" are not.
  const endsThere = (t: Token | undefined): boolean => !t || [',', '.', ';', 'avec'].includes(t.key) || (t.type === 'word' && (classesOf(t) & TIME_WORDS) !== 0);
  // "à Kiev", "à l'Élysée".
  const first = ARTICLES.has(ctx.tokens[at + 1]?.key ?? '') ? at + 2 : at + 1;
  // ("venue à Nairobi pour l'occasion": for the gathering itself.)
  // ("a plaidé samedi à Kyoto pour que la BERD…": a purpose, not another errand.)
  const forIt = (p: PlaceMention): boolean => ctx.tokens[p.last + 1]?.key === 'pour' && ((["l'", 'la'].includes(ctx.tokens[p.last + 2]?.key ?? '') && ['occasion', 'circonstance'].includes(ctx.tokens[p.last + 3]?.key ?? '')) || ['que', "qu'"].includes(ctx.tokens[p.last + 2]?.key ?? ''));
  const place = ctx.mentions.places.find((p) => p.first === first && (endsThere(ctx.tokens[p.last + 1]) || forIt(p)));
  const focus = focusDraftOf(ctx.events);
  return place && focus?.place === place.city ? focusFor(ctx) : undefined;
}

/** Arguments of the coordination that starts right after the phrase ("par le Japon et des émissaires"). */
function firstChain(from: number, ctx: SentenceContext): (a: Argument, index: number, all: Argument[]) => boolean {
  return (a, index, all) => {
    // "par le chef de ses services de renseignement, Ibrahim Kalin": a name in apposition to the first noun phrase.
    if (index === 0) return a.mention.npFirst <= from + 6 || appositionOpening(ctx.tokens, from, a.mention.npFirst);
    const prev = all[index - 1]!;
    let between = ctx.tokens.slice(prev.mention.last + 1, a.mention.npFirst).map((t) => t.key);
    // "l'Espagnol X (intérieur), le Grec Y (migrations)": a portfolio in brackets after each name.
    if (between[0] === '(' && between.indexOf(')') > 0 && between.indexOf(')') <= 5) between = between.slice(between.indexOf(')') + 1);
    if (listedAfter(between) || (between[0] === ',' && between.length <= 8)) return true;
    // "aux côtés de A, dont le pays préside les négociations, et de B": past a relative clause; "A, arrivé la
    // veille au soir à bord d'Air Force One, B": past a participle's apposition.
    const reopened = between.lastIndexOf(',');
    const aside = RELATIVES.has(between[1] ?? '') || PAST_PARTICIPLE.test(ctx.tokens[prev.mention.last + 2]?.text ?? '');
    // ("A, président en exercice de l'UA jusqu'à la mi-février, qui a dirigé les débats, le Rwandais B": an apposition, then its relative clause.)
    const apposedThenRelative = between.some((k, j) => j > 1 && k === ',' && RELATIVES.has(between[j + 1] ?? ''));
    return between[0] === ',' && ((aside && between.length <= 16) || (apposedThenRelative && between.length <= 24)) && reopened > 1 && listedAfter(between.slice(reopened));
  };
}

/** From `from` to `at`: one noun phrase opened by a determiner, then the comma of an apposition. */
function appositionOpening(tokens: Token[], from: number, at: number): boolean {
  if (at > from + 12 || tokens[at - 1]?.key !== ',' || !LIST_DETERMINERS.has(tokens[from]?.key ?? '')) return false;
  for (let k = from + 1; k < at - 1; k++) if (tokens[k]!.type !== 'word' || tokens[k]!.key === 'et') return false;
  return true;
}

/**
 * What separates two names of one list: commas and conjunctions, the phrase's preposition repeated
 * ("par A et par B", "autour du président X et du Premier ministre Y"), and at most one noun after
 * its determiner ("et par la diplomate Y").
 */
function listedAfter(between: string[]): boolean {
  let nouns = 0;
  for (let k = 0; k < between.length; k++) {
    const w = between[k]!;
    if (LIST_WORDS.has(w) || REPEATED_PREPOSITIONS.has(w) || LIST_DETERMINERS.has(w)) continue;
    if (++nouns > 1 || !LIST_DETERMINERS.has(between[k - 1] ?? '')) return false;
  }
  return true;
}
const CLAUSE_ENDS = new Set(['.', ',', ';', '!']);
const LIST_WORDS = new Set([',', ...A.listWords]);
const RELATIVES = new Set(words.inciseRelatives);
const REPEATED_PREPOSITIONS = new Set(A.repeatedPrepositions);
const LIST_DETERMINERS = new Set([...words.definiteArticles, 'un', 'une', ...words.possessives]);
const COUNT_WORDS = new Set(A.countWords);
const GUEST_WORDS = new Set(A.guestWords);
const AMONG_PRESENT = new Set(A.amongPresent);

/** "y participe", "y ont assisté", "y était présent": "y" before the verb or its auxiliary. */
function pronounY(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1]?.key ?? '';
  return before === 'y' || (Y_AUXILIARIES.has(before) && tokens[at - 2]?.key === 'y');
}
const Y_AUXILIARIES = new Set(words.compoundAuxiliaries);

function nextIsEvent(ctx: SentenceContext, at: number): boolean {
  return ctx.mentions.events.some((e) => e.first > at && e.first <= at + 4);
}

/** "X reçoit Y pour un déjeuner", "X s'est entretenu avec Y", "Jeudi, X recevra Y". */
/** "doit s'entretenir jeudi avec", "va rencontrer", "rencontrera": a meeting to come, not attended yet. */
function planned(tokens: Token[], at: number): boolean {
  let p = at - 1;
  if (tokens[p]?.key === 'se' || tokens[p]?.key === "s'") p--;
  // "se retrouveront": the verb after its pronoun.
  const verb = REFLEXIVE.has(tokens[at]!.key) ? (tokens[at + 1] ?? tokens[at]!) : tokens[at]!;
  return PLAN_WORDS.has(tokens[p]?.key ?? '') || FUTURE_MEETING.test(verb.key);
}
const PLAN_WORDS = new Set(A.planWords);
const FUTURE_MEETING = /(?:ra|ront)$/;

/** "les délégations", "ses homologues", "les dirigeants de la région": guests no name tells. */
function guestGroupAfter(tokens: Token[], at: number): boolean {
  const det = tokens[at]?.key ?? '';
  return (det === 'les' || det === 'des' || det === 'ses' || det === 'leurs') && GUEST_GROUPS.has(tokens[at + 1]?.key ?? '');
}
const GUEST_GROUPS = new Set(A.guestGroups);

/** Where who is met stops: a relative "que", or "pour"/"afin" before an infinitive ("pour discuter"; not "pour la première fois"). */
function purposeOrRelativeAt(tokens: Token[], k: number): boolean {
  const key = tokens[k]!.key;
  return key === 'que' || key === "qu'" || purposeAt(tokens, k);
}

function extractMeeting(
  ctx: SentenceContext,
  at: number,
  length: number,
  kind: string,
  attendances: Attendances,
  confidence: number | null,
  reciprocal: boolean,
  passive: boolean,
): void {
  if (confidence === null) return;
  const { clause } = ctx;
  const end = clause.clauseEnd(at);
  const subjects = clause.subjects(at, ctx.previousSubject).filter((a) => a.mention.label === 'Person');
  if (!subjects.length) return;
  const after = at + length;
  // Passive, the host is named after "par" ("a été reçu à Riyad par le prince héritier X").
  const by = passive ? clause.find(['par'], after, end) : -1;
  if (passive && by < 0) return;
  // ("a téléphoné à X, puis à Y": the verb's own "à" introduces its guests.)
  const dative = ctx.tokens[after - 1]!.key === 'a';
  // ("…ont rencontré A et B pour discuter d'un plan que le président X veut conclure": not past the purpose or the relative.)
  let met = after;
  while (met < end && !purposeOrRelativeAt(ctx.tokens, met)) met++;
  const guests = clause.args.filter((a) => a.mention.first >= after && a.mention.first < met && a.mention.label === 'Person' && (passive ? a.mention.first > by : a.role === 'core' || a.preposition === 'avec' || (dative && a.preposition === 'a')) && (a.mention.title !== undefined || guestNamed(ctx, a.mention.npFirst, after)));
  // "a appelé le président X": a call of its own; "a appelé (X) à la retenue", "à un dialogue": an appeal.
  if (kind === 'call' && (!guests.length || AT.has(ctx.tokens[after]?.key ?? '') || guests.some((g) => AT.has(ctx.tokens[g.mention.last + (ctx.tokens[g.mention.last + 1]?.key === ',' ? 2 : 1)]?.key ?? '')))) return;
  // "s'est entretenu en marge du sommet avec X": a talk of its own, on the summit's margins.
  // "s'est entretenu au téléphone avec X et s'est dit prêt à accueillir les discussions": a call, not the event told after it.
  const remote = ctx.tokens.slice(after, Math.min(end, after + 7)).map((t) => REMOTE_MEANS.get(t.key)).find((k) => k !== undefined) ?? (kind === 'call' ? kind : undefined);
  // ("X, qui avait reçu Y jeudi à Ankara, s'est dit disposé à organiser une rencontre": the relative ends at its comma.)
  const opener = clause.clauseStart(at) - 1;
  const closing = ctx.tokens[opener]?.key === 'qui' && ctx.tokens[opener - 1]?.key === ',' ? ctx.tokens.findIndex((t, k) => k > at && t.key === ',') : -1;
  const eventEnd = closing > 0 && closing < end ? closing : end;
  // "Les dirigeants se sont réunis à la chancellerie. le chancelier y a retrouvé X et Y": met there, at the event the sentence before told.
  // (Not one told further back: "y" is a place of the sentence before.)
  // None told there: the place the sentence before named, where the article's gathering is held.
  const y = !remote && !passive && pronounY(ctx.tokens, at);
  const told = y && ctx.previousEvent ? draftOf(ctx.events, ctx.previousEvent) : undefined;
  const there = told && told.sentence === ctx.index - 1 ? ctx.previousEvent : y ? focusFor(ctx) : undefined;
  let event = there ?? (remote ? undefined : eventAfter(ctx, at, eventEnd));
  const e = event ? ctx.mentions.events.find((x) => x.first > at && x.first < eventEnd) : undefined;
  if (e && onMargins(ctx.tokens, e)) event = undefined;
  // "s'est entretenu par téléphone avec X, à la veille du sommet": the summit dates the talk, it is not it.
  if (e && datesIt(ctx.tokens, e)) event = undefined;
  // "se sont entretenus dans un salon du World Forum": the gathering is where their own talk was held.
  const venue = e && event && roomOf(ctx.tokens, e) ? event : undefined;
  if (venue) event = undefined;
  // "X reçoit les délégations", "a accueilli ses homologues": the host of the article's gathering.
  // Not another day's ("recevra les dirigeants du Golfe le mois prochain").
  // "Lundi matin, X accueille ses invités": a day told is the gathering's own (focusFor checks it is).
  const focusDay = focusDraftOf(ctx.events)?.date;
  // ("Le chancelier X recevait à la chancellerie A, B, C et D": the article's gathering, its guests named one by one.)
  const party = guests.length >= 3 && kind === 'meeting';
  if ((party || !guests.length) && !event && !passive && !reciprocal && (party || guestGroupAfter(ctx.tokens, after)) && (!ctx.times.expressions.length || focusDay) && tenseNear(ctx.tokens, at) !== 'future') {
    event = focusFor(ctx);
    // (Who receives them hosts it.)
    if (event && confidence !== null && kind === 'meeting') for (const h of subjects) addFact(ctx, { type: 'HOSTED', source: h.mention.ref!, target: event, confidence: 0.8 });
  }
  // "X a reçu les dirigeants de la région pour un sommet": the host attends the event named, guests named or not.
  if (!guests.length && !(reciprocal && subjects.length >= 2) && !event) return;
  const people = [...subjects, ...guests];
  if (!event) {
    // "s'est entretenu par téléphone avec X", "avec X au téléphone": a call, held nowhere.
    const draft = addVerbEvent(ctx.events, remote ?? kind, ctx.index, ctx.tokens, ctx.times, at, ctx.articleDate, people.map((p) => p.mention.ref!), remote ? [] : ctx.mentions.places, !remote);
    // "En marge de la cérémonie, X s'est entretenue avec Y": on the day of the event it is on the margins of.
    const framing = draft.date ? undefined : framed(ctx);
    if (framing?.date) draft.date = framing.date;
    if (framing?.place && !draft.place && !remote) draft.place = framing.place;
    event = eventKey(draft.id);
  }
  // A meeting to come is an event of the graph, attended by no one yet.
  if (!planned(ctx.tokens, at)) {
    attendances.add(people, event, confidence);
    if (venue) attendances.add(people, venue, Math.min(confidence, 0.8));
  }
}

/** "dans un salon du sommet", "dans les couloirs de la conférence": the event `e` names a room's building. */
function roomOf(tokens: Token[], e: EventMention): boolean {
  let p = e.first - 1;
  // ("du World Forum": past the words of its name.)
  while (p > e.first - 3 && tokens[p]?.cap) p--;
  if (ARTICLES.has(tokens[p]?.key ?? '')) p--;
  if (tokens[p]?.key !== 'du' && tokens[p]?.key !== 'de') return false;
  return tokens[p - 2]?.key === 'dans' || tokens[p - 3]?.key === 'dans';
}

/**
 * Where the object starts after time and place complements set between commas ("samedi 18 novembre,
 * au centre de conférences de X, à Johannesburg, un sommet"): the token after the last such comma, else `from`.
 */
function afterComplements(tokens: Token[], from: number, end: number): number {
  let at = from;
  let object = from;
  while (at < end) {
    const comma = tokens.findIndex((t, j) => j >= at && j < Math.min(end, at + 10) && t.key === ',');
    if (comma < 0) break;
    const segment = tokens.slice(at, comma);
    if (!segment.length || !(COMPLEMENT_OPENERS.has(segment[0]!.key) || segment[0]!.type === 'number' || WEEKDAYS.has(segment[0]!.key))) break;
    at = comma + 1;
    object = at;
  }
  return object;
}
const COMPLEMENT_OPENERS = new Set(A.complementOpeners);
const WEEKDAYS = new Set(calendar.weekdays);
