/**
 * The grammar, loaded once per process: CypherKG, openCypher (`Cypher`) plus our additions. `npm run build` (and `npm run generate`) turns
 * grammar/cypher.ohm into grammar/cypher.ohm-bundle.js with ohm generateBundles; the bundle loads in
 * a few milliseconds. If the bundle is older than grammar/cypher.ohm (a grammar being edited), the
 * .ohm source is compiled instead (~0.2 s) so the running grammar is always the current one.
 */
import * as ohm from 'ohm-js';
import { readFileSync } from 'node:fs';
import bundles from '../../../grammar/cypher.ohm-bundle.js';
import type { CypherKGGrammar } from '../../../grammar/cypher.ohm-bundle.js';

const GRAMMAR_FILE = new URL('../../../grammar/cypher.ohm', import.meta.url);

function loadGrammar(): CypherKGGrammar {
  const bundle = bundles.CypherKG;
  let text: string;
  try {
    text = readFileSync(GRAMMAR_FILE, 'utf8');
  } catch {
    return bundle; // installed without the source: the bundle is all there is
  }
  const sources = [bundles.Cypher, bundle].map((g) => (g as unknown as { source?: { contents?: string } }).source?.contents);
  if (sources.every((s) => s && text.includes(s))) return bundle;
  return ohm.grammars(text)['CypherKG'] as CypherKGGrammar;
}

export const cypherGrammar: CypherKGGrammar = loadGrammar();
