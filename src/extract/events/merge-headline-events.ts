/**
 * A headline retells the article's gathering in the present tense ("X reçoit Y à Brasilia") and
 * carries no date of its own, so its event would be dated by the article, a day or more after the
 * gathering the body tells. It is that body event: the first gathering after the headline, at the
 * same place (or the headline names none), within the week before the article. A visit, a signing
 * or a call in the headline is the body's of that kind ("Bakou et Erevan paraphent un accord à Washington").
 */
import type { Fact } from '../relations/types.ts';
import { GATHERINGS, type DocumentEvents, type EventDraft } from './detect-events.ts';

const WEEK_MS = 7 * 24 * 3600 * 1000;

export function mergeHeadlineEvents(doc: DocumentEvents, facts: Fact[], headline: number | undefined, articleDate: string | undefined): void {
  if (headline === undefined) return;
  for (const h of doc.drafts) {
    if (h.sentence !== headline) continue;
    // "X en visite d'État en Allemagne : …" and the body's "X a entamé lundi une visite d'État": one visit.
    const body =
      h.kind === 'visit' ? doc.drafts.find((d) => d.sentence > headline && d.kind === 'visit' && (!h.place || !d.place || d.place === h.place) && (!h.date || !d.date || d.date === h.date))
      : !articleDate || (h.date !== undefined && h.date !== articleDate) ? undefined
      : // A gathering is the body's first gathering; a signing or a call, the body's event of that kind.
        doc.drafts.find((d) => d.sentence > headline && (GATHERINGS.has(h.kind) ? GATHERINGS.has(d.kind) : d.kind === h.kind) && (!h.place || d.place === h.place) && withinWeekBefore(d.date, articleDate));
    if (!body) continue;
    const from = `event:${h.id}`;
    const to = `event:${body.id}`;
    for (const f of facts) if (f.target === from) f.target = to;
    for (const p of h.participants) if (!body.participants.includes(p)) body.participants.push(p);
    for (const [mention, id] of doc.ofMention) if (id === h.id) doc.ofMention.set(mention, body.id);
    if (doc.focus === h.id) doc.focus = body.id;
    forget(h);
  }
}

function withinWeekBefore(date: string | undefined, articleDate: string): boolean {
  if (!date || date.length !== 10) return false;
  const gap = Date.parse(articleDate) - Date.parse(date);
  return gap >= 0 && gap <= WEEK_MS;
}

/** Nothing left to make a node of: no date, place or participant. */
function forget(draft: EventDraft): void {
  draft.participants = [];
  delete draft.date;
  delete draft.place;
  delete draft.countries;
}
