/**
 * Sentence splitting over the document's tokens. A sentence ends at a line break, or at ". ! ? …"
 * followed by a capital, a digit or an opening quote, except after French abbreviations
 * (M., Mme., Dr., St., etc.) and initials ("J. Biden"). Numbers never split ("3.5", "15 000").
 */
import type { Token } from './tokenize.ts';
import abbreviations from '../data/abbreviations.json' with { type: 'json' };
import newsAgencies from '../data/news-agencies.json' with { type: 'json' };
import calendar from '../data/calendar.json' with { type: 'json' };

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Tokens of the sentence (a slice of the document's tokens). */
  tokens: Token[];
  /** Index of the paragraph (block of text between blank lines or line breaks). */
  paragraph: number;
  /** A subheading of the body (see markSubheadings). */
  subheading: boolean;
}

const ABBREVIATIONS = new Set(abbreviations.map((a) => a.toLowerCase()));
const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', ')', '»']);
const AGENCIES = new Set(newsAgencies.agencies);
const DASHES = new Set(['-', '–', '—']);
// Lower-case words a dateline may hold besides its place: "le 1er mai", "Saint-Jean-de-Luz".
const DATELINE_WORDS = new Set([...calendar.months, ...calendar.datelineWords]);
/** How far into its paragraph a dateline may end, in tokens ("Saint-Jean-de-Luz, le 1er mai 2025 (AFP) -"). */
const DATELINE_MAX_TOKENS = 16;

/**
 * `isPlace` tells a known town or country by its folded word: after a lone capital letter and its stop,
 * one ends a sentence ("…chasseurs Gripen E. Kiev fait jouer la concurrence"), as a surname would not.
 */
export function splitSentences(text: string, tokens: Token[], isPlace: (key: string) => boolean = () => false): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let first = 0;
  // Where the paragraph starts: a quotation may open in one sentence and close in the next.
  let paragraphFirst = 0;
  const close = (last: number): void => {
    if (last >= first) {
      sentences.push({
        index: sentences.length,
        start: tokens[first]!.start,
        end: tokens[last]!.end,
        tokens: tokens.slice(first, last + 1),
        paragraph,
        subheading: false,
      });
    }
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) {
      close(i);
      break;
    }
    if (hasLineBreak(text, tokens[i]!.end, next.start)) {
      close(i);
      paragraph++;
      paragraphFirst = i + 1;
      continue;
    }
    if (endsDateline(tokens, first, i)) {
      close(i);
      continue;
    }
    if (tokens[i]!.type !== 'punct' || !TERMINAL.has(tokens[i]!.text)) continue;
    // Closing quotes or brackets after the stop belong to the sentence: one right after it, or a
    // quote that closes one the sentence opened ("« Nous tiendrons. »").
    let last = i;
    while (tokens[last + 1] && CLOSERS.has(tokens[last + 1]!.text) && (tokens[last + 1]!.start === tokens[last]!.end || closesOpenQuote(tokens, paragraphFirst, last + 1))) last++;
    const after = tokens[last + 1];
    if (!after) continue;
    // "1.5": a stop between digits is a decimal point.
    if (after.start === tokens[last]!.end && after.type === 'number') continue;
    if (hasLineBreak(text, tokens[last]!.end, after.start)) continue; // handled as a line break
    if (!startsSentence(after)) continue;
    if (tokens[i]!.text === '.' && isAbbreviation(tokens[i - 1], tokens[i]!) && !(isInitial(tokens[i - 1]) && isPlace(after.key))) continue;
    close(last);
    i = last;
  }
  markSubheadings(sentences);
  return sentences;
}

/**
 * "Bruxelles, 19 décembre 2024 (AFP) -": the dash after an agency in brackets, early in a paragraph,
 * after nothing but a place and a date.
 */
function endsDateline(tokens: Token[], first: number, i: number): boolean {
  // Asked at every token: the type first, the set only for punctuation.
  return (
    tokens[i]!.type === 'punct' &&
    DASHES.has(tokens[i]!.text) &&
    i - first < DATELINE_MAX_TOKENS &&
    tokens[i - 1]?.text === ')' &&
    AGENCIES.has(tokens[i - 2]?.text ?? '') &&
    tokens[i - 3]?.text === '(' &&
    i - 3 > first &&
    tokens[first]!.cap &&
    tokens.slice(first, i - 3).every((t) => t.type !== 'word' || t.cap || DATELINE_WORDS.has(t.key))
  );
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function closesOpenQuote(tokens: Token[], from: number, at: number): boolean {
  const q = tokens[at]!.text;
  if (q === '»') return true;
  if (q !== '"') return false;
  let open = 0;
  for (let i = from; i < at; i++) if (tokens[i]!.text === '"') open++;
  return open % 2 === 1;
}

function startsSentence(token: Token): boolean {
  return token.cap || token.type === 'number' || token.text === '"' || token.text === "'" || token.text === '«' || token.text === '(' || token.text === '-';
}

function isInitial(token: Token | undefined): boolean {
  return token !== undefined && token.text.length === 1 && token.cap;
}

function isAbbreviation(before: Token | undefined, dot: Token): boolean {
  if (!before || before.end !== dot.start || before.type !== 'word') return false;
  if (ABBREVIATIONS.has(before.text.toLowerCase())) return true;
  // A single capital letter is an initial ("J. Biden"), not the end of a sentence.
  return before.text.length === 1 && before.cap;
}

/**
 * "Une déclaration commune et une visioconférence", set between two paragraphs of the body: a
 * subheading, a line of its own without a closing stop, announcing what the paragraphs under it tell.
 * (Not the headline nor the lines above the body: some body sentence ended with a stop before it.)
 */
function markSubheadings(sentences: Sentence[]): void {
  let bodyBegun = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const closed = TERMINAL_STOPS.has(s.tokens.at(-1)?.key ?? '');
    const alone = sentences[i - 1]?.paragraph !== s.paragraph && sentences[i + 1]?.paragraph !== s.paragraph;
    if (bodyBegun && alone && !closed && s.tokens.length <= 14 && i + 1 < sentences.length) s.subheading = true;
    if (closed && s.tokens.length > 6) bodyBegun = true;
  }
}
const TERMINAL_STOPS = new Set(['.', '!', '?', '…', '"', '»']);
