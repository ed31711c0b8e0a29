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

const ELISION = /^(l|d|qu|n|s|j|m|t|c|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=.)/i;
const LETTER = /^[\p{L}\p{M}]$/u;
const SPACE = /^\s$/u;
/** Per UTF-16 unit: 1 letter or mark, 2 white space, 3 other; 0 not yet known. */
const kinds = new Uint8Array(65536);

function kindOf(c: number): number {
  let k = kinds[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = LETTER.test(ch) ? 1 : SPACE.test(ch) ? 2 : 3;
    kinds[c] = k;
  }
  return k;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Regional indicator symbol (half of a flag) at `i`: its letter index 0–25, else -1. */
function regionalAt(text: string, i: number): number {
  if (text.charCodeAt(i) !== 0xd83c) return -1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdde6 && low <= 0xddff ? low - 0xdde6 : -1;
}

/** A hand-written scanner: no match objects, one pass, one token object per token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) {
      i++;
      continue;
    }
    // Flag: two regional indicators.
    const a = regionalAt(text, i);
    if (a >= 0) {
      const b = regionalAt(text, i + 2);
      if (b >= 0) {
        tokens.push(make(text.slice(i, i + 4), i, 'flag', String.fromCharCode(65 + a, 65 + b)));
        i += 4;
        continue;
      }
    }
    const ascii = c < 128;
    const letter = ascii ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : c < 0xd800 || c > 0xdfff ? kindOf(c) === 1 : LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
    if (letter) {
      let j = i;
      for (;;) {
        while (j < n && isLetterAt(text, j)) j += text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdbff ? 2 : 1;
        const sep = text.charCodeAt(j);
        if ((sep === 39 || sep === 45) && j + 1 < n && isLetterAt(text, j + 1)) {
          j++;
          continue;
        }
        break;
      }
      if (text.charCodeAt(j) === 39) j++;
      const word = text.slice(i, j);
      const apostrophe = word.indexOf("'");
      const elided = apostrophe > 0 && apostrophe < 8 ? ELISION.exec(word) : null;
      if (elided) {
        const head = elided[0];
        tokens.push(make(head, i, 'word'));
        pushWord(tokens, word.slice(head.length), i + head.length);
      } else pushWord(tokens, word, i);
      i = j;
      continue;
    }
    if (isDigit(c)) {
      let j = i;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      for (;;) {
        const sep = text.charCodeAt(j);
        if ((sep === 32 || sep === 46) && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3))) j += 4;
        else break;
      }
      if (text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j + 1))) {
        j++;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      tokens.push(make(text.slice(i, j), i, 'number'));
      i = j;
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    if (width === 1 && !ascii && kindOf(c) === 2) {
      i++;
      continue;
    }
    if (ascii && c <= 32) {
      i++;
      continue;
    }
    tokens.push(make(text.slice(i, i + width), i, 'punct'));
    i += width;
  }
  return tokens;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
  return kindOf(c) === 1;
}

function pushWord(tokens: Token[], word: string, start: number): void {
  // A trailing apostrophe is a closing quote, not part of the word ('sincère et fiable,').
  if (word.endsWith("'") && word.length > 1) {
    tokens.push(make(word.slice(0, -1), start, 'word'));
    tokens.push(make("'", start + word.length - 1, 'punct'));
  } else tokens.push(make(word, start, 'word'));
}

function isAllCaps(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 128) {
      const ch = text.charAt(i);
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters >= 2;
}

function make(text: string, start: number, type: TokenType, flag?: string): Token {
  const c = text.charCodeAt(0);
  // ASCII fast paths; other scripts and accented capitals ("État") go the Unicode way.
  const cap = type === 'word' && (c < 128 ? c >= 65 && c <= 90 : text.charAt(0) !== text.charAt(0).toLowerCase());
  const allCaps = cap && text.length >= 2 && isAllCaps(text);
  // Every token has every field, so all share one hidden class in the engine.
  return { text, key: type === 'flag' ? flag!.toLowerCase() : fold(text), start, end: start + text.length, type, cap, allCaps, flag, triggers: undefined };
}
