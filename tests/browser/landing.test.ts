// The page a browser gets at / in production, in Debian's Chromium: it loads with no console error and no CSP
// violation, passes an axe-core audit with no violations, reflows to a phone's width, and leads a keyboard user to the
// explorer (tests/integration/landing-page.test.ts checks that every link answers).
import fs from 'node:fs';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { startHarness } from '../fixtures/harness';
import { ARTIFACTS, useBrowserSession } from './session';

// Evaluated rather than added as a <script>: the page's CSP allows no script, rightly.
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const session = useBrowserSession(() => startHarness({ seed: false, config: { production: true, landingPage: false, introspection: false } }));

async function openLanding(width = 1400): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height: 860 });
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') session.problems.push(`${message.type()}: ${message.text()}`); });
  page.on('pageerror', (error) => session.problems.push(`pageerror: ${error.message}`));
  const response = await page.goto(`${session.origin}/`);
  expect(response?.status()).toBe(200);
  return page;
}

test('axe-core finds no accessibility violations on the production landing page', async () => {
  const page = await openLanding();
  expect(await page.title()).toMatch(/^newsgraph/);
  expect(await page.locator('h1').textContent()).toBe('newsgraph');
  await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate('axe.run()')) as AxeResults;
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(10);
  await page.screenshot({ path: path.join(ARTIFACTS, 'landing-page.png'), fullPage: true });
});

test('at 320 px wide the page reflows without scrolling sideways', async () => {
  const page = await openLanding(320);
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
});

test('the keyboard reaches the explorer link first, and following it opens the explorer', async () => {
  const page = await openLanding();
  await page.keyboard.press('Tab');
  expect(await page.evaluate('document.activeElement.getAttribute("href")')).toBe('/explorer');
  await Promise.all([page.waitForURL(`${session.origin}/explorer`), page.keyboard.press('Enter')]);
  expect(await page.locator('h1, [role="heading"]').count()).toBeGreaterThan(0);
});
