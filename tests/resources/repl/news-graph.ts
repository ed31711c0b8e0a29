/**
 * A small news graph for the REPL and `kg query` tests, made by hand with createGraph so the tests do not
 * depend on the extractor. Its evidence is real: sentences of corpus/, with the offsets found in the files,
 * so `:why` can check them against the source.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGraph } from '../../../src/graph/create-graph.ts';
import { saveGraph } from '../../../src/graph/save-graph.ts';
import type { DocumentInfo, EdgeAttributes, Evidence, KnowledgeGraph } from '../../../src/graph/types.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const DOCS = {
  d000: '000_e062ad4954cb4371.txt',
  d001: '001_3f00edabe4e761cd.txt',
  d002: '002_f6bf2a40add93cfc.txt',
  d003: '003_afd40c108c4fb480.txt',
  d004: '004_2651688bca1a1974.txt',
} as const;

/** Sentences the tests look for in `:why` output. */
export const SENTENCES = {
  meloni: "Parallèlement, la première ministre italienne, Giorgia Meloni, a souligné que l'Italie ne prévoit pas d'envoyer de troupes au sol dans ce dispositif de sécurité.",
  macronLeads: 'Le président français Emmanuel Macron, hôte de la rencontre, a affirmé la volonté collective de « construire une architecture de sécurité solide pour l’Ukraine ».',
  signed: "Le président français Emmanuel Macron, le Premier ministre britannique Keir Starmer et le président ukrainien Volodymyr Zelensky ont signé le 6 janvier 2026 une déclaration d'intention s'engageant à déployer des troupes multinationales en Ukraine si un cessez-le-feu avec la Russie est atteint.",
  leaders: 'Les dirigeants, dont le président ukrainien Volodymyr Zelensky et le Premier ministre britannique Keir Starmer, ont signé une déclaration potentiellement historique.',
  euAid: "L'Union européenne a récemment approuvé 90 milliards d'euros d'aide sur deux ans.",
  pressConference: 'Une conférence de presse est prévue en fin de journée, réunissant les présidents Macron et Zelensky, le Premier ministre britannique Keir Starmer et le chancelier allemand Friedrich Merz.',
};

function evidence(doc: string, sentence: string): Evidence {
  const text = readFileSync(`${REPO_ROOT}corpus/${doc}`, 'utf8');
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`tests/resources/repl: sentence not found in corpus/${doc}: ${sentence.slice(0, 40)}…`);
  return { doc, start, end: start + sentence.length, text: sentence };
}

export function buildNewsGraph(): KnowledgeGraph {
  const graph = createGraph();
  const documents: Record<string, DocumentInfo> = {};
  for (const doc of Object.values(DOCS)) {
    documents[doc] = { path: `corpus/${doc}`, date: '2026-01-06', length: readFileSync(`${REPO_ROOT}corpus/${doc}`, 'utf8').length };
  }
  graph.setAttribute('documents', documents);

  graph.addNode('p:macron', { labels: ['Person'], name: 'Emmanuel Macron', aliases: ['Macron', 'le président Macron'], title: 'président français', mentions: 6 });
  graph.addNode('p:zelensky', { labels: ['Person'], name: 'Volodymyr Zelensky', aliases: ['Zelensky'], title: 'président ukrainien', mentions: 5 });
  graph.addNode('p:starmer', { labels: ['Person'], name: 'Keir Starmer', aliases: [], title: 'Premier ministre britannique', mentions: 4 });
  graph.addNode('p:meloni', { labels: ['Person'], name: 'Giorgia Meloni', aliases: [], title: 'première ministre italienne', mentions: 1 });
  graph.addNode('c:fr', { labels: ['Country'], name: 'France', aliases: ['français', '🇫🇷'], iso2: 'FR', mentions: 7 });
  graph.addNode('c:it', { labels: ['Country'], name: 'Italie', aliases: ['italienne'], iso2: 'IT', mentions: 2 });
  graph.addNode('c:ua', { labels: ['Country'], name: 'Ukraine', aliases: ['ukrainien'], iso2: 'UA', mentions: 12 });
  graph.addNode('c:gb', { labels: ['Country'], name: 'Royaume-Uni', aliases: ['britannique'], iso2: 'GB', mentions: 4 });
  graph.addNode('o:eu', { labels: ['Organization'], name: 'Union européenne', aliases: ['UE'], acronym: 'UE', mentions: 2 });
  graph.addNode('e:paris', { labels: ['Event'], name: 'Sommet de la coalition des volontaires', date: '2026-01-06', place: 'Paris', kind: 'summit' });

  const relate = (source: string, target: string, attributes: EdgeAttributes) => graph.addEdge(source, target, attributes);
  relate('p:macron', 'c:fr', { type: 'LEADS', confidence: 0.95, evidence: [evidence(DOCS.d002, SENTENCES.macronLeads)] });
  relate('p:macron', 'e:paris', { type: 'ATTENDED', confidence: 0.9, evidence: [evidence(DOCS.d003, SENTENCES.signed)] });
  relate('p:starmer', 'e:paris', {
    type: 'ATTENDED',
    confidence: 0.9,
    evidence: [evidence(DOCS.d003, SENTENCES.signed), evidence(DOCS.d004, SENTENCES.pressConference)],
  });
  relate('p:zelensky', 'e:paris', { type: 'ATTENDED', confidence: 0.9, evidence: [evidence(DOCS.d000, SENTENCES.leaders)] });
  relate('p:starmer', 'c:gb', { type: 'LEADS', confidence: 0.9, evidence: [evidence(DOCS.d004, SENTENCES.pressConference)] });
  relate('p:meloni', 'c:it', { type: 'LEADS', confidence: 0.9, evidence: [evidence(DOCS.d000, SENTENCES.meloni)] });
  relate('c:it', 'c:ua', { type: 'REFUSES_TROOPS', confidence: 0.85, evidence: [evidence(DOCS.d000, SENTENCES.meloni)] });
  relate('o:eu', 'c:ua', {
    type: 'PLEDGES',
    confidence: 0.9,
    what: 'aid',
    amount: "90 milliards d'euros",
    evidence: [evidence(DOCS.d001, SENTENCES.euAid)],
  });
  return graph;
}

export function writeNewsGraph(path: string): void {
  saveGraph(buildNewsGraph(), path);
}
