import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable } from '../../src/format/text-table.ts';

describe('renderTable', () => {
  it('draws frameless columns with a margin and right-aligned numbers', () => {
    expect(renderTable(undefined, [[':Person', '4'], [':Organization', '12']], { frame: false, indent: '  ', alignRight: [false, true] })).toBe(
      ['  :Person         4', '  :Organization  12'].join('\n'),
    );
  });

  it('cuts whole graphemes, counting wide ones as two columns', () => {
    const table = renderTable(['name'], [['北京東京大阪名古屋'], ['Zoë Zoë Zoë Zoë'], ['🇫🇷🇫🇷🇫🇷🇫🇷🇫🇷🇫🇷']], { frame: true, maxWidth: 12 });
    expect(table).toBe(
      ['+----------+', '| name     |', '+----------+', '| 北京東…  |', '| Zoë Zoë… |', '| 🇫🇷🇫🇷🇫🇷…  |', '+----------+'].join('\n'),
    );
    for (const line of table.split('\n')) expect(displayWidth(line)).toBe(12);
  });

  it('dresses cells after measuring them, so colour codes do not shift the columns', () => {
    const table = renderTable(['a', 'b'], [['x', 'y']], { frame: true, dress: (text, row) => (row < 0 ? `\u001b[1m${text}\u001b[22m` : text) });
    expect(table.split('\n')[1]).toBe('| \u001b[1ma\u001b[22m | \u001b[1mb\u001b[22m |');
  });

  it('measures French text, punctuation and emoji as a terminal draws them', () => {
    expect(displayWidth('Élysée « l’Ukraine » – 90 €')).toBe(27);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('👩‍👩‍👧')).toBe(2);
    expect(displayWidth('北京')).toBe(4);
  });
});
