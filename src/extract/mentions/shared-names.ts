/**
 * A bare name two states share: "le Congo", "le Congolais X", "l'est du Congo" are the DRC's in an article
 * that names the DRC ("la RDC", "Kinshasa") and nothing only the other has ("Brazzaville", "la République du
 * Congo"), the other's in an article that names only it. Settled over the whole article, before coreference.
 */
import countryAliases from '../data/country-aliases-fr.json' with { type: 'json' };
import { fold } from '../text/fold.ts';
import type { SentenceMentions } from './detect-mentions.ts';

const SHARED = Object.entries(countryAliases.sharedNames as Record<string, { with: string; bare: string[] }>).map(([iso2, s]) => ({ states: [iso2, s.with] as const, bare: new Set(s.bare) }));

export function settleSharedNames(found: SentenceMentions[]): void {
  for (const { states, bare } of SHARED) {
    // Which of the two the article names by a name of its own.
    const named = new Set<string>();
    for (const f of found) {
      for (const m of f.mentions) if (m.label === 'Country' && m.iso2 && states.includes(m.iso2) && !bare.has(fold(m.surface))) named.add(m.iso2);
      for (const p of f.places) {
        const state = p.iso2 ?? p.capitalOf;
        if (state && states.includes(state) && !bare.has(fold(p.city))) named.add(state);
      }
    }
    if (named.size !== 1) continue;
    const [only] = named;
    const other = states[0] === only ? states[1] : states[0];
    for (const f of found) {
      for (const m of f.mentions) {
        if (m.iso2 === other) m.iso2 = only;
        if (m.nationality === other) m.nationality = only;
        if (m.title?.country === other) m.title.country = only;
      }
      for (const p of f.places) if (p.iso2 === other) p.iso2 = only;
    }
  }
}
