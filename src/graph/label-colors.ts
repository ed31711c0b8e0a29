/**
 * One colour per node label, shared by the viewer (nodes, legend) and the GEXF export (viz:color).
 * Browser-safe: no node: imports. Colours from Tableau 10, readable on white and distinct for the
 * common forms of colour blindness; labels outside the ontology get a stable colour from the rest.
 */

export const LABEL_COLORS: Record<string, string> = {
  Person: '#4e79a7',
  Country: '#59a14f',
  Organization: '#f28e2b',
  Event: '#b07aa1',
};

/** Colours for labels a user CREATEs, picked by a hash of the label so they never change between runs. */
export const EXTRA_LABEL_COLORS: readonly string[] = ['#e15759', '#76b7b2', '#edc948', '#ff9da7', '#9c755f'];

/** A node without labels. */
export const UNLABELED_COLOR = '#9aa0a6';

/** The colour of the first label that has one of its own, else a stable colour for the first label. */
export function labelColor(labels: readonly string[] | undefined): string {
  if (!labels || labels.length === 0) return UNLABELED_COLOR;
  for (const label of labels) {
    const color = LABEL_COLORS[label];
    if (color) return color;
  }
  return EXTRA_LABEL_COLORS[hashString(labels[0]) % EXTRA_LABEL_COLORS.length];
}

/** FNV-1a: small, stable across runs and platforms. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
