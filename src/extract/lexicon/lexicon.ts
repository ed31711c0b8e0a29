/**
 * The lexicons, compiled once into one phrase index: countries, capitals and demonyms (from
 * world-countries plus the French exonyms of data/), organizations, titles and event nouns.
 */
import worldCountries, { type Country } from 'world-countries';
import capitalsFr from '../data/capitals-fr.json' with { type: 'json' };
import countryAliases from '../data/country-aliases-fr.json' with { type: 'json' };
import organizations from '../data/organizations.json' with { type: 'json' };
import titles from '../data/titles.json' with { type: 'json' };
import events from '../data/events.json' with { type: 'json' };
import places from '../data/places-fr.json' with { type: 'json' };
import nameStopwords from '../data/name-stopwords.json' with { type: 'json' };
import words from '../data/words.json' with { type: 'json' };
import calendar from '../data/calendar.json' with { type: 'json' };
import { fold } from '../text/fold.ts';
import { PhraseIndex } from './phrase-index.ts';
import { defineClass } from '../text/word-classes.ts';

export interface TitleInfo {
  /** The form as written in the data (its first form names the title). */
  name: string;
  leads: boolean;
  scope?: 'country' | 'organization';
  role?: string;
  counterpart?: boolean;
  weak?: boolean;
  plural: boolean;
  /** The state the title itself names ("président de la République" → FR). */
  country?: string;
  /** The organization the title itself names ("présidente de la Commission"). */
  org?: string;
  /** The state the title stands for in French news when the article gives its holder none ("chancelier" → DE). */
  usualCountry?: string;
  /** The only states whose holder of it leads them ("chancelier": Germany's and Austria's; Colombia's is its foreign minister). */
  leadsIn?: readonly string[];
}

/** The title makes its holder head of `target` ("country:CO" for a Latin American "chancelière": no). */
export function leadsTarget(title: TitleInfo, target: string): boolean {
  return title.leads && !(title.leadsIn && target.startsWith('country:') && !title.leadsIn.includes(target.slice('country:'.length)));
}

/** `T` with each of its fields required, undefined allowed: a literal of it cannot leave one out. */
export type EveryField<T> = { [K in keyof Required<T>]: T[K] };

/** `t` as a title of one ("son homologue" takes the title of the one it is the counterpart of: the German chancellor's French counterpart leads France, `leadsIn` dropped), built field by field: a spread copy would share `t`'s map, and overwriting `plural` generalise it. */
export function singularTitle(t: TitleInfo): TitleInfo {
  const copy: EveryField<TitleInfo> = { name: t.name, leads: t.leads, plural: false, scope: t.scope, role: t.role, counterpart: t.counterpart, weak: t.weak, country: t.country, org: t.org, usualCountry: t.usualCountry, leadsIn: undefined };
  return copy;
}

export interface CountryInfo {
  iso2: string;
  name: string;
  aliases: string[];
}

export interface OrganizationInfo {
  id: string;
  name: string;
  acronym?: string;
  aliases: string[];
  anaphors?: string[];
  country?: string | null;
  seat?: string;
  /** A standing international force or peacekeeping mission ("la Finul"). */
  force?: boolean;
  /** The seat of a head of state or government: who heads it leads the country ("le chef de la Maison-Blanche"). */
  executive?: boolean;
  /** The union whose executive body it is: "la Commission" in an article naming the African Union is that union's. */
  bodyOf?: string;
}

export type LexEntry =
  | { kind: 'country'; iso2: string; form: 'name' | 'capital' | 'acronym' }
  | { kind: 'demonym'; iso2: string }
  // `named`: how the article calls a body it only describes ("la force européenne … (Eufor Althea)").
  | { kind: 'org'; id: string; acronym: boolean; standing?: boolean; named?: string }
  | { kind: 'title'; title: TitleInfo }
  | { kind: 'event'; eventKind: string }
  | { kind: 'former' }
  | { kind: 'place'; city: string; iso2?: string }
  | { kind: 'head-group' };

export interface Lexicon {
  index: PhraseIndex<LexEntry>;
  countries: Map<string, CountryInfo>;
  organizations: Map<string, OrganizationInfo>;
  /** Folded anaphor noun → organization ids ("commission" → commission-europeenne). */
  orgAnaphors: Map<string, string[]>;
  placeAdjectives: Map<string, string>;
  /** Folded names of known cities (capitals, seats of power): "à Paris", not "en Floride". */
  cities: Set<string>;
  /** "caire" → "Le Caire": a capital met without its article ("au Caire"). */
  cityNames: Map<string, string>;
  functionWords: Set<string>;
  /** Word-class bit: the word starts a lexicon phrase. */
  phraseStart: number;
  /** Word-class bit: a function word (never part of a name). */
  functionWord: number;
  /** Word-class bit: a word that never belongs to a person's name ("Watch", "Banque"). */
  notInName: number;
  /** Word-class bit: the head noun of an organization named before ("commission", "alliance"). */
  orgAnaphor: number;
  particles: Set<string>;
}

// world-countries is CommonJS: its module object is the array itself.
const countries = ((worldCountries as unknown as { default?: Country[] }).default ?? (worldCountries as unknown as Country[])) as Country[];

/** When one phrase is several things ("Luxembourg"), the first kind here wins. */
const PRIORITY: Record<LexEntry['kind'], number> = { org: 0, country: 1, place: 2, title: 3, demonym: 4, event: 5, 'head-group': 6, former: 7 };

let cached: Lexicon | null = null;

// Defined when the module loads, like every word class, so that no token's classes go stale.
const PHRASE_START = defineClass((k) => getLexicon().index.has(k));
const FUNCTION_WORD = defineClass((k) => getLexicon().functionWords.has(k));
const NOT_IN_NAME_WORDS = new Set(nameStopwords.words);
const NOT_IN_NAME = defineClass((k) => NOT_IN_NAME_WORDS.has(k));
const ORG_ANAPHOR = defineClass((k) => getLexicon().orgAnaphors.has(k));

export function getLexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

const CARDINAL_POINTS = ['Nord', 'Sud', 'Est', 'Ouest'];

function buildLexicon(): Lexicon {
  const index = new PhraseIndex<LexEntry>((e) => PRIORITY[e.kind]);
  const countryMap = new Map<string, CountryInfo>();
  const extraStates = new Set(countryAliases.independent);
  const demonymOwner = new Map<string, string>();
  const cityNames = new Map<string, string>();

  // Every country name, to tell a region's name ("Nord-Bénin") from a country's own ("Sud-Soudan") or a newspaper's.
  const allNames = new Set<string>(countryAliases.notRegions.map(fold));
  const pointRegions: [string, string][] = [];
  for (const c of countries) {
    if (!(c.independent || c.unMember || extraStates.has(c.cca2))) continue;
    const fra = c.translations.fra;
    if (!fra) continue;
    const iso2 = c.cca2;
    const names = new Set([fra.common, fra.official, ...((countryAliases.names as Record<string, string[]>)[iso2] ?? [])]);
    // "São Tomé et Príncipe" is written "Sao Tomé-et-Principe" too, "Trinité-et-Tobago" "Trinité et Tobago": both ways.
    for (const n of [...names]) {
      if (n.includes(' et ')) names.add(n.replace(/ et /g, '-et-'));
      else if (n.includes('-et-') && !n.includes(' ')) names.add(n.replace(/-et-/g, ' et '));
    }
    for (const n of names) allNames.add(fold(n));
    if (!fra.common.includes(' ')) for (const point of CARDINAL_POINTS) pointRegions.push([`${point}-${fra.common}`, iso2]);
    const display = (countryAliases.displayNames as Record<string, string>)[iso2] ?? fra.common;
    countryMap.set(iso2, { iso2, name: display, aliases: [...names].filter((n) => n !== display) });
    for (const n of names) index.add(n, { kind: 'country', iso2, form: 'name' });
    for (const a of (countryAliases.acronyms as Record<string, string[]>)[iso2] ?? []) index.add(a, { kind: 'country', iso2, form: 'acronym' });
    const capitals = new Set([...((capitalsFr.capitals as Record<string, string[]>)[iso2] ?? []), ...c.capital.filter((x) => !/[.]/.test(x))]);
    for (const cap of capitals) {
      index.add(cap, { kind: 'country', iso2, form: 'capital' });
      // A dateline's "VARSOVIE" is Varsovie: each name's own spelling, French names first.
      if (!cityNames.has(fold(cap))) cityNames.set(fold(cap), cap);
      // "au Caire", "du Caire": the article of "Le Caire" merges with the preposition.
      const bare = /^(?:Le|La|Les) (.+)$/.exec(cap);
      if (bare) {
        index.add(bare[1]!, { kind: 'country', iso2, form: 'capital' });
        cityNames.set(fold(bare[1]!), cap);
      }
    }
    const dem = c.demonyms?.fra;
    const forms = dem ? [dem.m, dem.f, ...plurals(dem.m), ...plurals(dem.f)] : [];
    forms.push(...((countryAliases.demonyms as Record<string, string[]>)[iso2] ?? []));
    for (const form of new Set(forms.map((f) => f.toLowerCase()))) {
      // A demonym shared by several states (Guinée, Guinée-Bissau…) goes to the first, by name order.
      const key = fold(form);
      if (demonymOwner.has(key)) continue;
      demonymOwner.set(key, iso2);
      index.add(form, { kind: 'demonym', iso2 });
    }
  }

  // "Nord-Bénin : Dakar engage un bataillon": a region named by its country is the country's (not "Sud-Soudan").
  for (const [form, iso2] of pointRegions) if (!allNames.has(fold(form))) index.add(form, { kind: 'country', iso2, form: 'name' });

  const cities = new Set<string>(Object.values(events.placeAdjectives).map(fold));
  for (const list of Object.values(capitalsFr.capitals as Record<string, string[]>)) for (const c of list) cities.add(fold(c));
  for (const c of countries) for (const cap of c.capital) cities.add(fold(cap));
  const orgMap = new Map<string, OrganizationInfo>();
  const orgAnaphors = new Map<string, string[]>();
  const regions = new Set(places.regions);
  for (const p of places.places) {
    if (!regions.has(p)) cities.add(fold(p));
    if (!cityNames.has(fold(p))) cityNames.set(fold(p), p);
  }
  for (const o of organizations.organizations as OrganizationInfo[]) {
    orgMap.set(o.id, o);
    for (const variant of numberVariants(o.name)) index.add(variant, { kind: 'org', id: o.id, acronym: false });
    index.add(o.name, { kind: 'org', id: o.id, acronym: o.acronym === o.name });
    if (o.acronym) index.add(o.acronym, { kind: 'org', id: o.id, acronym: true });
    for (const a of o.aliases) index.add(a, { kind: 'org', id: o.id, acronym: /^[A-Z]{2,}$/.test(a) });
    if (o.seat) cities.add(fold(o.seat));
    for (const a of o.anaphors ?? []) orgAnaphors.set(a, [...(orgAnaphors.get(a) ?? []), o.id]);
  }

  for (const t of titles.titles) {
    for (const form of t.forms) {
      const first = fold(form.split(/[\s']/)[0]!);
      // Every field present (undefined when the data gives none): all titles share one shape.
      const info: EveryField<TitleInfo> = { name: t.forms[0]!, leads: t.leads, plural: /[sx]$/.test(first), scope: undefined, role: undefined, counterpart: undefined, weak: undefined, country: undefined, org: undefined, usualCountry: undefined, leadsIn: undefined };
      if ('scope' in t) info.scope = t.scope as 'country' | 'organization';
      if ('role' in t) info.role = t.role as string;
      if ('counterpart' in t) info.counterpart = true;
      if ('weak' in t) info.weak = true;
      if ('country' in t) info.country = t.country as string;
      if ('org' in t) info.org = t.org as string;
      if ('usualCountry' in t) info.usualCountry = t.usualCountry as string;
      if ('leadsIn' in t) info.leadsIn = t.leadsIn as string[];
      index.add(form, { kind: 'title', title: info });
      // "l'ex-chancelier allemand": the same title, held no more.
      index.add(`ex-${form}`, { kind: 'title', title: info });
    }
  }
  for (const f of titles.former) index.add(f, { kind: 'former' });
  const placeCountry = new Map<string, string>();
  for (const [iso2, list] of Object.entries(places.countries as Record<string, string[]>)) for (const p of list) placeCountry.set(p, iso2);
  for (const place of places.places) {
    const iso2 = placeCountry.get(place);
    index.add(place, iso2 ? { kind: 'place', city: place, iso2 } : { kind: 'place', city: place });
  }
  // "à Rio": the city its short form stands for.
  for (const [short, place] of Object.entries(places.shortNames as Record<string, string>)) {
    const iso2 = placeCountry.get(place);
    index.add(short, iso2 ? { kind: 'place', city: place, iso2 } : { kind: 'place', city: place });
  }
  for (const c of countries) {
    // Dependent territories ("Groenland", "Hong Kong") are places, not states.
    const fra = c.translations.fra;
    if (fra && !(c.independent || c.unMember || extraStates.has(c.cca2)) && !countryMap.has(c.cca2)) index.add(fra.common, { kind: 'place', city: fra.common });
  }
  for (const g of titles.headOfStateGroups) index.add(g, { kind: 'head-group' });
  for (const [noun, kind] of Object.entries(events.nouns)) index.add(noun, { kind: 'event', eventKind: kind });

  // ("Deux cents soldats…", "Trois ministres…": a number opening a sentence is no one's name.)
  const functionWords = new Set([...words.functionWords, ...calendar.months, ...calendar.weekdays, ...words.cardinals]);
  return {
    index,
    phraseStart: PHRASE_START,
    functionWord: FUNCTION_WORD,
    notInName: NOT_IN_NAME,
    orgAnaphor: ORG_ANAPHOR,
    countries: countryMap,
    organizations: orgMap,
    orgAnaphors,
    placeAdjectives: new Map(Object.entries(events.placeAdjectives).map(([k, v]) => [fold(k), v])),
    cities,
    cityNames,
    functionWords,
    particles: new Set(words.particles),
  };
}

/**
 * "Coalition des volontaires" is also written "Coalition du volontaire" or "de la volontaire":
 * a complement in the plural may be met in the singular, and the other way round.
 */
function numberVariants(name: string): string[] {
  const variants: string[] = [];
  const plural = /\bdes (\p{L}+?)s\b/u;
  const singular = /\bdu (\p{L}+)\b/u;
  if (plural.test(name)) variants.push(name.replace(plural, 'du $1'), name.replace(plural, 'de la $1'));
  if (singular.test(name)) variants.push(name.replace(singular, 'des $1s'));
  return variants;
}

function plurals(form: string): string[] {
  if (/[sx]$/.test(form)) return [];
  return [form + 's'];
}
