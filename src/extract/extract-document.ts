/**
 * One article through the pipeline: normalisation → boilerplate removal → tokens and sentences →
 * article date → mentions → coreference → events → relationships. Everything it returns is keyed
 * by document-level entity keys; the corpus-wide resolution turns them into graph nodes.
 */
import type { DocumentInfo } from '../graph/types.ts';
import { normalizeText } from './text/normalize.ts';
import { removeBoilerplate } from './text/boilerplate.ts';
import { mergeHeadlineEvents } from './events/merge-headline-events.ts';
import { heldBeside, onMargins } from './events/held-beside.ts';
import { tokenize } from './text/tokenize.ts';
import { splitSentences, type Sentence } from './text/sentences.ts';
import { findArticleDate } from './dates/article-date.ts';
import { daysBetween, parseIsoDay, toIso, type DayDate } from './dates/calendar.ts';
import calendar from './data/calendar.json' with { type: 'json' };
import organizations from './data/organizations.json' with { type: 'json' };
import relations from './data/relations.json' with { type: 'json' };
import words from './data/words.json' with { type: 'json' };
import eventWords from './data/events.json' with { type: 'json' };
import { getLexicon } from './lexicon/lexicon.ts';
import { detectMentions, type SentenceMentions } from './mentions/detect-mentions.ts';
import { definedAcronyms } from './mentions/defined-acronyms.ts';
import { countrySpokenFor, inSomeonesTitle, nationalOf, resolveMentions, type PersonFacts } from './mentions/coreference.ts';
import type { Mention } from './mentions/types.ts';
import { detectEvents, focusDraftOf, LONG_BEFORE_DAYS, MEAL_KINDS, PLUPERFECT_AUXILIARIES, timesOf, type DocumentEvents, type EventDraft, type SentenceTimes } from './events/detect-events.ts';
import { TIME_WORDS } from './dates/time-expressions.ts';
import { classesOf, classesOfAll } from './text/word-classes.ts';
import { settleSharedNames } from './mentions/shared-names.ts';
import { fold } from './text/fold.ts';
import { ownString } from './text/own-string.ts';
import type { Token } from './text/tokenize.ts';
import { Clause, type Argument } from './relations/clause.ts';
import { draftOf, eventKey, namesOtherDay, opensOnOtherDay, type SentenceContext } from './relations/context.ts';
import { extractLeads, RESIGNED } from './relations/leads.ts';
import { extractAttended } from './relations/attended.ts';
import { extractCommitments, settleUnnamedPledges } from './relations/commitments.ts';
import { membersHeard } from './relations/members-heard.ts';
import { PeopleMemory } from './relations/people-memory.ts';
import type { Fact } from './relations/types.ts';

/** What a country sends that makes it part of a force (not money). */
const SENT_KINDS = new Set(['troops', 'equipment', 'personnel']);

/** What an article says of one entity, all its mentions summed up (what the corpus resolution needs). */
export interface EntitySummary {
  ref: string;
  label: Mention['label'];
  /** Surface forms and how often each was met (descriptions and anaphors excluded). */
  surfaces: Map<string, number>;
  mentions: number;
  /** Titles held now ("président français"), in order of appearance. */
  titles: string[];
  /** Folded last words of its full names ("frederiksen"), for surnames met elsewhere. */
  lastNames: string[];
  /** Met only as a description ("le président américain"). */
  described: boolean;
}

export interface DocumentExtraction {
  doc: string;
  info: DocumentInfo;
  /** Sentence spans in the original text. */
  sentences: { start: number; end: number }[];
  /** One summary per entity key: the article's mentions are not kept (memory stays small). */
  entities: EntitySummary[];
  persons: Map<string, PersonFacts>;
  events: EventDraft[];
  facts: Fact[];
}

export function extractDocument(original: string, doc: string, path: string): DocumentExtraction {
  const lex = getLexicon();
  const normalized = normalizeText(original);
  const { text, stamped, captions, bylinePlace } = removeBoilerplate(normalized);
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, (key) => lex.cities.has(key));
  // The date may sit in a line that is otherwise a caption: read it before boilerplate goes.
  const articleDate = findArticleDate(normalized, sentences);

  const defined = definedAcronyms(text, lex);
  // Built by push, not .map: optimised code's inlined .map makes holey arrays, the builtin packed ones, and
  // every reader of `found` compiled for one deoptimises on the other (the same for the arrays below).
  const found: SentenceMentions[] = [];
  for (const s of sentences) found.push(detectMentions(s.tokens, s.index, lex, defined));
  settleSharedNames(found);
  const title = documentTitle(text);
  const topic = topicCountry(found, title ? headlineTopic(sentences, found) : new Set(), (i) => sentences[i]!.tokens);
  const { persons } = resolveMentions(found, topic, (i) => sentences[i]!.tokens, (i) => sentences[i]!.paragraph);
  const times = sentenceTimes(sentences, articleDate);
  const briefs = digestBriefs(sentences);
  const events = detectEvents(
    sentences.map((s, i) => ({ tokens: s.tokens, mentions: found[i]!, times: times[i]!, stamped: stamped.length > 0 && stamped.includes(s.tokens[0]?.start ?? -1), subheading: s.subheading })),
    articleDate,
    lex,
    bylinePlace,
    briefs,
  );

  const ending = endingForces(sentences, found);
  const forces = forcesOf(found, ending);
  // Several forces named: the one the headline or the standfirst names is the article's, one known by its
  // name ("la Force en attente de la CEDEAO (FAC)") before a force told by its kind ("la force en attente en Guinée-Bissau").
  // (None there, as under a site's name and rubric: all of them.)
  const named = forces.length > 1 ? forcesOf(found.filter((_, i) => sentences[i]!.paragraph <= 1), ending) : forces;
  const inLead = named.length > 0 ? named : forces;
  const leadForce = inLead.find((f) => !f.startsWith('org:force-multinationale-')) ?? inLead[0];

  const facts: Fact[] = [];
  const unnamedPledges: Fact[] = [];
  const topicKey = topic ? `country:${topic}` : undefined;
  // In a digest, a brief headed by a country ("SOUDAN. …", "CANADA-INDE. …") is about that one.
  const briefTopics = briefs ? briefHeadingCountries(briefs, found) : undefined;
  // "« Le Japon n'enverra aucun soldat. Notre aide sera civile », a déclaré X": a quotation over several
  // sentences, spoken by the incise after it; the sentences it opened in, by index.
  const questions = questionParagraphs(sentences);
  const interviewee = questions.size >= 2 ? intervieweeOf(sentences, found, persons) : undefined;
  const quoteSpeakers: QuoteSpeaker[] = [];
  // The people each sentence names as a subject, in order: who is heard where.
  const heard: { sentence: number; ref: string }[] = [];
  // A photo's caption ("X et Y sur le perron de l'Élysée, mardi midi.") tells who was seen where: an attendance it
  // gives to an event held elsewhere than the places it names is not told by it.
  const captioned = new Set<number>();
  sentences.forEach((s, i) => {
    if (captions.some((c) => s.start >= c.start && s.start < c.end)) captioned.add(i);
  });
  sentenceFacts(sentences, found, times, events, articleDate, persons, topicKey, briefs, briefTopics, leadForce, questions, captioned, interviewee, facts, unnamedPledges, quoteSpeakers, heard);

  speakForQuotedCountries(facts, quoteSpeakers, persons);
  committedForCountries(facts, persons);
  membersHeard(sentences, times, heard, events, persons, facts);
  settleUnnamedPledges(facts, unnamedPledges, leadCountries(sentences, found, 1), leadForce ? [leadForce, ...forces.filter((f) => f !== leadForce)] : forces, title ? headlineTopic(sentences, found) : new Set(), (i) => sentences[i]!.paragraph);
  // (A pledge whose receiver was settled only now is its speaker's country's too.)
  committedForCountries(facts, persons);
  if (topicKey && leadForce) pledgesToForceOfGiver(facts, found, topicKey, leadForce);
  // ("Haïti : Ottawa promet 60 millions", the summit in Kingston naming Jamaica most, Jamaica pledging police too.)
  if (topicKey && title) pledgesToHeadlineOverGiver(facts, found, topicKey, headlineTopic(sentences, found));
  // "X, la Première ministre lituanienne, fait le point sur le renforcement … dans son pays": no one pledges to the country they lead
  // (nor to their own: "le Polonais X").)
  dropInPlace(facts, (f) => f.type === 'PLEDGES' && (persons.get(f.source)?.leads === f.target || nationalOf(persons.get(f.source)) === f.target));
  // "Kiev refuse …" read against the force for Ukraine: a country neither sends its troops to the force made for it nor refuses to.
  dropInPlace(facts, (f) => (f.type === 'REFUSES_TROOPS' || f.type === 'PLEDGES') && forOwnCountry(f.source, f.target, persons));
  // "La Belgique n'enverra pas de frégate" and "la Belgique envoie un hélicoptère à Aspides": no ship, but a part in the force.
  // (Money is no part: "l'Islande ne détachera pas ses navires… Reykjavik contribuera au financement" still declines.)
  dropInPlace(facts, (f) => f.type === 'REFUSES_TROOPS' && f.what === 'ships' && facts.some((g) => g.type === 'PLEDGES' && g.source === f.source && g.target === f.target && SENT_KINDS.has(g.what ?? '')));
  // "la KFOR enverra un bataillon de plus au Kosovo": a force receives what is pledged; it is deployed, it pledges nothing.
  const anyForce = new Set([...forces, ...ending]);
  dropInPlace(facts, (f) => (f.type === 'PLEDGES' || f.type === 'REFUSES_TROOPS') && anyForce.has(f.source));
  // "Le Premier ministre X a remis mardi sa démission": he leads no more (the fact itself stays internal).
  const resigned = new Set(facts.filter((f) => f.type === RESIGNED).map((f) => f.source));
  dropInPlace(facts, (f) => f.type === RESIGNED || (f.type === 'LEADS' && resigned.has(f.source)));
  mergeHeadlineEvents(events, facts, title ? 0 : undefined, articleDate ? toIso(articleDate) : undefined);

  const info: DocumentInfo = { path, length: original.length };
  if (articleDate) info.date = toIso(articleDate);
  if (title) info.title = ownString(title);
  return {
    doc,
    info,
    sentences: sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: summarize(found),
    persons,
    events: events.drafts,
    facts,
  };
}

/** The times of each sentence. */
function sentenceTimes(sentences: Sentence[], articleDate: DayDate | null): SentenceTimes[] {
  // Only sentences with a number or a calendar word can hold a date.
  let previousDay: DayDate | null = null;
  const times: SentenceTimes[] = [];
  for (const s of sentences) {
    if (!mayHoldTime(s.tokens)) {
      times.push(NO_TIMES);
      continue;
    }
    const t = timesOf(s.tokens, articleDate, previousDay);
    // ("… réaffirmé lors du sommet du 14 décembre dernier. … La veille au soir, X et Y ont dîné": the eve of
    // the story's day, not of a day recalled from weeks before.)
    const day = lastDay(t);
    if (day && !(articleDate && daysBetween(day, articleDate) >= LONG_BEFORE_DAYS)) previousDay = day;
    times.push(t);
  }
  return times;
}

/**
 * The relationship rules over each sentence, in order, with what carries from one to the next: facts,
 * pledges left unnamed, quotations' speakers and who is heard where go to the arrays given. (Its own
 * function: a smaller unit for the optimising compiler than the whole of extractDocument.)
 */
function sentenceFacts(
  sentences: Sentence[],
  found: SentenceMentions[],
  times: SentenceTimes[],
  events: DocumentEvents,
  articleDate: DayDate | null,
  persons: Map<string, PersonFacts>,
  topicKey: string | undefined,
  briefs: number[] | undefined,
  briefTopics: (string | undefined)[] | undefined,
  leadForce: string | undefined,
  questions: Set<number>,
  captioned: Set<number>,
  interviewee: string | undefined,
  facts: Fact[],
  unnamedPledges: Fact[],
  quoteSpeakers: QuoteSpeaker[],
  heard: { sentence: number; ref: string }[],
): void {
  let previousSubject: Argument | undefined;
  let force: string | undefined;
  let previousEvent: string | undefined;
  let lastPair: string[] | undefined;
  const memory = new PeopleMemory(persons);
  // The last argument naming each person ("il" resolved included): what a later pair is made of.
  const people = new Map<string, Argument>();
  // Made once per article, not once per sentence.
  const genderOf = (ref: string): 'f' | 'm' | undefined => persons.get(ref)?.gender;
  let quoteFrom = -1;
  let countryOpener: CountryOpener | undefined;
  let narrated: string | undefined;
  const articleDay = articleDate ? toIso(articleDate) : undefined;
  // "Sur la Moldavie, les annonces se sont succédé.": what the paragraph's pledges leave unnamed goes to that country.
  let receiver: { paragraph: number; ref: string } | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const mentions = found[i]!;
    force = forceOf(mentions) ?? force;
    const opened = paragraphReceiver(s.tokens, mentions);
    if (opened) receiver = { paragraph: s.paragraph, ref: opened };
    // (The story moves on at a subheading, or to another day.)
    if (s.subheading || (narrated && namesOtherDay(times[i]!, draftOf(events, narrated)))) narrated = undefined;
    // Quotation marks are all '"' once normalised: an odd count opens or closes a quotation over sentences.
    const toggles = quoteMarks(s.tokens) % 2 === 1;
    const closes = toggles && quoteFrom >= 0;
    if (toggles && quoteFrom < 0) quoteFrom = i;
    // A sentence naming no one and no event cannot state a relationship, unless "les deux dirigeants" names two.
    // "La France a voulu donner l'exemple. Elle apportera 1,1 milliard": the pronoun is that country (and
    // the sentence names it so).
    const resumed = countryOpener && resumesCountry(s.tokens, countryOpener) ? countryOpener.argument : undefined;
    const silent = mentions.mentions.length === 0 && mentions.events.length === 0 && !memory.refersBack(s.tokens) && !resumed;
    // "Dimanche, ils s'étaient entretenus par visioconférence. X y participait": a sentence of another day
    // than the last event's tells something else, which a later "y" stands for (its own "la veille" does not).
    const movedOn = previousEvent !== undefined && namesOtherDay(times[i]!, draftOf(events, previousEvent));
    if (silent) {
      countryOpener = undefined;
      if (movedOn) previousEvent = undefined;
      // (A sentence closing a quotation is still read for its speaker.)
      if (!closes) continue;
    }
    const clause = new Clause(s.tokens, mentions.mentions, genderOf, memory);
    if (closes) {
      // "… le tour du ministre norvégien, X. « … . … », tranche-t-il": the pronoun is the last person named before the quotation.
      const introduced = quoteFrom > 0 ? found[quoteFrom - 1]!.mentions.filter((m) => m.label === 'Person' && m.ref).at(-1) : undefined;
      const speaker = (clause.inciseSpeaker() ?? clause.invertedSpeaker(introduced ? { mention: introduced, role: 'core' } : previousSubject))?.speaker.mention.ref;
      if (speaker) quoteSpeakers.push({ from: quoteFrom, to: i, speaker });
      quoteFrom = -1;
    }
    if (silent) continue;
    const ctx: SentenceContext = {
      index: i, tokens: s.tokens, clause, mentions, times: times[i]!, events, articleDate,
      topic: briefTopics?.[briefs![i]!] ?? topicKey, force, mainForce: leadForce, receiver: receiver?.paragraph === s.paragraph ? receiver.ref : undefined, interviewee, previousSubject: resumed ?? previousSubject, previousEvent: previousEvent !== undefined && opensOnOtherDay(times[i]!, draftOf(events, previousEvent)) ? undefined : previousEvent, narrated, previousSentence: i > 0 ? { tokens: sentences[i - 1]!.tokens, mentions: found[i - 1]!, sameParagraph: sentences[i - 1]!.paragraph === s.paragraph } : undefined, lastPair, facts, unnamedPledges, persons, words: classesOfAll(s.tokens),
    };
    const factsBefore = facts.length;
    extractLeads(ctx);
    // "Le Danemark enverrait lui aussi des instructeurs. Allez-vous coordonner vos efforts ?": an
    // interviewer's question (a short paragraph ending with one) asserts nothing; its titles still tell who leads what.
    if (!questions.has(s.paragraph)) {
      extractAttended(ctx);
      if (captioned.has(i) && mentions.places.length > 0) dropInPlace(facts, (f, k) => k >= factsBefore && f.type === 'ATTENDED' && !heldAt(draftOf(events, f.target)?.place, mentions.places));
      extractCommitments(ctx);
    }
    previousEvent = lastEventOf(i, s.tokens, mentions, events) ?? (movedOn ? undefined : previousEvent);
    narrated = narratedAfter(s.tokens, mentions, events, articleDay, clause, narrated);
    lastPair = countriesNamed(mentions, persons) ?? lastPair;
    previousSubject = personSubject(clause) ?? previousSubject;
    countryOpener = openingCountry(clause, s.tokens);
    for (const a of clause.args) if (a.mention.label === 'Person') people.set(a.mention.ref!, a);
    // (Quoted "selon la ministre X" is heard too.)
    for (const a of clause.args) if (a.mention.label === 'Person' && (a.role === 'core' || a.preposition === 'selon') && a.mention.ref) heard.push({ sentence: i, ref: a.mention.ref });
    if (previousSubject) people.set(previousSubject.mention.ref!, previousSubject);
    memory.remember(clause, facts, factsBefore, people);
  }
}

/** "Sur la Moldavie, …", "Pour le Liban, …", "Sur la force de réassurance, …": the country or force a sentence opens on, set off by its comma. */
function paragraphReceiver(tokens: Token[], mentions: SentenceMentions): string | undefined {
  if (!RECEIVER_OPENERS.has(tokens[0]?.key ?? '')) return undefined;
  const opened = mentions.mentions.find((m) => m.npFirst === 1 && ((m.label === 'Country' && m.form === 'name') || isForce(m)));
  return opened?.ref && tokens[opened.last + 1]?.key === ',' ? opened.ref : undefined;
}
const RECEIVER_OPENERS = new Set(relations.pledges.paragraphReceiverOpeners);

/** The event's place is one of `places` (an event with no place is held nowhere told). */
function heldAt(place: string | undefined, places: { city: string }[]): boolean {
  return place !== undefined && places.some((p) => p.city === place);
}

/** The country a sentence opens with, naming no one, and the gender its article tells ("La France", "Le Qatar"). */
type CountryOpener = { argument: Argument; gender: 'f' | 'm' | undefined };

function openingCountry(clause: Clause, tokens: Token[]): CountryOpener | undefined {
  let opener: Argument | undefined;
  for (const a of clause.args) {
    if (a.mention.label === 'Person') return undefined;
    if (a.role === 'core' && a.mention.label === 'Country' && a.mention.form === 'name' && a.mention.npFirst === 0) opener = a;
  }
  if (!opener) return undefined;
  const article = tokens[0]!.key;
  return { argument: opener, gender: article === 'la' ? 'f' : article === 'le' ? 'm' : undefined };
}

/** "Elle apportera…" after "La France a…", "Il versera…" after "Le Qatar a…": the sentence opens with a pronoun of that gender. */
function resumesCountry(tokens: Token[], opener: CountryOpener): boolean {
  const first = tokens[0]?.key;
  // (Not the impersonal "Il aura fallu dix heures", "Il y a eu", "Il s'agit".)
  if (first === 'il' && (tokens.slice(1, 4).some((t) => IMPERSONAL.has(t.key)) || (tokens[1]?.key === 'y' && ['a', 'aura', 'avait'].includes(tokens[2]?.key ?? '')))) return false;
  return (first === 'elle' && opener.gender !== 'm') || (first === 'il' && opener.gender !== 'f');
}
const IMPERSONAL = new Set(words.impersonalForms);

/** A quotation over sentences `from` to `to`, and who spoke it. */
type QuoteSpeaker = { from: number; to: number; speaker: string };

/**
 * "CANADA-INDE. Ottawa et New Delhi renouent… GHANA. Yaw Boakye-Ansah a prêté serment…", "Lundi — Berlin":
 * a digest of briefs, each a paragraph opened by a heading (in capitals, or a day and a dash); the brief
 * of each sentence (at least three).
 */
function digestBriefs(sentences: { tokens: Token[]; paragraph: number }[]): number[] | undefined {
  const briefs: number[] = [];
  let brief = 0;
  let headings = 0;
  let paragraph = -1;
  for (const s of sentences) {
    const opens = s.paragraph !== paragraph;
    paragraph = s.paragraph;
    const words = s.tokens.filter((t) => t.type === 'word');
    const capitals = s.tokens.at(-1)?.key === '.' && words.length >= 1 && words.length <= 3 && words.every((t) => t.allCaps) && s.tokens.length === words.length + 1;
    // "Lundi — Berlin", "Mercredi — Nairobi": a day and a dash heading a line of its own.
    const dayLine = WEEKDAYS.has(s.tokens[0]?.key ?? '') && ['—', '–', '-'].includes(s.tokens[1]?.text ?? '') && s.tokens.length <= 6 && s.tokens.at(-1)?.key !== '.';
    if (opens && (capitals || dayLine)) {
      headings++;
      brief = headings;
    }
    briefs.push(brief);
  }
  return headings >= 3 ? briefs : undefined;
}

const WEEKDAYS = new Set(calendar.weekdays);

/** Each brief's country, when its heading names one and only one ("SOUDAN."), by brief index. */
function briefHeadingCountries(briefs: number[], found: SentenceMentions[]): (string | undefined)[] {
  const topics: (string | undefined)[] = [];
  for (let i = 0; i < briefs.length; i++) {
    if (i > 0 && briefs[i] === briefs[i - 1]) continue;
    // (Named, not a capital: "Mercredi — Nairobi" is where, not what about.)
    const countries = found[i]!.mentions.filter((m) => m.label === 'Country' && m.ref && m.form === 'name');
    if (countries.length === 1) topics[briefs[i]!] = countries[0]!.ref;
  }
  return topics;
}

/** `target` is the multinational force made for the country `source` is, or leads ("org:force-multinationale-ua"). */
function forOwnCountry(source: string, target: string, persons: Map<string, PersonFacts>): boolean {
  if (!target.startsWith('org:force-multinationale-')) return false;
  const country = source.startsWith('country:') ? source : persons.get(source)?.leads;
  return country !== undefined && country.slice('country:'.length).toLowerCase() === target.slice('org:force-multinationale-'.length);
}

/** Removes the facts `drop` selects, keeping the others' order. */
function dropInPlace(facts: Fact[], drop: (f: Fact, index: number) => boolean): void {
  let kept = 0;
  for (let i = 0; i < facts.length; i++) if (!drop(facts[i]!, i)) facts[kept++] = facts[i]!;
  facts.length = kept;
}

function summarize(found: SentenceMentions[]): EntitySummary[] {
  const byRef = new Map<string, EntitySummary>();
  for (const f of found) {
    for (const m of f.mentions) {
      if (!m.ref) continue;
      let e = byRef.get(m.ref);
      if (!e) byRef.set(m.ref, (e = { ref: m.ref, label: m.label, surfaces: new Map(), mentions: 0, titles: [], lastNames: [], described: true }));
      e.mentions++;
      if (m.form !== 'description') e.described = false;
      if (m.form !== 'description' && m.form !== 'anaphor') e.surfaces.set(m.surface, (e.surfaces.get(m.surface) ?? 0) + 1);
      if (m.title && !m.title.former) e.titles.push(m.title.surface);
      if (m.label === 'Person' && m.surface.includes(' ')) {
        const folded = fold(m.surface);
        const last = folded.slice(folded.lastIndexOf(' ') + 1);
        if (!e.lastNames.includes(last)) e.lastNames.push(last);
      }
    }
  }
  return [...byRef.values()];
}

/** The multinational force a sentence names, if any (what a later "la force" is). */
function forceOf(found: SentenceMentions): string | undefined {
  // (Not one named in someone's title: "X, cheffe de la MINUSCA".)
  for (const m of found.mentions) if (isForce(m) && m.ref && !inSomeonesTitle(found.mentions, m)) return m.ref;
  return undefined;
}

function isForce(m: Mention): boolean {
  return m.label === 'Organization' && (m.orgId === 'force' || m.orgId === 'mission' || !!m.standing);
}

/** The first person the sentence has as a subject, named or titled: who a later "il" may be. */
function personSubject(clause: Clause): Argument | undefined {
  for (const a of clause.args) if (a.role === 'core' && a.mention.label === 'Person' && (a.mention.ref!.startsWith('person:') || !!a.mention.title)) return a;
  return undefined;
}

/** The last event a sentence tells, named or added by a verb ("s'est entretenu avec"): what a later "y" stands for. */
function lastEventOf(sentence: number, tokens: Token[], found: SentenceMentions, events: DocumentEvents): string | undefined {
  let last: number | undefined;
  // (Not the summit a meeting was held on the margins of: "une réunion … tenue en marge du sommet".)
  for (const e of found.events) if (found.events.length === 1 || !onMargins(tokens, e)) last = events.ofMention.get(e) ?? last;
  if (last === undefined) for (const d of events.drafts) if (d.sentence === sentence) last = d.id;
  return last === undefined ? undefined : eventKey(last);
}

/**
 * What the paragraph is about after this sentence: the last event its main clauses tell, unless that is the article's
 * gathering (then none), else what it was. An event held by the article's day; not a visit (one goes there) nor a press conference (a gathering's end);
 * not one told in an aside ("X, reçu à dîner la veille au soir, …"), in a fronted phrase ("Après son entretien avec Y, X a pris part…", not "Réunis en marge du sommet, les dirigeants…")
 * or as not attended.
 */
function narratedAfter(tokens: Token[], found: SentenceMentions, events: DocumentEvents, articleDay: string | undefined, clause: Clause, narrated: string | undefined): string | undefined {
  // (Most sentences tell no event, and most articles none but their gathering.)
  if (found.events.length === 0 && narrated === undefined) return undefined;
  let last: EventDraft | undefined;
  // ("…a eu un long entretien avec Y avant l'ouverture des travaux": the gathering's own business is told.)
  if (clause.find(GATHERING_BUSINESS) >= 0) return undefined;
  for (const e of found.events) {
    const id = events.ofMention.get(e);
    // ("À l'issue du sommet, X a annoncé lors d'une conférence de presse…": back to the gathering; not
    // "Réunis en marge du sommet, …", where it frames another.)
    if (heldBeside(tokens, e)) continue;
    if (id === events.focus) return undefined;
    // (Nor one someone did not attend: "X n'a assisté ni au dîner, ni à …"; nor a meal recalled in the pluperfect:
    // "La veille, elle avait offert un dîner à ses homologues" is background, "Mardi, une trentaine de dirigeants
    // avaient échangé lors d'une réunion à distance" is not; nor one planned: "à quarante-huit heures du tête-à-tête prévu".)
    const start = clause.clauseStart(e.first);
    if (clause.inAside(e.first) || (e.last < clause.frontedEnd && !e.verbal) || clause.negated(start, e.first) || (MEAL_KINDS.has(e.kind) && clause.find(PLUPERFECT_AUXILIARIES, start, e.first) >= 0) || PLANNED.has(tokens[e.last + 1]?.key ?? '')) continue;
    const d = id === undefined ? undefined : events.drafts[id];
    // (On a day: "la première depuis la trêve conclue en février" is no event one could be at.)
    // (Nor a talk told in the pluperfect on the gathering's own day: "Le dirigeant émirien avait été reçu en tête-à-tête en
    // matinée" is what came before it, and the story goes on with the gathering; not a gathering of its own, "Jeudi soir,
    // avant le dîner, les dirigeants de la coalition s'étaient retrouvés…".)
    const before = (d?.kind === 'talk' || !!d?.participants.length) && d.date !== undefined && d.date === focusDraftOf(events)?.date && clause.find(PLUPERFECT_AUXILIARIES, start, e.first) >= 0;
    if (d && !NOT_NARRATED.has(d.kind) && d.date?.length === 10 && articleDay && d.date <= articleDay && !before) last = d;
  }
  return last ? eventKey(last.id) : narrated;
}

const NOT_NARRATED = new Set(['visit', 'press-conference']);
const PLANNED = new Set(eventWords.plannedParticiples);
const GATHERING_BUSINESS = new Set(eventWords.gatheringBusiness);

const NO_TIMES: SentenceTimes = { expressions: [], dates: [] };

/** The last full day a sentence dates (what "le lendemain" of a later sentence follows). */
function lastDay(times: SentenceTimes): DayDate | null {
  for (let i = times.dates.length - 1; i >= 0; i--) {
    // ("… la vague de frappes qui a plongé jeudi dernier l'Ukraine dans le noir": a day recalled, not the story's.)
    const value = times.expressions[i]!.value;
    if (value.kind === 'weekday' && value.shift === 'last') continue;
    const day = times.dates[i] ? parseIsoDay(times.dates[i]!) : null;
    if (day) return day;
  }
  return null;
}

/** The two countries a sentence names, itself or by its leaders ("le prince héritier saoudien … l'émir du Qatar"), if exactly two. */
function countriesNamed(mentions: SentenceMentions, persons: Map<string, PersonFacts>): string[] | undefined {
  const countries = new Set<string>();
  for (const m of mentions.mentions) {
    if (m.label === 'Country' && m.ref) countries.add(m.ref);
    const led = m.label === 'Person' && m.ref ? persons.get(m.ref)?.leads : undefined;
    if (led?.startsWith('country:')) countries.add(led);
  }
  return countries.size === 2 ? [...countries] : undefined;
}

function mayHoldTime(tokens: Token[]): boolean {
  for (const t of tokens) if (t.type === 'number' || (t.type === 'word' && (classesOf(t) & TIME_WORDS) !== 0)) return true;
  return false;
}

/** The country the article is about: the one it names most (demonyms count half). */
function topicCountry(sentences: SentenceMentions[], headline: ReadonlySet<string>, tokensOf: (i: number) => Token[]): string | undefined {
  const score = new Map<string, number>();
  // Where something goes: "en Ukraine", "pour Haïti", "à la Moldavie", "au Liban" (a giver is named as a subject).
  const receiving = new Set<string>();
  sentences.forEach((s, i) => {
    const tokens = tokensOf(i);
    for (const m of s.mentions) {
      if (m.label !== 'Country' || !m.iso2) continue;
      score.set(m.iso2, (score.get(m.iso2) ?? 0) + (m.form === 'demonym' ? 0.5 : 1));
      let p = m.npFirst - 1;
      if (tokens[p]?.key === 'la' || tokens[p]?.key === "l'" || tokens[p]?.key === 'le' || tokens[p]?.key === 'les') p--;
      if (m.form !== 'demonym' && RECEIVING.has(tokens[p]?.key ?? '')) receiving.add(m.iso2);
    }
    // "les parrains de Gaza", "la reconstruction de Gaza": a territory of a state counts for it (not a
    // capital, which hosts gatherings more than it is talked about).
    for (const p of s.places) if (p.iso2 && !p.capitalOf) {
      score.set(p.iso2, (score.get(p.iso2) ?? 0) + 1);
      receiving.add(p.iso2);
    }
  });
  // "Réseau électrique ukrainien dévasté : …": the one country a headline puts before its colon is
  // what the article is about, however often the givers are named.
  if (headline.size === 1) {
    const [only] = headline;
    const iso2 = only!.slice('country:'.length);
    score.set(iso2, (score.get(iso2) ?? 0) + 3);
  }
  // It must stand out: named several times, and clearly more than any other.
  const ranked = [...score].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, second] = ranked;
  if (!first || first[1] < 3 || (second && first[1] < second[1] * 1.5)) return undefined;
  // ("Berlin attend le Bundestag", "l'Allemagne n'exclut pas…", named most but always as one that gives or not: no receiver.)
  if (!receiving.has(first[0]) && !headline.has(`country:${first[0]}`)) return undefined;
  return first[0];
}
const RECEIVING = new Set(words.receivingPrepositions);

/**
 * "la Cedeao lance sa force en attente, mais sans les soldats de Dakar … X a promis un bataillon": the
 * country the article names most gives or refuses itself, so it is no receiver; soldiers, equipment and money
 * given to it by default (its sentence names it not) go to the article's force instead ("Le Danemark versera
 * 13 millions d'euros" in an article on Spain's refusal to join Aspides).
 */
function pledgesToForceOfGiver(facts: Fact[], found: SentenceMentions[], topicKey: string, force: string): void {
  if (!facts.some((f) => f.source === topicKey && (f.type === 'PLEDGES' || f.type === 'REFUSES_TROOPS'))) return;
  for (const f of facts) {
    if (f.type !== 'PLEDGES' || f.target !== topicKey) continue;
    if (found[f.sentence]!.mentions.some((m) => m.ref === topicKey)) continue;
    f.target = force;
  }
}

/**
 * The country the article names most gives itself (a host pledging with the others): pledges that fell to it by default
 * (their sentence names it not) go to the one country the headline is about, when that one gives nothing.
 */
function pledgesToHeadlineOverGiver(facts: Fact[], found: SentenceMentions[], topicKey: string, headline: ReadonlySet<string>): void {
  if (headline.size !== 1) return;
  const [about] = headline;
  const gives = (key: string): boolean => facts.some((f) => f.source === key && (f.type === 'PLEDGES' || f.type === 'REFUSES_TROOPS'));
  if (!about || about === topicKey || !gives(topicKey) || gives(about)) return;
  for (const f of facts) {
    if (f.type !== 'PLEDGES' || f.target !== topicKey || found[f.sentence]!.mentions.some((m) => m.ref === topicKey)) continue;
    f.target = about;
  }
}

/** The forces the article names, in order ("la force multinationale pour l'Ukraine"). */
function forcesOf(found: SentenceMentions[], ending: ReadonlySet<string>): string[] {
  const forces: string[] = [];
  const known = new Set<string>();
  const lex = getLexicon();
  for (const f of found) {
    for (const m of f.mentions) {
      if (m.label !== 'Organization' || !m.ref || forces.includes(m.ref) || ending.has(m.ref) || inSomeonesTitle(f.mentions, m)) continue;
      const standing = !!lex.organizations.get(m.orgId ?? '')?.force;
      if (standing) known.add(m.ref);
      if (m.orgId === 'force' || m.orgId === 'mission' || m.standing || standing) forces.push(m.ref);
    }
  }
  // (A standing force the lexicon knows, "la Force expéditionnaire interarmées", when it is the only one the
  // article names: "la KFOR" and "l'EUFOR Althea" both named, what goes to which is the sentences' to say.)
  return known.size > 1 ? forces.filter((f) => !known.has(f)) : forces;
}

/**
 * "la mission appelée à prendre le relais de la FINUL", "les pays prêts à relever la Finul", "Après la FINUL, …": a
 * standing force the article tells as ending or taken over from; what is pledged goes to its successor, not to it.
 */
function endingForces(sentences: Sentence[], found: SentenceMentions[]): Set<string> {
  const ending = new Set<string>();
  const lex = getLexicon();
  found.forEach((f, i) => {
    const tokens = sentences[i]!.tokens;
    for (const m of f.mentions) {
      if (m.label !== 'Organization' || !m.ref || !lex.organizations.get(m.orgId ?? '')?.force) continue;
      // Back over the article and "de" ("le relais de la", "la fin de la", "Après la").
      let k = m.first - 1;
      while (k > 0 && SUCCESSION_LINKS.has(tokens[k]!.key)) k--;
      if (k < m.first - 1 && SUCCESSION.has(tokens[k]?.key ?? '')) ending.add(m.ref);
    }
  });
  return ending;
}
const SUCCESSION = new Set(organizations.forces.succession);
const SUCCESSION_LINKS = new Set(words.articlesAndLinks);

/** The countries the first paragraphs name: the headline (0), with the lead (1). */
function leadCountries(sentences: { paragraph: number }[], found: SentenceMentions[], lastParagraph: number): Set<string> {
  const countries = new Set<string>();
  sentences.forEach((s, i) => {
    if (s.paragraph <= lastParagraph) for (const m of found[i]!.mentions) if (m.label === 'Country' && m.ref) countries.add(m.ref);
  });
  return countries;
}

/** "Ukraine : à Ramstein, les alliés promettent…": the countries a headline names before its colon. */
function headlineTopic(sentences: { paragraph: number; tokens: Token[] }[], found: SentenceMentions[]): Set<string> {
  const topic = new Set<string>();
  // The first line, else the first line headed by a topic under a site's name and rubric ("Le Temps",
  // "International | Moyen-Orient", then "Yémen: à Genève, …"): a paragraph of one sentence.
  let k = 0;
  const colonOf = (i: number): number => sentences[i]!.tokens.findIndex((t) => t.key === ':');
  while (k < sentences.length && k < 3 && sentences[k]!.paragraph === k && colonOf(k) <= 0 && sentences[k + 1]?.paragraph === k + 1) k++;
  const s = sentences[k];
  const colon = s && s.paragraph === k ? colonOf(k) : -1;
  if (colon > 0) {
    // (Not the town of a gathering, "Sommet de Kingston : …", which is where, not what about.)
    const gatheringPlace = (m: { first: number }): boolean => ['de', 'du', "d'"].includes(s.tokens[m.first - 1]?.key ?? '') && found[k]!.events.some((e) => e.last === m.first - 2);
    for (const m of found[k]!.mentions) if (m.label === 'Country' && m.iso2 && m.last < colon && !gatheringPlace(m)) topic.add(`country:${m.iso2}`);
    // "Gaza : …": a place of a known state.
    for (const p of found[k]!.places) if (p.iso2 && p.last < colon) topic.add(`country:${p.iso2}`);
  }
  // Else, for the article's topic (not to take soldiers from the force the article names), the one
  // country a headline gives money to ("… : 7,5 milliards de dollars pour relever le réseau électrique
  // ukrainien", "la Ligue arabe lance un fonds pour reconstruire la Palestine").
  if (topic.size === 0) {
    for (let h = 0; h < Math.min(sentences.length, 4) && topic.size === 0; h++) {
      if (sentences[h]!.paragraph !== h) break;
      const receiver = moneyReceiver(sentences[h]!.tokens, found[h]!, Math.max(0, colonOf(h)));
      if (receiver) topic.add(receiver);
    }
  }
  return topic;
}

/** The one country after "pour" (up to its comma) in a line that says money or a fund before it. */
function moneyReceiver(tokens: Token[], found: SentenceMentions, from: number): string | undefined {
  const pour = tokens.findIndex((t, i) => i > from && t.key === 'pour');
  if (pour < 0 || !tokens.some((t, i) => i > from && i < pour && MONEY_WORDS.has(t.key))) return undefined;
  // (In that phrase, up to its comma: not "…, la Suède refuse".)
  let end = pour;
  while (end < tokens.length && tokens[end]!.key !== ',') end++;
  const after = found.mentions.filter((m) => m.label === 'Country' && m.iso2 && m.first > pour && m.last < end);
  return new Set(after.map((m) => m.iso2)).size === 1 ? `country:${after[0]!.iso2}` : undefined;
}
const MONEY_WORDS = new Set(words.aidWords);

/** Paragraphs of one or two sentences ending with a question mark: an interviewer's questions. */
function questionParagraphs(sentences: { paragraph: number; tokens: Token[] }[]): Set<number> {
  const questions = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const last = i + 1 === sentences.length || sentences[i + 1]!.paragraph !== s.paragraph;
    if (!last || s.tokens[s.tokens.length - 1]?.key !== '?') continue;
    const first = i > 0 && sentences[i - 1]!.paragraph === s.paragraph ? (i > 1 && sentences[i - 2]!.paragraph === s.paragraph ? -1 : i - 1) : i;
    if (first >= 0) questions.add(s.paragraph);
  }
  return questions;
}

/**
 * "Entretien. La ministre néerlandaise des Affaires étrangères, Femke Bos": the one an interview's
 * headline, standfirst or introduction names first with a title that speaks for a country.
 */
function intervieweeOf(sentences: { paragraph: number }[], found: SentenceMentions[], persons: Map<string, PersonFacts>): string | undefined {
  for (let i = 0; i < sentences.length && sentences[i]!.paragraph <= 3; i++) {
    for (const m of found[i]!.mentions) {
      if (m.label === 'Person' && m.ref && countrySpokenFor(persons.get(m.ref))) return m.ref;
    }
  }
  return undefined;
}

/** The quotation marks of a sentence. */
function quoteMarks(tokens: Token[]): number {
  let marks = 0;
  for (const t of tokens) if (t.key === '"' || t.key === '«' || t.key === '»') marks++;
  return marks;
}

/** The leader or minister who spoke a quotation over several sentences commits or refuses with the country he leads or serves. */
function speakForQuotedCountries(facts: Fact[], quotes: { from: number; to: number; speaker: string }[], persons: Map<string, PersonFacts>): void {
  for (const q of quotes) {
    const speaker = persons.get(q.speaker);
    // ("« La Pologne n'enverra pas de soldats. … », a répété Donald X": one the article gives no role speaks for his
    // nationality's country, else for the one country his quotation commits.)
    const untitled = !speaker?.leads && !speaker?.serves && speaker?.titleName === undefined;
    const leads = speaker?.leads ?? speaker?.serves ?? (untitled ? (nationalOf(speaker) ?? soleCommitted(facts, q)) : undefined);
    if (!leads) continue;
    for (const f of [...facts]) {
      if ((f.type !== 'REFUSES_TROOPS' && f.type !== 'PLEDGES') || f.source !== leads || f.sentence < q.from || f.sentence >= q.to) continue;
      if (!facts.some((g) => g.type === f.type && g.source === q.speaker && g.target === f.target)) facts.push({ ...f, source: q.speaker });
    }
  }
}

/** The one country that refuses or pledges in the sentences of a quotation, else undefined. */
function soleCommitted(facts: Fact[], q: { from: number; to: number }): string | undefined {
  let sole: string | undefined;
  for (const f of facts) {
    if ((f.type !== 'REFUSES_TROOPS' && f.type !== 'PLEDGES') || f.sentence < q.from || f.sentence >= q.to || !f.source.startsWith('country:')) continue;
    if (sole && sole !== f.source) return undefined;
    sole = f.source;
  }
  return sole;
}

/**
 * "l'Italien X a promis 100 millions d'euros à la Syrie", "la ministre Y a annoncé 300 soldats": what one who leads or
 * serves a country (or is known only by its nationality) commits, the country commits.
 */
function committedForCountries(facts: Fact[], persons: Map<string, PersonFacts>): void {
  for (const f of [...facts]) {
    if ((f.type !== 'REFUSES_TROOPS' && f.type !== 'PLEDGES') || !f.source.startsWith('person:')) continue;
    const who = persons.get(f.source);
    const country = countrySpokenFor(who) ?? nationalOf(who);
    if (!country || country === f.target || facts.some((g) => g.type === f.type && g.source === country && g.target === f.target)) continue;
    facts.push({ ...f, source: country });
  }
}

/** A first line without final punctuation is the headline. */
function documentTitle(text: string): string | undefined {
  let first: string | undefined;
  for (let at = 0; at < text.length && !first; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end).trim().replace(/^date:?\s*\d{4}-\d{2}-\d{2}\s*/i, '');
    if (line) first = line;
    at = end < 0 ? text.length : end + 1;
  }
  if (!first || first.length > 200 || /[.!?…]$/.test(first)) return undefined;
  return first;
}
