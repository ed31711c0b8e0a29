/**
 * Time expressions of a sentence: full dates ("vendredi 14 mars 2025"), months ("mars 2025",
 * "en mars", "mi-décembre", "fin décembre"), weekdays ("jeudi"), and day words ("hier",
 * "en fin de journée"). Relative ones are resolved against the article's date and the tense of the
 * verb next to them: "a dit lundi" is the Monday before, "recevra jeudi" the Thursday after.
 */
import { tokenize, type Token } from '../text/tokenize.ts';
import { WordClass } from '../text/word-classes.ts';
import { boundedMemo } from '../text/bounded-memo.ts';
import { phraseAt } from '../text/phrase-at.ts';
import { pastInsertedAdverbs } from '../text/inserted-adverbs.ts';
import calendar from '../data/calendar.json' with { type: 'json' };
import events from '../data/events.json' with { type: 'json' };
import relations from '../data/relations.json' with { type: 'json' };
import { fold } from '../text/fold.ts';
import { addDays, daysBetween, isValidDay, toIso, weekday, type DayDate } from './calendar.ts';

export type Tense = 'past' | 'present' | 'future';

export type TimeValue =
  /** (`weekday`: the one written before it, "le mardi 21 avril", which tells the year when none is written.) */
  | { kind: 'date'; year?: number; month: number; day: number; weekday?: number }
  | { kind: 'month'; year?: number; month: number; part?: 'early' | 'mid' | 'late' }
  | { kind: 'year'; year: number }
  | { kind: 'weekday'; weekday: number; shift?: 'next' | 'last' }
  | { kind: 'offset'; days: number }
  /** "le lendemain": days after the previous dated event of the story (else the article's day). */
  | { kind: 'after-previous'; days: number }
  /** "la semaine dernière", "le mois prochain": the article's week or month, shifted. */
  | { kind: 'period'; unit: 'week' | 'month'; shift: number };

export interface TimeExpression {
  /** Token indices within the sentence, inclusive. */
  first: number;
  last: number;
  value: TimeValue;
}

const MONTHS = new Map<string, number>(calendar.months.map((m, i) => [m, i + 1]));
for (const [k, v] of Object.entries(calendar.monthAbbreviations)) MONTHS.set(k, v);
const WEEKDAYS = new Map(calendar.weekdays.map((d, i) => [d, i]));
const PARTS = new Map(Object.entries(calendar.monthParts as Record<string, 'early' | 'mid' | 'late'>));
// Maps, not plain objects: a word such as "constructor" must not find an inherited property.
const OFFSETS = new Map(Object.entries(calendar.dayOffsets as Record<string, number>));
// Tokenized as the text is: "en fin d'apres-midi" is four tokens.
const SAME_DAY = calendar.sameDay.map((p) => tokenize(p).map((t) => t.key));
const STORY_DAY = calendar.storyDay.map((p) => tokenize(p).map((t) => t.key));
const PART_OF_DAY = calendar.partOfDay.map((p) => tokenize(p).map((t) => t.key));
const RELATIVE = new Map(Object.entries(calendar.relativeDays).filter(([k]) => k !== 'about') as [string, { determiner: string; days: number; from: 'article' | 'previous' }][]);
const FUTURE_WORDS = new Set(calendar.futureWords);
/** Words with a future's ending that are none. */
const NOT_FUTURE = new Set(calendar.notFutureWords);
const PAST_WORDS = new Set(calendar.pastWords);
const AUXILIARIES = new Set(calendar.auxiliaries);
const MONTH_INTRODUCERS = new Set(calendar.monthIntroducers);
const PERIOD_UNITS = new Map(Object.entries(calendar.periods.units as Record<string, 'week' | 'month'>));
const PERIOD_SHIFTS = new Map(Object.entries(calendar.periods.shifts as Record<string, number>));
const YEAR_INTRODUCERS = new Set(calendar.yearIntroducers);

const dayNumber = (t: Token | undefined): number | null => {
  if (!t) return null;
  if (t.key === '1er' || t.key === 'premier') return 1;
  if (t.type !== 'number' || !/^\d{1,2}$/.test(t.text)) return null;
  const n = Number(t.text);
  return n >= 1 && n <= 31 ? n : null;
};
const yearNumber = (t: Token | undefined): number | null =>
  t && t.type === 'number' && /^(19|20)\d\d$/.test(t.text) ? Number(t.text) : null;
const ABBREVIATED = new Set(Object.keys(calendar.monthAbbreviations));
/** The year written after the month at `at`, past an abbreviation's period ("11 févr. 2026"), and its token. */
function yearAfterMonth(tokens: Token[], at: number): { year: number; at: number } | null {
  const next = ABBREVIATED.has(tokens[at]!.key) && tokens[at + 1]?.key === '.' ? at + 2 : at + 1;
  const year = yearNumber(tokens[next]);
  return year === null ? null : { year, at: next };
}

/** Words that can start a time expression; any other word is skipped at once. */
const STARTERS = new WordClass([...calendar.months.map((m) => `${'debut'}-${m}`), ...calendar.months.map((m) => `mi-${m}`), ...calendar.months.map((m) => `fin-${m}`), ...MONTHS.keys(), ...WEEKDAYS.keys(), ...PARTS.keys(), ...OFFSETS.keys(), ...SAME_DAY.map((w) => w[0]!), ...STORY_DAY.map((w) => w[0]!), ...PART_OF_DAY.map((w) => w[0]!), ...RELATIVE.keys(), ...PERIOD_UNITS.keys(), 'premier', '1er']);

/** Word-class bit of the words that may start a time expression. */
export const TIME_WORDS = STARTERS.bit;

/**
 * "mi-dec", "fin-janv": a month part joined to a month (an abbreviated one is no starter). Tested
 * by prefix at every word that starts nothing, cheaper than searching it for a hyphen.
 */
function hasMonthPart(key: string): boolean {
  return key.startsWith('mi-') || key.startsWith('fin-') || key.startsWith('debut-');
}

/** A '/' between numbers, or a '-' or '.' written tight between them ("06-01-2026"). */
function numericSeparator(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t) return false;
  if (t.text === '/') return true;
  return (t.text === '-' || t.text === '.') && tokens[at - 1]?.end === t.start && tokens[at + 1]?.start === t.end;
}

export function findTimeExpressions(tokens: Token[]): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'punct' || t.type === 'flag' || (t.type === 'word' && !STARTERS.has(t) && !hasMonthPart(t.key))) continue;
    // 18/12/2025, 18-12-2025 (written tight), 18/12/25.
    if (t.type === 'number' && numericSeparator(tokens, i + 1) && tokens[i + 3]?.text === tokens[i + 1]!.text && numericSeparator(tokens, i + 3) && tokens[i + 2]?.type === 'number') {
      const d = Number(t.text);
      const mo = Number(tokens[i + 2]!.text);
      // ("24/10/25": a year of two digits, this century's.)
      const short = tokens[i + 4]?.type === 'number' && /^\d\d$/.test(tokens[i + 4]!.text) ? 2000 + Number(tokens[i + 4]!.text) : null;
      const y = yearNumber(tokens[i + 4]) ?? short;
      if (y !== null && d >= 1 && d <= 31 && mo >= 1 && mo <= 12) {
        found.push({ first: i, last: i + 4, value: { kind: 'date', year: y, month: mo, day: d } });
        i += 4;
        continue;
      }
    }
    // [weekday] day month [year]; "1er" is a number and "er"; "les 24 et 25 juin": from the first day.
    const firstOfTwo = dayNumber(t) !== null && tokens[i + 1]?.key === 'et' && dayNumber(tokens[i + 2]) !== null && MONTHS.has(tokens[i + 3]?.key ?? '');
    if (firstOfTwo) {
      const month = MONTHS.get(tokens[i + 3]!.key)!;
      const year = yearAfterMonth(tokens, i + 3);
      const value: TimeValue = { kind: 'date', month, day: dayNumber(t)! };
      if (year) value.year = year.year;
      const last = year ? year.at : i + 3;
      found.push({ first: i, last, value });
      i = last;
      continue;
    }
    const day = dayNumber(t);
    const m = tokens[i + 1]?.key === 'er' ? i + 2 : i + 1;
    if (day !== null && MONTHS.has(tokens[m]?.key ?? '')) {
      const month = MONTHS.get(tokens[m]!.key)!;
      const year = yearAfterMonth(tokens, m);
      const first = WEEKDAYS.has(tokens[i - 1]?.key ?? '') ? i - 1 : i;
      const last = year ? year.at : m;
      const value: TimeValue = { kind: 'date', month, day };
      if (year) value.year = year.year;
      else if (first < i) value.weekday = WEEKDAYS.get(tokens[i - 1]!.key)!;
      found.push({ first, last, value });
      i = last;
      continue;
    }
    // mi-décembre, fin-décembre written with a hyphen
    const hyphen = /^(debut|mi|fin)-(.+)$/.exec(t.key);
    if (hyphen && MONTHS.has(hyphen[2]!)) {
      i = pushMonth(found, tokens, i, i, MONTHS.get(hyphen[2]!)!, PARTS.get(hyphen[1]!));
      continue;
    }
    // début / mi / fin + month
    const part = PARTS.get(t.key);
    if (part && MONTHS.has(tokens[i + 1]?.key ?? '')) {
      i = pushMonth(found, tokens, i, i + 1, MONTHS.get(tokens[i + 1]!.key)!, part);
      continue;
    }
    // month [year], or "en mars"; a bare month needs "en" or a year ("mai" is also a verb form)
    if (MONTHS.has(t.key) && t.type === 'word') {
      const hasYear = yearAfterMonth(tokens, i) !== null;
      const introduced = MONTH_INTRODUCERS.has(tokens[i - 1]?.key ?? '');
      if (hasYear || (introduced && t.key !== 'mai') || (introduced && t.key === 'mai' && tokens[i - 1]?.key === 'en')) {
        i = pushMonth(found, tokens, i, i, MONTHS.get(t.key)!, undefined);
        continue;
      }
    }
    if (WEEKDAYS.has(t.key) && t.type === 'word') {
      // "vendredi 14 mars 2025": the full date that follows takes the weekday in.
      if (dayNumber(tokens[i + 1]) !== null && (MONTHS.has(tokens[i + 2]?.key ?? '') || MONTHS.has(tokens[i + 3]?.key ?? ''))) continue;
      // "jeudi prochain" told on a Thursday is next week's; "lundi dernier" on a Monday last week's.
      const shift = tokens[i + 1]?.key === 'prochain' ? 'next' : tokens[i + 1]?.key === 'dernier' ? 'last' : undefined;
      found.push(shift ? { first: i, last: i + 1, value: { kind: 'weekday', weekday: WEEKDAYS.get(t.key)!, shift } } : { first: i, last: i, value: { kind: 'weekday', weekday: WEEKDAYS.get(t.key)! } });
      if (shift) i++;
      continue;
    }
    const offset = OFFSETS.get(t.key);
    if (offset !== undefined) {
      found.push({ first: i, last: i, value: { kind: 'offset', days: offset } });
      continue;
    }
    // "La veille, il s'était entretenu…", "le lendemain"; "à la veille du vote": from the day the
    // story told last, the day of what it names. Not "la veille du sommet", an event dated on its own.
    const relative = RELATIVE.get(t.key);
    if (relative && (tokens[i - 1]?.key === relative.determiner || (tokens[i - 1]?.key === 'au' && relative.determiner === 'le')) && !eventComplement(tokens, i)) {
      found.push({ first: i - 1, last: i, value: relative.from === 'article' ? { kind: 'offset', days: relative.days } : { kind: 'after-previous', days: relative.days } });
      continue;
    }
    const sameDay = phraseAt(tokens, i, SAME_DAY);
    if (sameDay) {
      found.push({ first: i, last: i + sameDay - 1, value: { kind: 'offset', days: 0 } });
      i += sameDay - 1;
      continue;
    }
    // "En fin de matinée, ils ont signé": the day the story is on; "est prévue en fin de journée": today.
    const partOfDay = phraseAt(tokens, i, PART_OF_DAY);
    if (partOfDay) {
      found.push({ first: i, last: i + partOfDay - 1, value: tenseNear(tokens, i, 15, true) === 'past' ? { kind: 'after-previous', days: 0 } : { kind: 'offset', days: 0 } });
      i += partOfDay - 1;
      continue;
    }
    // "Dans l'après-midi, il a rencontré…": the day the story is on.
    const storyDay = phraseAt(tokens, i, STORY_DAY);
    if (storyDay) {
      found.push({ first: i, last: i + storyDay - 1, value: { kind: 'after-previous', days: 0 } });
      i += storyDay - 1;
      continue;
    }
    // "la semaine dernière", "le mois prochain"
    const unit = PERIOD_UNITS.get(t.key);
    const shift = unit ? PERIOD_SHIFTS.get(tokens[i + 1]?.key ?? '') : undefined;
    if (unit && shift !== undefined && (tokens[i - 1]?.key === 'la' || tokens[i - 1]?.key === 'le')) {
      found.push({ first: i - 1, last: i + 1, value: { kind: 'period', unit, shift } });
      i++;
      continue;
    }
    const year = yearNumber(t);
    if (year !== null && YEAR_INTRODUCERS.has(tokens[i - 1]?.key ?? '')) {
      found.push({ first: i - 1, last: i, value: { kind: 'year', year } });
    }
  }
  return found;
}

function pushMonth(found: TimeExpression[], tokens: Token[], first: number, monthAt: number, month: number, part: 'early' | 'mid' | 'late' | undefined): number {
  const year = yearAfterMonth(tokens, monthAt);
  const value: TimeValue = { kind: 'month', month };
  if (year) value.year = year.year;
  if (part) value.part = part;
  const last = year ? year.at : monthAt;
  found.push({ first, last, value });
  return last;
}

/**
 * The tense of the verb nearest to token `at`: a future form or marker, a compound past
 * ("a dit", "ont touché"), an imperfect, else present. `clauseWide`: with no tensed word within
 * `radius`, the nearest between the commas around `at` ("…, a annoncé X lors d'une conférence de
 * presse à Ottawa jeudi"; not "sont arrivés à Évian, où X accueille le sommet jusqu'à mercredi").
 */
export function tenseNear(tokens: Token[], at: number, radius = 6, clauseWide = false): Tense {
  const near = nearestTense(tokens, at, Math.max(0, at - radius), Math.min(tokens.length - 1, at + radius));
  if (near || !clauseWide) return near ?? 'present';
  let from = at;
  while (from > 0 && !CLAUSE_MARKS.has(tokens[from - 1]!.key)) from--;
  let to = at;
  while (to < tokens.length - 1 && !CLAUSE_MARKS.has(tokens[to + 1]!.key)) to++;
  return nearestTense(tokens, at, from, to) ?? 'present';
}
const CLAUSE_MARKS = new Set([',', ';', ':']);

/**
 * The tense that places a time expression at `at`. The day of a gathering named as its complement
 * ("la réunion de mardi") is placed by the verb that governs the phrase ("participera à la réunion
 * de lundi"), not by a future after it that judges it ("La réunion de mardi restera comme…").
 */
export function tenseForTime(tokens: Token[], at: number): Tense {
  // "Lundi, X et Y ont rencontré Z": a day fronted by its comma is placed by the main verb after it, however far.
  if (at === 0 && tokens[1]?.key === ',') return tenseNear(tokens, at, tokens.length);
  const noun = at - 2;
  if (noun < 0 || (tokens[at - 1]!.key !== 'de' && tokens[at - 1]!.key !== 'du') || !EVENT_NOUNS.has(tokens[noun]!.key)) return tenseNear(tokens, at, 6, true);
  let from = noun;
  while (from > 0 && from > noun - 8 && !CLAUSE_MARKS.has(tokens[from - 1]!.key) && tokens[from - 1]!.key !== '.') from--;
  const before = from < noun ? nearestTense(tokens, noun, from, noun - 1) : null;
  if (before) return before;
  const after = tenseNear(tokens, at, 6, true);
  return after === 'future' ? 'present' : after;
}

function nearestTense(tokens: Token[], at: number, from: number, to: number): Tense | null {
  let best: Tense | null = null;
  let bestDistance = Infinity;
  for (let i = from; i <= to; i++) {
    const tense = tenseOf(tokens, i);
    if (!tense) continue;
    const distance = Math.abs(i - at);
    if (distance < bestDistance) {
      best = tense;
      bestDistance = distance;
    }
  }
  return best;
}

function tenseOf(tokens: Token[], i: number): Tense | null {
  const t = tokens[i]!;
  if (t.type !== 'word') return null;
  const k = t.key;
  const own = tenseOfWord(k);
  // ("Les dirigeants sont réunis jeudi et vendredi à Bruxelles": gathered now, not "Réunis mardi, ils ont…".)
  if (own.listed && own.tense === 'past' && GATHERED.has(k) && PRESENT_BE.has(tokens[i - 1]?.key ?? '')) return null;
  if (own.listed) return own.tense;
  // An ending read on a name is no tense ("Canberra", "Ferrara").
  if (t.cap && i > 0) return null;
  // The preposition "à" folds to the auxiliary "a": "mardi à Paris" is no compound past.
  // ("que s'est-il dit", "a-t-elle annoncé": the auxiliary inverted with its pronoun.)
  const auxiliary = (AUXILIARIES.has(k) || (k.includes('-') && AUXILIARIES.has(k.replace(INVERTED_PRONOUN, '')))) && t.text !== 'à' && t.text !== 'À';
  // "La décision est renvoyée au sommet du 23 octobre": "être" in the present before a participle is a passive,
  // in the present, unless reflexive ("s'est réuni") or of a verb of motion ("est arrivé", "sont venus").
  // ("Un entretien est attendu dans les prochains jours", "est prévu mardi": expected, to come.)
  if (auxiliary && PRESENT_BE.has(k) && EXPECTED.has(tokens[i + 1]?.key ?? '')) return 'future';
  if (auxiliary && PRESENT_BE.has(k) && isParticiple(tokens[i + 1]) && !REFLEXIVES.has(tokens[i - 1]?.key ?? '') && !MOTION_PARTICIPLE.test(tokens[i + 1]!.key)) return own.tense;
  if (auxiliary && isParticiple(tokens[i + 1])) return 'past';
  if (auxiliary && isParticiple(tokens[i + 2]) && tokens[i + 1]?.type === 'word') return 'past';
  // ("s'est à son tour réunie", "se sont de nouveau retrouvés".)
  if (auxiliary && isParticiple(tokens[pastInsertedAdverbs(tokens, i + 1)])) return 'past';
  return own.tense;
}

const INVERTED_PRONOUN = /-(?:t-)?(?:il|elle|ils|elles|on)$/;
const PRESENT_BE = new Set(calendar.presentBe);
const GATHERED = new Set(relations.attended.assembled);
const REFLEXIVES = new Set(["s'", 'se']);
const EXPECTED = new Set(calendar.expectedParticiples);
/** The participles "être" makes a compound past of: verbs of motion and of state change. */
const MOTION_PARTICIPLE = new RegExp(`^(?:${calendar.motionVerbStems.join('|')})(?:e|ee|es|ees|u|ue|us|ues|i|ie|is|ies)?$`);
const LISTED_FUTURE = { listed: true, tense: 'future' } as const;
const LISTED_PAST = { listed: true, tense: 'past' } as const;
const FUTURE_ENDING = { listed: false, tense: 'future' } as const;
const PAST_ENDING = { listed: false, tense: 'past' } as const;
const NO_TENSE = { listed: false, tense: null } as const;

/**
 * The tense a word gives by itself: listed (a future or past word, before any auxiliary), else read
 * from its ending. Memoised: tenseNear asks it of a dozen words around each verb, and the endings
 * are regular expressions.
 */
const tenseOfWord = boundedMemo((k: string): { listed: boolean; tense: Tense | null } => {
  if (FUTURE_WORDS.has(k)) return LISTED_FUTURE;
  if (PAST_WORDS.has(k)) return LISTED_PAST;
  // The future's "-ra", "-ront"… after the infinitive's "er"/"ir" ("participera", "fournira") or a
  // consonant ("enverra", "rendra", "permettra"); not the nouns that end so ("caméras", "front").
  if (k.length >= 5 && /(?:[ei]|[^aeiou])r(?:a|ont|ai|as|ons|ez)$/.test(k) && !/(?:gra|bra|cra|pra|fra)$/.test(k) && !NOT_FUTURE.has(k)) return FUTURE_ENDING;
  if (k.length >= 5 && /(?:ait|aient)$/.test(k) && !/r(?:ait|aient)$/.test(k)) return PAST_ENDING;
  // The conditional on the future's stem ("se rendrait", "participerait"): what was to come ("a annoncé qu'il se
  // rendrait à Dakar en décembre"); not "aurait", the report's past.
  if (k.length >= 6 && /(?:[ei]|[^aeiou])r(?:ait|aient)$/.test(k) && !/(?:gr|br|cr|pr|fr)(?:ait|aient)$/.test(k) && !NOT_FUTURE.has(k) && k !== 'aurait' && k !== 'auraient') return FUTURE_ENDING;
  return NO_TENSE;
});

/** "la veille du sommet", "au lendemain d'une réunion": the complement after `at` is an event noun. */
function eventComplement(tokens: Token[], at: number): boolean {
  let p = at + 1;
  if (!['de', 'du', "d'", 'des'].includes(tokens[p]?.key ?? '')) return false;
  p++;
  if (['la', 'le', "l'", 'une', 'un', 'ce', 'cette', 'son', 'sa', 'leur'].includes(tokens[p]?.key ?? '')) p++;
  return EVENT_NOUNS.has(tokens[p]?.key ?? '');
}
// (And the bodies that meet: "au lendemain d'un Conseil européen informel", "la veille du G7".)
const EVENT_NOUNS = new Set([...Object.keys(events.nouns).filter((n) => !n.includes(' ')).map(fold), ...Object.keys(events.bodyMeetings).map((id) => id.split('-')[0]!)]);

const NOT_PARTICIPLES = new Set(calendar.notPastParticiples);
function isParticiple(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && t.key.length >= 3 && /(?:e|ee|es|ees|i|is|ie|ies|it|u|us|ue|ues|t|te|ts|tes)$/.test(t.key) && !NOT_PARTICIPLES.has(t.key) || t?.key === 'ete' || t?.key === 'eu';
}

/**
 * The ISO date an expression stands for, or null when it cannot be placed. `previousDay` is the
 * day of the last dated event told before the sentence ("le lendemain" follows it).
 */
export function resolveTime(value: TimeValue, articleDate: DayDate | null, tense: Tense, previousDay: DayDate | null = null): string | null {
  switch (value.kind) {
    case 'date': {
      let year = value.year ?? (articleDate ? yearForMonth(value.month, articleDate, tense, value.day) : null);
      if (year === null) return null;
      // "le mardi 21 avril" with no year: the year, next to the one the tense gives, in which it is a Tuesday.
      if (value.year === undefined && value.weekday !== undefined) {
        const fits = [year, year + 1, year - 1].find((y) => isValidDay({ year: y, month: value.month, day: value.day }) && weekday({ year: y, month: value.month, day: value.day }) === value.weekday);
        if (fits !== undefined) year = fits;
      }
      const d = { year, month: value.month, day: value.day };
      return isValidDay(d) ? toIso(d) : null;
    }
    case 'month': {
      const year = value.year ?? (articleDate ? yearForMonth(value.month, articleDate, tense) : null);
      return year === null ? null : toIso({ year, month: value.month });
    }
    case 'year':
      return String(value.year);
    case 'weekday': {
      if (!articleDate) return null;
      const ahead = (value.weekday - weekday(articleDate) + 7) % 7;
      if (value.shift === 'next') return toIso(addDays(articleDate, ahead === 0 ? 7 : ahead));
      if (value.shift === 'last') return toIso(addDays(articleDate, ahead === 0 ? -7 : ahead - 7));
      if (ahead === 0) return toIso(articleDate);
      const behind = ahead - 7;
      const shift = tense === 'future' ? ahead : tense === 'past' ? behind : ahead <= -behind ? ahead : behind;
      return toIso(addDays(articleDate, shift));
    }
    case 'offset':
      return articleDate ? toIso(addDays(articleDate, value.days)) : null;
    case 'after-previous': {
      // "Lundi prochain, ils se verront à Paris. La veille, il avait reçu…": not told in the future, the
      // eve is of a day already gone, the article's, not of the day to come told before.
      const ahead = previousDay && articleDate && tense !== 'future' && toIso(previousDay) > toIso(articleDate);
      const from = ahead ? articleDate : (previousDay ?? articleDate);
      return from ? toIso(addDays(from, value.days)) : null;
    }
    case 'period':
      return articleDate ? periodMonth(value.unit, value.shift, articleDate) : null;
  }
}

/** The month of the shifted week (when it lies within one) or of the shifted month. */
function periodMonth(unit: 'week' | 'month', shift: number, article: DayDate): string | null {
  if (unit === 'month') {
    const index = article.year * 12 + article.month - 1 + shift;
    return toIso({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  }
  const monday = addDays(article, -((weekday(article) + 6) % 7) + 7 * shift);
  const sunday = addDays(monday, 6);
  return monday.month === sunday.month && monday.year === sunday.year ? toIso({ year: monday.year, month: monday.month }) : null;
}

/** How far ahead a day told in the past may still be set ("a convoqué une conférence le 22 avril"). */
const SET_AHEAD_DAYS = 45;

/** A month without a year: the most recent one for the past, the next one for the future, the nearer one for the present. */
function yearForMonth(month: number, article: DayDate, tense: Tense, day = 1): number {
  const ahead = month > article.month || (month === article.month && day > article.day);
  if (tense === 'future') return ahead || month === article.month ? article.year : article.year + 1;
  // ("a convoqué une conférence le 22 avril" in an article of 18 March: what was done in the past may set a day a few
  // weeks ahead; eleven months back would have its year written.)
  if (tense === 'past') return ahead && daysBetween(article, { year: article.year, month, day }) > SET_AHEAD_DAYS ? article.year - 1 : article.year;
  // Told in the present, a month behind is the nearer one too: "une réunion début janvier" in an article
  // of late December is in a few days, not eleven months ago.
  if (!ahead) {
    const lastMonths = (article.month - month) * 31 + (article.day - day);
    const nextMonths = (month + 12 - article.month) * 31 + (day - article.day);
    return nextMonths < lastMonths && nextMonths <= 62 ? article.year + 1 : article.year;
  }
  // Told in the present, a day ahead is the nearer one: "le 20 septembre" in an article of the 8th
  // is in twelve days, not eleven months ago.
  const thisYear = Date.UTC(article.year, month - 1, day) - Date.UTC(article.year, article.month - 1, article.day);
  const lastYear = Date.UTC(article.year, article.month - 1, article.day) - Date.UTC(article.year - 1, month - 1, day);
  return thisYear <= lastYear ? article.year : article.year - 1;
}
