/**
 * The benchmark's five queries, the same for the three contenders: our engine (Cypher text), Kuzu
 * (the same Cypher; Kuzu spells `type(r)` as `label(r)`) and the hand-written graphology code.
 * Every query names its columns so that answers can be compared row by row.
 */
import { coAttendance, countByType, countEventsByDatePrefix, eventsOfPerson, lookupPerson, type GraphologyBaseline } from './graphology-baseline.ts';

export interface BenchQuery {
  id: string;
  title: string;
  cypher: string;
  /** Kuzu's spelling where it differs from `cypher`. */
  kuzu?: string;
  columns: string[];
  /** Answers are compared in this order; otherwise as sets of rows. */
  ordered: boolean;
  /** Whether the query takes a person's name (`$name`); others run without parameters. */
  byPerson: boolean;
  baseline(b: GraphologyBaseline, params: Record<string, unknown>): unknown[][];
}

const DATE_PREFIX = '2025-12';
const TOP = 10;

export const BENCH_QUERIES: BenchQuery[] = [
  {
    id: 'lookup',
    title: 'point lookup by name',
    cypher: 'MATCH (p:Person {name: $name}) RETURN p.name AS name, p.title AS title',
    columns: ['name', 'title'],
    ordered: false,
    byPerson: true,
    baseline: (b, p) => lookupPerson(b, p.name as string),
  },
  {
    id: '1-hop',
    title: "1-hop: a person's events",
    cypher: 'MATCH (p:Person {name: $name})-[:ATTENDED]->(e:Event) RETURN e.name AS event, e.date AS date',
    columns: ['event', 'date'],
    ordered: false,
    byPerson: true,
    baseline: (b, p) => eventsOfPerson(b, p.name as string),
  },
  {
    id: '2-hop',
    title: '2-hop co-attendance, count, ORDER BY, LIMIT',
    cypher: `MATCH (p:Person {name: $name})-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(q:Person) WHERE q <> p RETURN q.name AS name, count(*) AS c ORDER BY c DESC, name LIMIT ${TOP}`,
    columns: ['name', 'c'],
    ordered: true,
    byPerson: true,
    baseline: (b, p) => coAttendance(b, p.name as string, TOP),
  },
  {
    id: 'by-type',
    title: 'count by relationship type',
    cypher: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS c',
    kuzu: 'MATCH ()-[r]->() RETURN label(r) AS type, count(*) AS c',
    columns: ['type', 'c'],
    ordered: false,
    byPerson: false,
    baseline: (b) => countByType(b),
  },
  {
    id: 'date-prefix',
    title: `date-prefix scan (STARTS WITH '${DATE_PREFIX}')`,
    cypher: `MATCH (e:Event) WHERE e.date STARTS WITH '${DATE_PREFIX}' RETURN count(e) AS c`,
    columns: ['c'],
    ordered: false,
    byPerson: false,
    baseline: (b) => countEventsByDatePrefix(b, DATE_PREFIX),
  },
];

/** A comparable form of an answer: numbers as numbers (Kuzu gives bigints for counts), rows sorted unless ordered. */
export function normalizeAnswer(rows: unknown[][], ordered: boolean): string[] {
  const text = rows.map((row) => JSON.stringify(row.map((v) => (typeof v === 'bigint' ? Number(v) : v ?? null))));
  return ordered ? text : text.sort();
}
