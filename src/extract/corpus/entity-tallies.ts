/**
 * What the articles say of each entity key, summed up as the articles come in: an article's entity
 * summaries are folded into these tallies at once and are not kept (at 1,000s of articles they were
 * most of the memory held until the corpus resolution, and copied by every young-generation GC).
 * Keys are resolved later, across the corpus; several tallies may then make one node, so each tally
 * keeps the corpus-wide position of what it saw first: merged, they give what one walk over all the
 * articles' entities in order would have given.
 */
import type { EntitySummary } from '../extract-document.ts';

export interface EntityTally {
  ref: string;
  label: EntitySummary['label'];
  /** Met only as a description in the articles summed here (one tally per ref for each case). */
  described: boolean;
  /** Position of its first entity. */
  at: number;
  mentions: number;
  /** Surface forms → position of the first meeting (their counts are never read). */
  surfaces: Map<string, number>;
  /** The first title held now, and the position of its entity. */
  title?: string;
  titleAt: number;
}

export class EntityTallies {
  /** In order of first appearance. */
  readonly all: EntityTally[] = [];
  private readonly byRef = new Map<string, EntityTally[]>();
  /** Rises with each entity and each surface met, in article order. */
  private position = 0;

  add(e: EntitySummary): void {
    const at = this.position++;
    let list = this.byRef.get(e.ref);
    if (!list) this.byRef.set(e.ref, (list = []));
    let t: EntityTally | undefined;
    for (const candidate of list) if (candidate.label === e.label && candidate.described === e.described) t = candidate;
    if (!t) {
      t = { ref: e.ref, label: e.label, described: e.described, at, mentions: 0, surfaces: new Map(), titleAt: -1 };
      list.push(t);
      this.all.push(t);
    }
    t.mentions += e.mentions;
    const surfaces = t.surfaces;
    // forEach: no [surface, count] pair allocated per entry, as for…of over a Map does.
    e.surfaces.forEach((_count, surface) => {
      if (!surfaces.has(surface)) surfaces.set(surface, this.position);
      this.position++;
    });
    if (t.title === undefined && e.titles.length) {
      t.title = e.titles[0];
      t.titleAt = at;
    }
  }
}
