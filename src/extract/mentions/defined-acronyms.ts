/**
 * Bodies an article defines itself: "la Mission des Nations unies au Soudan du Sud (Minuss)", "la
 * Force en attente de la CEDEAO (FAC)". The lexicon cannot list every mission or standby force; the
 * article names each once in full with its acronym in parentheses, then by the acronym alone, which
 * would otherwise read as someone's surname.
 */
import { fold, slug } from '../text/fold.ts';
import words from '../data/words.json' with { type: 'json' };
import type { Lexicon } from '../lexicon/lexicon.ts';
import { tokenize } from '../text/tokenize.ts';

export interface DefinedBody {
  /** Node id fragment: the full name's slug. */
  id: string;
  name: string;
  /** The full name's token keys, to read it as the body where it is written out ("la Force en attente de la CEDEAO"). */
  keys: string[];
  /** A force or a mission ("Force …", "Mission …", "Brigade …"): the force the article talks about. */
  standing: boolean;
}

/** Head nouns of a body's name ("Mission …", "Force …", "Programme …"). */
const BODY_HEADS = new Set(words.bodyHeads.map(fold));
const STANDING_HEADS = new Set(['mission', 'missions', 'force', 'forces', 'brigade', 'operation']);
/** "Name of the body (ACRONYM)": the acronym a capital then letters, up to ten. */
const DEFINITION = /([\p{Lu}][\p{L}'’-]*(?:[ \u00a0][\p{L}'’-]+){1,12})[ \u00a0]\((\p{Lu}[\p{L}]{1,9})\)/gu;

/** The acronyms (folded) an article defines for bodies the lexicon does not know. */
export function definedAcronyms(text: string, lex: Lexicon): Map<string, DefinedBody> {
  const bodies = new Map<string, DefinedBody>();
  if (!text.includes('(')) return bodies;
  for (const m of text.matchAll(DEFINITION)) {
    const acronym = m[2]!;
    // One the lexicon knows ("(OTAN)", "(UE)") is already a body.
    if (lex.index.has(fold(acronym))) continue;
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
    const key = fold(acronym);
    if (!bodies.has(key)) bodies.set(key, { id: slug(name), name, keys: tokenize(name).map((t) => t.key), standing: STANDING_HEADS.has(fold(words[start]!)) });
  }
  return bodies;
}
