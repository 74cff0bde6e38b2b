// The explorer's Feeds section, in a real browser against the real server over the real Neo4j: an editor lists the
// feeds with their state (articles ingested, a failing feed's error), a reader's token is told it lacks the role,
// and axe-core finds no accessibility violations.
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { authConfig, bearer } from '../fixtures/auth';
import { rss2 } from '../fixtures/feeds/feedXml';
import { type FeedServer, startFeedServer } from '../fixtures/feeds/server';
import { runOnce } from '../fixtures/feeds/worker';
import { startHarness, testConfig } from '../fixtures/harness';
import { useBrowserSession } from './session';

const AXE = require.resolve('axe-core/axe.min.js');

let feeds: FeedServer;
let editorToken: string;

const session = useBrowserSession(async () => {
  feeds = await startFeedServer();
  const base = testConfig();
  return startHarness({ config: { auth: authConfig(), fetching: { ...base.fetching, allowedHosts: [`127.0.0.1:${feeds.port}`] } } });
});

beforeAll(async () => {
  editorToken = (await bearer(['editor'])).authorization?.replace(/^Bearer /, '') ?? '';
  const editor = { authorization: `Bearer ${editorToken}` };
  feeds.setFeed('/ok.xml', rss2(feeds.base, 'Harbour Wire', [{ path: '/news/panel-1', title: 'One' }, { path: '/news/panel-2', title: 'Two' }]));
  feeds.setFeed('/fragile.xml', rss2(feeds.base, 'Fragile Wire', []));
  for (const path of ['/ok.xml', '/fragile.xml']) {
    const res = await session.h.gql('mutation($url: String!) { addFeed(url: $url) { id } }', { url: `${feeds.base}${path}` }, editor);
    expect(res.errors).toBeUndefined();
  }
  feeds.setFeed('/fragile.xml', '<rss version="2.0"><channel><title>Fragile</channel></rss>');
  await runOnce(session.h, 'browser-worker');
}, 180_000);

afterAll(async () => {
  await feeds?.close();
});

async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const results = (await page.evaluate('axe.run()')) as AxeResults;
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function showFeeds(page: Page, token: string): Promise<void> {
  await page.locator('#feeds-token').fill(token);
  await page.getByRole('button', { name: 'Show feeds' }).click();
}

test('an editor sees every feed with its state: articles ingested, a failing feed\'s error', async () => {
  const page = await session.open('/explorer');
  await showFeeds(page, editorToken);
  await page.locator('#feeds-list li').nth(1).waitFor();
  const ok = page.locator('#feeds-list li', { hasText: 'Harbour Wire' });
  await expect(ok.textContent()).resolves.toMatch(/Polled without error.*2 articles from 2 items \(0 skipped\)/);
  const failing = page.locator('#feeds-list li', { hasText: 'Failing' });
  await expect(failing.textContent()).resolves.toMatch(/Failing \(1 in a row\): BROKEN_XML/);
  await expect(page.locator('#feeds-message').textContent()).resolves.toBe('2 feeds.');
});

test('a reader\'s token is told listing feeds needs the editor role', async () => {
  const page = await session.open('/explorer');
  const reader = (await bearer(['reader'])).authorization?.replace(/^Bearer /, '') ?? '';
  await showFeeds(page, reader);
  await page.locator('#feeds-message', { hasText: 'editor role' }).waitFor();
  expect(await page.locator('#feeds-list li').count()).toBe(0);
  // Chromium logs the 403 as a console error: expected here.
  session.problems = session.problems.filter((p) => !/Failed to load resource: the server responded with a status of 403/.test(p));
});

test('axe-core finds no accessibility violations in the Feeds section', async () => {
  // addScriptTag injects an inline script, which the page's Content-Security-Policy rightly refuses.
  await session.context.close();
  session.context = await session.browser.newContext({ viewport: { width: 1400, height: 860 }, bypassCSP: true });
  const page = await session.open('/explorer');
  await showFeeds(page, editorToken);
  await page.locator('#feeds-list li').nth(1).waitFor();
  await expect(audit(page)).resolves.toEqual([]);
});
