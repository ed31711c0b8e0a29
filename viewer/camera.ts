/**
 * Camera moves: to one node (search, selection from a table) or around a set (a query result).
 * Positions are sigma's display data, in its normalised "framed graph" space where the whole graph
 * spans [0, 1] at ratio 1.
 */
import type Sigma from 'sigma';
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
 * Pans (without zooming) just enough to bring a node inside the viewport's inner area, with more room
 * on the right, where its label is written.
 */
export function keepInView(sigma: Sigma, key: string, settings: ViewerSettings): Promise<void> {
  const data = sigma.getNodeDisplayData(key);
  if (!data) return Promise.resolve();
  const at = sigma.framedGraphToViewport(data);
  const { width, height } = sigma.getDimensions();
  const target = {
    x: Math.min(Math.max(at.x, width * 0.08), width * 0.75),
    y: Math.min(Math.max(at.y, height * 0.1), height * 0.9),
  };
  if (target.x === at.x && target.y === at.y) return Promise.resolve();
  // The framed-graph point now drawn at `target` must move to where the node is.
  const shown = sigma.viewportToFramedGraph(target);
  const camera = sigma.getCamera().getState();
  return sigma
    .getCamera()
    .animate({ x: camera.x + data.x - shown.x, y: camera.y + data.y - shown.y }, { duration: settings.cameraDurationMs });
}
