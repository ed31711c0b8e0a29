/**
 * Articles the rules were not written from, each folder with its hand gold: dev-articles (the rules
 * were tuned on it), heldout-articles, fresh-articles, final-articles, diplomacy-articles, outlets-articles, h6-articles and probe-articles (written and annotated
 * later, each scored once before any rule looked at it). Extraction must keep generalizing: the floors are a little below
 * the scores reached when they were set; raise them when the rules improve.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraphFromPaths } from '../../src/extract/index.ts';
import { scoreFacts, type Gold } from './gold-score.ts';

const SETS = [
  { folder: 'tests/extract/dev-articles', gold: 'dev.gold.json', floors: { ATTENDED: 0.9, LEADS: 0.93, REFUSES_TROOPS: 0.9, PLEDGES: 0.9, all: 0.93 } },
  { folder: 'tests/extract/heldout-articles', gold: 'heldout.gold.json', floors: { ATTENDED: 0.9, LEADS: 0.9, REFUSES_TROOPS: 0.9, PLEDGES: 0.8, all: 0.9 } },
  { folder: 'tests/extract/fresh-articles', gold: 'fresh.gold.json', floors: { ATTENDED: 0.9, LEADS: 0.9, REFUSES_TROOPS: 0.9, PLEDGES: 0.8, all: 0.9 } },
  // ATTENDED 0.85: five facts, and the rule that the ministers a gathering brought together attend it when heard
  // (relations/members-heard.ts) adds one the gold leaves out ("a précisé son ministre de la Défense, Pål Jonson").
  { folder: 'tests/extract/final-articles', gold: 'final.gold.json', floors: { ATTENDED: 0.85, LEADS: 0.8, REFUSES_TROOPS: 0.9, PLEDGES: 0.9, all: 0.9 } },
  // First runs, before any rule looked at them: n1-n3 all 0.747, ATTENDED 0.424 (two forbidden facts); n4 alone all 0.944.
  { folder: 'tests/extract/diplomacy-articles', gold: 'diplomacy.gold.json', floors: { ATTENDED: 0.9, LEADS: 0.93, REFUSES_TROOPS: 0.9, PLEDGES: 0.85, all: 0.9 } },
  // The Paris summit told by other outlets, and two more gatherings; first runs: p1-p2 0.65, p3 0.93, p4 0.97, p5 0.82, p6 0.50, p7 0.83, p8 0.85; p9 not scored on its first run.
  { folder: 'tests/extract/outlets-articles', gold: 'outlets.gold.json', floors: { ATTENDED: 0.9, LEADS: 0.93, REFUSES_TROOPS: 0.9, PLEDGES: 0.85, all: 0.93 } },
  // An AU summit, BRICS, Doha talks (live blog), an EU Council veto, a COP (regional angle), NATO ministers (bullet
  // summary), a state visit with no year, a phone call; first run: all 0.71 (ATTENDED 0.62, LEADS 0.83, REFUSES_TROOPS 0.73, PLEDGES 0.64); floors set at 0.93-0.94.
  { folder: 'tests/extract/h6-articles', gold: 'h6.gold.json', floors: { ATTENDED: 0.9, LEADS: 0.9, REFUSES_TROOPS: 0.95, PLEDGES: 0.9, all: 0.9 } },
  // Eighty-two small sets of 1-4 articles (web-page clutter, live blogs, unknown dateline towns, periphrases, planned
  // meetings, roll calls…), each annotated before its first run: 0.90, 0.63, 0.87, 0.75, 0.69, 0.70, 0.71, 0.67, 0.71, 0.67, 0.70, 0.88, 0.18, 0.56, 0.59, 0.83, 0.86, 0.86, 0.65, 0.70, 0.82, 0.72, 0.67, 0.61, 0.62, 0.59, 0.57, 0.85, 0.46, 0.43, 0.86, 0.36, 0.80, 0.68, 0.47, 0.72, 0.71, 0.59, 0.63, 0.60, 0.68, 0.32, 0.79, 0.65, 0.61, 0.70, 0.61, 0.49, 0.38, 0.90, 0.88, 0.62, 0.61, 0.77, 0.92, 0.61, 0.87, 0.48, 0.67, 0.48, 0.58, 0.33, 0.75, 0.69, 0.52, 0.69, 0.83, 0.82, 0.61, 0.73, 0.76, 0.59, 0.67, 0.66, 0.73, 0.55, 0.84, 0.60, 0.73, 0.55, 0.66, 0.43; merged, 0.81 (one corpus of several fictional worlds: a 'président ukrainien' of one article is the named one of another).
  // The floors guard against regressions; the helper's harder sets (h42-h88) brought the merged score down to 0.81
  // (ATTENDED 0.74, LEADS 0.93, REFUSES_TROOPS 0.85, PLEDGES 0.78; the last ones, h86 and h88, whose leaders are heard
  // but seldom placed at their gatherings, are at 0.70 and 0.43): a weekly digest of four events (h55, 0.38 first, 0.80 now)
  // and, merged, sets whose subjects pledge to the same receiver compete for one edge (France -> Ukraine is one
  // fact of one set).
  { folder: 'tests/extract/probe-articles', gold: 'probe.gold.json', floors: { ATTENDED: 0.73, LEADS: 0.92, REFUSES_TROOPS: 0.82, PLEDGES: 0.75, all: 0.8 } },
] as const;

for (const set of SETS) {
  describe(`unseen articles: ${set.folder}`, async () => {
    const { graph } = await buildGraphFromPaths([set.folder]);
    const gold = JSON.parse(readFileSync(`${set.folder}/${set.gold}`, 'utf8')) as Gold;
    const score = scoreFacts(graph, gold);

    it.each(Object.entries(set.floors))('%s keeps an F1 of at least %d', (type, floor) => {
      expect(score[type as keyof typeof score].f1).toBeGreaterThanOrEqual(floor);
    });

    it('asserts nothing the gold forbids', () => {
      expect(score.all.forbidden).toBe(0);
    });
  });
}

/**
 * Real events of 2025-2026 (coalition summits, the White House and Mar-a-Lago meetings, NATO, EU councils,
 * Geneva talks, the Paris summit of the seeds told by other outlets, Munich and the Élysée in February 2025, Rome and Northwood, Copenhagen, the extraordinary European Council of March 2025, the Istanbul talks, the December 2025 European Council, Berlin after a coalition videoconference, NATO ministers and an NB8 summit, the Rome recovery conference, The Hague NATO summit, Downing Street and Windsor, Weimar+ in Warsaw, the Élysée declaration of January 2026, Zelensky in Madrid and Stockholm, the Kananaskis G7, and in invented settings an ECOWAS standby-force summit in Abuja, NATO defence ministers with the Ramstein group, a Cairo conference on Gaza, the Haiti gang suppression force at the UN, an EAC–SADC summit on eastern Congo, a Paris conference for the Lebanese army, a Copenhagen summit on Greenland, EU defence ministers and operation Aspides, an Arab League–AU summit on Sudan, Moldova's security in Chișinău, a JEF summit in Riga, a CARICOM summit in Kingston, the coalition of the willing in Warsaw, coastal West Africa in Abidjan, AUSSOM in Djibouti, the Western Balkans in Tirana, Pacific policing in Suva, an AU summit in Addis-Abeba on a force for Sudan, G7 foreign ministers at Mont-Tremblant, a Cairo conference on Gaza told by a live blog, a JEF summit in Riga on undersea cables, ECOWAS in Abuja on northern Benin, Weimar+ in Berlin on air policing, the Indian Ocean Commission at Pailles, Haiti's gang suppression force at the UN, NB8 leaders in Vilnius on Baltic air defence, a Paris conference for Lebanon, an EAC–SADC summit in Dar es Salaam, a two-day European Council told by a live blog, MED9 in Athens, coastal West Africa in Lomé, the coalition at Lancaster House, ASEAN in Manila on Myanmar, the AU Peace and Security Council in Addis-Abeba on Darfur, the JEF in Vilnius on Baltic cables, a Rome force-generation conference to follow UNIFIL, a Brussels donors' conference for Syria, the Quad in New Delhi on Indian Ocean coast guards, ECCAS in Libreville on Lake Chad, Nordic leaders in Reykjavik on Arctic surveillance, Black Sea demining in Bucharest, EU monitors in Yerevan, a drug-interdiction force in Bogotá, Mediterranean coast guards in Rome, Cabo Delgado in Maputo, the AES in Niamey, Seoul on North Korea, the Ramstein group in Brussels, Red Sea security in Djibouti, Western Balkans police in Skopje, the Francophonie on Haiti in Kigali, Hormuz in Muscat, Nordic-Baltic leaders in Helsinki, the AU Peace and Security Council in Malabo on eastern Chad, EU and NATO defence ministers in Riga on Baltic cables, the Pacific Islands Forum in Nuku'alofa, Haiti's force at a Panama City conference, the coalition on the margins of the EPC in Oslo, ECOWAS in Abuja on coastal states, NB8 and the JEF in Helsinki, Gulf and Arab ministers in Doha on Gaza, Haiti's gang suppression force in Nassau, NB8 with Poland and Germany in Helsinki on Baltic cables, the AU Peace and Security Council in Addis-Abeba on El-Fasher, a Syria donors' conference in Riyadh, the coalition on the margins of the EPC in Yerevan, ECOWAS in Abuja after a coup attempt in Freetown, Nordic-Baltic leaders and NATO in Stockholm on air defence, SADC in Harare on eastern Congo and Cabo Delgado, the coalition by videoconference from London and Paris, an after-UNIFIL force conference in Rome, Gaza's stabilization force in Cairo, Black Sea demining in Istanbul, Nordic-Baltic leaders with Poland and the UK in Oslo, ECCAS in Malabo on eastern Chad and the Central African Republic, the coalition in Warsaw as a live blog, NATO defence ministers and the Ramstein group in Brussels, a Red Sea naval mission at the Élysée, the AU and IGAD in Nairobi on Somalia, an informal European Council in Nicosia, coastal West Africa in Diamniadio, the Pacific Islands Forum in Nouméa, E5 defence ministers in Paris, the coalition at Downing Street, an Arab League summit in Amman on Lebanon, the Francophonie in Namur on Haiti, the JEF in Tallinn on the shadow fleet, the coalition in Helsinki, ECOWAS in Abuja on a counter-terrorism brigade, a G7 videoconference chaired from Évian, EU foreign ministers in Brussels on a Gulf of Guinea operation), one folder per set, each written and
 * annotated blind by a helper and scored once before any rule looked at it. They are not merged: the same
 * real people and summits recur from set to set, and one graph edge cannot stand for several sets' facts.
 * Floors a little under the F1 reached when they were set; the facts the gold forbids, at most as many as
 * then (mostly future calls and meetings told as planned, "doit s'entretenir", that the rules still attend).
 */
const REAL: Record<string, { all: number; forbidden: number; first: number }> = {
  h89: { all: 0.8, forbidden: 2, first: 0.67 },
  h90: { all: 0.81, forbidden: 0, first: 0.58 },
  h91: { all: 0.83, forbidden: 0, first: 0.39 },
  h92: { all: 0.73, forbidden: 1, first: 0.6 },
  h93: { all: 0.7, forbidden: 1, first: 0.46 },
  h94: { all: 0.91, forbidden: 0, first: 0.47 },
  h95: { all: 0.81, forbidden: 1, first: 0.67 },
  h96: { all: 0.71, forbidden: 2, first: 0.58 },
  h97: { all: 0.78, forbidden: 1, first: 0.56 },
  h98: { all: 0.79, forbidden: 1, first: 0.67 },
  h99: { all: 0.81, forbidden: 2, first: 0.64 },
  h100: { all: 0.71, forbidden: 1, first: 0.54 },
  h101: { all: 0.72, forbidden: 3, first: 0.67 },
  h102: { all: 0.66, forbidden: 2, first: 0.61 },
  h103: { all: 0.64, forbidden: 3, first: 0.58 },
  h104: { all: 0.83, forbidden: 2, first: 0.42 },
  h105: { all: 0.80, forbidden: 0, first: 0.74 },
  h106: { all: 0.8, forbidden: 0, first: 0.53 },
  h107: { all: 0.73, forbidden: 3, first: 0.62 },
  h108: { all: 0.68, forbidden: 0, first: 0.56 },
  h109: { all: 0.72, forbidden: 2, first: 0.64 },
  h110: { all: 0.75, forbidden: 2, first: 0.62 },
  h111: { all: 0.9, forbidden: 0, first: 0.67 },
  h112: { all: 0.89, forbidden: 0, first: 0.7 },
  h113: { all: 0.84, forbidden: 1, first: 0.75 },
  h114: { all: 0.79, forbidden: 2, first: 0.69 },
  h115: { all: 0.76, forbidden: 1, first: 0.46 },
  h116: { all: 0.78, forbidden: 2, first: 0.71 },
  h117: { all: 0.75, forbidden: 1, first: 0.54 },
  h118: { all: 0.65, forbidden: 0, first: 0.55 },
  h119: { all: 0.7, forbidden: 0, first: 0.7 },
  h120: { all: 0.95, forbidden: 1, first: 0.82 },
  h121: { all: 0.8, forbidden: 2, first: 0.71 },
  h122: { all: 0.69, forbidden: 0, first: 0.67 },
  h123: { all: 0.75, forbidden: 2, first: 0.54 },
  h124: { all: 0.66, forbidden: 1, first: 0.65 },
  h125: { all: 0.89, forbidden: 0, first: 0.75 },
  h126: { all: 0.79, forbidden: 3, first: 0.52 },
  h127: { all: 0.87, forbidden: 0, first: 0.89 },
  h128: { all: 0.65, forbidden: 2, first: 0.62 },
  h129: { all: 0.67, forbidden: 0, first: 0.61 },
  h130: { all: 0.5, forbidden: 0, first: 0.46 },
  h131: { all: 0.77, forbidden: 0, first: 0.76 },
  h132: { all: 0.85, forbidden: 0, first: 0.84 },
  h133: { all: 0.88, forbidden: 1, first: 0.82 },
  h134: { all: 0.79, forbidden: 2, first: 0.64 },
  h135: { all: 0.78, forbidden: 1, first: 0.61 },
  h136: { all: 0.75, forbidden: 1, first: 0.68 },
  h137: { all: 0.66, forbidden: 0, first: 0.61 },
  h138: { all: 0.94, forbidden: 0, first: 0.91 },
  h139: { all: 0.63, forbidden: 0, first: 0.38 },
  h140: { all: 0.82, forbidden: 2, first: 0.76 },
  h141: { all: 0.88, forbidden: 1, first: 0.83 },
  h142: { all: 0.88, forbidden: 1, first: 0.81 },
  h143: { all: 0.73, forbidden: 1, first: 0.64 },
  h144: { all: 0.72, forbidden: 0, first: 0.58 },
  h145: { all: 0.72, forbidden: 0, first: 0.74 },
  h146: { all: 0.72, forbidden: 2, first: 0.66 },
  h147: { all: 0.84, forbidden: 0, first: 0.49 },
  h148: { all: 0.68, forbidden: 0, first: 0.67 },
  h149: { all: 0.94, forbidden: 0, first: 0.93 },
  h150: { all: 0.85, forbidden: 2, first: 0.87 },
  h151: { all: 0.87, forbidden: 0, first: 0.78 },
  h152: { all: 0.86, forbidden: 0, first: 0.69 },
  h153: { all: 0.74, forbidden: 0, first: 0.67 },
  h154: { all: 0.82, forbidden: 0, first: 0.76 },
  h155: { all: 0.62, forbidden: 1, first: 0.58 },
  h156: { all: 0.87, forbidden: 0, first: 0.55 },
  h157: { all: 0.84, forbidden: 0, first: 0.86 },
  h158: { all: 0.76, forbidden: 0, first: 0.77 },
  h159: { all: 0.94, forbidden: 0, first: 0.94 },
  h160: { all: 0.77, forbidden: 2, first: 0.66 },
  h161: { all: 0.68, forbidden: 0, first: 0.7 },
  h162: { all: 0.77, forbidden: 0, first: 0.79 },
  h163: { all: 0.89, forbidden: 0, first: 0.91 },
  h164: { all: 0.86, forbidden: 0, first: 0.88 },
  h165: { all: 0.84, forbidden: 0, first: 0.77 },
  h166: { all: 0.86, forbidden: 0, first: 0.88 },
  h167: { all: 0.68, forbidden: 1, first: 0.55 },
  h168: { all: 0.86, forbidden: 0, first: 0.82 },
  h169: { all: 0.54, forbidden: 1, first: 0.37 },
  h170: { all: 0.82, forbidden: 1, first: 0.78 },
  h171: { all: 0.82, forbidden: 1, first: 0.81 },
  h172: { all: 0.78, forbidden: 0, first: 0.68 },
  h173: { all: 0.66, forbidden: 0, first: 0.63 },
  h174: { all: 0.73, forbidden: 0, first: 0.71 },
  h175: { all: 0.8, forbidden: 0, first: 0.78 },
  h176: { all: 0.63, forbidden: 2, first: 0.62 },
  h177: { all: 0.41, forbidden: 0, first: 0.43 },
  h178: { all: 0.52, forbidden: 1, first: 0.54 },
  h179: { all: 0.66, forbidden: 1, first: 0.68 },
  h180: { all: 0.52, forbidden: 0, first: 0.54 },
  h181: { all: 0.56, forbidden: 2, first: 0.56 },
  h182: { all: 0.78, forbidden: 0, first: 0.8 },
  h183: { all: 0.44, forbidden: 1, first: 0.46 },
  h184: { all: 0.86, forbidden: 0, first: 0.88 },
  h185: { all: 0.87, forbidden: 0, first: 0.79 },
  h186: { all: 0.82, forbidden: 2, first: 0.79 },
  h187: { all: 0.86, forbidden: 0, first: 0.87 },
  h188: { all: 0.79, forbidden: 3, first: 0.76 },
  h189: { all: 0.85, forbidden: 0, first: 0.87 },
  h190: { all: 0.8, forbidden: 0, first: 0.45 },
  h191: { all: 0.85, forbidden: 0, first: 0.58 },
  h192: { all: 0.78, forbidden: 0, first: 0.77 },
  h193: { all: 0.7, forbidden: 0, first: 0.65 },
  h194: { all: 0.69, forbidden: 1, first: 0.66 },
  h195: { all: 0.74, forbidden: 0, first: 0.76 },
  h196: { all: 0.87, forbidden: 0, first: 0.82 },
  h197: { all: 0.79, forbidden: 0, first: 0.81 },
  h198: { all: 0.81, forbidden: 2, first: 0.83 },
  h199: { all: 0.83, forbidden: 2, first: 0.87 },
  h200: { all: 0.75, forbidden: 0, first: 0.65 },
  h201: { all: 0.9, forbidden: 0, first: 0.9 },
  h202: { all: 0.8, forbidden: 0, first: 0.71 },
  h203: { all: 0.78, forbidden: 0, first: 0.77 },
  h204: { all: 0.65, forbidden: 1, first: 0.55 },
  h205: { all: 0.81, forbidden: 0, first: 0.81 },
  h206: { all: 0.79, forbidden: 0, first: 0.81 },
  h207: { all: 0.89, forbidden: 1, first: 0.91 },
  h208: { all: 0.89, forbidden: 1, first: 0.91 },
  h209: { all: 0.94, forbidden: 0, first: 0.9 },
  h210: { all: 0.93, forbidden: 0, first: 0.92 },
  h211: { all: 0.77, forbidden: 2, first: 0.78 },
  h212: { all: 0.81, forbidden: 0, first: 0.62 },
  h213: { all: 0.77, forbidden: 3, first: 0.79 },
  h214: { all: 0.85, forbidden: 0, first: 0.87 },
  h215: { all: 0.8, forbidden: 1, first: 0.8 },
  h216: { all: 0.92, forbidden: 0, first: 0.9 },
  h217: { all: 0.81, forbidden: 0, first: 0.63 },
  h218: { all: 0.9, forbidden: 1, first: 0.78 },
  h219: { all: 0.82, forbidden: 1, first: 0.69 },
  h220: { all: 0.63, forbidden: 0, first: 0.62 },
  h221: { all: 0.84, forbidden: 0, first: 0.71 },
  h222: { all: 0.75, forbidden: 1, first: 0.74 },
  h223: { all: 0.88, forbidden: 0, first: 0.65 },
  h224: { all: 0.79, forbidden: 5, first: 0.65 },
  h225: { all: 0.86, forbidden: 3, first: 0.8 },
  h226: { all: 0.88, forbidden: 2, first: 0.88 },
  h227: { all: 0.95, forbidden: 0, first: 0.86 },
  h228: { all: 0.83, forbidden: 0, first: 0.65 },
  h229: { all: 0.85, forbidden: 1, first: 0.8 },
  h230: { all: 0.65, forbidden: 2, first: 0.62 },
  h231: { all: 0.9, forbidden: 1, first: 0.83 },
  h232: { all: 0.83, forbidden: 2, first: 0.82 },
  h233: { all: 0.75, forbidden: 2, first: 0.73 },
  h234: { all: 0.84, forbidden: 0, first: 0.83 },
  h235: { all: 0.92, forbidden: 0, first: 0.93 },
  h236: { all: 0.9, forbidden: 0, first: 0.87 },
  h237: { all: 0.91, forbidden: 0, first: 0.89 },
  h238: { all: 0.82, forbidden: 1, first: 0.81 },
  h239: { all: 0.82, forbidden: 1, first: 0.68 },
  h240: { all: 0.83, forbidden: 2, first: 0.8 },
  h241: { all: 0.85, forbidden: 4, first: 0.85 },
  h242: { all: 0.68, forbidden: 1, first: 0.69 },
  h243: { all: 0.88, forbidden: 2, first: 0.87 },
  h244: { all: 0.75, forbidden: 0, first: 0.52 },
};

for (const [name, floor] of Object.entries(REAL)) {
  describe(`unseen articles of real events: tests/extract/real-articles/${name} (first run ${floor.first})`, async () => {
    const folder = `tests/extract/real-articles/${name}`;
    const { graph } = await buildGraphFromPaths([folder]);
    const gold = JSON.parse(readFileSync(`${folder}/${name}.gold.json`, 'utf8')) as Gold;
    const score = scoreFacts(graph, gold);

    it(`keeps an F1 of at least ${floor.all} over the four relationships`, () => {
      expect(score.all.f1).toBeGreaterThanOrEqual(floor.all);
    });

    it(`asserts at most ${floor.forbidden} of the facts the gold forbids`, () => {
      expect(score.all.forbidden).toBeLessThanOrEqual(floor.forbidden);
    });
  });
}
