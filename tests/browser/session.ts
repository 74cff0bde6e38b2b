// What every browser test file shares: Debian's Chromium through playwright-core, a fresh bundle of the
// current sources, pages that record console errors, and read-only access to the drawing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Harness } from '../fixtures/harness';

export const CHROMIUM = '/usr/bin/chromium';
export const REPO = path.resolve(__dirname, '../..');
export const ARTIFACTS = path.join(REPO, 'test-artifacts');

/** What the page exposes for tests: the cytoscape instance, read-only. */
export type ExplorerWindow = { __explorer: { cy: Core } };

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  // Always test the current sources, never a stale bundle.
  execFileSync('npm', ['run', '--silent', 'build:explorer'], { cwd: REPO, stdio: 'inherit' });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Opens a page that reports console errors and warnings, page errors and CSP violations into `problems`. */
export async function openPage(context: BrowserContext, url: string, problems: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(url);
  await ready(page);
  return page;
}

export async function ready(page: Page): Promise<void> {
  // A cold database's first neighbourhood (plans for the drawing and the corroboration counts) can take 15 s on a
  // busy two-core machine; warm, a drawing is ready in well under a second.
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
}

export const readDrawing = <T>(page: Page, read: (cy: Core) => T): Promise<T> =>
  page.evaluate(`(${read.toString()})(window.__explorer.cy)`) as Promise<T>;

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `explorer-${name}.png`) });
}

/** Clicks an element of the drawing where the user would: a node's centre, an edge's midpoint. */
export async function clickElement(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((elementId) => {
    const element: EdgeSingular | NodeSingular = (globalThis as unknown as ExplorerWindow).__explorer.cy.getElementById(elementId);
    return element.isEdge() ? element.renderedMidpoint() : element.renderedPosition();
  }, id);
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph container is not visible');
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

/** One test file's browser and server, and the current test's context and the problems its pages reported. */
export interface BrowserSession {
  browser: Browser;
  h: Harness;
  origin: string;
  context: BrowserContext;
  /** Console errors, page errors and CSP violations seen by the current test's pages; must stay empty. */
  problems: string[];
  /** Opens a page of this server (a path like `/explorer?entity=x`) in the current test's context. */
  open(url: string): Promise<Page>;
}

/**
 * Registers the hooks every browser test file needs: Chromium and a server started once (`start`), a fresh
 * context per test, and each test failing when its pages reported a problem. File-specific setup goes in a
 * further beforeAll, which runs after these.
 */
export function useBrowserSession(start: () => Promise<Harness>): BrowserSession {
  const session = { problems: [] as string[] } as BrowserSession;
  session.open = (url) => openPage(session.context, session.origin + url, session.problems);
  beforeAll(async () => {
    session.browser = await launchChromium();
    session.h = await start();
    session.origin = new URL(session.h.url).origin;
  }, 180_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.h?.close();
  });
  beforeEach(async () => {
    session.problems = [];
    session.context = await session.browser.newContext({ viewport: { width: 1400, height: 860 } });
  });
  afterEach(async () => {
    await session.context?.close();
    expect(session.problems).toEqual([]);
  });
  return session;
}
