/**
 * A small scorer of a graph against a kg-gold/1 annotation, the same matching as the project's
 * scorer (shared/tools/score-graph.mjs, which CI does not have): entities by label and any alias
 * (case, accents, hyphens, apostrophes ignored), events by their gold match conditions, facts by
 * subject, type and one of the accepted objects; optional facts count neither way.
 */
import type { KnowledgeGraph } from '../../src/graph/types.ts';

export interface GoldEntity {
  id: string;
  label: string;
  name: string;
  aliases?: string[];
  status: 'required' | 'optional' | 'forbidden' | 'ignored';
  match?: string[];
}

export interface GoldFact {
  s: string;
  rel: string;
  o: string[];
  status: 'required' | 'optional' | 'forbidden';
}

export interface Gold {
  entities: GoldEntity[];
  facts: GoldFact[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  forbidden: number;
  f1: number;
}

export const SCORED_RELATIONSHIPS = ['ATTENDED', 'LEADS', 'REFUSES_TROOPS', 'PLEDGES'] as const;

const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`\-_.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function eventMatches(cond: string, attrs: Record<string, unknown>): boolean {
  if (cond.includes('|')) return cond.split('|').some((alt) => eventMatches(alt.trim(), attrs));
  const negated = cond.startsWith('!');
  const c = negated ? cond.slice(1) : cond;
  const m = /^(\w+)(\^=|~|=)(.*)$/.exec(c);
  if (!m) throw new Error(`bad match condition: ${cond}`);
  const value = norm(attrs[m[1]!]);
  const wanted = norm(m[3]);
  const ok = m[2] === '^=' ? value.startsWith(wanted) : m[2] === '~' ? value.includes(wanted) : value === wanted;
  return negated ? !ok : ok;
}

/** The gold entity id of every node, when it has one. */
function goldOfNodes(graph: KnowledgeGraph, gold: Gold): Map<string, string> {
  const byAlias = new Map<string, string>();
  for (const e of gold.entities) if (e.label !== 'Event') for (const a of [e.name, ...(e.aliases ?? [])]) if (!byAlias.has(`${e.label}|${norm(a)}`)) byAlias.set(`${e.label}|${norm(a)}`, e.id);
  const events = gold.entities.filter((e) => e.label === 'Event');
  const found = new Map<string, string>();
  graph.forEachNode((key, attrs) => {
    const a = attrs as unknown as Record<string, unknown> & { labels: string[]; aliases?: string[] };
    const label = a.labels[0]!;
    const id =
      label === 'Event'
        ? events.find((e) => (e.match ?? []).every((c) => eventMatches(c, a)))?.id
        : [a.name, ...(a.aliases ?? [])].map((n) => byAlias.get(`${label}|${norm(n)}`)).find((x) => x !== undefined);
    if (id) found.set(key, id);
  });
  return found;
}

export function scoreFacts(graph: KnowledgeGraph, gold: Gold): Record<(typeof SCORED_RELATIONSHIPS)[number], Score> & { all: Score } {
  const goldOf = goldOfNodes(graph, gold);
  const counts = Object.fromEntries(SCORED_RELATIONSHIPS.map((r) => [r, { tp: 0, fp: 0, fn: 0, forbidden: 0 }])) as Record<string, Omit<Score, 'f1'>>;
  const found = new Set<GoldFact>();
  graph.forEachEdge((_, attrs, source, target) => {
    const type = (attrs as { type: string }).type;
    const c = counts[type];
    if (!c) return;
    const s = goldOf.get(source);
    const o = goldOf.get(target);
    const fact = gold.facts.find((f) => f.rel === type && f.s === s && o !== undefined && f.o.includes(o));
    if (!fact || fact.status === 'forbidden') {
      c.fp++;
      if (fact) c.forbidden++;
      return;
    }
    if (fact.status === 'required' && !found.has(fact)) c.tp++;
    found.add(fact);
  });
  for (const f of gold.facts) if (f.status === 'required' && !found.has(f)) counts[f.rel]!.fn++;
  const withF1 = (x: Omit<Score, 'f1'>): Score => {
    const p = x.tp + x.fp ? x.tp / (x.tp + x.fp) : 1;
    const r = x.tp + x.fn ? x.tp / (x.tp + x.fn) : 1;
    return { ...x, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const total = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, forbidden: a.forbidden + c.forbidden }), { tp: 0, fp: 0, fn: 0, forbidden: 0 });
  return { ...(Object.fromEntries(SCORED_RELATIONSHIPS.map((r) => [r, withF1(counts[r]!)])) as Record<(typeof SCORED_RELATIONSHIPS)[number], Score>), all: withF1(total) };
}
