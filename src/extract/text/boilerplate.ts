/**
 * Boilerplate removal: bylines, photo credits and captions, "À lire aussi" teasers, advertising,
 * social-media embeds, URL slugs and the author's signature at the end. Removed lines are blanked
 * with spaces (line breaks kept), so the cleaned text keeps every offset of the original.
 */
import rules from '../data/boilerplate.json' with { type: 'json' };
import agencies from '../data/news-agencies.json' with { type: 'json' };

export interface CleanText {
  text: string;
  /** Character ranges that were blanked, in order. */
  removed: { start: number; end: number }[];
  /** Where the text of a kept line opened by a live report's time stamp starts ("19h05 - Le président…"). */
  stamped: number[];
  /** The kept text of captions whose credit was blanked ("X et Y sur le perron de l'Élysée, mardi midi."): who is seen, not what happened. */
  captions: { start: number; end: number }[];
  /** The city a byline puts its correspondent in ("De notre correspondante à Bruxelles, X"). */
  bylinePlace?: string;
}

// One alternation per kind of rule: a line costs one test per kind, not one per rule.
/**
 * Rules that each open with "^" as one alternation anchored once: with the anchor inside every branch,
 * the engine tries the whole alternation at every position of a paragraph-long line.
 */
function anchoredAlternation(patterns: string[], flags: string): RegExp {
  const bare = patterns.map((p) => {
    if (!p.startsWith('^')) throw new Error(`boilerplate rule not anchored at the line's start: ${p}`);
    return `(?:${p.slice(1)})`;
  });
  return new RegExp(`^(?:${bare.join('|')})`, flags);
}
const STARTS = [anchoredAlternation(rules.lineStarts, 'iu')];
const CONTAINS = rules.lineContains.map((c) => ({ hint: c.hint, pattern: new RegExp(c.pattern, 'iu') }));
const ENDS = [new RegExp(rules.lineEnds.map((p) => `(?:${p})`).join('|'), 'u')];
// "La présidente accueille le chancelier devant la chancellerie, mardi matin. Marek Lisowski/Keystone": a caption
// kept for what it tells, its credit (a photographer's name, a slash, any agency) blanked.
// ("… à Berlin. Photo : Markus Feldhaus/dpa/picture alliance": announced, in lower case, with its distributor after;
// "… à Pailles. (Photo Stéphane Nativel-Hoarau)", "… jeudi. Photo : Mamy Rakotoarison – Le Courrier", "… Photo Dalati et
// Nohra": announced, no agency; "… le 23 avril. © X Y pour Le Quotidien": a photographer for the outlet.)
const AGENCY_NAMES = [...agencies.agencies, ...agencies.photoAgencies];
const NAME = String.raw`\p{Lu}[\p{L}'-]+`;
const CREDIT_SUFFIX = new RegExp(
  String.raw`(?<=[.!?»"] )(?:(?:(?:Photo|Crédits?) ?: ?|© ?)?${NAME} ${NAME} ?/ ?(?:${[...AGENCY_NAMES, ...AGENCY_NAMES.map((a) => a.toLowerCase())].join('|')})(?:/[\p{L} ]+)*|© ?(?:${AGENCY_NAMES.join('|')})|© ?${NAME}(?: ${NAME}){1,3} (?:pour|for) ${NAME}(?:[ -]${NAME}){0,3}|\(?(?:Photo|Photos|Crédit photo) ?:? ?${NAME}(?:(?:[ -]| et )${NAME}){1,3}(?: ?[—–-] ?${NAME}(?: [\p{L}']+){0,3})?(?: ?/ ?\p{Lu}[\p{L}' ]{1,40})?\)?)$`,
  'u',
);
const BYLINES = [anchoredAlternation(rules.bylines, 'u')];
const SLUG = new RegExp(rules.slug, 'u');
const PREFIX = new RegExp(rules.linePrefixes.map((p) => `(?:${p})`).join('|'), 'u');
const TERMINAL = /[.!?…:"'»)]$/u;
const SITE_LINE = /^\p{Lu}{2,}(?:[ '.-]\p{Lu}{2,})* [—–-] \p{Lu}[\p{L}'-]+(?:[ -]\p{Lu}[\p{L}'-]+)*$/u;
// "Léman Matin › International › Europe", "Radio-Canada | International": a breadcrumb opened by the site's name (its arrows made quotes by
// normalisation). The name goes, not the rubrics: "Guerre en Ukraine" tells what the page is about.
const SITE_CRUMB = /^(?:\p{Lu}[\p{L}'-]*(?:[ -]\p{Lu}[\p{L}'-]*)+) ["|] (?=\p{Lu}[^".!?:|]{0,39}(?: ["|] \p{Lu}[^".!?:|]{0,39})*$)/u;
const WRITTEN_AT = /^(?:à|À) \p{Lu}[\p{L}'-]+(?:[ -]\p{Lu}[\p{L}'-]+)*$/u;
const NAME_LINE = /^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,3}$/u;
const TEASER_HEADER = /^(?:(?:à|a) )?lire (?:aussi|également)\s*:?$/iu;

export function isBoilerplateLine(line: string): boolean {
  const l = line.trim();
  if (!l) return false;
  return (
    STARTS.some((r) => r.test(l)) ||
    CONTAINS.some((c) => l.includes(c.hint) && c.pattern.test(l)) ||
    ENDS.some((r) => r.test(l.length > 60 ? l.slice(-60) : l)) ||
    BYLINES.some((r) => r.test(l)) ||
    SLUG.test(l) ||
    isTruncatedPreview(l)
  );
}

/** A sentence of a few words, then a credit ("© X/AFP", "X Y / AFP", "(Photo : X / Présidence)"): the sentence is kept. */
function captionWithCredit(line: string): boolean {
  const credit = CREDIT_SUFFIX.exec(line);
  return !!credit && line.slice(0, credit.index).trim().split(/\s+/).length >= 6;
}

/** Length of the boilerplate prefix that opens a line (0 when none). */
function prefixLength(line: string): number {
  const m = PREFIX.exec(line);
  return m ? m[0].length : 0;
}

/** "Les négociations sur le budget européen et le calendrier de…": a link preview cut mid-sentence. */
function isTruncatedPreview(line: string): boolean {
  return line.endsWith('…') && /[\p{L},]\s?…$/u.test(line.slice(-3)) && !/[.!?]\s/u.test(line);
}

export function removeBoilerplate(text: string): CleanText {
  const lines: { start: number; end: number; text: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, end: at + line.length, text: line });
    at += line.length + 1;
  }
  // By push: an inlined .map would make a holey array where the builtin makes a packed one (readers deoptimise).
  const drop: boolean[] = [];
  // ("… au siège de l'Union africaine, le 29 septembre. © Yonas Tadesse/AFP", "… le 26 février. ARDIT KOLAJ / AFP": a
  // caption that tells something, its credit blanked below.)
  for (const l of lines) drop.push(isBoilerplateLine(l.text) && !captionWithCredit(l.text));
  // "LE CARREFOUR — Montréal": the site's name and home town opening the page, no dateline of the story.
  for (let i = 0; i < Math.min(2, lines.length); i++) if (SITE_LINE.test(lines[i]!.text.trim())) drop[i] = true;
  // "DW Français" alone opening the page, over a blank line: the site's name, no one's. (Not over its rubrics:
  // paragraphs are counted by lines, and rules read the headline and the lead by their number.)
  if (lines.length > 2 && NAME_LINE.test(lines[0]!.text.trim()) && !lines[1]!.text.trim()) drop[0] = true;
  const siteName = lines.length > 1 ? lines.slice(0, 2).findIndex((l) => SITE_CRUMB.test(l.text)) : -1;
  // "Hélène Roy" then "à Montréal" on a line of its own, under the headline: a byline and where it was written.
  for (let i = 1; i < lines.length && i < 16; i++) {
    if (!WRITTEN_AT.test(lines[i]!.text.trim()) || !NAME_LINE.test(lines[i - 1]!.text.trim())) continue;
    drop[i] = true;
    drop[i - 1] = true;
  }
  // "Lire aussi :" alone on its line: the teasers under it, up to a blank line, are links too.
  for (let i = 0; i < lines.length - 1; i++) {
    if (!drop[i] || !TEASER_HEADER.test(lines[i]!.text.trim())) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 4) && lines[j]!.text.trim(); j++) drop[j] = true;
  }
  // "Am vorbit ieri cu Președintele…" over "— Nicușor Dan (@NicusorDanRo) January 15, 2026": an embedded post in
  // another language goes with its attribution (read as French, its words would make people of "Premierul X").
  for (let i = 1; i < lines.length; i++) {
    if (!drop[i] || !POST_ATTRIBUTION.test(lines[i]!.text)) continue;
    const post = lines[i - 1]!.text;
    if (!drop[i - 1] && post.trim() && !soundsFrench(post)) drop[i - 1] = true;
  }
  // The signature: short lines without final punctuation after the last sentence of the article.
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!.text.trim();
    if (!l || drop[i]) continue;
    if (TERMINAL.test(l) || l.split(/\s+/).length > rules.signatureMaxWords) break;
    drop[i] = true;
  }
  const removed: CleanText['removed'] = [];
  const stamped: number[] = [];
  const captions: CleanText['captions'] = [];
  let out = '';
  let from = 0;
  lines.forEach((l, i) => {
    // A kept line may still open with a live report's time stamp ("19h05 - "): only that goes.
    const crumb = i === siteName && !drop[i] ? SITE_CRUMB.exec(l.text)![0].length : 0;
    const end = drop[i] ? l.end : l.start + (crumb || prefixLength(l.text));
    if (end > l.start) {
      if (!drop[i] && !crumb) stamped.push(end);
      out += text.slice(from, l.start) + ' '.repeat(end - l.start);
      from = end;
      removed.push({ start: l.start, end });
    }
    // ("… mardi matin. Marek Lisowski/Keystone": the credit closing a kept caption.)
    const credit = drop[i] ? null : CREDIT_SUFFIX.exec(l.text);
    if (credit) {
      const start = l.start + credit.index;
      captions.push({ start: l.start, end: start });
      out += text.slice(from, start) + ' '.repeat(l.end - start);
      from = l.end;
      removed.push({ start, end: l.end });
    }
  });
  const byline = lines.find((l, i) => drop[i] && BYLINES.some((r) => r.test(l.text.trim())));
  const place = byline ? CORRESPONDENT_AT.exec(byline.text)?.[1] : undefined;
  return place ? { text: out + text.slice(from), removed, stamped, captions, bylinePlace: place } : { text: out + text.slice(from), removed, stamped, captions };
}
const POST_ATTRIBUTION = /^\s*[—–-]\s*[^(]{1,60}\(@\w+\)/u;
const FRENCH_MARKERS = new Set(rules.frenchMarkers);

/** A line with at least one word only French uses much ("le", "pour", "avec", "l'"). */
function soundsFrench(line: string): boolean {
  for (const w of line.toLowerCase().split(/[\s'’.,;:!?«»"()]+/u)) if (FRENCH_MARKERS.has(w)) return true;
  return false;
}
const CORRESPONDENT_AT = /(?:correspondante?s?|envoyée?s?(?: spéciale?s?)?)(?: permanente?)? à (\p{Lu}[\p{L}'-]+(?:[ -]\p{Lu}[\p{L}'-]+)*)/u;
