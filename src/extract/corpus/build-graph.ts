/**
 * From the articles' extractions to the knowledge graph: one node per real thing across the corpus,
 * one edge per (source, type, target) carrying every sentence that supports it.
 * - a full name is one person ("Antonio Costa" ≠ "Antonio Guterres": first names never merge people);
 * - a surname alone is the one person of the corpus with that surname, else it is dropped, unless a
 *   title vouches for it ("le général Mercier");
 * - a description ("le président américain") is the one person the corpus knows in that role.
 * Node keys are stable (person:mette-frederiksen, country:DK, org:otan, event:2025-03-14-rome-summit)
 * and nodes and edges are added in sorted order: the same articles give the same bytes.
 * Articles are added one by one as they are extracted (CorpusGraphBuilder): what can be summed before
 * the corpus is complete is summed at once, the rest is kept in the few fields the resolution reads.
 */
import { createGraph } from '../../graph/create-graph.ts';
import type { DocumentInfo, Evidence, KnowledgeGraph, NodeAttributes } from '../../graph/types.ts';
import { fold, slug } from '../text/fold.ts';
import { spellingKey } from '../text/spelling.ts';
import { getLexicon, type Lexicon } from '../lexicon/lexicon.ts';
import type { DocumentExtraction } from '../extract-document.ts';
import type { PersonFacts } from '../mentions/coreference.ts';
import { eventName, resolveEvents, type CorpusEvent } from './resolve-events.ts';
import { EntityTallies, type EntityTally } from './entity-tallies.ts';
import titles from '../data/titles.json' with { type: 'json' };

interface NodeDraft {
  key: string;
  label: 'Person' | 'Country' | 'Organization' | 'Event';
  /** Surface forms, in the order the articles first give them (surface → position of that meeting). */
  surfaces: Map<string, number>;
  mentions: number;
  /** The first title of its entities, and where it was met. */
  title?: string;
  titleAt: number;
  /** Tallies merged in: past one, the surfaces are put back in order of meeting. */
  tallies: number;
}

/** What the resolution still reads of an article once its entities and people are tallied. */
type ArticleFacts = Pick<DocumentExtraction, 'doc' | 'info' | 'sentences' | 'events' | 'facts'> & { original: string };

interface EdgeDraft {
  /**
   * The article whose facts are being added, and where its evidence starts in `evidence`: articles
   * come one after the other, so a sentence is looked for among its own article's only.
   */
  doc: number;
  docFrom: number;
  source: string;
  type: string;
  target: string;
  evidence: Evidence[];
  confidences: number[];
  what?: string;
  amount?: string;
  condition?: string;
}

/** Which labels each measured relationship joins (ONTOLOGY.md). */
const SIGNATURES: Record<string, { from: string[]; to: string[] }> = {
  ATTENDED: { from: ['Person', 'Country', 'Organization'], to: ['Event'] },
  HOSTED: { from: ['Person', 'Country', 'Organization'], to: ['Event'] },
  LEADS: { from: ['Person', 'Country'], to: ['Country', 'Organization'] },
  REFUSES_TROOPS: { from: ['Person', 'Country'], to: ['Country', 'Organization', 'Event'] },
  PLEDGES: { from: ['Person', 'Country', 'Organization'], to: ['Country', 'Organization'] },
  REPRESENTS: { from: ['Person'], to: ['Country', 'Organization'] },
  SIGNED: { from: ['Country', 'Organization'], to: ['Event'] },
};

/** Slugs of the titles that make their holder a leader, as description keys carry them (desc:<slug>:<target>). */
const LEADING_TITLES = new Set(titles.titles.filter((t) => t.leads).map((t) => slug(fold(t.forms[0]!))));

export function buildGraph(extractions: DocumentExtraction[], originals: Map<string, string>): KnowledgeGraph {
  const builder = new CorpusGraphBuilder();
  for (const x of extractions) builder.add(x, originals.get(x.doc)!);
  return builder.build();
}

/** The graph of articles added one at a time, in the order that makes their document indices. */
export class CorpusGraphBuilder {
  private readonly articles: ArticleFacts[] = [];
  // People known by full name, and what the corpus knows of them.
  private readonly personFacts = new Map<string, PersonFacts>();
  private readonly surnames = new Map<string, Set<string>>();
  private readonly titledSurnames = new Set<string>();
  private readonly tallies = new EntityTallies();
  // The words of each person's full name, as first written ("Bola Ahmed Tinubu").
  private readonly nameWords = new Map<string, string[]>();

  add(x: DocumentExtraction, original: string): void {
    this.articles.push({ doc: x.doc, info: x.info, sentences: x.sentences, events: x.events, facts: x.facts, original });
    const { personFacts, surnames, titledSurnames, tallies } = this;
    for (const [key, facts] of x.persons) {
      if (!key.startsWith('person:')) continue;
      const merged = personFacts.get(key) ?? {};
      merged.leads ??= facts.leads;
      merged.country ??= facts.country;
      merged.title ??= facts.title;
      merged.titleName ??= facts.titleName;
      personFacts.set(key, merged);
    }
    for (const e of x.entities) {
      tallies.add(e);
      if (e.ref.startsWith('surname:')) {
        if (e.titles.length) titledSurnames.add(e.ref);
        continue;
      }
      if (!e.ref.startsWith('person:')) continue;
      if (!this.nameWords.has(e.ref)) {
        const full = [...e.surfaces.keys()].find((n) => n.includes(' '));
        if (full) this.nameWords.set(e.ref, full.split(' ').map(fold));
      }
      for (const last of e.lastNames) {
        let owners = surnames.get(last);
        if (!owners) surnames.set(last, (owners = new Set()));
        owners.add(e.ref);
      }
    }
  }

  build(): KnowledgeGraph {
    return resolveCorpus(this.articles, this.personFacts, this.surnames, this.titledSurnames, this.tallies.all, middleNamed(this.nameWords));
  }
}

/**
 * "John Mahama" in one article, "John Dramani Mahama" in another: a name of two words whose first and last are
 * those of one longer name, and of no other, is that person's (the key of the short name → the long one's); a name
 * of two words written the other way round is the one met first.
 * ("Jean Martin" is not "Jean-Pierre Martin": words are split at spaces only.)
 */
function middleNamed(nameWords: Map<string, string[]>): Map<string, string> {
  const longer = new Map<string, string[]>();
  for (const [key, words] of nameWords) {
    if (words.length < 3) continue;
    const ends = `${words[0]} ${words[words.length - 1]}`;
    (longer.get(ends) ?? longer.set(ends, []).get(ends)!).push(key);
  }
  const to = new Map<string, string>();
  // ("Nialé Kaba" in one article, "Kaba Nialé" in an Ivorian daily that writes the family name first: the one met first.)
  const twoWords = new Map<string, string>();
  for (const [key, words] of nameWords) {
    const candidates = words.length === 2 ? longer.get(words.join(' ')) : undefined;
    if (candidates?.length === 1) to.set(key, candidates[0]!);
    else if (words.length === 2) {
      const reversed = twoWords.get(`${words[1]} ${words[0]}`);
      if (reversed && reversed !== key) to.set(key, reversed);
      else twoWords.set(words.join(' '), key);
    }
  }
  return to;
}

function resolveCorpus(
  articles: ArticleFacts[],
  personFacts: Map<string, PersonFacts>,
  surnames: Map<string, Set<string>>,
  titledSurnames: Set<string>,
  tallies: EntityTally[],
  middle: Map<string, string>,
): KnowledgeGraph {
  const lex = getLexicon();
  const graph = createGraph();

  // Transliterations of one name ("…sky", "…skyy", "…ski") are one person: the key met first stands for all.
  const bySpelling = new Map<string, string>();
  for (const k of personFacts.keys()) {
    const spelled = spellingKey(k);
    if (!bySpelling.has(spelled)) bySpelling.set(spelled, k);
  }
  const person = (key: string): string => {
    const k = middle.get(key) ?? key;
    return bySpelling.get(spellingKey(k)) ?? k;
  };
  const ownersBySpelling = new Map<string, Set<string>>();
  for (const [last, owners] of surnames) {
    const spelled = spellingKey(last);
    let all = ownersBySpelling.get(spelled);
    if (!all) ownersBySpelling.set(spelled, (all = new Set()));
    for (const o of owners) all.add(person(o));
  }

  const leaders = new Map<string, string[]>();
  for (const [k, f] of personFacts) {
    if (!f.leads || person(k) !== k) continue;
    (leaders.get(f.leads) ?? leaders.set(f.leads, []).get(f.leads)!).push(k);
  }
  // Every mention and fact asks for its key: each distinct key is resolved once.
  const resolved = new Map<string, string | undefined>();
  const resolve = (ref: string | undefined): string | undefined => {
    if (!ref) return undefined;
    let key = resolved.get(ref);
    if (key === undefined && !resolved.has(ref)) resolved.set(ref, (key = resolveKey(ref)));
    return key;
  };
  const resolveKey = (ref: string): string | undefined => {
    if (ref.startsWith('person:')) return person(ref);
    if (ref.startsWith('surname:')) {
      const owners = ownersBySpelling.get(spellingKey(ref.slice('surname:'.length)));
      if (owners?.size === 1) return [...owners][0];
      return titledSurnames.has(ref) ? person(`person:${ref.slice('surname:'.length)}`) : undefined;
    }
    if (ref.startsWith('desc:')) {
      // "le président américain": the one person known to hold the office; if none is, what he
      // does ("la Première ministre danoise a promis…") is his country's doing.
      const title = ref.slice('desc:'.length, ref.indexOf(':', 'desc:'.length));
      const target = ref.slice(ref.indexOf(':', 'desc:'.length) + 1);
      // "le ministre turc" is not the Turkish president: only a leading title names the leader.
      // Of that title: "la présidente islandaise" is not the Icelandic Prime Minister named elsewhere.
      const holders = LEADING_TITLES.has(title) ? (leaders.get(target) ?? []).filter((k) => sameTitle(personFacts.get(k)?.titleName, title)) : [];
      return holders.length === 1 ? holders[0] : holders.length === 0 && target.startsWith('country:') ? target : undefined;
    }
    return ref;
  };

  // Nodes from mentions.
  const nodes = new Map<string, NodeDraft>();
  const node = (key: string, label: NodeDraft['label']): NodeDraft => {
    let n = nodes.get(key);
    if (!n) nodes.set(key, (n = { key, label, surfaces: new Map(), mentions: 0, titleAt: -1, tallies: 0 }));
    return n;
  };
  // Tallies in order of first appearance: a node takes the label of the first that makes it.
  for (const t of tallies) {
    const key = resolve(t.ref);
    // A description standing for its country names the country, it is no surface of it.
    if (!key || (t.described && !key.startsWith('person:'))) continue;
    mergeTally(node(key, t.label), t);
  }
  for (const n of nodes.values()) if (n.tallies > 1) n.surfaces = new Map([...n.surfaces].sort((a, b) => a[1] - b[1]));

  // Events, merged across articles.
  // A person's name is asked for each event they are part of: chosen once.
  const names = new Map<string, string>();
  const personName = (key: string): string => {
    let name = names.get(key);
    if (name === undefined) {
      const n = nodes.get(key);
      // "avec le roi de Jordanie": a country or a body taking part is named by its own name.
      name = n && n.label !== 'Person' ? institutionName(n, lex) : (bestPersonName(n) ?? key);
      names.set(key, name);
    }
    return name;
  };
  const inputs = articles.flatMap((x, di) =>
    x.events.map((draft) => ({ id: `${di}:${draft.id}`, draft, participants: draft.participants.map(resolve).filter((p): p is string => !!p), body: draft.body ? resolve(draft.body) : undefined })),
  );
  const { events, byDraft } = resolveEvents(inputs, personName);

  // Facts → edges.
  const edges = new EdgeDrafts();
  articles.forEach((x, di) => {
    const original = x.original;
    for (const f of x.facts) {
      const source = mapKey(f.source, di, resolve, byDraft);
      const target = mapKey(f.target, di, resolve, byDraft);
      if (!source || !target || source === target) continue;
      const sLabel = labelOf(source, nodes);
      const tLabel = labelOf(target, nodes);
      const sig = SIGNATURES[f.type];
      if (sig && (!sig.from.includes(sLabel) || !sig.to.includes(tLabel))) continue;
      if (!nodes.has(source) && sLabel !== 'Event') continue;
      if (!nodes.has(target) && tLabel !== 'Event') node(target, tLabel as NodeDraft['label']);
      const e = edges.get(source, f.type, target, di);
      const span = x.sentences[f.sentence]!;
      if (e.doc !== di) {
        e.doc = di;
        e.docFrom = e.evidence.length;
      }
      let known = false;
      for (let k = e.docFrom; k < e.evidence.length && !known; k++) known = e.evidence[k]!.start === span.start;
      if (!known) {
        e.evidence.push({ doc: x.doc, start: span.start, end: span.end, text: original.slice(span.start, span.end) });
      }
      e.confidences.push(f.confidence);
      e.what ??= f.what;
      e.amount ??= f.amount;
      e.condition ??= f.condition;
    }
  });

  const linked = new Set<string>();
  for (const d of edges.all) linked.add(d.source).add(d.target);
  const eventNodes = new Map<string, CorpusEvent>();
  for (const e of events) {
    const used = linked.has(e.key);
    // An event one could point to: dated or placed, or between two people at least.
    if ((used || e.drafts.length > 1 || e.participants.length) && (e.date || e.place || e.participants.length >= 2)) eventNodes.set(e.key, e);
    else if (e.date && e.place) eventNodes.set(e.key, e);
  }

  // Graph attributes, nodes, edges: all in sorted order.
  const documents: Record<string, DocumentInfo> = {};
  for (const x of [...articles].sort((a, b) => a.doc.localeCompare(b.doc))) documents[x.doc] = x.info;
  graph.setAttribute('documents', documents);

  const keys = [...new Set([...nodes.keys(), ...eventNodes.keys()])].sort();
  for (const key of keys) {
    const e = eventNodes.get(key);
    if (e) {
      graph.addNode(key, eventAttributes(e, personName, (place) => isTown(place, lex)));
      continue;
    }
    const n = nodes.get(key)!;
    if (n.label === 'Event') continue;
    graph.addNode(key, entityAttributes(n, lex, personFacts.get(key), personName));
  }
  // "Le président ukrainien a promis…" in an article that never said whom he leads: no one pledges to, or
  // refuses troops to, the country the corpus knows they lead.
  const led = new Set<string>();
  // (A country that leads a force may still send it troops: only a country led counts.)
  for (const e of edges.all) if (e.type === 'LEADS' && e.target.startsWith('country:')) led.add(`${e.source}>${e.target}`);
  const sorted = [...edges.all].sort((a, b) => cmp(a.source, b.source) || cmp(a.type, b.type) || cmp(a.target, b.target));
  for (const e of sorted) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if ((e.type === 'PLEDGES' || e.type === 'REFUSES_TROOPS') && led.has(`${e.source}>${e.target}`)) continue;
    e.evidence.sort((a, b) => cmp(a.doc, b.doc) || a.start - b.start);
    const attrs: Record<string, unknown> = { type: e.type, evidence: e.evidence, confidence: combine(e.confidences) };
    if (e.type === 'PLEDGES') {
      if (e.what) attrs.what = e.what;
      if (e.amount) attrs.amount = e.amount;
      if (e.condition) attrs.condition = e.condition;
    }
    graph.addDirectedEdgeWithKey(`${e.source}-${e.type}->${e.target}`, e.source, e.target, attrs as never);
  }
  return graph;
}

/** The tally's mentions, surfaces and title added to its node's. */
function mergeTally(n: NodeDraft, t: EntityTally): void {
  n.tallies++;
  n.mentions += t.mentions;
  // The first tally's surfaces are the node's; copied only when a second one comes (a tally is read once).
  if (n.tallies === 1) n.surfaces = t.surfaces;
  else {
    if (n.tallies === 2) n.surfaces = new Map(n.surfaces);
    t.surfaces.forEach((at, surface) => {
      const known = n.surfaces.get(surface);
      if (known === undefined || at < known) n.surfaces.set(surface, at);
    });
  }
  if (t.title !== undefined && (n.title === undefined || t.titleAt < n.titleAt)) {
    n.title = t.title;
    n.titleAt = t.titleAt;
  }
}

/**
 * A person's title may be the described one: "la présidente islandaise" is not the Prime Minister,
 * while "le chef de l'État" may be the president (generic titles match any).
 */
function sameTitle(titleName: string | undefined, described: string): boolean {
  if (titleName === undefined) return true;
  const own = slug(fold(titleName));
  if (own === described) return true;
  const ownBranch = BRANCH.get(own);
  const describedBranch = BRANCH.get(described);
  // "le chef de l'État" may be the president, not the Prime Minister; two named offices differ.
  if (ownBranch && describedBranch && ownBranch !== describedBranch) return false;
  return !(NAMED_OFFICES.has(own) && NAMED_OFFICES.has(described));
}
const NAMED_OFFICES = new Set(titles.namedOffices);
/** Heads of state apart from heads of government. */
const BRANCH = new Map(Object.entries(titles.branches));

/** Edges by source, then target, then type: a fact finds its edge without building a key string. */
class EdgeDrafts {
  readonly all: EdgeDraft[] = [];
  private readonly bySource = new Map<string, Map<string, EdgeDraft[]>>();

  /** The edge, created for article `doc` if it is new. */
  get(source: string, type: string, target: string, doc: number): EdgeDraft {
    let byTarget = this.bySource.get(source);
    if (!byTarget) this.bySource.set(source, (byTarget = new Map()));
    let list = byTarget.get(target);
    if (!list) byTarget.set(target, (list = []));
    for (const e of list) if (e.type === type) return e;
    const e: EdgeDraft = { doc, docFrom: 0, source, type, target, evidence: [], confidences: [] };
    list.push(e);
    this.all.push(e);
    return e;
  }
}

function mapKey(key: string, doc: number, resolve: (k: string) => string | undefined, byDraft: Map<string, CorpusEvent>): string | undefined {
  if (key.startsWith('event:')) return byDraft.get(`${doc}:${key.slice('event:'.length)}`)?.key;
  return resolve(key);
}

function labelOf(key: string, nodes: Map<string, NodeDraft>): string {
  const n = nodes.get(key);
  if (n) return n.label;
  if (key.startsWith('event:')) return 'Event';
  if (key.startsWith('country:')) return 'Country';
  if (key.startsWith('org:')) return 'Organization';
  return 'Person';
}

/** The surface with the most words, then the longest, then the first in code order. */
function bestPersonName(n: NodeDraft | undefined): string | undefined {
  if (!n) return undefined;
  let best: string | undefined;
  let bestWords = 0;
  for (const s of n.surfaces.keys()) {
    const words = wordCount(s);
    if (best === undefined || words > bestWords || (words === bestWords && (s.length > best.length || (s.length === best.length && s < best)))) {
      best = s;
      bestWords = words;
    }
  }
  return best;
}

function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** A country's or an organization's name: the lexicon's, else its most force-like surface. */
function institutionName(n: NodeDraft, lex: ReturnType<typeof getLexicon>): string {
  if (n.label === 'Country') {
    const iso2 = n.key.slice('country:'.length);
    return lex.countries.get(iso2)?.name ?? iso2;
  }
  const info = lex.organizations.get(n.key.slice('org:'.length));
  return info ? info.name : capitalize([...n.surfaces.keys()].sort(byForce)[0] ?? n.key);
}

function byForce(a: string, b: string): number {
  return scoreForce(b) - scoreForce(a) || cmp(a, b);
}

function entityAttributes(n: NodeDraft, lex: ReturnType<typeof getLexicon>, facts: PersonFacts | undefined, personName: (key: string) => string): NodeAttributes {
  const surfaces = [...n.surfaces.keys()];
  let name: string;
  const attrs: NodeAttributes = { labels: [n.label] };
  if (n.label === 'Country') {
    name = institutionName(n, lex);
    attrs.iso2 = n.key.slice('country:'.length);
  } else if (n.label === 'Organization') {
    const info = lex.organizations.get(n.key.slice('org:'.length));
    if (info?.acronym) attrs.acronym = info.acronym;
    // The aliases keep, of surfaces alike but for case, the most force-like.
    if (!info) surfaces.sort(byForce);
    name = institutionName(n, lex);
  } else {
    name = personName(n.key);
    const title = facts?.title ?? n.title;
    if (title) attrs.title = title;
  }
  attrs.name = name;
  const seen = new Set([fold(name)]);
  attrs.aliases = surfaces.filter((s) => !seen.has(fold(s)) && seen.add(fold(s))).sort(cmp);
  attrs.mentions = n.mentions;
  return orderAttributes(attrs);
}

/** "à Paris", "à Évian": a known city, or a town the lexicon does not know (regions and countries are "en Floride"). */
function isTown(place: string, lex: Lexicon): boolean {
  const folded = fold(place);
  return lex.cities.has(folded) || !lex.index.has(folded.split(' ')[0]!);
}

function eventAttributes(e: CorpusEvent, nameOf: (key: string) => string, isCity: (place: string) => boolean): NodeAttributes {
  const attrs: NodeAttributes = { labels: ['Event'], name: eventName(e, nameOf, isCity), aliases: [] };
  if (e.date) attrs.date = e.date;
  if (e.place) attrs.place = e.place;
  attrs.kind = e.kind;
  return attrs;
}

/** labels, name, aliases first; the rest as built. */
function orderAttributes(a: NodeAttributes): NodeAttributes {
  const { labels, name, aliases, ...rest } = a;
  return { labels, name, aliases, ...rest } as NodeAttributes;
}

/** "force internationale pour Haïti" is a better name than "force internationale". */
function scoreForce(s: string): number {
  return (/\b(?:pour|en)\b/.test(s) ? 100 : 0) + s.length;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Several sentences supporting a fact make it surer: 1 − Π(1 − cᵢ). */
function combine(confidences: number[]): number {
  const p = 1 - confidences.reduce((acc, c) => acc * (1 - c), 1);
  return Math.round(Math.min(p, 0.99) * 100) / 100;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
