/**
 * The viewer in Debian's Chromium: drawing, legend and filters, hover, the node and edge panels with
 * their evidence, search, the query box (highlight, errors, URL), the layout worker and the exports.
 */
import { readFileSync } from 'node:fs';
import { parse as parseGexf } from 'graphology-gexf';
import graphology from 'graphology';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/index.ts';
import { buildSummitGraph } from './fixture-graph.ts';
import { clickNode, drawnPixels, launchChromium, openViewer, probe, serveGraph, until, type ViewerPage } from './browser.ts';

const ATTENDED_QUERY = 'MATCH (p:Person)-[r:ATTENDED]->(e:Event)\nRETURN p.name AS name, r, e\nORDER BY name';
const ATTENDEES = ['event:2026-01-06-paris-summit', 'person:emmanuel-macron', 'person:keir-starmer', 'person:volodymyr-zelensky'];

let browser: Browser;
let server: RunningServer;
let opened: ViewerPage[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveGraph(buildSummitGraph())]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  for (const { page, errors } of opened) {
    await page.close();
    expect(errors, 'errors thrown in the page').toEqual([]);
  }
  opened = [];
});

async function open(search = ''): Promise<Page> {
  const viewer = await openViewer(browser, server.url + search);
  opened.push(viewer);
  return viewer.page;
}

async function runQuery(page: Page, query: string): Promise<void> {
  await page.fill('#query-input', query);
  await page.click('#query-run');
  await until(page, (v) => ['ok', 'error'].includes(v.queryStatus));
}

describe('the viewer page', () => {
  it('draws the graph in WebGL, with a legend of labels and relationship types', async () => {
    const page = await open();
    expect(await probe(page, (v) => [v.nodeCount, v.edgeCount])).toEqual([11, 17]);
    expect(await probe(page, (v) => v.firstRenderMs)).toBeGreaterThan(0);
    // Nodes, edges and labels cover a good part of the white stage.
    expect(await drawnPixels(page)).toBeGreaterThan(5_000);

    const legend = (list: string) =>
      page.locator(`${list} .filter`).evaluateAll((rows) =>
        rows.map((row) => `${row.querySelector('.filter-name')?.textContent} ${row.querySelector('.count')?.textContent}`),
      );
    expect(await legend('#legend-labels')).toEqual(['Country 4', 'Person 4', 'Organization 2', 'Event 1']);
    expect(await legend('#legend-types')).toEqual([
      'LEADS 6',
      'ATTENDED 3',
      'MEMBER_OF 2',
      'PLEDGES 2',
      'REFUSES_TROOPS 2',
      'REPRESENTS 2',
    ]);
    expect(await page.title()).toBe('fixture.json · kg view');
  });

  it('runs a query from the box, highlights its subgraph and keeps the query in the URL', async () => {
    const page = await open();
    await runQuery(page, ATTENDED_QUERY);
    expect(await probe(page, (v) => v.queryStatus)).toBe('ok');
    expect(await probe(page, (v) => v.resultNodes)).toEqual(ATTENDEES);
    expect(await probe(page, (v) => v.resultEdges)).toHaveLength(3);
    expect(await probe(page, (v) => v.highlightedNodes)).toEqual(ATTENDEES);
    // Everything else steps back.
    expect(await probe(page, (v) => v.fadedNodes.length)).toBe(11 - ATTENDEES.length);

    const rows = page.locator('#results tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await page.locator('#results th').allTextContents()).toEqual(['name', 'r', 'e']);
    expect(await rows.first().locator('td').first().textContent()).toBe('Emmanuel Macron');
    expect(await page.locator('#query-status').textContent()).toMatch(/^3 rows/);

    expect(new URL(page.url()).searchParams.get('q')).toBe(ATTENDED_QUERY);
    // A shared link or a reload shows the same result.
    await page.reload();
    await until(page, (v) => v?.queryStatus === 'ok');
    expect(await page.inputValue('#query-input')).toBe(ATTENDED_QUERY);
    expect(await probe(page, (v) => v.highlightedNodes)).toEqual(ATTENDEES);

    // The browser's back button walks the queries.
    await runQuery(page, 'MATCH (c:Country {iso2: "IT"}) RETURN c');
    expect(await probe(page, (v) => v.resultNodes)).toEqual(['country:IT']);
    await page.goBack();
    await until(page, (v) => v.queryStatus === 'ok' && v.resultNodes.length === 4);
    expect(await page.inputValue('#query-input')).toBe(ATTENDED_QUERY);

    // The result alone.
    await page.selectOption('#query-mode', 'only');
    expect(await probe(page, (v) => v.visibleNodeCount)).toBe(4);
    expect(await probe(page, (v) => v.visibleEdgeCount)).toBe(3);
    expect(new URL(page.url()).searchParams.get('view')).toBe('only');

    // A node of the table opens in the panel.
    await page.locator('#results tbody tr').first().locator('button.cell-node').first().click();
    expect(await probe(page, (v) => v.selection)).toEqual({ kind: 'node', key: 'event:2026-01-06-paris-summit' });
  });

  it('shows a bad query’s error inline, with its position', async () => {
    const page = await open();
    await runQuery(page, 'MATCH (p:Person)\nRETURN p.name AS name,');
    expect(await probe(page, (v) => v.queryStatus)).toBe('error');
    const error = page.locator('#query-error');
    await expect.poll(() => error.isVisible()).toBe(true);
    const message = (await error.textContent()) ?? '';
    expect(message).toMatch(/line 2/i);
    expect(message).toContain('^');
    expect(await probe(page, (v) => v.resultNodes)).toEqual([]);
    // The caret of the box is put where the error is.
    const caret = await page.evaluate(() => (document.getElementById('query-input') as HTMLTextAreaElement).selectionStart);
    expect(caret).toBeGreaterThan('MATCH (p:Person)\n'.length);
  });

  it('refuses write clauses in a read-only viewer', async () => {
    const page = await open();
    await runQuery(page, "CREATE (n:Person {name: 'Intrus'}) RETURN n");
    expect(await probe(page, (v) => v.queryStatus)).toBe('error');
    expect(await page.locator('#query-error').textContent()).toMatch(/read-only|--allow-write/);
    expect(await page.locator('#query-status').textContent()).toBe('Refused');
  });

  it('opens a clicked node: labels, properties, aliases, relationships by type, each with its evidence', async () => {
    const page = await open();
    await clickNode(page, 'person:giorgia-meloni');
    expect(await probe(page, (v) => v.selection)).toEqual({ kind: 'node', key: 'person:giorgia-meloni' });
    const details = page.locator('#details');
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.locator('h2').textContent()).toBe('Giorgia Meloni');
    expect(await details.locator('.chip').first().textContent()).toBe('Person');
    expect(await details.locator('.aliases li').allTextContents()).toEqual(['Meloni']);
    expect(await details.locator('.properties').textContent()).toContain('première ministre italienne');
    expect(await details.locator('.rel-group h4').allTextContents()).toEqual(['LEADS1', 'REFUSES_TROOPS1']);

    const refusal = details.locator('.rel-group[data-type="REFUSES_TROOPS"] .rel').first();
    expect(await refusal.locator('.node-link').textContent()).toBe('Ukraine');
    const quote = refusal.locator('.evidence').first();
    expect(await quote.locator('blockquote').textContent()).toBe(
      "La première ministre italienne, Giorgia Meloni, a souligné que l'Italie ne prévoit pas d'envoyer de troupes au sol en Ukraine.",
    );
    // The entities of the claim are marked in the sentence.
    expect(await quote.locator('mark').allTextContents()).toEqual(['Giorgia Meloni', 'Ukraine']);
    expect(await quote.locator('figcaption').textContent()).toContain('Sommet de Paris : les garanties de sécurité');
    expect(await quote.locator('figcaption').textContent()).toMatch(/chars \d+–\d+/);

    // The arrow opens the relationship itself.
    await refusal.locator('.rel-direction').click();
    expect(await probe(page, (v) => v.selection?.kind)).toBe('edge');
    expect(await details.locator('h2').textContent()).toBe('REFUSES_TROOPS');
    expect(await details.locator('.edge-ends').textContent()).toBe('Giorgia Meloni —REFUSES_TROOPS→ Ukraine');
    expect(await details.locator('.properties').textContent()).toContain('0.8');
    expect(await details.locator('.evidence').count()).toBe(1);

    await page.keyboard.press('Escape');
    expect(await details.isVisible()).toBe(false);
  });

  it('opens a relationship clicked on the canvas, with its evidence', async () => {
    const page = await open();
    // Royaume-Uni —PLEDGES→ Ukraine is the only edge between them: a straight line; click its middle.
    const [a, b] = await Promise.all([
      probe(page, (v) => v.nodePosition('country:GB')),
      probe(page, (v) => v.nodePosition('country:UA')),
    ]);
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + (a!.x + b!.x) / 2, box.y + (a!.y + b!.y) / 2);
    expect(await probe(page, (v) => v.selection)).toEqual({ kind: 'edge', key: 'country:GB-PLEDGES-country:UA' });
    const details = page.locator('#details');
    expect(await details.locator('.properties').textContent()).toContain('plusieurs milliers de soldats');
    expect(await details.locator('.evidence blockquote').textContent()).toBe(
      'Le Royaume-Uni enverra plusieurs milliers de soldats en Ukraine après un cessez-le-feu, a indiqué Keir Starmer.',
    );
    expect(await details.locator('.evidence mark').allTextContents()).toEqual(['Royaume-Uni', 'Ukraine']);
  });

  it('brings the neighbourhood forward on hover', async () => {
    const page = await open();
    const at = (await probe(page, (v) => v.nodePosition('person:giorgia-meloni')))!;
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await until(page, (v) => v.hoveredNode !== null);
    // Meloni's neighbours are Italie and Ukraine: the 8 other nodes fade.
    expect(await probe(page, (v) => v.fadedNodes.length)).toBe(8);
    expect(await probe(page, (v) => v.fadedNodes)).not.toContain('country:IT');
  });

  it('completes names and aliases in the search and flies to the node', async () => {
    const page = await open();
    const before = await probe(page, (v) => v.camera);
    await page.click('#search-input');
    await page.keyboard.type('londres');
    const options = page.locator('#search-suggestions li');
    await expect.poll(() => options.count()).toBe(1);
    expect(await options.first().locator('.hit-name').textContent()).toBe('Royaume-Uni');
    expect(await options.first().locator('.hit-alias').textContent()).toBe('“Londres”');

    await page.fill('#search-input', 'meloni');
    await expect.poll(() => options.first().locator('.hit-name').textContent()).toBe('Giorgia Meloni');
    await page.keyboard.press('Enter');
    expect(await probe(page, (v) => v.selection)).toEqual({ kind: 'node', key: 'person:giorgia-meloni' });
    // The camera zooms in on the node.
    await expect.poll(() => probe(page, (v) => v.camera.ratio)).toBeLessThan(before.ratio);
    expect(await page.locator('#details h2').textContent()).toBe('Giorgia Meloni');
  });

  it('hides the labels and relationship types unticked in the legend', async () => {
    const page = await open();
    await page.locator('#legend-labels input[data-label="Person"]').uncheck();
    expect(await probe(page, (v) => v.visibleNodeCount)).toBe(7);
    // Relationships lose an end with the people: only those between the 7 others remain.
    expect(await probe(page, (v) => v.visibleEdgeCount)).toBe(7);
    await page.locator('#legend-types input[data-type="MEMBER_OF"]').uncheck();
    expect(await probe(page, (v) => v.visibleEdgeCount)).toBe(5);
    await page.locator('#legend-labels input[data-label="Person"]').check();
    expect(await probe(page, (v) => v.visibleNodeCount)).toBe(11);
  });

  it('runs ForceAtlas2 in a web worker, started and stopped from the page', async () => {
    const page = await open();
    const before = (await probe(page, (v) => v.nodePosition('country:UA')))!;
    await page.click('#layout-toggle');
    expect(await page.locator('#layout-toggle').textContent()).toBe('Stop layout');
    await until(page, (v) => v.layout.iterations >= 20);
    await page.click('#layout-toggle');
    expect(await probe(page, (v) => v.layout.running)).toBe(false);
    expect(await page.locator('#layout-toggle').textContent()).toBe('Run layout');
    const after = (await probe(page, (v) => v.nodePosition('country:UA')))!;
    expect(after).not.toEqual(before);
  });

  it('exports the view as GEXF (what is on show) and as PNG', async () => {
    const page = await open();
    await page.locator('#legend-labels input[data-label="Event"]').uncheck();
    const [gexfDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    expect(gexfDownload.suggestedFilename()).toBe('fixture.gexf');
    const gexf = readFileSync((await gexfDownload.path())!, 'utf8');
    const graph = parseGexf(graphology.MultiDirectedGraph, gexf);
    expect(graph.order).toBe(10);
    expect(graph.size).toBe(14);
    expect(graph.getNodeAttribute('person:giorgia-meloni', 'label')).toBe('Giorgia Meloni');

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(pngDownload.suggestedFilename()).toBe('fixture.png');
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
  });
});
