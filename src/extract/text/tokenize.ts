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

/** Elided words ("l'", "qu'", "jusqu'"), lower-cased, without their apostrophe. */
const ELIDED = new Set(['l', 'd', 'qu', 'n', 's', 'j', 'm', 't', 'c', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);
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
      let apostrophe = -1;
      for (;;) {
        while (j < n && isLetterAt(text, j)) j += text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdbff ? 2 : 1;
        const sep = text.charCodeAt(j);
        if ((sep === 39 || sep === 45) && j + 1 < n && isLetterAt(text, j + 1)) {
          if (sep === 39 && apostrophe < 0) apostrophe = j;
          j++;
          continue;
        }
        break;
      }
      if (text.charCodeAt(j) === 39) j++;
      // "l'Italie": an elided word before the first apostrophe, with something after it.
      if (apostrophe > i && apostrophe < i + 8 && isElided(text, i, apostrophe)) {
        tokens.push(word(text.slice(i, apostrophe + 1), i));
        pushWord(tokens, text, apostrophe + 1, j);
      } else pushWord(tokens, text, i, j);
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

/** An ASCII word of `ELIDED` spans [from, to). */
function isElided(text: string, from: number, to: number): boolean {
  let head = '';
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) head += String.fromCharCode(c + 32);
    else if (c >= 97 && c <= 122) head += text.charAt(k);
    else return false;
  }
  return ELIDED.has(head);
}

function pushWord(tokens: Token[], text: string, from: number, to: number): void {
  // A trailing apostrophe is a closing quote, not part of the word ('sincère et fiable,').
  if (text.charCodeAt(to - 1) === 39 && to - from > 1) {
    tokens.push(word(text.slice(from, to - 1), from));
    tokens.push(make("'", to - 1, 'punct'));
  } else tokens.push(word(text.slice(from, to), from));
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

/** What a word form always is, whatever its place: computed once per form. */
interface WordForm {
  text: string;
  key: string;
  cap: boolean;
  allCaps: boolean;
}

/**
 * Word forms met so far. Words repeat (Zipf): the folding and case tests run once per form, and every
 * token of a form shares its strings, so the many lookups keyed by `key` downstream hash it once.
 */
const forms = new Map<string, WordForm>();

function word(text: string, start: number): Token {
  let f = forms.get(text);
  if (f === undefined) {
    const c = text.charCodeAt(0);
    // ASCII fast paths; other scripts and accented capitals ("État") go the Unicode way.
    const cap = c < 128 ? c >= 65 && c <= 90 : text.charAt(0) !== text.charAt(0).toLowerCase();
    f = { text, key: fold(text), cap, allCaps: cap && text.length >= 2 && isAllCaps(text) };
    if (forms.size >= 200_000) forms.clear();
    forms.set(text, f);
  }
  return { text: f.text, key: f.key, start, end: start + text.length, type: 'word', cap: f.cap, allCaps: f.allCaps, flag: undefined, triggers: undefined };
}

/** Numbers, punctuation and flags (words go through `word`). */
function make(text: string, start: number, type: Exclude<TokenType, 'word'>, flag?: string): Token {
  // Every token has every field, so all share one hidden class in the engine.
  return { text, key: type === 'flag' ? flag!.toLowerCase() : fold(text), start, end: start + text.length, type, cap: false, allCaps: false, flag, triggers: undefined };
}
