/**
 * One evidence sentence: the quote with the entities of the claim marked, and where it comes from
 * (document, date, character offsets), so a reader can find it in the article.
 */
import type { DocumentInfo, Evidence } from '../../src/graph/types.ts';
import { el } from './dom.ts';
import { findSpans } from './highlight-spans.ts';

export function isEvidence(value: unknown): value is Evidence {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return typeof e.text === 'string' && typeof e.doc === 'string';
}

export function evidenceList(value: unknown): Evidence[] {
  return Array.isArray(value) ? value.filter(isEvidence) : [];
}

export function documentLabel(doc: string, documents: Record<string, DocumentInfo>): string {
  const info = documents[doc];
  return info?.title && info.title.trim() !== '' ? info.title : doc;
}

export function evidenceQuote(evidence: Evidence, documents: Record<string, DocumentInfo>, terms: readonly string[]): HTMLElement {
  const quote = el('blockquote', { className: 'evidence-text' });
  let at = 0;
  for (const span of findSpans(evidence.text, terms)) {
    if (span.start > at) quote.append(evidence.text.slice(at, span.start));
    quote.append(el('mark', { text: evidence.text.slice(span.start, span.end) }));
    at = span.end;
  }
  if (at < evidence.text.length) quote.append(evidence.text.slice(at));

  const info = documents[evidence.doc];
  const offsets = Number.isFinite(evidence.start) && Number.isFinite(evidence.end) ? `chars ${evidence.start}–${evidence.end}` : '';
  const caption = el('figcaption', {}, [
    el('span', { className: 'evidence-doc', text: documentLabel(evidence.doc, documents), title: info?.path ?? evidence.doc }),
    info?.date ? el('span', { className: 'evidence-date', text: info.date }) : null,
    offsets ? el('span', { className: 'evidence-offsets', text: offsets }) : null,
  ]);
  return el('figure', { className: 'evidence' }, [quote, caption]);
}
