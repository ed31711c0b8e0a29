/**
 * Makes untrusted text (article sentences, property values) safe and one-line on a terminal: control
 * characters, line and paragraph separators and bidirectional overrides are shown as escapes, so a value
 * can neither break a table's rows nor send escape sequences to the terminal nor reorder what is displayed.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
