/**
 * Turns Ohm's rightmost failure into a CypherError a person can act on: the position, the token
 * found there, and what was expected, in Cypher's words rather than the grammar's rule names.
 */
import type { FailedMatchResult } from 'ohm-js';
import { syntaxError } from '../errors.ts';
import type { CypherError } from '../errors.ts';

interface OhmFailure {
  getText(): string;
  getType(): string;
  isFluffy(): boolean;
}

/** Keywords that begin a clause: listed together when a clause may start. */
const CLAUSE_KEYWORDS = new Set(['MATCH', 'OPTIONAL', 'UNWIND', 'WITH', 'RETURN', 'CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'CALL', 'UNION']);

/** What can begin an expression, as the failures name them. */
const EXPRESSION_STARTS = ['a variable', 'a number', 'a string', 'a parameter', "'('", "'['", "'{'", "'-'", "'+'", 'NULL', 'TRUE', 'FALSE', 'CASE', 'COUNT', 'ALL', 'ANY', 'NONE', 'SINGLE', 'REDUCE', 'EXISTS', 'NOT', "'_'", 'a letter', "'`'"];
const NAME_PIECES = ["'_'", 'a letter', "'`'"];

export function describeFailure(match: FailedMatchResult, text: string): CypherError {
  const offset = match.getRightmostFailurePosition();
  const expected = expectedItems(match);
  const found = tokenAt(text, offset);
  const ch = text.codePointAt(offset);
  if (ch !== undefined && ch > 127 && !/\p{L}|\p{N}/u.test(String.fromCodePoint(ch)) && !/\s/u.test(String.fromCodePoint(ch))) {
    const error = syntaxError('InvalidUnicodeCharacter', `unexpected character ${found} (U+${ch.toString(16).toUpperCase().padStart(4, '0')})`, offset);
    return withExpected(error, expected);
  }
  const quote = text[offset];
  if ((quote === "'" || quote === '"') && !closes(text, offset)) {
    // Reading stopped at the string's opening quote; what is missing is its closing one.
    return withExpected(syntaxError('UnexpectedSyntax', 'this string is never closed', offset), `a closing ${quote === "'" ? `"'"` : `'"'`}`);
  }
  const what = offset >= text.length ? 'unexpected end of query' : `unexpected ${found}`;
  return withExpected(syntaxError('UnexpectedSyntax', what, offset), expected);
}

/** Whether the string literal opening at `start` has its closing quote (backslash escapes skipped). */
function closes(text: string, start: number): boolean {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return true;
  }
  return false;
}

function withExpected(error: CypherError, expected: string): CypherError {
  error.expected = expected;
  return error;
}

function expectedItems(match: FailedMatchResult): string {
  let failures: OhmFailure[];
  try {
    failures = (match as unknown as { getRightmostFailures(): OhmFailure[] }).getRightmostFailures().filter((f) => !f.isFluffy());
  } catch {
    return match.getExpectedText();
  }
  const items = new Set<string>();
  let clauseKeywords = 0;
  for (const failure of failures) {
    const raw = failure.getText();
    const insensitive = /^"(.*)" \(case-insensitive\)$/.exec(raw);
    if (insensitive) {
      const word = insensitive[1]!.toUpperCase();
      if (CLAUSE_KEYWORDS.has(word)) clauseKeywords++;
      items.add(word);
    } else if (raw === 'end of input') {
      items.add('end of query');
    } else if (raw.startsWith('not ')) {
      // A negative lookahead (a name that must not be a keyword): not something to type.
    } else if (failure.getType() === 'description') {
      items.add(raw);
    } else if (failure.getType() === 'string') {
      const word = raw.toUpperCase();
      if (CLAUSE_KEYWORDS.has(word)) clauseKeywords++;
      items.add(/^[A-Za-z]+$/.test(raw) ? word : `'${raw}'`);
    } else if (raw === 'end') {
      items.add('end of query');
    }
  }
  // A long run of clause keywords reads better as one item, and so do the ways an expression starts.
  if (clauseKeywords > 3) {
    for (const k of CLAUSE_KEYWORDS) items.delete(k);
    items.add('a clause (MATCH, WITH, RETURN, …)');
  }
  if (EXPRESSION_STARTS.filter((s) => items.has(s)).length >= 4) {
    for (const s of EXPRESSION_STARTS) items.delete(s);
    items.add('an expression');
  }
  // After a node, '-' and '<' begin a relationship; after a value (where '+' may follow too) they are operators.
  if (items.has("'-'") && items.has("'<'") && !items.has("'+'")) {
    items.delete("'-'");
    items.delete("'<'");
    items.add('a relationship pattern');
  }
  // Pieces of a name are implied by "a variable".
  if (items.has('a variable')) for (const s of NAME_PIECES) items.delete(s);
  const list = [...items].filter((i) => !/^'[\u00ad\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u27e8\u3008\ufe64\uff1c\u27e9\u3009\ufe65\uff1e]'$/.test(i));
  if (list.length === 0) return 'a valid continuation';
  if (list.length === 1) return list[0]!;
  return `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

/** The word or character at `offset`, quoted, for "unexpected 'retrun'". */
function tokenAt(text: string, offset: number): string {
  if (offset >= text.length) return 'end of query';
  const word = /^[\p{L}\p{N}_]+/u.exec(text.slice(offset));
  const token = word ? word[0] : String.fromCodePoint(text.codePointAt(offset)!);
  return token === "'" ? `"'"` : `'${token}'`;
}
