/**
 * The singular of a plural title ("émissaires américains" → "émissaire américain", "chefs d'État" →
 * "chef d'État"). Words whose singular already ends in -s stay ("français", "hongrois").
 */
const PLURAL_S = /(\p{L}{2,})(?<!ai|oi|ui|ou)s(?=$|[\s'])/gu;

export function singular(surface: string): string {
  return surface.replace(PLURAL_S, '$1');
}
