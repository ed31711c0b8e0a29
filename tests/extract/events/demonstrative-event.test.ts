import { describe, expect, it } from 'vitest';
import { graphOf } from '../helpers.ts';

describe('an event named with a demonstrative', () => {
  it('"Ce sommet avait été préparé la veille par un entretien…": the summit keeps its own day; the eve is the talk\'s', () => {
    const text =
      "Publié le : 27/01/2027 - 18:40\n\nLes dirigeants indien, japonais et australien ont donné ce mercredi à New Delhi le coup d'envoi d'une initiative de patrouille. Le Premier ministre indien, Raj Malhotra, hôte de ce sommet consacré à la sécurité maritime, a reçu ses invités. Ce sommet avait été préparé la veille par un entretien bilatéral entre Raj Malhotra et Tom Kerr, mardi soir à Hyderabad House.\n";
    const graph = graphOf(text);
    const events = graph.filterNodes((_, a) => (a.labels as string[]).includes('Event')).map((k) => `${graph.getNodeAttribute(k, 'kind')} ${graph.getNodeAttribute(k, 'date')}`).sort();
    expect(events).toEqual(['summit 2027-01-27', 'talk 2027-01-26']);
  });
});
