/**
 * The legend, which is also the filter: one line per label (its colour, its count) and per
 * relationship type, from the graph's schema (src/graph/graph-schema.ts, sent by the server);
 * unticking hides them.
 */
import type { SchemaEntry } from '../../src/graph/graph-schema.ts';
import { labelColor } from '../../src/graph/label-colors.ts';
import type { DisplayGraph, GraphData } from '../graph/display-graph.ts';
import { relTypeColor } from '../graph/rel-type-colors.ts';
import { toggled, type Store } from '../state/viewer-state.ts';
import { byId, clear, el, swatch } from './dom.ts';

/** Most frequent first, then by name. */
function byCount(entries: readonly SchemaEntry[]): SchemaEntry[] {
  return [...entries].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
}

export function setupLegend(graph: DisplayGraph, data: GraphData, store: Store): void {
  const labelList = byId('legend-labels');
  clear(labelList);
  const labels = byCount(data.schema.labels);
  // Nodes without a label (a user's CREATE) are not in the schema's labels: filtered under "(no label)" = ''.
  const unlabeled = graph.filterNodes((_node, attributes) => attributes.labels.length === 0).length;
  if (unlabeled > 0) labels.push({ name: '', count: unlabeled });
  for (const { name, count } of labels) {
    labelList.append(
      filterRow(name === '' ? '(no label)' : name, count, labelColor(name === '' ? [] : [name]), { label: name }, () =>
        store.update({ hiddenLabels: toggled(store.state.hiddenLabels, name) }),
      ),
    );
  }
  const typeList = byId('legend-types');
  clear(typeList);
  for (const { name, count } of byCount(data.schema.relationshipTypes)) {
    typeList.append(
      filterRow(name, count, relTypeColor(name), { type: name }, () => store.update({ hiddenTypes: toggled(store.state.hiddenTypes, name) })),
    );
  }
  if (data.schema.relationshipTypes.length === 0) typeList.append(el('li', { className: 'muted', text: 'No relationships.' }));
}

function filterRow(name: string, count: number, color: string, dataset: Record<string, string>, onToggle: () => void): HTMLElement {
  const box = el('input', { attrs: { type: 'checkbox', 'aria-label': `Show ${name}` }, dataset });
  box.checked = true;
  box.addEventListener('change', onToggle);
  return el('li', {}, [
    el('label', { className: 'filter' }, [
      box,
      swatch(color),
      el('span', { className: 'filter-name', text: name }),
      el('span', { className: 'count', text: count.toLocaleString('en') }),
    ]),
  ]);
}
