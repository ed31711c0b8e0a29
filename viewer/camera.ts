/**
 * Camera moves: to one node (search, selection from a table) or around a set (a query result).
 * Positions are sigma's display data, in its normalised "framed graph" space where the whole graph
 * spans [0, 1] at ratio 1.
 */
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { ViewerSettings } from './settings.ts';

export function focusNode(sigma: Sigma, key: string, settings: ViewerSettings): Promise<void> {
  const data = sigma.getNodeDisplayData(key);
  if (!data) return Promise.resolve();
  const ratio = Math.min(sigma.getCamera().getState().ratio, settings.focusRatio);
  return sigma.getCamera().animate({ x: data.x, y: data.y, ratio }, { duration: settings.cameraDurationMs });
}

export function fitNodes(sigma: Sigma, keys: Iterable<string>, settings: ViewerSettings): Promise<void> {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let count = 0;
  for (const key of keys) {
    const data = sigma.getNodeDisplayData(key);
    if (!data) continue;
    count++;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (count === 0) return Promise.resolve();
  const extent = Math.max(maxX - minX, maxY - minY);
  // Some margin around the set, never closer than a single focused node, never further than the whole graph.
  const ratio = Math.max(settings.focusRatio / 2, Math.min(1, extent * 1.4));
  return sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: settings.cameraDurationMs });
}

/**
 * The camera state that pans (without zooming) just enough to bring a node inside the viewport's
 * inner area, with more room on the right, where its label is written; null if it is there already.
 */
export function revealState(sigma: Sigma, key: string): CameraState | null {
  const data = sigma.getNodeDisplayData(key);
  if (!data) return null;
  const at = sigma.framedGraphToViewport(data);
  const { width, height } = sigma.getDimensions();
  const target = {
    x: Math.min(Math.max(at.x, width * 0.08), width * 0.75),
    y: Math.min(Math.max(at.y, height * 0.1), height * 0.9),
  };
  if (target.x === at.x && target.y === at.y) return null;
  // The framed-graph point now drawn at `target` must move to where the node is.
  const shown = sigma.viewportToFramedGraph(target);
  const camera = sigma.getCamera().getState();
  return { ...camera, x: camera.x + data.x - shown.x, y: camera.y + data.y - shown.y };
}

function sameState(a: CameraState, b: CameraState): boolean {
  return Math.abs(a.x - b.x) < 1e-9 && Math.abs(a.y - b.y) < 1e-9 && Math.abs(a.ratio - b.ratio) < 1e-9 && a.angle === b.angle;
}

/**
 * The pans made so the selected node is not hidden by the panel, undone when the panel closes if the
 * user has not moved the camera meanwhile: closing the panel gives back the view it was opened from.
 */
export class PanelPans {
  private before: CameraState | null = null;
  private after: CameraState | null = null;

  constructor(
    private readonly sigma: Sigma,
    private readonly settings: ViewerSettings,
  ) {}

  reveal(key: string): void {
    const camera = this.sigma.getCamera();
    const start = camera.getState();
    if (this.after && !camera.isAnimated() && !sameState(start, this.after)) this.before = this.after = null; // the user moved
    const target = revealState(this.sigma, key);
    if (!target) return;
    this.before ??= start;
    this.after = target;
    void camera.animate(target, { duration: this.settings.cameraDurationMs });
  }

  restore(): void {
    const camera = this.sigma.getCamera();
    if (this.before && this.after && (camera.isAnimated() || sameState(camera.getState(), this.after))) {
      void camera.animate(this.before, { duration: this.settings.cameraDurationMs });
    }
    this.before = this.after = null;
  }
}

/**
 * Frames the whole drawing, labels included: sigma frames node positions, but labels are written to
 * the right of their nodes and the outermost ones would be cut. Measures what is drawn (nodes and the
 * labels sigma shows) and zooms out and recentres just enough, without animation. Zooming out lets
 * sigma show other labels, so small graphs are measured again after a redraw.
 */
export function frameWithLabels(sigma: Sigma, passes: number): void {
  for (let pass = 0; pass < passes; pass++) {
    if (!frameOnce(sigma, 12)) return;
    if (pass + 1 < passes) sigma.refresh();
  }
}

/** One measure-and-frame; false when everything was inside already. */
function frameOnce(sigma: Sigma, margin: number): boolean {
  const { width, height } = sigma.getDimensions();
  const context = document.createElement('canvas').getContext('2d');
  if (!context || width === 0 || height === 0) return false;
  const settings = sigma.getSettings();
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const labelled = sigma.getNodeDisplayedLabels();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  sigma.getGraph().forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const at = sigma.framedGraphToViewport(data);
    const radius = sigma.scaleSize(data.size);
    const label = labelled.has(node) && data.label ? 3 + context.measureText(data.label).width : 0;
    minX = Math.min(minX, at.x - radius);
    maxX = Math.max(maxX, at.x + radius + label);
    minY = Math.min(minY, at.y - Math.max(radius, settings.labelSize / 2));
    maxY = Math.max(maxY, at.y + Math.max(radius, settings.labelSize / 2));
  });
  if (minX === Infinity) return false;
  const inside = minX >= margin && maxX <= width - margin && minY >= margin && maxY <= height - margin;
  if (inside) return false;
  const zoom = Math.max(1, (maxX - minX) / (width - 2 * margin), (maxY - minY) / (height - 2 * margin));
  const centre = sigma.viewportToFramedGraph({ x: (minX + maxX) / 2, y: (minY + maxY) / 2 });
  const camera = sigma.getCamera();
  camera.setState({ x: centre.x, y: centre.y, ratio: camera.getState().ratio * zoom });
  return true;
}
