import { describe, expect, it } from 'vitest';
import { findSpans } from '../../viewer/ui/highlight-spans.ts';

function marked(text: string, terms: string[]): string[] {
  return findSpans(text, terms).map((s) => text.slice(s.start, s.end));
}

describe('findSpans', () => {
  it('marks every name and alias of the claim’s ends, as whole words, in sentence order', () => {
    const text = "La première ministre italienne, Giorgia Meloni, a souligné que l'Italie ne prévoit pas d'envoyer de troupes.";
    expect(marked(text, ['Giorgia Meloni', 'Meloni', 'Italie', 'italienne'])).toEqual(['italienne', 'Giorgia Meloni', 'Italie']);
  });

  it('ignores case, accents and typographic apostrophes, and marks the original characters', () => {
    const text = 'Le sommet de l’Élysée a réuni l’UNION EUROPÉENNE.';
    expect(marked(text, ['elysee', "l'union europeenne"])).toEqual(['Élysée', 'l’UNION EUROPÉENNE']);
  });

  it('does not mark a name inside a longer word', () => {
    expect(marked('Les Italiens et l’Italie.', ['Italie'])).toEqual(['Italie']);
    expect(marked('UEFA et UE', ['UE'])).toEqual(['UE']);
  });

  it('prefers the longest name where names overlap, and skips one-letter terms', () => {
    expect(marked('Emmanuel Macron et Macron', ['Macron', 'Emmanuel Macron', 'E'])).toEqual(['Emmanuel Macron', 'Macron']);
  });

  it('finds markup as text', () => {
    expect(marked('a <img src=x onerror="f()"> b', ['<img src=x onerror="f()">'])).toEqual(['<img src=x onerror="f()">']);
  });
});
