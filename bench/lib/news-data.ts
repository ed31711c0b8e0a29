/**
 * The synthetic news graph of the benchmark, as plain columns so that the same data can be loaded into
 * a graphology KnowledgeGraph and into Kuzu. It has the ontology's shape (/work/shared/ONTOLOGY.md):
 * Persons, ~200 real Countries, Organizations, Events with ISO dates (some only to the month) and
 * places, and ATTENDED (dominant), LEADS, MEMBER_OF, PLEDGES, REFUSES_TROOPS relationships whose
 * degrees are skewed as in the news (a few people and summits take a large share). Seeded: the same
 * seed and scale give the same data.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { permutation, pick, randomInt, seededRandom, skewedPicker, type Random } from './random.ts';
import {
  EVENT_KINDS,
  FIRST_NAMES,
  ORGANIZATION_DOMAINS,
  ORGANIZATION_KINDS,
  PERSON_TITLES,
  PLEDGE_AMOUNTS,
  PLEDGE_WHAT,
  SURNAME_SYLLABLES,
} from './news-vocabulary.ts';

export type Label = 'Person' | 'Country' | 'Organization' | 'Event';

export interface NodeTable {
  label: Label;
  /** Property names; the first is `name`, unique within the label. */
  columns: string[];
  rows: string[][];
}

export interface RelColumn {
  name: string;
  kind: 'DOUBLE' | 'STRING';
  values: ArrayLike<number> | readonly string[];
}

/** Relationships of one type between two labels, by row index in the node tables. */
export interface RelGroup {
  type: string;
  from: Label;
  to: Label;
  source: Int32Array;
  target: Int32Array;
  columns: RelColumn[];
}

export interface NewsData {
  nodes: Record<Label, NodeTable>;
  relationships: RelGroup[];
}

export interface NewsDataOptions {
  seed?: number;
  /** 1 gives ≥ 1,000,000 relationships; smaller for quick runs. Countries stay ~200 at any scale. */
  scale?: number;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2022, 0, 1);
const DAYS = Math.round((Date.UTC(2026, 5, 30) - FIRST_DAY) / DAY_MS);

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function uniqueNames(count: number, make: () => string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  while (names.length < count) {
    const name = make();
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  return names;
}

// The package's typings describe an ES default export its CommonJS entry does not have; read the data itself.
const worldCountries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];

function countries(): NodeTable {
  const rows = worldCountries
    .filter((c) => c.unMember || c.independent)
    .map((c) => [c.translations.fra?.common ?? c.name.common, c.cca2, c.capital[0] ?? c.name.common])
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  return { label: 'Country', columns: ['name', 'iso2', 'capital'], rows };
}

/** Relationships between skewed endpoints, without repeating a pair (facts are merged in the real graph). */
function relGroup(
  random: Random,
  type: string,
  from: Label,
  to: Label,
  count: number,
  pickSource: () => number,
  pickTarget: () => number,
  extra: (i: number) => Record<string, string> = () => ({}),
): RelGroup {
  const source = new Int32Array(count);
  const target = new Int32Array(count);
  const confidence = new Float64Array(count);
  const seen = new Set<number>();
  const extras: Record<string, string[]> = {};
  for (let i = 0; i < count; ) {
    const s = pickSource();
    const t = pickTarget();
    const pair = s * 4_194_304 + t;
    if (seen.has(pair) || (from === to && s === t)) continue;
    seen.add(pair);
    source[i] = s;
    target[i] = t;
    confidence[i] = Math.round((0.5 + random() * 0.5) * 100) / 100;
    for (const [k, v] of Object.entries(extra(i))) (extras[k] ??= []).push(v);
    i++;
  }
  const columns: RelColumn[] = [{ name: 'confidence', kind: 'DOUBLE', values: confidence }];
  for (const [name, values] of Object.entries(extras)) columns.push({ name, kind: 'STRING', values });
  return { type, from, to, source, target, columns };
}

export function generateNewsData(options: NewsDataOptions = {}): NewsData {
  const random = seededRandom(options.seed ?? 20260106);
  const scale = options.scale ?? 1;
  const n = (count: number) => Math.max(10, Math.round(count * scale));

  const country = countries();
  const capitals = country.rows.map((r) => r[2]!);
  const personCount = n(100_000);
  const organizationCount = n(5_000);
  const eventCount = n(200_000);

  const surname = () => capitalize(Array.from({ length: 2 + randomInt(random, 2) }, () => pick(random, SURNAME_SYLLABLES)).join(''));
  const person: NodeTable = {
    label: 'Person',
    columns: ['name', 'title'],
    rows: uniqueNames(personCount, () => `${pick(random, FIRST_NAMES)} ${surname()}`).map((name) => [name, pick(random, PERSON_TITLES)]),
  };
  const organization: NodeTable = {
    label: 'Organization',
    columns: ['name', 'acronym'],
    rows: uniqueNames(organizationCount, () => `${pick(random, ORGANIZATION_KINDS)} ${pick(random, ORGANIZATION_DOMAINS)} ${surname()}`).map((name) => [
      name,
      name
        .split(/[\s']+/)
        .filter((w) => w.length > 3)
        .map((w) => w[0]!.toUpperCase())
        .join(''),
    ]),
  };
  const event: NodeTable = {
    label: 'Event',
    columns: ['name', 'date', 'place', 'kind'],
    rows: Array.from({ length: eventCount }, (_, i) => {
      const [kind, title] = pick(random, EVENT_KINDS);
      const place = pick(random, capitals);
      const day = new Date(FIRST_DAY + randomInt(random, DAYS) * DAY_MS).toISOString().slice(0, 10);
      // Some articles only give the month ("mi-décembre"): ONTOLOGY.md keeps the date as precise as the text.
      const date = random() < 0.05 ? day.slice(0, 7) : day;
      return [`${title} à ${place} n°${i + 1}`, date, place, kind];
    }),
  };

  const persons = skewedPicker(random, permutation(random, personCount), 2);
  const events = skewedPicker(random, permutation(random, eventCount), 2);
  const countriesPick = skewedPicker(random, permutation(random, country.rows.length), 1.5);
  const organizations = skewedPicker(random, permutation(random, organizationCount), 2);
  const uniform = (count: number) => () => randomInt(random, count);
  const countryCount = country.rows.length;

  const relationships: RelGroup[] = [
    relGroup(random, 'ATTENDED', 'Person', 'Event', n(930_000), persons, events),
    relGroup(random, 'ATTENDED', 'Country', 'Event', n(40_000), countriesPick, events),
    relGroup(random, 'ATTENDED', 'Organization', 'Event', n(20_000), organizations, events),
    relGroup(random, 'LEADS', 'Person', 'Country', countryCount, uniform(personCount), (() => {
      let next = 0;
      return () => next++ % countryCount;
    })()),
    relGroup(random, 'LEADS', 'Person', 'Organization', organizationCount, uniform(personCount), (() => {
      let next = 0;
      return () => next++ % organizationCount;
    })()),
    relGroup(random, 'LEADS', 'Country', 'Organization', Math.min(100, organizationCount), countriesPick, organizations),
    relGroup(random, 'MEMBER_OF', 'Country', 'Organization', n(6_000), uniform(countryCount), organizations),
    relGroup(random, 'MEMBER_OF', 'Person', 'Organization', n(30_000), persons, organizations),
    relGroup(random, 'PLEDGES', 'Country', 'Country', n(8_000), countriesPick, countriesPick, () => ({
      what: pick(random, PLEDGE_WHAT),
      amount: pick(random, PLEDGE_AMOUNTS),
    })),
    relGroup(random, 'PLEDGES', 'Organization', 'Country', n(30_000), organizations, countriesPick, () => ({
      what: pick(random, PLEDGE_WHAT),
      amount: pick(random, PLEDGE_AMOUNTS),
    })),
    relGroup(random, 'PLEDGES', 'Person', 'Organization', n(10_000), persons, organizations, () => ({
      what: pick(random, PLEDGE_WHAT),
      amount: pick(random, PLEDGE_AMOUNTS),
    })),
    relGroup(random, 'REFUSES_TROOPS', 'Country', 'Country', Math.min(n(3_000), countryCount * 10), countriesPick, countriesPick),
    relGroup(random, 'REFUSES_TROOPS', 'Person', 'Country', n(5_000), persons, countriesPick),
  ];
  return { nodes: { Person: person, Country: country, Organization: organization, Event: event }, relationships };
}

export function relationshipCount(data: NewsData): number {
  return data.relationships.reduce((sum, g) => sum + g.source.length, 0);
}

export function nodeCount(data: NewsData): number {
  return Object.values(data.nodes).reduce((sum, t) => sum + t.rows.length, 0);
}
