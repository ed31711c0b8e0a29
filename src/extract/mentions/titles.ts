/**
 * Titles around a name: before it ("la Première ministre danoise Mette Frederiksen", "Sa présidente,
 * Roberta Metsola"), after it ("Micheál Martin, le Premier ministre irlandais,"), shared by a
 * list ("les émissaires américains X et Y"), or alone ("le président américain").
 */
import type { Token } from '../text/tokenize.ts';
import { singular } from '../text/singular.ts';
import words from '../data/words.json' with { type: 'json' };
import titles from '../data/titles.json' with { type: 'json' };
import { tokenize } from '../text/tokenize.ts';
import { changedTitle, mention, titleRef, type Mention, type TitleRef } from './types.ts';
import { text, type Item, type Slots } from './items.ts';
import { getLexicon } from '../lexicon/lexicon.ts';
import calendar from '../data/calendar.json' with { type: 'json' };

const DETERMINERS = new Set(words.determiners);
const POSSESSIVES = new Set(words.possessives);
const FUNCTION_WORDS = new Set(words.functionWords);
/** Portfolios as folded words, preposition first ("de", "l'", "economie"). */
const PORTFOLIOS = titles.portfolios.map((p) => tokenize(p).map((t) => t.key));
/** Titles that make a leader of a country, the country told or not ("le président X", "le premier ministre"), by their name. */
export const COUNTRY_LEADING_TITLES: ReadonlySet<string> = new Set(titles.titles.filter((t) => t.leads && t.scope !== 'organization').map((t) => t.forms[0]!));
/** The same, by their last word (a title ending is looked up at every name). */
const PORTFOLIOS_BY_LAST = new Map<string, string[][]>();
for (const p of PORTFOLIOS) PORTFOLIOS_BY_LAST.set(p[p.length - 1]!, [...(PORTFOLIOS_BY_LAST.get(p[p.length - 1]!) ?? []), p]);

/** Days, times and adverbs that may stand between a speech verb and its speaker ("a annoncé mardi sa présidente", "a par ailleurs annoncé"). */
const INCISE_TIMES = new Set([...calendar.weekdays, ...Object.keys(calendar.dayOffsets), ...words.inciseAdverbs]);

/** ", a précisé son Premier ministre", ", a annoncé mardi sa présidente": `at` is the word before the possessive. */
function speechIncise(tokens: Token[], at: number): boolean {
  for (let skipped = 0; skipped < 2 && INCISE_TIMES.has(tokens[at]?.key ?? ''); skipped++) at--;
  if (tokens[at - 2]?.key === ',' && ['a', 'ont'].includes(tokens[at - 1]?.key ?? '')) return true;
  // ", a par ailleurs annoncé sa présidente": the adverb stands between the auxiliary and the participle.
  let aux = at - 1;
  for (let skipped = 0; skipped < 2 && INCISE_TIMES.has(tokens[aux]?.key ?? ''); skipped++) aux--;
  return aux < at - 1 && tokens[aux - 1]?.key === ',' && ['a', 'ont'].includes(tokens[aux]?.key ?? '');
}

/** First token of a portfolio ending at `end` ("… de l'Économie"), else -1. */
function portfolioEndingAt(end: number, tokens: Token[]): number {
  for (const p of PORTFOLIOS_BY_LAST.get(tokens[end]?.key ?? '') ?? []) {
    const first = end - p.length + 1;
    if (first > 0 && p.every((w, i) => tokens[first + i]!.key === w)) return first;
  }
  return -1;
}

/**
 * "(l'émissaire américain) pour l'Ukraine", "(l'ambassadeur américain) à l'Otan", "auprès de l'ONU":
 * where an envoy is sent, not whose he is; its first token, else -1.
 */
function mandateEndingAt(it: Item | undefined, tokens: Token[]): number {
  if (!it || it.type !== 'lex' || !(it.entry.kind === 'country' || it.entry.kind === 'org')) return -1;
  let p = it.first - 1;
  if (['la', 'le', "l'", 'les'].includes(tokens[p]?.key ?? '')) p--;
  const k = tokens[p]?.key ?? '';
  if (k === 'pour' || k === 'a' || k === 'au') return p;
  return ['de', 'du', "d'"].includes(k) && tokens[p - 1]?.key === 'aupres' ? p - 1 : -1;
}

/** "à la Gestion des crises", "de la Transition écologique": a preposition, an article, a capitalised noun and its complement ending at `end`; its first token, else -1. */
function openPortfolioEndingAt(end: number, tokens: Token[]): number {
  const last = tokens[end];
  if (!last || last.type !== 'word' || FUNCTION_WORDS.has(last.key)) return -1;
  for (let q = end - 1; q >= Math.max(1, end - 6); q--) {
    const k = tokens[q]!.key;
    if (k === ',' || k === '.') return -1;
    if (!['de', 'du', 'des', "d'", 'a', 'au', 'aux'].includes(k)) continue;
    const head = ['la', 'le', "l'", 'les'].includes(tokens[q + 1]?.key ?? '') ? q + 2 : q + 1;
    if (head <= end && tokens[head]?.cap && tokens[head]!.type === 'word') return q;
  }
  return -1;
}

/** Last token of a portfolio starting at `at`, else -1. */
function portfolioStartingAt(at: number, tokens: Token[]): number {
  for (const p of PORTFOLIOS) if (p.every((w, i) => tokens[at + i]?.key === w)) return at + p.length - 1;
  return -1;
}

/**
 * "de l'Alliance", "de la banque" ending at `at`: the ids the head noun may stand for; not one with
 * its own complement ("de la commission des affaires étrangères").
 */
function anaphorComplement(at: number, tokens: Token[]): string | undefined {
  const t = tokens[at];
  // ("du Forum": the article fused with its preposition.)
  const fused = tokens[at - 1]?.key === 'du';
  if (!t || (!fused && (!['la', 'le', "l'"].includes(tokens[at - 1]?.key ?? '') || !['de', 'du', "d'"].includes(tokens[at - 2]?.key ?? '')))) return undefined;
  if (['de', 'du', 'des', "d'"].includes(tokens[at + 1]?.key ?? '')) return undefined;
  return getLexicon().orgAnaphors.get(t.key)?.join('|');
}

/** A title phrase ending at token `end`: TITLE [demonym…] or TITLE de|du|à [la] ORG|COUNTRY. */
export function titleEndingAt(end: number, tokens: Token[], byLast: Slots): TitleRef | null {
  // "Le Premier ministre britannique sortant, X", "Le président par intérim, X".
  let k = qualifierStart(tokens, acronymStart(tokens, end));
  let country: string | undefined;
  let org: string | undefined;
  const consumed: Item[] = [];
  let it = byLast.get(k);
  // "la ministre ukrainienne de l'Économie": the portfolio follows the demonym.
  if (!(it && it.type === 'lex' && it.entry.kind === 'title')) {
    const inPortfolio = portfolioEndingAt(k, tokens);
    const portfolio = inPortfolio > 0 ? inPortfolio : mandateEndingAt(it, tokens);
    const before = portfolio > 0 ? byLast.get(portfolio - 1) : undefined;
    // "son homologue à l'Assemblée nationale" is the head of it: only an envoy's "à" is a mandate.
    const envoyOnly = inPortfolio < 0 && tokens[portfolio]?.key !== 'pour';
    const fits = before && before.type === 'lex' && (before.entry.kind === 'demonym' || (before.entry.kind === 'title' && (!envoyOnly || before.entry.title.role === 'envoy')));
    if (fits) it = byLast.get((k = portfolio - 1));
    else {
      // A portfolio of no list ("la commissaire européenne à la Gestion des crises"): a minister's.
      const open = openPortfolioEndingAt(k, tokens);
      const minister = open > 0 ? byLast.get(open - 1) : undefined;
      if (minister && minister.type === 'lex' && ((minister.entry.kind === 'title' && minister.entry.title.role === 'minister') || minister.entry.kind === 'demonym')) it = byLast.get((k = open - 1));
    }
  }
  // "le secrétaire général de l'Alliance, X": the organization the head noun stands for ("otan|otsc"),
  // settled by coreference with the one the article named.
  // ("le secrétaire général du Forum, X": a gathering's noun, capitalised and ending the phrase, is the body it names.)
  const bodyNoun = it?.type === 'lex' && it.entry.kind === 'event' && tokens[k]!.cap && [',', '.'].includes(tokens[k + 1]?.key ?? '');
  const anaphorIds = it && !bodyNoun ? undefined : anaphorComplement(k, tokens);
  if (anaphorIds) {
    org = anaphorIds;
    k -= tokens[k - 1]?.key === 'du' ? 2 : 3;
    it = byLast.get(k);
  }
  while (it && it.type === 'lex' && it.entry.kind === 'demonym') {
    country ??= it.entry.iso2;
    consumed.push(it);
    k = it.first - 1;
    it = byLast.get(k);
  }
  // "le président de la transition malienne": the transition's country is the title's.
  if (country && !it && tokens[k]?.key === 'transition' && tokens[k - 1]?.key === 'la' && tokens[k - 2]?.key === 'de') it = byLast.get((k -= 3));
  if (!country && it && it.type === 'lex' && (it.entry.kind === 'org' || it.entry.kind === 'country')) {
    let p = it.first - 1;
    if (['la', 'le', "l'", 'les'].includes(tokens[p]?.key ?? '')) p--;
    // ("le chef du gouvernement de Wellington": a capital for its government, after a leader's title only — "le maire de Paris" is the town's.)
    const head = byLast.get(qualifierStart(tokens, p - 1));
    const capitalOk = it.entry.kind !== 'country' || it.entry.form !== 'capital' || (tokens[p]?.key === 'de' && head?.type === 'lex' && head.entry.kind === 'title' && head.entry.title.leads && head.entry.title.scope === 'country');
    if (capitalOk && ['de', "d'", 'du', 'des', 'a', 'au', 'aux'].includes(tokens[p]?.key ?? '')) {
      if (it.entry.kind === 'org') org = it.entry.id;
      else country = it.entry.iso2;
      consumed.push(it);
      k = qualifierStart(tokens, p - 1);
      it = byLast.get(k);
    }
  }
  // "la maire de Vannes, X", "le député du Morbihan, X": an elected office's town or district, whatever the lexicon knows of it.
  if (!country && !org && !(it && it.type === 'lex' && it.entry.kind === 'title')) {
    let p = k;
    while (p > k - 3 && tokens[p]?.cap) p--;
    const office = p < k && ['de', "d'", 'du'].includes(tokens[p]?.key ?? '') ? byLast.get(p - 1) : undefined;
    if (office && office.type === 'lex' && office.entry.kind === 'title' && office.entry.title.role === 'elected') {
      // The town is no one's name.
      const town = byLast.get(k);
      if (town && town.first > p) consumed.push(town);
      it = byLast.get((k = p - 1));
    }
  }
  if (!it || it.type !== 'lex' || it.entry.kind !== 'title') return null;
  let titleItem = it;
  let info = it.entry.title;
  // "le conseiller diplomatique du président brésilien, X": X, set apart by the comma, holds the
  // first title ("les émissaires du président Jan Novak": the name right after is the president).
  // ("l'émissaire du président américain, X, pour l'Ukraine, Y": the envoy's mandate after X's comma, Y is the envoy.)
  const apposed = tokens[end + 1]?.key === ',' && !mandateAfterApposition(tokens, end + 2);
  // ("Dmitri X, le porte-parole du président russe, Vladimir Y,": the outer title is X's apposition; Y is the president.)
  const heldByName = apposed && governorApposedToName(titleItem.first, tokens, byLast);
  const outer = apposed && !heldByName ? titleGoverning(titleItem.first, tokens, byLast) : undefined;
  // "le gendre du président américain, X": X, set apart by the comma, is the son-in-law, who holds no office.
  // (Not "à la demande du président français, X": an abstract noun governs the title, the name is its holder's;
  // nor "Proche de la présidente du Conseil, X, le ministre…": an adjective, X is the president.)
  if (apposed && !outer && !heldByName && closeToHolder(titleItem.first, tokens)) return null;
  if (outer && outer.type === 'lex' && outer.entry.kind === 'title' && !outer.entry.title.leads) {
    titleItem.used = true;
    titleItem = outer;
    info = outer.entry.title;
  }
  let first = titleItem.first;
  let former = false;
  let possessive = false;
  const before = byLast.get(first - 1);
  if (before && before.type === 'lex' && before.entry.kind === 'former') {
    former = true;
    first = before.first;
    before.used = true;
  }
  const det = tokens[first - 1]?.key ?? '';
  // "la Moldavie, dont la présidente, Maia Sandu,": "dont" makes the article a possessive.
  if (POSSESSIVES.has(det) || (tokens[first - 2]?.key === 'dont' && (det === 'la' || det === 'le' || det === "l'"))) possessive = true;
  const incise = possessive && speechIncise(tokens, first - 2);
  // "ex-président" is one token.
  if (/^ex-/.test(tokens[titleItem.first]!.key)) former = true;
  titleItem.used = true;
  for (const c of consumed) c.used = true;
  return titleRef({ title: info, surface: text(tokens, titleItem.first, end), country: country ?? (org ? undefined : info.country), org: org ?? info.org, former, possessive, incise: incise || undefined, first, last: end });
}

/** "de l'Organisation internationale de la Francophonie (OIF)": the word before an acronym in brackets ending at `at`, else `at`. */
function acronymStart(tokens: Token[], at: number): number {
  const acronym = tokens[at - 1];
  return tokens[at]?.key === ')' && tokens[at - 2]?.key === '(' && acronym?.type === 'word' && acronym.cap ? at - 3 : at;
}

/** "le président en exercice de l'UA", "par intérim", "de transition", "sortant": the title ends before such a qualifier. */
function qualifierStart(tokens: Token[], at: number): number {
  const k = tokens[at]?.key ?? '';
  if ((k === 'exercice' && tokens[at - 1]?.key === 'en') || (k === 'interim' && tokens[at - 1]?.key === 'par') || (k === 'transition' && tokens[at - 1]?.key === 'de')) return at - 2;
  // ("Président de la République fédérale du Nigeria": the republic's own adjective.)
  if (REPUBLIC_ADJECTIVES.has(k) && tokens[at - 1]?.key === 'republique') return at - 1;
  return TITLE_QUALIFIERS.has(k) ? at - 1 : at;
}
// Not "élu" nor "désigné": a president-elect leads nothing yet.
const TITLE_QUALIFIERS = new Set(words.outgoingAdjectives);
const REPUBLIC_ADJECTIVES = new Set(titles.republicAdjectives);

/** The title whose complement starts at `first` ("conseiller du [président]"), if any. */
/** ", pour l'Ukraine," or ", auprès de l'ONU," after a name of a few words from `from`: an envoy's mandate resumed. */
function mandateAfterApposition(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 6 && k < tokens.length; k++) if (tokens[k]!.key === ',') return tokens[k + 1]?.key === 'pour' || tokens[k + 1]?.key === 'aupres';
  return false;
}

/** "le gendre du", "son épouse, de la": the title at `first` is the complement of a relative or an aide written with an article. */
function closeToHolder(first: number, tokens: Token[]): boolean {
  const noun = governingAt(first, tokens);
  return noun >= 0 && SERVANT_NOUNS.has(tokens[noun]!.key) && NOUN_DETERMINERS.has(tokens[noun - 1]?.key ?? '');
}
/** Relatives and aides of an office holder ("conseiller", "épouse", "gendre"), who hold no title of theirs. */
export const SERVANT_NOUNS: ReadonlySet<string> = new Set(words.servantNouns);
const NOUN_DETERMINERS = new Set(words.servantDeterminers);

function titleGoverning(first: number, tokens: Token[], byLast: Slots): Item | undefined {
  const noun = governingAt(first, tokens);
  const outer = noun >= 0 ? byLast.get(noun) : undefined;
  return outer && outer.type === 'lex' && outer.entry.kind === 'title' ? outer : undefined;
}

/**
 * The noun governing the title at `first` ("le porte-parole du président russe") is set, after its comma, in apposition to
 * a full name the lexicon does not know ("Dmitri X, le porte-parole du président russe, Vladimir Y"): that one
 * is the servant, the name after the title its principal.
 */
export function governorApposedToName(first: number, tokens: Token[], byLast: Slots): boolean {
  const governor = governingAt(first, tokens);
  const noun = byLast.get(governor);
  if (governor < 0 || !(SERVANT_NOUNS.has(tokens[governor]!.key) || (noun?.type === 'lex' && noun.entry.kind === 'title'))) return false;
  let comma = governor - 1;
  if (['la', 'le', "l'"].includes(tokens[comma]?.key ?? '')) comma--;
  const given = tokens[comma - 2];
  return nameBeforeComma(tokens, comma, byLast) && !!given?.cap && given.type === 'word';
}

/** A comma at `comma` closes a name: a capitalised word the lexicon does not know (no place, country or title) just before it. */
export function nameBeforeComma(tokens: Token[], comma: number, byLast: Slots): boolean {
  const last = tokens[comma - 1];
  return tokens[comma]?.key === ',' && !!last?.cap && last.type === 'word' && byLast.get(comma - 1)?.type !== 'lex';
}

/** The last word before "du", "de", "de la" or "de l'" opening the title at `first` ("le conseiller du président"), else -1. */
function governingAt(first: number, tokens: Token[]): number {
  let q = first - 1;
  if (['la', 'le', "l'"].includes(tokens[q]?.key ?? '')) q--;
  return ['du', 'de', "d'"].includes(tokens[q]?.key ?? '') ? q - 1 : -1;
}

/** "Micheál Martin, le Premier ministre irlandais," / "Roberta Metsola, présidente du Parlement européen". */
export function appositiveTitle(nameLast: number, tokens: Token[], byLast: Slots, byFirst: Slots): TitleRef | null {
  // "Jan Peeters (Premier ministre des Pays-Bas)": a title between parentheses, as in a box of who was there.
  if (tokens[nameLast + 1]?.key === '(') return parenthesizedTitle(nameLast + 2, tokens, byLast, byFirst);
  if (tokens[nameLast + 1]?.key !== ',') return null;
  let p = nameLast + 2;
  if (DETERMINERS.has(tokens[p]?.key ?? '') && !POSSESSIVES.has(tokens[p]!.key)) p++;
  // "Leila Haddad, la nouvelle présidente tunisienne,": new in office is in office.
  if (NEW_IN_OFFICE.has(tokens[p]?.key ?? '')) p++;
  const former = byFirst.get(p);
  if (former && former.type === 'lex' && former.entry.kind === 'former') p = former.last + 1;
  const it = byFirst.get(p);
  if (!it || it.type !== 'lex' || it.entry.kind !== 'title' || it.entry.title.counterpart) return null;
  // Extend over a demonym or a "de ORG" complement.
  if (!it.entry.title.plural && titleIntroducesName(it.last, tokens, byFirst)) return null;
  const end = complementEnd(it.last, tokens, byFirst);
  // "Erdogan, la Première ministre danoise Mette Frederiksen": the title is the next name's; not a bare one set off by
  // its commas in a list ("le Néerlandais A, secrétaire général de l'Otan, B").
  const bare = !DETERMINERS.has(tokens[nameLast + 2]?.key ?? '');
  if (titleIntroducesName(end, tokens, byFirst) && !(bare && tokens[end + 1]?.key === ',')) return null;
  // "Accueilli par X, le chef de l'État kényan a été reçu": a title followed by its verb is the next clause's subject.
  // (Or by a clitic of its verb: "Reçu par X, le président ukrainien n'a pas obtenu", "…, le chancelier s'est dit".)
  if ((AUXILIARIES_AFTER.has(tokens[end + 1]?.key ?? '') && tokens[end + 1]!.text !== 'à') || VERB_CLITICS.has(tokens[end + 1]?.key ?? '')) return null;
  const ref = titleEndingAt(end, tokens, byLast);
  if (ref && former && former.type === 'lex' && former.entry.kind === 'former') ref.former = true;
  return ref;
}

/** The title filling the parentheses opened before `p`, up to their closing. */
function parenthesizedTitle(p: number, tokens: Token[], byLast: Slots, byFirst: Slots): TitleRef | null {
  const it = byFirst.get(p);
  if (!it || it.type !== 'lex' || it.entry.kind !== 'title' || it.entry.title.counterpart) return null;
  const end = complementEnd(it.last, tokens, byFirst);
  if (tokens[end + 1]?.key !== ')') return null;
  return titleEndingAt(end, tokens, byLast);
}

const NEW_IN_OFFICE = new Set(titles.newInOffice);
const VERB_CLITICS = new Set(words.verbClitics);
const AUXILIARIES_AFTER = new Set(words.compoundAuxiliaries);

/** Where a title ending at `end` really ends: over a demonym ("président français") or a
 * "de ORG|COUNTRY" complement ("présidente de la Commission européenne"). */
function complementEnd(end: number, tokens: Token[], byFirst: Slots): number {
  const next = byFirst.get(end + 1);
  if (next && next.type === 'lex' && next.entry.kind === 'demonym') {
    const portfolio = portfolioStartingAt(next.last + 1, tokens);
    return portfolio >= 0 ? portfolio : next.last;
  }
  // "président en exercice de l'Union africaine": the qualifier stands between the title and its body.
  let q = tokens[end + 1]?.key === 'en' && tokens[end + 2]?.key === 'exercice' ? end + 3 : end + 1;
  if (REPUBLIC_ADJECTIVES.has(tokens[q]?.key ?? '') && tokens[q - 1]?.key === 'republique') q++;
  if (!['de', "d'", 'du', 'des'].includes(tokens[q]?.key ?? '')) return end;
  q++;
  if (['la', 'le', "l'", 'les'].includes(tokens[q]?.key ?? '')) q++;
  const c = byFirst.get(q);
  return c && c.type === 'lex' && (c.entry.kind === 'org' || (c.entry.kind === 'country' && c.entry.form === 'name')) ? c.last : end;
}

function titleIntroducesName(end: number, tokens: Token[], byFirst: Slots): boolean {
  let p = end + 1;
  while (tokens[p]?.type === 'flag') p++;
  if (tokens[p]?.key === ',') p++;
  let next = byFirst.get(p);
  while (next && next.type === 'lex' && next.entry.kind === 'demonym') next = byFirst.get(next.last + 1);
  return next?.type === 'name';
}

/** "les émissaires canadiens Paul Leduc et Anne Tremblay": the plural title covers both names. */
export function propagatePluralTitles(mentions: Mention[], tokens: Token[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const prev = mentions[i - 1]!;
    const cur = mentions[i]!;
    if (prev.label !== 'Person' || cur.label !== 'Person' || cur.title || !prev.title?.title.plural) continue;
    // By push: an inlined .map makes a holey array where the builtin makes a packed one (readers deoptimise).
    const between: string[] = [];
    for (const t of tokens.slice(prev.last + 1, cur.first)) between.push(t.key);
    if (between.length === 1 && (between[0] === 'et' || between[0] === ',')) {
      cur.title = changedTitle(prev.title, { surface: singular(prev.title.surface) });
      if (cur.form === 'surname') cur.form = 'name';
    }
  }
}

/**
 * "Les présidents djiboutien, Omar Farah, kényan, Daniel Mwangi, et somalien, Abdi Warsame", "ses homologues
 * suédois A, danoise B et finlandais C": the plural title is each name's, with the demonym set before it.
 */
export function distributeDemonyms(mentions: Mention[], tokens: Token[]): void {
  let shared: TitleRef | undefined;
  let end = -1;
  for (const m of [...mentions].sort((a, b) => a.first - b.first)) {
    if (m.label !== 'Person') continue;
    if (m.title?.title.plural && m.title.country) {
      shared = m.title;
      end = m.last;
      continue;
    }
    if (!shared || m.title) {
      shared = undefined;
      continue;
    }
    const demonym = mentions.find((d) => d.form === 'demonym' && d.iso2 && d.first > end && d.last < m.first);
    const rest = demonym ? [...tokens.slice(end + 1, demonym.first), ...tokens.slice(demonym.last + 1, m.first)].map((t) => t.key) : [];
    // (Or the demonym right before the name: "ses homologues suédois A, danoise B et finlandais C".)
    const before = demonym ? (demonym.last === m.first - 1 ? tokens[demonym.first - 1]?.key : tokens[m.first - 1]?.key) : undefined;
    if (!demonym || (before !== ',' && !(before === 'et' && demonym.last === m.first - 1)) || !rest.every((k) => k === ',' || k === 'et')) {
      shared = undefined;
      continue;
    }
    m.title = changedTitle(shared, { surface: `${singular(shared.title.name)} ${demonym.surface}`, country: demonym.iso2!, first: demonym.first, last: demonym.last });
    if (m.form === 'surname') m.form = 'name';
    end = m.last;
  }
}

/** "Surtout, le ministre a confirmé", "La ministre a indiqué": at a clause's start, a verb right after. */
function subjectPosition(tokens: Token[], det: number, end: number): boolean {
  const before = tokens[det - 1]?.key;
  const opens = det === 0 || before === ',' || before === ':' || before === ';';
  const next = tokens[end + 1];
  return opens && !!next && next.type === 'word' && SUBJECT_VERB_STARTS.has(next.key);
}
const SUBJECT_VERB_STARTS = new Set(words.subjectVerbStarts);

/** "« … », a insisté la ministre.", "« … », précise le ministre, interrogé…": the speaker of a quotation's incise. */
function inciseSubjectPosition(tokens: Token[], det: number, end: number): boolean {
  const after = tokens[end + 1]?.key;
  if (after !== undefined && after !== ',' && after !== '.') return false;
  let p = det - 1;
  if (tokens[p]?.type !== 'word') return false;
  if (INCISE_AUXILIARIES.has(tokens[p - 1]?.key ?? '')) p--;
  return tokens[p - 1]?.key === ',' && (tokens[p - 2]?.key === '"' || tokens[p - 2]?.key === '»');
}
const INCISE_AUXILIARIES = new Set(words.inciseAuxiliaries);

/** A title without a name: "le président américain", "Le chef de l'État russe", "Sa présidente". */
export function buildDescription(it: Item & { type: 'lex' }, tokens: Token[], sentence: number, byLast: Slots, byFirst: Slots): Mention | null {
  if (it.entry.kind !== 'title' || it.entry.title.plural) return null;
  const end = complementEnd(it.last, tokens, byFirst);
  const ref = titleEndingAt(end, tokens, byLast);
  if (!ref) return null;
  const det = tokens[ref.first - 1]?.key ?? '';
  const definite = ['le', 'la', "l'"].includes(det);
  if (!(definite || ref.possessive) || ref.former) return null;
  // "Surtout, le ministre a confirmé…": a bare title stands for the last person of the article with it
  // (mentions/coreference.ts), when it is a clause's subject.
  const bare = !ref.country && !ref.org && !ref.possessive && !ref.title.counterpart;
  if (bare && !subjectPosition(tokens, ref.first - 1, end) && !inciseSubjectPosition(tokens, ref.first - 1, end)) return null;
  const opensClause = tokens[ref.first - 2]?.key === ':' || tokens[ref.first - 2]?.key === ';';
  // (A bare title keeps its article, which tells the gender "ministre" does not: "le ministre", "la ministre".)
  return mention({ label: 'Person', form: 'description', sentence, first: ref.first, last: end, npFirst: ref.first - 1, surface: text(tokens, bare ? ref.first - 1 : ref.first, end), title: ref, opensClause });
}

