/**
 * Tokens of a normalised French sentence, with offsets into the document. Elided articles and
 * pronouns ("l'", "d'", "qu'") are their own tokens, so "l'Italie" is "l'" + "Italie"; hyphenated
 * words stay whole ("Royaume-Uni", "cessez-le-feu"); a flag emoji is one token naming its country.
 */
import { fold } from './fold.ts';
import { ownString } from './own-string.ts';

export type TokenType = 'word' | 'number' | 'punct' | 'flag';

/**
 * One occurrence of a form: the form it is and where it starts. The form's fields, and the end
 * (the start plus the form's length), are read through getters, so a token costs two fields, not a
 * copy of its form's nine (tokens are the most numerous objects of a build).
 */
export class Token {
  constructor(
    /** The form this token is an occurrence of, shared by every token written the same way. */
    readonly form: Form,
    readonly start: number,
  ) {}
  get end(): number {
    return this.start + this.form.text.length;
  }
  get text(): string {
    return this.form.text;
  }
  /** Folded form (lower case, no accents) used for every lookup. */
  get key(): string {
    return this.form.key;
  }
  get type(): TokenType {
    return this.form.type;
  }
  /** Starts with a capital letter. */
  get cap(): boolean {
    return this.form.cap;
  }
  /** Two or more letters, all capitals (acronyms: OTAN, UE). */
  get allCaps(): boolean {
    return this.form.allCaps;
  }
  /** ISO 3166-1 alpha-2 code of a flag emoji. */
  get flag(): string | undefined {
    return this.form.flag;
  }
}

/** What a string of the text is wherever it occurs: computed once per form. */
export interface Form {
  text: string;
  key: string;
  type: TokenType;
  cap: boolean;
  allCaps: boolean;
  flag: string | undefined;
  /** Memo of text/word-classes.ts: the classes of `key`, valid while `classesVersion` is current. */
  classes: number;
  classesVersion: number;
}

/** Elided words ("l'", "qu'", "jusqu'"), lower-cased, without their apostrophe. */
const ELIDED = ['l', 'd', 'qu', 'n', 's', 'j', 'm', 't', 'c', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu'];
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
        tokens.push(token(text, i, i + 4));
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
        j = lettersEnd(text, j, n);
        const sep = text.charCodeAt(j);
        if ((sep === 39 || sep === 45) && j + 1 < n && isLetterAt(text, j + 1)) {
          if (sep === 39 && apostrophe < 0) apostrophe = j;
          j++;
          continue;
        }
        break;
      }
      if (text.charCodeAt(j) === 39) j++;
      // "l'Italie": an elided word before the first apostrophe, with something after it. Not the
      // capital N of a name ("Koffi N'Guessan", "N'Djamena"): "n'" elides before a lower-case verb.
      const nameN = apostrophe === i + 1 && c === 78 && isUpperAt(text, apostrophe + 1);
      if (apostrophe > i && apostrophe < i + 8 && !nameN && isElided(text, i, apostrophe)) {
        tokens.push(token(text, i, apostrophe + 1));
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
        // ("1.500 soldats", "2 000 hommes": groups of three; not "15.12.2025", a date's year of four.)
        if ((sep === 32 || sep === 46) && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) j += 4;
        else break;
      }
      if (text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j + 1))) {
        j++;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      tokens.push(token(text, i, j));
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
    tokens.push(token(text, i, i + width));
    i += width;
  }
  return tokens;
}

/** End of the run of letters from `j` (ASCII ones, most of the text, tested first). */
function lettersEnd(text: string, j: number, n: number): number {
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return j;
      j++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      if (!LETTER.test(String.fromCodePoint(text.codePointAt(j)!))) return j;
      j += 2;
    } else if (kindOf(c) === 1) j++;
    else return j;
  }
  return j;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
  return kindOf(c) === 1;
}

/** An upper-case letter at `at` ("N'Guessan"). */
function isUpperAt(text: string, at: number): boolean {
  const ch = text[at] ?? '';
  return ch !== ch.toLowerCase();
}

/** An ASCII word of `ELIDED` spans [from, to): compared in place, no string made per apostrophe. */
function isElided(text: string, from: number, to: number): boolean {
  for (const word of ELIDED) {
    if (word.length !== to - from) continue;
    let k = 0;
    // Lower case the text's ASCII capitals; anything else must equal the word's own letter.
    for (; k < word.length; k++) {
      const c = text.charCodeAt(from + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) break;
    }
    if (k === word.length) return true;
  }
  return false;
}

function pushWord(tokens: Token[], text: string, from: number, to: number): void {
  // A trailing apostrophe is a closing quote, not part of the word ('juste et loyal,'), unless the
  // word is elided before a quotation mark ("a promis d'« examiner »").
  if (text.charCodeAt(to - 1) === 39 && to - from > 1 && !isElided(text, from, to - 1)) {
    tokens.push(token(text, from, to - 1));
    tokens.push(token(text, to - 1, to));
  } else tokens.push(token(text, from, to));
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

/**
 * Forms met so far, in an open-addressing table probed with the text's characters in place: a
 * form met before costs no string, and words repeat (Zipf). The folding and case tests run once
 * per form, and the tokens of a form share its strings, so the lookups keyed by `key` downstream
 * hash each string once.
 */
let slots = new Int32Array(1 << 16);
let forms: Form[] = [];
const MAX_FORMS = 1 << 18;

function token(text: string, from: number, to: number): Token {
  return new Token(formOf(text, from, to), from);
}

function formOf(text: string, from: number, to: number): Form {
  const h = hash(text, from, to);
  const mask = slots.length - 1;
  for (let s = h & mask; ; s = (s + 1) & mask) {
    const at = slots[s]!;
    if (at === 0) break;
    const f = forms[at - 1]!;
    if (sameText(f.text, text, from, to)) return f;
  }
  if (forms.length >= MAX_FORMS) {
    // A bounded memo: a long build starts over rather than grow without end.
    slots = new Int32Array(slots.length);
    forms = [];
  } else if (forms.length * 2 >= slots.length) grow();
  // A form outlives its article: its text must not keep the article's.
  const f = newForm(ownString(text.slice(from, to)));
  forms.push(f);
  insert(h, forms.length);
  return f;
}

function sameText(a: string, text: string, from: number, to: number): boolean {
  if (a.length !== to - from) return false;
  for (let k = 0; k < a.length; k++) if (a.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}

function insert(h: number, at: number): void {
  const mask = slots.length - 1;
  let s = h & mask;
  while (slots[s] !== 0) s = (s + 1) & mask;
  slots[s] = at;
}

function grow(): void {
  slots = new Int32Array(slots.length * 2);
  forms.forEach((f, i) => insert(hash(f.text, 0, f.text.length), i + 1));
}

/** FNV-1a over UTF-16 units. */
function hash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

/** The form of a string the scanner delimited: its kind follows from its first character. */
function newForm(text: string): Form {
  const c = text.charCodeAt(0);
  const a = regionalAt(text, 0);
  if (a >= 0 && text.length === 4) {
    const flag = String.fromCharCode(65 + a, 65 + regionalAt(text, 2));
    return { text, key: flag.toLowerCase(), type: 'flag', cap: false, allCaps: false, flag, classes: 0, classesVersion: -1 };
  }
  const type: TokenType = isDigit(c) ? 'number' : isLetterAt(text, 0) ? 'word' : 'punct';
  // ASCII fast paths; other scripts and accented capitals ("État") go the Unicode way.
  const cap = type === 'word' && (c < 128 ? c >= 65 && c <= 90 : text.charAt(0) !== text.charAt(0).toLowerCase());
  return { text, key: fold(text), type, cap, allCaps: cap && text.length >= 2 && isAllCaps(text), flag: undefined, classes: 0, classesVersion: -1 };
}
