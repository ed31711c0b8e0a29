/**
 * Makes untrusted text (article sentences, property values) safe and one-line on a terminal: control
 * characters, line and paragraph separators and bidirectional overrides are shown as escapes, so a value
 * can neither break a table's rows nor send escape sequences to the terminal nor reorder what is displayed.
 */
const UNSAFE_CHARS = '[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]';
const HAS_UNSAFE = new RegExp(UNSAFE_CHARS);
const UNSAFE = new RegExp(UNSAFE_CHARS, 'g');
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeForTerminal(text: string): string {
  // Most values hold nothing to escape: a test is much cheaper than a replace.
  if (!HAS_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
