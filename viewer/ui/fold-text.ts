/**
 * Text folded for matching French names: lower case, no diacritics, typographic apostrophes and
 * spaces made plain, with a map back to the original offsets (one entry per folded character), so a
 * match found in the folded text can be highlighted in the original.
 */
export interface FoldedText {
  text: string;
  /** origin[i] is the offset in the original text of folded character i; origin[text.length] is the end. */
  origin: number[];
}

const MARKS = /[\u0300-\u036f]/g;

export function foldChar(ch: string): string {
  if (ch === '\u2019' || ch === '\u02bc' || ch === '`') return "'";
  if (ch === '\u00a0' || ch === '\u202f') return ' ';
  if (ch === '\u2010' || ch === '\u2011' || ch === '\u2013') return '-';
  return ch.normalize('NFD').replace(MARKS, '').toLowerCase();
}

export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}

export function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const part = foldChar(text[i]);
    for (let j = 0; j < part.length; j++) origin.push(i);
    folded += part;
  }
  origin.push(text.length);
  return { text: folded, origin };
}
