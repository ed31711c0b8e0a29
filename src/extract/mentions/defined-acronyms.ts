/**
 * Bodies an article defines itself: "la Mission des Nations unies au Soudan du Sud (Minuss)", "la
 * Force en attente de la CEDEAO (FAC)". The lexicon cannot list every mission or standby force; the
 * article names each once in full with its acronym in parentheses, then by the acronym alone, which
 * would otherwise read as someone's surname.
 */
import { fold, slug } from '../text/fold.ts';
import words from '../data/words.json' with { type: 'json' };
import organizations from '../data/organizations.json' with { type: 'json' };
import type { Lexicon } from '../lexicon/lexicon.ts';
import { tokenize } from '../text/tokenize.ts';

export interface DefinedBody {
  /** Node id fragment: the full name's slug. */
  id: string;
  name: string;
  /** The full name's token keys, to read it as the body where it is written out ("la Force en attente de la CEDEAO"). */
  keys: string[];
  /** The acronym's token keys ("eunavfor", "mca"). */
  acronymKeys: string[];
  /** Only described ("la force navale européenne … (Eunavfor MCA)"): the words read as the body, its name the acronym. */
  described: boolean;
  /** A ship ("la frégate Amiral Cabanier"): a name that is no one's, and no body the graph holds. */
  vessel?: boolean;
  /** A force or a mission ("Force …", "Mission …", "Brigade …"): the force the article talks about. */
  standing: boolean;
}

/** Head nouns of a body's name ("Mission …", "Force …", "Programme …"). */
const BODY_HEADS = new Set(words.bodyHeads.map(fold));
const STANDING_HEADS = new Set(organizations.forces.standingHeads);
/** "le Mécanisme conjoint de patrouilles frontalières (MCPF)", "l'Initiative de sécurité maritime (ISM)": a force too. */
const ARMED_HEADS = new Set(organizations.forces.armedHeads);
const ARMED_WORDS = new Set(organizations.forces.armedWords);
// ("les Forces armées de Côte d'Ivoire (FACI)": a country's own army, no force the article's contributions go to.)
const standingName = (words: string[], start: number): boolean =>
  (STANDING_HEADS.has(fold(words[start]!)) && fold(words[start + 1] ?? '') !== 'armees') || (ARMED_HEADS.has(fold(words[start]!)) && words.slice(start + 1).some((w) => ARMED_WORDS.has(fold(w))));
/**
 * An acronym: a capital then letters, up to ten, maybe two joined by a hyphen ("FU-AES") or a slash ("AFC/M23"); a mission's may take a second
 * word ("Eunavfor MCA", "Eufor Althea").
 */
const ACRONYM = String.raw`\p{Lu}\p{L}{1,9}(?:-\p{Lu}\p{L}{1,9}|/\p{Lu}[\p{L}\d]{1,9})?(?:[ \u00a0]\p{Lu}\p{L}{1,9})?`;
/** "Name of the body (ACRONYM)". */
const DEFINITION = new RegExp(String.raw`([\p{Lu}][\p{L}'’-]*(?:[ \u00a0][\p{L}'’-]+){1,12})[ \u00a0]\((${ACRONYM})\)`, 'gu');
/**
 * "la force navale européenne en Méditerranée centrale (Eunavfor MCA)", "l'agence spatiale sud-coréenne
 * (KASA)": a body described, not named, before its acronym (its head noun in lower case).
 */
const DESCRIBED = new RegExp(String.raw`(?<![\p{L}-])((${words.bodyHeads.map((h) => h.toLowerCase()).join('|')})(?:[ \u00a0][\p{L}'’-]+){1,12})[ \u00a0]\((${ACRONYM})\)`, 'gu');

/** Military units, numbered ("1er régiment d'infanterie de marine (1er RIMa)"): their own kind of name. */
const UNIT_NOUNS = words.unitNouns.join('|');
const ORDINAL = String.raw`\d+(?:er|re|e|ème|eme)`;
const UNIT_DEFINITION = new RegExp(String.raw`(${ORDINAL}[ \u00a0](?:${UNIT_NOUNS})(?:[ \u00a0][\p{L}'’-]+){0,6})[ \u00a0]\((${ORDINAL}[ \u00a0]\p{Lu}\p{L}{1,9})\)`, 'gu');

/** "la frégate de défense et d'intervention (FDI) Amiral Cabanier", "le porte-avions Charles de Gaulle". */
/**
 * Its description: one adjective ("nucléaire", "française") and genitive complements ("de défense et
 * d'intervention"), never a verb ("le navire transportait Paul Martin").
 */
const VESSEL_ADJECTIVE = String.raw`[ \u00a0][\p{Ll}-]+(?:ais|aise|ain|aine|ien|ienne|ique|ois|oise|al|ale|el|elle|aire|if|ive)s?`;
const VESSEL_COMPLEMENT = String.raw`(?:[ \u00a0](?:et[ \u00a0])?(?:de[ \u00a0]|d['’])[\p{Ll}-]+)`;
const VESSEL_NOUN = new RegExp(words.vesselNouns.join('|'));
const VESSEL = new RegExp(String.raw`(?<![\p{L}-])(?:${words.vesselNouns.join('|')})(?:${VESSEL_ADJECTIVE})?${VESSEL_COMPLEMENT}{0,3}(?:[ \u00a0]\(\p{Lu}{2,6}\))?[ \u00a0]((?:\p{Lu}[\p{L}'’-]+)(?:[ \u00a0](?:de[ \u00a0])?\p{Lu}[\p{L}'’-]+){0,3})`, 'gu');

/** The acronyms (folded) an article defines for bodies the lexicon does not know. */
export function definedAcronyms(text: string, lex: Lexicon): Map<string, DefinedBody> {
  const bodies = new Map<string, DefinedBody>();
  // The patterns are costly over a whole article: only where their marks are ("(", a ship's noun).
  const parens = text.includes('(');
  for (const m of parens ? text.matchAll(DEFINITION) : []) {
    const acronym = m[2]!;
    // One the lexicon knows ("(OTAN)", "(UE)") is already a body.
    if (lex.index.has(acronymKey(acronym).split(' ')[0]!)) continue;
    const words = m[1]!.split(/[ \u00a0]/);
    // The name starts at its last head noun written with a capital ("la Mission des Nations unies…").
    let start = -1;
    for (let i = words.length - 2; i >= 0; i--) {
      if (/^\p{Lu}/u.test(words[i]!) && BODY_HEADS.has(fold(words[i]!))) {
        start = i;
        break;
      }
    }
    if (start < 0) continue;
    const name = words.slice(start).join(' ');
    const key = acronymKey(acronym);
    if (!bodies.has(key)) bodies.set(key, { id: slug(name), name, keys: keysOf(name), acronymKeys: key.split(' '), described: false, standing: standingName(words, start) });
  }
  for (const m of parens ? text.matchAll(UNIT_DEFINITION) : []) {
    const name = m[1]!.replace(/\u00a0/g, ' ');
    const key = acronymKey(m[2]!.replace(/\u00a0/g, ' '));
    if (!bodies.has(key)) bodies.set(key, { id: slug(name), name, keys: keysOf(name), acronymKeys: key.split(' '), described: false, standing: false });
  }
  for (const m of VESSEL_NOUN.test(text) ? text.matchAll(VESSEL) : []) {
    const name = m[1]!.replace(/\u00a0/g, ' ');
    const keys = keysOf(name);
    bodies.set(`vessel:${keys.join(' ')}`, { id: slug(name), name, keys, acronymKeys: [], described: false, standing: false, vessel: true });
  }
  // A description is no name: the body is called by its acronym alone.
  for (const m of parens ? text.matchAll(DESCRIBED) : []) {
    const acronym = m[3]!.replace(/\u00a0/g, ' ');
    const key = acronymKey(acronym);
    if (lex.index.has(key.split(' ')[0]!) || bodies.has(key)) continue;
    bodies.set(key, { id: slug(acronym), name: acronym, keys: keysOf(m[1]!), acronymKeys: key.split(' '), described: true, standing: STANDING_HEADS.has(fold(m[2]!)) });
  }
  return bodies;
}

/** How a defined acronym is looked up: its words' folded keys, space-joined ("eunavfor mca"). */
export function acronymKey(acronym: string): string {
  return keysOf(acronym).join(' ');
}

/** A name's words' folded keys, as the tokenizer reads them. */
function keysOf(name: string): string[] {
  return tokenize(name).map((t) => t.key);
}
