/**
 * Events across articles: the same summit told by five outlets is one node. Two event drafts are
 * one event when their kinds agree (a "réunion" and a "sommet" are both gatherings), their dates
 * and places do not conflict, and something ties them: the same day and city, or the same people
 * ("une rencontre entre X et Y fin décembre" and "les discussions de X avec Y en Floride").
 */
import events from '../data/events.json' with { type: 'json' };
import { slug } from '../text/fold.ts';
import { GATHERINGS, type EventDraft } from '../events/detect-events.ts';
import { addDays, daysBetween, parseIsoDay, toIso } from '../dates/calendar.ts';

const KIND_NAMES = events.kindNames as Record<string, string>;

export interface CorpusEvent {
  key: string;
  /** Rank of creation: candidates are tried oldest first. */
  order: number;
  kind: string;
  date?: string;
  /** The last day of a gathering of several ("réunis mardi et mercredi"). */
  until?: string;
  place?: string;
  participants: string[];
  /** Keys of the drafts it was made of ("doc-index:draft-id"). */
  drafts: string[];
  /** Held beside another gathering, and the body whose it is (EventDraft's). */
  beside?: boolean;
  body?: string;
}

export interface EventInput {
  /** "doc-index:draft-id" */
  id: string;
  draft: EventDraft;
  /** Participants already mapped to corpus person keys. */
  participants: string[];
  /** The draft's body, mapped to its corpus key. */
  body?: string;
}

export function resolveEvents(inputs: EventInput[], nameOf: (key: string) => string): { events: CorpusEvent[]; byDraft: Map<string, CorpusEvent> } {
  const merged: CorpusEvent[] = [];
  // Only events sharing a participant, or a day and a place, can be the same: index them so, and
  // by date, since events of different days never merge (a corpus about one leader stays linear).
  const byParticipant = new Map<string, Map<string, CorpusEvent[]>>();
  const byDayAndPlace = new Map<string, CorpusEvent[]>();
  const bucketOf = (date: string | undefined): string => date ?? '';
  const push = (list: CorpusEvent[] | undefined, e: CorpusEvent): CorpusEvent[] => {
    if (!list) return [e];
    if (!list.includes(e)) list.push(e);
    return list;
  };
  const index = (e: CorpusEvent): void => {
    for (const p of e.participants) {
      const buckets = byParticipant.get(p) ?? new Map<string, CorpusEvent[]>();
      byParticipant.set(p, buckets);
      const b = bucketOf(e.date);
      buckets.set(b, push(buckets.get(b), e));
    }
    if (e.date && e.place) {
      for (const day of daysOf(e.date, e.until)) {
        const k = `${day}|${e.place}`;
        byDayAndPlace.set(k, push(byDayAndPlace.get(k), e));
      }
    }
  };
  // A gathering of several days is found by any of them (one outlet dates it by its first, another by its last).
  const onDaysAt = (draft: EventDraft): CorpusEvent[] => {
    const days = daysOf(draft.date!, draft.until);
    if (days.length === 1) return byDayAndPlace.get(`${draft.date}|${draft.place}`) ?? [];
    const found = new Set<CorpusEvent>();
    for (const day of days) for (const e of byDayAndPlace.get(`${day}|${draft.place}`) ?? []) found.add(e);
    return [...found].sort((a, b) => a.order - b.order);
  };
  const withParticipants = (participants: string[], date: string | undefined): CorpusEvent[] => {
    const found = new Set<CorpusEvent>();
    for (const p of participants) {
      const buckets = byParticipant.get(p);
      if (!buckets) continue;
      // An undated draft may join any of them; a dated one those whose date holds its own or lies
      // within it: undated, of its year, of its month, of its day ("2026", "2026-01", "2026-01-06").
      if (!date) {
        for (const list of buckets.values()) for (const e of list) found.add(e);
        continue;
      }
      for (const k of ['', date.slice(0, 4), date.slice(0, 7), date]) for (const e of buckets.get(k) ?? []) found.add(e);
      if (date.length < 10) for (const [k, list] of buckets) if (k.length > date.length && k.startsWith(date)) for (const e of list) found.add(e);
    }
    return [...found].sort((a, b) => a.order - b.order);
  };
  // "Constanța" in one article, "Constanta" in another: one place, spelt as first met.
  const spellings = new Map<string, string>();
  for (const input of inputs) {
    const { id, participants, body } = input;
    let draft = input.draft;
    if (draft.place) {
      const key = slug(draft.place);
      const first = spellings.get(key);
      if (first === undefined) spellings.set(key, draft.place);
      else if (first !== draft.place) draft = { ...draft, place: first };
    }
    const candidates = participants.length
      ? withParticipants(participants, draft.date)
      : draft.date && draft.place
        ? onDaysAt(draft)
        : [];
    const target = candidates.find((e) => sameEvent(e, draft, participants, body));
    if (target) {
      if (draft.date && (!target.date || draft.date.length > target.date.length)) target.date = draft.date;
      // Days of one gathering: from the first told to the last.
      else if (draft.date?.length === 10 && target.date?.length === 10 && draft.date !== target.date) {
        const last = [target.until ?? target.date, draft.until ?? draft.date].sort().at(-1)!;
        if (draft.date < target.date) target.date = draft.date;
        if (last > target.date) target.until = last;
      }
      if (draft.until && (!target.until || draft.until > target.until)) target.until = draft.until;
      target.place ??= draft.place;
      target.body ??= body;
      if (draft.kind === 'summit' && GATHERINGS.has(target.kind)) target.kind = 'summit';
      if (draft.kind === 'call' && target.kind === 'talk') target.kind = 'call';
      for (const p of participants) if (!target.participants.includes(p)) target.participants.push(p);
      target.drafts.push(id);
      index(target);
      continue;
    }
    const e: CorpusEvent = { key: '', order: merged.length, kind: draft.kind, participants: [...participants], drafts: [id] };
    if (draft.date) e.date = draft.date;
    if (draft.until) e.until = draft.until;
    if (draft.place) e.place = draft.place;
    if (draft.beside) e.beside = true;
    if (body) e.body = body;
    merged.push(e);
    index(e);
  }
  mergeUndatedGatherings(merged);
  const byDraft = new Map<string, CorpusEvent>();
  const used = new Set<string>();
  // Per stem, the last number given: numbers below it are all taken (a search from 2 each time was
  // quadratic in the events of one day and place).
  const lastNumber = new Map<string, number>();
  for (const e of merged) {
    let key = `event:${[e.date ?? 'undated', e.place ? slug(e.place) : '', e.kind, e.body ? slug(nameOf(e.body)) : '', e.place && GATHERINGS.has(e.kind) ? '' : e.participants.map((p) => slug(nameOf(p))).join('-')].filter(Boolean).join('-')}`;
    if (used.has(key)) {
      // The same keys as numbering from 2: "-2", "-3"… in place of a final number, if any.
      const stem = key.replace(/-\d+$/, '');
      let n = lastNumber.get(stem) ?? 1;
      do key = `${stem}-${++n}`;
      while (used.has(key));
      lastNumber.set(stem, n);
    }
    used.add(key);
    e.key = key;
    for (const d of e.drafts) byDraft.set(d, e);
  }
  return { events: merged, byDraft };
}

/**
 * An article without a date tells "the meeting at the Élysée" with no day: it is the gathering
 * other articles date at that place, when they date only one there (a gathering with no
 * participants of its own, so no bilateral talk). In place, keeping the order of creation.
 */
function mergeUndatedGatherings(merged: CorpusEvent[]): void {
  const open = (e: CorpusEvent): boolean => GATHERINGS.has(e.kind) && !!e.place && e.participants.length === 0 && !e.beside;
  const datedAt = new Map<string, CorpusEvent[]>();
  for (const e of merged) {
    if (!e.date || !open(e)) continue;
    const list = datedAt.get(e.place!);
    if (list) list.push(e);
    else datedAt.set(e.place!, [e]);
  }
  let kept = 0;
  for (const e of merged) {
    const dated = !e.date && open(e) ? datedAt.get(e.place!) : undefined;
    if (dated?.length === 1) {
      const target = dated[0]!;
      if (e.kind === 'summit') target.kind = 'summit';
      target.drafts.push(...e.drafts);
      continue;
    }
    merged[kept++] = e;
  }
  merged.length = kept;
}

/** The event's display name: "Sommet de Paris", "Conversation téléphonique entre X et Y". */
export function eventName(e: CorpusEvent, nameOf: (key: string) => string, isCity: (place: string) => boolean): string {
  const kind = KIND_NAMES[e.kind] ?? e.kind;
  // "Réunion (Coalition des volontaires) à Bruxelles": the body's, beside the summit of that town.
  if (GATHERINGS.has(e.kind) && e.body && e.participants.length < 2) return `${kind} (${nameOf(e.body)})${e.place ? ` ${isCity(e.place) ? at(e.place) : `en ${e.place}`}` : ''}`;
  if (GATHERINGS.has(e.kind) && e.place && e.participants.length < 2) return `${kind} ${of(e.place)}`;
  // Two mentions the corpus resolved to one entity ("la présidente islandaise" and her country) name it once.
  const people = [...new Set(e.participants.map(nameOf))];
  let name = kind;
  if (people.length >= 2) name += ` entre ${people.slice(0, -1).join(', ')} et ${people[people.length - 1]}`;
  else if (people.length === 1) name += ` avec ${people[0]}`;
  if (e.place) name += isCity(e.place) ? ` ${at(e.place)}` : ` en ${e.place}`;
  else if (e.date && people.length === 0) name += ` du ${e.date}`;
  return name;
}

/** "de Paris", "d'Ankara", "du Caire", "des Sables-d'Olonne". */
function of(place: string): string {
  if (place.startsWith('Le ')) return `du ${place.slice(3)}`;
  if (place.startsWith('Les ')) return `des ${place.slice(4)}`;
  // Elision before a vowel; not before h, which is often aspirated in place names ("de Hambourg").
  return /^[AEIOUYÀÂÉÈÊÎÔÛ]/u.test(place) ? `d'${place}` : `de ${place}`;
}

/** "à Paris", "au Caire", "aux Sables-d'Olonne". */
function at(place: string): string {
  return place.startsWith('Le ') ? `au ${place.slice(3)}` : place.startsWith('Les ') ? `aux ${place.slice(4)}` : `à ${place}`;
}

function sameEvent(e: CorpusEvent, d: EventDraft, participants: string[], body: string | undefined): boolean {
  const gathering = GATHERINGS.has(e.kind) && GATHERINGS.has(d.kind);
  // ("X et Y se sont parlé la veille" and "s'étaient entretenus par téléphone": a call is a talk by phone, on
  // the same day, held nowhere; not a meeting in some town, nor one to come that is not dated.)
  const spoken = TALKS.has(e.kind) && TALKS.has(d.kind) && e.date?.length === 10 && e.date === d.date && !e.place && !d.place;
  if (!gathering && !spoken && e.kind !== d.kind) return false;
  // A gathering held beside another is not that one; two bodies' gatherings are two.
  if ((e.body && body && e.body !== body) || (!!e.beside !== !!d.beside && !(e.body && e.body === body))) return false;
  const sameDays = gathering && (e.until !== undefined || d.until !== undefined) && overlap(e.date, e.until, d.date, d.until);
  if (!(compatible(e.date, d.date) || sameDays) || !compatible(e.place, d.place)) return false;
  const shared = participants.filter((p) => e.participants.includes(p)).length;
  // (A talk and a call are one only between the same two people at least.)
  if (e.kind !== d.kind && spoken) return shared >= 2;
  if (shared >= 2 || (shared >= 1 && shared === Math.min(participants.length, e.participants.length) && participants.length && e.participants.length)) return true;
  if (participants.length || e.participants.length) return false;
  // (A dinner or a press conference told by two outlets on one day at one place is one too.)
  return !!((gathering || e.kind === d.kind) && e.date && (d.date === e.date || sameDays) && e.place && d.place === e.place);
}

const TALKS = new Set(['talk', 'call']);

/** The full days from `date` to `until` (one when there is no end, or no full day). */
function daysOf(date: string, until: string | undefined): string[] {
  const first = until ? parseIsoDay(date) : null;
  const last = until ? parseIsoDay(until) : null;
  if (!first || !last) return [date];
  const n = Math.min(daysBetween(first, last), 7);
  return Array.from({ length: n + 1 }, (_, i) => toIso(addDays(first, i)));
}

/** Two spans of full days share one. */
function overlap(a: string | undefined, aUntil: string | undefined, b: string | undefined, bUntil: string | undefined): boolean {
  if (a?.length !== 10 || b?.length !== 10) return false;
  return a <= (bUntil ?? b) && b <= (aUntil ?? a);
}

function compatible(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || a === b || a.startsWith(b) || b.startsWith(a);
}
