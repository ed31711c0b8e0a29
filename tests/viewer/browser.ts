/**
 * Browser tests' plumbing: Debian's Chromium driven by playwright-core, the built viewer, and a
 * server for a fixture graph. The viewer is taken from dist/viewer when it is newer than its sources
 * (npm test builds it first); otherwise it is built into a temporary folder, never over dist.
 */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // WebGL without a GPU: sigma needs a context.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let built: Promise<string> | null = null;

/** A folder holding the current viewer build. */
export function viewerDir(): Promise<string> {
  built ??= (async () => {
    const dist = join(ROOT, 'dist/viewer');
    let distTime = 0;
    try {
      distTime = statSync(join(dist, 'index.html')).mtimeMs;
    } catch {
      // not built
    }
    const sources = Math.max(...['viewer', 'src/graph', 'src/export'].map((d) => newestMtime(join(ROOT, d))));
    if (distTime > sources) return dist;
    const out = mkdtempSync(join(tmpdir(), 'kg-viewer-'));
    await build({ configFile: join(ROOT, 'viewer/vite.config.ts'), build: { outDir: out, emptyOutDir: true }, logLevel: 'error' });
    return out;
  })();
  return built;
}

export async function serveGraph(graph: KnowledgeGraph, options: { allowWrite?: boolean } = {}): Promise<RunningServer> {
  return startServer({ graph, graphPath: 'fixture.json', port: 0, viewerDir: await viewerDir(), log: () => {}, ...options });
}

export interface ViewerPage {
  page: Page;
  /** Errors thrown in the page: a test fails if there are any. */
  errors: string[];
}

export async function openViewer(browser: Browser, url: string): Promise<ViewerPage> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
  const errors: string[] = [];
  const log: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => log.push(`${message.type()}: ${message.text()}`));
  page.on('requestfailed', (request) => log.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  await page.goto(url);
  try {
    await until(page, (v) => v?.ready === true);
  } catch (error) {
    const overlay = await page.locator('#loading').textContent().catch(() => '?');
    throw new Error(`test: the viewer did not get ready (overlay: ${overlay}; errors: ${errors.join(' | ')}; console: ${log.join(' | ')})`, {
      cause: error,
    });
  }
  return { page, errors };
}

/**
 * Waits until `predicate` holds for the page's test hook. Polls on a timer: waiting on animation
 * frames (playwright's default) stalls whenever a loaded machine delays the page's frames.
 */
export async function until(page: Page, predicate: (viewer: ViewerProbeShape) => boolean, timeout = 30_000): Promise<void> {
  // A function, not a string: the page's Content-Security-Policy forbids eval, which string predicates need.
  const check = new Function(`return (${predicate.toString()})(window.__kgViewer);`) as () => boolean;
  await page.waitForFunction(check, null, { polling: 50, timeout });
}

/** Reads the page's test hook (window.__kgViewer). */
export function probe<T>(page: Page, read: (viewer: ViewerProbeShape) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__kgViewer)`) as Promise<T>;
}

export interface ViewerProbeShape {
  ready: boolean;
  nodeCount: number;
  edgeCount: number;
  firstRenderMs: number | null;
  renders: number;
  queryStatus: string;
  resultNodes: string[];
  resultEdges: string[];
  highlightedNodes: string[];
  visibleNodeCount: number;
  visibleEdgeCount: number;
  selection: { kind: string; key: string } | null;
  hoveredNode: string | null;
  fadedNodes: string[];
  layout: { running: boolean; iterations: number; iterationsPerSecond: number };
  camera: { x: number; y: number; ratio: number };
  cameraMoving: boolean;
  cameraSettled: boolean;
  nodePosition(key: string): { x: number; y: number } | null;
}

const lastClick = new WeakMap<Page, number>();

/**
 * Clicks a node where sigma draws it, as a user would, once the camera is still. Two clicks closer
 * than sigma's doubleClickTimeout (300 ms) would make a double click (a zoom), so they are spaced.
 */
export async function clickNode(page: Page, key: string): Promise<void> {
  const wait = (lastClick.get(page) ?? 0) + 350 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  // Sigma finds the node under the mouse in what it last drew: wait for the camera's last position to be drawn.
  await until(page, (v) => v.cameraSettled);
  const at = await page.evaluate(`window.__kgViewer.nodePosition(${JSON.stringify(key)})`) as { x: number; y: number } | null;
  if (!at) throw new Error(`test: node ${key} is not drawn`);
  const box = (await page.locator('#graph').boundingBox())!;
  await page.mouse.click(box.x + at.x, box.y + at.y);
  lastClick.set(page, Date.now());
}

/** Pixels of the graph area that differ from the white background, from a real screenshot. */
export async function drawnPixels(page: Page): Promise<number> {
  const png = (await page.locator('#graph').screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    // Decoded without fetch(): the page's Content-Security-Policy allows no data: connections.
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 245 || pixels[i + 1] < 245 || pixels[i + 2] < 245) count++;
    return count;
  }, png);
}
