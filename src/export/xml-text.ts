/**
 * Text that XML 1.0 can carry. Escaping handles `&`, `<` and quotes, but some characters cannot appear
 * in an XML document at all, escaped or not (NUL and most C0 controls, lone surrogates, U+FFFE/U+FFFF):
 * one of them in an article would make the whole export unreadable, so each becomes U+FFFD.
 * Browser-safe.
 */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  // Most text has no control character nor surrogate (emoji do): one cheap scan settles it.
  return SUSPECT.test(text) ? text.replace(NOT_XML, '\uFFFD') : text;
}
