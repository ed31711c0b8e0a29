/**
 * The query box: runs Cypher through POST /api/query, shows the rows in a table, hands the touched
 * subgraph to the state (highlighted or shown alone), and shows errors inline with their position,
 * the caret moved there. The query lives in the URL (?q=…&view=only) so a view can be shared,
 * reloaded, and walked back with the browser's history.
 */
import { ApiError, postQuery } from '../api/client.ts';
import type { QueryPayload } from '../api/types.ts';
import type { ViewerSettings } from '../settings.ts';
import type { Store } from '../state/viewer-state.ts';
import { byId, clear, el } from './dom.ts';
import { resultTable, type TableContext } from './result-table.ts';

export interface QueryPanelContext extends TableContext {
  store: Store;
  settings: ViewerSettings;
  /** Called with the result's node keys once it is on show (to frame them). */
  onResult(payload: QueryPayload): void;
  /** Called when the user clears the query (to go back to the whole graph). */
  onClear(): void;
}

export interface QueryPanel {
  run(query: string, options?: { pushHistory?: boolean }): Promise<void>;
  /** Empties the box and the result; `updateUrl` false when following the browser's history. */
  clear(updateUrl?: boolean): void;
  /** The last run: 'idle' | 'running' | 'ok' | 'error'. */
  readonly status: string;
}

export function setupQueryPanel(context: QueryPanelContext): QueryPanel {
  const input = byId<HTMLTextAreaElement>('query-input');
  const runButton = byId<HTMLButtonElement>('query-run');
  const clearButton = byId<HTMLButtonElement>('query-clear');
  const modeSelect = byId<HTMLSelectElement>('query-mode');
  const status = byId('query-status');
  const errorBox = byId('query-error');
  const results = byId('results');
  const resultsTitle = byId('results-title');
  const resultsBody = byId('results-body');
  byId('results-close').addEventListener('click', () => {
    results.hidden = true;
  });

  let controller: AbortController | null = null;
  let state = 'idle';

  const params = new URLSearchParams(location.search);
  modeSelect.value = params.get('view') === 'only' ? 'only' : 'highlight';
  context.store.update({ resultMode: modeSelect.value as 'highlight' | 'only' });

  modeSelect.addEventListener('change', () => {
    context.store.update({ resultMode: modeSelect.value as 'highlight' | 'only' });
    writeUrl(currentUrlQuery(), false);
  });
  runButton.addEventListener('click', () => void panel.run(input.value));
  clearButton.addEventListener('click', () => panel.clear());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey || event.shiftKey)) {
      event.preventDefault();
      void panel.run(input.value);
    }
  });
  input.addEventListener('input', () => {
    errorBox.hidden = true;
  });
  window.addEventListener('popstate', () => {
    const q = currentUrlQuery();
    if (q) void panel.run(q, { pushHistory: false });
    else panel.clear(false);
  });

  function writeUrl(query: string, push: boolean): void {
    const search = new URLSearchParams();
    if (query) search.set('q', query);
    if (modeSelect.value === 'only') search.set('view', 'only');
    const url = `${location.pathname}${search.size > 0 ? '?' + search.toString() : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  function showError(error: ApiError | Error): void {
    errorBox.hidden = false;
    errorBox.textContent = error.message;
    status.textContent = error instanceof ApiError && error.status === 403 ? 'Refused' : 'Error';
    status.className = 'status error';
    if (error instanceof ApiError && typeof error.offset === 'number') {
      const offset = Math.min(error.offset, input.value.length);
      input.focus();
      input.setSelectionRange(offset, Math.min(offset + 1, input.value.length));
    }
  }

  const panel: QueryPanel = {
    get status() {
      return state;
    },

    async run(query, options = {}) {
      const text = query.trim();
      if (text === '') return;
      input.value = query;
      controller?.abort();
      controller = new AbortController();
      const mine = controller;
      state = 'running';
      status.textContent = 'Running…';
      status.className = 'status';
      errorBox.hidden = true;
      runButton.disabled = true;
      writeUrl(query, options.pushHistory ?? true);
      try {
        const payload = await postQuery(query, {}, mine.signal);
        if (mine !== controller) return;
        state = 'ok';
        showResult(payload);
      } catch (error) {
        if (mine !== controller || (error as Error).name === 'AbortError') return;
        state = 'error';
        context.store.update({ result: null });
        showError(error as Error);
      } finally {
        if (mine === controller) runButton.disabled = false;
      }
    },

    clear(updateUrl = true) {
      controller?.abort();
      controller = null;
      state = 'idle';
      input.value = '';
      errorBox.hidden = true;
      results.hidden = true;
      status.textContent = '';
      runButton.disabled = false;
      context.store.update({ result: null });
      context.onClear();
      if (updateUrl) writeUrl('', true);
    },
  };

  function showResult(payload: QueryPayload): void {
    const nodes = new Set(payload.nodes.map((n) => String(n.key)));
    const edges = new Set(payload.relationships.map((e) => String(e.key)));
    context.store.update({ result: nodes.size > 0 || edges.size > 0 ? { nodes, edges } : null });

    const rowCount = payload.rows.length;
    const writes = Object.entries(payload.stats ?? {}).filter(([, n]) => typeof n === 'number' && n > 0);
    status.className = 'status ok';
    status.textContent =
      `${rowCount} row${rowCount === 1 ? '' : 's'} · ${payload.elapsedMs} ms` +
      (nodes.size > 0 ? ` · ${nodes.size} node${nodes.size === 1 ? '' : 's'}, ${edges.size} relationship${edges.size === 1 ? '' : 's'}` : '') +
      (writes.length > 0 ? ` · ${writes.map(([k, n]) => `${k} ${n}`).join(', ')} (reload the page to see the changes)` : '');

    clear(resultsBody);
    resultsTitle.textContent =
      rowCount > context.settings.tableMaxRows ? `Result · first ${context.settings.tableMaxRows} of ${rowCount} rows` : `Result · ${rowCount} row${rowCount === 1 ? '' : 's'}`;
    if (payload.columns.length === 0) resultsBody.append(el('p', { className: 'muted', text: 'No columns.' }));
    else resultsBody.append(resultTable(payload.columns, payload.rows, context.settings.tableMaxRows, context));
    results.hidden = false;
    context.onResult(payload);
  }

  return panel;
}

export function currentUrlQuery(): string {
  return new URLSearchParams(location.search).get('q') ?? '';
}
