/**
 * Values of `kg query --param name=value`: a value that reads as a Cypher literal (a number, a 'string' or
 * "string", true, false, null, a list `[1, 'a']`, a map `{name: 'x'}`) is that value; anything else is taken
 * as a plain string, so `--param name=Emmanuel Macron` and `--param day=2026-01-06` need no quoting.
 * JSON5's grammar is the literal grammar of Cypher for these forms (single quotes, unquoted map keys).
 */
import type { Command } from 'commander';
import JSON5 from 'json5';
import { KgError } from '../util/errors.ts';
import { IDENTIFIER } from './cypher-keywords.ts';

const LITERAL_START = /^\s*(?:[-+]?(?:\d|\.\d)|['"[{]|true\s*$|false\s*$|null\s*$)/;
const INTEGER = /^\s*[-+]?\d+\s*$/;

export function parseParamValue(text: string): unknown {
  if (!LITERAL_START.test(text)) return text;
  // Integers past 2^53 would silently change: identifiers such as these stay strings.
  if (INTEGER.test(text) && !Number.isSafeInteger(Number(text))) return text.trim();
  try {
    return JSON5.parse(text);
  } catch {
    return text;
  }
}

/** Splits `name=value` (the first `=` separates; the value may contain more). */
export function parseParamOption(option: string): [string, unknown] {
  const at = option.indexOf('=');
  const name = at < 0 ? '' : option.slice(0, at).trim().replace(/^\$/, '');
  if (!IDENTIFIER.test(name)) {
    throw new KgError(`kg query: --param expects name=value (for instance --param name='Emmanuel Macron'), got ${JSON.stringify(option)}`);
  }
  return [name, parseParamValue(option.slice(at + 1))];
}

/** `-p, --param name=value` (repeatable), shared by `kg query` and `kg export --query`. */
export function addParamOption(command: Command, description: string): Command {
  return command.option(
    '-p, --param <name=value>',
    description,
    (value: string, previous: [string, unknown][]) => [...previous, parseParamOption(value)],
    [] as [string, unknown][],
  );
}
