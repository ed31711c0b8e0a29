/**
 * "Réunis deux jours à Bruxelles, les ministres de la défense de l'Alliance … Le ministre estonien de
 * la défense, X, a réclamé « des navires »": an analysis names the ministers a gathering brought
 * together, then tells what each said there. A minister of the portfolio the gathering is of, heard
 * on its days (named as a subject), was at it, unless the sentence says where else he was.
 */
import titles from '../data/titles.json' with { type: 'json' };
import relations from '../data/relations.json' with { type: 'json' };
import { phraseAt } from '../text/phrase-at.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { boundedMemo } from '../text/bounded-memo.ts';
import type { PersonFacts } from '../mentions/coreference.ts';
import { focusDraftOf, type DocumentEvents, type SentenceTimes } from '../events/detect-events.ts';
import { eventKey } from './context.ts';
import type { Fact } from './types.ts';

const A = relations.attended;

/** A portfolio's last word stands for it ("de la Défense" → "defense"); the French "Armées" are defence. */
const PORTFOLIOS = titles.portfolios.map((p) => tokenize(p).map((t) => t.key));
const SAME_PORTFOLIO = new Map(Object.entries(A.samePortfolio));
/** Where the sentence puts someone away from the gathering ("retenu à Washington", "depuis Kiev", "représenter par"). */
const ELSEWHERE = new Set([...A.absence, ...A.elsewhere]);
const THERE = new Set(A.placesThere);
/** What one says of a gathering one opposes: "inacceptable", "dangereuse", "une provocation", "dénonce". */
const REACTIONS = new Set([...relations.refuses.reactionWords, ...relations.refuses.oppositionVerbs]);

function portfolioKey(words: readonly string[]): string {
  const last = words[words.length - 1]!;
  return SAME_PORTFOLIO.get(last) ?? last;
}

/** The portfolios of the ministers an article gathers ("les ministres de la défense", "les ministres des Affaires étrangères"). */
function gatheredPortfolios(sentences: readonly { tokens: Token[] }[], upTo: number): Set<string> {
  const found = new Set<string>();
  for (const s of sentences.slice(0, upTo)) {
    const { tokens } = s;
    for (let i = 1; i < tokens.length - 2; i++) {
      if (tokens[i]!.key !== 'ministres' || tokens[i - 1]!.key !== 'les') continue;
      const length = phraseAt(tokens, i + 1, PORTFOLIOS);
      if (length) found.add(portfolioKey(tokens.slice(i + 1, i + 1 + length).map((t) => t.key)));
    }
  }
  return found;
}

/** The portfolio a minister's title gives ("ministre estonien de la défense" → "defense"). */
function portfolioOf(facts: PersonFacts | undefined): string | undefined {
  return facts?.title ? portfolioOfTitle(facts.title) : undefined;
}

const portfolioOfTitle = boundedMemo((title: string): string | undefined => {
  const words = tokenize(title).map((t) => t.key);
  if (words[0] !== 'ministre') return undefined;
  for (let i = 0; i < words.length; i++) {
    const portfolio = PORTFOLIOS.find((p) => p.every((w, j) => words[i + j] === w));
    if (portfolio) return portfolioKey(portfolio);
  }
  return undefined;
});

/** The title name of envoys, ambassadors and permanent representatives (data/titles.json). */
const ENVOY = titles.titles.find((t) => t.role === 'envoy')!.forms[0]!;
const COUNCIL = A.councilsOfEnvoys;

/**
 * The lead tells a council whose members are envoys ("le Conseil de sécurité de l'ONU a prolongé…"); not the
 * vote it is to hold, which the story's gathering comes before ("moins d'une semaine avant un vote au Conseil de sécurité").
 */
function councilOfEnvoys(sentences: readonly { tokens: Token[] }[], upTo: number): boolean {
  return sentences.slice(0, upTo).some((s) => s.tokens.some((_, i) => phraseAt(s.tokens, i, COUNCIL) > 0 && !s.tokens.slice(Math.max(0, i - 5), i).some((t) => t.key === 'avant')));
}

/**
 * "Le Norvégien X s'est contenté de rappeler que son pays avait déjà promis…", "La Suédoise Y, dont le
 * pays a rejoint l'Alliance": among ministers gathered, a national with no other title who speaks
 * for his country is its minister.
 */
function nationalForCountry(facts: PersonFacts | undefined, tokens: Token[]): boolean {
  if (!facts?.country || facts.title || facts.titleName) return false;
  return tokens.some((t, i) => t.key === 'pays' && OWN_COUNTRY.has(tokens[i - 1]?.key ?? '') && (tokens[i - 1]!.key !== 'le' || tokens[i - 2]?.key === 'dont'));
}
const OWN_COUNTRY = new Set(A.ownCountryDeterminers);

/** "Le Suédois X, chercheur à l'institut de la défense, a jugé…": an apposition gives the national another role. */
function otherRole(tokens: Token[], ref: string): boolean {
  const last = ref.slice(ref.lastIndexOf('-') + 1);
  const at = tokens.findIndex((t) => t.key === last || t.key.endsWith(`-${last}`));
  const next = tokens[at + 2];
  return at >= 0 && tokens[at + 1]?.key === ',' && !!next && next.type === 'word' && !next.cap && !CLAUSE_OPENERS.has(next.key);
}
const CLAUSE_OPENERS = new Set(A.clauseOpeners);
const DECLINED = new Set(A.declinedInvitation);

export function membersHeard(
  sentences: readonly { tokens: Token[]; paragraph: number }[],
  times: readonly SentenceTimes[],
  heard: readonly { sentence: number; ref: string }[],
  events: DocumentEvents,
  persons: ReadonlyMap<string, PersonFacts>,
  facts: Fact[],
): void {
  const focus = focusDraftOf(events);
  if (!focus?.date || focus.date.length !== 10) return;
  // The gathering's group is told in the headline, the standfirst or the lead (a photo caption may come first).
  const lead = sentences.findIndex((s) => s.paragraph > 4);
  const portfolios = gatheredPortfolios(sentences, lead < 0 ? sentences.length : lead);
  // "Le Conseil de sécurité de l'ONU a prolongé mardi…": a council of ambassadors, whose members heard are theirs.
  const ambassadors = councilOfEnvoys(sentences, lead < 0 ? sentences.length : lead);
  if (!portfolios.size && !ambassadors && !facts.some((f) => f.type === 'ATTENDED')) return;
  const target = eventKey(focus.id);
  // The gathering's portfolio is also the one two of those already known to attend it hold ("coprésidée par le
  // ministre britannique de la Défense", "Présent à Ramstein, le ministre des Armées"): a meeting of those ministers.
  const held = new Map<string, number>();
  for (const f of facts) {
    const portfolio = (f.type === 'ATTENDED' || f.type === 'HOSTED') && f.target === target ? portfolioOf(persons.get(f.source)) : undefined;
    // ("Le ministre allemand de la défense a reçu ses homologues": the host's portfolio is theirs.)
    if (portfolio) held.set(portfolio, (held.get(portfolio) ?? 0) + (f.type === 'HOSTED' ? 2 : 1));
  }
  for (const [portfolio, n] of held) if (n >= 2) portfolios.add(portfolio);
  const first = focus.date;
  const last = focus.until ?? focus.date;
  // A minister (or a counterpart) told without a portfolio, at a meeting of one portfolio's ministers, is one of them.
  const only = portfolios.size === 1 ? [...portfolios][0] : undefined;
  for (const h of heard) {
    const known = persons.get(h.ref);
    const portfolio = portfolioOf(known) ?? (only && (known?.titleName === 'ministre' || known?.titleName === 'homologue') ? only : undefined);
    const envoy = ambassadors && persons.get(h.ref)?.titleName === ENVOY;
    // ("Réunis à Bruxelles, les ministres de la défense … L'Italien X a annoncé que la frégate resterait": at a meeting
    // of one portfolio's ministers, a national told by no title is one of them.)
    const national = only !== undefined && !!known?.country && !known.title && !known.titleName && !known.leads && !otherRole(sentences[h.sentence]!.tokens, h.ref);
    if ((!portfolio || !portfolios.has(portfolio)) && !envoy && !national && !nationalForCountry(persons.get(h.ref), sentences[h.sentence]!.tokens)) continue;
    if (facts.some((f) => f.type === 'ATTENDED' && f.source === h.ref && f.target === target)) continue;
    const { tokens } = sentences[h.sentence]!;
    // ("depuis Kiev" is elsewhere, "depuis mars" is not.)
    if (tokens.some((t, i) => ELSEWHERE.has(t.key) && (t.key !== 'depuis' || tokens[i + 1]?.cap === true))) continue;
    // ("le ministre russe, X, a qualifié d'« inacceptable » tout déploiement", "a jugé l'initiative « dangereuse »": a reaction, from afar.)
    // (Not one the sentence sets there: "autour de la même table, le ministre hongrois X s'est dit « opposé »".)
    if (tokens.some((t) => REACTIONS.has(t.key)) && !tokens.some((t) => THERE.has(t.key))) continue;
    // ("Invité à se joindre aux discussions, X a décliné l'invitation": not there.)
    if (tokens.some((t, i) => DECLINED.has(t.key) && tokens.slice(i + 1, i + 4).some((u) => u.key === 'invitation'))) continue;
    // A day of its own outside the gathering's days: something else.
    if (times[h.sentence]!.dates.some((d) => d && d.length === 10 && (d < first || d > last))) continue;
    facts.push({ type: 'ATTENDED', source: h.ref, target, sentence: h.sentence, confidence: 0.6 });
  }
}
