/**
 * "pour discuter", "afin de préparer", "pour le dissuader de…": a purpose opened at a token, an infinitive
 * after "pour" or "afin" (its object pronoun between them). What follows it is meant, not done: neither who
 * is met ("a reçu X pour discuter avec Y") nor the day of the main verb ("mardi, il a appelé X pour le
 * dissuader de boycotter la réunion").
 */
import type { Token } from './tokenize.ts';
import words from '../data/words.json' with { type: 'json' };

/** "de", "d'" (afin de) or an infinitive's ending; "pour la première fois", "pour le sommet" are none. */
const INFINITIVE = /^(?:de|d'|\p{L}+(?:er|ir|re))$/u;
const QUOTES = new Set(['"', '«', '“']);
const OBJECT_PRONOUNS = new Set(words.objectPronouns);

export function purposeAt(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]?.key;
  if (key !== 'pour' && key !== 'afin') return false;
  // ("pour « coordonner les positions »": past the quotation mark.)
  if (QUOTES.has(tokens[k + 1]?.key ?? '')) k++;
  const next = tokens[k + 1]?.key ?? '';
  // ("pour le dissuader": past the pronoun, an infinitive; "pour le sommet" is a noun's article.)
  if (OBJECT_PRONOUNS.has(next)) return INFINITIVE.test(tokens[k + 2]?.key ?? '') && tokens[k + 2]!.key !== 'de';
  return INFINITIVE.test(next);
}
