/**
 * Splits a script into statements at top-level semicolons, skipping those inside strings,
 * backtick names and comments. Each statement is parsed on its own, which keeps Ohm's memo
 * tables small for long scripts (an exported graph is thousands of CREATE statements).
 */
export interface StatementText {
  text: string;
  /** Offset of `text` in the whole script. */
  offset: number;
}

export function splitStatements(script: string): StatementText[] {
  const statements: StatementText[] = [];
  let start = 0;
  let i = 0;
  const n = script.length;
  const push = (end: number) => {
    const text = script.slice(start, end);
    if (!isBlank(text)) statements.push({ text, offset: start });
  };
  while (i < n) {
    const c = script[i];
    if (c === "'" || c === '"' || c === '`') {
      i = skipQuoted(script, i, c);
    } else if (c === '/' && script[i + 1] === '/') {
      const eol = script.indexOf('\n', i);
      i = eol < 0 ? n : eol;
    } else if (c === '/' && script[i + 1] === '*') {
      const close = script.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
    } else if (c === ';') {
      push(i + 1);
      start = i + 1;
      i++;
    } else {
      i++;
    }
  }
  push(n);
  return statements;
}

function skipQuoted(s: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < s.length) {
    const c = s[j];
    if (c === '\\' && quote !== '`') j += 2;
    else if (c === quote) {
      if (quote === '`' && s[j + 1] === '`') j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/** Whitespace and comments only. */
export function isBlank(text: string): boolean {
  return text.replace(/\/\*[\s\S]*?(\*\/|$)|\/\/[^\n]*/g, '').replace(/[\s;]+/g, '') === '';
}
