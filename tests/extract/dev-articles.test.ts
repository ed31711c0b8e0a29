/**
 * Articles the rules were not written from (tests/extract/dev-articles, hand gold in dev.gold.json):
 * the extraction must keep generalizing. The floors are the scores reached when they were set, a
 * little below; raise them when the rules improve.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraphFromPaths } from '../../src/extract/index.ts';
import { scoreFacts, type Gold } from './gold-score.ts';

const FOLDER = 'tests/extract/dev-articles';

describe('unseen articles (development set)', async () => {
  const { graph } = await buildGraphFromPaths([FOLDER]);
  const gold = JSON.parse(readFileSync(`${FOLDER}/dev.gold.json`, 'utf8')) as Gold;
  const score = scoreFacts(graph, gold);

  it.each([
    ['ATTENDED', 0.85],
    ['LEADS', 0.9],
    ['REFUSES_TROOPS', 0.8],
    ['PLEDGES', 0.75],
    ['all', 0.85],
  ] as const)('%s keeps an F1 of at least %d', (type, floor) => {
    expect(score[type].f1).toBeGreaterThanOrEqual(floor);
  });

  it('asserts nothing the gold forbids', () => {
    expect(score.all.forbidden).toBe(0);
  });
});
