/**
 * The legend, which is also the filter: one line per label (its colour, its count) and per
 * relationship type; unticking hides them. Counts come from the graph on show.
 */
import { labelColor } from '../../src/graph/label-colors.ts';
import type { DisplayGraph } from '../graph/display-graph.ts';
import { relTypeColor } from '../graph/rel-type-colors.ts';
import { toggled, type Store } from '../state/viewer-state.ts';
import { byId, clear, el, swatch } from './dom.ts';

export function countBy(values: Iterable<string>): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export function setupLegend(graph: DisplayGraph, store: Store): void {
  const labels = countBy(
    (function* () {
      for (const node of graph.nodes()) {
        const nodeLabels = graph.getNodeAttribute(node, 'labels');
        if (nodeLabels.length === 0) yield '';
        else yield* nodeLabels;
      }
    })(),
  );
  const types = countBy(graph.mapEdges((_edge, attributes) => attributes.relType));

  const labelList = byId('legend-labels');
  clear(labelList);
  for (const [label, count] of labels) {
    labelList.append(
      filterRow(label === '' ? '(no label)' : label, count, label === '' ? labelColor([]) : labelColor([label]), 'label', () =>
        store.update({ hiddenLabels: toggled(store.state.hiddenLabels, label) }),
      ),
    );
  }
  const typeList = byId('legend-types');
  clear(typeList);
  for (const [type, count] of types) {
    typeList.append(filterRow(type || '(no type)', count, relTypeColor(type), 'type', () => store.update({ hiddenTypes: toggled(store.state.hiddenTypes, type) })));
  }
  if (types.length === 0) typeList.append(el('li', { className: 'muted', text: 'No relationships.' }));
}

function filterRow(name: string, count: number, color: string, kind: string, onToggle: () => void): HTMLElement {
  const box = el('input', { attrs: { type: 'checkbox', 'aria-label': `Show ${name}` }, dataset: { [kind]: name } });
  box.checked = true;
  box.addEventListener('change', onToggle);
  return el('li', {}, [
    el('label', { className: 'filter' }, [box, swatch(color), el('span', { className: 'filter-name', text: name }), el('span', { className: 'count', text: count.toLocaleString('en') })]),
  ]);
}
