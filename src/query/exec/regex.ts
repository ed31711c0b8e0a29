/**
 * `=~`: Cypher uses Java regular expressions matched against the whole string. Translated to a
 * JavaScript RegExp anchored at both ends; leading inline flags (?i) (?s) (?m) (?u) become flags.
 */
import { runtimeError } from '../errors.ts';

const cache = new Map<string, RegExp>();

export function cypherRegex(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re === undefined) {
    re = translate(pattern);
    if (cache.size > 500) cache.clear();
    cache.set(pattern, re);
  }
  return re;
}

function translate(pattern: string): RegExp {
  let flags = 'u';
  let body = pattern;
  const inline = /^\(\?([imsux]+)\)/.exec(body);
  if (inline) {
    for (const f of inline[1]!) if ('ims'.includes(f) && !flags.includes(f)) flags += f;
    body = body.slice(inline[0].length);
  }
  // Java-only constructs with a JavaScript equivalent.
  body = body.replace(/\\A/g, '^').replace(/\\[zZ]/g, '$').replace(/\(\?<([a-zA-Z][a-zA-Z0-9]*)>/g, '(?<$1>');
  try {
    return new RegExp(`^(?:${body})$`, flags);
  } catch {
    try {
      return new RegExp(`^(?:${body})$`, flags.replace('u', ''));
    } catch (error) {
      throw runtimeError('ArgumentError', 'InvalidRegex', `invalid regular expression ${JSON.stringify(pattern)}: ${(error as Error).message}`);
    }
  }
}
