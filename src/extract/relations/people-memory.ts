/**
 * Who a group of people stands for, from the sentences before: "les deux dirigeants", "les quatre
 * dirigeants", "ils". An article names a delegation once ("X, Y et Z sont arrivés à Kiev") and then
 * speaks of "les trois dirigeants" or "ils" for the rest of the day; each of them attended what the
 * group did.
 */
import type { Token } from '../text/tokenize.ts';
import type { PersonFacts } from '../mentions/coreference.ts';
import type { Argument, Clause } from './clause.ts';
import type { Fact } from './types.ts';
import words from '../data/words.json' with { type: 'json' };
import { COUNTRY_LEADING_TITLES } from '../mentions/titles.ts';

/** "les deux", "les cinq": how many, by the folded number word (two to ten). */
const CARDINALS = new Map(words.cardinals.map((w, i) => [w, i + 2]));
/** "les deux dirigeants": heads of state or government, not any two people. */
const LEADER_HEADS = new Set(words.leaderHeads);
const PLURAL_PRONOUNS = new Set(words.pluralSubjectPronouns);

export function cardinalOf(key: string): number | undefined {
  return CARDINALS.get(key);
}

export class PeopleMemory {
  /** The two people the last sentence naming two named: who "les deux …" are. */
  pair: Argument[] = [];
  /** The last two leaders named together: who "les deux dirigeants" are when others were named since. */
  leaders: Argument[] = [];
  /** The people of the last sentence that named exactly n of them, by n (three and more). */
  private readonly together = new Map<number, Argument[]>();
  /** Each person named, once, the most recent last. */
  private readonly recent: Argument[] = [];
  /** The people the last sentence had as its subject when they were several: who a plural "ils" is. */
  plural: Argument[] = [];
  /** Sentences read since: a group is "ils" for a paragraph, not for the rest of the article. */
  private pluralAge = 0;

  constructor(private readonly persons: Map<string, PersonFacts>) {}

  /**
   * Who "les `n` `head`" are: the people the last sentence naming exactly n named; for leaders
   * ("les cinq dirigeants") when no sentence named them all, the last n leaders named, but for those
   * in `others` ("les cinq dirigeants ont appelé X": not X).
   */
  group(n: number, head: string, others: Argument[] = []): Argument[] | undefined {
    const leaders = LEADER_HEADS.has(head);
    if (n === 2) {
      const pair = leaders && this.leaders.length === 2 ? this.leaders : this.pair;
      return pair.length === 2 ? pair : undefined;
    }
    const named = this.together.get(n);
    if (named) return named;
    if (!leaders) return undefined;
    const last: Argument[] = [];
    for (let i = this.recent.length - 1; i >= 0 && last.length < n; i--) {
      const a = this.recent[i]!;
      if (this.leading(a.mention.ref!) && !others.some((o) => o.mention.ref === a.mention.ref)) last.unshift(a);
    }
    return last.length === n ? last.map(asCore) : undefined;
  }

  /** Whether a sentence without a name may still speak of people remembered ("les deux dirigeants", "ils"). */
  refersBack(tokens: Token[]): boolean {
    for (let i = 0; i < tokens.length; i++) {
      const k = tokens[i]!.key;
      const n = CARDINALS.get(k);
      if (n === 2 ? this.pair.length === 2 : n !== undefined && (this.together.has(n) || this.recent.length >= n)) return true;
      if (i < 4 && PLURAL_PRONOUNS.has(k) && this.plural.length >= 2) return true;
    }
    return false;
  }

  /** Whether a person may be one of "les dirigeants": one who leads, or no title of hers says otherwise ("le chef de cabinet"). */
  private leading(ref: string): boolean {
    const facts = this.persons.get(ref);
    if (!facts || facts.leads !== undefined) return true;
    return facts.titleName === undefined ? facts.title === undefined : COUNTRY_LEADING_TITLES.has(facts.titleName);
  }

  /** What a sentence read adds: the people it named, together and one by one, and its subject if plural. */
  remember(clause: Clause, facts: Fact[], factsBefore: number, people: Map<string, Argument>): void {
    // (Who "les quatre dirigeants" of this sentence were is read before it adds its own people.)
    const subject = clause.pluralSubject(this);
    if (subject) this.pluralAge = 0;
    else if (++this.pluralAge > 2) this.plural = [];
    if (subject) this.plural = subject;
    // "Les quatre dirigeants ont appelé X … la conférence de presse des quatre dirigeants": the same four.
    if (subject && subject.length >= 3) this.together.set(subject.length, subject);
    const named = namedPeople(clause);
    this.pair = (named.length === 2 ? named : undefined) ?? attendingPair(facts, factsBefore, people) ?? this.pair;
    const leaders = named.filter((a) => a.mention.title?.title.leads === true || this.persons.get(a.mention.ref!)?.leads !== undefined);
    if (leaders.length === 2) this.leaders = leaders;
    if (named.length >= 3) this.together.set(named.length, named);
    for (const a of clause.args) {
      const ref = a.mention.ref!;
      if (a.mention.label !== 'Person' || !ref.startsWith('person:') || a.role === 'parenthetical') continue;
      const at = this.recent.findIndex((r) => r.mention.ref === ref);
      if (at >= 0) this.recent.splice(at, 1);
      this.recent.push(asCore(a));
    }
  }
}

const asCore = (a: Argument): Argument => ({ mention: a.mention, role: 'core' });

/** The named people of a sentence, each once, in order (not those between parentheses). */
function namedPeople(clause: Clause): Argument[] {
  const people: Argument[] = [];
  for (const a of clause.args) {
    if (a.mention.label !== 'Person' || !a.mention.ref!.startsWith('person:') || a.role === 'parenthetical') continue;
    if (people.some((p) => p.mention.ref === a.mention.ref)) continue;
    people.push(asCore(a));
  }
  return people;
}

/** "Il a été accueilli par le président portugais, X": the two people a sentence has attend one event, pronouns resolved. */
function attendingPair(facts: Fact[], from: number, people: Map<string, Argument>): Argument[] | undefined {
  for (let i = from; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.type !== 'ATTENDED' || !f.source.startsWith('person:')) continue;
    const refs = new Set<string>();
    for (let j = from; j < facts.length; j++) if (facts[j]!.type === 'ATTENDED' && facts[j]!.target === f.target && facts[j]!.source.startsWith('person:')) refs.add(facts[j]!.source);
    if (refs.size !== 2) continue;
    const pair: (Argument | undefined)[] = [];
    for (const r of refs) pair.push(people.get(r));
    return pair[0] && pair[1] ? (pair as Argument[]) : undefined;
  }
  return undefined;
}
