/**
 * The Cypher grammar, loaded once per process. `npm run build` generates grammar/cypher.ohm-bundle.js
 * (ohm generateBundles), which loads in a few milliseconds; when the bundle is missing or older than
 * grammar/cypher.ohm (a checkout that was not built, a grammar being edited) the .ohm is compiled
 * instead, which is slower (~0.2 s) but always current.
 */
import * as ohm from 'ohm-js';
import { readFileSync } from 'node:fs';
import type { CypherGrammar } from '../../../grammar/cypher.ohm-bundle.js';

const GRAMMAR_FILE = new URL('../../../grammar/cypher.ohm', import.meta.url);
const BUNDLE_FILE = '../../../grammar/cypher.ohm-bundle.js';

async function loadGrammar(): Promise<CypherGrammar> {
  const text = readFileSync(GRAMMAR_FILE, 'utf8');
  try {
    const bundle = ((await import(BUNDLE_FILE)) as { default: CypherGrammar }).default;
    const source = (bundle as unknown as { source?: { contents?: string } }).source?.contents;
    if (source && text.includes(source)) return bundle;
  } catch {
    // no bundle: compile the source below
  }
  return ohm.grammar(text) as CypherGrammar;
}

export const cypherGrammar: CypherGrammar = await loadGrammar();
