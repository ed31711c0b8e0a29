/**
 * Mention detection in one sentence: lexicon matches (countries, capitals, demonyms,
 * organizations, titles, event nouns), then capitalised name sequences for people, each joined to
 * the title around it ("le Premier ministre britannique Keir Starmer", "Giorgia Meloni, la
 * présidente du Conseil italien,"). Capitals and seats of power are places after "à", "en",
 * "sommet de"; elsewhere they stand for their government.
 */
import type { Token } from '../text/tokenize.ts';
import { getLexicon, type Lexicon, type LexEntry } from '../lexicon/lexicon.ts';
import { classesOf } from '../text/word-classes.ts';
import { fold } from '../text/fold.ts';
import { singular } from '../text/singular.ts';
import organizations from '../data/organizations.json' with { type: 'json' };
import words from '../data/words.json' with { type: 'json' };
import { mention, type EventMention, type Mention, type PlaceMention, type TitleRef } from './types.ts';

export interface SentenceMentions {
  mentions: Mention[];
  events: EventMention[];
  places: PlaceMention[];
  /** Token indices of "chefs d'État ou de gouvernement", "dirigeants"… */
  headGroups: number[];
}

type Item =
  | { type: 'lex'; first: number; last: number; entry: LexEntry; used?: boolean }
  | { type: 'name'; first: number; last: number; used?: boolean }
  | { type: 'flag'; first: number; last: number; iso2: string; used?: boolean };

const DETERMINERS = new Set(words.determiners);
const POSSESSIVES = new Set(words.possessives);
const GENITIVES = new Set(words.genitives);
const PLACE_PREPOSITIONS = new Set(words.placePrepositions);
const TRANSFER = new Set(words.transferWords);
const ARTICLES = new Set(words.determiners.filter((d) => !['du', 'des', 'au', 'aux'].includes(d)));
const DEFINITE = new Set(['le', 'la', "l'", 'les', 'au', 'aux', 'du', 'des']);
const DEMONSTRATIVE = new Set(['ce', 'cet', 'cette', 'ces']);
const INDEFINITE = new Set(['un', 'une']);
/** Nouns after which "de Paris" names a place, not the French government. */
const PLACE_HEADS = new Set([
  'sommet', 'reunion', 'rencontre', 'conference', 'declaration', 'accord', 'accords', 'traite', 'format', 'region', 'banlieue',
  'maire', 'centre', 'rue', 'rues', 'aeroport', 'universite', 'habitants', 'metro', 'palais', 'ville', 'pres', 'proximite', 'environs',
  'nord', 'sud', 'est', 'ouest', 'coeur', 'porte', 'portes', 'bourse', 'agglomeration', 'capitale', 'ambassade', 'consulat',
]);
const FORCE = organizations.forces;
const FORCE_QUALIFIERS = new Set(FORCE.qualifiers);
const FORCE_MODIFIERS = FORCE.modifiers.map((m) => m.split(' '));

export function detectMentions(tokens: Token[], sentence: number, lex: Lexicon): SentenceMentions {
  const items = scanItems(tokens, lex);
  const byLast = new Slots(tokens.length);
  const byFirst = new Slots(tokens.length);
  for (const it of items) {
    byLast.set(it.last, it);
    byFirst.set(it.first, it);
  }
  const out: SentenceMentions = { mentions: [], events: [], places: [], headGroups: [] };

  // People: name sequences with their titles ("Human Rights Watch" is no one).
  for (const it of items) {
    if (it.type !== 'name') continue;
    if (tokens.slice(it.first, it.last + 1).some((t) => classesOf(t) & lex.notInName)) continue;
    const person = buildPerson(it, tokens, sentence, byLast, byFirst);
    out.mentions.push(person);
  }
  propagatePluralTitles(out.mentions, tokens);

  for (const it of items) {
    if (it.type === 'flag') {
      out.mentions.push(mention({ label: 'Country', form: 'flag', sentence, first: it.first, last: it.last, npFirst: it.first, surface: tokens[it.first]!.text, iso2: it.iso2, inTitle: !!it.used }));
      continue;
    }
    if (it.type !== 'lex') continue;
    const e = it.entry;
    const surface = text(tokens, it.first, it.last);
    switch (e.kind) {
      case 'country': {
        if (e.form === 'capital' && isPlace(tokens, it.first, it.last)) {
          out.places.push({ sentence, first: it.first, last: it.last, city: canonicalCity(surface, lex) });
          break;
        }
        out.mentions.push(mention({ label: 'Country', form: e.form === 'capital' ? 'capital' : e.form === 'acronym' ? 'acronym' : 'name', sentence, first: it.first, last: it.last, npFirst: npStart(tokens, it.first), surface, iso2: e.iso2, inTitle: !!it.used }));
        break;
      }
      case 'org': {
        const info = lex.organizations.get(e.id)!;
        if (info.seat && isPlace(tokens, it.first, it.last)) {
          out.places.push({ sentence, first: it.first, last: it.last, city: info.seat });
          break;
        }
        out.mentions.push(mention({ label: 'Organization', form: e.acronym ? 'acronym' : 'name', sentence, first: it.first, last: it.last, npFirst: npStart(tokens, it.first), surface, orgId: e.id, inTitle: !!it.used }));
        break;
      }
      case 'demonym': {
        if (it.used) {
          out.mentions.push(mention({ label: 'Country', form: 'demonym', sentence, first: it.first, last: it.last, npFirst: it.first, surface, iso2: e.iso2, inTitle: true }));
          break;
        }
        const t = tokens[it.first]!;
        const isNoun = t.cap && it.first > 0 && DETERMINERS.has(tokens[it.first - 1]!.key);
        out.mentions.push(mention({
          label: 'Country', form: isNoun ? 'demonym-noun' : 'demonym', sentence, first: it.first, last: it.last,
          npFirst: isNoun ? it.first - 1 : it.first, surface, iso2: e.iso2, qualifies: adjectiveHead(tokens, it.first, byLast),
        }));
        break;
      }
      case 'title': {
        // "des chefs d'État comme …": the people listed lead their countries.
        if (e.title.plural && e.title.leads && e.title.scope === 'country') out.headGroups.push(it.first);
        if (it.used) break;
        const d = buildDescription(it, tokens, sentence, byLast, byFirst);
        if (d) out.mentions.push(d);
        break;
      }
      case 'event': {
        out.events.push({ sentence, first: it.first, last: it.last, kind: e.eventKind, determiner: determinerOf(tokens, it.first), surface });
        break;
      }
      case 'head-group':
        out.headGroups.push(it.first);
        break;
      case 'place':
        out.places.push(e.iso2 ? { sentence, first: it.first, last: it.last, city: e.city, iso2: e.iso2 } : { sentence, first: it.first, last: it.last, city: e.city });
        break;
      case 'former':
        break;
    }
  }

  // Organizations referred to by their head noun ("la Commission", "cette coalition"), and forces.
  const covered = new Uint8Array(tokens.length);
  for (const it of items) if (!(it.type === 'lex' && it.entry.kind === 'demonym')) covered.fill(1, it.first, it.last + 1);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i]!;
    if (FORCE.heads.includes(t.key)) {
      const force = matchForce(tokens, i, sentence, byFirst);
      if (force) {
        out.mentions.push(force);
        i = force.last;
        continue;
      }
    }
    const anaphorIds = classesOf(t) & lex.orgAnaphor ? lex.orgAnaphors.get(t.key) : undefined;
    const prev = tokens[i - 1]?.key ?? '';
    const next = tokens[i + 1]?.key ?? '';
    if ((anaphorIds || FORCE.heads.includes(t.key)) && (DEFINITE.has(prev) || DEMONSTRATIVE.has(prev)) && !GENITIVES.has(next)) {
      out.mentions.push(mention({ label: 'Organization', form: 'anaphor', sentence, first: i, last: i, npFirst: i - 1, surface: t.text, orgId: anaphorIds ? anaphorIds.join('|') : 'force' }));
    }
  }

  // Unknown capitalised words after "à"/"en" are places ("en Floride").
  for (const m of out.mentions) {
    if (m.label === 'Person' && m.form === 'surname' && !m.title && ['a', 'en'].includes(tokens[m.first - 1]?.key ?? '')) {
      out.places.push({ sentence, first: m.first, last: m.last, city: m.surface });
    }
  }
  out.mentions.sort((a, b) => a.first - b.first || a.last - b.last);
  return out;
}

/** Items by token index (where they start, or end): an array, cheaper than a map for small integers. */
class Slots {
  private readonly items: (Item | undefined)[];
  constructor(n: number) {
    this.items = new Array<Item | undefined>(n);
  }
  get(i: number): Item | undefined {
    return i >= 0 ? this.items[i] : undefined;
  }
  set(i: number, item: Item): void {
    this.items[i] = item;
  }
}

function scanItems(tokens: Token[], lex: Lexicon): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'flag') {
      items.push({ type: 'flag', first: i, last: i, iso2: t.flag! });
      continue;
    }
    if (t.type !== 'word') continue;
    const m = classesOf(t) & lex.phraseStart ? lex.index.match(tokens, i, acceptsHere) : null;
    if (m) {
      const entry = m.values[0]!;
      items.push({ type: 'lex', first: i, last: i + m.length - 1, entry });
      i += m.length - 1;
      continue;
    }
    // "l'Alliance", "la Commission": an organization named before, not a person.
    const anaphor = t.cap && !!(classesOf(t) & lex.orgAnaphor) && ['la', 'le', "l'", 'cette', 'ce', 'cet'].includes(tokens[i - 1]?.key ?? '');
    if (!anaphor && (isNameToken(t, lex) || startsWithPrefix(t) || particleAfterCivility(tokens, i, lex) || initialsBeforeName(tokens, i, lex))) {
      let last = i;
      // "J. D. Vance", "JD Vance": initials, then the name.
      while (isInitial(tokens, last) && tokens[last + 1]?.key === '.') last += 2;
      if (last > i) last--;
      if (tokens[i]!.allCaps && tokens[i]!.text.length <= 3 && isNameToken(tokens[i + 1] ?? tokens[i]!, lex)) last = i;
      while (last - i < 4) {
        const next = tokens[last + 1];
        if (next && continuesName(next, lex) && next.start - tokens[last]!.end <= 1 && !startsEntry(tokens, last + 1, lex)) {
          last++;
          continue;
        }
        // Particles inside names: "Ursula von der Leyen", "Charles de Gaulle".
        let p = last + 1;
        while (p - last <= 2 && tokens[p] && lex.particles.has(tokens[p]!.key) && !tokens[p]!.allCaps) p++;
        if (p > last + 1 && tokens[p] && isNameToken(tokens[p]!, lex) && !startsEntry(tokens, p, lex)) {
          last = p;
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

/** A lexicon entry other than a demonym starts at `at` (a name stops there). */
function startsEntry(tokens: Token[], at: number, lex: Lexicon): boolean {
  return !!(classesOf(tokens[at]!) & lex.phraseStart) && !!lex.index.match(tokens, at, acceptsEntryHere);
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
      return !prev || prev.type !== 'word' || prev.cap || lex.functionWords.has(prev.key) || lex.index.has(prev.key);
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

function isNameToken(t: Token, lex: Lexicon): boolean {
  return t.type === 'word' && t.cap && !t.allCaps && t.text.length >= 2 && !(classesOf(t) & lex.functionWord) && !t.text.endsWith("'");
}

const CIVILITIES = new Set(words.civilities);
const LISTING = new Set(['et', 'entre', 'avec', ',', 'ou']);

/** "Mme von der Leyen", "M. de Villepin": a surname may open with its particle after a civility. */
function particleAfterCivility(tokens: Token[], i: number, lex: Lexicon): boolean {
  const prev = tokens[i - 1];
  if (!prev || (prev.key !== '.' && !CIVILITIES.has(prev.key)) || !lex.particles.has(tokens[i]!.key)) return false;
  const civility = prev && (CIVILITIES.has(prev.key) || (prev.key === '.' && CIVILITIES.has(tokens[i - 2]?.key ?? '')));
  if (!civility) return false;
  let p = i + 1;
  while (tokens[p] && lex.particles.has(tokens[p]!.key)) p++;
  return !!tokens[p] && isNameToken(tokens[p]!, lex);
}

function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.type === 'word' && t.cap && t.text.length === 1 && tokens[i + 1]?.key === '.' && tokens[i + 1]!.start === t.end;
}

/** "J. D. Vance" (initials then a name), "JD Vance" (two or three capitals then a name). */
function initialsBeforeName(tokens: Token[], i: number, lex: Lexicon): boolean {
  let p = i;
  while (isInitial(tokens, p)) p += 2;
  if (p > i) return !!tokens[p] && isNameToken(tokens[p]!, lex) && !CIVILITIES.has(tokens[i]!.key);
  const t = tokens[i]!;
  return t.allCaps && t.text.length <= 3 && !!tokens[i + 1] && isNameToken(tokens[i + 1]!, lex) && !(classesOf(t) & lex.phraseStart);
}

function canonicalCity(surface: string, lex: Lexicon): string {
  return lex.cityNames.get(fold(surface)) ?? surface;
}

/** Inside a name, also "al-Sissi", "ben-Gvir" and regnal numbers ("Abdallah II"). */
function continuesName(t: Token, lex: Lexicon): boolean {
  return isNameToken(t, lex) || startsWithPrefix(t) || (t.allCaps && ROMAN.test(t.text)) || (t.text.length === 1 && (t.text === 'I' || t.text === 'V' || t.text === 'X'));
}

/** "al-Sissi", "ben-Gvir": cheap checks before the regular expression. */
function startsWithPrefix(t: Token): boolean {
  return t.type === 'word' && !t.cap && t.text.length > 3 && t.text.includes('-') && NAME_PREFIX.test(t.text);
}
const NAME_PREFIX = /^(?:al|el|ad|ash|ben|bin|abu|ibn)-\p{Lu}/u;
const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3}I{0,3})$/;

function text(tokens: Token[], first: number, last: number): string {
  let s = tokens[first]!.text;
  for (let i = first + 1; i <= last; i++) s += (tokens[i]!.start > tokens[i - 1]!.end ? ' ' : '') + tokens[i]!.text;
  return s;
}

/** Include the article before a noun phrase ("du", "des", "au" stay out: they carry a preposition). */
function npStart(tokens: Token[], first: number): number {
  return first > 0 && ARTICLES.has(tokens[first - 1]!.key) ? first - 1 : first;
}

function determinerOf(tokens: Token[], at: number): EventMention['determiner'] {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const k = tokens[i]!.key;
    if (DEMONSTRATIVE.has(k)) return 'demonstrative';
    if (POSSESSIVES.has(k)) return 'possessive';
    if (INDEFINITE.has(k)) return 'indefinite';
    if (DEFINITE.has(k)) return 'definite';
    if (tokens[i]!.type !== 'word') break;
  }
  return 'none';
}

/**
 * "à Paris", "en Floride", "sommet de Paris", "au palais de l'Élysée", a dateline ("Vilnius, le
 * 24 juin"): the name is a place. "l'aide à Kiev" is the Ukrainian government receiving it.
 */
function isPlace(tokens: Token[], first: number, last = first): boolean {
  if (first === 0 && [',', '(', '-', '–'].includes(tokens[last + 1]?.key ?? '')) return true;
  let p = first - 1;
  if (p >= 0 && ['la', 'le', "l'"].includes(tokens[p]!.key)) p--;
  const prev = tokens[p]?.key ?? '';
  if (PLACE_PREPOSITIONS.has(prev)) {
    if (prev === 'a' || prev === 'au') {
      for (let q = p - 1; q >= Math.max(0, p - 5); q--) if (TRANSFER.has(tokens[q]!.key)) return false;
    }
    return true;
  }
  if (prev === 'de' || prev === "d'" || prev === 'du') {
    for (let q = p - 1; q >= Math.max(0, p - 3); q--) if (PLACE_HEADS.has(tokens[q]!.key)) return true;
  }
  if (prev === 'de' && tokens[p - 1]?.key === 'pres') return true;
  return false;
}

/** The noun a demonym adjective qualifies: the word before it, skipping other adjectives. */
function adjectiveHead(tokens: Token[], at: number, byLast: Slots): number | undefined {
  let p = at - 1;
  while (p >= 0) {
    const it = byLast.get(p);
    if (it && it.type === 'lex' && it.entry.kind === 'demonym') {
      p = it.first - 1;
      continue;
    }
    if (tokens[p]!.key === 'et' || tokens[p]!.key === ',') {
      p--;
      continue;
    }
    break;
  }
  return p >= 0 && tokens[p]!.type === 'word' ? p : undefined;
}

/** A title phrase ending at token `end`: TITLE [demonym…] or TITLE de|du|à [la] ORG|COUNTRY. */
function titleEndingAt(end: number, tokens: Token[], byLast: Slots): TitleRef | null {
  let k = end;
  let country: string | undefined;
  let org: string | undefined;
  const consumed: Item[] = [];
  let it = byLast.get(k);
  while (it && it.type === 'lex' && it.entry.kind === 'demonym') {
    country ??= it.entry.iso2;
    consumed.push(it);
    k = it.first - 1;
    it = byLast.get(k);
  }
  if (!country && it && it.type === 'lex' && (it.entry.kind === 'org' || (it.entry.kind === 'country' && it.entry.form !== 'capital'))) {
    let p = it.first - 1;
    if (['la', 'le', "l'", 'les'].includes(tokens[p]?.key ?? '')) p--;
    if (['de', "d'", 'du', 'des', 'a', 'au', 'aux'].includes(tokens[p]?.key ?? '')) {
      if (it.entry.kind === 'org') org = it.entry.id;
      else country = it.entry.iso2;
      consumed.push(it);
      k = p - 1;
      it = byLast.get(k);
    }
  }
  if (!it || it.type !== 'lex' || it.entry.kind !== 'title') return null;
  const titleItem = it;
  const info = it.entry.title;
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
  if (POSSESSIVES.has(det)) possessive = true;
  // "ex-président" is one token.
  if (/^ex-/.test(tokens[titleItem.first]!.key)) former = true;
  titleItem.used = true;
  for (const c of consumed) c.used = true;
  return { title: info, surface: text(tokens, titleItem.first, end), country: country ?? (org ? undefined : info.country), org: org ?? info.org, former, possessive, first, last: end };
}

function buildPerson(it: Item, tokens: Token[], sentence: number, byLast: Slots, byFirst: Slots): Mention {
  const surface = text(tokens, it.first, it.last);
  let j = it.first - 1;
  let nationality: string | undefined;
  while (j >= 0 && tokens[j]!.type === 'flag') {
    nationality ??= tokens[j]!.flag;
    const f = byLast.get(j);
    if (f) f.used = true;
    j--;
  }
  let title: TitleRef | null = null;
  let first = it.first;
  const demonymNoun = byLast.get(j);
  if (demonymNoun && demonymNoun.type === 'lex' && demonymNoun.entry.kind === 'demonym' && tokens[demonymNoun.first]!.cap && !titleEndingAt(j, tokens, new Slots(0))) {
    // "l'Italienne Giorgia Meloni"
    const before = byLast.get(demonymNoun.first - 1);
    if (!(before && before.type === 'lex' && before.entry.kind === 'title')) {
      nationality = demonymNoun.entry.iso2;
      demonymNoun.used = true;
      first = demonymNoun.first;
    }
  }
  if (first === it.first) {
    title = titleEndingAt(j, tokens, byLast);
    if (!title && tokens[j]?.key === ',') title = titleEndingAt(j - 1, tokens, byLast);
    if (title) first = title.first;
  }
  if (!title) title = appositiveTitle(it.last, tokens, byLast, byFirst);
  if (title && title.title.leads && !title.country && !title.org && ['de', "d'", 'du'].includes(tokens[it.last + 1]?.key ?? '')) {
    // "le roi Abdallah II de Jordanie", "le président Lula du Brésil"
    const c = byFirst.get(it.last + 2);
    if (c && c.type === 'lex' && c.entry.kind === 'country' && c.entry.form === 'name') {
      title.country = c.entry.iso2;
      c.used = true;
    }
  }
  const before = tokens[npStart(tokens, first) - 1]?.key ?? '';
  const m: Mention = mention({
    listed: LISTING.has(before),
    label: 'Person',
    form: it.last > it.first || title || nationality ? 'name' : 'surname',
    sentence,
    first,
    last: it.last,
    npFirst: npStart(tokens, first),
    surface,
  });
  if (title) m.title = title;
  if (nationality) m.nationality = nationality;
  return m;
}

/** "Giorgia Meloni, la présidente du Conseil italien," / "Ursula von der Leyen, présidente de la Commission". */
function appositiveTitle(nameLast: number, tokens: Token[], byLast: Slots, byFirst: Slots): TitleRef | null {
  if (tokens[nameLast + 1]?.key !== ',') return null;
  let p = nameLast + 2;
  if (DETERMINERS.has(tokens[p]?.key ?? '') && !POSSESSIVES.has(tokens[p]!.key)) p++;
  const former = byFirst.get(p);
  if (former && former.type === 'lex' && former.entry.kind === 'former') p = former.last + 1;
  const it = byFirst.get(p);
  if (!it || it.type !== 'lex' || it.entry.kind !== 'title' || it.entry.title.counterpart) return null;
  // Extend over a demonym or a "de ORG" complement.
  if (!it.entry.title.plural && titleIntroducesName(it.last, tokens, byFirst)) return null;
  const end = complementEnd(it.last, tokens, byFirst);
  // "Zelensky, le Premier ministre britannique Keir Starmer": the title is the next name's.
  if (titleIntroducesName(end, tokens, byFirst)) return null;
  const ref = titleEndingAt(end, tokens, byLast);
  if (ref && former && former.type === 'lex' && former.entry.kind === 'former') ref.former = true;
  return ref;
}

/** Where a title ending at `end` really ends: over a demonym ("président français") or a
 * "de ORG|COUNTRY" complement ("présidente de la Commission européenne"). */
function complementEnd(end: number, tokens: Token[], byFirst: Slots): number {
  const next = byFirst.get(end + 1);
  if (next && next.type === 'lex' && next.entry.kind === 'demonym') return next.last;
  let q = end + 1;
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

/** "les émissaires américains Steve Witkoff et Jared Kushner": the plural title covers both names. */
function propagatePluralTitles(mentions: Mention[], tokens: Token[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const prev = mentions[i - 1]!;
    const cur = mentions[i]!;
    if (prev.label !== 'Person' || cur.label !== 'Person' || cur.title || !prev.title?.title.plural) continue;
    const between = tokens.slice(prev.last + 1, cur.first).map((t) => t.key);
    if (between.length === 1 && (between[0] === 'et' || between[0] === ',')) {
      cur.title = { ...prev.title, surface: singular(prev.title.surface) };
      if (cur.form === 'surname') cur.form = 'name';
    }
  }
}

/** A title without a name: "le président américain", "Le chef de l'État russe", "Sa présidente". */
function buildDescription(it: Item & { type: 'lex' }, tokens: Token[], sentence: number, byLast: Slots, byFirst: Slots): Mention | null {
  if (it.entry.kind !== 'title' || it.entry.title.plural) return null;
  const end = complementEnd(it.last, tokens, byFirst);
  const ref = titleEndingAt(end, tokens, byLast);
  if (!ref) return null;
  const det = tokens[ref.first - 1]?.key ?? '';
  const definite = ['le', 'la', "l'"].includes(det);
  if (!(definite || ref.possessive) || ref.former) return null;
  if (!ref.country && !ref.org && !ref.possessive && !ref.title.counterpart) return null;
  return mention({ label: 'Person', form: 'description', sentence, first: ref.first, last: end, npFirst: ref.first - 1, surface: text(tokens, ref.first, end), title: ref });
}

/** "force multinationale pour l'Ukraine", "une force de dissuasion multinationale", "la force internationale". */
function matchForce(tokens: Token[], at: number, sentence: number, byFirst: Slots): Mention | null {
  let p = at + 1;
  let qualified = false;
  for (;;) {
    const t = tokens[p];
    if (!t) break;
    if (FORCE_QUALIFIERS.has(t.key)) {
      qualified = true;
      p++;
      continue;
    }
    const mod = FORCE_MODIFIERS.find((words) => words.every((w, k) => tokens[p + k]?.key === w));
    if (mod) {
      p += mod.length;
      continue;
    }
    break;
  }
  if (!qualified) return null;
  let last = p - 1;
  let iso2: string | undefined;
  // "pour l'Ukraine", "en Ukraine"
  let q = p;
  if (['pour', 'en'].includes(tokens[q]?.key ?? '')) {
    q++;
    if (['la', 'le', "l'"].includes(tokens[q]?.key ?? '')) q++;
    const c = byFirst.get(q);
    if (c && c.type === 'lex' && c.entry.kind === 'country' && c.entry.form === 'name') {
      iso2 = c.entry.iso2;
      last = c.last;
    }
  }
  const m: Mention = mention({ label: 'Organization', form: 'name', sentence, first: at, last, npFirst: npStart(tokens, at), surface: text(tokens, at, last), orgId: 'force' });
  if (iso2) m.iso2 = iso2;
  return m;
}
