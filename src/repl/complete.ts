/**
 * Tab completion for the REPL, from the open graph's schema. Context decides what is offered, as far as
 * it can be told cheaply from the text before the cursor: after `:` a label (a relationship type inside
 * `[…]`), after `.` a property key, after `$` a parameter, at the start of a command line a `:command`,
 * elsewhere keywords, functions and the statement's variables.
 */
import { CYPHER_KEYWORDS, IDENTIFIER } from './cypher-keywords.ts';
import { RESULT_FORMATS } from '../format/result-formats.ts';
import { EXPORT_FORMATS, REPL_COMMANDS } from './repl-commands.ts';

export interface CompletionSource {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  functions: string[];
  params: string[];
}

/** [candidates, the text they replace], the shape readline's completer returns. */
export type Completion = [string[], string];

const WORD_AT_END = /(`[^`]*|[\p{L}\p{N}_]*)$/u;

/**
 * `statement` is what was typed on earlier lines of the same statement, `line` the current line up to the
 * cursor.
 */
export function complete(source: CompletionSource, statement: string, line: string): Completion {
  if (statement.trim() === '' && line.trimStart().startsWith(':')) return completeCommand(source, line);
  return completeCypher(source, statement === '' ? line : `${statement}\n${line}`);
}

function completeCommand(source: CompletionSource, line: string): Completion {
  const head = /^\s*:(\S*)$/.exec(line);
  if (head) {
    const word = head[1].toLowerCase();
    return [REPL_COMMANDS.map((c) => `:${c.name}`).filter((c) => c.startsWith(`:${word}`)), `:${head[1]}`];
  }
  const [, name, rest] = /^\s*:(\S+)\s+([\s\S]*)$/.exec(line) ?? [];
  const word = /\S*$/.exec(rest ?? '')?.[0] ?? '';
  const firstArgument = rest !== undefined && !/\s/.test(rest);
  const among = (options: readonly string[]): Completion => [options.filter((o) => o.startsWith(word)).sort(), word];
  switch (name) {
    case 'format':
      return firstArgument ? among(RESULT_FORMATS) : [[], word];
    case 'export':
      return firstArgument ? among(EXPORT_FORMATS) : [[], word];
    case 'help':
      return firstArgument ? among(REPL_COMMANDS.map((c) => c.name)) : [[], word];
    case 'why':
      return firstArgument ? among(['all']) : [[], word];
    case 'params':
    case 'history':
      return firstArgument ? among(['clear']) : [[], word];
    case 'param':
      return firstArgument ? among(source.params) : completeCypher(source, rest.replace(/^\S+\s*=>/, ''));
    case 'explain':
      return completeCypher(source, rest);
    default:
      return [[], word];
  }
}

function completeCypher(source: CompletionSource, before: string): Completion {
  const code = blankOutLiterals(before);
  const word = WORD_AT_END.exec(before)?.[0] ?? '';
  if (code.slice(code.length - word.length) !== word) return [[], word]; // inside a string or a comment
  const lead = code.slice(0, code.length - word.length).trimEnd();
  const previous = lead.at(-1);
  if (word.startsWith('`') && !['.', ':', '|', '$'].includes(previous ?? '')) return [[], word];
  if (previous === '$' && lead.length === code.length - word.length) return [matching(source.params, word), word];
  if (previous === '.' && !/\d$/.test(lead.slice(0, -1))) return [names(source.propertyKeys, word), word];
  if (previous === ':' || previous === '|') {
    const bracket = innermostBracket(lead);
    if (bracket === '{') return [[], word];
    if (bracket === '[') return [names(source.relationshipTypes, word), word];
    if (previous === '|') return [[], word];
    return [names(source.labels, word), word];
  }
  if (word === '' || /^\p{N}/u.test(word)) return [[], word];
  const upper = word[0] === word[0].toUpperCase();
  const keywords = CYPHER_KEYWORDS.map((k) => (upper ? k : k.toLowerCase()));
  const functions = source.functions.map((f) => `${f}(`);
  return [[...matching(keywords, word), ...matching(functions, word), ...matching(variables(code, word), word)], word];
}

/** Candidates starting with `word`, ignoring case (readline then replaces the word with the candidate's case). */
function matching(candidates: readonly string[], word: string): string[] {
  const prefix = word.toLowerCase();
  return [...new Set(candidates.filter((c) => c.toLowerCase().startsWith(prefix)))].sort();
}

/** Schema names, in backticks when they are not plain identifiers (`Union européenne` would be). */
function names(candidates: readonly string[], word: string): string[] {
  const typed = word.replace(/^`/, '').toLowerCase();
  return [
    ...new Set(
      candidates
        .filter((n) => n.toLowerCase().startsWith(typed))
        .map((n) => (IDENTIFIER.test(n) && !word.startsWith('`') ? n : `\`${n.replace(/`/g, '``')}\``)),
    ),
  ].sort();
}

/** Identifiers the statement has introduced, for completing variable names. */
function variables(code: string, word: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(^|[^.:$\p{L}\p{N}_`])([\p{L}_][\p{L}\p{N}_]*)/gu)) {
    const name = m[2];
    if (name === word || name.length < 1) continue;
    if (CYPHER_KEYWORDS.some((k) => k.split(' ').some((part) => part === name.toUpperCase()))) continue;
    const end = (m.index ?? 0) + m[0].length;
    if (/^\s*\(/.test(code.slice(end))) continue; // a function call
    if (/^\s*:/.test(code.slice(end)) && innermostBracket(code.slice(0, end)) === '{') continue; // a map key
    found.add(name);
  }
  return [...found];
}

/** The last bracket still open in `code` (literals already blanked out). */
function innermostBracket(code: string): string | undefined {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const c of code) {
    if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (c in pairs && stack.at(-1) === pairs[c]) stack.pop();
  }
  return stack.at(-1);
}

/**
 * Replaces the content of strings and comments with spaces, so brackets, dots and colons inside them are
 * not mistaken for code. Quoted names (backticks) are kept: `` (n:`Union européenne`) `` is code.
 */
function blankOutLiterals(text: string): string {
  return text.replace(/'(?:[^'\\]|\\[\s\S])*('|$)|"(?:[^"\\]|\\[\s\S])*("|$)|\/\/[^\n]*|\/\*[\s\S]*?(\*\/|$)/g, (m) =>
    m[0] + ' '.repeat(m.length - 1),
  );
}
