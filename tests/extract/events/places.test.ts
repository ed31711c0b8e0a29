import { describe, expect, it } from 'vitest';
import { factsOf } from '../helpers.ts';

describe('a venue told by where it lies', () => {
  it('"au quartier général de Northwood, dans la banlieue de Londres": held at Northwood, not in London', () => {
    const text = "Publié le 10 mars 2026\n\nUne trentaine de chefs d'état-major se sont retrouvés mardi au quartier général interarmées de Northwood, dans la banlieue nord-ouest de Londres. Le général Ivan Petrenko avait fait le déplacement.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Ivan Petrenko -ATTENDED-> Réunion de Northwood']);
  });

  it('a name after "de" with nothing telling where it lies is no place ("à Paris, au siège de Dassault": Paris)', () => {
    const text = "Publié le 10 mars 2026\n\nLes ministres se sont retrouvés mardi à Paris, au siège de Dassault. Le ministre Ivan Petrenko avait fait le déplacement.\n";
    expect(factsOf(text, 'ATTENDED')).toEqual(['Ivan Petrenko -ATTENDED-> Réunion de Paris']);
  });
});
