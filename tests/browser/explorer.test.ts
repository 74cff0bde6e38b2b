// The explorer in a real browser (Debian's Chromium through playwright-core) against the real server over the
// real Neo4j: search, drawing, provenance, path finding, filters, the Sandbox link and shareable URLs.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startHarness } from '../fixtures/harness';
import { clickElement, type ExplorerWindow, readDrawing as cy, ready, REPO, screenshot, useBrowserSession } from './session';

const ENVOY_EDGE = 'steve-witkoff--envoy-of--united-states';


const session = useBrowserSession(() => startHarness());

const open = session.open;

async function pick(page: Page, input: string, text: string, id: string): Promise<void> {
  await page.locator(input).pressSequentially(text, { delay: 25 });
  const option = page.locator(`[role=listbox]:visible [role=option][data-id="${id}"]`);
  await option.waitFor();
  await option.click();
}

test('searching "Witkoff" suggests Steve Witkoff after one debounced query; picking him draws his neighbourhood', async () => {
  const page = await open('/explorer');
  const searches: string[] = [];
  page.on('request', (request) => { if (request.postData()?.includes('SearchEntities')) searches.push(request.postData() ?? ''); });

  await pick(page, '#search-input', 'Witkoff', 'steve-witkoff');
  await page.waitForURL(/\/explorer\?entity=steve-witkoff$/);
  await ready(page);

  expect(searches).toHaveLength(1);
  expect(JSON.parse(searches[0] ?? '{}').variables.text).toBe('Witkoff');
  const drawn = await cy(page, (c) => ({
    nodes: c.nodes().map((n) => `${n.id()}:${n.data('kind')}`),
    focus: c.nodes('.focus').map((n) => n.id()),
  }));
  expect(drawn.nodes).toEqual(expect.arrayContaining(['steve-witkoff:PERSON', 'united-states:COUNTRY']));
  expect(drawn.focus).toEqual(['steve-witkoff']);
  // The same, as a person sees it: the details panel, the status line and the list view.
  await expect(page.locator('#details h2').textContent()).resolves.toBe('Steve Witkoff');
  await expect(page.locator('#details').textContent()).resolves.toContain('Special Envoy');
  await expect(page.locator('#status').textContent()).resolves.toMatch(/^\d+ entities, \d+ relationships$/);
  await page.locator('details.as-list summary').click();
  await expect(page.locator('#relationship-rows').getByRole('cell', { name: 'United States' }).first().isVisible()).resolves.toBe(true);
  await screenshot(page, 'search');
});

test('clicking the ENVOY_OF edge shows its quote and the source title', async () => {
  const expected = await session.h.gql(`{ relationships(types: [ENVOY_OF], from: "steve-witkoff") { edges { node { id sources { quote source { title } } } } } }`);
  const node = expected.data?.relationships.edges[0].node;
  expect(node.id).toBe(ENVOY_EDGE);

  const page = await open('/explorer?entity=steve-witkoff');
  await clickElement(page, ENVOY_EDGE);
  const details = page.locator(`#details .relationship-details[data-id="${ENVOY_EDGE}"]`);
  await details.waitFor();
  await expect(details.locator('h2').textContent()).resolves.toBe('Steve Witkoff envoy of United States');
  // The seed is loaded with its article text, so the quote is shown marked inside its paragraph.
  await expect(details.locator('blockquote mark').first().textContent()).resolves.toBe(node.sources[0].quote);
  await expect(details.locator('.cite').first().textContent()).resolves.toContain(node.sources[0].source.title);
  await expect(cy(page, (c) => c.$(':selected').map((e) => e.id()))).resolves.toEqual([ENVOY_EDGE]);
  await screenshot(page, 'provenance');
});

test('clicking a node shows its kind and aliases; "Expand neighbours" draws its neighbours too', async () => {
  const page = await open('/explorer?entity=steve-witkoff');
  await expect(cy(page, (c) => c.getElementById('donald-trump').nonempty())).resolves.toBe(false);

  await clickElement(page, 'united-states');
  const details = page.locator('#details .entity-details[data-id="united-states"]');
  await details.waitFor();
  await expect(details.locator('.kind').textContent()).resolves.toBe('Country');
  await expect(details.textContent()).resolves.toContain('U.S.');

  const before = await cy(page, (c) => c.nodes().length);
  await details.locator('[data-action="expand"]').click();
  await page.waitForFunction((n) => (globalThis as unknown as ExplorerWindow).__explorer.cy.nodes().length > n, before);
  // Trump LEADS the United States: one hop from it, two from Witkoff.
  await expect(cy(page, (c) => c.getElementById('donald-trump--leads--united-states').nonempty())).resolves.toBe(true);
});

test('the path finder highlights the shortest path from Witkoff to Hamas', async () => {
  const expected = await session.h.gql(`{ path(from: "steve-witkoff", to: "hamas") { length nodes { id } steps { relationship { id } } } }`);
  expect(expected.errors).toBeUndefined();
  const shortest = expected.data?.path[0] as { length: number; nodes: Array<{ id: string }>; steps: Array<{ relationship: { id: string } }> };

  const page = await open('/explorer?entity=steve-witkoff');
  await expect(page.locator('#path-from').inputValue()).resolves.toBe('Steve Witkoff');
  await pick(page, '#path-to', 'Hamas', 'hamas');
  await page.click('#find-path');
  await page.locator('.path-steps').waitFor();
  await ready(page);

  const highlighted = await cy(page, (c) => ({
    onPath: c.elements('.on-path').map((e) => e.id()).sort(),
    notDimmed: c.elements().not('.dimmed').map((e) => e.id()).sort(),
  }));
  const pathIds = [...shortest.nodes.map((n) => n.id), ...shortest.steps.map((s) => s.relationship.id)].sort();
  expect(highlighted.onPath).toEqual(pathIds);
  expect(highlighted.notDimmed).toEqual(pathIds);
  await expect(page.locator('.path-steps li').count()).resolves.toBe(shortest.length);
  await expect(page.locator('.path-steps').textContent()).resolves.toMatch(/^Steve Witkoff .*Hamas$/);
  expect(new URL(page.url()).searchParams.get('to')).toBe('hamas');
  await screenshot(page, 'path');

  // The shared link restores the highlighted path.
  const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
  await again.locator('.path-steps').waitFor();
  await expect(cy(again, (c) => c.elements('.on-path').map((e) => e.id()).sort())).resolves.toEqual(pathIds);
});

test('reloading the URL shows the same entity selected', async () => {
  const page = await open('/explorer');
  await pick(page, '#search-input', 'Witkoff', 'steve-witkoff');
  await page.waitForURL(/entity=steve-witkoff/);
  await ready(page);
  const drawnBefore = await cy(page, (c) => c.nodes().map((n) => n.id()).sort());

  await page.reload();
  await ready(page);
  expect(new URL(page.url()).searchParams.get('entity')).toBe('steve-witkoff');
  await expect(page.locator('#search-input').inputValue()).resolves.toBe('Steve Witkoff');
  await expect(page.locator('#details h2').textContent()).resolves.toBe('Steve Witkoff');
  await expect(cy(page, (c) => c.nodes('.focus').map((n) => n.id()))).resolves.toEqual(['steve-witkoff']);
  await expect(cy(page, (c) => c.$(':selected').map((n) => n.id()))).resolves.toEqual(['steve-witkoff']);
  await expect(cy(page, (c) => c.nodes().map((n) => n.id()).sort())).resolves.toEqual(drawnBefore);
});

test('unchecking relationship types re-queries with only the checked types and keeps them in the URL', async () => {
  const page = await open('/explorer?entity=steve-witkoff');
  await page.getByRole('button', { name: 'None', exact: true }).click();
  await page.getByLabel('envoy of', { exact: true }).check();
  await page.waitForURL(/types=ENVOY_OF/);
  await ready(page);
  await expect(cy(page, (c) => c.edges().map((e) => e.data('type')))).resolves.toEqual(['ENVOY_OF']);
  await expect(cy(page, (c) => c.nodes().map((n) => n.id()).sort())).resolves.toEqual(['steve-witkoff', 'united-states']);

  await page.reload();
  await ready(page);
  await expect(page.getByLabel('envoy of', { exact: true }).isChecked()).resolves.toBe(true);
  await expect(page.getByLabel('accuses', { exact: true }).isChecked()).resolves.toBe(false);
  await expect(cy(page, (c) => c.edges().length)).resolves.toBe(1);
});

test('the Apollo Sandbox link opens the current query with its variables against this server', async () => {
  const page = await open('/explorer?entity=steve-witkoff&depth=2');
  const href = await page.locator('#sandbox-link').getAttribute('href');
  const link = new URL(href ?? '');
  expect(link.origin + link.pathname).toBe('https://studio.apollographql.com/sandbox/explorer');
  expect(link.searchParams.get('endpoint')).toBe(`${session.origin}/graphql`);
  expect(link.searchParams.get('document')).toMatch(/^query Neighborhood\(/);
  expect(JSON.parse(link.searchParams.get('variables') ?? '{}')).toMatchObject({ id: 'steve-witkoff', depth: 2 });

  // The document and variables are exactly what the page sent: replaying them gives the drawing.
  const replay = await session.h.gql(link.searchParams.get('document') ?? '', JSON.parse(link.searchParams.get('variables') ?? '{}'));
  expect(replay.errors).toBeUndefined();
  const drawn = await cy(page, (c) => c.nodes().map((n) => n.id()).sort());
  expect(replay.data?.neighborhood.nodes.map((n: { id: string }) => n.id).sort()).toEqual(drawn);
});

test('an unknown entity in the URL says so instead of drawing', async () => {
  const page = await session.context.newPage();
  page.on('pageerror', (error) => session.problems.push(`pageerror: ${error.message}`));
  await page.goto(`${session.origin}/explorer?entity=atlantis`);
  await page.waitForSelector('body[data-state="error"]');
  await expect(page.locator('#status').textContent()).resolves.toContain('atlantis');
  await expect(cy(page, (c) => c.elements().length)).resolves.toBe(0);
});

test('the drawing of the article graph (README screenshot)', async () => {
  const page = await open('/explorer?entity=united-states&depth=3');
  await clickElement(page, 'united-states--struck--iran');
  await page.locator('#details .relationship-details').waitFor();
  const nodes = await cy(page, (c) => c.nodes().length);
  expect(nodes).toBeGreaterThanOrEqual(15);
  await screenshot(page, 'article');
  if (process.env.UPDATE_DOCS_SCREENSHOT === '1') await page.screenshot({ path: path.join(REPO, 'docs', 'explorer.png') });
});
