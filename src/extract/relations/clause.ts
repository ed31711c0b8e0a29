/**
 * Shallow clause analysis: who is the subject of a verb, who its objects are, and whether it is
 * negated, undecided or conditional. French news syntax is regular enough for this: the subject
 * is the noun phrase(s) of the clause before the verb that are not complements ("de X", "à X");
 * "que"/"tandis que"/";" open a new clause; "qui" takes its antecedent; "il"/"elle" the last
 * person who was a subject.
 */
import type { Token } from '../text/tokenize.ts';
import type { Mention } from '../mentions/types.ts';
import { beforeCivility } from '../mentions/items.ts';
import words from '../data/words.json' with { type: 'json' };
import relations from '../data/relations.json' with { type: 'json' };
import calendar from '../data/calendar.json' with { type: 'json' };
import { cardinalOf, type PeopleMemory } from './people-memory.ts';

const GENITIVES = new Set(words.genitives);
const PREPOSITIONS = new Set(words.prepositions);
const BOUNDARIES = new Set(words.clauseBoundaries);
const RELATIVES = new Set(words.relativePronouns);
/** What opens a relative clause set between commas ("dont" too, though it bounds no clause of its own). */
const ASIDE_OPENERS = new Set([...words.relativePronouns, 'dont']);
const SUBJECT_PRONOUNS = new Set(words.subjectPronouns);
const OBLIQUE_RELATIVES = new Set(words.obliqueRelatives);
const PREPOSITIONS_BEFORE_RELATIVE = new Set(words.prepositionsBeforeRelative);
const COLLECTIVE_MEMBERS = new Set(words.collectiveMembers);
const PAIR_HEADS = new Set(words.pairHeads);
const NEG_OPEN = new Set(words.negationOpeners);
const NEGATIVE_SUBJECTS = new Set(words.negativeSubjects);
const NOUNS_IN_ANT = new Set(words.nounsInAnt);
const NEG_CLOSE = new Set(words.negationClosers);
const CLAUSE_STOPS = new Set([',', '.', ';', ':', 'mais', 'et']);
const UNDECIDED = new Set(words.undecidedMarkers.filter((w) => !w.includes(' ')));
const CONDITIONAL = new Set(words.conditionalMarkers);
/** A decision a commitment waits for ("sans l'aval du Parlement", "sans un vote"). */
const PRECONDITIONS = new Set(words.preconditionNouns);
/** "sans s'engager", "sans engagement", "sans promettre": said without committing. */
const NO_COMMITMENT = new Set(words.commitmentWords);
const BEYOND = new Set(words.beyondWords);
const SENTENCE_STOPS = new Set(['.', ';', '!', '?']);
const REFUSAL_STEMS = /^(?:refus|rejet|rejett|exclu|ecart)/;
const RULE_OUT = new Set(words.ruleOutMarkers);
const NO_WHEN_NEGATED = new Set(words.noWhenNegated);
/** "souligne", "annonce", "rappele": the participles of speech verbs ("a souligné"). */
const SPEECH_PARTICIPLES = new Set(words.speechVerbs.filter((v) => v.startsWith('a ')).map((v) => v.slice(2)));
const MADE_KNOWN = new Set(words.madeKnown);
const VERB_AUXILIARIES = new Set(words.auxiliariesBeforeVerb);
/** Speech verbs in the present of a report ("…, tranche le ministre X"). */
const SPEECH_PRESENT = new Set([...words.speechVerbs.filter((v) => !v.includes(' ')), ...words.speechVerbsPresent]);
/** After these, "de X" / "des X" introduces an argument, not a complement of a noun. */
const NOT_A_NOUN = new Set([',', '(', '"', ':', ...words.notNounsBeforeDe]);

export type Role = 'core' | 'genitive' | 'oblique' | 'parenthetical';

export interface Argument {
  mention: Mention;
  role: Role;
  /** The preposition of an oblique argument ("à", "par", "en"). */
  preposition?: string;
}

/** The analysed sentence: its tokens and its entity mentions with their syntactic role. */
export class Clause {
  readonly args: Argument[];
  /** The comma closing a fronted adverbial or subordinate clause ("Selon X, …", "Bien que …, …"). */
  readonly frontedEnd: number;

  constructor(
    readonly tokens: Token[],
    mentions: Mention[],
    /** The grammatical gender of an entity, when known, for "il" / "elle". */
    private readonly genderOf: (ref: string) => 'f' | 'm' | undefined = () => undefined,
    /** Who the sentences before named together: who "les deux dirigeants" or "ils" are. */
    private readonly memory?: PeopleMemory,
  ) {
    this.frontedEnd = frontedEnd(tokens);
    const args: Argument[] = [];
    const parens = parentheticalSpans(tokens);
    for (const m of mentions) {
      if (m.inTitle || !m.ref) continue;
      if (m.label === 'Country' && (m.form === 'demonym' || m.form === 'flag')) continue;
      args.push(this.argumentFor(m, args, parens));
    }
    this.args = args;
  }

  /** The role of the noun phrase whose head noun ends at `at` ("la cheffe" after a comma: core; "avec la cheffe": oblique). */
  private headRole(at: number): { role: 'core' } | { role: 'oblique'; preposition: string } | undefined {
    let k = at;
    while (k >= 0 && k > at - 4 && this.tokens[k]!.type === 'word' && !PREPOSITIONS.has(this.tokens[k]!.key) && !GENITIVES.has(this.tokens[k]!.key)) k--;
    const before = this.tokens[k]?.key;
    if (k < 0 || before === ',') return { role: 'core' };
    if (before !== undefined && PREPOSITIONS.has(before)) return { role: 'oblique', preposition: before };
    return undefined;
  }

  private argumentFor(m: Mention, previous: Argument[], parens: [number, number][]): Argument {
    if (parens.some(([a, b]) => m.first > a && m.last < b)) return { mention: m, role: 'parenthetical' };
    const t = this.tokens;
    // ("l'absence de M. X": the civility is the name's, the preposition before it its phrase's.)
    let p = beforeCivility(t, m.npFirst - 1);
    const prev = t[p]?.key ?? '';
    if (prev === ',' && p === this.frontedEnd) return { mention: m, role: 'core' };
    // "où" folds to "ou" but coordinates nothing ("arrivés à Évian, où le président…").
    if (prev === 'et' || prev === ',' || prev === 'ni' || (prev === 'ou' && t[p]!.text.toLowerCase() === 'ou')) {
      // "L'envoyé spécial de X, Y, a rencontré…": set between commas before the verb, Y is the
      // apposition naming the whole noun phrase, the subject, not a second complement.
      if (prev === ',' && t[m.last + 1]?.key === ',' && VERB_STARTS.has(t[m.last + 2]?.key ?? '')) return { mention: m, role: 'core' };
      // A conjunct takes the role of the noun phrase it is coordinated with ("par X, et Y" too).
      const reach = prev === 'et' && t[p - 1]?.key === ',' ? 2 : 1;
      const conjunct = [...previous].reverse().find((a) => a.mention.last < p && a.mention.last >= p - reach);
      // "la cheffe de la Minuss, la Ghanéenne X, …": a person set after a body's name names the head
      // noun it completes, whose role is the phrase's.
      if (conjunct && prev === ',' && conjunct.role === 'genitive' && conjunct.mention.label !== 'Person' && m.label === 'Person') {
        const head = this.headRole(conjunct.mention.npFirst - 2);
        if (head) return { mention: m, ...head };
      }
      if (conjunct) return { mention: m, role: conjunct.role, ...(conjunct.preposition ? { preposition: conjunct.preposition } : {}) };
      if (prev === ',') return { mention: m, role: 'core' };
    }
    if (GENITIVES.has(prev)) {
      const before = t[p - 1]?.key;
      if (before !== undefined && !NOT_A_NOUN.has(before)) return { mention: m, role: 'genitive', preposition: prev };
      if (before === undefined) return { mention: m, role: 'core' };
    }
    if (PREPOSITIONS.has(prev)) return { mention: m, role: 'oblique', preposition: prev };
    if (prev === 'que' || prev === "qu'") return { mention: m, role: 'core' };
    p = m.npFirst - 1;
    return { mention: m, role: 'core' };
  }

  /** First token of the clause that contains token `at`. */
  clauseStart(at: number): number {
    for (let i = at - 1; i >= 0; i--) {
      const k = this.tokens[i]!.key;
      // ("A, B ainsi que C ont…", "A, de même que B, a…": a coordination, no clause of its own.)
      if ((k === 'que' || k === "qu'") && (this.tokens[i - 1]?.key === 'ainsi' || (this.tokens[i - 1]?.key === 'meme' && this.tokens[i - 2]?.key === 'de'))) continue;
      // ("a bien participé", "a alors rejoint": an adverb inside the verb; "bien que", "alors que" open a clause.)
      if ((k === 'bien' || k === 'alors') && this.tokens[i + 1]?.key !== 'que' && this.tokens[i + 1]?.key !== "qu'") continue;
      if (BOUNDARIES.has(k) || RELATIVES.has(k) || isParticipleOpener(this.tokens, i) || this.isSpeechIncise(i)) return Math.max(i + 1, at > this.frontedEnd && i < this.frontedEnd ? this.frontedEnd + 1 : 0);
      if (i === this.frontedEnd && at > i) return i + 1;
    }
    return 0;
  }

  /** First token after the clause that contains token `at`. */
  clauseEnd(at: number): number {
    for (let i = at + 1; i < this.tokens.length; i++) {
      const k = this.tokens[i]!.key;
      if (k === ';' || k === 'tandis' || k === 'mais' || k === 'alors' || RELATIVES.has(k)) return i;
    }
    return this.tokens.length;
  }

  /**
   * The end of the clause from `at` when it lists people, past a relative clause set off by commas after one of
   * them ("avaient pris place A, qui a dirigé les débats, le Rwandais B et C": the list goes on after it).
   */
  listEnd(at: number): number {
    let end = this.clauseEnd(at);
    while (this.tokens[end]?.key === 'qui' && this.tokens[end - 1]?.key === ',') {
      let comma = end + 1;
      while (comma < this.tokens.length && this.tokens[comma]!.key !== ',' && this.tokens[comma]!.key !== '.') comma++;
      if (this.tokens[comma]?.key !== ',' || !this.args.some((a) => a.mention.label === 'Person' && a.mention.npFirst === comma + 1)) break;
      end = this.clauseEnd(comma);
    }
    return end;
  }

  /**
   * Token `at` is in an aside on a noun: a participle or a relative clause opened after a comma a few
   * words before ("Y, reçu à dîner par M. X la veille au soir, …", "…, qui avait assisté au sommet").
   */
  inAside(at: number): boolean {
    for (let i = at - 1; i >= Math.max(1, at - 8); i--) {
      const k = this.tokens[i]!.key;
      // (An aside closed before `at` is behind: "…, emmenés par Paris et Londres – se sont retrouvés".)
      if (this.tokens[i]!.type === 'punct') return false;
      if (this.tokens[i - 1]!.key === ',' && (RELATIVES.has(k) || k === 'dont' || ((PARTICIPLE_FORM.test(k) && !NOT_PARTICIPLES.has(k)) || SHORT_PARTICIPLES.has(k)))) return true;
    }
    return false;
  }

  /** The subject(s) of the verb at token `at`, resolving "qui" and subject pronouns. */
  subjects(at: number, previousSubject?: Argument): Argument[] {
    const start = this.clauseStart(at);
    const opener = this.tokens[start - 1]?.key ?? '';
    if (RELATIVES.has(opener)) {
      // "Aux côtés de X, qui coprésidait la réunion, M. Marku a accueilli…": the relative clause
      // closed by its comma, the main clause's subject follows it.
      let comma = at - 1;
      while (comma > start && this.tokens[comma]!.key !== ',') comma--;
      const closed = comma > start ? this.args.filter((a) => a.role === 'core' && a.mention.first > comma && a.mention.last < at) : [];
      // (Inside "auquel X s'est joint", "à laquelle X a pris part", the pronoun is the verb's complement: its subject follows.)
      const oblique = OBLIQUE_RELATIVES.has(opener) || PREPOSITIONS_BEFORE_RELATIVE.has(this.tokens[start - 2]?.key ?? '');
      if (closed.length || !oblique || comma > start) return closed.length ? lastChain(closed, this.tokens) : this.coreBefore(start - 1);
    }
    // "Le Rwanda, qui n'est pas membre … mais dont l'ambassadeur suivait la réunion, a proposé": the
    // relative clause goes on after "mais"; closed by its comma, the verb is the main clause's.
    if (opener === 'mais' && this.asideClosedBefore(start, at)) {
      const outer = this.clauseStart(start - 1);
      if (RELATIVES.has(this.tokens[outer - 1]?.key ?? '') && this.tokens[outer - 2]?.key === ',') return this.coreBefore(outer - 1);
    }
    // "…, selon son représentant, X, et l'Uruguay mettra à disposition…": after ", et", the noun phrase right
    // before the verb is its subject, whatever the coordination it seemed to close.
    const joined = this.args.find((a) => a.mention.npFirst > start && (a.mention.last === at - 1 || (a.mention.last === at - 2 && VERB_AUXILIARIES.has(this.tokens[at - 1]!.key))) && this.tokens[a.mention.npFirst - 1]?.key === 'et' && this.tokens[a.mention.npFirst - 2]?.key === ',');
    if (joined && joined.role !== 'core') return [joined];
    const heads = this.args.filter((a) => a.role === 'core' && a.mention.first >= start && a.mention.last < at && !this.inAgentIncise(start, a.mention.first, at));
    if (heads.length) return lastChain(heads, this.tokens);
    const body = this.collectiveSubject(start, at);
    if (body) return [body];
    const group = this.groupOpens(start, at);
    if (group) {
      const people = this.memory?.group(group.n, group.head, this.args.filter((a) => a.mention.first > at));
      if (people) return people;
    }
    for (let i = start; i < at; i++) {
      const inverted = invertedPronoun(this.tokens[i]!.key);
      const pronoun = inverted ?? this.tokens[i]!.key;
      if (SUBJECT_PRONOUNS.has(pronoun)) return this.topicResumed(i) ?? this.pronounSubject(start, pronoun, inverted !== undefined, previousSubject);
    }
    // "X a participé aux discussions mais a répété que…", "refuse … mais fournira des armes": the
    // coordinated verb without a subject of its own shares the previous clause's.
    // ("La Suisse n'enverra aucun soldat, a-t-elle répété, mais les 150 millions promis seront versés": past the
    // speech incise, the clause it interrupts.)
    if (opener === 'mais' && start > 0) {
      const inner = this.clauseStart(start - 1);
      return this.subjects(inner > 0 && this.isSpeechIncise(inner - 1) ? inner - 1 : start - 1, previousSubject);
    }
    return [];
  }

  /**
   * "Le Canada, représenté par son ministre, X, débloquera": `first` is inside a participle's incise with
   * its agent, set between commas before the verb at `at`; the subject is before it.
   */
  private inAgentIncise(start: number, first: number, at: number): boolean {
    for (let i = Math.max(start + 1, first - 8); i < first; i++) {
      if (this.tokens[i - 1]!.key !== ',' || this.tokens[i + 1]?.key !== 'par' || !PARTICIPLE_FORM.test(this.tokens[i]!.key)) continue;
      for (let j = first + 1; j < at; j++) if (this.tokens[j]!.key === ',') return true;
    }
    return false;
  }

  /**
   * A comma closes the clause from `start` just before the verb at `at` (its auxiliary between), not
   * one closing an apposition ("dont l'ambassadeur, Eugène Rugira, suivait": Rugira is the subject).
   */
  private asideClosedBefore(start: number, at: number): boolean {
    for (let i = at - 1; i > start && i >= at - 3; i--) if (this.tokens[i]!.key === ',') return !this.args.some((a) => a.role === 'core' && a.mention.last === i - 1);
    return false;
  }

  /**
   * Whom the subject pronoun of the clause from `start` stands for. A method of its own: closures in
   * the loop over the clause's tokens would make the engine allocate a scope for every token.
   */
  private pronounSubject(start: number, pronoun: string, inverted: boolean, previousSubject: Argument | undefined): Argument[] {
    // "Frederiksen a déclaré qu'elle…", "La Commission a rappelé qu'elle…": the subject of the main
    // clause, else the last person of the article; never someone of the other gender ("elle" is
    // not "le président"; a country or an institution has no known gender).
    const gender = pronoun.startsWith('elle') ? 'f' : 'm';
    // "ils"/"elles" may stand for all the main clause's subjects ("X et Y ont confirmé qu'ils fourniraient…"): gender aside.
    const plural = pronoun.endsWith('s');
    const fits = (a: Argument): boolean => plural || (this.genderOf(a.mention.ref!) ?? gender) === gender;
    // An inverted pronoun ("a-t-elle annoncé") is the one speaking: a person.
    // ("Paris et Londres, qui pilotent la coalition, ont redit qu'ils…": past the relative set between commas.)
    const before = start > 0 ? this.coreBefore(start - 1) : [];
    // (After a relative clause between commas, "Paris et Londres, qui pilotent la coalition des volontaires, ont redit qu'ils…",
    // the clause before "que" starts inside the relative: its verb's subjects, read past it.)
    const afterQue = start > 1 && (this.tokens[start - 1]!.key === 'que' || this.tokens[start - 1]!.key === "qu'");
    const afterRelative = afterQue && RELATIVES.has(this.tokens[this.clauseStart(start - 1) - 1]?.key ?? '');
    const main = (!before.length || afterRelative) && afterQue ? this.subjects(start - 2) : before;
    const matrix = main.filter((a) => (a.mention.label === 'Person' ? fits(a) : a.role === 'core' && !inverted));
    if (matrix.length) return plural ? matrix : matrix.slice(0, 1);
    // "…a rappelé que la Pologne ne déploierait pas de troupes, mais qu'elle servirait de base": the subject of the
    // completive it is coordinated with.
    if (start > 2 && (this.tokens[start - 1]!.key === "qu'" || this.tokens[start - 1]!.key === 'que') && (this.tokens[start - 2]!.key === 'mais' || this.tokens[start - 2]!.key === 'et')) {
      for (let q = start - 3; q > 0; q--) {
        const k = this.tokens[q]!.key;
        if (k !== "qu'" && k !== 'que') continue;
        const first = this.args.find((a) => a.role === 'core' && a.mention.npFirst === q + 1 && !inverted && (a.mention.label !== 'Person' || fits(a)));
        if (first) return [first];
        break;
      }
    }
    // "Les trois dirigeants sont arrivés à Kiev. Ils ont déposé une gerbe": the group the last sentence had as its subject.
    if (plural && this.memory && this.memory.plural.length >= 2) return this.memory.plural;
    return previousSubject && fits(previousSubject) ? [previousSubject] : [];
  }

  /**
   * "Mercredi, les deux chefs d'État ont signé", "les quatre dirigeants ont appelé": "les", a number and
   * a head noun for people open the clause; the head noun and the number.
   */
  private groupOpens(start: number, at: number): { head: string; n: number; end: number } | undefined {
    for (let i = start; i < Math.min(at - 2, start + 4); i++) {
      if (this.tokens[i]!.key !== 'les') continue;
      const n = cardinalOf(this.tokens[i + 1]!.key);
      if (n !== undefined) return PAIR_HEADS.has(this.tokens[i + 2]!.key) ? { head: this.tokens[i + 2]!.key, n, end: i + 2 } : undefined;
    }
    return undefined;
  }

  /** "des quatre dirigeants", "les deux chefs d'État" at `at`: the people remembered, if the group is known. */
  groupAt(at: number): Argument[] | undefined {
    const n = cardinalOf(this.tokens[at + 1]?.key ?? '');
    const head = this.tokens[at + 2]?.key ?? '';
    return n !== undefined && PAIR_HEADS.has(head) ? this.memory?.group(n, head) : undefined;
  }

  /**
   * The people the sentence has as its subject when they are several ("X, Y et Z sont arrivés", "les
   * trois dirigeants ont…", "Ils ont…" resuming a group): who a later "ils" is.
   */
  pluralSubject(memory: PeopleMemory): Argument[] | undefined {
    const from = this.frontedEnd + 1;
    const group = this.groupOpens(from, this.tokens.length);
    if (group) return memory.group(group.n, group.head, this.args.filter((a) => a.mention.first > group.end));
    const first = this.tokens[from]?.key;
    if ((first === 'ils' || first === 'elles') && memory.plural.length >= 2) return memory.plural;
    const core = this.args.filter((a) => a.role === 'core' && a.mention.first >= from);
    if (core.length < 2 || core[0]!.mention.label !== 'Person' || core[0]!.mention.npFirst !== from) return undefined;
    for (let k = core.length; k >= 2; k--) {
      const chain = lastChain(core.slice(0, k), this.tokens);
      if (chain[0] !== core[0]) continue;
      const refs = new Set(chain.map((a) => a.mention.ref));
      return chain.every((a) => a.mention.label === 'Person' && a.mention.ref!.startsWith('person:')) && refs.size >= 2 ? chain : undefined;
    }
    return undefined;
  }

  /** "Quant à la Suède, elle ne fournira pas…": the pronoun right after the comma resumes the topic set before it. */
  private topicResumed(pronoun: number): Argument[] | undefined {
    const t = this.tokens;
    if (t[0]?.key !== 'quant' || !['a', 'au', 'aux'].includes(t[1]?.key ?? '') || t[pronoun - 1]?.key !== ',') return undefined;
    // ("Quant à l'Italie, premier contributeur de la force, elle pourrait…": past its apposition.)
    const topic = this.args.find((a) => a.mention.first <= 4);
    return topic && (topic.mention.last === pronoun - 2 || t[topic.mention.last + 1]?.key === ',') ? [topic] : undefined;
  }

  /** "Les chefs d'État et de gouvernement de l'Union européenne ont approuvé…": the body its members act for. */
  private collectiveSubject(start: number, at: number): Argument | undefined {
    const body = this.args.find((a) => a.role === 'genitive' && a.mention.label === 'Organization' && a.mention.first >= start && a.mention.last < at);
    if (!body) return undefined;
    for (let i = start; i < body.mention.npFirst; i++) if (COLLECTIVE_MEMBERS.has(this.tokens[i]!.key)) return body;
    return undefined;
  }

  /** Core arguments ending right before token `at` (the antecedent of "qui"). */
  coreBefore(at: number): Argument[] {
    const start = this.clauseStart(at);
    const aside = this.relativeAside(start, at);
    const heads = this.args.filter((a) => (a.role === 'core' || a.role === 'oblique') && a.mention.first >= start && a.mention.last < at && !(a.mention.first > aside[0] && a.mention.last < aside[1]));
    return heads.length ? lastChain(heads, this.tokens) : [];
  }

  /**
   * The last relative clause between commas in `[from, at)` ("X et Y, dont les pays pilotent la
   * coalition, ont confirmé qu'ils…"): an aside whose nouns are not the main clause's subjects.
   */
  private relativeAside(from: number, at: number): [number, number] {
    let aside: [number, number] = [at, at];
    for (let i = from; i < at - 1; i++) {
      if (this.tokens[i]!.key !== ',' || !ASIDE_OPENERS.has(this.tokens[i + 1]!.key)) continue;
      let close = i + 2;
      while (close < at && this.tokens[close]!.key !== ',') close++;
      if (close < at) aside = [i, close];
    }
    return aside;
  }

  /** Arguments after the verb at `at`, in the same clause. */
  objects(at: number, end = this.clauseEnd(at)): Argument[] {
    return this.args.filter((a) => a.mention.first > at && a.mention.first < end && a.role !== 'parenthetical');
  }

  /** The people named within `within` tokens after `at`, whatever their role: an incise's speaker after its verb ("…, a déclaré pendant l'appel la présidente chilienne, X"). */
  peopleAfter(at: number, within: number): Argument[] {
    return this.args.filter((a) => a.mention.label === 'Person' && a.mention.first > at && a.mention.first <= at + within);
  }

  /** "ne … pas", "n'… aucun", "sans": the verb at `at` is negated. `from` is where its clause starts. */
  negated(from: number, at: number): boolean {
    let opened = false;
    // "aucun soldat ne sera envoyé": the negative subject comes before "ne".
    let none = false;
    // "L'Islande, qui ne dispose pas d'armée, financera…": a relative clause between commas negates
    // only itself, whether the clause bounds start inside it or before it.
    if (RELATIVES.has(this.tokens[from - 1]?.key ?? '') && this.tokens[from - 2]?.key === ',') {
      let close = from;
      while (close < at && this.tokens[close]!.key !== ',') close++;
      if (close < at) from = close + 1;
    }
    for (let i = from; i < at; i++) {
      const k = this.tokens[i]!.key;
      if (k === ',' && RELATIVES.has(this.tokens[i + 1]?.key ?? '')) {
        let close = i + 2;
        while (close < at && this.tokens[close]!.key !== ',') close++;
        if (close < at) {
          i = close;
          continue;
        }
      }
      // ("n'en fournira pas moins une compagnie", "ne fournira pas moins de 500 soldats": affirmative.)
      if (opened && NEG_CLOSE.has(k) && !(k === 'pas' && this.tokens[i + 1]?.key === 'moins')) return true;
      // "Pas un seul soldat ne sera envoyé": a negative subject too.
      if (NEGATIVE_SUBJECTS.has(k) || (k === 'pas' && (this.tokens[i + 1]?.key === 'un' || this.tokens[i + 1]?.key === 'une'))) none = true;
      else if (NEG_OPEN.has(k)) {
        if (none) return true;
        opened = true;
      }
      if (k === 'sans' && at - i <= 3) return true;
    }
    if (opened) {
      for (let i = at; i < Math.min(this.tokens.length, at + 3); i++) if (NEG_CLOSE.has(this.tokens[i]!.key) && !(this.tokens[i]!.key === 'pas' && this.tokens[i + 1]?.key === 'moins')) return true;
      // ("ne participera à la force « ni en hommes ni en matériel »": "ni" further on, in the verb's clause.)
      for (let i = at + 3; i < Math.min(this.tokens.length, at + 9) && !CLAUSE_STOPS.has(this.tokens[i]!.key); i++) if (this.tokens[i]!.key === 'ni') return true;
    }
    return false;
  }

  /** "ne peut pas encore le dire", "hésite", "envisage": no decision either way. */
  undecided(from: number, at: number): boolean {
    // "X souhaite obtenir l'aval du Parlement avant d'engager des troupes": what is done after a step still to take.
    if ((this.tokens[at - 1]?.key === "d'" || this.tokens[at - 1]?.key === 'de') && this.tokens[at - 2]?.key === 'avant') return true;
    // "Si la France envoyait des troupes, …": a supposition (not "même si", which grants a fact).
    const before = this.tokens[from - 1]?.key;
    if ((before === 'si' || (before === "s'" && /^ils?$/.test(this.tokens[from]?.key ?? ''))) && this.tokens[from - 2]?.key !== 'meme' && this.tokens[from - 2]?.key !== 'comme') return true;
    for (let i = from; i <= at; i++) {
      const k = this.tokens[i]!.key;
      if (k === 'encore' && this.negated(from, i + 1)) return true;
      if (!UNDECIDED.has(k) || k === 'encore' || i >= at) continue;
      // "n'exclut pas d'envoyer" is undecided, "a exclu d'envoyer" is a no; "envisage" is undecided,
      // "n'envisage pas" a no.
      if (RULE_OUT.has(k) ? this.negated(from, i + 1) : !(NO_WHEN_NEGATED.has(k) && this.negated(from, i + 1))) return true;
    }
    // "Aucun militaire belge ne partira sans que le Parlement se soit prononcé", "… sans un vote du Parlement": a decision to come,
    // not a no ("pas question d'envoyer des soldats sans mandat de l'ONU" is one, its condition stated).
    // (Unless refused in words: "refuse d'envoyer des soldats sans mandat de l'ONU" is a no.)
    const refused = this.tokens.slice(from, at).some((t) => REFUSAL_STEMS.test(t.key));
    for (let i = at + 1; i < Math.min(this.tokens.length, at + 16) && !refused && !SENTENCE_STOPS.has(this.tokens[i]!.key); i++) {
      if (this.tokens[i]!.key !== 'sans') continue;
      let k = i + 1;
      if (this.tokens[k]?.key === 'que' || this.tokens[k]?.key === "qu'") return true;
      // ("pourrait alors fournir une vingtaine d'agents, a-t-elle glissé, sans rien promettre", "sans s'engager")
      // (Not "sans s'engager au-delà", "davantage": what was offered stands.)
      const committing = NO_COMMITMENT.has(this.tokens[k]?.key ?? '') ? k : NO_COMMITMENT.has(this.tokens[k + 1]?.key ?? '') ? k + 1 : -1;
      if (this.tokens[k]?.key === 'rien' || (committing >= 0 && !BEYOND.has(this.tokens[committing + 1]?.key ?? ''))) return true;
      if (['un', 'une', "l'", 'le', 'la'].includes(this.tokens[k]?.key ?? '')) k++;
      if (PRECONDITIONS.has(this.tokens[k]?.key ?? '')) return true;
    }
    // "X pourrait proposer un détachement, mais il veut d'abord consulter son Parlement": a possibility held back by what follows "mais".
    if (this.conditional(from, at)) {
      const but = this.tokens.findIndex((t, k) => k > at && t.key === 'mais');
      if (but > 0 && but - at <= 12) for (let i = but + 1; i < Math.min(this.tokens.length, but + 7); i++) if (UNDECIDED.has(this.tokens[i]!.key) && this.tokens[i]!.key !== 'encore') return true;
    }
    // "Il n'a pas exclu que des soldats soient déployés": the clause a negated "exclure" governs;
    // "indiquait à tort que X avait assisté": a clause said to be wrong.
    const opener = this.tokens[from - 1]?.key;
    if (opener === 'que' || opener === "qu'") {
      const matrix = this.clauseStart(from - 1);
      for (let i = matrix; i < from - 1; i++) {
        if (RULE_OUT.has(this.tokens[i]!.key) && this.negated(matrix, i + 1)) return true;
        if (this.tokens[i]!.key === 'tort' && this.tokens[i - 1]?.key === 'a') return true;
      }
    }
    return false;
  }

  /** "pourraient", "fourniraient", "si…": said as possible, not done. */
  conditional(from: number, at: number): boolean {
    for (let i = from; i <= Math.min(at + 1, this.tokens.length - 1); i++) {
      const k = this.tokens[i]!.key;
      if (CONDITIONAL.has(k)) return true;
      if (i <= at && k.length > 5 && (k.endsWith('rait') || k.endsWith('raient'))) return true;
    }
    return false;
  }

  /** The person of a speech incise ("…, a annoncé le Premier ministre X"), with the comma opening it. */
  inciseSpeaker(): { speaker: Argument; comma: number } | undefined {
    for (let i = 1; i < this.tokens.length - 3; i++) {
      const speaker = this.speakerOfIncise(i);
      if (speaker) return { speaker, comma: i };
    }
    return undefined;
  }

  /**
   * "« Nous n'enverrons pas de soldats », affirme-t-elle" (or "a-t-elle affirmé"): the speaker of an
   * inverted-pronoun incise, the person the pronoun stands for.
   */
  invertedSpeaker(previousSubject: Argument | undefined): { speaker: Argument; comma: number } | undefined {
    for (let i = 1; i < this.tokens.length - 1; i++) {
      if (this.tokens[i]!.key !== ',') continue;
      const key = this.tokens[i + 1]!.key;
      const pronoun = invertedPronoun(key);
      if (!pronoun) continue;
      const verb = key.slice(0, key.indexOf('-'));
      if (!SPEECH_PARTICIPLES.has(verb) && !(['a', 'ont'].includes(verb) && SPEECH_PARTICIPLES.has(this.tokens[i + 2]?.key ?? ''))) continue;
      const [speaker] = this.pronounSubject(i + 1, pronoun, true, previousSubject);
      return speaker ? { speaker, comma: i } : undefined;
    }
    return undefined;
  }

  /** ", a rappelé le ministre X, présent à Londres", ", a-t-elle annoncé": the incise is a clause of its own. */
  private isSpeechIncise(i: number): boolean {
    if (this.tokens[i]!.key !== ',') return false;
    if (invertedPronoun(this.tokens[i + 1]?.key ?? '') && SPEECH_PARTICIPLES.has(this.tokens[i + 2]?.key ?? '')) return true;
    return !!this.speakerOfIncise(i);
  }

  /** The speaker of a speech incise opened by the comma at `i` (", a rappelé <person>"). */
  private speakerOfIncise(i: number): Argument | undefined {
    if (this.tokens[i]!.key !== ',') return undefined;
    // ", a déclaré le ministre X", and in the present of a report: ", tranche le ministre X".
    // (", a fait valoir M. X", ", a fait savoir le ministre X" too.)
    const madeKnown = this.tokens[i + 2]?.key === 'fait' && MADE_KNOWN.has(this.tokens[i + 3]?.key ?? '') ? i + 3 : -1;
    const verb = ['a', 'ont'].includes(this.tokens[i + 1]?.key ?? '') && SPEECH_PARTICIPLES.has(this.tokens[i + 2]?.key ?? '') ? i + 2 : ['a', 'ont'].includes(this.tokens[i + 1]?.key ?? '') && madeKnown > 0 ? madeKnown : SPEECH_PRESENT.has(this.tokens[i + 1]?.key ?? '') ? i + 1 : -1;
    if (verb < 0) return undefined;
    // ", a tranché, dans les couloirs du palais, la présidente X": a complement between commas first.
    let from = verb;
    if (this.tokens[verb + 1]?.key === ',' && PREPOSITIONS.has(this.tokens[verb + 2]?.key ?? '')) {
      let comma = verb + 3;
      while (comma < Math.min(this.tokens.length, verb + 14) && this.tokens[comma]!.key !== ',') comma++;
      if (this.tokens[comma]?.key === ',') from = comma;
    }
    // "a déclaré pendant l'appel le Premier ministre X": a short complement may come first, no comma.
    return this.args.find((a) => a.mention.label === 'Person' && a.mention.npFirst >= from + 1 && a.mention.npFirst <= from + 6 && !this.closesBefore(from, a.mention.npFirst));
  }

  /** A comma between `from` and `to`. */
  private closesBefore(from: number, to: number): boolean {
    for (let i = from + 1; i < to; i++) if (this.tokens[i]!.key === ',') return true;
    return false;
  }

  /** Index of the first token at or after `from` whose key is one of `keys`, else -1. */
  find(keys: ReadonlySet<string> | readonly string[], from = 0, to = this.tokens.length): number {
    const set = keys instanceof Set ? keys : new Set(keys);
    for (let i = from; i < to; i++) if (set.has(this.tokens[i]!.key)) return i;
    return -1;
  }
}

// "Réunis jeudi à Bruxelles, les dirigeants…": a participle of gathering opens a fronted phrase, not the subject.
const FRONTING = new Set([...relations.attended.assembled, ...words.prepositions, ...words.fusedArticles, ...words.frontingWords, ...calendar.weekdays]);

/** "Selon X, …", "À Paris, …", "Le 14 mars 2025, …", "Bien que …, …": the comma ending it, else -1. */
function frontedEnd(tokens: Token[]): number {
  const first = tokens[0];
  if (!first) return -1;
  const dated = first.type === 'number' || (first.key === 'le' && tokens[1]?.type === 'number');
  // ("Interrogé sur l'absence de X, le président Y…": a participle and its complement, set before the subject.)
  const participle = PARTICIPLE_FORM.test(first.key) && !NOT_PARTICIPLES.has(first.key) && PARTICIPLE_COMPLEMENTS.has(tokens[1]?.key ?? '');
  if (!FRONTING.has(first.key) && !dated && !participle && !first.key.endsWith('ment')) return -1;
  for (let i = 1; i < tokens.length; i++) if (tokens[i]!.key === ',') return i;
  return -1;
}

/** ", indiquant que", "s'engageant à", "en offrant": a participle opens a clause of its own. */
function isParticipleOpener(tokens: Token[], i: number): boolean {
  const k = tokens[i]!.key;
  // endsWith, not a regular expression literal: that makes a RegExp object per call, and this runs per token.
  if (k.length < 5 || !k.endsWith('ant') || NOUNS_IN_ANT.has(k)) return false;
  const prev = tokens[i - 1]?.key ?? '';
  return prev === "s'" || prev === 'se' || prev === 'en' || prev === ',';
}

const PARTICIPLE_FORM = /^\p{L}{4,}(?:e|ee|es|ees|i|ie|is|ies|u|ue|us|ues)$/u;
const PARTICIPLE_COMPLEMENTS = new Set([...words.participleComplements, ...calendar.weekdays]);
/** Participles too short for that form ("reçu à dîner", "venu de Kiev"), and words of that form that are none. */
const SHORT_PARTICIPLES = new Set(words.shortParticiples);
const NOT_PARTICIPLES = new Set(words.notParticiples);

const INVERTED_PRONOUN = /-(?:t-)?(il|elle|ils|elles)$/;

/** "a-t-elle" → "elle", "déclare-t-il" → "il": the subject pronoun of an inverted verb. */
function invertedPronoun(key: string): string | undefined {
  const m = INVERTED_PRONOUN.exec(key);
  return m ? m[1] : undefined;
}

/** The last run of coordinated arguments ("La France et le Royaume-Uni"). */
function lastChain(heads: Argument[], tokens: Token[]): Argument[] {
  const chain = [heads[heads.length - 1]!];
  for (let i = heads.length - 2; i >= 0; i--) {
    const a = heads[i]!;
    const next = chain[0]!;
    // By push: an inlined .map makes a holey array where the builtin makes a packed one (readers deoptimise).
    const between: string[] = [];
    for (const t of tokens.slice(namedComplementEnd(tokens, a.mention.last + 1), next.mention.npFirst)) between.push(t.key);
    const joined = between.every((k) => k === ',' || k === 'et' || k === 'ou' || k === 'ni' || k === 'ainsi' || k === 'que' || k === 'dont' || k === 'incluant') || isApposition(between) || asWellAs(between) || (between.at(-1) === 'et' && isApposition(between.slice(0, -1))) || civilityListed(tokens, a.mention.last + 1, next.mention.npFirst);
    if (!joined) break;
    chain.unshift(a);
  }
  return chain;
}

/** "Mme X, M. Y et M. Z": between two names of a list, a comma or "et", then the next one's civility. */
function civilityListed(tokens: Token[], from: number, to: number): boolean {
  const end = beforeCivility(tokens, to - 1) + 1;
  if (end === to) return false;
  // (", et", "ainsi que": "MM. A et B ainsi que Mme C".)
  return end - from >= 1 && end - from <= 3 && tokens.slice(from, end).every((t) => t.key === ',' || t.key === 'et' || t.key === 'ainsi' || t.key === 'que');
}

/** "Abdallah II de Jordanie et …": a name's complement naming a place or a body is skipped; where the rest starts. */
function namedComplementEnd(tokens: Token[], from: number): number {
  if (!GENITIVES.has(tokens[from]?.key ?? '')) return from;
  let j = ['la', 'le', "l'", 'les'].includes(tokens[from + 1]?.key ?? '') ? from + 2 : from + 1;
  const first = j;
  while (tokens[j]?.type === 'word' && tokens[j]!.cap) j++;
  return j > first ? j : from;
}

/** "X, tout comme son homologue belge, Y": "tout comme" coordinates, a title may follow it. */
function asWellAs(between: string[]): boolean {
  const at = between[0] === ',' ? 1 : 0;
  return between[at] === 'tout' && between[at + 1] === 'comme' && between.length - at <= 8;
}

/** ", émissaires du président," between two names: an apposition, the names stay coordinated (", depuis l'Élysée, et" too). */
function isApposition(between: string[]): boolean {
  return between.length > 0 && between.length <= 8 && between[0] === ',' && between[between.length - 1] === ',';
}

/** ", représentée par sa commissaire X," ", accompagné de Y,": an aside on the noun before. */
const PASSIVE_ASIDES = new Set([...relations.attended.representedBy, ...relations.attended.companions.map((c) => c[0]!)]);

function passiveAsideEnd(tokens: Token[], comma: number): number {
  if (!PASSIVE_ASIDES.has(tokens[comma + 1]?.key ?? '') || !['par', 'de', 'du', 'des'].includes(tokens[comma + 2]?.key ?? '')) return -1;
  // It closes at the comma before the main verb ("…, Dubravka Šuica, a annoncé"), else at the first one.
  let first = -1;
  for (let i = comma + 3; i < Math.min(tokens.length, comma + 16); i++) {
    if (tokens[i]!.key !== ',') continue;
    if (VERB_STARTS.has(tokens[i + 1]?.key ?? '')) return i;
    if (first < 0) first = i;
  }
  return first;
}
const VERB_STARTS = new Set(words.verbStarts);

/** Spans between "--", "—", "(" … ")", and passive asides: names in them are not arguments of the clause. */
function parentheticalSpans(tokens: Token[]): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    // Every mark looked for is punctuation: a word is passed by its type, not by six string comparisons.
    if (tokens[i]!.type !== 'punct') continue;
    const t = tokens[i]!.text;
    if (t === ',' && i > 0) {
      const end = passiveAsideEnd(tokens, i);
      if (end > 0) spans.push([i, end]);
    }
    if (t === '(') open = i;
    else if (t === ')' && open >= 0) {
      spans.push([open, i]);
      open = -1;
    } else if ((t === '—' || t === '–' || (t === '-' && tokens[i + 1]?.text === '-')) && tokens[i + 1]) {
      const j = t === '-' ? i + 1 : i;
      if (open >= 0 && tokens[open]!.text !== '(') {
        spans.push([open, j]);
        open = -1;
      } else if (open < 0) open = j;
      i = j;
    }
  }
  return spans;
}
