/**
 * Small graphs for the viewer and server tests, built with createGraph from the articles in
 * tests/resources/viewer/articles, so the tests do not depend on the extractor's current output.
 * Evidence offsets are computed from the files: `text` is exactly the file's characters at [start, end).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGraph } from '../../src/graph/create-graph.ts';
import type { Evidence, KnowledgeGraph, NodeAttributes, PropertyValue } from '../../src/graph/types.ts';

export const ARTICLES_DIR = fileURLToPath(new URL('../resources/viewer/articles/', import.meta.url));

/** The line of `doc` that contains `fragment`, as evidence. */
export function evidenceFor(doc: string, fragment: string): Evidence {
  const text = readFileSync(ARTICLES_DIR + doc, 'utf8');
  const at = text.indexOf(fragment);
  if (at === -1) throw new Error(`fixture: "${fragment}" is not in ${doc}`);
  const start = text.lastIndexOf('\n', at) + 1;
  const newline = text.indexOf('\n', at);
  const end = newline === -1 ? text.length : newline;
  return { doc, start, end, text: text.slice(start, end) };
}

function documentInfo(doc: string, date: string, title: string) {
  return { path: `tests/resources/viewer/articles/${doc}`, date, title, length: readFileSync(ARTICLES_DIR + doc, 'utf8').length };
}

type Props = Record<string, PropertyValue>;

function node(graph: KnowledgeGraph, key: string, label: string, name: string, props: Props = {}): void {
  graph.addNode(key, { labels: [label], name, ...props } as NodeAttributes);
}

function rel(graph: KnowledgeGraph, source: string, type: string, target: string, evidence: Evidence[], props: Props = {}): void {
  graph.addEdgeWithKey(`${source}-${type}-${target}`, source, target, { type, evidence, confidence: 0.9, ...props });
}

/** The Paris summit of 6 January 2026 and a call two days later: 11 nodes, 17 relationships. */
export function buildSummitGraph(): KnowledgeGraph {
  const g = createGraph();
  g.setAttribute('documents', {
    'sommet-paris.txt': documentInfo('sommet-paris.txt', '2026-01-06', 'Sommet de Paris : les garanties de sécurité'),
    'appel-londres.txt': documentInfo('appel-londres.txt', '2026-01-08', 'Appel entre Londres et Kiev'),
  });
  node(g, 'person:emmanuel-macron', 'Person', 'Emmanuel Macron', { aliases: ['Macron'], title: 'président français', mentions: 2 });
  node(g, 'person:volodymyr-zelensky', 'Person', 'Volodymyr Zelensky', { title: 'président ukrainien', mentions: 2 });
  node(g, 'person:keir-starmer', 'Person', 'Keir Starmer', { title: 'Premier ministre britannique', mentions: 3 });
  node(g, 'person:giorgia-meloni', 'Person', 'Giorgia Meloni', { aliases: ['Meloni'], title: 'première ministre italienne', mentions: 1 });
  node(g, 'country:FR', 'Country', 'France', { aliases: ['français'], iso2: 'FR', mentions: 2 });
  node(g, 'country:UA', 'Country', 'Ukraine', { aliases: ['ukrainien'], iso2: 'UA', mentions: 4 });
  node(g, 'country:GB', 'Country', 'Royaume-Uni', { aliases: ['britannique', 'Londres'], iso2: 'GB', mentions: 3 });
  node(g, 'country:IT', 'Country', 'Italie', { aliases: ['italienne'], iso2: 'IT', mentions: 2 });
  node(g, 'org:ue', 'Organization', 'Union européenne', { acronym: 'UE', mentions: 1 });
  node(g, 'org:coalition', 'Organization', 'Coalition des volontaires', { aliases: ['coalition'], mentions: 2 });
  node(g, 'event:2026-01-06-paris-summit', 'Event', 'Sommet de Paris', { date: '2026-01-06', place: 'Paris', kind: 'summit' });

  const present = evidenceFor('sommet-paris.txt', 'étaient présents au sommet');
  const chaired = evidenceFor('sommet-paris.txt', 'a présidé le sommet');
  const meloni = evidenceFor('sommet-paris.txt', "ne prévoit pas d'envoyer");
  const call = evidenceFor('appel-londres.txt', "s'est entretenu");
  const troops = evidenceFor('appel-londres.txt', 'plusieurs milliers de soldats');
  const leadCoalition = evidenceFor('appel-londres.txt', 'dirigent la coalition');
  const summit = 'event:2026-01-06-paris-summit';

  rel(g, 'person:emmanuel-macron', 'ATTENDED', summit, [chaired]);
  rel(g, 'person:volodymyr-zelensky', 'ATTENDED', summit, [present]);
  rel(g, 'person:keir-starmer', 'ATTENDED', summit, [present]);
  rel(g, 'person:emmanuel-macron', 'LEADS', 'country:FR', [chaired], { confidence: 0.95 });
  rel(g, 'person:volodymyr-zelensky', 'LEADS', 'country:UA', [present, call]);
  rel(g, 'person:keir-starmer', 'LEADS', 'country:GB', [present, troops]);
  rel(g, 'person:giorgia-meloni', 'LEADS', 'country:IT', [meloni]);
  rel(g, 'country:FR', 'LEADS', 'org:coalition', [leadCoalition]);
  rel(g, 'country:GB', 'LEADS', 'org:coalition', [leadCoalition]);
  rel(g, 'country:IT', 'REFUSES_TROOPS', 'country:UA', [meloni], { confidence: 0.85 });
  rel(g, 'person:giorgia-meloni', 'REFUSES_TROOPS', 'country:UA', [meloni], { confidence: 0.8 });
  rel(g, 'org:ue', 'PLEDGES', 'country:UA', [evidenceFor('sommet-paris.txt', '90 milliards')], {
    what: 'aid',
    amount: "90 milliards d'euros",
  });
  rel(g, 'country:GB', 'PLEDGES', 'country:UA', [troops], {
    what: 'troops',
    amount: 'plusieurs milliers de soldats',
    condition: 'après un cessez-le-feu',
  });
  // Two relationships between the same pair: the viewer draws them as two curves.
  rel(g, 'person:keir-starmer', 'REPRESENTS', 'country:GB', [call], { confidence: 0.7 });
  rel(g, 'person:emmanuel-macron', 'REPRESENTS', 'country:FR', [chaired], { confidence: 0.7 });
  rel(g, 'country:FR', 'MEMBER_OF', 'org:ue', [chaired], { confidence: 0.6 });
  rel(g, 'country:IT', 'MEMBER_OF', 'org:ue', [meloni], { confidence: 0.6 });
  return g;
}

/** Markup that would run if the page ever interpreted article text as HTML: each sets window.__xss. */
export const MARKUP_NAME = '<img src=x onerror="window.__xss=1">';
export const MARKUP_ALIAS = '<script>window.__xss=2</script>';
export const MARKUP_TITLE = '<svg onload="window.__xss=3"></svg>';

/** A graph whose names, aliases, properties, document title and evidence carry markup. */
export function buildMarkupGraph(): KnowledgeGraph {
  const g = createGraph();
  g.setAttribute('documents', {
    'piege.txt': { ...documentInfo('piege.txt', '2026-01-09', `<b onmouseover="window.__xss=4">piège</b>`) },
  });
  node(g, 'person:markup', 'Person', MARKUP_NAME, { aliases: [MARKUP_ALIAS], title: MARKUP_TITLE });
  node(g, 'person:emmanuel-macron', 'Person', 'Emmanuel Macron', { aliases: ['Macron'] });
  node(g, 'event:markup', 'Event', `Réunion <iframe src="javascript:window.__xss=5">`, { date: '2026-01-09', place: '<u>Paris</u>' });
  const sentence = evidenceFor('piege.txt', 'onerror');
  rel(g, 'person:markup', 'ATTENDED', 'event:markup', [sentence], { note: '<img src=y onerror="window.__xss=6">' });
  rel(g, 'person:emmanuel-macron', 'ATTENDED', 'event:markup', [sentence]);
  return g;
}
