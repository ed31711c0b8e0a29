/**
 * LEADS and REPRESENTS.
 * - a leading title with its country or organization: "la première ministre danoise, Mette
 *   Frederiksen", "le président du Sénat Jean Dupuis", "Sa présidente, Roberta Metsola",
 *   "son homologue turc Recep Tayyip Erdogan" (a former leader, "l'ancien président", leads nothing);
 * - people listed as heads of state or government with their nationality: "des chefs d'État ou
 *   de gouvernement comme la Danoise Mette Frederiksen";
 * - "L'Allemagne et les Pays-Bas dirigent la mission", "la force dirigée par X";
 * - envoys and ministers REPRESENT their country; they do not lead it.
 */
import relations from '../data/relations.json' with { type: 'json' };
import words from '../data/words.json' with { type: 'json' };
import { addFact, type SentenceContext } from './context.ts';
import { VerbSet } from './verb-set.ts';
import { tellsMeeting } from './attended.ts';
import { tenseNear } from '../dates/time-expressions.ts';
import { countrySpokenFor, ledBySomeone, nationalLed, nationalOf } from '../mentions/coreference.ts';
import { getLexicon, leadsTarget } from '../lexicon/lexicon.ts';
import type { Mention, TitleRef } from '../mentions/types.ts';

const L = relations.leads;
const LEAD_VERBS = new VerbSet(L.verbs);
const RESIGN_VERBS = new Set(L.resignVerbs);
const SUCCESSION_VERBS = new Set(L.successionVerbs);
/** An internal fact: its source resigned, so no LEADS of its stands (extract-document drops both). */
export const RESIGNED = 'RESIGNED';
const REPRESENTING_ROLES = new Set(relations.represents.roles);
const NOUN_LIKE_PARTICIPLES = new Set(L.nounLikeParticiples);
const PRONOUN_SUBJECTS = new Set(['qui', ...words.subjectPronouns]);
const AGENT_LINKS = new Set(['et', ',']);

/** "Mme Vandermolen", "M. Morvillier" within (or right before) the mention's tokens. */
function withCivility(tokens: SentenceContext['tokens'], first: number, last: number): boolean {
  for (let i = Math.max(0, first - 2); i <= last; i++) {
    const k = tokens[i]!.key;
    if (k === 'mme' || k === 'mlle' || (k === 'm' && tokens[i + 1]?.key === '.')) return true;
  }
  return false;
}

/** "l'Autriche du chancelier X": the country named right before "du" and the title at `first`. */
function countryOfLeader(ctx: SentenceContext, first: number): string | undefined {
  if (ctx.tokens[first - 1]?.key !== 'du') return undefined;
  return ctx.mentions.mentions.find((c) => c.label === 'Country' && c.form === 'name' && c.last === first - 2)?.iso2;
}

/**
 * "la Pologne de Donald X", "le gouvernement tchèque d'Andrej Y", "l'administration de Donald X", "le régime
 * d'Issaias Z": the one whose country or government it is leads it (the country named, its demonym, or the
 * nationality the article gave him). Not one the article gives another role.
 */
function ledGovernments(ctx: SentenceContext): void {
  const { tokens, mentions } = ctx;
  for (const m of mentions.mentions) {
    if (m.label !== 'Person' || !m.ref || !OF.has(tokens[m.npFirst - 1]?.key ?? '')) continue;
    if (m.title && (!m.title.title.leads || m.title.country || m.title.org || m.title.former)) continue;
    const known = ctx.persons.get(m.ref);
    if (known?.serves || known?.titleName && !m.title) continue;
    const before = m.npFirst - 2;
    const country = mentions.mentions.find((c) => c.label === 'Country' && c.form === 'name' && c.last === before && !m.title);
    const demonym = GOVERNMENT_NOUNS.has(tokens[before - 1]?.key ?? '') ? mentions.mentions.find((c) => c.label === 'Country' && c.form === 'demonym' && c.last === before) : undefined;
    // ("le cabinet sortant de Dick X": past the qualifier.)
    const government = GOVERNMENT_NOUNS.has(tokens[before]?.key ?? '') || (OUTGOING.has(tokens[before]?.key ?? '') && GOVERNMENT_NOUNS.has(tokens[before - 1]?.key ?? ''));
    // ("Madrid s'engage…, mais le gouvernement de Pedro X devra…": his nationality, else the one country of the sentence.)
    // (Told before the government, as who acts: not "le gouvernement de X redoute une réaction de Moscou". Nor "le futur gouvernement".)
    const future = FORMER_OR_FUTURE.has(tokens[before - 1]?.key ?? '') || FORMER_OR_FUTURE.has(tokens[before - 2]?.key ?? '');
    const iso2 = country?.iso2 ?? demonym?.iso2 ?? (government && !future ? (known?.country ?? soleCountry(ctx, before) ?? countryOpeningBefore(ctx)) : undefined);
    if (!iso2 || (known?.leads && known.leads !== `country:${iso2}`)) continue;
    addFact(ctx, { type: 'LEADS', source: m.ref, target: `country:${iso2}`, confidence: 0.8 });
  }
}
const OF = new Set(words.singularGenitives);
const OUTGOING = new Set(words.outgoingAdjectives);

/**
 * "La Lituanie, elle, n'a pas encore tranché. … Le gouvernement de la Première ministre X doit examiner la question": a sentence
 * naming no country goes on about the one that opened the sentence before, in its paragraph.
 */
function countryOpeningBefore(ctx: SentenceContext): string | undefined {
  if (ctx.mentions.mentions.some((m) => m.label === 'Country') || !ctx.previousSentence?.sameParagraph) return undefined;
  const opener = ctx.previousSentence.mentions.mentions[0];
  return opener?.label === 'Country' && opener.form === 'name' && opener.npFirst === 0 ? opener.iso2 : undefined;
}

/** "Chargé par le président X de représenter la Tunisie", "mandatée par la présidente Y pour représenter le Sénégal": that country. */
function countryRepresentedFor(ctx: SentenceContext, m: Mention): string | undefined {
  const { tokens } = ctx;
  const by = tokens[m.npFirst - 1]?.key === 'par' || (tokens[m.npFirst - 1]?.key === 'le' && tokens[m.npFirst - 2]?.key === 'par');
  if (!by) return undefined;
  let k = m.last + 1;
  if (tokens[k]?.key === ',') k++;
  if (!['de', "d'", 'pour'].includes(tokens[k]?.key ?? '') || tokens[k + 1]?.key !== 'representer') return undefined;
  return ctx.mentions.mentions.find((c) => c.label === 'Country' && c.form === 'name' && c.iso2 && c.first > k + 1 && c.first <= k + 4)?.iso2;
}

/** The one country a sentence names, by name, demonym or capital, before `at` and not after it, else undefined. */
function soleCountry(ctx: SentenceContext, at: number): string | undefined {
  return oneCountry(ctx, (first) => first <= at);
}
const FORMER_OR_FUTURE = new Set(L.formerOrFuture);
const GOVERNMENT_NOUNS = new Set(L.governmentNouns);

/**
 * The one country a sentence names outside its people's titles ("le président ukrainien"), where one stayed ("resté en
 * Finlande") or as its troops' demonym ("250 militaires salvadoriens"), if no one of the article leads it.
 */
function onlyCountry(ctx: SentenceContext): string | undefined {
  const titles = ctx.mentions.mentions.filter((p) => p.label === 'Person' && p.title);
  const kept = (first: number): boolean => STAYED.has(ctx.tokens[first - 2]?.key ?? '');
  const only = oneCountry(ctx, (first, c) => {
    // ("resté à Londres": a capital, read as a place; no other capital counts.)
    if (!c) return kept(first) || undefined;
    if (titles.some((p) => c.first >= p.title!.first && c.last <= p.title!.last)) return undefined;
    return kept(first) || (c.form === 'demonym' && TROOP_WORDS.has(ctx.tokens[first - 1]?.key ?? ''));
  });
  return only && !ledBySomeone(ctx.persons, `country:${only}`) ? only : undefined;
}

/**
 * The one country the sentence's countries (by name or demonym) and capitals name, else undefined. `counts` says of each
 * (its first token; a capital has no mention) whether it names that country (true), rules out any one (false) or is passed over (undefined).
 */
function oneCountry(ctx: SentenceContext, counts: (first: number, country?: Mention) => boolean | undefined): string | undefined {
  let one: string | undefined;
  for (const c of ctx.mentions.mentions) {
    if (c.label !== 'Country' || !c.iso2) continue;
    const named = counts(c.first, c);
    if (named === undefined) continue;
    if (!named || (one && one !== c.iso2)) return undefined;
    one = c.iso2;
  }
  for (const p of ctx.mentions.places) {
    if (!p.capitalOf) continue;
    const named = counts(p.first);
    if (named === undefined) continue;
    if (!named || (one && one !== p.capitalOf)) return undefined;
    one = p.capitalOf;
  }
  return one;
}

/** The monarchs' titles ("roi", "reine", "émir"), by the name of their group in titles.json. */
const MONARCH = 'roi';
/** "resté en Finlande", "retenu à Varsovie": at home. */
const STAYED = new Set(L.stayed);
/** "250 militaires salvadoriens": those a leader commands. */
const TROOP_WORDS = new Set(L.troopWords);

const SUBJECT_FOLLOWERS = new Set(L.subjectFollowers);

export function extractLeads(ctx: SentenceContext): void {
  const { clause, tokens, mentions } = ctx;
  const dateline = datelineCapital(ctx);
  for (const m of mentions.mentions) {
    if (m.label !== 'Person' || !m.ref || !m.title || m.title.former) continue;
    // "La présidente en exercice de la Caricom, la Première ministre de la Barbade, X" leads both.
    if (m.alsoTitle) addFact(ctx, { type: 'LEADS', source: m.ref, target: m.alsoTitle.org ? `org:${m.alsoTitle.org}` : `country:${m.alsoTitle.country}`, confidence: 0.9 });
    const t = m.title;
    // "À Kiev, le Premier ministre X", "En Allemagne, le chancelier X": a title without its country is
    // the one of the capital or the country opening the sentence.
    // Not for someone the article gives another country ("À Rome, le président Erdogan").
    const known = ctx.persons.get(m.ref);
    const here = dateline ?? (t.title.leads ? datelineLeader(ctx, m.last) : undefined);
    const local = here && !t.org && t.title.scope !== 'organization' && !t.title.counterpart && !t.possessive && !known?.leads && (!known?.country || known.country === here);
    // "Le premier ministre Brisebois a validé ces montants", answered in an interview: the country of the one interviewed.
    // (A clause's subject, not one of a list of leaders: "autour de la table le président X, le chancelier Y, …".)
    const subject = SUBJECT_FOLLOWERS.has(tokens[m.last + 1]?.key ?? '');
    const interviewed = subject && !t.country && !t.org && t.title.leads && t.title.scope === 'country' && !t.possessive && !t.title.counterpart && !known?.leads && !known?.country && ctx.interviewee && ctx.interviewee !== m.ref ? countrySpokenFor(ctx.persons.get(ctx.interviewee))?.slice('country:'.length) : undefined;
    // ("le chancelier X", his country told nowhere: the one his title usually stands for; "l'Autriche du chancelier X": that one.)
    // (Not "son chancelier", whose country is the possessor's: "Représenté par son chancelier, X, Brasília a promis…".)
    const usual = !known?.leads && !known?.country && !t.possessive ? (countryOfLeader(ctx, m.first) ?? t.title.usualCountry) : undefined;
    // ("le Polonais X … le Premier ministre X": the nationality the article told of him elsewhere.)
    const national = t.title.leads && !t.org && !t.possessive && !t.title.counterpart && t.title.scope !== 'organization' && !known?.leads && !known?.serves ? known?.country : undefined;
    // ("le président Nayib X avait autorisé le déploiement de 250 militaires salvadoriens", "le Premier ministre Petteri X étant
    // resté en Finlande": the one country of the sentence, led by no one else of the article. Not a monarch's, "l'émir" being
    // a prince's courtesy too.)
    const only = !t.org && t.title.leads && t.title.scope !== 'organization' && t.title.name !== MONARCH && !t.possessive && !t.title.counterpart && !known?.leads && !known?.country && !known?.serves ? onlyCountry(ctx) : undefined;
    // ("le président de la République, M. X" is France's in French news, not in an Algerian daily naming "le président français, Y".)
    // (Only the leader's: "la ministre des Armées" is still France's minister.)
    if (t.title.leads && t.country && t.country === t.title.country && ledBySomeone(ctx.persons, `country:${t.country}`, m.ref)) continue;
    // ("Chargé par le Président de la République, X, de représenter la Tunisie": the country he has represented is his, whatever
    // country the title names by itself.)
    const sender = t.title.leads && (!t.country || t.country === t.title.country) && !t.org ? countryRepresentedFor(ctx, m) : undefined;
    const country = sender ?? t.country ?? (local ? here : (nationalLed(m) ?? national ?? interviewed ?? only ?? usual));
    // ("le locataire de la Maison-Blanche", "le maître du Kremlin": the country whose head sits there.)
    const seatOf = t.org ? getLexicon().organizations.get(t.org) : undefined;
    const target = seatOf?.executive && seatOf.country ? `country:${seatOf.country}` : t.org ? `org:${t.org}` : country ? `country:${country}` : undefined;
    if (!target) continue;
    // "autour de M. X et de Mme Y, le premier ministre soudanais, Mme Z": a list, not appositions; one told
    // again by a civility keeps the role the article gave her.
    if (known?.leads && known.leads !== target && withCivility(tokens, m.first, m.last)) continue;
    if (leadsTarget(t.title, target)) {
      if (t.title.scope === 'organization' && !t.org) continue;
      addFact(ctx, { type: 'LEADS', source: m.ref, target, confidence: t.title.weak ? 0.7 : 0.95 });
    } else if (((t.title.role && REPRESENTING_ROLES.has(t.title.role)) || t.title.leads) && country) {
      addFact(ctx, { type: 'REPRESENTS', source: m.ref, target, confidence: 0.85 });
    }
  }

  // "Le Canada s'est engagé à …, a annoncé le Premier ministre X": the leader of the country the clause is about.
  // Only a sentence naming a leader without his country can need it.
  const untitled = mentions.mentions.some((m) => m.title?.title.leads && !m.title.country && !m.title.org);
  const incise = untitled ? clause.inciseSpeaker() : undefined;
  const t = incise?.speaker.mention.title;
  // (Not a country a quotation names: "« Nous ne laisserons pas la Pologne seule », a promis le chancelier.")
  if (incise && t && t.title.leads && t.title.scope === 'country' && !t.country && !t.org && !t.former && !t.possessive && ctx.tokens[0]?.key !== '"') {
    const subject = clause.args.find((a) => a.role === 'core' && a.mention.last < incise.comma);
    if (subject?.mention.label === 'Country') addFact(ctx, { type: 'LEADS', source: incise.speaker.mention.ref!, target: subject.mention.ref!, confidence: 0.8 });
  }

  representedCountryLeader(ctx);
  representingLeader(ctx);
  ministersLeader(ctx);
  representedNational(ctx);
  ledGovernments(ctx);

  // "des chefs d'État ou de gouvernement comme la Danoise Mette Frederiksen et le Portugais Luís Montenegro"
  for (const g of mentions.headGroups) {
    // ("Derrière leurs dirigeants, les ministres de la Défense, dont le Britannique A et la Française B": the role told
    // before the first holds for the rest of the list.)
    let role = false;
    for (const m of mentions.mentions) {
      // (Not one whose role is told between: "Devant les chefs d'État, l'envoyé de l'ONU, l'Algérien X, a lu…".)
      if (m.label === 'Person' && m.first > g && m.nationality && !m.title) role ||= roleBefore(ctx, g + 1, m.first);
      if (m.label === 'Person' && m.ref && m.first > g && m.nationality && !m.title && !role) {
        addFact(ctx, { type: 'LEADS', source: m.ref, target: `country:${m.nationality}`, confidence: 0.75 });
      }
    }
  }

  for (let i = 1; i < tokens.length; i++) {
    const k = tokens[i]!.key;
    if (k === 'demission' || k.startsWith('demissionn')) resigned(ctx, i);
    else if (OUSTED.has(k) && tokens[i - 1]!.key === 'ete') leftOffice(ctx, i);
    else if (SUCCESSION_VERBS.has(k)) succeeded(ctx, i);
    else if (k === 'commandement' && (tokens[i - 1]!.key === 'sous' || (tokens[i - 1]!.key === 'le' && tokens[i - 2]?.key === 'sous'))) underCommand(ctx, i);
  }

  if (ctx.words & LEAD_VERBS.bit || tokens.some((t) => NOUN_LIKE_PARTICIPLES.has(t.key))) {
    for (let i = 0; i < tokens.length; i++) {
      // ("ce groupe de pays piloté par Paris": the participle the verb set leaves out as the noun "pilote".)
      // ("Le Royaume-Uni, qui pilote la JEF", "qui commande l'opération": after a subject pronoun, the verb, not the noun.)
      const length = LEAD_VERBS.matchAt(tokens, i) || (NOUN_LIKE_PARTICIPLES.has(tokens[i]!.key) && (tokens[i + 1]?.key === 'par' || PRONOUN_SUBJECTS.has(tokens[i - 1]?.key ?? '')) ? 1 : 0);
      if (length) leadsByVerb(ctx, i, length);
    }
  }
  // (After the verbs: "le Djiboutien X, qui préside la Commission de l'UA" leads that, not his country.)
  listedWithLeaders(ctx);
}

/**
 * "une force de 4 000 hommes sous commandement italien", "la mission, placée sous le commandement de la France": the country
 * of the demonym (or named after "de") leads the force just named.
 */
function underCommand(ctx: SentenceContext, at: number): void {
  const { tokens, mentions } = ctx;
  const of = OF.has(tokens[at + 1]?.key ?? '') ? at + 2 + (['la', 'le', "l'"].includes(tokens[at + 2]?.key ?? '') ? 1 : 0) : at + 1;
  const country = mentions.mentions.find((m) => m.label === 'Country' && m.first === of && (of > at + 1 || m.form === 'demonym'));
  const sous = tokens[at - 1]!.key === 'sous' ? at - 1 : at - 2;
  const force = mentions.mentions.filter((m) => m.label === 'Organization' && m.last < sous && m.ref).at(-1);
  if (!country?.ref || !force || ctx.clause.negated(ctx.clause.clauseStart(at), at)) return;
  addFact(ctx, { type: 'LEADS', source: country.ref, target: force.ref!, confidence: 0.75 });
}

/**
 * "Le Burundi était représenté par son Premier ministre X, venu à la place du président Y", "Le Liberia n'était
 * représenté que par sa ministre : retenu à Monrovia, le président Z n'a pas fait le déplacement": the leaders the
 * sentence names without their country are those of the country it opens with, represented.
 */
function representedCountryLeader(ctx: SentenceContext): void {
  const { tokens, mentions } = ctx;
  const country = mentions.mentions.find((m) => m.label === 'Country' && m.form === 'name' && m.npFirst === 0);
  if (!country?.ref || !tokens.slice(country.last + 1, country.last + 5).some((t) => REPRESENTED.has(t.key))) return;
  let represented = country.ref;
  for (const m of mentions.mentions) {
    // ("…, et les Pays-Bas par le leur, …, le Premier ministre Y ayant regagné La Haye": the next country's, of a
    // gapped clause; any other country named ends the list.)
    if (m.label === 'Country' && m.first > country.last) {
      // (The country itself again ends nothing: "représentés par X, chef de la diplomatie émiratie, au nom du président Y".)
      if (m.ref === represented) continue;
      if (m.form !== 'name' || !m.ref || tokens[m.last + 1]?.key !== 'par') break;
      represented = m.ref;
      continue;
    }
    const t = m.title;
    if (m.label !== 'Person' || !m.ref || m.first <= country.last || !countrylessLeader(t)) continue;
    addFact(ctx, { type: 'LEADS', source: m.ref, target: represented, confidence: 0.8 });
  }
}
/**
 * "Représentant le président X, le ministre algérien des Affaires étrangères, Y, a…": the leader one stands in for,
 * named without a country, leads the country of the minister's title (or nationality).
 */
function representingLeader(ctx: SentenceContext): void {
  const { tokens, mentions } = ctx;
  if (tokens[0]?.key !== 'representant') return;
  const [leader, deputy] = mentions.mentions.filter((m) => m.label === 'Person');
  const t = leader?.title;
  if (!leader?.ref || !deputy || leader.npFirst !== 1 || !countrylessLeader(t)) return;
  if (tokens[leader.last + 1]?.key !== ',' || deputy.npFirst !== leader.last + 2) return;
  const country = deputy.title?.country ?? deputy.nationality;
  if (country) addFact(ctx, { type: 'LEADS', source: leader.ref, target: `country:${country}`, confidence: 0.8 });
}

/**
 * "X a expliqué que le président Y ne déciderait qu'après…", "a tranché X, rappelant la position du roi Y": a minister or an
 * envoy speaking of a leader the article names without a country speaks of his own. Not in a sentence telling an event (a
 * minister "reçu par le président Y" meets another country's), nor naming another country but as a destination ("à Gaza").
 */
function ministersLeader(ctx: SentenceContext): void {
  const { tokens, mentions, persons } = ctx;
  if (mentions.events.length) return;
  let leader: Mention | undefined;
  let servant: Mention | undefined;
  let country: string | undefined;
  for (const m of mentions.mentions) {
    // ("Le ministre saoudien des Affaires étrangères, l'émir X": the bare title is his own, no other servant.)
    if (m.label !== 'Person' || !m.ref || m.form !== 'name') continue;
    const known = persons.get(m.ref);
    if (countrylessLeader(m.title) && !known?.leads && !known?.serves && !known?.country) {
      if (leader) return;
      leader = m;
      continue;
    }
    // (One known only by his nationality, when the sentence names his country too: "Bakou n'a pas tranché, a reconnu X".)
    const national = m.title ? undefined : nationalOf(known);
    const serves =
      m.title && !m.title.title.leads && !m.title.former && m.title.country
        ? `country:${m.title.country}`
        : known?.serves?.startsWith('country:') && !known.leads
          ? known.serves
          : national && mentions.mentions.some((c) => c.label === 'Country' && c.ref === national)
            ? national
            : undefined;
    if (!serves || (country && country !== serves)) return;
    servant ??= m;
    country = serves;
  }
  if (!leader?.ref || !servant || !country || servant.first > leader.first || tellsMeeting(tokens)) return;
  for (const c of mentions.mentions) {
    if (c.label === 'Country' && c.ref && c.ref !== country && !DESTINATIONS.has(tokens[c.npFirst - 1]?.key ?? '')) return;
  }
  // (Nor a sentence placing him in another country's capital: "reçu mardi à Bakou par le président Y".)
  if (mentions.places.some((p) => p.capitalOf && `country:${p.capitalOf}` !== country)) return;
  addFact(ctx, { type: 'LEADS', source: leader.ref, target: country, confidence: 0.75 });
}
const DESTINATIONS = new Set(words.receivingPrepositions);

/**
 * "L'Égyptien X s'était fait représenter par le chef de sa diplomatie": one who has himself represented at a gathering by
 * his minister is his country's leader, the one the article told only by his nationality.
 */
function representedNational(ctx: SentenceContext): void {
  const { tokens, clause } = ctx;
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i]!.key !== 'representer' || tokens[i - 1]!.key !== 'fait' || tokens[i + 1]?.key !== 'par') continue;
    const start = clause.clauseStart(i);
    // (By a minister or a deputy leader: "par son chef de la diplomatie", "par son vice-président"; a minister too has himself
    // represented by an ambassador.)
    if (clause.negated(start, i) || !deputyAfter(ctx, i + 2)) continue;
    for (const a of clause.subjects(i, ctx.previousSubject)) {
      const m = a.mention;
      if (m.label === 'Person' && m.ref && !m.title && m.nationality && !ctx.persons.get(m.ref)?.serves) addFact(ctx, { type: 'LEADS', source: m.ref, target: `country:${m.nationality}`, confidence: 0.75 });
    }
  }
}

const DEPUTIES = 'vice-président';
/** A minister's or a leader's title in the few words from `from` ("son chef de la diplomatie", "le vice-président"). */
function deputyAfter(ctx: SentenceContext, from: number): boolean {
  const index = getLexicon().index;
  for (let k = from; k < from + 3 && k < ctx.tokens.length; k++) {
    const title = index.match(ctx.tokens, k, (e) => e.kind === 'title')?.value;
    // (The deputies' group of titles is named after its first, "vice-président".)
    if (title?.kind === 'title') return title.title.role === 'minister' || title.title.leads || title.title.name === DEPUTIES;
  }
  return false;
}

/** A leader's title of a country told without its country, nor its holder's own (no possessive, counterpart or former one). */
function countrylessLeader(t: TitleRef | undefined): t is TitleRef {
  return !!t && t.title.leads && t.title.scope !== 'organization' && !t.country && !t.org && !t.former && !t.possessive && !t.title.counterpart;
}

/** The participles of "représenter" among its forms in the data ("était représenté", not "représentait"). */
const REPRESENTED = new Set(relations.attended.representedBy.filter((w) => /^representee?s?$/.test(w)));

/**
 * A title of the lexicon ("envoyé", "ministre") written between tokens `from` and `to` with no one named after it:
 * the role of the one at `to` ("l'envoyé de l'ONU, l'Algérien X"), not of another of a list ("le secrétaire général, Y, la Danoise X").
 */
function roleBefore(ctx: SentenceContext, from: number, to: number): boolean {
  const index = getLexicon().index;
  for (let k = to - 1; k >= from; k--) {
    if (ctx.mentions.mentions.some((p) => p.label === 'Person' && p.last === k)) return false;
    if (index.match(ctx.tokens, k, (e) => e.kind === 'title')) return true;
  }
  return false;
}

/**
 * "le président finlandais A, le Norvégien B et la Danoise C": one the article tells only by nationality
 * (no role of theirs anywhere), listed with a leader of a country, leads theirs as the others do theirs.
 * (Not one set apart: "tandis qu'à la tribune le Norvégien X".)
 */
function listedWithLeaders(ctx: SentenceContext): void {
  const people = ctx.mentions.mentions.filter((m) => m.label === 'Person' && m.ref);
  if (people.length < 2) return;
  // (The leader's title told in the list itself: a minister's list, "le Français X, l'Allemand Y", has none.)
  const leader = (m: Mention): boolean => !!m.title?.title.leads && !m.title.former && !m.title.org && !!(m.title.country ?? m.nationality);
  // "le Britannique X, accompagné de son ministre de la Défense, Y, la Danoise Z": one who brings his own minister leads.
  for (const m of people) {
    const country = m.nationality && !m.title ? nationalOf(ctx.persons.get(m.ref!)) : undefined;
    if (country && bringsOwnMinister(ctx, m.last + 1)) addFact(ctx, { type: 'LEADS', source: m.ref!, target: country, confidence: 0.75 });
  }
  const ledHere = (m: Mention): boolean => ctx.facts.some((f) => f.type === 'LEADS' && f.source === m.ref && f.sentence === ctx.index && f.target.startsWith('country:'));
  let chain = [people[0]!];
  const close = (): void => {
    // ("…, le Jordanien C, le chef de la diplomatie émiratie, D, et le Premier ministre qatari, E": a minister listed
    // makes it a list of ministers, whatever the one leader among them.)
    // (Not a leader's own minister: "accompagné de son ministre, Y".)
    if (chain.length < 2 || !chain.some((m) => leader(m) || ledHere(m)) || chain.some((m) => m.title && !m.title.former && !m.title.title.leads && !m.title.possessive)) return;
    for (const m of chain) {
      const country = m.nationality && !m.title && !ctx.facts.some((f) => f.type === 'LEADS' && f.source === m.ref) ? nationalOf(ctx.persons.get(m.ref!)) : undefined;
      if (country) addFact(ctx, { type: 'LEADS', source: m.ref!, target: country, confidence: 0.7 });
    }
  };
  for (let k = 1; k < people.length; k++) {
    const a = people[k - 1]!;
    const b = people[k]!;
    if ((b.npFirst - a.last - 1 <= 2 && ctx.tokens.slice(a.last + 1, b.npFirst).every((t) => LIST_LINKS.has(t.key))) || asideInList(ctx.tokens, a.last + 1, b.npFirst) || (b.title?.possessive && bringsOwnMinister(ctx, a.last + 1))) chain.push(b);
    else {
      close();
      chain = [b];
    }
  }
  close();
}
const LIST_LINKS = new Set([',', 'et', ';']);
const ESCORTED_BY = new Set(L.escortedBy);

/** ", accompagné de son ministre" at `at`: a minister of one's own by one's side. */
function bringsOwnMinister(ctx: SentenceContext, at: number): boolean {
  const t = ctx.tokens;
  if (t[at]?.key !== ',' || !ESCORTED_BY.has(t[at + 1]?.key ?? '') || !['de', 'par'].includes(t[at + 2]?.key ?? '')) return false;
  // (The title read past its possessive: "son" at + 3, "ministre" after it.)
  return ctx.mentions.mentions.some((m) => m.label === 'Person' && m.title?.possessive && m.title.first === at + 4 && m.title.title.role === 'minister');
}

/** "…, l'Australien A et, pour la première fois à un sommet du Quad, le président philippin B": an aside between "et" and the last of a list. */
function asideInList(tokens: SentenceContext['tokens'], from: number, to: number): boolean {
  if (tokens[from]?.key !== 'et' || tokens[from + 1]?.key !== ',' || tokens[to - 1]?.key !== ',' || to - from > 14) return false;
  // (A verb ends it; "à" folds as the verb "a" does, its text tells them apart.)
  for (let k = from + 2; k < to - 1; k++) if ((APPOSITION_STOPS.has(tokens[k]!.key) && tokens[k]!.text !== 'à') || tokens[k]!.key === ',') return false;
  return true;
}

/** From `from` to `to` (exclusive): nothing, a comma, or a comma and a noun phrase in apposition with no verb ("», ce groupe de pays"). */
function appositionUntil(tokens: SentenceContext['tokens'], from: number, to: number): boolean {
  let k = from;
  if (tokens[k]?.key === '"') k++;
  if (k === to) return true;
  if (tokens[k]?.key !== ',' || to - k > 10) return false;
  for (let j = k + 1; j < to; j++) if (APPOSITION_STOPS.has(tokens[j]!.key)) return false;
  return true;
}
/** The word at `at` is in an "en marge du sommet de…" phrase (a few words after "marge"). */
function inMargins(tokens: SentenceContext['tokens'], at: number): boolean {
  for (let k = Math.max(0, at - 6); k < at; k++) if (tokens[k]!.key === 'marge') return true;
  return false;
}

/** "à la mission multinationale" between `from` and `to`: a noun after "à"/"au"/"aux" that no body's mention covers. */
function otherNounAfterA(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    const key = ctx.tokens[k]!.key;
    // (Not "prêts à soutenir": an infinitive after a bare "à".)
    if (!TO_WORDS.has(key) || (key === 'a' && !ARTICLES_AFTER_A.has(ctx.tokens[k + 1]!.key))) continue;
    const noun = key === 'a' ? k + 2 : k + 1;
    if (noun < to && ctx.tokens[noun]!.type === 'word' && !ctx.tokens[noun]!.cap && !ctx.mentions.mentions.some((m) => m.first <= noun && m.last >= noun)) return true;
  }
  return false;
}
const TO_WORDS = new Set(words.toPrepositions);
const ARTICLES_AFTER_A = new Set(['la', "l'"]);

const APPOSITION_STOPS = new Set([',', '(', ':', ';', ...L.appositionStops]);

/**
 * "L'Allemagne et les Pays-Bas dirigent la mission", "la coalition, dirigée par la France": the verb
 * at `at`. A function of its own: closures in the loop over the tokens would cost a scope per token.
 */
function leadsByVerb(ctx: SentenceContext, at: number, length: number): void {
  const { clause, tokens } = ctx;
  const start = clause.clauseStart(at);
  const passive = tokens[at + 1]?.key === 'par' || tokens[at + 2]?.key === 'par';
  // "qui avait présidé le G20 en 2024": leading is now or not at all. ("est pilotée par" is a present passive, "a été dirigée par" a past one.)
  if (clause.negated(start, at) || (passive ? PAST_PASSIVE.has(tokens[at - 1]?.key ?? '') : tenseNear(tokens, at, 2) === 'past')) return;
  if (passive) {
    // "la coalition, dirigée par la France": the agent leads the subject.
    // ("une réunion de la coalition tenue en marge du sommet de la CPE et coprésidée par X": not the framing summit's body.)
    // ("avant une réunion du groupe de contact coprésidée par Londres et Berlin": a meeting named after the body is what is chaired.)
    // ("cette force … que X propose de substituer à la mission multinationale emmenée par le Kenya": another noun, after "à", is what is led.)
    let led = clause.args.filter((a) => a.mention.last < at && a.mention.label === 'Organization' && !inMargins(tokens, a.mention.first) && !ctx.mentions.events.some((e) => e.first > a.mention.last && e.last < at && !inMargins(tokens, e.first)) && !otherNounAfterA(ctx, a.mention.last + 1, at)).slice(-1);
    // ("Coprésidée par Paris et Londres, la coalition des volontaires s'est réunie": the subject after the fronted participle's comma.)
    if (at <= 1 && led.length === 0) {
      const comma = tokens.findIndex((t, k) => k > at && t.key === ',');
      led = clause.args.filter((a) => a.mention.label === 'Organization' && comma > 0 && a.mention.npFirst === comma + 1).slice(0, 1);
    }
    // ("– une trentaine de pays, emmenés par Paris et Londres –": between dashes the agents are a parenthesis's, the verb's too.)
    const by = tokens[at + 1]?.key === 'par' ? at + 1 : at + 2;
    const agents: typeof clause.args = [];
    const end = clause.clauseEnd(at);
    for (const a of clause.args) {
      if (a.mention.label === 'Organization' || a.mention.first <= at || a.mention.first >= end) continue;
      if (a.preposition === 'par') agents.push(a);
      // (The first right after "par", each next one after "et" or a comma.)
      else if (a.role === 'parenthetical' && (a.mention.npFirst === by + 1 || (agents.length > 0 && AGENT_LINKS.has(tokens[a.mention.npFirst - 1]!.key) && agents.at(-1)!.mention.last >= a.mention.npFirst - 2))) agents.push(a);
    }
    for (const o of led) for (const a of agents) addFact(ctx, { type: 'LEADS', source: a.mention.ref!, target: o.mention.ref!, confidence: 0.8 });
    return;
  }
  // "Le Service européen pour l'action extérieure (SEAE), qu'elle dirige,": the body before "que" is led by
  // the pronoun's person (the previous subject).
  // ("Madrid préfère concentrer ses moyens sur l'opération Atalanta, qu'il commande": the country its own sentence opens with.)
  const pronounOf = tokens[at - 2]?.key === "qu'" && (tokens[at - 1]?.key === 'elle' || tokens[at - 1]?.key === 'il')
    ? (clause.args.find((a) => a.role === 'core' && a.mention.label === 'Country' && a.mention.last < at - 3) ?? (ctx.previousSubject?.mention.label === 'Person' ? ctx.previousSubject : undefined))
    : undefined;
  if (pronounOf) {
    const body = clause.args.filter((a) => a.mention.label === 'Organization' && a.mention.last < at - 2 && tokens[at - 3]?.key === ',' && (a.mention.last === at - 4 || (tokens[at - 4]?.key === ')' && a.mention.last <= at - 5))).slice(-1);
    for (const o of body) addFact(ctx, { type: 'LEADS', source: pronounOf.mention.ref!, target: o.mention.ref!, confidence: 0.85 });
    return;
  }
  // ("la coalition des volontaires, que pilotent Paris et Londres,": the subjects after the verb, the body before "que".)
  if ((tokens[at - 1]?.key === 'que' || tokens[at - 1]?.key === "qu'") && tokens[at - 2]?.key === ',') {
    // (The relative ends at its comma: "…, que pilotent la France et le Royaume-Uni depuis mars 2025, veut chiffrer la Force multinationale Ukraine".)
    const comma = tokens.findIndex((t, k) => k > at && t.key === ',');
    const end = Math.min(clause.clauseEnd(at), comma < 0 ? tokens.length : comma);
    const inverted = clause.args.filter((a) => a.mention.first > at && a.mention.last < end && (a.mention.label === 'Country' || a.mention.label === 'Person') && !a.preposition);
    const body = clause.args.filter((a) => a.mention.label === 'Organization' && (a.mention.last === at - 3 || (tokens[at - 3]?.key === ')' && a.mention.last <= at - 4 && a.mention.last >= at - 8))).slice(-1);
    for (const o of body) for (const l of inverted) addFact(ctx, { type: 'LEADS', source: l.mention.ref!, target: o.mention.ref!, confidence: 0.8 });
    if (body.length && inverted.length) return;
  }
  const leaders = clause.subjects(at, ctx.previousSubject).filter((a) => a.mention.label === 'Person' || a.mention.label === 'Country');
  // "la coalition des volontaires, que Paris et Londres pilotent ensemble,": the body before "que" is what they lead.
  const opener = tokens[start - 1]?.key;
  // ("…de la « coalition des volontaires », ce groupe d'une trentaine de pays que Paris et Londres emmènent": past its apposition.)
  if (opener === 'que' || opener === "qu'") {
    const body = clause.args.filter((a) => a.mention.label === 'Organization' && a.mention.last < start - 1 && appositionUntil(tokens, a.mention.last + 1, start - 1)).slice(-1);
    // ("que Paris copilote avec Londres": both.)
    const withOthers = [...leaders, ...clause.objects(at).filter((a) => a.preposition === 'avec' && (a.mention.label === 'Country' || a.mention.label === 'Person'))];
    for (const o of body) for (const l of withOthers) addFact(ctx, { type: 'LEADS', source: l.mention.ref!, target: o.mention.ref!, confidence: 0.8 });
    if (body.length) return;
  }
  // "dirigent la mission"; "prendra la tête de la force": the complement of "la tête".
  const head = length > 1;
  // ("pilotent depuis le printemps la coalition": a time between the verb and its object.)
  const led = clause.objects(at).filter((a) => (head ? a.role === 'genitive' : a.role === 'core') && a.mention.label === 'Organization' && a.mention.first <= at + length + (timeBetween(ctx, at + length, a.mention.first) ? 6 : 3)).slice(0, 1);
  for (const l of leaders) for (const o of led) addFact(ctx, { type: 'LEADS', source: l.mention.ref!, target: o.mention.ref!, confidence: 0.85 });
}

const PAST_PASSIVE = new Set(L.pastPassive);

/** A time expression ("depuis le printemps", "depuis 2024") fills the tokens [from, to). */
function timeBetween(ctx: SentenceContext, from: number, to: number): boolean {
  if (to <= from || ctx.tokens[from]?.key !== 'depuis') return false;
  // (Quotation marks around the name are no break: "pilotent depuis le printemps une « coalition des volontaires »".)
  for (let i = from; i < to; i++) if (ctx.tokens[i]!.type === 'punct' && ctx.tokens[i]!.key !== '"') return false;
  return true;
}

/** "a remis mardi sa démission", "a démissionné": the subject leads no more. Not "devrait présenter sa démission". */
function resigned(ctx: SentenceContext, at: number): void {
  const { clause, tokens } = ctx;
  let verb = at;
  if (tokens[at]!.key === 'demission') {
    if (!['sa', 'leur'].includes(tokens[at - 1]?.key ?? '')) return;
    verb = RESIGN_VERBS.has(tokens[at - 2]?.key ?? '') ? at - 2 : RESIGN_VERBS.has(tokens[at - 3]?.key ?? '') ? at - 3 : -1;
    if (verb < 0) return;
  } else if (!['a', 'ont'].includes(tokens[at - 1]?.key ?? '')) return;
  leftOffice(ctx, verb);
}

/** The people the verb at `verb` tells, in the past and for sure, as having left office. */
function leftOffice(ctx: SentenceContext, verb: number): void {
  const { clause, tokens } = ctx;
  const start = clause.clauseStart(verb);
  if (clause.negated(start, verb) || clause.undecided(start, verb) || clause.conditional(start, verb) || tenseNear(tokens, verb, 3) !== 'past') return;
  for (const a of clause.subjects(verb, ctx.previousSubject)) if (a.mention.label === 'Person') addFact(ctx, { type: RESIGNED, source: a.mention.ref!, target: '', confidence: 0.9 });
}

/** "dont le président X avait été renversé en octobre", "X a été destitué": he leads no more. */
const OUSTED = new Set(L.oustedParticiples);

/**
 * "a élu pour lui succéder X" (the predecessor is the one the clause's "lui" stands for), "X
 * succède à Y": the successor leads what the predecessor led.
 */
function succeeded(ctx: SentenceContext, at: number): void {
  const { clause, tokens } = ctx;
  const start = clause.clauseStart(at);
  if (clause.negated(start, at) || clause.undecided(start, at)) return;
  // ("appelé à succéder à l'Angolais lors du sommet de février", "doit lui succéder": one to come, not done; "élu pour lui
  // succéder", "vient de lui succéder" are.)
  const before = tokens[at - 1]?.key === 'lui' || tokens[at - 1]?.key === 'leur' ? at - 2 : at - 1;
  if (tokens[at]!.key === 'succeder' && PROSPECTIVE.has(tokens[before]?.key ?? '')) return;
  const after = clause.peopleAfter(at, 4);
  let successor: string | undefined;
  let predecessor: string | undefined;
  if (tokens[at - 1]?.key === 'lui' && after[0]) {
    successor = after[0].mention.ref;
    predecessor = ctx.previousSubject?.mention.ref;
  } else if (['a', 'au'].includes(tokens[at + 1]?.key ?? '') && after[0]) {
    successor = clause.subjects(at, ctx.previousSubject).find((a) => a.mention.label === 'Person')?.mention.ref;
    predecessor = after[0].mention.ref;
  }
  const led = predecessor ? ctx.persons.get(predecessor)?.leads : undefined;
  if (successor && led && successor !== predecessor) addFact(ctx, { type: 'LEADS', source: successor, target: led, confidence: 0.8 });
}

/** What an infinitive of succession after them is still to come. */
const PROSPECTIVE = new Set(L.prospectiveBefore);

/** The state of the capital or the country opening the sentence ("À Kiev, …", "En Allemagne, …", "Au Portugal, …", a dateline). */
function datelineCapital(ctx: SentenceContext): string | undefined {
  const opener = ctx.tokens[0]?.key;
  if (opener === 'a' && ctx.tokens[2]?.key === ',') return ctx.mentions.places.find((p) => p.first === 1 && p.last === 1)?.capitalOf;
  if (opener !== 'en' && opener !== 'au' && opener !== 'aux') return undefined;
  const country = ctx.mentions.mentions.find((m) => m.first === 1 && m.label === 'Country' && m.form === 'name');
  return country && ctx.tokens[country.last + 1]?.key === ',' ? country.iso2 : undefined;
}

/**
 * "SUVA, 9 août (AFP) - … Le chef du gouvernement, Josaia Rabuka, a accueilli…": in the lead of a
 * dispatch, a leader's title without a country is the dateline capital's. Only there: further down,
 * "le chancelier X" of a Rome dispatch is no Italian.
 */
function datelineLeader(ctx: SentenceContext, after: number): string | undefined {
  const dateline = ctx.events.datelineCountry;
  if (!dateline || ctx.index > dateline.sentence + 2) return undefined;
  // ("LONDRES - Le président X et le premier ministre Y ont…": two leaders told without a country are not both the town's.)
  let bare = 0;
  for (const m of ctx.mentions.mentions) if (m.label === 'Person' && m.title?.title.leads && !m.title.country && !m.title.org && !m.title.possessive) bare++;
  // ("KIEV - Le président X est arrivé samedi…", "…, arrivé dans la nuit": a visitor, not the town's.)
  for (let k = after + 1; k < Math.min(ctx.tokens.length, after + 5); k++) if (VISITOR_WORDS.has(ctx.tokens[k]!.key)) return undefined;
  return bare > 1 ? undefined : dateline.iso2;
}
const VISITOR_WORDS = new Set(L.visitorWords);
