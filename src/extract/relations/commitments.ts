/**
 * PLEDGES and REFUSES_TROOPS: what is committed to whom, and who declines to send soldiers.
 * - sending troops ("la France fournirait des troupes", "des soldats français pourraient
 *   participer") is a pledge; negated ("ne prévoit pas d'envoyer de troupes", "aucun plan pour
 *   envoyer des militaires polonais") or refused ("le refus belge d'envoyer des soldats",
 *   "des réticences concernant des soldats belges") it is a refusal;
 * - opposing other countries' troops ("s'oppose au déploiement de troupes étrangères") is not a
 *   refusal; undecided ("ne peut pas encore le dire") is neither;
 * - promising, approving, offering, supporting ("a approuvé 12 milliards d'euros d'aide",
 *   "s'engage à soutenir la mission", "le soutien du Japon") is a pledge, with what, how
 *   much and on what condition.
 * The beneficiary is the one named ("à la Moldavie", "soutenir la mission"), else the country the
 * article is about.
 */
import { tokenize, type Token } from '../text/tokenize.ts';
import relations from '../data/relations.json' with { type: 'json' };
import words from '../data/words.json' with { type: 'json' };
import titles from '../data/titles.json' with { type: 'json' };
import { addFact, type SentenceContext } from './context.ts';
import type { Fact } from './types.ts';
import type { Mention } from '../mentions/types.ts';
import { countrySpokenFor, nationalOf, type PersonFacts } from '../mentions/coreference.ts';
import { COUNTRY_LEADING_TITLES } from '../mentions/titles.ts';
import type { Argument } from './clause.ts';
import { phraseAt, VerbSet } from './verb-set.ts';
import { classesOf, WordClass } from '../text/word-classes.ts';
import { getLexicon } from '../lexicon/lexicon.ts';
import { tenseNear } from '../dates/time-expressions.ts';
import { fold } from '../text/fold.ts';
import { pastInsertedAdverbs } from '../text/inserted-adverbs.ts';

const P = relations.pledges;
const R = relations.refuses;
// Training verbs are pledge verbs read their own way (one word class for both: classes are few).
// ("les finances publiques": a noun, not "tu finances".)
const PLEDGE_VERBS = new VerbSet({ er: P.verbs.er, regex: [...P.verbs.regex, ...P.trainVerbs.regex], except: P.verbs.except });
const TRAIN_FORMS = P.trainVerbs.regex.map((r) => new RegExp(r));
const TROOP_VERBS = new VerbSet(P.troopVerbs);
const REFUSE_VERBS = new VerbSet(R.verbs);
const OWN_DETERMINERS = new Set(words.possessives);
/** "exige que Moscou retire ses troupes": what others demand of it. */
const DEMANDS = new Set(R.demandVerbs);
/** "va retirer son contingent", "rapatriera ses soldats": one's own troops no longer sent. */
const WITHDRAW_VERBS = new VerbSet(R.withdrawVerbs, { wordClass: false });
const REFUSE_NOUNS = new WordClass(R.nouns);
const OPPOSITION = new Set(R.oppositionVerbs);
const GIVE_UP = new Set(R.giveUpVerbs);
const TROOP_NOUNS = new Set(P.troopNouns.filter((n) => !n.includes(' ')));
const FOREIGN = new Set(P.foreignTroopWords.filter((n) => !n.includes(' ')));
/** "de l'otan": folded words, as the tokenizer gives them. */
const FOREIGN_PHRASES = P.foreignTroopWords.filter((n) => n.includes(' ')).map((n) => tokenize(n).map((t) => t.key));
/** "refuse de se prononcer sur l'envoi de troupes" declines to say, not to send. */
const DECLINE_TO_SAY = new Set(R.declineToSay);
const PLEDGE_NOUNS = new WordClass(P.nouns.filter((n) => !n.includes(' ')));
const ANNOUNCE_VERBS = new VerbSet(P.announceVerbs);
const OFFER_OBJECTS = new Set(P.offerObjects);
const OWN_SUPPORT_VERBS = new Set(P.ownSupportVerbs);
/** "opposé", "s'oppose": opposing troops is a refusal only when they are one's own. */
const OPPOSED = new WordClass(R.oppositionVerbs.filter((w) => !w.includes("'")));
const TRIGGERS = [PLEDGE_VERBS, TROOP_VERBS, REFUSE_VERBS, REFUSE_NOUNS, PLEDGE_NOUNS, ANNOUNCE_VERBS, OPPOSED].reduce((m, c) => m | c.bit, 0);
const BENEFICIARY_PREPOSITIONS = new Set(P.beneficiaryPrepositions);
const WHAT = Object.entries(P.what).map(([what, keys]) => ({ what, keys: new Set(keys) }));
/** Condition introducers by their first word ("sous réserve de", "en cas de", "si"). */
const CONDITIONS = new Map<string, string[][]>();
for (const c of words.conditionIntroducers) CONDITIONS.set(c[0]!, [...(CONDITIONS.get(c[0]!) ?? []), c]);
// "300 M$", "1,2 Md$", "2 Mds€": the abbreviated millions and billions of the financial press.
const QUANTITY = new Set(P.quantityWords);
const CURRENCY = new Set(P.currencies);
const AGENT_LABELS = new Set(['Person', 'Country', 'Organization']);
/** Names of the titles of members of a government (titles.json, role "minister"). */
const MINISTER_TITLES = new Set(titles.titles.filter((t) => t.role === 'minister').map((t) => t.forms[0]!));
/** Names of envoys' titles (titles.json, role "envoy"). */
const ENVOY_TITLES = new Set(titles.titles.filter((t) => t.role === 'envoy').map((t) => t.forms[0]!));
/** Verbs that pledge only with something to give ("approuver" a plan is not a pledge). */
const REQUESTED = /^(?:sollicit|demand|reclam|requer|requier|implor|esper)/;
const DECISIONS = new Set(P.decisions);
const NEEDS_OBJECT = /^(?:maint|affect|ajout|deploi|deploy|approuv|accord|apport|livr|financ|debloqu|octroy|garant|mobilis|dedi|allou|vers|envoi|envoy|enverr|consacr|transfer|met|mis|doubl|tripl|offr|offert|offre|achemin|laiss|pret|depech)/;
/** Verbs of handing over: their object may be a named weapon ("livrer des Mirage"). */
const MULTIPLIES = /^(?:doubl|tripl)/;
const OBJECT_DETERMINERS = new Set(P.objectDeterminers);
const HAND_OVER = /^(?:livr|fourn|envoi|envoy|enverr|transfer)/;

/**
 * The commitments one sentence states, each agent's once per type. One object per sentence, its set
 * made at the first commitment, rather than a set and a closure made for every sentence read.
 */
class Commitments {
  private done: Set<string> | undefined;
  constructor(private readonly ctx: SentenceContext) {}

  add(type: 'PLEDGES' | 'REFUSES_TROOPS', source: string, target: string | undefined, confidence: number, props: { what?: string; amount?: string; condition?: string } = {}): void {
    const ctx = this.ctx;
    if (!target || source === target || this.done?.has(type + source)) return;
    if (target === UNNAMED) {
      // Its receiver is settled once the article's other commitments are known.
      ctx.unnamedPledges.push({ type, source, target: '', sentence: ctx.index, confidence, what: props.what, amount: props.amount, condition: props.condition });
      return;
    }
    (this.done ??= new Set()).add(type + source);
    addFact(ctx, { type, source, target, confidence, ...props });
  }
}

export function extractCommitments(ctx: SentenceContext): void {
  const { tokens } = ctx;
  if (ctx.mentions.mentions.length > 2) contributionList(ctx);
  else if (DASHES.has(ctx.tokens[0]?.key ?? '')) dashedContribution(ctx);
  const stays = tokens.some(stayAt);
  if (!(ctx.words & TRIGGERS) && !stays && !tokens.some((t) => t.key.startsWith('retir') || t.key.startsWith('rapatri'))) return;
  const commitments = new Commitments(ctx);
  if (stays) keptAtHome(ctx, commitments);

  for (let i = 0; i < tokens.length; i++) {
    // Withdrawal verbs have no word class of their own (all are taken): "r…" words are tried.
    const withdraw = tokens[i]!.key.charCodeAt(0) === 114 && WITHDRAW_VERBS.matchAt(tokens, i) > 0;
    if (!withdraw && !(classesOf(tokens[i]!) & TRIGGERS) && !PRESENTED.has(tokens[i]!.key)) continue;
    const troopVerb = troopVerbAt(tokens, i);
    // "Le Kenya fournira 1 000 hommes. La Tanzanie en enverra 1 200": "en" and a number are soldiers too.
    const near = troopVerb ? troopNounNear(tokens, i) : -1;
    // ("L'Espagne n'enverra pas de navires à Aspides": declining to send warships to a naval force declines to send its crews.)
    const troop = !troopVerb ? -1 : near >= 0 ? near : (soldiersOfEn(ctx, i) >= 0 ? soldiersOfEn(ctx, i) : warshipsRefused(ctx, i));
    // "L'Italie ne participera pas à la force": taking part in a force is sending soldiers.
    const force = troopVerb && troop < 0 && tokens[i]!.key.startsWith('particip') ? forceAfter(ctx, i) : -1;
    if (troopVerb && (troop >= 0 || force >= 0)) {
      troopClause(ctx, i, troop >= 0 ? troop : force, commitments);
      continue;
    }
    if (withdraw) {
      // Its own troops ("son contingent", "ses soldats", "1 700 Casques bleus"), by its own decision (not "exige que Moscou retire…").
      const t = troopNounAfter(tokens, i, 6);
      const own = t > i + 1 && (OWN_DETERMINERS.has(tokens[t - 1]!.key) || tokens[t - 1]!.type === 'number' || OWN_DETERMINERS.has(tokens[i + 1]!.key));
      const start = ctx.clause.clauseStart(i);
      const demanded = ['que', "qu'"].includes(tokens[start - 1]?.key ?? '') && tokens.slice(Math.max(0, start - 4), start - 1).some((w) => DEMANDS.has(w.key));
      if (t >= 0 && own && !demanded) refusal(ctx, i, t, commitments);
      continue;
    }
    if (REFUSE_NOUNS.has(tokens[i]) || REFUSE_VERBS.matchAt(tokens, i)) {
      // ("la cession du Donbass, que Kiev refuse, le plafonnement de l'armée à 600 000 soldats": the relative's object is
      // its antecedent; what follows its closing comma is another thing listed.)
      if (tokens[i + 1]?.key === ',' && tokens.slice(Math.max(0, i - 4), i).some((t) => t.key === 'que' || t.key === "qu'")) continue;
      // "a exclu toute participation de son armée à une force navale": taking part in a force is sending soldiers.
      const t = troopNounAfter(tokens, i, 10);
      const inForce = t < 0 ? forceJoined(ctx, i) : -1;
      if (t >= 0 && !troopVerbBetween(tokens, i, t)) refusal(ctx, i, t, commitments);
      else if (inForce >= 0) refusal(ctx, i, inForce, commitments);
      continue;
    }
    if (OPPOSED.has(tokens[i])) {
      // "s'est dit opposé à l'envoi de soldats tchèques": his own country's soldiers.
      const t = troopNounAfter(tokens, i, 8);
      if (t >= 0 && ownTroops(ctx, i, t)) refusal(ctx, i, t, commitments);
      continue;
    }
    // ("a présenté un paquet d'aide": the participle after its auxiliary, not the adjective "présente".)
    const announce = ANNOUNCE_VERBS.matchAt(tokens, i) || (PRESENTED.has(tokens[i]!.key) && PERFECT_AUXILIARIES.has(tokens[i - 1]?.key ?? '') ? 1 : 0);
    if (announce) {
      // "a annoncé une aide militaire de 200 millions d'euros": announcing what is given pledges it;
      // "doit annoncer sa contribution en avril", "annoncera son aide" do not yet.
      // "a annoncé, par la voix de sa commissaire, 1,4 milliard": the object comes after the incise.
      const object = afterWhenAndWhere(ctx, afterIncise(tokens, i + announce));
      if (givesSomething(tokens, object) && !announcedLater(tokens, i)) pledgeClause(ctx, i, object - i, commitments);
      continue;
    }
    // "mettra deux patrouilleurs à la disposition de la force": the object between the verb and "à disposition".
    const pledgeVerb = PLEDGE_VERBS.matchAt(tokens, i) || (PUT.test(tokens[i]!.key) && atDisposal(tokens, i) ? 1 : 0);
    if (pledgeVerb && TRAIN_FORMS.some((r) => r.test(tokens[i]!.key))) {
      training(ctx, i, pledgeVerb, commitments);
      continue;
    }
    if (pledgeVerb) {
      pledgeClause(ctx, i, pledgeVerb, commitments);
      continue;
    }
    if (PLEDGE_NOUNS.has(tokens[i])) pledgeNoun(ctx, i, commitments);
  }
}

/**
 * "X a rappelé que ses soldats resteraient chez eux", "« Nos marins resteront dans nos eaux », a tranché Y": one's own
 * troops kept at home are troops not sent (a country named is left alone: "resteront en Ukraine" is where they were sent).
 */
function keptAtHome(ctx: SentenceContext, commitments: Commitments): void {
  const { tokens } = ctx;
  for (let i = 2; i < tokens.length - 2; i++) {
    if (!stayAt(tokens[i]!)) continue;
    const troop = TROOP_NOUNS.has(tokens[i - 1]!.key) ? i - 1 : -1;
    const own = troop > 0 ? tokens[troop - 1]!.key : '';
    if (troop < 0 || !(own === 'nos' || own === 'ses' || own === 'leurs')) continue;
    const where = tokens[i + 1]!.key;
    const home = (where === 'chez' && ['eux', 'nous', 'lui'].includes(tokens[i + 2]?.key ?? '')) || (['dans', 'a', 'sur'].includes(where) && HOME_WORDS.has(tokens[i + 2]?.key ?? '') && HOME_NOUNS.has(tokens[i + 3]?.key ?? ''));
    if (!home) continue;
    // ("X a rappelé que ses soldats…": the one who said it, the verb before "que"; "nos": the quotation's speaker.)
    const that = tokens.findLastIndex((t, k) => k < troop && (t.key === 'que' || t.key === "qu'"));
    refusal(ctx, own === 'nos' || that < 1 ? i : that - 1, troop, commitments);
  }
}
const STAY = /^rest(?:ent|eront|eraient|era|erait)$/;
/** "restent", "resteront": a form of "rester" (the prefix first, so the expression runs on a few tokens, not all). */
const stayAt = (t: Token): boolean => t.key.startsWith('rest') && STAY.test(t.key);
const HOME_WORDS = new Set(P.homeDeterminers);
const HOME_NOUNS = new Set(P.homeNouns);

/** "La Tanzanie en enverra 1 200" after a sentence that counted soldiers: the number's position, else -1. */
function soldiersOfEn(ctx: SentenceContext, at: number): number {
  const { tokens } = ctx;
  if (tokens[at - 1]?.key !== 'en' || tokens[at + 1]?.type !== 'number') return -1;
  const before = ctx.previousSentence?.tokens ?? [];
  return before.some((_, j) => isTroopNoun(before, j)) ? at + 1 : -1;
}

/** A troop verb: pledge, or refusal when negated or governed by a refusal. */
function troopClause(ctx: SentenceContext, at: number, troop: number, commitments: Commitments): void {
  const { clause, tokens } = ctx;
  const start = clause.clauseStart(at);
  if (isForeign(tokens, troop) || opposes(tokens, start, at)) return;
  // ("aucun soldat ne partira pour l'Ukraine": the soldiers leave; "X partira pour Kiev avec des soldats" is a trip.)
  if (troop > at && tokens[at]!.key.startsWith('partir')) return;
  if (clause.undecided(start, at) || moot(ctx, start) || alleged(tokens, at) || judgedAgainst(tokens, at)) return;
  // ("n'a pas été sollicité pour fournir des troupes": not asked, which declines nothing.)
  if (tokens.slice(start, at).some((t, k) => ASKED.has(t.key) && tokens[start + k - 1]?.key === 'ete')) return;
  // "Quant à la participation allemande à la force, elle sera tranchée…": a topic, not a commitment.
  if (tokens[0]?.key === 'quant' && tokens[1]?.key === 'a' && troop < tokens.findIndex((t) => t.key === ',')) return;
  // "la brigade multinationale stationnée dans son pays": a participle qualifying the troops, no one sends them.
  if (troop < at && at - troop <= 3 && /(?:e|ee|es|ees)$/.test(tokens[at]!.key) && !PARTICIPLE_AUXILIARIES.has(tokens[at - 1]!.key) && !PASSIVE_AUXILIARIES.has(tokens[at - 1]!.key) && !SUBJUNCTIVE_BE.has(tokens[at - 1]!.key)) return;
  let refusalWord = -1;
  // "exclut en revanche, à ce stade, d'envoyer": an incise may stand between the refusal and the sending.
  for (let i = Math.max(start, at - 10); i < at; i++) if (REFUSE_NOUNS.has(tokens[i]) || REFUSE_VERBS.matchAt(tokens, i)) refusalWord = i;
  const negated = clause.negated(start, at);
  // ("n'a pas renoncé à déployer un millier d'hommes": giving up denied is no refusal, nor yet a pledge.)
  if (negated && refusalWord < 0 && tokens.slice(start, at).some((t) => GIVE_UP.has(t.key))) return;
  // ("le bataillon ne partira pas avant la fin des combats": a when, not a refusal.)
  if (negated && refusalWord < 0 && tokens.slice(at + 1, Math.min(clause.clauseEnd(at), at + 5)).some((t) => t.key === 'avant')) return;
  // "ne s'est pas engagée à envoyer des troupes": no commitment, no refusal either.
  if (negated && refusalWord < 0 && uncommitted(tokens, start, at)) return;
  const outOfQuestion = outOfQuestionFor(ctx, at);
  // ("Nos soldats ne partiront pas sans un vote de l'Assemblée nationale": a condition, not a refusal; "il n'est pas
  // question d'envoyer des soldats sans mandat" still rules it out.)
  if (negated && refusalWord < 0 && outOfQuestion === undefined && !tokens.slice(0, at).some((t) => t.key === 'question') && tokens.some((t, k) => k > at && t.key === 'sans' && tokens.slice(k + 1, k + 4).some((u) => CONDITION_NOUNS.has(u.key)))) return;
  const refused = refusalWord >= 0 || negated || refusedAbove(ctx, start) || outOfQuestion !== undefined;
  // "Il n'y aura pas de soldats néerlandais en Ukraine" refuses; "il y aura des soldats…" is a forecast, no pledge.
  if (tokens[at]!.key === 'y' && !refused) return;
  const agents = outOfQuestion ? [outOfQuestion] : agentsOf(ctx, at, troop);
  // "a promis une brigade, « sous réserve d'un mandat ». « Nous ne déploierons pas un seul soldat sans base
  // juridique »": not without it, the condition of the troops just pledged, no refusal.
  if (negated && refusalWord < 0 && tokens.slice(troop + 1, clause.clauseEnd(at)).some((t) => t.key === 'sans') && ctx.facts.some((f) => f.type === 'PLEDGES' && f.what === 'troops' && f.sentence >= ctx.index - 1 && agents.includes(f.source))) return;
  // "le refus belge d'envoyer des soldats"
  const refuser = refusalWord >= 0 ? demonymQualifying(ctx, refusalWord + 1) : undefined;
  if (refuser && !agents.includes(refuser)) agents.push(refuser);
  const target = thereOf(ctx, at) ?? beneficiary(ctx, at, agents, false, true);
  if (refused) {
    // (Warships declined: settled against the article's other commitments, extract-document.ts.)
    const ships = WARSHIPS.has(tokens[troop]!.key) || WARSHIPS.has(tokens[troop]!.key.replace(/s$/, ''));
    for (const a of agents) commitments.add('REFUSES_TROOPS', a, target, 0.85, ships ? { what: 'ships' } : {});
    return;
  }
  const props = { what: 'troops', ...amountOf(tokens, troop), ...conditionOf(ctx, at) };
  const confidence = pledgeConfidence(ctx, start, at);
  for (const a of agents) commitments.add('PLEDGES', a, target, confidence, props);
  // "Le Nigeria fournira 2 000 hommes et le Ghana 800": the verb and the soldiers are understood.
  const gapped = gappedAfter(ctx, troop);
  if (gapped) commitments.add('PLEDGES', gapped.ref, gapped.to ?? target, Math.min(confidence, 0.75), { ...props, amount: `${gapped.amount} ${tokens[troop]!.text}` });
}

/** A verb that sends or keeps soldiers at `at` (its length); "aucun soldat ne servira dans la force", not "servira de base logistique". */
function troopVerbAt(tokens: Token[], at: number): number {
  const length = TROOP_VERBS.matchAt(tokens, at);
  return length && tokens[at]!.key.startsWith('servi') && (tokens[at + 1]?.key === 'de' || tokens[at + 1]?.key === "d'") ? 0 : length;
}

/** "… 2 000 hommes (au Mali) et le Ghana 800": the other country and its number, after the troop noun at `troop`. */
function gappedAfter(ctx: SentenceContext, troop: number): { ref: string; amount: string; to?: string } | undefined {
  const { tokens } = ctx;
  let and = troop + 1;
  while (and < troop + 6 && tokens[and] && tokens[and]!.key !== 'et' && tokens[and]!.key !== '.') and++;
  if (tokens[and]?.key !== 'et') return undefined;
  const m = ctx.mentions.mentions.find((x) => x.label === 'Country' && x.form === 'name' && x.first > and && x.first <= and + 2);
  if (!m?.ref) return undefined;
  let end = m.last + 1;
  while (tokens[end]?.type === 'number') end++;
  // "… enverra un bataillon de chasseurs, et la France un bataillon d'infanterie": the unit given, counted by a word.
  if (end === m.last + 1 && NUMBER_WORDS.has(tokens[end]?.key ?? '') && countedAt(tokens, end)) return { ref: m.ref, amount: surface(tokens, end, end) };
  if (end === m.last + 1 || !GAP_ENDS.has(tokens[end]?.key ?? '.')) return undefined;
  // "… et le Ghana 1 200 au Niger": a destination of its own.
  const to = ctx.mentions.mentions.find((x) => x.label === 'Country' && x.first > end && x.first <= end + 2 && !PUNCTUATION_END.has(tokens[end]!.key));
  return { ref: m.ref, amount: surface(tokens, m.last + 1, end - 1), ...(to?.ref ? { to: to.ref } : {}) };
}
const PUNCTUATION_END = new Set(['.', ';', ',']);
const GAP_ENDS = new Set(['.', ';', ',', ...P.gapEnds]);

/**
 * "tandis que le Kenya a exclu d'y envoyer des troupes", "L'Italie n'y enverra pas de soldats": "y" is
 * where the troops of the sentence or the one before were going.
 */
function thereOf(ctx: SentenceContext, at: number): string | undefined {
  // "…de la force navale européenne (Eunavfor MCA). L'Italie y engagera deux frégates": the force just named.
  // With nothing sent there just before, "y" is where the article's other commitments go: settled with them.
  return ctx.tokens[at - 1]?.key === 'y' ? (recentTarget(ctx, true) ?? forceJustNamed(ctx) ?? UNNAMED) : undefined;
}

/** The article's force, when this sentence or the one before names it. */
function forceJustNamed(ctx: SentenceContext): string | undefined {
  const named = (mentions: Mention[] | undefined): boolean => !!mentions?.some((m) => m.ref === ctx.force);
  return ctx.force && (named(ctx.mentions.mentions) || named(ctx.previousSentence?.mentions.mentions)) ? ctx.force : undefined;
}

/** The receiver of the last commitment (of troops only, or any to a country) of this sentence or the one before. */
function recentTarget(ctx: SentenceContext, troops: boolean): string | undefined {
  for (let i = ctx.facts.length - 1; i >= 0; i--) {
    const f = ctx.facts[i]!;
    if (f.sentence < ctx.index - 1) break;
    if (troops ? f.type === 'REFUSES_TROOPS' || (f.type === 'PLEDGES' && f.what === 'troops') : (f.type === 'REFUSES_TROOPS' || f.type === 'PLEDGES') && f.target.startsWith('country:')) return f.target;
  }
  return undefined;
}

/** "Le gouvernement suédois a approuvé une aide": the country whose government it is. */
function governmentOf(ctx: SentenceContext, at: number): string[] {
  const { tokens } = ctx;
  for (let i = ctx.clause.clauseStart(at); i < at - 2; i++) {
    if (!GOVERNMENT_NOUNS.has(tokens[i + 1]!.key) || !['le', "l'"].includes(tokens[i]!.key)) continue;
    const country = demonymQualifying(ctx, i + 2);
    return country ? [country] : [];
  }
  return [];
}
const GOVERNMENT_NOUNS = new Set(P.governmentNouns);

/** "mettra à la disposition de la force sa base": the body or country it is put at the disposal of. */
function disposalOf(ctx: SentenceContext, at: number, agents: string[]): string | undefined {
  const { tokens } = ctx;
  for (let i = at + 2; i <= Math.min(tokens.length - 2, at + 7); i++) {
    if (tokens[i]!.key !== 'disposition' || !['de', 'du', 'des', "d'"].includes(tokens[i + 1]!.key)) continue;
    const m = ctx.mentions.mentions.find((x) => x.npFirst >= i + 1 && x.npFirst <= i + 2 && (x.label === 'Organization' || x.label === 'Country') && x.ref);
    return m && !agents.includes(m.ref!) ? m.ref : undefined;
  }
  return undefined;
}

/** "à (la) disposition", "sur la table" ("met 8 milliards sur la table") a few words after the verb at `at`. */
function atDisposal(tokens: Token[], at: number): boolean {
  for (let i = at + 2; i <= Math.min(tokens.length - 1, at + 9); i++) {
    if (tokens[i]!.key === 'disposition' && (tokens[i - 1]!.key === 'a' || (tokens[i - 1]!.key === 'la' && tokens[i - 2]!.key === 'a'))) return true;
    if (tokens[i]!.key === 'table' && tokens[i - 1]!.key === 'la' && tokens[i - 2]!.key === 'sur') return true;
  }
  return false;
}
// The forms of "mettre" the data's "… à disposition" verb is written with.
const PUT = new RegExp(P.verbs.regex.find((r) => r.endsWith(' a disposition'))!.split(' ')[0]!);

/** "Les deux pays ont promis…": the two countries the last sentence naming two named, or whose leaders it named. */
function bothCountries(ctx: SentenceContext, at: number): string[] {
  const { tokens } = ctx;
  const start = ctx.clause.clauseStart(at);
  if (tokens[start]?.key !== 'les' || tokens[start + 1]?.key !== 'deux' || !BOTH_HEADS.has(tokens[start + 2]?.key ?? '')) return [];
  return ctx.lastPair ? [...ctx.lastPair] : [];
}
const BOTH_HEADS = new Set(P.bothHeads);

/** "… une mission de l'Otan à Chypre. Ankara refuse … sur l'île": the last country the sentence before put something in. */
function placeBefore(ctx: SentenceContext, agents: string[]): string | undefined {
  const previous = ctx.previousSentence;
  if (!previous) return undefined;
  const before = previous.mentions.mentions;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (m.label === 'Country' && m.form === 'name' && m.ref && !agents.includes(m.ref) && IN_PLACE.has(previous.tokens[m.npFirst - 1]?.key ?? '')) return m.ref;
  }
  return undefined;
}

const IN_PLACE = new Set(P.putInPrepositions);

/** "envoyer des soldats dans le pays", "sur l'île": the country just talked of, not a named one. */
function countryAnaphor(tokens: Token[], at: number, end: number): boolean {
  for (let i = at + 1; i < end - 2; i++) {
    if (!PLACE_WORDS.has(tokens[i]!.key)) continue;
    const det = tokens[i + 1]!.key;
    const noun = tokens[i + 2]!.key;
    // "pour l'est du pays": a region of the country just talked of.
    const region = (det === "l'" || det === 'le') && COMPASS_POINTS.has(noun) && tokens[i + 3]?.key === 'du' && tokens[i + 4]?.key === 'pays';
    if (!region && !((det === 'le' && noun === 'pays') || (det === "l'" && (noun === 'ile' || noun === 'archipel')))) continue;
    const after = region ? i + 5 : i + 3;
    const next = tokens[after]?.key ?? '.';
    return !GENITIVE_AFTER.has(next) && tokens[after]?.type !== 'word';
  }
  return false;
}
const PLACE_WORDS = new Set(P.anaphorPrepositions);
const GENITIVE_AFTER = new Set(words.genitives);

/** A negated commitment verb, the troop verb or one before it: "ne s'est pas engagé à", "n'a pas promis d'". */
function uncommitted(tokens: Token[], start: number, at: number): boolean {
  for (let i = Math.max(start, at - 4); i <= at; i++) {
    if (!OPEN_WHEN_NEGATED.has(tokens[i]!.key)) continue;
    // ("ne s'engage pas sur des troupes à ce stade": the negation after the verb, nothing committed yet.)
    const after = NEGATION_CLOSERS.has(tokens[i + 1]?.key ?? '');
    const link = tokens[i + (after ? 2 : 1)]?.key ?? '';
    if (!INFINITIVE_LINKS.has(link) && link !== 'sur') continue;
    if (after) return true;
    // The negation is the commitment's ("n'a pas promis de"), not the sending's ("a promis de ne pas envoyer").
    for (let k = Math.max(start, i - 4); k < i; k++) if (NEGATION_CLOSERS.has(tokens[k]!.key)) return true;
  }
  return false;
}
const NEGATION_CLOSERS = new Set(words.negationClosers);
const OPEN_WHEN_NEGATED = new Set(P.openWhenNegated);
const INFINITIVE_LINKS = new Set(P.infinitiveLinks);

/** "Pas question pour l'Algérie d'envoyer un seul soldat", "hors de question pour Rome d'envoyer…": the one it is out of the question for. */
function outOfQuestionFor(ctx: SentenceContext, at: number): string | undefined {
  const { tokens } = ctx;
  if (tokens[at - 1]?.key !== "d'" && tokens[at - 1]?.key !== 'de') return undefined;
  const who = ctx.mentions.mentions.find((m) => m.last === at - 2 && (m.label === 'Country' || m.label === 'Organization'));
  if (!who?.ref) return undefined;
  const q = who.npFirst - 2;
  if (tokens[q + 1]?.key !== 'pour' || tokens[q]?.key !== 'question') return undefined;
  return tokens[q - 1]?.key === 'pas' || (tokens[q - 1]?.key === 'de' && tokens[q - 2]?.key === 'hors') ? who.ref : undefined;
}

/**
 * "Il n'est pas question d'envoyer…", "Il est exclu de déployer…": the infinitive at `at` hangs on an
 * impersonal "il" opening its clause (not "Il n'enverra pas", "Il a refusé d'envoyer").
 */
function impersonal(tokens: Token[], start: number, at: number): boolean {
  if (OPENING_QUOTES.has(tokens[start]?.key ?? '')) start++;
  return tokens[start]?.key === 'il' && (tokens[at - 1]?.key === 'de' || tokens[at - 1]?.key === "d'") && IMPERSONAL_VERBS.has(tokens[start + 1]?.key ?? '');
}
const OPENING_QUOTES = new Set(['«', '"', '“']);
const IMPERSONAL_VERBS = new Set(P.impersonalVerbs);

/** "Il est question que des soldats soient envoyés": talked of, neither pledged nor refused. */
function moot(ctx: SentenceContext, start: number): boolean {
  const { clause, tokens } = ctx;
  const opener = tokens[start - 1]?.key;
  if ((opener !== 'que' && opener !== "qu'") || tokens[start - 2]?.key !== 'question') return false;
  return !clause.negated(clause.clauseStart(start - 1), start - 2) && tokens[start - 3]?.key !== 'de';
}

/** "X a exclu que des soldats soient déployés": the clause is the object of a refusal. */
function refusedAbove(ctx: SentenceContext, start: number): boolean {
  const { clause, tokens } = ctx;
  const opener = tokens[start - 1]?.key;
  if (opener !== 'que' && opener !== "qu'") return false;
  const matrix = clause.clauseStart(start - 1);
  for (let i = matrix; i < start - 1; i++) if (REFUSE_VERBS.matchAt(tokens, i) && !clause.negated(matrix, i)) return true;
  // "Il n'est pas question que des soldats soient envoyés", "il est hors de question que…".
  const q = start - 2;
  return tokens[q]?.key === 'question' && (clause.negated(matrix, q) || (tokens[q - 1]?.key === 'de' && tokens[q - 2]?.key === 'hors'));
}

/** "le refus belge d'envoyer des soldats", "des réticences concernant des soldats belges". */
function refusal(ctx: SentenceContext, at: number, troop: number, commitments: Commitments): void {
  const { clause, tokens } = ctx;
  const start = clause.clauseStart(at);
  if (isForeign(tokens, troop) || clause.negated(start, at) || clause.undecided(start, at)) return;
  if (tokens.slice(at + 1, at + 5).some((t) => DECLINE_TO_SAY.has(t.key))) return;
  // "l'offre turque bute sur le refus israélien": a refusal qualified by a demonym is that country's, not the clause's subject's.
  const refuser = demonymQualifying(ctx, at + 1);
  const agents = new Set(refuser ? [refuser] : clause.subjects(at, ctx.previousSubject).filter((a) => AGENT_LABELS.has(a.mention.label)).map((a) => a.mention.ref!));
  if (!agents.size) for (const a of quotedWe(ctx, at)) agents.add(a);
  // "Le Premier ministre thaïlandais, X, a exclu tout envoi de soldats": his country refuses too.
  const withCountries = [...agents];
  leadersCountries(ctx, withCountries);
  for (const a of withCountries) if (a.startsWith('country:')) agents.add(a);
  // "a exclu l'envoi de soldats français": the soldiers' country refuses, when no other country is said to;
  // "s'oppose à toute présence militaire turque", said by another country's leader, refuses nothing of its own.
  // ("Israël refuse toute participation turque à la force": the demonym of the noun refused.)
  const soldiersOf = demonymQualifying(ctx, troop) ?? demonymQualifying(ctx, at + 2);
  if (soldiersOf && !agents.has(soldiersOf)) {
    if ([...agents].some((a) => a.startsWith('country:'))) return;
    agents.add(soldiersOf);
  }
  // "retirera ses 800 soldats du Mali": the country they leave.
  const left = tokens[at]!.key.startsWith('retir') || tokens[at]!.key.startsWith('rapatri') ? ctx.mentions.mentions.find((m) => m.label === 'Country' && m.ref && !agents.has(m.ref) && FROM.has(tokens[m.npFirst - 1]?.key ?? '') && m.npFirst > troop && m.npFirst <= troop + 4) : undefined;
  const target = left?.ref ?? beneficiary(ctx, at, [...agents], false, true);
  for (const a of agents) commitments.add('REFUSES_TROOPS', a, target, 0.8);
}
const FROM = new Set(words.genitives);

/** "a refusé l'aide de la Chine", "rejette le soutien de X": the aid is declined, so nobody gives it. */
function refusedObject(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) if (REFUSE_VERBS.matchAt(tokens, i)) return true;
  return false;
}

/**
 * "L'Égypte s'est engagée à former les policiers palestiniens", "formera 2 000 soldats ukrainiens":
 * training (or equipping) the forces of a people supports that people's country.
 */
function training(ctx: SentenceContext, at: number, length: number, commitments: Commitments): void {
  const { clause } = ctx;
  const start = clause.clauseStart(at);
  if (clause.negated(start, at) || clause.undecided(start, at)) return;
  const agents = clause.subjects(at, ctx.previousSubject).filter((a) => AGENT_LABELS.has(a.mention.label)).map((a) => a.mention.ref!);
  leadersCountries(ctx, agents);
  const end = Math.min(clause.clauseEnd(at), at + length + 6);
  const trained = ctx.mentions.mentions.find((m) => m.form === 'demonym' && !m.inTitle && m.first > at && m.first < end && m.ref && !agents.includes(m.ref));
  if (!trained) return;
  for (const a of agents) commitments.add('PLEDGES', a, trained.ref, pledgeConfidence(ctx, start, at), { what: 'training', ...conditionOf(ctx, at) });
}

/** "refuse toujours d'y contribuer", "a refusé de financer": the infinitive is what is declined. */
function declinedInfinitive(tokens: Token[], at: number): boolean {
  let p = at - 1;
  if (['y', 'en', 'lui', 'leur'].includes(tokens[p]?.key ?? '')) p--;
  // "refuse de verser", and "se refuse à livrer".
  const reflexiveA = tokens[p]?.key === 'a';
  if (tokens[p]?.key !== 'de' && tokens[p]?.key !== "d'" && !reflexiveA) return false;
  p--;
  while (p > 0 && (tokens[p]!.key === 'toujours' || tokens[p]!.key === 'encore' || tokens[p]!.key.endsWith('ment'))) p--;
  if (p < 0 || REFUSE_VERBS.matchAt(tokens, p) === 0) return false;
  return !reflexiveA || tokens[p - 1]?.key === 'se' || tokens[p - 1]?.key === "s'";
}

/** "accusé de soutenir", "soupçonnée d'armer": the verb tells an accusation, not a commitment. */
function alleged(tokens: Token[], at: number): boolean {
  // "aurait promis l'envoi de 800 soldats": the past conditional of a report, not confirmed.
  if (tokens[at - 1]?.key === 'aurait' || tokens[at - 1]?.key === 'auraient') return true;
  const de = tokens[at - 1]?.key;
  if (de !== 'de' && de !== "d'") return false;
  // "accusé de soutenir", "accusé par Kinshasa de soutenir": the accuser may come between.
  for (let i = at - 2; i >= Math.max(0, at - 6); i--) {
    if (ALLEGED.has(tokens[i]!.key)) return true;
    if (tokens[i]!.key === ',' || tokens[i]!.key === '.') return false;
  }
  return false;
}
const ALLEGED = new Set(relations.pledges.alleged);
const SUPPORTED_PROCESSES = new Set(relations.pledges.supportedProcesses);

/** "soutenir la médiation", "soutient les efforts de paix": the object is a process, not a beneficiary. */
function supportsProcess(tokens: Token[], from: number): boolean {
  const head = OBJECT_OPENERS.has(tokens[from]?.key ?? '') ? from + 1 : from;
  return SUPPORTED_PROCESSES.has(tokens[head]?.key ?? '');
}

function pledgeClause(ctx: SentenceContext, at: number, length: number, commitments: Commitments): void {
  const { clause, tokens } = ctx;
  const k = tokens[at]!.key;
  const start = clause.clauseStart(at);
  // "s'engagent à soutenir": the verb that follows says what; "engagés" alone is an adjective.
  // ("a engagé 2,5 milliards de dollars": funds committed are given.)
  // (Nor "a pour sa part engagé des garanties de crédit": an auxiliary before, a gift after.)
  const verbal = ['a', 'ont', 'avait', 'avaient'].includes(tokens[at - 1]?.key ?? '') || (tokens[at - 1]?.key === 'part' && tokens[at - 3]?.key === 'pour' && ['a', 'ont'].includes(tokens[at - 4]?.key ?? ''));
  const reflexive = tokens[at - 1]?.key === "s'" || tokens[at - 1]?.key === 'se' || (tokens[at - 2]?.key === "s'" && ['est', 'sont', 'etait', 'etaient'].includes(tokens[at - 1]?.key ?? ''));
  // ("engagera (de nouveau) la frégate Psara": a finite verb, its object something given.)
  const finite = FINITE_ENGAGE.test(k) && givesSomething(tokens, pastInsertedAdverbs(tokens, at + length));
  if (/^engag/.test(k) && !reflexive && !finite && !(tokens[at + length]?.type === 'number' && moneyOf(tokens, at + length, at + length + 5).amount) && !(verbal && givesSomething(tokens, at + length))) return;
  // ("a promis à l'Ukraine un bataillon": the receiver before what is given; not a city, which may be
  // where it was promised: "a promis à Tirana 850 millions d'euros au Monténégro".)
  const receiverFirst = tokens[at + length]?.key === 'a' && ctx.mentions.mentions.find((m) => AGENT_LABELS.has(m.label) && m.ref && m.npFirst === at + length + 1 && m.form !== 'capital');
  // ("s'est engagé à hauteur de 750 millions de dollars": the sum it commits to.)
  const upTo = tokens[at + length]?.key === 'a' && tokens[at + length + 1]?.key === 'hauteur';
  if (/^(?:engag|promet|promis|propos)/.test(k) && ['a', 'de', "d'"].includes(tokens[at + length]?.key ?? '') && !partitiveObject(tokens, at + length) && !receiverFirst && !upTo) {
    // "promet de renforcer son flanc", "a proposé d'accueillir des négociations" pledge nothing to
    // anyone; "promet d'envoyer des troupes" is read at "envoyer".
    return;
  }
  if (clause.negated(start, at) || clause.undecided(start, at) || alleged(tokens, at) || declinedInfinitive(tokens, at)) return;
  // "Le leader français a ajouté que les garanties…": adding words, not money.
  if (k.startsWith('ajout') && ['que', "qu'", ':', '"'].includes(tokens[at + length]?.key ?? '')) return;
  // "Les ministres de l'OSCE ont approuvé le déploiement de 400 observateurs": a body deciding its own
  // mission gives nothing (a state's parliament approving its soldiers' deployment does).
  if (k.startsWith('approuv') && tokens.slice(at + length, at + length + 4).some((t) => DECISIONS.has(t.key)) && !clause.subjects(at, ctx.previousSubject).some((a) => a.mention.label === 'Country' || getLexicon().organizations.get(a.mention.orgId ?? '')?.country)) return;
  // (Not "a présenté par la voix de son ministre un paquet d'aide": who spoke, not who gave.)
  const passiveAgent = tokens[at + 1]?.key === 'par' && !(tokens[at + 2]?.key === 'la' && tokens[at + 3]?.key === 'voix');
  // "une réunion consacrée au financement de la force", "un sommet du G20 consacré à …": what a
  // thing is about, not a gift (a participle with no auxiliary qualifies the noun before it).
  if (/^(?:consacr|dédi)(?:é|ée|és|ées)$/i.test(tokens[at]!.text) && !passiveAgent && !PARTICIPLE_AUXILIARIES.has(tokens[at - 1]?.key ?? '')) return;
  // "le calendrier des réformes promises aux bailleurs": a participle agreeing with the noun before it.
  if (/^promises?$/i.test(tokens[at]!.text) && !passiveAgent && !PARTICIPLE_AUXILIARIES.has(tokens[at - 1]?.key ?? '') && !PARTICIPLE_AUXILIARIES.has(tokens[at - 2]?.key ?? '')) return;
  const end = clause.clauseEnd(at);
  // ("mettra pour sa part à la disposition de la force sa base": the object may follow the phrase.)
  const what =
    // ("mettrait à la disposition de l'opération, pendant toute la durée du déploiement, un avion": an incise may come first.)
    whatOf(tokens, at + length, Math.min(end, (receiverFirst ? receiverFirst.last + 1 : at + length) + (PUT.test(k) ? 20 : 8))) ??
    // "Une aide de 500 millions sera versée par le Japon", "deux avions seraient mis à la disposition de":
    // in the passive, what is given comes first.
    (passiveAgent || PASSIVE_AUXILIARIES.has(tokens[at - 1]?.key ?? '') ? whatOf(tokens, Math.max(start, at - 10), at) : undefined) ??
    (HAND_OVER.test(k) && namedProduct(ctx, at + length) ? 'equipment' : undefined) ??
    // "financer le carburant de la centrale", "financera la reconstruction": what is funded is paid for.
    (k.startsWith('financ') && OBJECT_DETERMINERS.has(tokens[at + length]?.key ?? '') ? 'aid' : undefined);
  // ("prendra en charge le carburant de l'armée" pays for it; "qu'ils prennent en charge leur propre voisinage" gives nothing.)
  if ((NEEDS_OBJECT.test(k) || (tokens[at + 1]?.key === 'en' && tokens[at + 2]?.key === 'charge')) && !what) return;
  // "accueillera le centre logistique de la force" gives it a base; hosting a summit or refugees gives no one anything.
  if (k.startsWith('accueill') && !hostsFacility(tokens, at + length)) return;
  // "a été la première à s'engager : Manille fournira…": what is committed is told after the colon.
  if (!what && tokens[at + length]?.key === ':') return;
  // "a apporté le soutien de ses députés au texte": a vote, no commitment to anyone.
  if (tokens.slice(at + length, Math.min(end, at + length + 6)).some((t, j, near) => POLITICAL_BACKERS.has(t.key) && OWN_DETERMINERS.has(near[j - 1]?.key ?? ''))) return;
  // "se sont contentés de promettre une annonce d'ici à l'été": a promise to decide later gives nothing.
  if (!what && NOT_GIVEN.has(tokens[at + length + (OBJECT_OPENERS.has(tokens[at + length]?.key ?? '') ? 1 : 0)]?.key ?? '')) return;
  // "promet « une journée longue mais utile »": words promised, nothing given.
  if (!what && ['"', '«', '“'].includes(tokens[at + length]?.key ?? '')) return;
  // "a promis que la mairie ouvrirait ses salons aux familles": an action promised, nothing given (not
  // "a promis que la Pologne servirait de plateforme à la force": a state's service).
  if (!what && ['que', "qu'"].includes(tokens[at + length]?.key ?? '') && !ctx.mentions.mentions.some((m) => (m.label === 'Country' || m.label === 'Organization') && m.npFirst > at + length && m.npFirst <= at + length + 2)) return;
  // "X a promis que Paris livrerait de nouveaux missiles": the completive's own verb gives (and X with his country); Paris receives nothing.
  if (['que', "qu'"].includes(tokens[at + length]?.key ?? '') && completiveGives(tokens, at + length + 1)) return;
  // "doublera sa contribution" gives more money; "a doublé ses effectifs" sends no one anywhere.
  if (MULTIPLIES.test(k) && what !== 'aid') return;
  // "pour soutenir la médiation": backing a process gives nothing to anyone.
  if (k.startsWith('sout') && supportsProcess(tokens, at + length)) return;
  let agents: string[];
  let target: string | undefined;
  if (passiveAgent) {
    // "une force soutenue par les États-Unis"
    // By push (as below); the first two.
    agents = [];
    for (const a of clause.objects(at, end)) if (a.preposition === 'par' && AGENT_LABELS.has(a.mention.label) && agents.length < 2) agents.push(a.mention.ref!);
    const supported = clause.args.filter((a) => a.mention.last < at && a.mention.last >= at - 4 && a.mention.label !== 'Person');
    target = supported.length ? supported[supported.length - 1]!.mention.ref : beneficiary(ctx, at, agents);
    // "les rebelles houthis, soutenus par l'Iran": backing someone the graph does not hold gives the article's receivers nothing.
    if (target === UNNAMED) return;
  } else {
    // A force is what is deployed, not who pledges.
    // By push: an inlined .map makes a holey array where the builtin makes a packed one (readers deoptimise).
    agents = [];
    for (const a of clause.subjects(at, ctx.previousSubject)) if (AGENT_LABELS.has(a.mention.label) && a.mention.orgId !== 'force') agents.push(a.mention.ref!);
    if (!agents.length) agents = quotedWe(ctx, at);
    if (!agents.length) agents = interviewWe(ctx, at);
    if (!agents.length) agents = bothCountries(ctx, at);
    if (!agents.length) agents = governmentOf(ctx, at);
    if (!agents.length) agents = reportedBy(ctx, at);
    // "a confirmé une enveloppe de 45 milliards d'euros de l'Union européenne": the body whose money it is gives it.
    const owner = moneyOwner(ctx, at + length, end);
    if (owner && !agents.includes(owner)) agents.push(owner);
    // "a annoncé une contribution britannique de 400 millions": the demonym of what is given names its giver.
    const giver = givenBy(ctx, at + length, end);
    if (giver && !agents.includes(giver)) agents.push(giver);
    for (const a of alike(ctx, at)) if (!agents.includes(a)) agents.push(a);
    // "Paris enverrait une frégate, a assuré la ministre des Armées, X": she gives with it.
    speakerFor(ctx, at, agents);
    target = debtor(ctx, at, length) ?? toHim(ctx, at, agents) ?? thereOf(ctx, at) ?? disposalOf(ctx, at, agents) ?? beneficiary(ctx, at + length - 1, agents, true, what === 'troops');
  }
  leadersCountries(ctx, agents);
  // "X a promis que la France porterait ses dépenses militaires à 3 %": one's own country is no receiver.
  if (target && agents.includes(target)) return;
  // "l'envoi de 200 soldats": the troops counted; else money ("12 milliards d'euros").
  const troop = what === 'troops' ? troopNounAfter(tokens, at, 8) : -1;
  const amount = troop >= 0 ? amountOf(tokens, troop) : moneyOf(tokens, at, end);
  const props: { what?: string; amount?: string; condition?: string } = { what: what ?? (k.startsWith('accueill') ? 'presence' : 'support'), ...amount, ...conditionOf(ctx, at) };
  for (const a of agents) commitments.add('PLEDGES', a, target, pledgeConfidence(ctx, start, at), props);
  // "pour la Mauritanie, le Sénégal et le Niger": each receiver of the list.
  for (const other of receiversListedAfter(ctx, target, at)) for (const a of agents) if (a !== other) addFact(ctx, { type: 'PLEDGES', source: a, target: other, confidence: pledgeConfidence(ctx, start, at), ...props });
  // "six patrouilleurs à la force, ainsi qu'un prêt de 180 milliards de yens aux Philippines": a second gift, its own receiver.
  const second = alsoGivenTo(ctx, at, agents);
  if (second && second !== target) for (const a of agents) addFact(ctx, { type: 'PLEDGES', source: a, target: second, confidence: pledgeConfidence(ctx, start, at), what: whatOf(tokens, at, tokens.length) ?? 'support' });
  // "L'Allemagne a promis 200 millions d'euros, la Norvège 80 millions": the verb left out is the same.
  for (const g of gapped(ctx, at)) {
    if (agents.includes(g.ref)) continue;
    // "…, Henrike Stolzenfels 4 milliards": the chancellor gives with her country.
    const givers = [g.ref];
    leadersCountries(ctx, givers);
    for (const giver of givers) if (!agents.includes(giver)) commitments.add('PLEDGES', giver, g.to ?? target, pledgeConfidence(ctx, start, at), { what: props.what });
  }
}

/** "le centre logistique", "la base arrière", "le quartier général": a facility named in the next words after `from`. */
function hostsFacility(tokens: Token[], from: number): boolean {
  for (let i = from; i < from + 3 && i < tokens.length; i++) if (FACILITIES.has(tokens[i]!.key)) return true;
  return false;
}
const FACILITIES = new Set(P.facilities);

/** After ", ainsi qu'un …", the country or body the second thing goes to ("aux Philippines"). */
function alsoGivenTo(ctx: SentenceContext, at: number, agents: string[]): string | undefined {
  const { tokens } = ctx;
  let also = -1;
  for (let i = at + 1; i < tokens.length - 1 && also < 0; i++) if (tokens[i]!.key === 'ainsi' && (tokens[i + 1]!.key === "qu'" || tokens[i + 1]!.key === 'que')) also = i;
  if (also < 0) return undefined;
  const m = ctx.mentions.mentions.find((x) => x.first > also && x.first <= also + 20 && AGENT_LABELS.has(x.label) && x.label !== 'Person' && x.ref && !agents.includes(x.ref) && TO_WORDS.has(tokens[x.npFirst - 1]?.key ?? '') && !tokens.slice(also, x.first).some((t) => t.key === '.' || t.key === ';'));
  return m?.ref;
}

/** "annulera la dette (bilatérale) du Soudan": the country whose debt is cancelled receives it. */
function debtor(ctx: SentenceContext, at: number, length: number): string | undefined {
  if (ctx.tokens[at + length - 1]?.key !== 'dette') return undefined;
  return ctx.mentions.mentions.find((m) => m.label === 'Country' && m.ref && m.first > at + length - 1 && m.first <= at + length + 3 && FROM.has(ctx.tokens[m.npFirst - 1]?.key ?? ''))?.ref;
}

/** "une contribution britannique", "une aide française" right after the verb: the country the demonym names. */
function givenBy(ctx: SentenceContext, from: number, end: number): string | undefined {
  const { tokens } = ctx;
  for (let i = from; i < Math.min(end, from + 4); i++) {
    if (!PLEDGE_NOUNS.has(tokens[i]!) && !OFFER_OBJECTS.has(tokens[i]!.key)) continue;
    return demonymQualifying(ctx, i + 1);
  }
  return undefined;
}

/** "doit annoncer", "annoncera": an announcement still to come. */
function announcedLater(tokens: Token[], at: number): boolean {
  return LATER_MODALS.has(tokens[at - 1]?.key ?? '') || tenseNear(tokens, at, 0) === 'future';
}
const LATER_MODALS = new Set(P.laterModals);

/**
 * "Le président finlandais a annoncé une aide", "le ministre britannique des Affaires étrangères a
 * annoncé une aide", "le Quai d'Orsay a annoncé une aide": a head of state or government, a
 * minister (a commissioner: the Commission), a national institution commits its country; the head
 * of an international body commits that body.
 */
function leadersCountries(ctx: SentenceContext, agents: string[]): void {
  for (const a of [...agents]) {
    const institution = a.startsWith('org:') ? getLexicon().organizations.get(a.slice('org:'.length))?.country : undefined;
    if (institution && !agents.includes(`country:${institution}`)) agents.push(`country:${institution}`);
    const facts = ctx.persons.get(a);
    // A minister gives for the country he serves, or ("L'Italien X, ministre de la Défense") whose national he is;
    // an envoy for the body or the country that sent him ("L'envoyé spécial de l'Union européenne, X, a confirmé une enveloppe")
    const minister = MINISTER_TITLES.has(facts?.titleName ?? '');
    // (and "son envoyé spécial, X. Celui-ci a promis du renseignement": an envoy for the country that sent him).
    const envoyOf = ENVOY_TITLES.has(facts?.titleName ?? '') ? facts?.serves : undefined;
    const country = ledCountry(ctx, a) ?? (minister ? (facts!.serves ?? (facts!.country ? `country:${facts!.country}` : undefined)) : envoyOf);
    if (country && !agents.includes(country)) agents.push(country);
    // "La présidente de la Commission européenne a annoncé une enveloppe": the body she heads gives
    // it (an international one: a national institution's head commits no one else).
    const body = facts?.leads?.startsWith('org:') ? facts.leads : undefined;
    if (body && !getLexicon().organizations.get(body.slice('org:'.length))?.country && !agents.includes(body)) agents.push(body);
  }
}

/**
 * The country a person leads: by her title, else by a LEADS the article told before ("des chefs d'État
 * comme le Nigérien X": "Le Nigérien a promis deux compagnies" gives for Niger).
 */
function ledCountry(ctx: SentenceContext, ref: string): string | undefined {
  const leads = ctx.persons.get(ref)?.leads;
  if (leads?.startsWith('country:')) return leads;
  for (let i = ctx.facts.length - 1; i >= 0; i--) {
    const f = ctx.facts[i]!;
    if (f.type === 'LEADS' && f.source === ref && f.target.startsWith('country:')) return f.target;
  }
  return undefined;
}

/** "ont promis de nouvelles livraisons", "promet d'importants financements": "de" opens what is given, not an infinitive. */
function partitiveObject(tokens: Token[], de: number): boolean {
  if (tokens[de]!.key === 'a') return false;
  // ("promettant de bloquer tout financement de la force": an infinitive says what is promised, not a gift.)
  if (INFINITIVE.test(tokens[de + 1]?.key ?? '') && !OFFER_OBJECTS.has(tokens[de + 1]!.key)) return false;
  return givesSomething(tokens, de);
}
const INFINITIVE = /^\p{L}{3,}(?:er|ir)$/u;

const PRESENTED = new Set(P.presented);
const PERFECT_AUXILIARIES = new Set(words.perfectAuxiliaries);

const OBJECT_OPENERS = new Set(P.objectOpeners);

/** Past a short incise between commas at `from` (", par la voix de X,"), else `from`. */
function afterIncise(tokens: Token[], from: number): number {
  // "a annoncé à elle seule 500 millions", "à lui seul": alone, then the object.
  if (tokens[from]?.key === 'a' && ALONE_PRONOUNS.has(tokens[from + 1]?.key ?? '') && ALONE.has(tokens[from + 2]?.key ?? '')) return from + 3;
  // "a annoncé en marge du sommet 90 millions d'euros": a phrase of when, then the object.
  if ((tokens[from]?.key === 'en' && tokens[from + 1]?.key === 'marge') || tokens[from]?.key === 'lors') {
    for (let j = from + 2; j < Math.min(tokens.length, from + 9); j++) if (tokens[j]!.type === 'number') return j;
    return from;
  }
  // "a présenté par la voix de son ministre, X, un paquet d'aide": the voice, then the object.
  if (tokens[from]?.key === 'par' && tokens[from + 1]?.key === 'la' && tokens[from + 2]?.key === 'voix') {
    for (let j = from + 4; j < Math.min(tokens.length, from + 12); j++) if (tokens[j]!.type === 'number' || (OBJECT_OPENERS.has(tokens[j]!.key) && tokens[j - 1]!.cap)) return j;
    return from;
  }
  if (tokens[from]?.key !== ',') return from;
  for (let j = from + 2; j < Math.min(tokens.length, from + 10); j++) if (tokens[j]!.key === ',') return j + 1;
  return from;
}

/** "a annoncé mardi à New York une nouvelle contribution": past the day and the place told between the verb and its object. */
function afterWhenAndWhere(ctx: SentenceContext, from: number): number {
  for (let step = 0; step < 3; step++) {
    const when = ctx.times.expressions.find((e) => e.first === from);
    if (when) {
      from = when.last + 1;
      continue;
    }
    const where = PLACE_PREPOSITIONS.has(ctx.tokens[from]?.key ?? '') ? ctx.mentions.places.find((p) => p.first === from + 1) : undefined;
    if (!where) break;
    from = where.last + 1;
  }
  return from;
}
const PLACE_PREPOSITIONS = new Set(words.locativePrepositions);

const POLITICAL_BACKERS = new Set(P.politicalBackers);
const NOT_GIVEN = new Set(P.notGiven);
const ALONE_PRONOUNS = new Set(words.stressedPronouns);
const ALONE = new Set(P.aloneAdjectives);

/** The verb's direct object, within a few words, is something given ("une aide", "200 millions"). */
function givesSomething(tokens: Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || !(first.type === 'number' || OBJECT_OPENERS.has(first.key))) return false;
  // "a annoncé une aide de 200 millions", "annonce 200 soldats".
  for (let i = from; i < Math.min(tokens.length, from + 4); i++) if (OFFER_OBJECTS.has(tokens[i]!.key) || TROOP_NOUNS.has(tokens[i]!.key)) return true;
  return false;
}

/**
 * Said as done: 0.85. Said as possible ("pourraient", "fourniraient"): 0.6, unless the conditional
 * only reports a future ("a annoncé que la Finlande enverrait"): 0.75.
 */
function pledgeConfidence(ctx: SentenceContext, start: number, at: number): number {
  const { clause, tokens } = ctx;
  if (!clause.conditional(start, at)) return 0.85;
  const reported = ['que', "qu'"].includes(tokens[start - 1]?.key ?? '') && !tokens.slice(start, at + 1).some((t) => /^(?:pourr|devr)/.test(t.key) || t.key === 'si');
  return reported ? 0.75 : 0.6;
}

const SUPPORTER_ADJECTIVES = new Set(P.supporterAdjectives);

/** "le soutien du Japon", "un soutien logistique … du Japon", "l'engagement japonais". */
function pledgeNoun(ctx: SentenceContext, at: number, commitments: Commitments): void {
  const { clause, tokens } = ctx;
  const start = clause.clauseStart(at);
  if (clause.negated(start, at) || refusedObject(tokens, at)) return;
  // ("La Roumanie, voisine et premier soutien de la Moldavie": a supporter of it, which gives nothing.)
  if (SUPPORTER_ADJECTIVES.has(tokens[at - 1]?.key ?? '')) return;
  // "fixer les règles d'engagement de la patrouille": how a force may fight, no commitment.
  if (tokens[at - 2]?.key === 'regles' && tokens[at - 1]?.key === "d'") return;
  // "doit désormais solliciter le soutien du Canada": support asked for, not given.
  if (tokens.slice(Math.max(start, at - 3), at).some((t) => REQUESTED.test(t.key))) return;
  const own = ownSupportVerb(tokens, at);
  if (own >= 0) {
    // "ont promis de maintenir leur soutien militaire à l'Ukraine": the subjects' own support.
    const agents = clause.subjects(own, ctx.previousSubject).filter((a) => AGENT_LABELS.has(a.mention.label)).map((a) => a.mention.ref!);
    const target = explicitBeneficiary(ctx, at, agents);
    for (const a of agents) commitments.add('PLEDGES', a, target, 0.75, { what: whatOf(tokens, at, at + 1) ?? 'support', ...conditionOf(ctx, at) });
    return;
  }
  let agent = demonymQualifying(ctx, at + 1);
  if (!agent && ['de', 'du'].includes(tokens[at + 1]?.key ?? '') && ['son', 'leur'].includes(tokens[at + 2]?.key ?? '') && tokens[at + 3]?.key === 'pays') {
    // "l'aide de son pays": the country of the one speaking.
    const subject = clause.subjects(at, ctx.previousSubject).find((a) => a.mention.label === 'Person');
    const facts = subject ? ctx.persons.get(subject.mention.ref!) : undefined;
    agent = facts?.leads?.startsWith('country:') ? facts.leads : facts?.country ? `country:${facts.country}` : undefined;
  }
  if (!agent) {
    const of = clause.args.find((a) => a.role === 'genitive' && a.mention.first > at && a.mention.first <= at + 7 && (a.mention.label === 'Country' || a.mention.label === 'Organization'));
    // Not the complement of another phrase ("l'aide pour le sud du Liban").
    if (of && !tokens.slice(at + 1, of.mention.npFirst).some((t) => (t.type === 'punct' && t.text !== "'") || OTHER_PHRASE.has(t.key))) agent = of.mention.ref;
  }
  if (!agent) return;
  const what = whatOf(tokens, at, at + 1) ?? 'support';
  // "L'Arménie a salué le soutien des États-Unis": who speaks of the support received it.
  const receiver = clause.subjects(at, ctx.previousSubject).find((a) => a.mention.label !== 'Person' && a.mention.ref !== agent)?.mention.ref;
  commitments.add('PLEDGES', agent, explicitBeneficiary(ctx, at, [agent]) ?? receiver ?? beneficiary(ctx, at, [agent]), 0.7, { what, ...conditionOf(ctx, at) });
}

const SUBJUNCTIVE_BE = new Set(P.subjunctiveBe);
const PASSIVE_AUXILIARIES = new Set(P.passiveAuxiliaries);
/** "a consacré", "sera consacrée", "s'est consacré": the participle is a verb. */
const PARTICIPLE_AUXILIARIES = new Set(P.participleAuxiliaries);
const SEAS = /^(?:mer|océan|golfe|détroit|manche)\b/i;
/** "… de la mer Noire", "des ports de la Manche": the sea as a complement of a noun. */
function seaOf(tokens: Token[], first: number): boolean {
  const before = ['la', 'le', "l'"].includes(tokens[first - 1]?.key ?? '') ? first - 2 : first - 1;
  return ['de', 'du', "d'"].includes(tokens[before]?.key ?? '');
}
const OTHER_PHRASE = new Set(P.otherPhrasePrepositions);

/** The troops' demonym names the country of the subject (itself, or the one its person leads or serves). */
function ownTroops(ctx: SentenceContext, at: number, troop: number): boolean {
  const nationality = demonymQualifying(ctx, troop);
  if (!nationality) return false;
  return ctx.clause.subjects(at, ctx.previousSubject).some((a) => {
    const facts = ctx.persons.get(a.mention.ref!);
    return a.mention.ref === nationality || facts?.leads === nationality || (facts?.country !== undefined && `country:${facts.country}` === nationality);
  });
}

/** "maintenir leur soutien", "poursuivre son aide": the verb's index, else -1. */
function ownSupportVerb(tokens: Token[], at: number): number {
  if (!['son', 'sa', 'ses', 'leur', 'leurs'].includes(tokens[at - 1]?.key ?? '')) return -1;
  return OWN_SUPPORT_VERBS.has(tokens[at - 2]?.key ?? '') ? at - 2 : -1;
}

/** The agents of a troop verb: its subjects, else the nationality of the troops ("soldats français"). */
function agentsOf(ctx: SentenceContext, at: number, troop: number): string[] {
  // "X s'est entretenu avec Y, dont les troupes sont déployées": the troops are Y's.
  const whose = ctx.tokens[troop - 2]?.key === 'dont' && troop < at ? ctx.clause.coreBefore(troop - 2) : undefined;
  // ("Il n'y aura pas de soldats…", "Il n'est pas question d'envoyer…": "il" stands for no one.)
  const subjects = whose ?? (ctx.tokens[at]!.key === 'y' || impersonal(ctx.tokens, ctx.clause.clauseStart(at), at) ? [] : ctx.clause.subjects(at, ctx.previousSubject));
  const agents = subjects.filter((a) => a.mention.label === 'Person' || a.mention.label === 'Country' || a.mention.label === 'Organization').map((a) => a.mention.ref!);
  if (!agents.length) agents.push(...quotedWe(ctx, at));
  if (!agents.length) agents.push(...interviewWe(ctx, at));
  const [colonPerson, colonCountry] = colonSpeaker(ctx, at);
  if (!agents.length && colonPerson) agents.push(colonPerson, colonCountry!);
  // "Seul le Rwanda a pris un engagement ferme : 450 soldats seront déployés": the country committing before the colon.
  if (!agents.length) agents.push(...committedBeforeColon(ctx, at));
  // "X a rappelé que son pays n'enverrait pas de soldats": the speaker, for the country he speaks for.
  if (!agents.length && OWN.has(ctx.tokens[ctx.clause.clauseStart(at)]?.key ?? '') && ctx.tokens[ctx.clause.clauseStart(at) + 1]?.key === 'pays') agents.push(...reportedBy(ctx, at));
  const nationality = demonymQualifying(ctx, troop);
  if (nationality && !agents.includes(nationality)) {
    // The leader of that country speaking for it refuses or pledges too: keep the person.
    agents.push(nationality);
  }
  speakerFor(ctx, at, agents);
  // "Mme X a été catégorique : aucun soldat italien ne sera déployé": she speaks for her country.
  if (colonPerson && colonCountry && agents.includes(colonCountry) && !agents.includes(colonPerson)) agents.push(colonPerson);
  for (const a of alike(ctx, at)) if (!agents.includes(a)) agents.push(a);
  // "Le Premier ministre polonais X a refusé d'envoyer des soldats": a leader speaks for the country.
  leadersCountries(ctx, agents);
  return agents;
}

/**
 * "Contributions annoncées pour le Niger : Allemagne, 120 millions d'euros ; Italie, 60 millions": each
 * country or body listed after the colon with an amount pledges it to the receiver named before the
 * colon, else to the article's country.
 */
function contributionList(ctx: SentenceContext): void {
  const { tokens } = ctx;
  const colon = tokens.findIndex((t) => t.key === ':' || t.key === '-' || t.key === '–');
  if (colon < 0 || !tokens.slice(0, colon).some((t) => LIST_HEADS.has(t.key))) return;
  // "Allemagne, 120 millions ; Italie, 60 millions" or "Allemagne : 1,2 milliard ; France : 800 millions".
  const givers = ctx.mentions.mentions.filter((m) => m.first > colon && AGENT_LABELS.has(m.label) && m.ref && m.form !== 'demonym' && listItemStart(tokens, m.npFirst, colon));
  if (givers.length < 2) return;
  const named = ctx.mentions.mentions.find((m) => m.last < colon && m.label === 'Country' && m.ref && BENEFICIARY_PREPOSITIONS.has(tokens[m.npFirst - 1]?.key ?? ''));
  // Else the article's country, else settled with the article's other pledges (its headline's country).
  const target = named?.ref ?? ctx.topic ?? UNNAMED;
  const commitments = new Commitments(ctx);
  for (const g of givers) {
    let n = g.last + 1;
    if (tokens[n]?.key === ',' || tokens[n]?.key === ':') n++;
    if (tokens[n]?.type !== 'number') continue;
    let end = n;
    while (tokens[end + 1]?.type === 'number' || QUANTITY.has(tokens[end + 1]?.key ?? '')) end++;
    const money = moneyOf(tokens, n, Math.min(tokens.length, n + 6));
    commitments.add('PLEDGES', g.ref!, target, 0.7, { what: 'aid', amount: money.amount ?? surface(tokens, n, end) });
  }
}
// A Set, not a word class: the 31 classes are taken, and the colon is looked for first.
const LIST_HEADS = new Set(P.listHeads);

/**
 * "Principaux engagements :" then lines "– Allemagne : 350 millions d'euros ;": a line of a list of
 * contributions, a giver, a colon, an amount of money, to the article's country (else settled with its
 * other pledges).
 */
function dashedContribution(ctx: SentenceContext): void {
  const { tokens } = ctx;
  const isGiver = (m: Mention): boolean => AGENT_LABELS.has(m.label) && m.label !== 'Person' && !!m.ref && m.form !== 'demonym';
  const giver = ctx.mentions.mentions.find((m) => m.npFirst === 1 && isGiver(m));
  if (!giver) return;
  // ("– L'Estonie et la Lettonie : un chasseur de mines chacune": both.)
  const other = tokens[giver.last + 1]?.key === 'et' ? ctx.mentions.mentions.find((m) => m.npFirst === giver.last + 2 && isGiver(m)) : undefined;
  let colon = (other ?? giver).last + 1;
  // ("– La Finlande, qui prend le commandement de la mission : deux patrouilleurs": past its relative clause.)
  if (tokens[colon]?.key === ',' && (tokens[colon + 1]?.key === 'qui' || tokens[colon + 1]?.key === 'dont')) {
    for (const end = colon + 16; colon < end && tokens[colon] && tokens[colon]!.key !== ':'; ) colon++;
  }
  if (tokens[colon]?.key !== ':') return;
  const at = colon + 1;
  const money = tokens[at]?.type === 'number' ? moneyOf(tokens, at, Math.min(tokens.length, at + 6)) : {};
  // Else what is sent, counted: "une corvette et un avion de surveillance", "deux patrouilleurs", "des avions radar".
  let end = at;
  while (end + 1 < tokens.length && !CLAUSE_ENDS.has(tokens[end + 1]!.key)) end++;
  const what = money.amount ? 'aid' : tokens[at]?.type === 'number' || COUNTED.has(tokens[at]?.key ?? '') ? whatOf(tokens, at, Math.min(end + 1, at + 4)) : undefined;
  if (!what) return;
  const props = { what, amount: money.amount ?? surface(tokens, at, end), ...conditionOf(ctx, at) };
  const commitments = new Commitments(ctx);
  for (const g of other ? [giver, other] : [giver]) commitments.add('PLEDGES', g.ref!, ctx.topic ?? UNNAMED, 0.7, props);
}
/** Words counting what a line of a list sends ("une corvette", "deux frégates", "des drones", "plusieurs avions"). */
const COUNTED = new Set(['un', 'une', 'des', 'plusieurs', ...words.cardinals]);
const CLAUSE_ENDS = new Set([',', ';', '.', ':']);
const DASHES = new Set(['–', '-', '—', '•']);

/** A list item starts at `at`: right after the colon or a semicolon. */
function listItemStart(tokens: Token[], at: number, colon: number): boolean {
  return at === colon + 1 || tokens[at - 1]?.key === ';';
}

/** ", la Norvège 80 millions": a country or body followed by an amount after a comma, no verb of its own. */
function gapped(ctx: SentenceContext, at: number): { ref: string; to?: string }[] {
  const { tokens } = ctx;
  const found: { ref: string; to?: string }[] = [];
  for (const m of ctx.mentions.mentions) {
    if (m.first <= at || !m.ref || !opensGap(tokens, m)) continue;
    // "Rome promet 300 millions à la Tunisie, Madrid 180 millions à la Mauritanie": its own receiver, up to the next comma.
    let end = gapAmountAt(tokens, m);
    while (end < tokens.length && tokens[end]!.key !== ',' && tokens[end]!.key !== 'et' && tokens[end]!.key !== '.') end++;
    const to = ctx.mentions.mentions.find((x) => x.first > m.last && x.first < end && x.ref && (x.label === 'Country' || x.label === 'Organization') && x.form !== 'demonym' && TO_WORDS.has(tokens[x.npFirst - 1]?.key ?? ''));
    found.push(to ? { ref: m.ref, to: to.ref! } : { ref: m.ref });
  }
  return found;
}

/** ", Madrid 180 millions", "et le Japon deux avions": a giver after a comma or "et", then what it gives, counted. */
function opensGap(tokens: Token[], m: Mention): boolean {
  return AGENT_LABELS.has(m.label) && m.form !== 'demonym' && (tokens[m.npFirst - 1]?.key === ',' || tokens[m.npFirst - 1]?.key === 'et') && gapAmountAt(tokens, m) > 0;
}

/**
 * Where the amount a gapped giver gives starts: right after it, or after a participle's incise ("et
 * Berlin, représenté par un secrétaire d'Etat, 250 millions au Niger"); -1 when none is counted.
 */
function gapAmountAt(tokens: Token[], m: Mention): number {
  if (countedAt(tokens, m.last + 1)) return m.last + 1;
  if (tokens[m.last + 1]?.key !== ',' || !/(?:e|es|s|é|ée|és|ées)$/.test(tokens[m.last + 2]?.text ?? '') || tokens[m.last + 2]?.type !== 'word') return -1;
  for (let i = m.last + 3; i < Math.min(tokens.length, m.last + 12); i++) if (tokens[i]!.key === ',') return countedAt(tokens, i + 1) ? i + 1 : -1;
  return -1;
}

/**
 * "300 millions", "un destroyer", "deux avions", "des unités du génie", "une compagnie d'infanterie": a
 * number, or a number word or "des" before something given.
 */
function countedAt(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t) return false;
  if (t.type === 'number') return true;
  if (!NUMBER_WORDS.has(t.key) && t.key !== 'des') return false;
  for (let i = at + 1; i <= Math.min(tokens.length - 1, at + 2); i++) if (OFFER_OBJECTS.has(tokens[i]!.key) || TROOP_NOUNS.has(tokens[i]!.key) || GAPPED_UNITS.has(tokens[i]!.key)) return true;
  return false;
}
const NUMBER_WORDS = new Set(P.numberWords);
/** Units of an army, given in a list after a pledge's verb (too common elsewhere to be troop nouns: "une compagnie aérienne"). */
const GAPPED_UNITS = new Set(P.gappedUnits);

/** "…fournirait des troupes à la force, tout comme l'Azerbaïdjan": those said to do the same. */
function alike(ctx: SentenceContext, at: number): string[] {
  const { tokens } = ctx;
  for (let i = at + 1; i < tokens.length - 1; i++) {
    const length = phraseAt(tokens, i, ALIKE);
    if (!length) continue;
    const next = ctx.mentions.mentions.find((m) => m.npFirst >= i + length && m.npFirst <= i + length + 1 && AGENT_LABELS.has(m.label) && m.ref);
    return next ? [next.ref!] : [];
  }
  return [];
}
const ALIKE = words.alikePhrases;

/**
 * "« Nous n'enverrons pas de soldats », a prévenu le président X": "nous" in a quote is its speaker,
 * and, a leader or a minister, his country.
 */
function quotedWe(ctx: SentenceContext, at: number): string[] {
  const { clause } = ctx;
  // "nous", or "envoyer nos soldats", "notre armée" (the troops' own possessive, after the verb).
  const start = clause.clauseStart(at);
  if (clause.find(['nous'], start, at) < 0 && clause.find(OUR, start, Math.min(clause.clauseEnd(at), at + 4)) < 0) return [];

  const incise = clause.inciseSpeaker() ?? clause.invertedSpeaker(ctx.previousSubject);
  if (!incise || incise.comma < at) return [];
  const agents = [incise.speaker.mention.ref!];
  leadersCountries(ctx, agents);
  return agents;
}

const OUR = new Set(P.ourPossessives);

/** "Nous enverrons 150 instructeurs", "Mon pays ne participera pas" in an interview's answer: the one answering, with her country. */
function interviewWe(ctx: SentenceContext, at: number): string[] {
  if (!ctx.interviewee) return [];
  const { clause, tokens } = ctx;
  const start = clause.clauseStart(at);
  const ours = clause.find(['nous'], start, at) >= 0 || tokens.slice(start, at).some((t, j) => t.key === 'pays' && ['mon', 'notre'].includes(tokens[start + j - 1]?.key ?? ''));
  if (!ours) return [];
  const agents = [ctx.interviewee];
  leadersCountries(ctx, agents);
  return agents;
}

/** "le chercheur X", "l'analyste X": a common noun with its determiner names what X is, no leader. */
function nounBefore(tokens: Token[], npFirst: number): boolean {
  const noun = tokens[npFirst - 1];
  return !!noun && noun.type === 'word' && !noun.cap && DETERMINERS_BEFORE_NOUN.has(tokens[npFirst - 2]?.key ?? '');
}
const DETERMINERS_BEFORE_NOUN = new Set(P.nounDeterminers);

/**
 * "« La Pologne n'enverra pas de troupes », a tranché M. X", X told only as "le premier ministre" or by his
 * name, no country of his known: he speaks for the one country the quotation commits.
 */
function onlyCountryOfLeader(facts: PersonFacts | undefined, agents: string[]): string | undefined {
  if (facts?.leads || facts?.serves || facts?.country || (facts?.titleName !== undefined && !COUNTRY_LEADING_TITLES.has(facts.titleName))) return undefined;
  const countries = agents.filter((a) => a.startsWith('country:'));
  return countries.length === 1 ? countries[0] : undefined;
}

/** "Frederiksen a souligné que le Danemark ne prévoit pas…": the leader speaking for the country. */
function speakerFor(ctx: SentenceContext, at: number, agents: string[]): void {
  const { clause, tokens } = ctx;
  // "L'Irlande n'enverra pas de soldats, a rappelé le Premier ministre irlandais, X"
  // (the head of that country, or its minister: "a déclaré la ministre sud-africaine de la Défense").
  // ("…, a-t-il assuré": the person the inverted pronoun stands for.)
  const incise = clause.inciseSpeaker() ?? clause.invertedSpeaker(ctx.previousSubject);
  if (incise && incise.comma > at) {
    const facts = ctx.persons.get(incise.speaker.mention.ref!);
    // ("Varsovie n'enverra pas de troupes, a redit le Polonais X": a national with no role told speaks for his country.)
    const speaksFor = facts?.leads ?? facts?.serves ?? ledCountry(ctx, incise.speaker.mention.ref!) ?? nationalOf(facts) ?? (nounBefore(tokens, incise.speaker.mention.npFirst) ? undefined : onlyCountryOfLeader(facts, agents));
    if (speaksFor && agents.includes(speaksFor) && !agents.includes(incise.speaker.mention.ref!)) agents.push(incise.speaker.mention.ref!);
  }
  // "La présidente philippine, X, a été la première à s'engager : Manille fournira…": she speaks for it.
  const [colonPerson, colonCountry] = colonSpeaker(ctx, at);
  if (colonPerson && colonCountry && agents.includes(colonCountry) && !agents.includes(colonPerson)) agents.push(colonPerson);
  // "Le Canada enverra six F-35 en Roumanie", answered in an interview: the one interviewed gives with it.
  if (ctx.interviewee && !agents.includes(ctx.interviewee)) {
    const own = countrySpokenFor(ctx.persons.get(ctx.interviewee));
    if (own && agents.includes(own)) agents.push(ctx.interviewee);
  }
  const start = clause.clauseStart(at);
  if (!['que', "qu'"].includes(tokens[start - 1]?.key ?? '')) return;
  const matrix = clause.subjects(start - 1, ctx.previousSubject).filter((a) => a.mention.label === 'Person');
  // ("L'ambassadeur a confirmé que Madrid mettrait…": he speaks for the country he serves, as a leader for hers;
  // "La Suédoise X a annoncé que Stockholm mettrait…": a national told by no title, for hers.)
  // ("X, qui a promis que l'Allemagne continuerait de livrer des armes": who promises it gives it, whatever his title.)
  const promised = PROMISED.has(tokens[start - 2]?.key ?? '');
  for (const m of matrix) {
    const facts = ctx.persons.get(m.mention.ref!);
    const speaksFor = facts?.leads ?? countrySpokenFor(facts) ?? nationalOf(facts);
    if (((speaksFor && agents.includes(speaksFor)) || (promised && !speaksFor)) && !agents.includes(m.mention.ref!)) agents.push(m.mention.ref!);
  }
}
const OWN = new Set(P.countryPossessives);
const PROMISED = new Set(P.promiseVerbs);

/**
 * "La ministre a indiqué que deux avions seraient mis à la disposition de la mission": what a leader or
 * a minister reports, with no giver of its own, she gives with her country.
 */
function reportedBy(ctx: SentenceContext, at: number): string[] {
  const start = ctx.clause.clauseStart(at);
  if (!['que', "qu'"].includes(ctx.tokens[start - 1]?.key ?? '')) return [];
  const speaker = ctx.clause.subjects(start - 1, ctx.previousSubject).find((a) => a.mention.label === 'Person');
  const found = speakerAndCountry(ctx, speaker);
  // "Le Norvégien X a rappelé que son pays avait promis…": a national with no title speaks for his own.
  const facts = speaker ? ctx.persons.get(speaker.mention.ref!) : undefined;
  const national = nationalOf(facts);
  if (!found.length && national && ctx.tokens[start]?.key === 'son' && ctx.tokens[start + 1]?.key === 'pays') return [speaker!.mention.ref!, national];
  return found;
}

/** A person speaking, with the country she speaks for; none without such a country. */
function speakerAndCountry(ctx: SentenceContext, speaker: Argument | undefined): string[] {
  const country = speaker ? countrySpokenFor(ctx.persons.get(speaker.mention.ref!)) : undefined;
  return country ? [speaker!.mention.ref!, country] : [];
}

/**
 * "le ministre a confirmé ce que tout le régiment attendait : 250 marsouins seront déployés": what a
 * leader or a minister announces after a colon, with no agent of its own, he gives with his country.
 */
function colonSpeaker(ctx: SentenceContext, at: number): string[] {
  const colon = ctx.tokens.findLastIndex((t, i) => i < at && t.key === ':');
  if (colon <= 0) return [];
  // The main clause's subject: the first person named before the colon ("ce que tout le régiment attendait" is its object).
  return speakerAndCountry(ctx, ctx.clause.args.find((a) => a.role === 'core' && a.mention.label === 'Person' && a.mention.ref!.startsWith('person:') && a.mention.last < colon));
}

/** The country or body that commits itself before a colon ("a pris un engagement ferme :", "a promis :"), for what follows it. */
function committedBeforeColon(ctx: SentenceContext, at: number): string[] {
  const { tokens } = ctx;
  const colon = tokens.findLastIndex((t, i) => i < at && t.key === ':');
  if (colon <= 0 || !tokens.slice(0, colon).some((t) => COMMIT_STEMS.test(t.key))) return [];
  const subject = ctx.clause.args.find((a) => a.role === 'core' && (a.mention.label === 'Country' || a.mention.label === 'Organization') && a.mention.ref && a.mention.last < colon);
  return subject ? [subject.mention.ref!] : [];
}
const COMMIT_STEMS = /^(?:engag|promi|promet|annon)/;

/** The country a demonym adjective at or right after `at` names ("refus italien", "troupes italiennes"). */
function demonymQualifying(ctx: SentenceContext, at: number): string | undefined {
  const m = ctx.mentions.mentions.find((x) => x.form === 'demonym' && !x.inTitle && (x.first === at || x.first === at + 1 || x.qualifies === at));
  return m?.ref;
}

/** "toute participation (de son armée) à une force …" after the refusal at `at`: the force's last token, else -1. */
function forceJoined(ctx: SentenceContext, at: number): number {
  const { tokens } = ctx;
  for (let i = at + 1; i <= Math.min(tokens.length - 1, at + 3); i++) {
    if (tokens[i]!.key !== 'participation') continue;
    for (const m of ctx.mentions.mentions) if (m.orgId === 'force' && m.first > i && m.first <= i + 7 && ['a', 'au'].includes(tokens[m.npFirst - 1]?.key ?? '')) return m.last;
  }
  return -1;
}

/** Last token of a force named right after the verb at `at` ("participera à la force multinationale"), else -1. */
function forceAfter(ctx: SentenceContext, at: number): number {
  for (const m of ctx.mentions.mentions) if (m.orgId === 'force' && m.first > at && m.first <= at + 4) return m.last;
  return -1;
}

function troopNounNear(tokens: Token[], at: number): number {
  const after = troopNounAfter(tokens, at, 6);
  // ("aucun soldat ghanéen ne servira dans la brigade": the unit after "dans", "à" is where they would go.)
  const into = after > 0 && (INTO.has(tokens[after - 1]!.key) || (UNIT_ARTICLES.has(tokens[after - 1]!.key) && INTO.has(tokens[after - 2]?.key ?? '')));
  if (after >= 0 && troopWords(tokens, after) === 1 && !into) return after;
  // "des soldats français pourraient participer", "des troupes belges pourraient être envoyées";
  // "des soldats français pourraient participer à cette mission de maintien de la paix": the soldiers.
  for (let i = at - 1; i >= Math.max(0, at - 6); i--) if (isTroopNoun(tokens, i)) return i;
  return after;
}

const INTO = new Set(P.intoPrepositions);
const UNIT_ARTICLES = new Set([...words.definiteArticles, 'cette', 'ce']);

/**
 * A warship noun right after a negated sending verb ("n'enverra pas de navires", "aucune frégate"), or police
 * ("n'enverront pas de policiers supplémentaires": the personnel of a security force): its index, else -1.
 */
function warshipsRefused(ctx: SentenceContext, at: number): number {
  const { tokens, clause } = ctx;
  if (!clause.negated(clause.clauseStart(at), at + 1)) return -1;
  // (Not "n'enverra pas de frégate, mais un hélicoptère et des soldats": something else is sent.)
  if (tokens.some((t, k) => k > at && t.key === 'mais')) return -1;
  for (let k = at + 1; k <= at + 4 && tokens[k]; k++) if (WARSHIPS.has(tokens[k]!.key) || WARSHIPS.has(tokens[k]!.key.replace(/s$/, '')) || POLICE.has(tokens[k]!.key)) return k;
  return -1;
}
const WARSHIPS = new Set(words.vesselNouns.map(fold));
const POLICE = new Set(words.policeNouns);

/** "soldats", "troupes", or the last word of "participation militaire": where a demonym would follow. */
function isTroopNoun(tokens: Token[], i: number): boolean {
  return troopWords(tokens, i) > 0;
}

/** How many words of a troop noun or phrase end at `i` (0: none). */
function troopWords(tokens: Token[], i: number): number {
  if (TROOP_NOUNS.has(tokens[i]!.key)) return 1;
  for (const p of TROOP_PHRASES_BY_END.get(tokens[i]!.key) ?? []) if (i >= p.length - 1 && phraseAt(tokens, i - p.length + 1, [p]) === p.length) return p.length;
  return 0;
}
/** "participation militaire", "mission de sécurité", by their last word. */
const TROOP_PHRASES_BY_END = new Map<string, string[][]>();
// (The troop nouns of several words, "casques bleus", "chasseurs alpins", are phrases too.)
for (const p of [...P.troopPhrases, ...P.troopNouns.filter((n) => n.includes(' ')).map((n) => n.split(' '))]) TROOP_PHRASES_BY_END.set(p[p.length - 1]!, [...(TROOP_PHRASES_BY_END.get(p[p.length - 1]!) ?? []), p]);

function troopNounAfter(tokens: Token[], at: number, window: number): number {
  // A phrase starts within the window ("participera à la mission de maintien de la paix").
  for (let i = at + 1; i <= Math.min(tokens.length - 1, at + window + 5); i++) {
    const n = troopWords(tokens, i);
    if (n && i - n < at + window) return i;
    if (tokens[i]!.key === ';' || tokens[i]!.key === '.') break;
  }
  return -1;
}

function troopVerbBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (troopVerbAt(tokens, i)) return true;
  return false;
}

/** "troupes étrangères", "soldats occidentaux", "troupes de l'Otan": someone else's troops. */
function isForeign(tokens: Token[], troop: number): boolean {
  for (let i = troop + 1; i <= Math.min(tokens.length - 1, troop + 3); i++) if (FOREIGN.has(tokens[i]!.key) || phraseAt(tokens, i, FOREIGN_PHRASES)) return true;
  return false;
}

/** "Il serait irresponsable d'engager nos soldats", "a jugé « insensé » d'envoyer des soldats": the sending at `at` judged against. */
function judgedAgainst(tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.key !== 'de' && tokens[at - 1]?.key !== "d'") return false;
  const before = OPENING_QUOTES.has(tokens[at - 2]?.key ?? '') || tokens[at - 2]?.key === '»' ? at - 3 : at - 2;
  return JUDGED_AGAINST.has(tokens[before]?.key ?? '');
}
const JUDGED_AGAINST = new Set(P.judgedAgainst);

function opposes(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (OPPOSITION.has(tokens[i]!.key)) return true;
  return false;
}

/** A beneficiary named after the trigger ("à l'Ukraine"), if any. */
function explicitBeneficiary(ctx: SentenceContext, at: number, agents: string[]): string | undefined {
  const end = ctx.clause.clauseEnd(at);
  return ctx.clause
    .objects(at, end)
    .find((a) => a.mention.label !== 'Person' && !agents.includes(a.mention.ref!) && a.role === 'oblique' && BENEFICIARY_PREPOSITIONS.has(a.preposition!))?.mention.ref;
}

/**
 * "Elle s'est entretenue avec … L'Union européenne lui a promis une aide": "lui" is the person the
 * story follows, and what is promised to a leader goes to the country she leads.
 */
function toHim(ctx: SentenceContext, at: number, agents: string[]): string | undefined {
  const { tokens } = ctx;
  const pronoun = tokens[at - 1]?.key === 'lui' ? at - 1 : tokens[at - 2]?.key === 'lui' && AUXILIARY_BEFORE.has(tokens[at - 1]!.key) ? at - 2 : -1;
  if (pronoun < 0) return undefined;
  // ("X avait fait escale à Halifax, où le Premier ministre Y lui a annoncé 2,5 milliards": the subject of the clause before, in the sentence.)
  const before = ctx.clause.args.filter((a) => a.mention.label === 'Person' && a.role === 'core' && a.mention.last < pronoun);
  const inSentence = before.length >= 2 ? before[0] : undefined;
  const ref = inSentence ? inSentence.mention.ref : ctx.previousSubject?.mention.label === 'Person' ? ctx.previousSubject.mention.ref : undefined;
  const facts = ref ? ctx.persons.get(ref) : undefined;
  const led = facts?.leads?.startsWith('country:') ? facts.leads : undefined;
  return led && !agents.includes(led) ? led : undefined;
}
const AUXILIARY_BEFORE = new Set(P.auxiliariesAfterLui);

/** "Tokyo et Ottawa promettent, Washington boude": a comma opening another clause between the verb and a noun (an incise between two commas is not). */
function clauseBetween(tokens: Token[], at: number, to: number): boolean {
  let commas = 0;
  for (let i = at + 1; i < to; i++) {
    if (tokens[i]!.key === ':') return true;
    if (tokens[i]!.key === ',') commas++;
  }
  return commas % 2 === 1;
}

/** "à l'Ukraine", "pour l'Ukraine", "en Ukraine", the direct object of "soutenir", else the article's country, else (for troops) its force. */
function beneficiary(ctx: SentenceContext, at: number, agents: string[], directObject = false, troops = false): string | undefined {
  const { clause } = ctx;
  // "n'enverra ni navire ni marins : son ministre a invoqué … en Baltique": a colon ends what is given.
  let end = clause.clauseEnd(at);
  for (let k = at + 1; k < end; k++) if (ctx.tokens[k]!.key === ':') end = k;
  // ("…1 milliard d'euros, a indiqué à Dresde le commissaire": where the speaker spoke receives nothing.)
  const incise = clause.inciseSpeaker();
  if (incise && incise.comma > at && incise.comma < end) end = incise.comma;
  // "…à la mission, la Turquie proposant plutôt d'accueillir à Istanbul des négociations": an absolute
  // participle after a comma tells something else.
  const absolute = ctx.mentions.mentions.find((m) => m.first > at && m.last < end - 1 && ctx.tokens[m.npFirst - 1]?.key === ',' && AGENT_LABELS.has(m.label) && /[^aeiouy]ant$/.test(ctx.tokens[m.last + 1]!.key));
  if (absolute) end = absolute.npFirst - 1;
  // "Berlin promet 7 milliards pour…, Copenhague 300 soldats": what the next giver gives is its own.
  const gap = gapStart(ctx, at, end);
  if (gap > 0) end = gap;
  // (Nor the country a giving leader or minister speaks for: "l'envoi de 200 soldats de la Force de défense de la Jamaïque".)
  const own = agents.map((a) => countrySpokenFor(ctx.persons.get(a)));
  // (Nor the subject of a completive: "a promis que l'Union européenne couvrirait les besoins de Kyiv" — the Union gives.)
  const candidates = clause.objects(at, end).filter((a) => a.mention.label !== 'Person' && !agents.includes(a.mention.ref!) && !own.includes(a.mention.ref) && !neighbourOf(ctx.tokens, a.mention.npFirst) && !THAT.has(ctx.tokens[a.mention.npFirst - 1]?.key ?? ''));
  const named =
    // ("n'enverra pas de soldats au sein de la force": the body they would serve in.)
    candidates.find((a) => (a.role === 'oblique' && BENEFICIARY_PREPOSITIONS.has(a.preposition!)) || withinBody(ctx.tokens, a.mention.npFirst)) ??
    (directObject ? candidates.find((a) => a.role === 'core' && a.mention.first <= at + 3 && !clauseBetween(ctx.tokens, at, a.mention.npFirst)) : undefined) ??
    // "à la sécurité de l'Ukraine", "pour la reconstruction de Gaza": the country served.
    candidates.find((a) => a.role === 'genitive' && (servedBy(ctx.tokens, a.mention.npFirst) || regionOf(ctx.tokens, a.mention.npFirst)));
  if (named) return named.mention.ref;
  if (countryAnaphor(ctx.tokens, at, end)) {
    const recent = recentTarget(ctx, false) ?? placeBefore(ctx, agents) ?? ctx.topic;
    if (recent && !agents.includes(recent)) return recent;
  }
  // "pour la reconstruction de Gaza": a place of a known state, named after the verb; a place of
  // none ("pour l'Afrique") is a beneficiary the graph cannot hold.
  // (A sea a thing is of is no receiver: "deux frégates pour le déminage de la mer Noire" go to whom the
  // article says; "une frégate en mer Noire" goes to no one.)
  // (Nor where the thing given is based: "un avion de patrouille maritime basé à Djibouti".)
  // (Nor where it is told from: "une enveloppe confirmée depuis la capitale norvégienne".)
  const place = ctx.mentions.places.find((p) => p.first > at && p.first < end && !(SEAS.test(p.city) && seaOf(ctx.tokens, p.first)) && !basedAt(ctx.tokens, p.first) && !toldFrom(ctx.tokens, p.first));
  // ("d'envoyer le moindre soldat en Baltique": to a region of no state, soldiers go to the article's force.)
  if (place) return place.iso2 ? (!agents.includes(`country:${place.iso2}`) ? `country:${place.iso2}` : undefined) : troops ? (ctx.mainForce ?? ctx.force) : undefined;
  // "verser 2 milliards à la Banque X": a receiver is named, one the graph does not know; "au Fonds pour la
  // paix de l'Union africaine": the body it is of, when the graph knows that one.
  if (unknownReceiver(ctx, at, end)) return ownerOfReceiver(ctx, at, end, agents) ?? servedByReceiver(ctx, at, end, agents);
  // "sur le territoire soudanais", "sur le sol ukrainien": the country of that ground; "à l'armée
  // moldave": the country of those forces.
  const ground = ctx.mentions.mentions.find((m) => m.form === 'demonym' && m.first > at && m.first < end && m.qualifies !== undefined && (GROUND_NOUNS.has(ctx.tokens[m.qualifies]!.key) || GROUND_NOUNS.has(ctx.tokens[m.qualifies - 1]?.key ?? '') || givenTo(ctx.tokens, m.qualifies)));
  if (ground?.ref && !agents.includes(ground.ref)) return ground.ref;
  // "a déployé des troupes à la frontière": soldiers on one's own ground go to no one.
  if (troops && onOwnGround(ctx.tokens, at, end)) return undefined;
  // "L'Italie y engagera deux frégates ; la Grèce fournira un patrouilleur": the receiver of the
  // pledge the sentence made just before, by another giver.
  const before = sameSentencePledge(ctx, agents);
  if (before) return before;
  // ("Sur la force de réassurance, … L'Estonie enverra une compagnie d'infanterie": what the paragraph opened on, whatever
  // country the article is about.)
  if (ctx.receiver && !agents.includes(ctx.receiver)) return ctx.receiver;
  if (ctx.topic && !agents.includes(ctx.topic)) return ctx.topic;
  // "Soixante pays ont promis 2,1 milliards d'aide au Soudan. L'Union européenne a annoncé 500 millions": the
  // receiver the sentence before gave to, whoever gave.
  const told = receiverBefore(ctx);
  if (told && !agents.includes(told)) return told;
  // "Le Nigeria fournira 1 500 soldats" in an article about a regional force: soldiers go to the force.
  return (troops ? ctx.force : undefined) ?? UNNAMED;
}

/** "au sein de la force", "au sein du contingent": the noun phrase at `first` is what one serves in. */
function withinBody(tokens: Token[], first: number): boolean {
  return tokens[first - 2]?.key === 'sein' && tokens[first - 3]?.key === 'au' && FROM.has(tokens[first - 1]!.key);
}

/** A verb that gives or sends in the few words of the completive from `from`. */
function completiveGives(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    if (tokens[k]!.key === ',' || tokens[k]!.key === '.') return false;
    if (PLEDGE_VERBS.matchAt(tokens, k) || troopVerbAt(tokens, k)) return true;
  }
  return false;
}

/** "depuis Oslo", "depuis la capitale norvégienne": where from. */
function toldFrom(tokens: Token[], first: number): boolean {
  return tokens[first - 1]?.key === 'depuis' || (ARTICLE_WORDS.has(tokens[first - 1]?.key ?? '') && tokens[first - 2]?.key === 'depuis');
}
const ARTICLE_WORDS = new Set(words.definiteArticles);

/** "basé à Djibouti", "stationnés au Niger": the place a thing given sits, not its receiver. */
function basedAt(tokens: Token[], first: number): boolean {
  return ['a', 'au', 'aux', 'en'].includes(tokens[first - 1]?.key ?? '') && BASED.has(tokens[first - 2]?.key ?? '');
}
const BASED = new Set(P.basedParticiples);

/** The country a pledge verb of the sentence before gave to ("ont promis … au Soudan"). */
function receiverBefore(ctx: SentenceContext): string | undefined {
  const before = ctx.previousSentence;
  if (!before?.sameParagraph) return undefined;
  const verb = before.tokens.findIndex((t, i) => (classesOf(t) & PLEDGE_VERBS.bit) !== 0 && PLEDGE_VERBS.matchAt(before.tokens, i) > 0);
  if (verb < 0) return undefined;
  return before.mentions.mentions.find((m) => m.label === 'Country' && m.ref && m.first > verb && TO_WORDS.has(before.tokens[m.npFirst - 1]?.key ?? ''))?.ref;
}

function sameSentencePledge(ctx: SentenceContext, agents: string[]): string | undefined {
  const last = ctx.facts.findLast((f) => f.sentence === ctx.index && f.type === 'PLEDGES');
  return last && !agents.includes(last.source) && !agents.includes(last.target) && last.target !== UNNAMED ? last.target : undefined;
}

/** The receivers listed after `target` ("pour la Mauritanie, le Sénégal et le Niger"): commas, "et", articles between;
 *  the list must close with "et", or a comma may open another clause ("pour Kiev, la Hongrie fait bande à part"). */
function receiversListedAfter(ctx: SentenceContext, target: string | undefined, at: number): string[] {
  if (!target || target === UNNAMED) return [];
  const args = ctx.clause.args.filter((a) => a.mention.first > at && (a.mention.label === 'Country' || a.mention.label === 'Organization'));
  const k = args.findIndex((a) => a.mention.ref === target);
  if (k < 0) return [];
  const listed: string[] = [];
  for (let j = k + 1; j < args.length; j++) {
    const between = ctx.tokens.slice(args[j - 1]!.mention.last + 1, args[j]!.mention.npFirst).map((t) => t.key);
    if (between.length === 0 || between.length > 3 || !between.every((w) => w === ',' || w === 'et' || LIST_ARTICLES.has(w)) || !between.some((w) => w === ',' || w === 'et')) break;
    // (", et la Côte d'Ivoire 40 milliards": another giver, the verb left out.)
    if (opensGap(ctx.tokens, args[j]!.mention)) break;
    listed.push(args[j]!.mention.ref!);
    // The list ends at "et".
    if (between.includes('et')) return listed;
  }
  return [];
}
const LIST_ARTICLES = new Set(P.listArticles);

/** The comma opening a giver's own part of a list with the verb left out (", Copenhague 300 soldats"), else -1. */
function gapStart(ctx: SentenceContext, at: number, end: number): number {
  const { tokens } = ctx;
  for (const m of ctx.mentions.mentions) {
    if (m.npFirst > at + 1 && m.npFirst < end && opensGap(tokens, m)) return m.npFirst - 1;
  }
  return -1;
}

/**
 * "Le Premier ministre X a refusé d'envoyer des soldats", no destination named: the soldiers would go
 * where the article's other troop commitments and refusals go, else to the force it names. Without
 * either, the refusal is no one's.
 */
function settleUnnamedRefusals(facts: Fact[], refusals: Fact[], forces: readonly string[], about: (refusals: Fact[]) => string | undefined): void {
  if (!refusals.length) return;
  const counts = new Map<string, number>();
  // Instructors and other military personnel go where soldiers would.
  for (const f of facts) if (f.type === 'REFUSES_TROOPS' || (f.type === 'PLEDGES' && (f.what === 'troops' || f.what === 'personnel'))) counts.set(f.target, (counts.get(f.target) ?? 0) + 1);
  let target: string | undefined = forces[0];
  let most = 0;
  for (const [t, n] of counts) if (n > most || (n === most && target !== undefined && t < target)) [target, most] = [t, n];
  target ??= about(refusals);
  if (!target) return;
  for (const f of refusals) {
    // (A country the others' soldiers were sent to refuses its own to the article's force: "L'Islande n'enverra ni navire ni personnel".)
    // (Not to the force made for it: "org:force-multinationale-ua" is no force Ukraine would send soldiers to.)
    const ownForce = f.source.startsWith('country:') && forces[0] === `org:force-multinationale-${f.source.slice('country:'.length).toLowerCase()}`;
    const to = f.source === target && forces[0] !== undefined && forces[0] !== f.source && !ownForce ? forces[0] : target;
    // One who refuses more soldiers where it already sends some ("pas de nouvelles troupes") refuses nothing there.
    // Money it gives there is no soldier ("le Royaume-Uni 350 millions de livres … a exclu d'y envoyer ses soldats").
    if (f.source === to || facts.some((g) => g.source === f.source && (g.type === f.type || (g.target === to && g.type === 'PLEDGES' && (g.what === 'troops' || g.what === 'personnel'))))) continue;
    facts.push({ ...f, target: to, confidence: Math.min(f.confidence, 0.6) });
  }
}

/** "la sécurité de l'Ukraine": the noun whose complement starts at `npFirst` is a cause one serves. */
function servedBy(tokens: Token[], npFirst: number): boolean {
  let p = npFirst - 1;
  if (tokens[p]?.key === 'la' || tokens[p]?.key === 'le' || tokens[p]?.key === "l'") p--;
  const de = tokens[p]?.key;
  if (de !== 'de' && de !== "d'" && de !== 'du') return false;
  // "aux projets du nord du Chili": the region of the country served.
  if (COMPASS_POINTS.has(tokens[p - 1]?.key ?? '') && ['de', "d'", 'du'].includes(tokens[p - 2]?.key ?? '')) p -= 2;
  // "aux communautés inuites du Groenland": an adjective may follow the noun; "aux projets
  // d'hydrogène du Chili": a complement of its own too.
  const k = tokens[p - 1]?.type === 'word' && !tokens[p - 1]!.cap ? p - 1 : -1;
  return CAUSE_NOUNS.has(tokens[p - 1]?.key ?? '') || (k > 0 && (CAUSE_NOUNS.has(tokens[k - 1]?.key ?? '') || (['de', "d'"].includes(tokens[k - 1]?.key ?? '') && CAUSE_NOUNS.has(tokens[k - 2]?.key ?? ''))));
}
const CAUSE_NOUNS = new Set(relations.pledges.causeNouns);

/** "dans l'est de la RDC", "vers le nord du Mali": a part of the country, so the country. */
function regionOf(tokens: Token[], npFirst: number): boolean {
  let p = npFirst - 1;
  if (tokens[p]?.key === 'la' || tokens[p]?.key === 'le' || tokens[p]?.key === "l'") p--;
  const de = tokens[p]?.key;
  if ((de !== 'de' && de !== "d'" && de !== 'du') || !COMPASS_POINTS.has(tokens[p - 1]?.key ?? '')) return false;
  // "au sud du Liban", "dans l'est de la RDC"
  return tokens[p - 2]?.key === 'au' || (['le', "l'"].includes(tokens[p - 2]?.key ?? '') && REGION_PREPOSITIONS.has(tokens[p - 3]?.key ?? ''));
}
const COMPASS_POINTS = new Set(words.compassPoints);
const REGION_PREPOSITIONS = new Set(P.regionPrepositions);

/** "dans un pays voisin de l'Ukraine": the country named is the neighbour's reference, not where anything goes. */
function neighbourOf(tokens: Token[], npFirst: number): boolean {
  const de = tokens[npFirst - 1]?.key ?? '';
  return (de === 'de' || de === "d'" || de === 'du') && NEIGHBOUR_WORDS.has(tokens[npFirst - 2]?.key ?? '');
}
const NEIGHBOUR_WORDS = new Set(relations.pledges.neighbourWords);

/** "à la frontière", "sur son territoire", "dans la région" after the verb at `at`. */
function onOwnGround(tokens: Token[], at: number, end: number): boolean {
  for (let i = at + 1; i < end - 1; i++) {
    if (!GROUND_PREPOSITIONS.has(tokens[i]!.key)) continue;
    let j = i + 1;
    if (GROUND_DETERMINERS.has(tokens[j]?.key ?? '')) j++;
    // "à la frontière", "sur son territoire"; not "sur le territoire ukrainien", "à la frontière de X".
    if (OWN_GROUND.has(tokens[j]?.key ?? '') && GROUND_ENDS.has(tokens[j + 1]?.key ?? '.')) return true;
  }
  return false;
}
const GROUND_PREPOSITIONS = new Set(P.groundPrepositions);
const GROUND_DETERMINERS = new Set([...words.definiteArticles, ...words.possessives]);
const OWN_GROUND = new Set(relations.pledges.ownGround);
/** "à l'armée moldave", "aux forces libanaises", "pour la police haïtienne": what a demonym's noun is given to. */
function givenTo(tokens: Token[], noun: number): boolean {
  // ("à l'initiative tchèque sur les munitions": the country that proposed it, not one given to.)
  if (SUPPORTED_PROCESSES.has(tokens[noun]!.key)) return false;
  // "pour le réseau électrique ukrainien", "pour la reconstruction du réseau ukrainien": what is given
  // to or for, a few words back, with no comma between.
  for (let j = noun - 1; j >= Math.max(0, noun - 6); j--) {
    const k = tokens[j]!.key;
    // "pour l'industrie de défense ukrainienne": the noun's own bare singular complement is no stop
    // (not "de troupes égyptiennes", "millions de dollars canadiens": the demonym is theirs).
    if (k === 'de' && j === noun - 1 && !/[sx]$/.test(tokens[noun]!.key)) continue;
    if (k === ',' || k === 'de' || k === 'des') return false;
    // "jusqu'à 5 000 soldats français": how many, not to whom.
    if (TO_WORDS.has(k)) return tokens[j - 1]?.key !== "jusqu'";
  }
  return false;
}
const TO_WORDS = new Set(P.receiverPrepositions);

const GROUND_NOUNS = new Set(P.groundNouns);
const GROUND_ENDS = new Set(['.', ',', ';', ...P.groundEnds]);

/** A commitment whose receiver no word names (nor the article's country): settled by `settleUnnamedPledges`. */
const UNNAMED = '?';

/**
 * "Le Canada s'est engagé à fournir 2 milliards de dollars d'aide" in an article whose commitments
 * go to one receiver: it is that one's, less surely. One giver is enough when that receiver is the
 * only one named and the headline or lead names it (`leadCountries`): the article is about its aid.
 * Without one clear receiver, it is no one's.
 */
export function settleUnnamedPledges(
  facts: Fact[],
  all: Fact[],
  leadCountries: ReadonlySet<string> = new Set(),
  forces: readonly string[] = [],
  headlineCountries: ReadonlySet<string> = new Set(),
  paragraphOf: (sentence: number) => number = () => 0,
): void {
  // The receiver the article is about: the one country its headline names ("Ukraine : …").
  const about = (unnamed: Fact[]): string | undefined => soleCountry(headlineCountries, unnamed);
  settleUnnamedRefusals(facts, all.filter((f) => f.type === 'REFUSES_TROOPS'), forces, about);
  let unnamed = all.filter((f) => f.type === 'PLEDGES');
  if (!unnamed.length) return;
  // Ships and soldiers with no receiver named go to the article's force ("la Grèce fournira une frégate"),
  // whatever the article's money goes to.
  // (Observers, gendarmes and instructors too: "a confirmé l'envoi de 60 observateurs".)
  const force = forces[0];
  const sent = (f: Fact): boolean => f.what === 'troops' || f.what === 'equipment' || f.what === 'personnel';
  if (force && !about(unnamed)) {
    for (const f of unnamed) if (sent(f) && f.source !== force) facts.push({ ...f, target: force, confidence: Math.min(f.confidence, 0.5) });
    unnamed = unnamed.filter((f) => !sent(f));
    if (!unnamed.length) return;
  }
  const givers = new Map<string, Set<string>>();
  for (const f of facts) if (f.type === 'PLEDGES') givers.set(f.target, (givers.get(f.target) ?? new Set()).add(f.source));
  const ranked = [...givers].map(([target, by]) => ({ target, n: by.size })).sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  if (!first) {
    // No pledge of the article names its receiver: the one country its headline names, other than
    // the givers ("Ukraine : à Ramstein, les alliés promettent de nouvelles armes").
    // Else the force or mission the article names ("la mission navale Aspides … Les Pays-Bas
    // fourniront une frégate").
    // (Several forces: the one the headline or the standfirst names, put first.)
    const sole = about(unnamed) ?? forces[0];
    if (sole) for (const f of unnamed) if (f.source !== sole) facts.push({ ...f, target: sole, confidence: Math.min(f.confidence, 0.5) });
    return;
  }
  const manyGivers = first.n >= 2 && !(second && first.n < 2 * second.n);
  const onlyOneInLead = !second && leadCountries.has(first.target);
  // "Le Koweït a annoncé 300 M$ pour Gaza. Le Qatar a promis 1,2 Md$": the one receiver of the
  // article's pledges of that kind, in the same paragraph (money goes where the other money went).
  const alike = (f: Fact): boolean => !second && facts.some((g) => g.type === 'PLEDGES' && g.target === first.target && g.what === f.what && paragraphOf(g.sentence) === paragraphOf(f.sentence));
  if (!manyGivers && !onlyOneInLead && !unnamed.some(alike)) {
    // "Yémen : à Genève, des promesses humanitaires … L'UE a pour sa part promis 140 millions d'euros": the
    // one country the headline is about, when the article's receivers are too few to tell.
    const sole = about(unnamed);
    if (sole) for (const f of unnamed) if (f.source !== sole && f.what !== 'troops') facts.push({ ...f, target: sole, confidence: Math.min(f.confidence, 0.5) });
    return;
  }
  for (const f of unnamed) {
    if (f.source === first.target || givers.get(first.target)!.has(f.source)) continue;
    if (!manyGivers && !onlyOneInLead && !alike(f)) continue;
    // Money or equipment in an article whose headline is about a country goes there rather than to
    // the force the soldiers go to.
    const target = (isForce(first.target, forces) && f.what !== 'troops' ? about([f]) : undefined) ?? first.target;
    facts.push({ ...f, target, confidence: Math.min(f.confidence, 0.6) });
  }
}

function isForce(key: string, forces: readonly string[]): boolean {
  return forces.includes(key) || key.startsWith('org:force');
}

/** The one country of `countries` that is none of these facts' sources, if there is one. */
function soleCountry(countries: ReadonlySet<string>, facts: Fact[]): string | undefined {
  const sources = new Set(facts.map((f) => f.source));
  const others = [...countries].filter((c) => !sources.has(c));
  return others.length === 1 ? others[0] : undefined;
}

/** "livrer des Mirage", "envoyer ses Patriot": a capitalised object no mention covers is a named product. */
function namedProduct(ctx: SentenceContext, at: number): boolean {
  const det = ctx.tokens[at]?.key ?? '';
  const t = ctx.tokens[at + 1];
  if (!['des', 'de', "d'", 'ses', 'leurs', 'son', 'sa', 'nouveaux', 'nouvelles'].includes(det) || !t || t.type !== 'word' || !t.cap) return false;
  // A lone capitalised word after "des" is no one's surname.
  return !ctx.mentions.mentions.some((m) => m.first <= at + 1 && m.last >= at + 1 && !(m.label === 'Person' && m.form === 'surname'));
}

/** "à la Banque africaine…", "au Fonds X": a receiver named by a capitalised noun that no mention covers. */
function unknownReceiver(ctx: SentenceContext, at: number, end: number): boolean {
  const { tokens } = ctx;
  for (let i = at + 1; i < end - 1; i++) {
    if (!['a', 'au', 'aux'].includes(tokens[i]!.key)) continue;
    let head = ['la', 'le', "l'", 'les'].includes(tokens[i + 1]!.key) ? i + 2 : i + 1;
    // ("au mécanisme PURL", "au programme X": the name after its noun.)
    if (FUND_NOUNS.has(tokens[head]?.key ?? '') && tokens[head + 1]?.cap) head++;
    const t = tokens[head];
    if (t && t.type === 'word' && t.cap && !isNamed(ctx, head)) return true;
  }
  // "pour les infrastructures de la région": a region, not the article's country.
  for (let i = at + 2; i < end; i++) if (tokens[i]!.key === 'region' && tokens[i - 1]!.key === 'la' && GENITIVE_AFTER.has(tokens[i - 2]!.key)) return true;
  return false;
}

/** The known body after an unknown receiver's name ("au Fonds pour la paix de l'Union africaine"), if any. */
function ownerOfReceiver(ctx: SentenceContext, at: number, end: number, agents: string[]): string | undefined {
  const { tokens } = ctx;
  const to = tokens.findIndex((t, i) => i > at && i < end && TO_WORDS.has(t.key));
  if (to < 0) return undefined;
  return ctx.mentions.mentions.find((m) => m.label === 'Organization' && m.ref && m.form === 'name' && m.first > to && m.first <= to + 8 && m.first < end && FROM.has(tokens[m.npFirst - 1]?.key ?? '') && !agents.includes(m.ref))?.ref;
}

/**
 * "une contribution à la PURL, le dispositif par lequel les alliés financent l'achat d'armes pour Kiev",
 * "au mécanisme X, qui permet d'acheter des armes pour l'Ukraine": a receiver the graph does not know, said
 * in its apposition or its relative to serve a country, gives to that country.
 */
function servedByReceiver(ctx: SentenceContext, at: number, end: number, agents: string[]): string | undefined {
  const { tokens } = ctx;
  const to = tokens.findIndex((t, i) => i > at && i < end && TO_WORDS.has(t.key));
  if (to < 0) return undefined;
  // (Right after the receiver's name: its comma, then what it is.)
  const comma = tokens.findIndex((t, i) => i > to && i <= to + 4 && t.key === ',');
  if (comma < 0) return undefined;
  const served = ctx.mentions.mentions.filter((m) => m.label === 'Country' && m.ref && m.form !== 'demonym' && m.first > comma && TO_WORDS.has(tokens[m.npFirst - 1]?.key ?? '') && !agents.includes(m.ref));
  return served.length === 1 ? served[0]!.ref : undefined;
}
const CONDITION_NOUNS = new Set(P.conditionNouns);
const THAT = new Set(['que', "qu'"]);
const ASKED = new Set(P.asked);
const FINITE_ENGAGE = /^engag(?:e|ent|era|eront|erait|eraient|erons)$/;
const FUND_NOUNS = new Set(P.fundNouns);

/** A mention covers token `at`, or a place starts there. A function of its own: closures in the loop that asks would cost a scope per token. */
function isNamed(ctx: SentenceContext, at: number): boolean {
  return ctx.mentions.mentions.some((m) => m.first <= at && m.last >= at) || ctx.mentions.places.some((p) => p.first === at);
}

function whatOf(tokens: Token[], from: number, to: number): string | undefined {
  for (let i = from; i < Math.min(to, tokens.length); i++) {
    const k = tokens[i]!.key;
    // The equipment list names the plural; one ship is equipment too ("enverra un patrouilleur").
    // (Not "une force" for "forces".)
    for (const w of WHAT) if (w.keys.has(k) || (w.what === 'equipment' && w.keys.has(`${k}s`))) return w.what;
  }
  return undefined;
}

/** "des milliers de soldats", "2 000 à 5 000 soldats". */
function amountOf(tokens: Token[], troop: number): { amount?: string } {
  let first = troop;
  for (let i = troop - 1; i >= Math.max(0, troop - 6); i--) {
    const t = tokens[i]!;
    if (t.type === 'number' || QUANTITY.has(t.key)) first = i;
    else break;
  }
  while (first < troop && !(tokens[first]!.type === 'number' || COUNT_OPENERS.has(tokens[first]!.key))) first++;
  if (first === troop || (first === troop - 1 && tokens[first]!.key === 'des')) return {};
  return { amount: surface(tokens, first, troop) };
}
// What an amount may open with, a number aside ("des milliers", "quelques centaines").
const COUNT_OPENERS = new Set(P.countOpeners);

/** "45 milliards d'euros de l'Union européenne": the body or country named right after the currency. */
function moneyOwner(ctx: SentenceContext, from: number, to: number): string | undefined {
  const { tokens } = ctx;
  for (let i = from; i < Math.min(to, from + 10); i++) {
    if (!CURRENCY.has(tokens[i]!.key) || !['de', 'du', "d'"].includes(tokens[i + 1]?.key ?? '')) continue;
    const owner = ctx.mentions.mentions.find((m) => (m.label === 'Organization' || (m.label === 'Country' && m.form === 'name')) && m.npFirst === i + 2 && m.ref);
    return owner?.ref;
  }
  return undefined;
}

/** "12 milliards d'euros" in the verb's clause. */
function moneyOf(tokens: Token[], from: number, to: number): { amount?: string } {
  for (let i = from; i < to; i++) {
    if (!CURRENCY.has(tokens[i]!.key)) continue;
    let first = i;
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      if (tokens[j]!.type === 'number' || QUANTITY.has(tokens[j]!.key)) first = j;
      else break;
    }
    while (first < i && tokens[first]!.type !== 'number') first++;
    if (first < i) return { amount: surface(tokens, first, i) };
  }
  return {};
}

/** "sous réserve de l'approbation du parlement", "en cas de nouvelle offensive", "après un cessez-le-feu". */
const CONDITION_ENDS = new Set([',', '.', ';', ':', '"', ')']);

function conditionOf(ctx: SentenceContext, at: number): { condition?: string } {
  const { tokens } = ctx;
  for (let i = at + 1; i < tokens.length; i++) {
    const introducers = CONDITIONS.get(tokens[i]!.key);
    const length = introducers ? phraseAt(tokens, i, introducers) : 0;
    if (!length) continue;
    let end = i + length;
    while (end < tokens.length && !CONDITION_ENDS.has(tokens[end]!.key)) end++;
    if (end - i > length && end - i <= 16) return { condition: surface(tokens, i, end - 1) };
    return {};
  }
  return {};
}

function surface(tokens: Token[], first: number, last: number): string {
  let s = tokens[first]!.text;
  for (let i = first + 1; i <= last; i++) s += (tokens[i]!.start > tokens[i - 1]!.end ? ' ' : '') + tokens[i]!.text;
  return s;
}

