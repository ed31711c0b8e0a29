/**
 * A set of verbs from the data files: regular -er stems conjugated here, or regular expressions over
 * folded tokens; an expression may be followed by literal words ("^(?:prend|pris)$ part").
 */
import type { Token } from '../text/tokenize.ts';
import relations from '../data/relations.json' with { type: 'json' };

const ER_SUFFIXES = relations.erSuffixes;

export class VerbSet {
  private readonly er: RegExp | null;
  private readonly patterns: { first: RegExp; rest: string[] }[];

  constructor(spec: { er?: string[]; regex?: string[] } | string[]) {
    const s = Array.isArray(spec) ? { regex: spec } : spec;
    this.er = s.er?.length ? new RegExp(`^(?:${s.er.join('|')})${ER_SUFFIXES}$`) : null;
    this.patterns = (s.regex ?? []).map((r) => {
      const [first, ...rest] = r.split(' ');
      return { first: new RegExp(first!), rest };
    });
  }

  /** Number of tokens of the verb starting at `at`, or 0. */
  matchAt(tokens: Token[], at: number): number {
    const k = tokens[at]!.key;
    if (this.er?.test(k)) return 1;
    for (const p of this.patterns) {
      if (!p.first.test(k)) continue;
      if (p.rest.every((w, i) => tokens[at + 1 + i]?.key === w)) return 1 + p.rest.length;
    }
    return 0;
  }
}

/** Index of a multi-word phrase (folded words) starting at `at`, as a length, or 0. */
export function phraseAt(tokens: Token[], at: number, phrases: string[][]): number {
  for (const p of phrases) if (p.every((w, i) => tokens[at + i]?.key === w)) return p.length;
  return 0;
}
