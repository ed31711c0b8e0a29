/** What every relation rule sees of a sentence and of its article. */
import type { Token } from '../text/tokenize.ts';
import type { SentenceMentions } from '../mentions/detect-mentions.ts';
import type { EventMention } from '../mentions/types.ts';
import { focusDraftOf, type DocumentEvents, type EventDraft, type SentenceTimes } from '../events/detect-events.ts';
import type { DayDate } from '../dates/calendar.ts';
import type { Argument, Clause } from './clause.ts';
import type { Fact } from './types.ts';
import type { PersonFacts } from '../mentions/coreference.ts';

export interface SentenceContext {
  index: number;
  tokens: Token[];
  clause: Clause;
  mentions: SentenceMentions;
  times: SentenceTimes;
  events: DocumentEvents;
  articleDate: DayDate | null;
  /** Country key the article is mostly about ("country:UA"). */
  topic: string | undefined;
  /** The international force the article last named ("une force régionale"), up to this sentence. */
  force?: string | undefined;
  /** The country or force the paragraph opened on ("Sur la Moldavie, …"): what its pledges go to when they name none. */
  receiver?: string | undefined;
  /** In an interview (questions and answers), the one answering: "nous", "mon pays" in an answer are hers. */
  interviewee?: string | undefined;
  /** The force the article is about: the one its headline or standfirst names (a named one first), else its first. */
  mainForce?: string | undefined;
  /** The last event told before this sentence, for "y" ("X et Y y ont assisté"). */
  previousEvent?: string | undefined;
  /**
   * Another event than the article's gathering, told in a sentence before and held by now, until a subheading,
   * another day or the gathering itself is named ("Le même jour, ils se sont retrouvés par visioconférence. … A et B
   * étaient connectés"): what the story is about (extract-document.ts narratedAfter).
   */
  narrated?: string | undefined;
  /** The sentence before, for "sur l'île", "dans le pays". */
  previousSentence?: { tokens: Token[]; mentions: SentenceMentions; sameParagraph: boolean } | undefined;
  /** The two countries of the last sentence before that named two, for "les deux pays". */
  lastPair?: string[] | undefined;
  /** The last person who was the subject of a clause, for "il"/"elle". */
  previousSubject: Argument | undefined;
  facts: Fact[];
  /** Pledges whose receiver the sentence does not name, settled at the article's end (their target is empty). */
  unnamedPledges: Fact[];
  /** The word classes of the sentence's words (text/word-classes.ts): a rule skips a sentence without its triggers. */
  words: number;
  /** What the article says of each person (the country a leader heads…). */
  persons: Map<string, PersonFacts>;
}

export function eventKey(id: number): string {
  return `event:${id}`;
}

/** The draft an `eventKey` names. */
export function draftOf(events: DocumentEvents, key: string): EventDraft | undefined {
  return events.drafts[Number(key.slice('event:'.length))];
}

/** The article's main gathering, unless the sentence is dated to another day; the event its paragraph tells, if another. */
export function focusFor(ctx: SentenceContext): string | undefined {
  const focus = focusDraftOf(ctx.events);
  // A digest's other briefs tell other stories.
  const briefs = ctx.events.briefs;
  if (focus && briefs && briefs[ctx.index] !== briefs[focus.sentence]) return undefined;
  if (ctx.narrated && ctx.mentions.events.every((e) => eventOf(ctx, e) === ctx.narrated) && !namesOtherDay(ctx.times, draftOf(ctx.events, ctx.narrated))) return ctx.narrated;
  if (!focus) return undefined;
  return namesOtherDay(ctx.times, focus) ? undefined : eventKey(focus.id);
}

/** The article's main gathering, whatever day the sentence names. */
export function focusKey(events: DocumentEvents): string | undefined {
  return events.focus === undefined ? undefined : eventKey(events.focus);
}

/** The sentence names a day outside the event's (a day within a gathering of several days, "jusqu'au 20 novembre", is still its). */
export function namesOtherDay(times: SentenceTimes, event: EventDraft | undefined): boolean {
  const from = event?.date;
  if (!from) return false;
  return times.dates.some((d, i) => !!d && !times.bounds?.[i] && !from.startsWith(d) && !d.startsWith(from) && !(event.until && d > from && d <= event.until));
}

/**
 * The sentence opens with a day outside the event's ("Mercredi, aux côtés de X, avaient pris place…" after a
 * summit recalled from months before): what it tells is not at that event. (A day told inside the sentence,
 * "arrivé la veille au soir", does not move the story on.)
 */
export function opensOnOtherDay(times: SentenceTimes, event: EventDraft | undefined): boolean {
  return times.expressions[0]?.first === 0 && namesOtherDay({ expressions: times.expressions.slice(0, 1), dates: times.dates.slice(0, 1) }, event);
}

/** The event named after token `at` in the same clause ("assisté à la réunion bruxelloise"). */
export function eventAfter(ctx: SentenceContext, at: number, end: number): string | undefined {
  const e = ctx.mentions.events.find((x) => x.first > at && x.first < end);
  return e ? eventOf(ctx, e) : undefined;
}

/**
 * The event a mention names. "la réunion" told again, with no day or place of its own, in a paragraph that
 * tells another event than the article's gathering ("a déclaré X à l'issue de la réunion"), is that one.
 */
export function eventOf(ctx: SentenceContext, e: EventMention): string | undefined {
  const id = ctx.events.ofMention.get(e);
  if (id === undefined) return undefined;
  // ("la réunion" may be any; "resté à Beyrouth pour présider un Conseil des ministres. … a pris part à la conférence" names the
  // article's conference by its own noun.)
  const retold =
    id === ctx.events.focus &&
    ctx.narrated !== undefined &&
    e.determiner === 'definite' &&
    ctx.times.dates.length === 0 &&
    !ctx.mentions.places.some((p) => p.first > e.last && p.first <= e.last + 3) &&
    (e.kind === ANY_MEETING || draftOf(ctx.events, ctx.narrated)?.kind === e.kind);
  return retold ? ctx.narrated : eventKey(id);
}

/** The kind of "la réunion", "les discussions": a noun for a meeting of any kind. */
const ANY_MEETING = 'meeting';

/** The event named before token `at` ("le sommet réunira…", "une conférence de presse…, réunissant"). */
export function eventBefore(ctx: SentenceContext, at: number): string | undefined {
  const e = [...ctx.mentions.events].reverse().find((x) => x.last < at);
  return e ? eventOf(ctx, e) : undefined;
}

export function addFact(ctx: SentenceContext, fact: Omit<Fact, 'sentence'>): void {
  if (fact.source === fact.target) return;
  // Every fact has every field, in one order (one shape for the engine).
  ctx.facts.push({
    type: fact.type,
    source: fact.source,
    target: fact.target,
    sentence: ctx.index,
    confidence: fact.confidence,
    what: fact.what,
    amount: fact.amount,
    condition: fact.condition,
  });
}
