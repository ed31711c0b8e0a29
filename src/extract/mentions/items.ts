/**
 * The first pass over a sentence's tokens: lexicon matches (longest first, capitalisation checked)
 * and capitalised name sequences ("Richard von Weizsäcker", "J. D. Vance", "Abdel Fattah al-Sissi"),
 * as items indexed by the token where they start and end.
 */
import { tokenize, type Token } from '../text/tokenize.ts';
import { getLexicon, type Lexicon, type LexEntry } from '../lexicon/lexicon.ts';
import { classesOf, WordClass } from '../text/word-classes.ts';
import words from '../data/words.json' with { type: 'json' };
import titles from '../data/titles.json' with { type: 'json' };

/** "le nouveau Premier ministre": an adjective, not a common noun, before the title. */
const ADJECTIVES_BEFORE_TITLES = new Set(titles.adjectivesBefore);
const ARTICLES = new Set(words.determiners.filter((d) => !['du', 'des', 'au', 'aux'].includes(d)));

export type Item =
  | { type: 'lex'; first: number; last: number; entry: LexEntry; used?: boolean }
  | { type: 'name'; first: number; last: number; used?: boolean }
  | { type: 'flag'; first: number; last: number; iso2: string; used?: boolean };


/**
 * Items by token index (where they start, or end): an array, cheaper than a map for small integers.
 * `reset` makes it serve the next sentence, so one array serves them all instead of one per sentence.
 */
export class Slots {
  private readonly items: (Item | undefined)[] = [];
  private n = 0;
  constructor(n: number) {
    this.reset(n);
  }
  /** Empty, for a sentence of `n` tokens. */
  reset(n: number): this {
    this.items.fill(undefined, 0, this.n);
    while (this.items.length < n) this.items.push(undefined);
    this.n = n;
    return this;
  }
  get(i: number): Item | undefined {
    return i >= 0 && i < this.n ? this.items[i] : undefined;
  }
  set(i: number, item: Item): void {
    if (i < this.n) this.items[i] = item;
  }
}

/** The first noun of each portfolio ("de l'Économie", "des Affaires étrangères"). */
const PORTFOLIO_ARTICLES = new Set(["l'", 'la', 'du', 'des', 'de', 'au', 'aux']);
const PORTFOLIO_HEADS = new Set(titles.portfolios.map((p) => tokenize(p).map((t) => t.key).find((k) => !PORTFOLIO_ARTICLES.has(k)) ?? '').filter((k) => k !== ''));

export function scanItems(tokens: Token[], lex: Lexicon): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'flag') {
      items.push({ type: 'flag', first: i, last: i, iso2: t.flag! });
      continue;
    }
    if (t.type !== 'word') continue;
    const m = classesOf(t) & lex.phraseStart ? lex.index.match(tokens, i, acceptsHere) : null;
    if (m && !givenNameLikeCapital(m.value, m.keys.length, tokens, i, lex)) {
      const length = m.keys.length;
      items.push({ type: 'lex', first: i, last: i + length - 1, entry: m.value });
      i += length - 1;
      continue;
    }
    // "l'Alliance", "la Commission": an organization named before, not a person.
    const anaphor = t.cap && !!(classesOf(t) & lex.orgAnaphor) && ['la', 'le', "l'", 'cette', 'ce', 'cet'].includes(tokens[i - 1]?.key ?? '');
    // "le ministre de l'Economie Thibault X": a portfolio's word starts no name.
    if (PORTFOLIO_HEADS.has(t.key) && PORTFOLIO_ARTICLES.has(tokens[i - 1]?.key ?? '')) continue;
    if (!anaphor && (isNameToken(t, lex) || startsWithPrefix(t) || particleAfterCivility(tokens, i, lex) || initialsBeforeName(tokens, i, lex))) {
      let last = i;
      // "J. D. Vance", "JD Vance": initials, then the name.
      while (isInitial(tokens, last) && tokens[last + 1]?.key === '.') last += 2;
      if (last > i) last--;
      if (tokens[i]!.allCaps && tokens[i]!.text.length <= 3 && isNameToken(tokens[i + 1] ?? tokens[i]!, lex)) last = i;
      while (last - i < 4) {
        const next = tokens[last + 1];
        if (next && continuesName(next, lex) && next.start - tokens[last]!.end <= 1 && !startsEntry(tokens, last + 1, lex, true)) {
          last++;
          continue;
        }
        // A middle initial: "Tore O. Sandvik", "George W. Bush".
        if (isInitial(tokens, last + 1) && tokens[last + 3] && isNameToken(tokens[last + 3]!, lex) && tokens[last + 3]!.start - tokens[last + 2]!.end <= 1 && !startsEntry(tokens, last + 3, lex)) {
          last += 3;
          continue;
        }
        // Particles inside names: "Richard von Weizsäcker", "Charles de Gaulle".
        let p = last + 1;
        // ("Juan Ramón de la Fuente": "la" after "de".)
        while (p - last <= 2 && tokens[p] && (lex.particles.has(tokens[p]!.key) || breton(tokens[p]!) || (tokens[p]!.key === 'la' && p === last + 2 && tokens[p - 1]!.key === 'de')) && !tokens[p]!.allCaps) p++;
        if (p > last + 1 && tokens[p] && isNameToken(tokens[p]!, lex) && !startsEntry(tokens, p, lex)) {
          last = p;
          continue;
        }
        // "Morgane Le Du": after "Le", even a particle's word is the surname when capitalised.
        const after = tokens[last + 2];
        if (next && breton(next) && after?.type === 'word' && after.cap && !after.allCaps && after.text.length >= 2) {
          last += 2;
          continue;
        }
        break;
      }
      items.push({ type: 'name', first: i, last });
      i = last;
    }
  }
  return items;
}

/** "Gaëlle Le Bihan", "Yves Le Drian": the capitalised article of a surname is its particle. */
function breton(t: Token): boolean {
  return t.cap && (t.key === 'le' || t.key === 'la');
}

/**
 * A one-word capital written right before a name is a given name: "Santiago Peña", not Chile's
 * government; not after a preposition ("l'envoyé de Washington Tom Harlan").
 */
function givenNameLikeCapital(e: LexEntry, length: number, tokens: Token[], at: number, lex: Lexicon): boolean {
  // "Gao Jianming": a city's name as a given name too; a country's ("Le chancelier, Malte Roggenbuck")
  // only after a comma or a lower-case word (a title), never opening a sentence ("France Télévisions").
  const prev = tokens[at - 1];
  const countryName = e.kind === 'country' && e.form === 'name' && !!prev && (prev.key === ',' || (prev.type === 'word' && !prev.cap));
  if (length !== 1 || !((e.kind === 'country' && e.form === 'capital') || e.kind === 'place' || countryName)) return false;
  if (prev && prev.type === 'word' && lex.functionWords.has(prev.key)) return false;
  const next = tokens[at + 1];
  return !!next && next.start - tokens[at]!.end <= 1 && isNameToken(next, lex) && !(classesOf(next) & lex.notInName) && !startsEntry(tokens, at + 1, lex);
}

/**
 * A lexicon entry other than a demonym starts at `at` (a name stops there). A one-word country,
 * capital or city right after a given name (no particle, no article) is a surname: "Luís Montenegro", "Jorge Lima". An honorific
 * between two names, or ending one, is part of the name: "Hassan Cheikh Mohamoud", "Sidi Ould Cheikh".
 */
function startsEntry(tokens: Token[], at: number, lex: Lexicon, surnameMayBeCountry = false): boolean {
  if (!(classesOf(tokens[at]!) & lex.phraseStart)) return false;
  const m = lex.index.match(tokens, at, acceptsEntryHere);
  if (!m) return false;
  const e = m.value;
  if (surnameMayBeCountry && m.keys.length === 1 && e.kind === 'title' && e.title.role === 'honorific' && tokens[at]!.cap) {
    // It ends the name too when no name follows ("Sidi Ould Cheikh.").
    const next = tokens[at + 1];
    if (!next || !isNameToken(next, lex) || !startsEntry(tokens, at + 1, lex)) return false;
  }
  // "Jorge Lima": a capital or a city after a given name is the surname, or its first part ("Paulo Lima Barreto").
  // (The name after it is looked up only for such a one: this runs for every capitalised word.)
  if (!(surnameMayBeCountry && m.keys.length === 1 && ((e.kind === 'country' && (e.form === 'name' || e.form === 'capital')) || e.kind === 'place'))) return true;
  const next = tokens[at + 1];
  return !!next?.cap && !(isNameToken(next, lex) && !startsEntry(tokens, at + 1, lex));
}

function acceptsHere(e: LexEntry, length: number, tokens: readonly Token[], at: number): boolean {
  return accepts(e, tokens, at, length, getLexicon());
}

function acceptsEntryHere(e: LexEntry, length: number, tokens: readonly Token[], at: number): boolean {
  return e.kind !== 'demonym' && accepts(e, tokens, at, length, getLexicon());
}

function accepts(e: LexEntry, tokens: readonly Token[], at: number, length: number, lex: Lexicon): boolean {
  const t = tokens[at]!;
  switch (e.kind) {
    case 'title': {
      // "l'approbation générale": after a common noun, a title word is an adjective.
      const prev = tokens[at - 1];
      return !prev || prev.type !== 'word' || prev.cap || lex.functionWords.has(prev.key) || lex.index.has(prev.key) || ADJECTIVES_BEFORE_TITLES.has(prev.key);
    }
    case 'country':
      return e.form === 'acronym' ? t.allCaps : t.cap;
    case 'place':
      return t.cap || length >= 2;
    case 'org':
      // "G20" is the letter "G" and the number 20.
      return e.acronym ? t.allCaps || (t.cap && t.text.length === 1) : length >= 2 || t.cap;
    default:
      return true;
  }
}

export function isNameToken(t: Token, lex: Lexicon): boolean {
  return t.type === 'word' && t.cap && !t.allCaps && t.text.length >= 2 && !(classesOf(t) & lex.functionWord) && !t.text.endsWith("'");
}

export const CIVILITIES = new Set(words.civilities);

/** "M. X", "Mme X": the index before the civility that ends at `at` (its stop included), else `at` itself. */
export function beforeCivility(tokens: readonly Token[], at: number): number {
  // ("…, S.E.M. X": the whole civility in initials.)
  if (tokens[at]?.key === '.' && at >= 1 && isInitial(tokens, at - 1)) {
    const q = initialsStart(tokens, at - 1);
    if (q < at - 1 && civilityInitials(tokens, q, at + 1)) return q - 1;
  }
  if (tokens[at]?.key === '.' && CIVILITIES.has(tokens[at - 1]?.key ?? '')) return at - 2;
  if (tokens[at]?.cap && CIVILITIES.has(tokens[at]!.key)) return at - 1;
  return at;
}
/** The lexicon's name particles ("de", "von", "al"), as a class. */
const PARTICLE = new WordClass(words.particles);

/** "M. von Weizsäcker", "M. de Villepin": a surname may open with its particle after a civility. */
function particleAfterCivility(tokens: Token[], i: number, lex: Lexicon): boolean {
  // Asked of most words: the bit test of the particle first, the civility after it.
  if (!PARTICLE.has(tokens[i])) return false;
  const prev = tokens[i - 1];
  if (!prev || (prev.key !== '.' && !CIVILITIES.has(prev.key))) return false;
  const civility = prev && (CIVILITIES.has(prev.key) || (prev.key === '.' && CIVILITIES.has(tokens[i - 2]?.key ?? '')));
  if (!civility) return false;
  let p = i + 1;
  while (tokens[p] && lex.particles.has(tokens[p]!.key)) p++;
  return !!tokens[p] && isNameToken(tokens[p]!, lex);
}

function isInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.type === 'word' && t.cap && t.text.length === 1 && tokens[i + 1]?.key === '.' && tokens[i + 1]!.start === t.end;
}

/** The first initial of the chain of initials ("S. E. M.") the initial at `i` belongs to. */
function initialsStart(tokens: readonly Token[], i: number): number {
  let q = i;
  while (q >= 2 && isInitial(tokens, q - 2)) q -= 2;
  return q;
}

/** "S.E.M. Teodoro X": "Son Excellence Monsieur", a civility spelt in initials (the chain from `first` to `end`). */
function civilityInitials(tokens: readonly Token[], first: number, end: number): boolean {
  let letters = '';
  for (let k = first; k < end; k += 2) letters += tokens[k]!.key;
  return CIVILITIES.has(letters);
}

/** "J. D. Vance" (initials then a name), "JD Vance" (two or three capitals then a name). */
function initialsBeforeName(tokens: Token[], i: number, lex: Lexicon): boolean {
  let p = i;
  while (isInitial(tokens, p)) p += 2;
  if (p > i) return !!tokens[p] && isNameToken(tokens[p]!, lex) && !CIVILITIES.has(tokens[i]!.key) && !civilityInitials(tokens, initialsStart(tokens, i), p);
  const t = tokens[i]!;
  // ("SEM Bola Ahmed X": "Son Excellence Monsieur", a civility, not initials.)
  return t.allCaps && t.text.length <= 3 && !CIVILITIES.has(t.key) && !!tokens[i + 1] && isNameToken(tokens[i + 1]!, lex) && !(classesOf(t) & lex.phraseStart);
}

/** Inside a name, also "al-Sissi", "ben-Gvir" and regnal numbers ("Abdallah II"). */
function continuesName(t: Token, lex: Lexicon): boolean {
  return isNameToken(t, lex) || startsWithPrefix(t) || (t.allCaps && ROMAN.test(t.text)) || (t.text.length === 1 && (t.text === 'I' || t.text === 'V' || t.text === 'X')) || surnameLikeFunctionWord(t, lex);
}

/** "Henrik Vos": a capitalised function word after a given name, mid-sentence, is a surname (not a particle nor an article: "Le Drian" is read apart). */
function surnameLikeFunctionWord(t: Token, lex: Lexicon): boolean {
  return t.type === 'word' && t.cap && !t.allCaps && t.text.length >= 2 && !t.text.endsWith("'") && !!(classesOf(t) & lex.functionWord) && !lex.particles.has(t.key) && !DETERMINER_WORDS.has(t.key);
}
const DETERMINER_WORDS = new Set(words.determiners);

/** "al-Sissi", "ben-Gvir": cheap checks before the regular expression (asked of most lower-case words). */
function startsWithPrefix(t: Token): boolean {
  if (t.type !== 'word' || t.cap || t.text.length <= 3) return false;
  // Every prefix starts with a, e, b or i.
  const c = t.text.charCodeAt(0);
  return (c === 97 || c === 101 || c === 98 || c === 105) && t.text.includes('-') && NAME_PREFIX.test(t.text);
}
const NAME_PREFIX = /^(?:al|el|ad|ash|ben|bin|abu|ibn)-\p{Lu}/u;
// I to XXXIX: "Abdallah II", "Léon XIV", "Benoît XVI".
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

export function text(tokens: Token[], first: number, last: number): string {
  let s = tokens[first]!.text;
  for (let i = first + 1; i <= last; i++) s += (tokens[i]!.start > tokens[i - 1]!.end ? ' ' : '') + tokens[i]!.text;
  return s;
}

/** Include the article before a noun phrase ("du", "des", "au" stay out: they carry a preposition). */
export function npStart(tokens: Token[], first: number): number {
  return first > 0 && ARTICLES.has(tokens[first - 1]!.key) ? first - 1 : first;
}

