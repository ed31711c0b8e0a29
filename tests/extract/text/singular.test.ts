import { describe, expect, it } from 'vitest';
import { singular } from '../../../src/extract/text/singular.ts';

describe('singular', () => {
  it.each([
    ['émissaires américains', 'émissaire américain'],
    ['Premiers ministres', 'Premier ministre'],
    ["chefs d'État", "chef d'État"],
    ['envoyés français', 'envoyé français'],
    ['ministres hongrois', 'ministre hongrois'],
  ])('%s → %s', (plural, one) => {
    expect(singular(plural)).toBe(one);
  });
});
