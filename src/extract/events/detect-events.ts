/**
 * Events of one article. An event noun ("sommet", "déjeuner", "conférence de presse") or a meeting
 * verb ("s'est entretenu avec", "recevra") is an event; its date comes from the time expression
 * next to it (resolved against the article's date), its place from "à Paris", "de Paris",
 * "parisienne" or "à l'Élysée", its participants from "entre X et Y", "avec X".
 * The article's main gathering (its focus) is the first summit or meeting it dates or places;
 * "cette réunion", "le sommet", "les discussions" without a date or place of their own are it.
 */
import type { Token } from '../text/tokenize.ts';
import type { SentenceMentions } from '../mentions/detect-mentions.ts';
import type { EventMention, Mention, PlaceMention } from '../mentions/types.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { findTimeExpressions, resolveTime, tenseForTime, tenseNear, type Tense, type TimeExpression } from '../dates/time-expressions.ts';
import { addDays, daysBetween, parseIsoDay, toIso, type DayDate } from '../dates/calendar.ts';
import events from '../data/events.json' with { type: 'json' };
import words from '../data/words.json' with { type: 'json' };
import { heldBeside, onMargins } from './held-beside.ts';
import calendar from '../data/calendar.json' with { type: 'json' };
import { fold } from '../text/fold.ts';
import { purposeAt } from '../text/purpose.ts';
import { datelineAfter, EXCHANGE, locatedNear, PLACE_ENDS, remoteMeansAt } from '../mentions/detect-mentions.ts';

export interface EventDraft {
  id: number;
  kind: string;
  date?: string;
  place?: string;
  /** Person keys named as taking part ("rencontre entre X et Y"). */
  participants: string[];
  sentence: number;
  focus: boolean;
  /** Countries of those it gathers, when a verb told it ("Les États-Unis et l'Ukraine ont signé"). */
  countries?: string[];
  /** Its last day, when the article gives one ("qui se tient jusqu'au 20 novembre"). */
  until?: string;
  /** Held beside another gathering ("en marge du sommet", "avant l'ouverture du sommet"): not that one. */
  beside?: boolean;
  /** The body whose gathering it is ("les dirigeants de la coalition des volontaires"), by entity key. */
  body?: string;
}

export interface DocumentEvents {
  drafts: EventDraft[];
  /** Event draft of each event mention, by sentence then mention. */
  ofMention: Map<EventMention, number>;
  /** Index of the article's main gathering. */
  focus?: number;
  /** The city of the article's dateline ("CHISINAU, 3 avril -"), where the events it reports are held. */
  dateline?: string;
  /** The article's city: its dateline's, its headline's, else the one it names most. */
  mainPlace?: string;
  /** The state whose capital the dateline is ("SUVA, 9 août -" → FJ), and the dateline's sentence. */
  datelineCountry?: { iso2: string; sentence: number };
  /** Sentences opening a live report's entry ("17h40 - …"), which tell what happened that day. */
  stamped?: Set<number>;
  /** In a digest of briefs ("GHANA. …", "SOUDAN. …"), each sentence's brief: the article's gathering is its own brief's only. */
  briefs?: number[];
  /** In a digest headed by days and cities ("Mercredi — Nairobi"), each sentence's brief day and city. */
  briefDays?: (string | undefined)[];
  briefPlaces?: (string | undefined)[];
}

/** The draft of the article's main gathering, if it has one. */
export function focusDraftOf(doc: DocumentEvents): EventDraft | undefined {
  return doc.focus === undefined ? undefined : doc.drafts[doc.focus];
}

export interface SentenceTimes {
  expressions: TimeExpression[];
  /** Resolved ISO date of each expression (null when it cannot be placed). */
  dates: (string | null)[];
  /** Expressions that bound a span ("président en exercice jusqu'à la mi-février"): no day anything told happened on. */
  bounds?: boolean[];
}

/** Kinds several outlets tell as one event when date and place agree (data/events.json). */
export const GATHERINGS: ReadonlySet<string> = new Set(events.gatheringKinds);
/** "une nouvelle visioconférence de la coalition": a gathering held from afar, which may be the article's. */
const REMOTE_GATHERING = 'video-conference';
const PARTICIPANT_INTRODUCERS = new Set([...events.participantIntroducers, ',']);
const RECENT_PAST = new Set(events.recentPast);

/** `previousDay`: the last day the article dated before this sentence ("le lendemain" follows it). */
export function timesOf(tokens: Token[], articleDate: DayDate | null, previousDay: DayDate | null = null): SentenceTimes {
  const expressions = findTimeExpressions(tokens);
  // By push: an inlined .map would make holey arrays where the builtin makes packed ones (readers deoptimise).
  const dates: SentenceTimes['dates'] = [];
  let bounds: boolean[] | undefined;
  for (const e of expressions) {
    dates.push(resolveTime(e.value, articleDate, invitedBefore(tokens, e.first) ? 'future' : tenseForTime(tokens, e.first), previousDay));
    if (reachesTo(tokens, e)) (bounds ??= expressions.map(() => false))[dates.length - 1] = true;
  }
  return bounds ? { expressions, dates, bounds } : { expressions, dates };
}

/** A gathering dated after the article's day and told in the future tense, or announced ("annonce une réunion d'ici vendredi"). */
function toCome(d: { e: EventMention; date?: string }, tokens: Token[], articleDay: string | undefined, today: boolean): boolean {
  // ("Les ministres se retrouveront à Londres d'ici à la fin du mois": a gathering verb in the future, on no day told.)
  if (d.date === undefined && d.e.verbal && FUTURE_GATHERING.test(tokens[d.e.first]!.key)) return true;
  // ("le prochain sommet de l'Alliance": the next one, whenever it is.)
  if (NEXT.has(tokens[d.e.first - 1]?.key ?? '')) return true;
  if (d.date === undefined || articleDay === undefined) return false;
  // ("doit la préparer dès la semaine prochaine": dated by its month only, the article's, and told in the future.)
  if (d.date.length < articleDay.length && articleDay.startsWith(d.date)) return tenseNear(tokens, d.e.first, tokens.length) === 'future';
  return d.date > articleDay && (today || d.e.determiner === 'indefinite' || tenseNear(tokens, d.e.first, tokens.length) === 'future');
}

const FUTURE_GATHERING = /(?:ra|ront)$/;
const NEXT = new Set(events.nextAdjectives);

/** "des rencontres avec les industriels Raytheon et Lockheed Martin": a gathering with bodies named, its own sides (not the article's). */
function withBodies(s: { tokens: Token[]; mentions: SentenceMentions }, e: EventMention): boolean {
  let at = e.last + 1;
  if (s.tokens[at]?.key !== 'avec') return false;
  at++;
  return s.mentions.mentions.some((m) => m.label === 'Organization' && m.first > at - 1 && m.first <= at + 6);
}

/**
 * "X avait annoncé, au sortir d'un appel avec Y, un sommet à Budapest", "a proposé une rencontre",
 * "l'annonce du sommet de Budapest": a gathering announced, proposed or dropped, not the article's own.
 */
function announced(tokens: Token[], e: EventMention): boolean {
  // "l'annonce du sommet de Budapest", "l'abandon du sommet", "le projet d'une rencontre".
  let p = e.first - 1;
  if (ARTICLE_AFTER_DE.has(tokens[p]?.key ?? '')) p--;
  if (OF.has(tokens[p]?.key ?? '') && NOT_HELD_NOUNS.has(tokens[p - 1]?.key ?? '')) return true;
  if (e.determiner !== 'indefinite') return false;
  // Its object: right after the verb or a comma closing an aside ("lors d'une réunion" is when, not what).
  let q = e.first - 1;
  if (INDEFINITES.has(tokens[q]?.key ?? '')) q--;
  if (tokens[q]?.key !== ',' && !ANNOUNCING.test(tokens[q]?.key ?? '')) return false;
  for (let i = e.first - 1; i >= Math.max(0, e.first - 14); i--) {
    const k = tokens[i]!.key;
    if (k === '.' || k === ';' || k === 'que' || k === "qu'") return false;
    if (ANNOUNCING.test(k)) return true;
  }
  return false;
}
const ARTICLE_AFTER_DE = new Set(events.articlesAfterDe);
const OF = new Set(words.genitives);
const INDEFINITES = new Set(words.indefiniteArticles);
const NOT_HELD_NOUNS = new Set(events.notHeldNouns);
const ANNOUNCING = /^(?:annonc|propos|evoqu|envisag)(?:e|ee|es|ees|ait|aient|ent)?$/;

/** "M. X a invité son homologue à Santiago en novembre pour un forum": an invitation, in the few words before `at`, to what is to come. */
function invitedBefore(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(1, at - 12); i--) {
    const k = tokens[i]!.key;
    if (k === '.' || k === ';') return false;
    // "a invité", "ont convié"; "invite" itself (not "X, invité au sommet, a…", a guest told as one).
    if (INVITATION.has(k) && (['a', 'ont', 'avait', 'avaient'].includes(tokens[i - 1]!.key) || !/(?:e|es|ee|ees)$/.test(k) || k === 'invite' || k === 'convie')) return tokens[i - 1]!.key !== ',';
    // "s'est dit prêt à accueillir les discussions": an offer to host what is to come.
    if (READY_TO.has(k) && tokens[i + 1]?.key === 'a' && HOST_INFINITIVES.has(tokens[i + 2]?.key ?? '')) return true;
  }
  return false;
}
const READY_TO = new Set(words.readyAdjectives);
const HOST_INFINITIVES = new Set(events.hostInfinitives);
const INVITATION = new Set([...events.invitationVerbs, ...events.invitationParticiples]);

/**
 * "À Kiev, A, B et C exigent…", "Guerre en Ukraine : à la Maison-Blanche, X repart…": a headline (no
 * closing period) opened by where it happens, set off by its comma; that place.
 */
function frontedHeadlinePlace(first: { tokens: Token[]; mentions: SentenceMentions }[]): string | undefined {
  for (const s of first) {
    const t = s.tokens;
    if (t.at(-1)?.key === '.') continue;
    for (const p of s.mentions.places) {
      let q = p.first - 1;
      if (PLACE_ARTICLES.has(t[q]?.key ?? '')) q--;
      if (t[q]?.key === 'a' && (q === 0 || t[q - 1]!.key === ':') && t[p.last + 1]?.key === ',') return p.city;
    }
  }
  return undefined;
}

/** "G7 de Kyoto", "Conseil européen de Bruxelles": the town a body that meets is named with, in the first lines (headline or standfirst). */
function bodyMeetingPlace(first: { tokens: Token[]; mentions: SentenceMentions }[], lex: Lexicon): string | undefined {
  for (const s of first) {
    for (const m of s.mentions.mentions) {
      if (m.label !== 'Organization' || !m.orgId || !MEETING_BODIES.has(m.orgId)) continue;
      if (s.tokens[m.last + 1]?.key !== 'de' && s.tokens[m.last + 1]?.key !== 'a') continue;
      const place = s.mentions.places.find((p) => p.first === m.last + 2);
      if (place) return place.city;
      // ("Conseil européen de Bruxelles": the town read as the body it stands for elsewhere.)
      const town = s.mentions.mentions.find((o) => o.first === m.last + 2 && o.first === o.last);
      const city = town ? lex.cityNames.get(fold(town.surface)) : undefined;
      if (city) return city;
    }
  }
  return undefined;
}
const MEETING_BODIES = new Set(Object.keys(events.bodyMeetings));

export { onMargins };

export function detectEvents(
  sentences: { tokens: Token[]; mentions: SentenceMentions; times: SentenceTimes; stamped?: boolean; subheading?: boolean }[],
  articleDate: DayDate | null,
  lex: Lexicon,
  /** The city a byline puts its correspondent in: the article's place when nothing else gives one. */
  bylinePlace?: string,
  /** In a digest, each sentence's brief (extract-document.ts): a gathering is told again in its own brief only. */
  briefs?: number[],
): DocumentEvents {
  const drafts: EventDraft[] = [];
  const ofMention = new Map<EventMention, number>();
  const articleDay = articleDate ? iso(articleDate) : undefined;
  // "LE CAIRE, 18 février (AFP) -": where the article was written is where its gathering took place,
  // unless the gathering says otherwise; else the city it names most.
  const dateline = datelinePlace(sentences);

  // First pass: what each event mention says by itself.
  // In a digest whose briefs are headed by their day ("Mercredi — Nairobi"), an undated event is its brief's.
  const briefDay = (si: number): string | undefined => {
    if (!briefs) return undefined;
    const head = sentences[briefs.indexOf(briefs[si]!)];
    const day = head && WEEKDAY_HEADS.has(head.tokens[0]?.key ?? '') ? head.times.dates[0] : undefined;
    // (A digest looks back on its week: "Lundi" is the last one, not the next.)
    const parsed = day && articleDay && day > articleDay ? parseIsoDay(day) : null;
    return parsed ? toIso(addDays(parsed, -7)) : (day ?? undefined);
  };
  // …and at its place ("Lundi — Berlin").
  const briefPlace = (si: number): string | undefined => {
    if (!briefs) return undefined;
    const head = sentences[briefs.indexOf(briefs[si]!)];
    if (!head || !WEEKDAY_HEADS.has(head.tokens[0]?.key ?? '')) return undefined;
    return head.mentions.places[0]?.city ?? head.mentions.mentions.find((m) => m.form === 'capital')?.surface;
  };
  // "Le ministre X a reçu ses homologues jeudi 8 octobre … Invité à la réunion, Y a jugé…": a gathering told in
  // the past with no day of its own is on the day the lead told (in the week before the article's).
  const leadDay = (si: number, at: number): string | undefined => {
    if (!articleDate || tenseNear(sentences[si]!.tokens, at, sentences[si]!.tokens.length) !== 'past') return undefined;
    for (let j = 0; j < Math.min(si, 6); j++) {
      const day = dayTold(sentences[j]!, articleDate);
      if (day && day !== articleDay) return day;
    }
    // ("Réunis à l'Élysée, Européens et pays du Golfe ont promis… / Mercredi, à l'Élysée, alors que…": a standfirst
    // undated, the first paragraph opening on the day; not one telling what came before, "Mardi soir, il avait appelé…".)
    for (let j = si + 1; j < Math.min(sentences.length, si + 9); j++) {
      const s = sentences[j]!;
      if (s.times.expressions[0]?.first !== 0 || s.mentions.events.length || s.tokens.some((t) => PLUPERFECT_AUXILIARIES.has(t.key))) continue;
      const day = dayTold(s, articleDate);
      if (day && day !== articleDay) return day;
    }
    return undefined;
  };
  const described = sentences.flatMap((s, si) =>
    s.mentions.events.filter((e) => !calledOff(s.tokens, e)).map((e) => {
      // ("Ce sommet avait été préparé la veille par un entretien…": "ce sommet" is the one told before; the sentence's day is another's.)
      // ("La réunion avait été préparée lundi soir lors d'un entretien": the preparation's day, not the gathering's.)
      const told = e.determiner === 'demonstrative' || preparedBefore(s.tokens, e) ? undefined : ((onMargins(s.tokens, e) ? relativeDate(s.tokens, s.times, e) : dateNear(s.tokens, s.times, e, s.mentions.events.length === 1, s.mentions.events)) ?? briefDay(si));
      // "Lundi soir, soit la veille du sommet": the day told is the eve; the summit is the day after it.
      const date = shiftedFromEve(s.tokens, s.times, e, told);
      const place = placeNear(s.tokens, s.mentions, e, lex) ?? briefPlace(si);
      // "Rendez-vous fin janvier à Varsovie. Une conférence s'y tiendra": "y" is the place (and the day) told just before.
      const there = !place && si > 0 && thereClitic(s.tokens, e.last) ? sentences[si - 1]! : undefined;
      return { e, si, date: date ?? (there ? thereDay(there.times, articleDate, tenseNear(s.tokens, e.first, s.tokens.length)) : undefined), place: place ?? there?.mentions.places.at(-1)?.city, participants: participantsOf(s.tokens, s.mentions.mentions, e, s.mentions.events) };
    }),
  );
  // "Sommet du G7 à Évian : …": the gathering the headline places is where the article is, even in a
  // town the lexicon does not know, before the city the body names most ("retenu à Washington").
  // ("G7 de Kyoto : …", under a site's name and rubric too: a body that meets, named with its town.)
  const headlinePlace = described.find((d) => d.si === 0 && d.place && GATHERINGS.has(d.e.kind) && d.participants.length === 0)?.place ?? bodyMeetingPlace(sentences.slice(0, 6), lex);
  const mainPlace = dateline?.city ?? headlinePlace ?? frontedHeadlinePlace(sentences.slice(0, 2)) ?? (bylinePlace ? (lex.cityNames.get(fold(bylinePlace)) ?? bylinePlace) : undefined) ?? mostFrequentPlace(sentences.map((s) => s.mentions), lex);

  // The focus: the first gathering with a date, else with a place, else the first gathering.
  // Not one someone is invited to ("a invité son homologue à Santiago pour un forum"): it is to come.
  // Nor one dated after the article and told in the future ("M. X accueillera le 4 mars une
  // conférence", "Les chefs d'état-major se retrouveront jeudi prochain à Londres"): the next one.
  // (Or dated after it at all, when the article tells something of its own day.)
  const today = articleDay !== undefined && described.some((d) => d.date === articleDay);
  // Nor the one before it ("lors de la précédente conférence de Genève"), nor one that kept someone away
  // ("retenue à Bruxelles par une réunion de l'Otan").
  // (Nor one a subheading names: what the paragraphs under it tell, "Une déclaration commune et une visioconférence".)
  const gatherings = described.filter((d) => (GATHERINGS.has(d.e.kind) || d.e.kind === REMOTE_GATHERING) && !sentences[d.si]!.subheading && !recalled(sentences[d.si]!.tokens, d.e) && !invitedBefore(sentences[d.si]!.tokens, d.e.first) && !announced(sentences[d.si]!.tokens, d.e) && !withBodies(sentences[d.si]!, d.e) && !toCome(d, sentences[d.si]!.tokens, articleDay, today) && !previousOne(sentences[d.si]!.tokens, d.e) && !lastWeek(d, sentences[d.si]!.tokens, articleDate) && !longBefore(d, articleDate) && !keptAway(sentences[d.si]!.tokens, d.e));
  // A gathering named by a noun ("la conférence de Londres") before one told by a verb ("réunis à Londres").
  // Not one told in the future after a gathering the article told by a verb ("Réunis à Addis-Abeba, les
  // dirigeants… Ils doivent se retrouver en juillet à Malabo pour un sommet"): that is the next one.
  const firstVerbal = gatherings.find((d) => d.e.verbal);
  // Nor one told after it and dated before it ("Réunis en visioconférence jeudi, … une ligne tenue jusque dans les
  // discussions d'Abou Dhabi, les 23 et 24 janvier"): one recalled.
  const named = gatherings.filter(
    (d) =>
      !d.e.verbal &&
      !(firstVerbal && d.si > firstVerbal.si && tenseNear(sentences[d.si]!.tokens, d.e.first, sentences[d.si]!.tokens.length) === 'future') &&
      !(firstVerbal && firstVerbal.si < d.si && firstVerbal.date?.length === 10 && d.date?.length === 10 && d.date < firstVerbal.date),
  );
  const firstFocus = placedOrDated(named) ?? focusOf(gatherings);
  // "À Berlin, X reçu par Y" over "Mardi, ils avaient échangé lors d'une réunion à distance": a gathering held
  // from afar is not the article's when the headline places one ("la rencontre berlinoise").
  const remote = (d: (typeof described)[number]): boolean => d.e.kind === REMOTE_GATHERING || heldRemotely(sentences[d.si]!.tokens, d.e);
  const headlined = firstFocus && !firstFocus.place && remote(firstFocus) && (headlinePlace ?? frontedHeadlinePlace(sentences.slice(0, 3)));
  // "…, au terme d'un sommet tendu à Bruxelles. … Quelques heures plus tard, la coalition a tenu une réunion par
  // visioconférence": one held by video, dated, does not take the article's gathering from one held in person told before it.
  const inPerson = firstFocus && !headlined && !firstFocus.place && remote(firstFocus) ? named.find((d) => d.si < firstFocus.si && d.participants.length === 0 && !remote(d)) : undefined;
  // ("Le président a reçu ses hôtes pour une réunion de travail. … Dans la foulée, ils ont animé une visioconférence de la coalition":
  // nor one called a videoconference from one told by its verb before it, that day.)
  const earlierThatDay = firstFocus?.e.kind === REMOTE_GATHERING ? gatherings.find((d) => d.si < firstFocus.si && d.participants.length === 0 && !remote(d) && (d.date === undefined || d.date === firstFocus.date)) : undefined;
  const focusDesc = (headlined ? named.find((d) => d.place === headlined) : undefined) ?? inPerson ?? earlierThatDay ?? firstFocus;
  let focus: number | undefined;
  let remoteFocus = false;
  if (focusDesc) {
    focus = drafts.length;
    const draft: EventDraft = { id: focus, kind: focusDesc.e.kind, participants: [], sentence: focusDesc.si, focus: true };
    // "réunis ce mardi en visioconférence": held nowhere, whichever city the article names.
    remoteFocus = !focusDesc.place && heldRemotely(sentences[focusDesc.si]!.tokens, focusDesc.e);
    // ("ils ont réuni par visioconférence la coalition": a meeting held by video is a videoconference.)
    if (remoteFocus && draft.kind === 'meeting') draft.kind = 'video-conference';
    // ("le bilan de la conférence ministérielle de la veille … la conférence qu'il accueillait mardi à Panama": placed
    // later on its own day, before the city the article names most, "resté à Washington".)
    const placedLater = dateline || headlinePlace || !focusDesc.date ? undefined : gatherings.find((d) => d.si > focusDesc.si && d.place && d.date === focusDesc.date && d.e.kind === focusDesc.e.kind && !d.e.verbal)?.place;
    const place = focusDesc.place ?? (remoteFocus ? undefined : (placeFurther(sentences[focusDesc.si]!, focusDesc.e) ?? placedLater ?? mainPlace));
    // Undated, it is the day the article gives a gathering at its place ("Avant le sommet de Paris…
    // Mardi, la coalition se réunira à Paris"), else the article's day, unless told as past ("la
    // réunion de la semaine dernière").
    const date =
      focusDesc.date ??
      // (the day of one to come counts: "Avant le sommet de Paris… Mardi, la coalition se réunira à Paris").
      (place ? datedAt(today ? gatherings : described.filter((d) => GATHERINGS.has(d.e.kind)), place, articleDate) : undefined) ??
      (hasRecentPast(sentences[focusDesc.si]!.tokens) || recalledDuring(sentences[focusDesc.si]!.tokens, focusDesc.e) ? undefined : (leadDay(focusDesc.si, focusDesc.e.first) ?? articleDay));
    if (date) draft.date = date;
    if (place) draft.place = place;
    // "jusqu'au 20 novembre" ends the gathering that began on the 16th, in its year.
    const until = untilNear(sentences[focusDesc.si]!, focusDesc.e);
    const end = date && until?.length === 10 && date.length === 10 ? date.slice(0, 4) + until.slice(4) : undefined;
    if (date && end && end > date) draft.until = end;
    // "Réunis mardi et mercredi à Helsinki, … le sommet s'est achevé mercredi": the gathering's two days.
    if (date && !draft.until) {
      const span = gatherings.map((d) => (compatible(d.place, place) ? daysSpanned(sentences[d.si]!) : undefined)).find((x) => x && (x[0] === date || x[1] === date));
      if (span) [draft.date, draft.until] = span;
    }
    // Neither dated nor placed, "le forum" is no event one could point to.
    if (date || place) drafts.push(draft);
    else focus = undefined;
  }
  const focusDraft = focus === undefined ? undefined : drafts[focus];

  for (const d of described) {
    if (d.e.kind === EXCHANGE) {
      // "Ils se sont retrouvés par visioconférence. X et Y ont coprésidé l'échange": the event told just before.
      const told = described.findLast((x) => (x.si < d.si ? x.si >= d.si - 2 : x.si === d.si && x.e.first < d.e.first) && x.e.kind !== EXCHANGE && ofMention.has(x.e));
      if (told) ofMention.set(d.e, ofMention.get(told.e)!);
      continue;
    }
    const isGathering = GATHERINGS.has(d.e.kind);
    // "a coprésidé la réunion avec son homologue": the gathering told again, with one who chaired it.
    const toldAgain = (d.e.determiner === 'definite' || d.e.determiner === 'demonstrative') && !d.date && !d.place && focusDraft?.kind === d.e.kind;
    // "le sommet" told on its second day ("jeudi, en marge du sommet"): a gathering lasts a few days.
    const laterDay = (d.e.determiner === 'definite' || d.e.determiner === 'demonstrative') && !!d.date && !!focusDraft?.date && daysAfter(focusDraft.date, d.date, 3);
    // "Les dirigeants se sont réunis en visioconférence … a déclaré pendant l'appel": the call is that meeting.
    // ("C'est de là qu'il a coprésidé une visioconférence de la coalition": told again as new, on no other day.)
    const remoteAgain = remoteFocus && REMOTE_KINDS.has(d.e.kind) && (d.e.determiner === 'definite' || d.e.determiner === 'demonstrative' || (d.e.determiner === 'indefinite' && !d.date)) && d.participants.length === 0 && !d.place;
    const sameBrief = !briefs || briefs[d.si] === briefs[focusDraft?.sentence ?? 0];
    // ("Réunis en marge du sommet, les dirigeants de la coalition ont…": another gathering than the summit, on its day, in its town.)
    // ("une réunion de la coalition tenue en marge du sommet de la CPE": a gathering named by its noun, set beside the one after it.)
    const framed = sentences[d.si]!.mentions.events.some((o) => o !== d.e && (d.e.verbal === true || (isGathering && o.first > d.e.last && o.first <= d.e.last + 12 && onMargins(sentences[d.si]!.tokens, o))) && heldBeside(sentences[d.si]!.tokens, o));
    // (Not a gathering held somewhere into one held by video: "le 37e sommet franco-britannique à Londres".)
    // (Nor one announced or dropped, "l'annonce du sommet de Budapest", into the one held.)
    // (Nor a new one held by video, "a tenu une réunion par visioconférence", into one held in person somewhere.)
    const byVideo = !remoteFocus && !!focusDraft?.place && d !== focusDesc && d.e.determiner === 'indefinite' && !d.place && heldRemotely(sentences[d.si]!.tokens, d.e);
    // ("… lors d'une réunion de la coalition tenue en marge du sommet. La réunion se tenait en format hybride": the one just told, not the summit.)
    const justTold = (d.e.determiner === 'definite' || d.e.determiner === 'demonstrative') && !d.date && !d.place && d.e.kind !== focusDraft?.kind ? drafts.findLast((x) => !x.focus && x.kind === d.e.kind && x.sentence < d.si && d.si - x.sentence <= 2) : undefined;
    if (justTold) {
      ofMention.set(d.e, justTold.id);
      continue;
    }
    // ("Le prochain sommet de la CPE doit se tenir en novembre", "Une visioconférence est prévue mardi": the next one,
    // not the article's gathering already held.)
    const next = d !== focusDesc && (NEXT.has(sentences[d.si]!.tokens[d.e.first - 1]?.key ?? '') || (d.e.determiner === 'indefinite' && !!focusDraft?.date && !!articleDay && focusDraft.date <= articleDay && tenseNear(sentences[d.si]!.tokens, d.e.first, sentences[d.si]!.tokens.length) === 'future'));
    if (focusDraft && sameBrief && !framed && !byVideo && !next && (isGathering || remoteAgain) && (d.participants.length === 0 || toldAgain) && (compatible(d.date, focusDraft.date) || laterDay) && compatible(d.place, focusDraft.place) && !(remoteFocus && d.place) && !(d !== focusDesc && announced(sentences[d.si]!.tokens, d.e))) {
      if (d.e.kind === 'summit') focusDraft.kind = 'summit';
      ofMention.set(d.e, focusDraft.id);
      continue;
    }
    const s = sentences[d.si]!;
    let date = d.date;
    // Undated and unplaced: told in the present or the future, it is today's ("doit se tenir à huis clos").
    const anaphoric = d.e.determiner === 'definite' || d.e.determiner === 'demonstrative';
    // Undated and told in the past right after a sentence dated in the days the article reports, it
    // is that day ("X a reçu jeudi Y. Lors d'une conférence de presse commune, M. Dan a annoncé…").
    // Told in the present, it is today's ("X reçoit Y pour un déjeuner").
    // (And where that day's sentence was: "a été reçue mercredi à Kiev … lors d'une conférence de presse".)
    let storyPlace: string | undefined;
    // "En marge du sommet, X a eu un aparté avec Y": on the day and at the place of the gathering it is on the margins of.
    if (!date && focusDraft?.date && (d.participants.length || framed) && s.mentions.events.some((o) => o !== d.e && heldBeside(s.tokens, o))) {
      date = focusDraft.date;
      if (!d.place) storyPlace = focusDraft.place;
    }
    if (!date && !anaphoric && articleDate && tenseNear(s.tokens, d.e.first, s.tokens.length) === 'past') {
      // (A call or a videoconference, held nowhere, told right after the article's own day: that day too.)
      const remote = REMOTE_KINDS.has(d.e.kind) && d.e.determiner === 'indefinite';
      const told = lastStoryDay(sentences, d.si, articleDate, remote);
      date = told === undefined ? undefined : remote ? dayTold(sentences[told]!, articleDate) : storyDay(sentences[told], articleDate);
      const places = told === undefined ? [] : sentences[told]!.mentions.places;
      if (date && places.length === 1 && s.mentions.places.length === 0) storyPlace = places[0]!.city;
    }
    // (Not one to come: "un entretien entre X et Y est attendu dans les prochains jours" has no day yet.)
    if (!date && !anaphoric && articleDay && !hasRecentPast(s.tokens) && tenseNear(s.tokens, d.e.first) !== 'past' && tenseNear(s.tokens, d.e.first, s.tokens.length) !== 'future') date = articleDay;
    // "X a tenu une conférence de presse": the article's gathering ends with its press conference, on its day.
    if (!date && !anaphoric && d.e.kind === 'press-conference' && focusDraft?.date && !hasRecentPast(s.tokens)) date = focusDraft.date;
    // "La journée avait débuté par un déjeuner en petit comité": the day told is the gathering's.
    if (!date && focusDraft?.date && s.tokens[0]?.key === 'la' && s.tokens[1]?.key === 'journee' && !s.times.expressions.length) date = focusDraft.date;
    // "17h40 - X s'est entretenu au téléphone avec Y": a live report's entry tells what just happened.
    // ("09h05 – Fin du petit-déjeuner de la coalition": one a live entry names first, even as known, is of that day
    // too; not a bare "la rencontre", which the entry's next sentence tells.)
    if (!date && articleDay && s.stamped && (!anaphoric || (!GENERIC_KINDS.has(d.e.kind) && !drafts.some((x) => x.kind === d.e.kind)))) date = articleDay;
    // "KIEV, 23 mars - … Il s'agit de sa première visite": the visit the dispatch reports is in its city.
    // "le prochain sommet de la Celac, prévu en décembre à Puerto Varas": a gathering to come is placed in its own phrase too.
    let place = d.place ?? (d.e.kind === 'visit' ? (visitedDateline(s, d.e, dateline) ?? (d.e.determiner === 'possessive' ? dateline?.city : undefined)) : GATHERINGS.has(d.e.kind) && toCome(d, s.tokens, articleDay, false) ? placeFurther(s, d.e) : undefined);
    // "sa visite en France": in a country, not at the place of the day's gathering.
    const inCountry = s.mentions.mentions.some((m) => m.label === 'Country' && m.first > d.e.last && m.first <= d.e.last + 3 && ['en', 'au', 'aux'].includes(s.tokens[m.first - 1]?.key ?? ''));
    // (Not a call or a videoconference: held nowhere.)
    if (!place && !inCountry && focusDraft && date && date === focusDraft.date && !REMOTE_KINDS.has(d.e.kind)) place = focusDraft.place;
    if (!place && !inCountry) place = storyPlace;
    // "Le soir, le président a offert un dîner": a meal on the eve of the gathering, or on its first day, is in its city.
    if (!place && !inCountry && focusDraft?.date && focusDraft.place && date && MEAL_KINDS.has(d.e.kind) && daysAfter(date, focusDraft.date, 1)) place = focusDraft.place;
    // "ROME, 19 mai (AFP) - … ont tenu lundi une conférence de presse au palais Chigi": held in the
    // dateline's city in the days it reports (not a call, held nowhere).
    // Not one told again ("son absence à la réunion de la veille"): that one may be anywhere.
    // Not a visit: one goes elsewhere for it ("a écourté sa visite en France").
    // A definite noun told with its own day ("ont assisté mercredi aux funérailles") is no event told again.
    if (!place && !inCountry && dateline && date && (!anaphoric || d.date !== undefined) && !REMOTE_KINDS.has(d.e.kind) && d.e.kind !== 'visit' && articleDate && withinWeekBefore(date, articleDate)) place = dateline.city;
    // "Une cérémonie de départ s'est tenue mercredi… Le ministre a présidé la cérémonie": the one told before.
    // "Sans ce dîner, il n'y aurait pas eu de texte jeudi": "ce" points back, whatever day the sentence names.
    const pointsBack = d.e.determiner === 'demonstrative' || (anaphoric && !date && !place);
    const before = pointsBack && d.participants.length === 0 ? drafts.findLast((x) => x.kind === d.e.kind && x.sentence < d.si && (x.date || x.place)) : undefined;
    if (before) {
      ofMention.set(d.e, before.id);
      continue;
    }
    // "a lancé X lors de la conférence de presse finale, aux côtés de Y": the gathering's press conference,
    // told as known, is an event of its own on the gathering's day and at its place (its speakers are at both).
    if (!date && !place && anaphoric && d.e.kind === 'press-conference' && focusDraft?.date) {
      date = focusDraft.date;
      place = focusDraft.place;
    }
    // "… a quitté Brest ce samedi 12 septembre. La cérémonie a été présidée par la ministre": a ceremony
    // told first as known, before any other event, is the story's: on its day, at its place.
    if (!date && !place && anaphoric && CEREMONIES.has(d.e.kind) && articleDate && drafts.length === 0) {
      for (let j = d.si - 1; j >= Math.max(0, d.si - 3) && !date; j--) {
        date = dayTold(sentences[j]!, articleDate);
        const places = sentences[j]!.mentions.places;
        if (date && places.length === 1) place = places[0]!.city;
      }
    }
    // (One held by video is held nowhere, whatever place the story is at.)
    if (byVideo) place = undefined;
    // (A subheading's event is the focus or one told before, else none of its own unless it says when or where: "Dîner à l'Élysée".)
    if ((!date && !place && d.participants.length === 0) || (sentences[d.si]!.subheading && !d.date && !d.place)) continue;
    // ("se sont retrouvés par visioconférence": a meeting held by video is a videoconference, as the focus is.)
    const kind = d.e.kind === 'meeting' && !place && heldRemotely(s.tokens, d.e) ? 'video-conference' : d.e.kind;
    const draft: EventDraft = { id: drafts.length, kind, participants: d.participants, sentence: d.si, focus: false };
    if (date) draft.date = date;
    if (place) draft.place = place;
    if (framed) draft.beside = true;
    // ("une réunion de la coalition des volontaires", "les dirigeants de la coalition réunis en marge du sommet": that body's.)
    const body = GATHERINGS.has(kind) ? (bodyNamedAfter(s.tokens, s.mentions.mentions, d.e) ?? (framed ? holderOf(s.tokens, s.mentions.mentions) : undefined)) : undefined;
    if (body) draft.body = body;
    drafts.push(draft);
    ofMention.set(d.e, draft.id);
  }
  const result: DocumentEvents = { drafts, ofMention };
  if (briefs) {
    result.briefs = briefs;
    if (sentences.some((_, si) => briefDay(si))) {
      result.briefDays = sentences.map((_, si) => briefDay(si));
      result.briefPlaces = sentences.map((_, si) => briefPlace(si));
    }
  }
  if (dateline) result.dateline = dateline.city;
  if (mainPlace) result.mainPlace = mainPlace;
  if (dateline?.capitalOf) result.datelineCountry = { iso2: dateline.capitalOf, sentence: dateline.sentence };
  const stamped = sentences.flatMap((s, si) => (s.stamped ? [si] : []));
  if (stamped.length) result.stamped = new Set(stamped);
  if (focus !== undefined) result.focus = focus;
  return result;
}

/** "a dû annuler son voyage", "ont reporté le sommet": the event did not take place (then). */
function calledOff(tokens: Token[], e: EventMention): boolean {
  for (let i = e.first - 1; i >= Math.max(0, e.first - 3); i--) if (CANCEL_VERBS.has(tokens[i]!.key)) return true;
  // "pas de conférence de presse commune", "sans communiqué ni conférence de presse", "aucune réunion": none held.
  const before = tokens[e.first - 1]?.key;
  if (before === 'sans' || before === 'aucune' || before === 'aucun') return true;
  return (before === 'de' || before === "d'") && (NONE.has(tokens[e.first - 2]?.key ?? '') || (tokens[e.first - 2]?.key === 'eu' && NONE.has(tokens[e.first - 3]?.key ?? '')));
}
const NONE = new Set(events.noneAdverbs);
const CANCEL_VERBS = new Set(events.cancelVerbs);
const CHAIRED = /^(?:co)?presid(?:e|ee|es|ees|ent|ait|aient|era|eront|ant)$/;
const TOPIC_WORDS = new Set(events.topicWords);

/**
 * The day of the first gathering at `place` dated to a day within a week of the article's (any day
 * without an article date): one without participants of its own, so no bilateral on its margins.
 */
function datedAt(gatherings: { date?: string; place?: string; participants: string[] }[], place: string, articleDate: DayDate | null): string | undefined {
  for (const d of gatherings) {
    if (!d.date || d.date.length !== 10 || d.place !== place || d.participants.length > 0) continue;
    const day = parseIsoDay(d.date);
    if (day && (!articleDate || Math.abs(daysBetween(articleDate, day)) <= 7)) return d.date;
  }
  return undefined;
}

/** The first gathering with a date, else with a place; none with participants of its own. */
function placedOrDated<D extends { date?: string; place?: string; participants: string[] }>(gatherings: D[]): D | undefined {
  return gatherings.find((d) => d.date && d.participants.length === 0) ?? gatherings.find((d) => d.place && d.participants.length === 0);
}

/** The first gathering with a date, else with a place, else the first; none with participants of its own. */
function focusOf<D extends { date?: string; place?: string; participants: string[] }>(gatherings: D[]): D | undefined {
  return placedOrDated(gatherings) ?? gatherings.find((d) => d.participants.length === 0);
}

/** A verb event ("s'est entretenu avec", "recevra") of the sentence: added by the relation rules. */
export function addVerbEvent(
  doc: DocumentEvents,
  kind: string,
  sentence: number,
  tokens: Token[],
  times: SentenceTimes,
  at: number,
  articleDate: DayDate | null,
  participants: string[],
  places: PlaceMention[],
  /** Whether it may take the place of the article's gathering of the same day (not a phone call). */
  placed = true,
  /** The countries of those it gathers: an event of the same kind and day sharing one is the same. */
  countries: string[] = [],
): EventDraft {
  const draft: EventDraft = { id: doc.drafts.length, kind, participants, sentence, focus: false };
  const focus = focusDraftOf(doc);
  // "Plus tôt dans la journée, X avait été reçu par Y": the day of the article's gathering, whatever day
  // the sentence before told (nor the year of "pour la deuxième fois cette année").
  const date = (focus?.date && sameDayPhrase(tokens) ? focus.date : nearestDate(times, at, tokens)) ?? doc.briefDays?.[sentence];
  if (date) draft.date = date;
  // "17h40 - X s'est entretenu avec Y": a live report's entry tells what happened that day.
  else if (articleDate && (tenseNear(tokens, at) === 'present' || doc.stamped?.has(sentence))) draft.date = iso(articleDate);
  // "X s'est ensuite entretenu avec Y": right after the article's gathering, on its day.
  else if (focus?.date && tokens.some((t) => THEN_WORDS.has(t.key)) && tenseNear(tokens, at) === 'past') draft.date = focus.date;
  // "La veille du sommet, X s'était entretenu avec Y": the day before the article's gathering (or after it).
  else if (focus?.date?.length === 10) {
    const shift = eveOfGathering(tokens);
    const day = shift ? parseIsoDay(focus.date) : null;
    if (day) draft.date = toIso(addDays(day, shift));
  }
  // A place the verb's event is held in ("à Oslo", "en Floride"), not one its object is about ("un
  // accord sur la défense de l'Arctique").
  // (Nor one of those an object names: "l'accord conclu entre Washington et Londres".)
  const place = places.filter((p) => p.first > at && !aboutPlace(tokens, p.first, p.last) && !BETWEEN.has(tokens[p.first - 1]?.key ?? '')).sort((a, b) => a.first - b.first)[0];
  const briefPlace = placed ? doc.briefPlaces?.[sentence] : undefined;
  if (place) draft.place = place.city;
  else if (briefPlace) draft.place = briefPlace;
  else if (placed && draft.date) {
    // Held where the article's gathering, else its first placed event, of that day was; else in
    // the dateline's city in the week it reports ("CHISINAU, 3 avril - X a reçu jeudi Y").
    const sameDay = focus && focus.date === draft.date && focus.place ? focus : doc.drafts.find((d) => d.date === draft.date && d.place && d.kind !== 'call');
    if (sameDay) draft.place = sameDay.place;
    else if (doc.dateline && articleDate && withinWeekBefore(draft.date, articleDate)) draft.place = doc.dateline;
  }
  if (countries.length) draft.countries = [...countries];
  // "X a reçu mercredi à Beyrouth Y… à l'issue de la rencontre": the article's meeting, told by its
  // verb, on its day and at its place (not a summit: a bilateral on its margins stays apart).
  // (Not one told as earlier or later that day: "Plus tôt dans la journée, X avait été reçu par le roi".)
  if (focus && focus.kind === 'meeting' && kind === 'meeting' && !sameDayPhrase(tokens) && focus.participants.length === 0 && focus.date && focus.date === draft.date && focus.place && focus.place === draft.place) {
    focus.participants.push(...participants);
    return focus;
  }
  // "X en visite à Oslo … a été reçue lundi à Oslo par Y": the meeting is the visit's.
  // "X, en visite à Bruxelles, … Il a été reçu par Y": a meeting told without day or place right
  // after a visit is the visit's.
  const visit =
    kind !== 'meeting' ? undefined
    : draft.date && draft.place ? doc.drafts.find((d) => d.kind === 'visit' && d.participants.length === 0 && d.date === draft.date && d.place === draft.place)
    : !draft.date && !draft.place ? doc.drafts.find((d) => d.kind === 'visit' && d.participants.length === 0 && d.place && sentence - d.sentence >= 0 && sentence - d.sentence <= 2)
    : undefined;
  if (visit) {
    visit.participants.push(...participants);
    return visit;
  }
  const same = sameVerbEvent(doc, draft);
  if (same) return same;
  doc.drafts.push(draft);
  return draft;
}

/**
 * "Les États-Unis et l'Ukraine ont signé mercredi un accord. La ministre ukrainienne … s'est rendue
 * à Washington pour parapher le texte avec le secrétaire américain …": one signing told twice. A
 * verb event of the same kind, on the same (or an unknown) day, whose countries are the same is merged
 * into the earlier one, which takes what it lacked (date, place, participants).
 */
function sameVerbEvent(doc: DocumentEvents, draft: EventDraft): EventDraft | undefined {
  const countries = draft.countries ?? [];
  const same = doc.drafts.find((d) => !d.focus && d.kind === draft.kind && compatible(d.date, draft.date) && (!d.place || !draft.place || d.place === draft.place) && sameCountries(d.countries ?? [], countries));
  if (!same) return undefined;
  if (!same.date && draft.date) same.date = draft.date;
  if (!same.place && draft.place) same.place = draft.place;
  for (const p of draft.participants) if (!same.participants.includes(p)) same.participants.push(p);
  for (const c of countries) if (!same.countries!.includes(c)) same.countries!.push(c);
  return same;
}

/** The countries of one signing told twice: two shared, or all of the fewer ("la France et l'Italie" is not "la France et l'Allemagne"). */
function sameCountries(a: string[], b: string[]): boolean {
  const shared = a.filter((c) => b.includes(c)).length;
  return shared >= 2 || (shared > 0 && shared === Math.min(a.length, b.length));
}

function iso(d: DayDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function compatible(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || a === b || a.startsWith(b) || b.startsWith(a);
}

/** "retenu à Bruxelles par une réunion", "retenue par un sommet": what kept someone from the article's gathering. */
function keptAway(tokens: Token[], e: EventMention): boolean {
  // ("il est resté à Beyrouth pour présider un Conseil des ministres": what he stayed home for.)
  let pour = e.first - 1;
  while (pour >= Math.max(0, e.first - 5) && tokens[pour]!.key !== 'pour') pour--;
  if (pour > 0 && pour >= e.first - 5) for (let i = pour - 1; i >= Math.max(0, pour - 6); i--) if (STAYED_HOME.has(tokens[i]!.key)) return true;
  if (tokens[e.first - 2]?.key !== 'par' && tokens[e.first - 1]?.key !== 'par') return false;
  for (let i = e.first - 2; i >= Math.max(0, e.first - 7); i--) if (KEPT.has(tokens[i]!.key)) return true;
  return false;
}
const KEPT = new Set(events.keptBy);
const STAYED_HOME = new Set(events.stayedHomeFor);

/** "la précédente conférence", "le sommet précédent", "la dernière réunion": the one before, not the article's. */
function previousOne(tokens: Token[], e: EventMention): boolean {
  // ("sa rencontre vendredi dernier à la Maison Blanche": a day told as past, right after the noun;
  // "au lendemain d'un sommet européen": the one the day before.)
  return PREVIOUS.has(tokens[e.first - 1]?.key ?? '') || PREVIOUS.has(tokens[e.last + 1]?.key ?? '') || (e.determiner === 'indefinite' && tokens[e.first - 2]?.key === "d'" && tokens[e.first - 3]?.key === 'lendemain') || longAfter(tokens, e);
}

/** "Trois mois et demi après le sommet de Paris", "depuis le sommet de Paris": the one long before. */
function longAfter(tokens: Token[], e: EventMention): boolean {
  const at = e.first - (e.determiner === 'definite' ? 2 : 1);
  const k = tokens[at]?.key;
  if (k === 'depuis') return true;
  if (k !== 'apres') return false;
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) if (ELAPSED.has(tokens[i]!.key)) return true;
  return false;
}
const ELAPSED = new Set(events.elapsedUnits);

/** "sa rencontre vendredi dernier à la Maison Blanche", a week before the article: past, not the article's gathering. */
function lastWeek(d: { e: EventMention; date?: string }, tokens: Token[], articleDate: DayDate | null): boolean {
  if (d.e.verbal || !d.date || d.date.length !== 10 || !articleDate || !WEEKDAY_HEADS.has(tokens[d.e.last + 1]?.key ?? '') || !PREVIOUS.has(tokens[d.e.last + 2]?.key ?? '')) return false;
  return d.date <= toIso(addDays(articleDate, -3));
}
const PREVIOUS = new Set(events.previousAdjectives);

/**
 * "Cinq mois après le sommet de Charm el-Cheikh, …": a gathering whose day (or month) ended weeks before
 * the article's is history the article recalls, not the one it reports.
 */
function longBefore(d: { date?: string }, articleDate: DayDate | null): boolean {
  if (!d.date || !articleDate) return false;
  // A month or a year stands for its last day.
  const last = d.date.length === 10 ? d.date : d.date.length === 7 ? d.date + '-31' : d.date + '-12-31';
  return last < toIso(addDays(articleDate, -LONG_BEFORE_DAYS));
}
/** Reports come out days after a gathering (a weekly's account, "Retour sur la journée de mercredi"), not weeks. */
export const LONG_BEFORE_DAYS = 14;

/**
 * "Alger s'était montré critique lors du sommet d'Addis-Abeba": a gathering recalled in passing, in a
 * clause told in the pluperfect, was before the story's day.
 */
function recalledDuring(tokens: Token[], e: EventMention): boolean {
  const during = tokens.slice(Math.max(0, e.first - 3), e.first).some((t) => t.key === 'lors');
  return during && tokens.some((t, i) => i < e.first && (t.key === 'avait' || t.key === 'avaient' || ((t.key === 'etait' || t.key === 'etaient') && tokens[i - 1]?.key === "s'")));
}

const WEEKDAY_HEADS = new Set(calendar.weekdays);

function hasRecentPast(tokens: Token[]): boolean {
  return tokens.some((t) => RECENT_PAST.has(t.key));
}

function nearestDate(times: SentenceTimes, at: number, tokens: Token[]): string | undefined {
  let best: { date: string; distance: number } | undefined;
  times.expressions.forEach((e, i) => {
    const date = times.dates[i];
    // ("coprésidait la réunion avec X, dont le pays dirige la JEF depuis 2014": since when, not when.)
    if (!date || (tokens[e.first - 1]?.key === 'depuis' && date.length < 10)) return;
    const distance = e.first > at ? e.first - at : at - e.last;
    if (!best || distance < best.distance) best = { date, distance };
  });
  return best?.date;
}

/** The time expression of the event: the nearest one, within the same stretch of the sentence. */
function dateNear(tokens: Token[], times: SentenceTimes, e: EventMention, alone = false, others: readonly EventMention[] = []): string | undefined {
  let best: { date: string; distance: number } | undefined;
  // "Une conférence sur le Soudan, coorganisée par A, B et C, a permis mardi de…": the one event of a
  // sentence with one date is of that date, however long its subject.
  // (One day told twice is one date: "a pris part hier, jeudi 29 janvier, …, au sommet".)
  const only = alone && new Set(times.dates.filter((d, i) => d && !datelineDate(tokens, times.expressions[i]!))).size === 1;
  times.expressions.forEach((x, i) => {
    const date = times.dates[i];
    if (!date || datelineDate(tokens, x) || incisedBefore(tokens, e, x) || explainedAfter(tokens, e, x) || incisedTime(tokens, e, x) || untilBound(tokens, x) || purposeBetween(tokens, x.last, e.first) || attemptedBefore(tokens, x, e)) return;
    // "la première visite … depuis 2029": since when, not when (but "depuis lundi" is when it began).
    if (tokens[x.first - 1]?.key === 'depuis' && date.length < 10) return;
    // ("coprésidait la réunion avec X, dont le pays dirige la JEF depuis sa création, en 2014": another's relative clause;
    // "En conférence de presse, X a rappelé que son pays avait tenté…, en mai 2025": what is reported, not when.)
    if (x.first > e.last + 1 && tokens.slice(e.last + 2, x.first).some((t) => t.key === 'dont' || t.key === 'que' || t.key === "qu'")) return;
    // "présidait la réunion … et annonce une réunion des ministres d'ici vendredi": the day after
    // another event of the sentence is that one's.
    if (x.first > e.last && others.some((o) => o !== e && !o.verbal && o.first > e.last && o.last < x.first)) return;
    const distance = x.first > e.last ? x.first - e.last : e.first - x.last;
    // "Le 14 mars 2025, …, ont tenu une réunion": a date opening the sentence dates all of it.
    // "a reçu dimanche à Riyad l'émir du Qatar, cheikh X, pour un dîner": the sentence's one date, before it too.
    // "du sommet de la « coalition des volontaires », qui a réuni ce jeudi 27 mars …": its own relative clause dates it.
    if (distance > 12 && x.first > 1 && !(only && distance <= 25) && !(distance <= 20 && relativeOf(tokens, e, x))) return;
    if (!best || distance < best.distance) best = { date, distance };
  });
  return best?.date;
}

/**
 * The time between `from` and `to` is not the event's: "Mardi, il a appelé X pour le dissuader de boycotter la
 * réunion" (the call's day, the gathering only meant); "la veille, … avant la réunion" (a day before it).
 */
function purposeBetween(tokens: Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from + 1; k < to; k++) if (purposeAt(tokens, k)) return true;
  return tokens[to - 1]?.key === 'avant' || (tokens[to - 2]?.key === 'avant' && ARTICLES.has(tokens[to - 1]?.key ?? ''));
}

/**
 * "c'est lui qui avait tenté, le 6 mai, de convaincre X de se joindre à la conférence": the day of an attempt whose
 * infinitive names the event after it is the attempt's, the event only aimed at.
 */
function attemptedBefore(tokens: Token[], x: TimeExpression, e: EventMention): boolean {
  if (e.first <= x.last) return false;
  let verb = x.first - 1;
  if (tokens[verb]?.key === 'le') verb--;
  if (tokens[verb]?.key === ',') verb--;
  return ATTEMPTS.test(tokens[verb]?.key ?? '') && tokens.slice(x.last + 1, x.last + 3).some((t) => t.key === 'de' || t.key === "d'");
}
/** tenté, tente, essayé, cherchait…: an attempt's verb. */
const ATTEMPTS = /^(?:tent|essay|cherch)(?:e|ee|es|ees|er|ait|aient|era|eront|ent)$/;

/** The time `x` is in a relative clause ("qui a réuni …") right after the event's own complement. */
function relativeOf(tokens: Token[], e: EventMention, x: TimeExpression): boolean {
  if (x.first <= e.last) return false;
  let qui = -1;
  for (let i = e.last + 1; i < x.first; i++) {
    const k = tokens[i]!.key;
    if (k === '.' || k === ';' || k === ':') return false;
    if (k === 'qui' && qui < 0) qui = i;
  }
  return qui > 0 && qui - e.last <= 10 && tokens[qui - 1]?.key === ',';
}

/** "s'y tiendra", "y sont attendus" in the event's clause: "y", the place told before (not "il y a", "y compris"). */
function thereClitic(tokens: Token[], from: number): boolean {
  for (let i = from + 1; i < Math.min(tokens.length - 1, from + 10); i++) {
    if (tokens[i]!.key === ',' || tokens[i]!.key === '.') return false;
    if (tokens[i]!.key !== 'y') continue;
    const next = tokens[i + 1]!.key;
    return !THERE_IDIOMS.has(next);
  }
  return false;
}
const THERE_IDIOMS = new Set(events.thereIdioms);

/** The last day a sentence names, placed by the tense of the one that says "y" ("Rendez-vous fin janvier à Varsovie. Une conférence s'y tiendra"). */
function thereDay(times: SentenceTimes, articleDate: DayDate | null, tense: Tense): string | undefined {
  for (let i = times.expressions.length - 1; i >= 0; i--) if (times.dates[i]) return resolveTime(times.expressions[i]!.value, articleDate, tense) ?? times.dates[i]!;
  return undefined;
}

/** The day a "jusqu'au 20 novembre" near the event says it ends. */
function untilNear(s: { tokens: Token[]; times: SentenceTimes }, e: EventMention): string | undefined {
  const i = s.times.expressions.findIndex((x) => untilBound(s.tokens, x) && x.first > e.last && x.first - e.last <= 20);
  return i < 0 ? undefined : (s.times.dates[i] ?? undefined);
}

/** "accueille le sommet jusqu'à mercredi": the day it ends, not the day it is told of. */
function untilBound(tokens: Token[], x: TimeExpression): boolean {
  const prev = tokens[x.first - 1]?.key;
  // "avant la fin mars", "avant le 15 mars": a deadline, not the day of anything told.
  if (prev === 'avant' || ((prev === 'la' || prev === 'le') && tokens[x.first - 2]?.key === 'avant')) return true;
  return reachesTo(tokens, x, false);
}

/** "jusqu'au 20 novembre", and with `pastArticle` "jusqu'à la mi-février": the end of a span. */
function reachesTo(tokens: Token[], x: TimeExpression, pastArticle = true): boolean {
  const at = pastArticle && ['la', 'le', "l'"].includes(tokens[x.first - 1]?.key ?? '') ? x.first - 1 : x.first;
  const prev = tokens[at - 1]?.key;
  return (prev === 'a' || prev === 'au') && tokens[at - 2]?.key === "jusqu'";
}

/**
 * "X, absent de la rencontre, s'est entretenu jeudi par téléphone": an event told again ("la
 * rencontre") in an incise takes no date from the clause after it.
 */
function incisedBefore(tokens: Token[], e: EventMention, x: TimeExpression): boolean {
  if (x.first <= e.last || (e.determiner !== 'definite' && e.determiner !== 'demonstrative')) return false;
  let opened = false;
  for (let i = Math.max(0, e.first - 4); i < e.first; i++) if (tokens[i]!.key === ',') opened = true;
  if (!opened) return false;
  for (let i = e.last + 1; i < x.first; i++) if (tokens[i]!.key === ',') return true;
  return false;
}

/**
 * "Son ombre planait sur la réunion : vendredi, dans le Bureau ovale, …": after a colon, an event told
 * again is explained by another story, whose day is not its own.
 */
function explainedAfter(tokens: Token[], e: EventMention, x: TimeExpression): boolean {
  if (x.first <= e.last || (e.determiner !== 'definite' && e.determiner !== 'demonstrative')) return false;
  for (let i = e.last + 1; i < x.first; i++) if (tokens[i]!.key === ':') return true;
  return false;
}

/**
 * "X, arrivé la veille au soir, a eu un entretien avec Y": a time in a participle's (or a relative's) incise
 * before the event dates the participle (the arrival), not the clause after the incise.
 */
function incisedTime(tokens: Token[], e: EventMention, x: TimeExpression): boolean {
  // ("… dont la coalition vacille – un vote de censure est prévu jeudi –, a suivi les discussions": the day of a dashed aside.)
  if (betweenDashes(tokens, x) && !betweenDashes(tokens, { first: e.first, last: e.last })) return true;
  if (x.last >= e.first) return false;
  let closed = false;
  for (let i = x.last + 1; i < e.first; i++) if (tokens[i]!.key === ',') closed = true;
  if (!closed) return false;
  for (let i = x.first - 1; i >= Math.max(1, x.first - 3); i--) if (tokens[i - 1]!.key === ',' && PAST_PARTICIPLE.test(tokens[i]!.key)) return true;
  // ("X, qui s'était exprimé la veille à la tribune, n'a pas pris part à la réunion": a relative incise's day.)
  for (let i = x.first - 1; i >= Math.max(1, x.first - 6) && tokens[i]!.key !== ','; i--) if (tokens[i - 1]!.key === ',' && INCISE_RELATIVES.has(tokens[i]!.key)) return true;
  return false;
}
const PAST_PARTICIPLE = /^\p{L}{3,}(?:e|es|ee|ees|u|us|ue|ues)$/u;
const INCISE_RELATIVES = new Set(words.inciseRelatives);

/** The event is the subject of its preparation ("La réunion avait été préparée …", "Le sommet a été préparé …"). */
function preparedBefore(tokens: Token[], e: EventMention): boolean {
  for (let i = e.last + 1; i <= e.last + 3 && i < tokens.length; i++) if (PREPARED.has(tokens[i]!.key)) return true;
  return false;
}
const PREPARED = new Set(events.preparedParticiples);

/** The span sits inside an aside between two dashes ("– un vote est prévu jeudi –"). */
function betweenDashes(tokens: Token[], span: { first: number; last: number }): boolean {
  let open = -1;
  for (let i = span.first - 1; i >= 0 && open < 0; i--) if (ASIDE_DASHES.has(tokens[i]!.key)) open = i;
  if (open < 0) return false;
  for (let i = span.last + 1; i < tokens.length; i++) if (ASIDE_DASHES.has(tokens[i]!.key)) return true;
  return false;
}
const ASIDE_DASHES = new Set(['–', '—']);

/**
 * "ROME, 10 juillet 2026 - La conférence … s'est ouverte jeudi": the dateline's date is the day the
 * story was filed, not the event's (the article date already holds it).
 */
function datelineDate(tokens: Token[], x: TimeExpression): boolean {
  // After "KANANASKIS (Canada)," the date stands further in.
  if (x.first > 8 || tokens[x.first - 1]?.key !== ',') return false;
  for (let i = x.last + 1; i <= Math.min(tokens.length - 1, x.last + 3); i++) if (DATELINE_ENDS.has(tokens[i]!.key)) return true;
  return false;
}
const DATELINE_ENDS = new Set(['-', '–', '—', '(']);

const SEA = /^(?:mer|océan) /;
const ORDINAL = /^(?:\d+e|\d+eme|premier|premiere|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme)$/;

/** "réunion à Paris", "sommet de Paris", "la rencontre romaine"; or a place opening the sentence. */
function placeNear(tokens: Token[], mentions: SentenceMentions, e: EventMention, lex: Lexicon): string | undefined {
  for (let i = e.last + 1; i <= Math.min(tokens.length - 1, e.last + 3); i++) {
    const city = lex.placeAdjectives.get(tokens[i]!.key);
    if (city) return city;
  }
  // (Not a sea the talks are about: "des pourparlers … sur une trêve en mer Noire".)
  // (Nor the place of another event told between: "La réunion se tient au lendemain d'un sommet européen à Bruxelles".)
  // ("…, tenue jeudi 19 mars à Namur": told as held there, past a long name.)
  let held = e.last + 1;
  while (held <= e.last + 14 && held < tokens.length && !heldAt(tokens, held)) held++;
  const reach = held <= e.last + 14 && held < tokens.length ? held - e.last + 8 : 12;
  const after = mentions.places.filter((p) => p.first > e.last && p.first - e.last <= reach && placeOfEvent(tokens, e, p, mentions) && !SEA.test(p.city) && !mentions.events.some((o) => o !== e && o.first > e.last && o.last < p.first)).sort((a, b) => a.first - b.first)[0];
  if (after) return after.city;
  // "a accueilli au Caire un sommet": the place its own clause gives, right before it; "a reçu à
  // Canberra X pour un déjeuner", "se sont réunis à Lusaka pour un sommet": a new event (not "le
  // sommet", which is one told before) takes the place its clause gives.
  const before = mentions.places.find((p) => p.last < e.first && e.first - p.last <= 3 && placedBefore(tokens, p, e));
  if (before) return before.city;
  const inClause = !newEvent(tokens, e) ? undefined : mentions.places.filter((p) => p.last < e.first && e.first - p.last <= 12 && placeOfClause(tokens, p, e)).pop();
  if (inClause) return inClause.city;
  // "À Paris, les dirigeants…", "Réunis … à Paris, ils ont participé à une rencontre": the place
  // of an opening phrase is the place of what the sentence tells.
  const first = tokens[0]?.key ?? '';
  // Not "Depuis Varsovie, le Premier ministre est intervenu…": from there, not the event's place.
  if (first !== 'a' && (!/(?:is|ies|es|ees)$/.test(first) || NOT_PARTICIPLES.has(first))) return undefined;
  // Not "À Rennes, X a suivi le sommet sur son téléphone": followed from there, held elsewhere.
  for (let i = Math.max(0, e.first - 3); i < e.first; i++) if (FOLLOWED_FROM.has(tokens[i]!.key)) return undefined;
  const comma = tokens.findIndex((t) => t.key === ',');
  // An event told again gets it only as the subject ("À Paris, le sommet s'est ouvert"), not deeper in the
  // clause ("A Moscou, le porte-parole … a rejeté …, qualifiant la réunion de « gesticulation »").
  // (A gathering named in full is no event told again: "À Tirana, où X accueillait le sixième sommet de la CPE".)
  const bare = !['de', 'du', 'des', "d'"].includes(tokens[e.last + 1]?.key ?? '') && !ORDINAL.test(tokens[e.first - 1]?.key ?? '');
  if ((e.determiner === 'definite' || e.determiner === 'demonstrative') && e.first > comma + 2 && bare) return undefined;
  const opening = mentions.places.filter((p) => comma > 0 && p.last < comma && comma < e.first).sort((a, b) => b.first - a.first)[0];
  return opening?.city;
}

const FOLLOWED_FROM = new Set(events.followedFrom);
const HELD = new Set(events.heldParticiples);
/** The participle "tenue", "organisée" at `at` (not the noun: "la tenue le mois prochain d'une conférence"). */
function heldAt(tokens: Token[], at: number): boolean {
  return HELD.has(tokens[at]!.key) && !HELD_NOUN_DETERMINERS.has(tokens[at - 1]?.key ?? '');
}
const HELD_NOUN_DETERMINERS = new Set([...words.definiteArticles, ...words.indefiniteArticles, ...words.possessives]);

/**
 * "le sommet du Mercosur, prévu en décembre à Foz do Iguaçu": the place named after a comma in the
 * event's own phrase, not the article's most named city.
 */
const PLACE_ARTICLES = new Set(words.singularDefiniteArticles);
function placeFurther(s: { tokens: Token[]; mentions: SentenceMentions }, e: EventMention): string | undefined {
  const { tokens } = s;
  for (let i = e.last + 1; i < Math.min(tokens.length - 1, e.last + 10); i++) {
    const k = tokens[i]!.key;
    if (k === '.' || k === ';') return undefined;
    // ("à la Maison-Blanche": past its article.)
    if (k === 'a' && tokens[i]!.text !== 'a') return townAt(s, i + 1) ?? s.mentions.places.find((p) => p.first === i + 1 || (p.first === i + 2 && PLACE_ARTICLES.has(tokens[i + 1]!.key)))?.city;
    // ("au quartier général de Northwood, dans la banlieue de Londres": the town told by where it lies.)
    if (tokens[i]!.cap && locatedNear(tokens, i)) return s.mentions.places.find((p) => p.last === i)?.city;
  }
  return undefined;
}

/** "Foz do Iguaçu", "Puerto Varas": capitalised words (and the particles between them) naming no known entity. */
function townAt(s: { tokens: Token[]; mentions: SentenceMentions }, at: number): string | undefined {
  const { tokens } = s;
  if (!tokens[at]?.cap || s.mentions.mentions.some((m) => m.first === at && m.label !== 'Person')) return undefined;
  let last = at;
  while (tokens[last + 1]?.cap || (TOWN_PARTICLES.has(tokens[last + 1]?.key ?? '') && tokens[last + 2]?.cap)) last += tokens[last + 1]!.cap ? 1 : 2;
  // A place ends its phrase ("prévu en décembre à Puerto Varas."); one given something does not ("promis à X « un filet »").
  if (!PLACE_ENDS.has(tokens[last + 1]?.key ?? '.')) return undefined;
  return tokens.slice(at, last + 1).map((t) => t.text).join(' ');
}

const TOWN_PARTICLES = new Set(events.townParticles);

/**
 * "un sommet à Ankara", "le sommet de Paris": the place is the event's; "la réunion des dirigeants,
 * retenue à Washington" (after a comma) or "un sommet marqué par l'absence des régimes du Sahel"
 * (a complement of another noun) tell someone else's.
 */
function placeOfEvent(tokens: Token[], e: EventMention, p: PlaceMention, mentions: SentenceMentions): boolean {
  // ("la conférence … sur Haïti, tenue jeudi à Namur": what its participle says, past the commas and the topic of its name.)
  let from = e.last + 1;
  for (let i = p.first - 1; i > e.last; i--) if (heldAt(tokens, i)) from = i + 1;
  for (let i = from; i < p.first; i++) {
    const k = tokens[i]!.key;
    // "une rencontre avec son homologue français, X, à Bruxelles": the commas of a person's apposition.
    if (k === ',' && mentions.mentions.some((m) => m.label === 'Person' && m.first <= i + 1 && m.last >= i - 1)) continue;
    if (k === ',' || k === ';' || TOPIC_WORDS.has(k)) return false;
  }
  let q = p.first - 1;
  if (['la', 'le', "l'", 'les'].includes(tokens[q]?.key ?? '')) q--;
  const prep = tokens[q]?.key ?? '';
  if (['a', 'au', 'aux', 'en', 'dans', 'pres'].includes(prep)) return true;
  return ['de', "d'", 'du'].includes(prep) && q - e.last <= 2;
}

/**
 * "au Caire un sommet", "à Riyad une réunion": a place phrase, then only a determiner before the event;
 * "a ouvert samedi, à Johannesburg, un sommet": the place set between commas before it.
 */
function placedBefore(tokens: Token[], p: PlaceMention, e: EventMention): boolean {
  const prep = tokens[p.first - 1]?.key ?? '';
  if (!['a', 'au', 'aux', 'en'].includes(prep) || p.first - 1 === 0) return false;
  const incise = tokens[p.first - 2]?.key === ',' && tokens[p.last + 1]?.key === ',';
  for (let i = p.last + 1 + (incise ? 1 : 0); i < e.first; i++) if (!EVENT_DETERMINERS.has(tokens[i]!.key)) return false;
  return true;
}
/** "un sommet", "pour des discussions" (not "le sommet", "lors des discussions", which are told before). */
function newEvent(tokens: Token[], e: EventMention): boolean {
  if (e.determiner !== 'definite' && e.determiner !== 'demonstrative') return true;
  return tokens[e.first - 1]?.key === 'des' && ['pour', 'avec', 'par'].includes(tokens[e.first - 2]?.key ?? '');
}

/** "à Canberra … pour un déjeuner": the place is said with "à", and no comma or clause word comes between. */
function placeOfClause(tokens: Token[], p: PlaceMention, e: EventMention): boolean {
  if (!['a', 'au', 'aux'].includes(tokens[p.first - 1]?.key ?? '')) return false;
  for (let i = p.last + 1; i < e.first; i++) if (CLAUSE_BREAKS.has(tokens[i]!.key)) return false;
  return true;
}
const CLAUSE_BREAKS = new Set([',', ';', ':', ...events.clauseBreaks, '«', '»', '"', '(', ')']);
const EVENT_DETERMINERS = new Set(events.eventDeterminers);

/** "rencontre entre X et Y", "discussions de X avec Y", "la rencontre avec X". */
/** "en marge du sommet": the event frames another, whose day and guests the sentence gives. */
/**
 * "en marge du sommet de l'UA, qui s'est ouvert samedi": the day its own relative clause gives; the
 * sentence's other dates are the talk's.
 */
function relativeDate(tokens: Token[], times: SentenceTimes, e: EventMention): string | undefined {
  let who = -1;
  for (let i = e.last + 1; i <= Math.min(tokens.length - 2, e.last + 6); i++) {
    const k = tokens[i]!.key;
    if (k === '.' || k === ';' || k === '(') return undefined;
    if (k === ',' && tokens[i + 1]!.key === 'qui') {
      who = i + 1;
      break;
    }
  }
  if (who < 0) return undefined;
  const i = times.expressions.findIndex((x, j) => times.dates[j] && x.first > who && x.first - who <= 6 && !tokens.slice(who, x.first).some((t) => t.key === ',' || t.key === '.'));
  return i < 0 ? undefined : (times.dates[i] ?? undefined);
}

/** "une réunion de la coalition des volontaires": the body a gathering noun is told with. */
function bodyNamedAfter(tokens: Token[], mentions: Mention[], e: EventMention): string | undefined {
  if (e.verbal) return undefined;
  let p = e.last + 1;
  if (!OF.has(tokens[p]?.key ?? '')) return undefined;
  p++;
  if (tokens[p]?.key === 'la' || tokens[p]?.key === "l'") p++;
  return mentions.find((m) => m.label === 'Organization' && m.ref && m.first === p)?.ref;
}

/** "les dirigeants de la coalition des volontaires", "les membres de l'Otan": the body whose members a sentence gathers. */
function holderOf(tokens: Token[], mentions: Mention[]): string | undefined {
  for (const m of mentions) {
    if (m.label !== 'Organization' || !m.ref) continue;
    let p = m.npFirst - 1;
    if (p >= 0 && (tokens[p]!.key === 'la' || tokens[p]!.key === "l'")) p--;
    if (OF.has(tokens[p]?.key ?? '') && COLLECTIVE_MEMBERS.has(tokens[p - 1]?.key ?? '')) return m.ref;
  }
  return undefined;
}
const COLLECTIVE_MEMBERS = new Set(words.collectiveMembers);

/**
 * "La veille, lundi, c'est X qui avait représenté l'Espagne lors de la réunion…": a gathering told in the
 * pluperfect, in the clause that names it, is the story's background, not the article's own.
 */
function recalled(tokens: Token[], e: EventMention): boolean {
  // ("l'avait lancée à la mi-février, à la conférence de Munich": a complement of the pluperfect past one comma.)
  let p = e.first - 1;
  if (ARTICLES.has(tokens[p]?.key ?? '')) p--;
  let commas = COMPLEMENT_PREPOSITIONS.has(tokens[p]?.key ?? '') ? 1 : 0;
  for (let i = e.first - 1; i >= Math.max(0, e.first - 10); i--) {
    const k = tokens[i]!.key;
    if (k === ',' && commas-- > 0) continue;
    if (k === '.' || k === ';' || k === ',' || k === 'que' || k === "qu'") return false;
    if (PLUPERFECT_AUXILIARIES.has(k) && i + 1 < e.first && PAST_PARTICIPLE.test(tokens[i + 1]!.key)) return true;
  }
  return false;
}
export const PLUPERFECT_AUXILIARIES: ReadonlySet<string> = new Set(words.pluperfectAuxiliaries);
const COMPLEMENT_PREPOSITIONS = new Set(['a', 'au', 'lors', 'pendant', 'durant']);

function participantsOf(tokens: Token[], mentions: Mention[], e: EventMention, all: EventMention[]): string[] {
  // "s'est entretenu en marge du sommet avec X": the summit frames the talk; X is the talk's.
  if (onMargins(tokens, e)) return [];
  // "qui coprésidait la réunion avec X": X chairs it with the subject, no meeting of their own.
  if (CHAIRED.test(tokens[e.first - 2]?.key ?? '')) return [];
  // "Entretien en marge du sommet entre X et Y": its sides come after the event it is on the margins of.
  let last = e.last;
  // ("une conférence de presse commune avec X": past the adjective.)
  if (JOINT.has(tokens[last + 1]?.key ?? '')) last++;
  const framing = tokens[last + 1]?.key === 'en' && tokens[last + 2]?.key === 'marge' ? all.find((x) => x.first > last + 2 && x.first <= last + 5) : undefined;
  if (framing) last = framing.last;
  const next = all.find((x) => x.first > last);
  let end = Math.min(next ? next.first : tokens.length, last + 20);
  const intro = tokens[last + 1]?.key ?? '';
  if (!['entre', 'avec', 'de', 'du', "d'"].includes(intro) || (framing && intro !== 'entre' && intro !== 'avec')) return [];
  // "les funérailles de X", "la cérémonie d'investiture de X": the one honoured, not a guest.
  if (e.kind === 'ceremony' && intro !== 'entre' && intro !== 'avec') return [];
  // "le sommet du Mercosur, en présence de X et de Y": after the comma, guests of a gathering, not
  // the two sides of a meeting ("la rencontre de X et Y", "entre X, Y et Z" keep theirs).
  if (intro !== 'entre' && intro !== 'avec') {
    for (let i = e.last + 2; i < end; i++) if (tokens[i]!.key === ',') end = i;
  }
  const found: string[] = [];
  for (const m of mentions) {
    if (m.label !== 'Person' || !m.ref || m.first <= last || m.first >= end) continue;
    // (Past a civility: "entre M. X et Y".)
    let before = m.npFirst - 1;
    if (tokens[before]?.key === '.' && tokens[before - 1]?.key === 'm') before -= 2;
    else if (tokens[before]?.key === 'mme' || tokens[before]?.key === 'mlle') before -= 1;
    const prev = tokens[before]?.key ?? '';
    if (!PARTICIPANT_INTRODUCERS.has(prev) && !['le', 'la', "l'"].includes(prev) && before + 1 !== last + 2) continue;
    if (!found.includes(m.ref)) found.push(m.ref);
  }
  return found;
}

const REMOTE_KINDS = new Set(['call', 'video-conference']);
const JOINT = new Set(events.jointAdjectives);
/** Kinds of a noun as general as "la rencontre", "la réunion", "la visite". */
const GENERIC_KINDS = new Set(['talk', 'meeting', 'visit']);
/** Words ending like a participle ("réunis") that are none. */
const NOT_PARTICIPLES = new Set(events.notOpeningParticiples);
/** The event's day, when the day told near it is its eve ("la veille du sommet", +1) or its morrow ("au lendemain du sommet", -1). */
function shiftedFromEve(tokens: Token[], times: SentenceTimes, e: EventMention, toldNear: string | undefined): string | undefined {
  let told = toldNear;
  let p = e.first - 1;
  if (tokens[p]?.key === 'la' || tokens[p]?.key === "l'" || tokens[p]?.key === 'un' || tokens[p]?.key === 'une') p--;
  if (!['du', 'de', "d'"].includes(tokens[p]?.key ?? '')) return told;
  const shift = tokens[p - 1]?.key === 'veille' ? 1 : tokens[p - 1]?.key === 'lendemain' ? -1 : 0;
  // (Only for a day told before it, or set off right after it, "La veille de la réunion, jeudi soir, X a…"; not when
  // the event has a day of its own after it: "au lendemain du sommet, réuni jeudi 16 mai".)
  const apposed = tokens[e.last + 1]?.key === ',' && times.expressions.some((x) => x.first === e.last + 2);
  // ("Au lendemain d'un Conseil européen informel, les dirigeants se retrouvent ce jeudi": opening the sentence, the day is the main clause's.)
  const comma = tokens.findIndex((t, k) => k > e.last && t.key === ',');
  const fronted = p - 1 <= 1 && comma > 0 && times.expressions.some((x) => x.first > comma) && !times.expressions.some((x) => x.first > e.last && x.first < comma);
  if (fronted) told = times.dates[times.expressions.findIndex((x) => x.first > comma)] ?? told;
  if (!told || told.length !== 10) return told;
  if (!shift || (!apposed && !fronted && (times.expressions.some((x) => x.first > e.last) || !times.expressions.some((x) => x.last < e.first)))) return told;
  const day = parseIsoDay(told);
  return day ? toIso(addDays(day, shift)) : told;
}

/** "plus tôt dans la journée", "dans la matinée", "plus tard dans la soirée": the day being told. */
function sameDayPhrase(tokens: Token[]): boolean {
  for (let i = 1; i < tokens.length - 1; i++) {
    const k = tokens[i]!.key;
    // ("dans la soirée", "dans l'après-midi"; "en fin de journée", "en fin d'après-midi", "en soirée".)
    if ((k === 'la' || k === "l'") && tokens[i - 1]!.key === 'dans' && SAME_DAY_PARTS.has(tokens[i + 1]!.key)) return true;
    if (k === 'fin' && tokens[i - 1]!.key === 'en' && SAME_DAY_PARTS.has(tokens[i + 2]?.key ?? '')) return true;
    if (k === 'soiree' && tokens[i - 1]!.key === 'en') return true;
  }
  return false;
}
const SAME_DAY_PARTS = new Set(calendar.sameDayParts);

/** "la veille du sommet" (-1), "au lendemain de la réunion" (+1), else 0. */
function eveOfGathering(tokens: Token[]): number {
  for (let i = 0; i < tokens.length - 2; i++) {
    const k = tokens[i]!.key;
    if (k !== 'veille' && k !== 'lendemain') continue;
    if (!['du', 'de'].includes(tokens[i + 1]!.key)) continue;
    const noun = tokens[i + 1]!.key === 'du' ? tokens[i + 2] : tokens[i + 3];
    if (noun && GATHERING_NOUNS.has(noun.key)) return k === 'veille' ? -1 : 1;
  }
  return 0;
}
const GATHERING_NOUNS = new Set(Object.entries(events.nouns as Record<string, string>).filter(([n, kind]) => !n.includes(' ') && GATHERINGS.has(kind)).map(([n]) => fold(n)));

/** What follows the gathering told before, on its day. */
const THEN_WORDS = new Set(events.thenWords);
/** Kinds of meals (a dinner, a lunch), placed and attended as a gathering's part. */
export const MEAL_KINDS: ReadonlySet<string> = new Set(['dinner', 'lunch', 'breakfast']);
const CEREMONIES = new Set(['ceremony']);

/** "se sont réunis … en visioconférence", "une réunion par visioconférence": the means, a few words after the event. */
function heldRemotely(tokens: Token[], e: EventMention): boolean {
  if (REMOTE_KINDS.has(e.kind)) return true;
  // "Réunis jeudi dans le bunker …, X et Y ont présidé par visioconférence …": a fronted participle's gathering
  // is the sentence's, held the way the sentence tells.
  // ("ont présidé par visioconférence une réunion": the means right before the noun.)
  for (let i = Math.max(0, e.first - 4); i < e.first - 1; i++) if (remoteMeansAt(tokens, i)) return true;
  if (e.verbal && e.first <= 1) {
    for (let i = e.last + 1; i < tokens.length - 1; i++) if (remoteMeansAt(tokens, i)) return true;
  }
  // ("a participé à la réunion par liaison vidéo": how one took part in a meeting told, not how it was held.)
  if (e.determiner === 'definite' && tokens.slice(Math.max(0, e.first - 3), e.first).some((t) => TOOK_PART.test(t.key))) return false;
  for (let i = e.last + 1; i < Math.min(tokens.length - 1, e.last + 6); i++) {
    const k = tokens[i]!.key;
    if (k === ',' || k === '.' || k === ';') return false;
    if (remoteMeansAt(tokens, i)) return true;
  }
  return false;
}
const TOOK_PART = /^(?:particip|assist|suivi|suivai)/;

/** "mardi et mercredi", "les 17 et 18 juin" as two full days a few days apart: the first and the last. */
function daysSpanned(s: { tokens: Token[]; times: SentenceTimes }): [string, string] | undefined {
  const { expressions, dates } = s.times;
  for (let i = 0; i + 1 < expressions.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    if (!a || !b || a.length !== 10 || b.length !== 10 || expressions[i + 1]!.first !== expressions[i]!.last + 2 || s.tokens[expressions[i]!.last + 1]?.key !== 'et') continue;
    if (daysAfter(a, b, 3)) return [a, b];
  }
  return undefined;
}

function daysAfter(first: string, later: string, days: number): boolean {
  const a = parseIsoDay(first);
  const b = parseIsoDay(later);
  if (!a || !b) return false;
  const gap = daysBetween(a, b);
  return gap >= 1 && gap <= days;
}

/** The one day a sentence gives, when it falls in the week before the article's day (that day excluded). */
function storyDay(s: { tokens: Token[]; times: SentenceTimes } | undefined, articleDate: DayDate): string | undefined {
  const day = s ? dayTold(s, articleDate) : undefined;
  return day !== iso(articleDate) ? day : undefined;
}

/** The sentence that told the story's day last before sentence `si`, over sentences that name no day since (a few at most). */
function lastStoryDay(sentences: { tokens: Token[]; times: SentenceTimes }[], si: number, articleDate: DayDate, today = false): number | undefined {
  for (let j = si - 1; j >= Math.max(0, si - 6); j--) {
    if (today ? dayTold(sentences[j]!, articleDate) : storyDay(sentences[j], articleDate)) return j;
    if (!undatedAfterDay(sentences[j])) return undefined;
  }
  return undefined;
}

/** The one day a sentence gives in the week up to the article's, that day included. */
function dayTold(s: { tokens: Token[]; times: SentenceTimes }, articleDate: DayDate): string | undefined {
  const days = s.times.dates.filter((d, i): d is string => !!d && d.length === 10 && !datelineDate(s.tokens, s.times.expressions[i]!));
  return days.length === 1 && withinWeekBefore(days[0]!, articleDate) ? days[0] : undefined;
}

/** A sentence that names no day ("« … », a-t-il lancé."): the story's day told before it still holds. */
function undatedAfterDay(s: { times: SentenceTimes } | undefined): boolean {
  return !!s && !s.times.dates.some((d) => d && d.length === 10);
}

/** "de l'Arctique", "du Sahel": a place named as what something is of. */
const BETWEEN = new Set(events.betweenLinks);

function aboutPlace(tokens: Token[], first: number, last: number): boolean {
  // ("au quartier général de Northwood, dans la banlieue de Londres": the venue's town.)
  if (locatedNear(tokens, last)) return false;
  let p = first - 1;
  if (tokens[p]?.key === 'la' || tokens[p]?.key === 'le' || tokens[p]?.key === "l'") p--;
  const k = tokens[p]?.key;
  return k === 'de' || k === "d'" || k === 'du' || k === 'des';
}

/** `date` is a day of the week up to `article` (the days a dispatch reports). */
function withinWeekBefore(date: string, article: DayDate): boolean {
  const day = parseIsoDay(date);
  if (!day) return false;
  const gap = daysBetween(day, article);
  return gap >= 0 && gap <= 7;
}

/** The city of a dateline opening one of the article's first sentences ("PARIS, 6 janvier 2026 (AFP) -"). */
function datelinePlace(sentences: { tokens: Token[]; mentions: SentenceMentions }[]): PlaceMention | undefined {
  for (const [si, s] of sentences.slice(0, 3).entries()) {
    const p = s.mentions.places.find((x) => x.first === 0 || (x.first === 1 && ARTICLES.has(s.tokens[0]!.key)));
    if (p) {
      const comma = afterCountryNote(s, p.last + 1);
      if (s.tokens[comma]?.key === ',' && s.tokens[comma + 1] && datelineAfter(s.tokens, comma + 1)) return p;
      continue;
    }
    // "Vannes. Les marsouins s'envolent pour la Moldavie": a regional headline opens with its town,
    // one the article places something in ("à Vannes (Morbihan)"), not a rubric ("Direct.").
    if (si === 0 && s.tokens.length === 2 && s.tokens[1]!.key === '.' && s.tokens[0]!.cap && !s.mentions.mentions.some((m) => m.label !== 'Person')) {
      const town = s.tokens[0]!.key;
      if (sentences.some((o, oi) => oi > 0 && o.tokens.some((t, k) => t.key === town && o.tokens[k - 1]?.key === 'a'))) return { sentence: 0, first: 0, last: 0, city: s.tokens[0]!.text };
    }
    // "KANANASKIS (Canada), 16 juin 2026 -": a town the lexicon does not know, in capitals.
    let last = -1;
    while (s.tokens[last + 1]?.type === 'word' && s.tokens[last + 1]!.allCaps) last++;
    // Not a country or a body in capitals ("UKRAINE, 12 mars"): a city of no known state.
    if (last < 0 || s.mentions.mentions.some((m) => m.first === 0 && m.label !== 'Person')) continue;
    const comma = afterCountryNote(s, last + 1);
    if (s.tokens[comma]?.key !== ',' || !s.tokens[comma + 1] || !datelineAfter(s.tokens, comma + 1)) continue;
    const note = s.mentions.mentions.find((m) => m.label === 'Country' && m.first > last && m.last < comma);
    const city = s.tokens.slice(0, last + 1).map((t) => t.text.toLowerCase().replace(/(^|[-\s])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())).join(' ');
    const place: PlaceMention = { sentence: si, first: 0, last, city };
    if (note?.iso2) place.iso2 = note.iso2;
    return place;
  }
  return undefined;
}

/** Past a "(Canada)" or "(Nations unies)" after a dateline's city: the index after the parenthesis. */
function afterCountryNote(s: { tokens: Token[] }, at: number): number {
  if (s.tokens[at]?.key !== '(') return at;
  const close = s.tokens.findIndex((t, k) => k > at && t.key === ')');
  return close > 0 && close - at <= 5 ? close + 1 : at;
}

/**
 * "BERLIN, 14 avril - X a entamé une visite d'État en Allemagne": a visit to the country of the
 * dateline's city is there.
 */
function visitedDateline(s: { tokens: Token[]; mentions: SentenceMentions }, e: EventMention, dateline: PlaceMention | undefined): string | undefined {
  const home = dateline?.capitalOf ?? dateline?.iso2;
  if (!home) return undefined;
  const visited = s.mentions.mentions.find((m) => m.label === 'Country' && m.form === 'name' && m.first > e.last && m.first - e.last <= 8 && ['en', 'au', 'aux'].includes(s.tokens[m.npFirst - 1]?.key ?? s.tokens[m.first - 1]?.key ?? ''));
  return visited?.iso2 === home ? dateline!.city : undefined;
}
const ARTICLES = new Set(words.definiteArticles);

/**
 * The article's place: the city most of its sentences name ("au département d'État, à Washington"
 * counts once); a region or a continent ("l'Afrique australe") only when no city is named.
 */
function mostFrequentPlace(sentences: SentenceMentions[], lex: Lexicon): string | undefined {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    // Each city once per sentence: a loop over its few places, no array and set per sentence.
    for (let i = 0; i < s.places.length; i++) {
      const city = s.places[i]!.city;
      let again = false;
      for (let j = 0; j < i && !again; j++) again = s.places[j]!.city === city;
      if (!again) counts.set(city, (counts.get(city) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  let n = 0;
  let bestIsCity = false;
  for (const [place, c] of counts) {
    const isCity = lex.cities.has(fold(place));
    if ((isCity && !bestIsCity) || (isCity === bestIsCity && c > n)) [best, n, bestIsCity] = [place, c, isCity];
  }
  return best;
}
