/**
 * Article text is untrusted. A graph whose names, aliases, properties, document title and evidence
 * carry markup (`<img src=x onerror=…>`, `<script>`, `<svg onload>`, `<iframe src=javascript:>`) is
 * opened in every view that shows text; each payload would set window.__xss if it ever ran. It must
 * stay unset, and the markup must show literally, as text, with no element created from it.
 * Then the same through the real pipeline: articles with markup, built by the extractor (`kg build`).
 */
import type { Browser, Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraphFromPaths } from '../../src/extract/index.ts';
import { evidenceList } from '../../viewer/ui/evidence-quote.ts';
import type { RunningServer } from '../../src/server/index.ts';
import { buildMarkupGraph, MARKUP_ALIAS, MARKUP_NAME, MARKUP_TITLE } from './fixture-graph.ts';
import { clickNode, launchChromium, openViewer, probe, serveGraph, until } from './browser.ts';

let browser: Browser;
let server: RunningServer;
let page: Page;
let errors: string[];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveGraph(buildMarkupGraph())]);
  ({ page, errors } = await openViewer(browser, server.url));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function nothingRan(): Promise<void> {
  // Give an injected element time to load and fire.
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as never as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(errors).toEqual([]);
}

/** Elements that only markup in the data could have created. */
async function injectedElements(): Promise<number> {
  return page.locator('#details, #results, #search-suggestions, #query-status, #query-error').locator('img, script, svg, iframe, b, u').count();
}

describe('markup in article text', () => {
  it('is shown as text in the panel of a node, its aliases, properties and evidence', async () => {
    await clickNode(page, 'person:markup');
    const details = page.locator('#details');
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.locator('h2').textContent()).toBe(MARKUP_NAME);
    expect(await details.locator('.aliases li').allTextContents()).toEqual([MARKUP_ALIAS]);
    expect(await details.locator('.properties dd').allTextContents()).toContain(MARKUP_TITLE);
    const quote = details.locator('.evidence blockquote').first();
    expect(await quote.textContent()).toBe(
      'Le 9 janvier 2026, <img src=x onerror="window.__xss=1"> a rencontré Emmanuel Macron à Paris <script>window.__xss=2</script>.',
    );
    // The name and the alias are found in the sentence and marked, still as text.
    expect(await quote.locator('mark').allTextContents()).toEqual([MARKUP_NAME, MARKUP_ALIAS]);
    expect(await details.locator('.evidence figcaption').first().textContent()).toContain('<b onmouseover="window.__xss=4">piège</b>');
    expect(await details.textContent()).toContain('<img src=y onerror="window.__xss=6">');
    expect(await injectedElements()).toBe(0);
    await nothingRan();
  });

  it('is shown as text in the search suggestions', async () => {
    await page.fill('#search-input', 'onerror');
    const option = page.locator('#search-suggestions li').first();
    await expect.poll(() => option.locator('.hit-name').textContent()).toBe(MARKUP_NAME);
    await page.fill('#search-input', 'script');
    await expect.poll(() => option.locator('.hit-alias').textContent()).toBe(`“${MARKUP_ALIAS}”`);
    expect(await injectedElements()).toBe(0);
    await page.keyboard.press('Enter');
    expect(await probe(page, (v) => v.selection)).toEqual({ kind: 'node', key: 'person:markup' });
    await nothingRan();
  });

  it('is shown as text in a query’s result table and in the panel of an event', async () => {
    await page.fill('#query-input', 'MATCH (p:Person)-[r:ATTENDED]->(e:Event) RETURN p.name AS name, p, r, e ORDER BY name');
    await page.click('#query-run');
    await until(page, (v) => v.queryStatus !== 'running');
    expect(await probe(page, (v) => v.queryStatus)).toBe('ok');
    const cells = await page.locator('#results tbody tr').first().locator('td').allTextContents();
    expect(cells[0]).toBe(MARKUP_NAME);
    expect(cells[1]).toBe(MARKUP_NAME);
    expect(cells[3]).toBe('Réunion <iframe src="javascript:window.__xss=5">');
    await page.locator('#results tbody tr').first().locator('button.cell-node').last().click();
    expect(await page.locator('#details h2').textContent()).toBe('Réunion <iframe src="javascript:window.__xss=5">');
    expect(await page.locator('#details .properties').textContent()).toContain('<u>Paris</u>');
    expect(await injectedElements()).toBe(0);
    await nothingRan();
  });
});

describe('markup in articles built with kg build', () => {
  it('is shown as text in the evidence of every relationship extracted from them', async () => {
    const corpus = fileURLToPath(new URL('../resources/viewer/markup-corpus/', import.meta.url));
    const { graph } = await buildGraphFromPaths([corpus]);
    // Every relationship's sentences, as the extractor recorded them.
    const withMarkup = graph.filterEdges((_edge, attributes) => evidenceList(attributes.evidence).some((e) => /<(img|script|b)\b/.test(e.text)));
    expect(withMarkup.length, 'the extractor found relationships in sentences with markup').toBeGreaterThan(0);

    const built = await serveGraph(graph);
    const viewer = await openViewer(browser, built.url);
    try {
      // Every node with relationships, opened from a query's result table.
      await viewer.page.fill('#query-input', 'MATCH (n)--() RETURN DISTINCT n');
      await viewer.page.click('#query-run');
      await until(viewer.page, (v) => v.queryStatus === 'ok');
      const buttons = viewer.page.locator('#results button.cell-node');
      const count = await buttons.count();
      expect(count).toBe(graph.filterNodes((n) => graph.degree(n) > 0).length);
      for (let i = 0; i < count; i++) {
        await buttons.nth(i).click();
        const node = (await probe(viewer.page, (v) => v.selection?.key))!;
        const details = viewer.page.locator('#details');
        const expected = graph.reduceEdges(
          (texts, _edge, attributes, source, target) =>
            source === node || target === node ? [...texts, ...evidenceList(attributes.evidence).map((e) => e.text)] : texts,
          [] as string[],
        );
        const shown = await details.locator('.evidence blockquote').allTextContents();
        // Every quote is the recorded sentence, character for character: markup included, as text.
        expect(new Set(shown)).toEqual(new Set(expected));
        expect(await details.locator('img, script, b, svg, iframe').count()).toBe(0);
      }
      await viewer.page.waitForTimeout(300);
      expect(await viewer.page.evaluate(() => (window as never as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(viewer.errors).toEqual([]);
    } finally {
      await viewer.page.close();
      await built.close();
    }
  });
});
