// Many sources, disputes, the past and the present, in a real browser against the real server over the real
// Neo4j: disputed edges are marked and their disputing quotes listed, the "As of" input changes what is drawn,
// a fact ingested through the API appears without a reload (relationshipAdded over WebSocket), and axe-core
// finds nothing to fault on the new controls, the disputed details or the live status.
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { authConfig, bearer } from '../fixtures/auth';
import { startHarness } from '../fixtures/harness';
import { INGEST } from '../fixtures/mutations';
import { clickElement, type ExplorerWindow, readDrawing as cy, ready, screenshot, useBrowserSession } from './session';

const AXE = require.resolve('axe-core/axe.min.js');
const TALKS = 'alpha-land--negotiates--beta-land';
const THREAT = 'beta-land--threatens--gamma-group';

const ENTITIES = [
  { id: 'alpha-land', kind: 'COUNTRY', name: 'Alpha Land' },
  { id: 'beta-land', kind: 'COUNTRY', name: 'Beta Land' },
  { id: 'gamma-group', kind: 'GROUP', name: 'Gamma Group' },
];
const DENIAL = 'Beta Land denied negotiating with Alpha Land';

function doc(id: string, publisher: string, publishedAt: string, relationships: object[], extra: object = {}) {
  return { source: { id, title: `Report ${id}`, publisher, publishedAt, ...extra }, entities: ENTITIES, relationships };
}
const talks = (quote: string, extra: object = {}) => ({ type: 'NEGOTIATES', from: 'alpha-land', to: 'beta-land', quote, confidence: 0.8, ...extra });

const session = useBrowserSession(() => startHarness({ config: { auth: authConfig() } }));
let editor: Record<string, string>;

async function ingest(document: object): Promise<void> {
  const res = await session.h.gql(INGEST, { document }, editor);
  expect(res.errors).toBeUndefined();
}

beforeAll(async () => {
  editor = await bearer(['editor'], { subject: 'live-tests' });
  // Two publishers report the talks (10 and 25 July), the second also a threat; a third, with the article's
  // text, denies the talks on 27 July.
  await ingest(doc('wire-a-1', 'Wire A', '2025-07-10', [talks('Alpha Land negotiated with Beta Land')]));
  await ingest(doc('daily-b-1', 'Daily B', '2025-07-25', [
    talks('talks between Alpha and Beta'),
    { type: 'THREATENS', from: 'beta-land', to: 'gamma-group', quote: 'Beta Land threatened the Gamma Group', confidence: 0.7 },
  ]));
  await ingest(doc('gazette-d-1', 'Gazette D', '2025-07-27', [talks(DENIAL, { stance: 'DISPUTES' })], {
    text: `Officials spoke on Sunday.\n\n${DENIAL}, calling the reports false.`,
  }));
  // The first neighbourhood query on a cold database takes several seconds on a shared two-core machine.
  await session.h.gql('{ neighborhood(id: "alpha-land") { nodes { id } edges { id sourceCount disputedBy { quote } } } }');
}, 180_000);

const open = session.open;
const drawnEdges = (page: Page) => cy(page, (c) => c.edges().map((e) => e.id()).sort());

async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const results = (await page.evaluate('axe.run()')) as AxeResults;
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function waitForLive(page: Page): Promise<void> {
  await page.locator('.live-status[data-state="connected"]').waitFor({ timeout: 15_000 });
}

test('a disputed edge is drawn dashed with "?" and its details list the disputing quote with its source', async () => {
  const page = await open('/explorer?entity=alpha-land');
  const edge = await cy(page, (c) => {
    const e = c.getElementById('alpha-land--negotiates--beta-land');
    return { disputed: e.hasClass('disputed'), label: e.data('label'), line: e.style('line-style'), bar: e.style('source-arrow-shape'), width: e.numericStyle('width') };
  });
  // Not colour alone: a dashed line, a bar at its start and a "?" in its label.
  expect(edge).toMatchObject({ disputed: true, label: 'negotiates ?', line: 'dashed', bar: 'tee' });
  await expect(page.locator('.legend [data-mark="disputed"]').textContent()).resolves.toContain('Disputed');

  await clickElement(page, TALKS);
  const details = page.locator(`#details .relationship-details[data-id="${TALKS}"]`);
  await details.waitFor();
  await expect(details.locator('.corroboration').textContent()).resolves.toBe('Supported by 2 sources from 2 publishers, first reported 2025-07-10.');
  await expect(details.locator('h3.disputed-heading').textContent()).resolves.toBe('Disputed by (1)');
  const dispute = details.locator('ol.disputed-by li');
  await expect(dispute.count()).resolves.toBe(1);
  await expect(dispute.getAttribute('data-source')).resolves.toBe('gazette-d-1');
  // The disputing source has a text: the quote is shown marked in its paragraph, with a link to the article view.
  await expect(dispute.locator('blockquote mark').textContent()).resolves.toBe(DENIAL);
  await expect(dispute.locator('.cite').textContent()).resolves.toContain('Report gazette-d-1, Gazette D');
  await expect(dispute.locator('a.open-article').getAttribute('href')).resolves.toContain('article=gazette-d-1');
  // The supporting quotes stay in their own list.
  await expect(details.locator('ol.provenance:not(.disputed-by) li').evaluateAll((items) => items.map((i) => i.getAttribute('data-source')).sort()))
    .resolves.toEqual(['daily-b-1', 'wire-a-1']);
  // The list view says so too, in words.
  await page.locator('details.as-list summary').click();
  await expect(page.locator(`#relationship-rows tr:has(button[data-id="${TALKS}"]) td`).last().textContent()).resolves.toBe('2 (disputed)');
  await screenshot(page, 'disputed');

  // The article view marks the disputing quote as such (the source supports no fact, so it comes from the drawing).
  await dispute.locator('a.open-article').click();
  const marked = page.locator('#reader mark.quote.disputes');
  await marked.waitFor();
  expect(new URL(page.url()).searchParams.get('article')).toBe('gazette-d-1');
  await expect(marked.textContent()).resolves.toBe(DENIAL);
  await expect(marked.getAttribute('title')).resolves.toBe('Disputes: Alpha Land negotiates Beta Land');
  await expect(marked.getAttribute('data-relationships')).resolves.toBe(TALKS);
});

test('"As of" draws the graph as reported by that day, keeps it in the URL, and a reload restores it', async () => {
  const page = await open('/explorer?entity=beta-land');
  await expect(drawnEdges(page)).resolves.toEqual([TALKS, THREAT]);

  // Before the threat was reported (25 July): the threat is absent; the talks have one source and no dispute yet.
  await page.getByLabel('As of').fill('2025-07-20');
  await page.waitForURL(/asOf=2025-07-20/);
  await ready(page);
  await expect(drawnEdges(page)).resolves.toEqual([TALKS]);
  await expect(cy(page, (c) => ({ disputed: c.getElementById('alpha-land--negotiates--beta-land').hasClass('disputed'), sources: c.getElementById('alpha-land--negotiates--beta-land').data('sourceCount') })))
    .resolves.toEqual({ disputed: false, sources: 1 });
  await expect(page.locator('#status').textContent()).resolves.toContain('as of 2025-07-20');

  // After it: present.
  await page.getByLabel('As of').fill('2025-07-26');
  await page.waitForURL(/asOf=2025-07-26/);
  await ready(page);
  await expect(drawnEdges(page)).resolves.toEqual([TALKS, THREAT]);

  // At least two sources: only the talks.
  await page.getByLabel('At least this many sources').fill('2');
  await page.waitForURL(/minSources=2/);
  await ready(page);
  await expect(drawnEdges(page)).resolves.toEqual([TALKS]);

  await page.reload();
  await ready(page);
  await expect(page.getByLabel('As of').inputValue()).resolves.toBe('2025-07-26');
  await expect(page.getByLabel('At least this many sources').inputValue()).resolves.toBe('2');
  await expect(drawnEdges(page)).resolves.toEqual([TALKS]);

  // Before anything was reported about Beta Land, it stands alone.
  await page.getByLabel('At least this many sources').fill('1');
  await page.waitForURL((url) => !url.searchParams.has('minSources'));
  await page.getByLabel('As of').fill('2025-07-01');
  await page.waitForURL(/asOf=2025-07-01/);
  await ready(page);
  await expect(drawnEdges(page)).resolves.toEqual([]);
  await expect(page.locator('#status').textContent()).resolves.toBe('1 entities, 0 relationships (as of 2025-07-01)');
  await page.getByRole('button', { name: 'Now', exact: true }).click();
  await page.waitForURL((url) => !url.searchParams.has('asOf'));
  await ready(page);
  await expect(drawnEdges(page)).resolves.toEqual([TALKS, THREAT]);
});

test('a fact ingested through the API while the page is open appears in the drawing without a reload', async () => {
  const page = await open('/explorer?entity=beta-land');
  await waitForLive(page);
  await expect(page.locator('.live-status').textContent()).resolves.toBe('Live: on');
  await page.evaluate('window.__sameDocument = true');

  await ingest({
    source: { id: 'herald-e-1', title: 'Report herald-e-1', publisher: 'Herald E', publishedAt: '2025-08-01' },
    entities: [ENTITIES[1], ...['delta', 'epsilon', 'eta'].map((n) => ({ id: `${n}-land`, kind: 'COUNTRY', name: `${n[0]?.toUpperCase()}${n.slice(1)} Land` }))],
    relationships: [
      { type: 'NEGOTIATES', from: 'beta-land', to: 'delta-land', quote: 'Beta Land opened talks with Delta Land', confidence: 0.8 },
      // Touches nothing drawn: not added.
      { type: 'NEGOTIATES', from: 'epsilon-land', to: 'eta-land', quote: 'Epsilon Land negotiated with Eta Land', confidence: 0.8 },
    ],
  });
  await page.waitForFunction(() => (globalThis as unknown as ExplorerWindow).__explorer.cy.getElementById('beta-land--negotiates--delta-land').nonempty(), undefined, { timeout: 15_000 });
  await expect(page.evaluate('window.__sameDocument')).resolves.toBe(true);
  await expect(cy(page, (c) => c.getElementById('delta-land').data('label'))).resolves.toBe('Delta Land');
  await expect(page.locator('#live-news li').first().textContent()).resolves.toBe('New: Beta Land negotiates Delta Land (Report herald-e-1, Herald E)');
  await expect(page.locator('#live-news').getAttribute('aria-live')).resolves.toBe('polite');
  await expect(page.locator('#status').textContent()).resolves.toMatch(/^4 entities, 3 relationships$/);
  // The new edge's details come from the event itself.
  await clickElement(page, 'beta-land--negotiates--delta-land');
  await expect(page.locator('#details .corroboration').textContent()).resolves.toBe('Supported by 1 source from 1 publisher, first reported 2025-08-01.');
  await expect(cy(page, (c) => c.getElementById('epsilon-land').empty())).resolves.toBe(true);
  await screenshot(page, 'live');
});

test('an as-of view does not take live additions: the past stays as it was', async () => {
  const page = await open('/explorer?entity=alpha-land&asOf=2025-07-26');
  await waitForLive(page);
  await ingest({
    source: { id: 'herald-e-2', title: 'Report herald-e-2', publisher: 'Herald E', publishedAt: '2025-08-02' },
    entities: [ENTITIES[0], ENTITIES[2]],
    relationships: [{ type: 'ACCUSES', from: 'alpha-land', to: 'gamma-group', quote: 'Alpha Land accused the Gamma Group', confidence: 0.8 }],
  });
  // The same page with no date does take it, so waiting for that one proves the event went out.
  const now = await open('/explorer?entity=alpha-land');
  await waitForLive(now);
  await ingest({
    source: { id: 'herald-e-3', title: 'Report herald-e-3', publisher: 'Herald E', publishedAt: '2025-08-03' },
    entities: [ENTITIES[0], ENTITIES[2]],
    relationships: [{ type: 'SANCTIONS', from: 'alpha-land', to: 'gamma-group', quote: 'Alpha Land sanctioned the Gamma Group', confidence: 0.8 }],
  });
  await now.waitForFunction(() => (globalThis as unknown as ExplorerWindow).__explorer.cy.getElementById('alpha-land--sanctions--gamma-group').nonempty(), undefined, { timeout: 15_000 });
  await expect(drawnEdges(page)).resolves.toEqual([TALKS]);
  await expect(page.locator('#live-news li').count()).resolves.toBe(0);
});

test('axe-core finds no accessibility violations: report filters set, disputed details, live status and news', async () => {
  // addScriptTag injects an inline script, which the page's Content-Security-Policy rightly refuses.
  await session.context.close();
  session.context = await session.browser.newContext({ viewport: { width: 1400, height: 860 }, bypassCSP: true });

  const page = await open('/explorer?entity=alpha-land&minSources=2');
  await waitForLive(page);
  await clickElement(page, TALKS);
  await page.locator('#details ol.disputed-by blockquote mark').waitFor();
  await expect(audit(page)).resolves.toEqual([]);

  await page.getByLabel('At least this many sources').fill('1');
  await page.waitForURL((url) => !url.searchParams.has('minSources'));
  await ready(page);
  await ingest({
    source: { id: 'herald-e-4', title: 'Report herald-e-4', publisher: 'Herald E', publishedAt: '2025-08-04' },
    entities: [ENTITIES[0], { id: 'zeta-land', kind: 'COUNTRY', name: 'Zeta Land' }],
    relationships: [{ type: 'NEGOTIATES', from: 'zeta-land', to: 'alpha-land', quote: 'Zeta Land negotiated with Alpha Land', confidence: 0.8 }],
  });
  await page.locator('#live-news li').first().waitFor({ timeout: 15_000 });
  await page.getByLabel('As of').fill('2025-07-26');
  await page.waitForURL(/asOf=2025-07-26/);
  await ready(page);
  await expect(audit(page)).resolves.toEqual([]);
});
