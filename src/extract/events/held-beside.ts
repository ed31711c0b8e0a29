/**
 * A gathering told as the frame of another: "en marge du sommet", "avant le sommet", "avant l'ouverture
 * du sommet". The mention stage reads a gathering verb beside one ("Réunis en marge du sommet, les
 * dirigeants de la coalition…"); the event stage keeps that gathering apart from the one it is beside.
 */
import type { Token } from '../text/tokenize.ts';
import type { EventMention } from '../mentions/types.ts';
import events from '../data/events.json' with { type: 'json' };
import words from '../data/words.json' with { type: 'json' };

/** "en marge du sommet": the event frames another one told in its sentence. */
export function onMargins(tokens: readonly Token[], e: EventMention): boolean {
  return tokens[e.first - 2]?.key === 'marge' || tokens[e.first - 3]?.key === 'marge';
}

/** `e` is told as the gathering another is held beside: on its margins, or before it (or its opening). */
export function heldBeside(tokens: readonly Token[], e: EventMention): boolean {
  if (onMargins(tokens, e)) return true;
  // (Before a gathering or a meal told as known: not "avant un appel avec X", what follows it.)
  if (!BESIDE_KINDS.has(e.kind) || e.determiner === 'indefinite') return false;
  let p = e.first - 1;
  if (ARTICLES.has(tokens[p]?.key ?? '')) p--;
  if (tokens[p]?.key === 'avant') return true;
  return GENITIVES.has(tokens[p]?.key ?? '') && tokens[p - 1]?.key === 'ouverture' && tokens[p - 3]?.key === 'avant';
}

// (A summit, a meeting, a dinner: "avant le dîner des Vingt-Sept".)
const BESIDE_KINDS = new Set([...events.gatheringKinds, 'lunch', 'dinner', 'breakfast']);
const ARTICLES = new Set(words.definiteArticles);
const GENITIVES = new Set(words.genitives);
