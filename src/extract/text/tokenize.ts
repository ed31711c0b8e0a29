/**
 * Tokens of a normalised French sentence, with offsets into the document. Elided articles and
 * pronouns ("l'", "d'", "qu'") are their own tokens, so "l'Italie" is "l'" + "Italie"; hyphenated
 * words stay whole ("Royaume-Uni", "cessez-le-feu"); a flag emoji is one token naming its country.
 */
import { fold } from './fold.ts';

export type TokenType = 'word' | 'number' | 'punct' | 'flag';

export interface Token {
  text: string;
  /** Folded form (lower case, no accents) used for every lookup. */
  key: string;
  start: number;
  end: number;
  type: TokenType;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals (acronyms: OTAN, UE). */
  allCaps: boolean;
  /** ISO 3166-1 alpha-2 code of a flag emoji. */
  flag: string | undefined;
  /** Memo of the relation rules: which verb sets this word may start (relations/verb-set.ts). */
  triggers: number | undefined;
}

const TOKEN =
  /(\p{Regional_Indicator}{2})|([\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*'?)|(\d+(?:[ .]\d{3})*(?:,\d+)?)|([^\s])/gu;
const ELISION = /^(l|d|qu|n|s|j|m|t|c|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=.)/i;
const REGIONAL_A = 0x1f1e6;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const start = m.index;
    if (m[1]) {
      const a = m[1].codePointAt(0)! - REGIONAL_A;
      const b = m[1].codePointAt(2)! - REGIONAL_A;
      tokens.push(make(m[1], start, 'flag', String.fromCharCode(65 + a, 65 + b)));
    } else if (m[2]) {
      let word = m[2];
      const elided = ELISION.exec(word);
      if (elided) {
        const head = elided[0];
        tokens.push(make(head, start, 'word'));
        word = word.slice(head.length);
        pushWord(tokens, word, start + head.length);
      } else pushWord(tokens, word, start);
    } else if (m[3]) tokens.push(make(m[3], start, 'number'));
    else tokens.push(make(m[4]!, start, 'punct'));
  }
  return tokens;
}

function pushWord(tokens: Token[], word: string, start: number): void {
  // A trailing apostrophe is a closing quote, not part of the word ('sincère et fiable,').
  if (word.endsWith("'") && word.length > 1) {
    tokens.push(make(word.slice(0, -1), start, 'word'));
    tokens.push(make("'", start + word.length - 1, 'punct'));
  } else tokens.push(make(word, start, 'word'));
}

function make(text: string, start: number, type: TokenType, flag?: string): Token {
  const c = text.charCodeAt(0);
  // ASCII fast paths; other scripts and accented capitals ("État") go the Unicode way.
  const cap = type === 'word' && (c < 128 ? c >= 65 && c <= 90 : text.charAt(0) !== text.charAt(0).toLowerCase());
  const allCaps = cap && text.length >= 2 && text === text.toUpperCase() && /\p{L}{2}/u.test(text);
  // Every token has every field, so all share one hidden class in the engine.
  return { text, key: type === 'flag' ? flag!.toLowerCase() : fold(text), start, end: start + text.length, type, cap, allCaps, flag, triggers: undefined };
}
