// /explorer is served by the service itself, ahead of the GraphQL middleware, under a strict CSP.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { EXPLORER_CSP, mountExplorer } from '../../src/explorer';
import { type Harness, startHarness } from '../fixtures/harness';

let h: Harness;
let origin: string;
beforeAll(async () => {
  h = await startHarness({ seed: false });
  origin = new URL(h.url).origin;
});
afterAll(async () => { await h.close(); });

test.each(['/explorer', '/explorer/', '/explorer?entity=steve-witkoff'])('GET %s serves the explorer page itself, not a redirect or the Sandbox', async (url) => {
  const response = await fetch(origin + url, { headers: { accept: 'text/html' }, redirect: 'manual' });
  expect(response.status).toBe(200);
  const body = await response.text();
  expect(body).toContain('<title>newsgraph explorer</title>');
  expect(body).not.toContain('EmbeddedSandbox');
});

test('the page and its assets carry a CSP that allows only this origin', async () => {
  for (const url of ['/explorer', '/explorer/explorer.css']) {
    const response = await fetch(origin + url);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(EXPLORER_CSP);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  }
});

test('the page loads only same-origin scripts and styles, with no inline script', async () => {
  const html = await (await fetch(`${origin}/explorer`)).text();
  const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  expect(sources.length).toBeGreaterThan(0);
  for (const source of sources) expect(source).toMatch(/^\/(explorer|graphql)/);
  expect(html).not.toMatch(/<script>(?!\s*<\/script>)|<script(?![^>]*\bsrc=)[^>]*>|style="/);
});

test('an unknown file under /explorer is a plain 404, not a GraphQL answer', async () => {
  const response = await fetch(`${origin}/explorer/nope.js`);
  expect(response.status).toBe(404);
  expect(await response.text()).toBe('Not found');
});

test('GraphQL still answers at /graphql beside the explorer', async () => {
  const res = await h.gql('{ entities(first: 1) { totalCount } }');
  expect(res.errors).toBeUndefined();
});

test('an unbuilt explorer answers 503 with how to build it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-unbuilt-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
  const app = express();
  mountExplorer(app, dir);
  const server = app.listen(0);
  try {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const response = await fetch(`http://127.0.0.1:${port}/explorer`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:explorer');
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
