/**
 * The Cypher grammar, loaded once per process. `npm run build` (and `npm run generate`) turns
 * grammar/cypher.ohm into grammar/cypher.ohm-bundle.js with ohm generateBundles; the bundle loads in
 * a few milliseconds. If the bundle is older than grammar/cypher.ohm (a grammar being edited), the
 * .ohm source is compiled instead (~0.2 s) so the running grammar is always the current one.
 */
import * as ohm from 'ohm-js';
import { readFileSync } from 'node:fs';
import bundle from '../../../grammar/cypher.ohm-bundle.js';
import type { CypherGrammar } from '../../../grammar/cypher.ohm-bundle.js';

const GRAMMAR_FILE = new URL('../../../grammar/cypher.ohm', import.meta.url);

function loadGrammar(): CypherGrammar {
  let text: string;
  try {
    text = readFileSync(GRAMMAR_FILE, 'utf8');
  } catch {
    return bundle; // installed without the source: the bundle is all there is
  }
  const source = (bundle as unknown as { source?: { contents?: string } }).source?.contents;
  return source && text.includes(source) ? bundle : (ohm.grammar(text) as CypherGrammar);
}

export const cypherGrammar: CypherGrammar = loadGrammar();
