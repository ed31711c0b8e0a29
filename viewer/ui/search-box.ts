/**
 * The search field with its completion list (an ARIA combobox): type part of a name or an alias,
 * pick with the mouse or the arrow keys and Enter; the camera flies to the node and its panel opens.
 */
import { labelColor } from '../../src/graph/label-colors.ts';
import { byId, clear, el, swatch } from './dom.ts';
import type { SearchHit, SearchIndex } from './search-index.ts';

export function setupSearchBox(index: SearchIndex, limit: number, onPick: (key: string) => void): void {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('search-suggestions');
  let hits: SearchHit[] = [];
  let active = -1;

  const close = (): void => {
    list.hidden = true;
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const render = (): void => {
    clear(list);
    hits.forEach((hit, i) => {
      const option = el(
        'li',
        {
          className: i === active ? 'active' : '',
          attrs: { role: 'option', id: `search-option-${i}`, 'aria-selected': String(i === active) },
          dataset: { key: hit.key },
        },
        [
          swatch(labelColor(hit.labels)),
          el('span', { className: 'hit-name', text: hit.name }),
          hit.alias ? el('span', { className: 'hit-alias', text: `“${hit.alias}”` }) : null,
          el('span', { className: 'hit-label', text: hit.labels.join(', ') }),
        ],
      );
      // mousedown, not click: it fires before the input's blur closes the list.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(i);
      });
      list.append(option);
    });
    if (hits.length === 0 && input.value.trim() !== '') list.append(el('li', { className: 'muted empty', text: 'No match' }));
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
  };

  const pick = (i: number): void => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    input.blur();
    onPick(hit.key);
  };

  input.addEventListener('input', () => {
    hits = index.search(input.value, limit);
    active = hits.length > 0 ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '') {
      hits = index.search(input.value, limit);
      render();
    }
  });
  // "/" focuses the search, as in many tools, unless the user is typing somewhere.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key === '/' && target && !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
