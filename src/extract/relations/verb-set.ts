/**
 * A set of verbs from the data files: regular -er stems conjugated here, or regular expressions over
 * folded tokens; an expression may be followed by literal words ("^(?:prend|pris)$ part").
 */
import type { Token } from '../text/tokenize.ts';
import { classesOf, defineClass } from '../text/word-classes.ts';
import { pastInsertedAdverbs } from '../text/inserted-adverbs.ts';
import relations from '../data/relations.json' with { type: 'json' };
import words from '../data/words.json' with { type: 'json' };

const ER_SUFFIXES = relations.erSuffixes;

interface Pattern {
  first: RegExp;
  rest: string[];
}
const ER: Pattern = { first: /$^/, rest: [] };

export class VerbSet {
  private readonly er: RegExp | null;
  private readonly patterns: Pattern[];
  readonly bit: number;

  private readonly except: Set<string>;

  /**
   * `wordClass: false` for a set asked only at a few places (never to skip a sentence): it takes no
   * bit of the word classes, which are few (text/word-classes.ts), and its matches are memoised alone.
   */
  constructor(spec: { er?: string[]; regex?: string[]; except?: string[] } | string[], options: { wordClass?: boolean } = {}) {
    const s = Array.isArray(spec) ? { regex: spec } : spec;
    this.except = new Set(s.except ?? []);
    this.er = s.er?.length ? new RegExp(`^(?:${s.er.join('|')})${ER_SUFFIXES}$`) : null;
    this.patterns = (s.regex ?? []).map((r) => {
      const [first, ...rest] = r.split(' ');
      return { first: new RegExp(first!), rest };
    });
    this.bit = options.wordClass === false ? 0 : defineClass((key) => this.canStart(key));
  }

  canStart(key: string): boolean {
    if (this.except.has(key)) return false;
    return !!this.er?.test(key) || this.patterns.some((p) => p.first.test(key));
  }

  /** Number of tokens of the verb starting at `at`, or 0. */
  matchAt(tokens: Token[], at: number): number {
    const token = tokens[at]!;
    if (this.bit !== 0 && !(classesOf(token) & this.bit)) return 0;
    const k = token.key;
    // Which patterns a word can start is memoised: the regular expressions run once per word form.
    let candidates = this.memo.get(k);
    if (candidates === undefined) {
      candidates = this.except.has(k) ? [] : this.er?.test(k) ? [ER] : this.patterns.filter((p) => p.first.test(k));
      if (this.memo.size > 50_000) this.memo.clear();
      this.memo.set(k, candidates);
    }
    for (const p of candidates) {
      if (p === ER) return 1;
      if (p.rest.length === 0) return 1;
      // ("faisait lui aussi le déplacement", "a de nouveau pris part": past what may stand inside the verb.)
      const from = pastInsertedAdverbs(tokens, pastEmphasis(tokens, at + 1));
      let ok = true;
      for (let i = 0; i < p.rest.length && ok; i++) ok = tokens[from + i]?.key === p.rest[i];
      if (ok) return from - at + p.rest.length;
    }
    return 0;
  }

  private readonly memo = new Map<string, Pattern[]>();
}

/** Past "lui aussi", "elle aussi", "eux aussi" at `at`. */
function pastEmphasis(tokens: Token[], at: number): number {
  return EMPHATIC.has(tokens[at]?.key ?? '') && tokens[at + 1]?.key === 'aussi' ? at + 2 : at;
}
const EMPHATIC = new Set(words.stressedPronouns);

export { phraseAt } from '../text/phrase-at.ts';
