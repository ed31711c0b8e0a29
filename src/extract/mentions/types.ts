/** What the mention detector finds in one sentence, before coreference gives each its entity. */
import type { EveryField, TitleInfo } from '../lexicon/lexicon.ts';

export type EntityLabel = 'Person' | 'Country' | 'Organization';

export type MentionForm =
  | 'name' // a proper name: "Mette Frederiksen", "Turquie", "Union européenne"
  | 'surname' // one capitalised word that may be a known person's surname
  | 'description' // a title without a name: "le président américain"
  | 'capital' // a capital standing for its government: "selon Moscou"
  | 'acronym'
  | 'demonym' // an adjective: "soldats français"
  | 'demonym-noun' // "les Américains"
  | 'flag'
  | 'anaphor'; // "la Commission", "cette coalition"

export interface TitleRef {
  title: TitleInfo;
  surface: string;
  /** Country the title is of ("président français" → FR). */
  country?: string;
  /** Organization the title is of ("président du Sénat"). */
  org?: string;
  /** "ancien président": no longer leads. */
  former: boolean;
  /** "Sa présidente": the organization is the one just talked about. */
  possessive: boolean;
  /** ", a précisé son Premier ministre": the possessive of a speech incise, whose owner is the sentence's subject. */
  incise?: boolean;
  /** "son homologue X": a title taken from the one X is the counterpart of, whose country is not X's. */
  adopted?: boolean;
  first: number;
  last: number;
}

export interface Mention {
  label: EntityLabel;
  form: MentionForm;
  sentence: number;
  /** Token span of the mention (title included for persons), inclusive. */
  first: number;
  last: number;
  /** First token of the noun phrase, determiner included. */
  npFirst: number;
  /** The name as written ("Mette Frederiksen", "Otan"). */
  surface: string;
  iso2?: string;
  orgId?: string;
  title?: TitleRef;
  /** A second leading title, set before the first after a comma ("La présidente en exercice de la Caricom, la Première ministre de la Barbade, X"). */
  alsoTitle?: TitleRef;
  /** Nationality given by a demonym noun or a flag ("la Danoise Mette Frederiksen"). */
  nationality?: string;
  /** A demonym adjective qualifies the token before it: its index. */
  qualifies?: number;
  /** Part of a title ("président français"): shows the country exists, is no argument. */
  inTitle?: boolean;
  /** Entity key, once coreference has run. */
  ref?: string;
  /** Named after "et", "entre", "avec" or a comma: inside a list or a complement, not a subject. */
  listed?: boolean;
  /** Opens the clause after a colon or a semicolon ("X n'est pas venu : le président chinois…"). */
  opensClause?: boolean;
  /** A force or mission the article defined itself ("la Force en attente de la CEDEAO (FAC)"): the force talked about. */
  standing?: boolean;
}

export interface EventMention {
  sentence: number;
  first: number;
  last: number;
  kind: string;
  determiner: 'definite' | 'demonstrative' | 'indefinite' | 'possessive' | 'none';
  /** City named next to it ("à Paris", "parisienne", "à l'Élysée"). */
  place?: string;
  /** Unresolved place word ("en Floride"). */
  surface: string;
  /** Told by a verb ("les dirigeants réunis mardi à Paris"), not named by a noun. */
  verbal?: boolean;
}

/** A capital or seat named as a place ("à Paris", "à l'Élysée"): no entity, but an event's place. */
export interface PlaceMention {
  sentence: number;
  first: number;
  last: number;
  city: string;
  /** The state the place belongs to, when known ("Gaza" → PS). */
  iso2?: string;
  /** The state whose capital it is ("à Kiev" → UA): where its government sits, not a receiver. */
  capitalOf?: string;
}

/**
 * A mention with every field present, always in the same order: all mentions share one shape, so
 * the engine reads their fields at full speed wherever they go.
 */
export function mention(fields: Omit<Mention, never>): Mention {
  return {
    label: fields.label,
    form: fields.form,
    sentence: fields.sentence,
    first: fields.first,
    last: fields.last,
    npFirst: fields.npFirst,
    surface: fields.surface,
    iso2: fields.iso2,
    orgId: fields.orgId,
    title: fields.title,
    alsoTitle: fields.alsoTitle,
    nationality: fields.nationality,
    qualifies: fields.qualifies,
    inTitle: fields.inTitle ?? false,
    ref: fields.ref,
    listed: fields.listed ?? false,
    opensClause: fields.opensClause ?? false,
    standing: fields.standing ?? false,
  };
}

/**
 * A title with every field present, always in the same order (`incise`, `adopted` undefined when
 * absent): one shape for all titles, and no copy by spread, which shares the source's map and
 * generalises its fields when one is overwritten, recompiling whatever read them.
 */
export function titleRef(fields: TitleRef): TitleRef {
  const ref: EveryField<TitleRef> = {
    title: fields.title,
    surface: fields.surface,
    country: fields.country,
    org: fields.org,
    former: fields.former,
    possessive: fields.possessive,
    incise: fields.incise,
    adopted: fields.adopted,
    first: fields.first,
    last: fields.last,
  };
  return ref;
}

/** A copy of `t` with `changes` (none of them undefined) in place of its fields. */
export function changedTitle(t: TitleRef, changes: Partial<TitleRef>): TitleRef {
  return titleRef({
    title: changes.title ?? t.title,
    surface: changes.surface ?? t.surface,
    country: changes.country ?? t.country,
    org: changes.org ?? t.org,
    former: changes.former ?? t.former,
    possessive: changes.possessive ?? t.possessive,
    incise: changes.incise ?? t.incise,
    adopted: changes.adopted ?? t.adopted,
    first: changes.first ?? t.first,
    last: changes.last ?? t.last,
  });
}
