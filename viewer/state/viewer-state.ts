/**
 * What the user has done to the view: hover, selection, filters, the query result on show.
 * One store, replaced immutably; the reducers read it, the panels and the URL follow it.
 */

export type Selection = { kind: 'node'; key: string } | { kind: 'edge'; key: string } | null;

export interface QueryHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface ViewerState {
  hoveredNode: string | null;
  /** The hovered node's neighbours, computed once per hover. */
  hoveredNeighbors: ReadonlySet<string>;
  selection: Selection;
  hiddenLabels: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  result: QueryHighlight | null;
  /** Highlight the result in the whole graph, or show the result alone. */
  resultMode: 'highlight' | 'only';
  /** ForceAtlas2 is running in the worker. */
  layoutRunning: boolean;
}

export const INITIAL_STATE: ViewerState = Object.freeze({
  hoveredNode: null,
  hoveredNeighbors: new Set<string>(),
  selection: null,
  hiddenLabels: new Set<string>(),
  hiddenTypes: new Set<string>(),
  result: null,
  resultMode: 'highlight',
  layoutRunning: false,
});

export type Listener = (state: ViewerState, previous: ViewerState) => void;

export class Store {
  private current: ViewerState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: ViewerState = INITIAL_STATE) {
    this.current = initial;
  }

  get state(): ViewerState {
    return this.current;
  }

  update(change: Partial<ViewerState>): void {
    const previous = this.current;
    this.current = { ...previous, ...change };
    for (const listener of this.listeners) listener(this.current, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function toggled(set: ReadonlySet<string>, value: string): Set<string> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
