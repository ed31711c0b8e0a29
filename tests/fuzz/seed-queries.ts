/**
 * Valid queries to mutate: every query of the copied openCypher TCK (read through the harness's own
 * feature loader) plus the questions analysts ask of the news graph.
 */
import { fileURLToPath } from 'node:url';
import { loadScenarios } from '../tck/harness/load-features.ts';
import { parseStep } from '../tck/harness/parse-step.ts';

const NEWS_QUERIES = [
  "MATCH (p:Person)-[:ATTENDED]->(e:Event) WHERE e.date STARTS WITH '2025-12' RETURN p.name, e.name ORDER BY p.name",
  'MATCH (p:Person)-[:LEADS]->(c:Country) RETURN c.name AS country, collect(p.name) AS leaders',
  "MATCH (a)-[r:REFUSES_TROOPS|PLEDGES]->(b) RETURN type(r), a.name, b.name, r.evidence[0].text LIMIT 5",
  'MATCH (p:Person {name: $p})-[:ATTENDED]->(e)<-[:ATTENDED]-(q:Person) WHERE q <> p RETURN q.name, count(*) AS c ORDER BY c DESC LIMIT 3',
  'MATCH path = (c:Country)-[*1..3]-(o:Organization) RETURN length(path), [n IN nodes(path) | n.name] LIMIT 10',
  'UNWIND $q AS x WITH x WHERE x IS NOT NULL RETURN DISTINCT x',
  "OPTIONAL MATCH (n:Missing) RETURN coalesce(n.name, 'none') AS name",
  "CREATE (:Person {name: 'Nouvelle Personne', aliases: ['NP']})-[:ATTENDED {confidence: 0.9}]->(:Event {date: '2026-01-06'}) RETURN 1",
  "RETURN toUpper(substring('Sommet de Paris', 0, 6)) + toString(1.0) AS s, range(1, 10, 3) AS r, [1, 2, 3][-1] AS last",
  "MATCH (n) RETURN labels(n), keys(n), CASE WHEN n.mentions > 2 THEN 'often' ELSE 'rarely' END UNION ALL MATCH (n:Event) RETURN [], [], n.date",
];

export function seedQueries(): string[] {
  const scenarios = loadScenarios([fileURLToPath(new URL('../tck/features', import.meta.url))]);
  const queries = new Set<string>(NEWS_QUERIES);
  for (const scenario of scenarios) {
    for (const step of scenario.steps) {
      const action = parseStep(step);
      if (action.kind === 'query' || action.kind === 'setup') queries.add(action.query);
    }
  }
  return [...queries].sort();
}
