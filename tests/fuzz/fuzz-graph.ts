/**
 * The small news graph the fuzzed queries run on: every label and relationship type of the ontology,
 * property values of each kind (strings with accents and quotes, integers, floats, lists, evidence
 * maps), a self-loop and parallel relationships. Built with graphology directly, so the fuzz does not
 * depend on the engine's CREATE.
 */
import { createGraph } from '../../src/graph/create-graph.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';

export function buildFuzzGraph(): KnowledgeGraph {
  const graph = createGraph();
  const people = ['Emmanuel Macron', 'Giorgia Meloni', 'Keir Starmer', "Dick O'Schoof", 'Ursula von der Leyen'];
  people.forEach((name, i) => graph.addNode(`p${i}`, { labels: ['Person'], name, aliases: [name.split(' ').at(-1)!], title: i % 2 ? 'Première ministre' : 'président', mentions: i + 1 }));
  ['France', 'Italie', 'Royaume-Uni', 'Pays-Bas'].forEach((name, i) => graph.addNode(`c${i}`, { labels: ['Country'], name, iso2: ['FR', 'IT', 'GB', 'NL'][i]!, mentions: 10 - i }));
  graph.addNode('o0', { labels: ['Organization'], name: 'Union européenne', acronym: 'UE', aliases: ['UE', "l'Union"] });
  graph.addNode('o1', { labels: ['Organization'], name: 'Coalition des volontaires' });
  ['2026-01-06', '2025-12', '2025-12-15'].forEach((date, i) => graph.addNode(`e${i}`, { labels: ['Event'], name: `Sommet ${i}`, date, place: 'Paris', kind: 'summit' }));
  graph.addNode('x', { labels: [] });
  const evidence = [{ doc: 'a.txt', start: 0, end: 12, text: 'Macron a dit' }];
  let k = 0;
  const rel = (from: string, to: string, type: string, props: Record<string, unknown> = {}) =>
    graph.addDirectedEdgeWithKey(`r${k++}`, from, to, { type, confidence: 0.5 + (k % 5) / 10, evidence, ...(props as object) });
  for (const p of ['p0', 'p1', 'p2', 'p3']) for (const e of ['e0', 'e1']) rel(p, e, 'ATTENDED');
  rel('p4', 'e2', 'ATTENDED');
  rel('p0', 'c0', 'LEADS');
  rel('p1', 'c1', 'LEADS');
  rel('c0', 'o1', 'LEADS');
  rel('c1', 'c3', 'REFUSES_TROOPS');
  rel('o0', 'c3', 'PLEDGES', { what: 'aid', amount: "90 milliards d'euros" });
  rel('c0', 'c3', 'PLEDGES', { what: 'troops', condition: 'après un cessez-le-feu' });
  rel('c0', 'c3', 'PLEDGES', { what: 'guarantees' });
  rel('c2', 'c2', 'MEMBER_OF');
  rel('c0', 'o0', 'MEMBER_OF');
  return graph;
}
