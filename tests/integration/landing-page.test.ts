// What GET / answers, by what the client accepts: a browser gets newsgraph's own page where Apollo Sandbox is off
// (production) and Sandbox where it is on (development); JSON clients and POSTs get the same answers in both,
// exactly as before the page existed.
import { type Harness, startHarness } from '../fixtures/harness';

/** What Chromium sends when it navigates to a page. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8';
const CSRF_MESSAGE = "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header (with a type that is not one of application/x-www-form-urlencoded, multipart/form-data, text/plain) or provide a non-empty value for one of the following headers: x-apollo-operation-name, apollo-require-preflight\n";

async function get(h: Harness, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(new URL(path, h.url), { headers });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

/** The JSON answers a GET gets whatever mode the server is in; these are the answers from before the page. */
function jsonAnswers(server: () => Harness) {
  test.each([
    ['no Accept', {}, 'application/json'],
    ['Accept: application/json', { accept: 'application/json' }, 'application/json'],
    ['Accept: application/graphql-response+json', { accept: 'application/graphql-response+json' }, 'application/graphql-response+json'],
    ['Accept: */*', { accept: '*/*' }, 'application/json'],
  ])('GET / with %s is still the CSRF refusal in JSON', async (_label, headers: Record<string, string>, type) => {
    for (const path of ['/', '/graphql']) {
      const res = await get(server(), path, headers);
      expect({ path, status: res.status, type: res.type }).toEqual({ path, status: 400, type: `${type}; charset=utf-8` });
      expect(JSON.parse(res.body)).toEqual({ errors: [{ message: CSRF_MESSAGE, extensions: { code: 'BAD_REQUEST' } }] });
    }
  });

  test('a GET query with a preflight header and Accept: application/json is answered in JSON', async () => {
    const res = await get(server(), `/?query=${encodeURIComponent('{ __typename }')}`, { accept: 'application/json', 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ data: { __typename: 'Query' } });
  });

  test('a POST that accepts text/html is still executed and answered in JSON', async () => {
    const response = await fetch(new URL('/', server().url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toMatchObject({ data: { __typename: 'Query' } });
  });
}

describe('in production (Apollo Sandbox off)', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ seed: false, config: { production: true, landingPage: false, introspection: false } }); });
  afterAll(async () => { await h.close(); });

  test.each([
    ['/', 'text/html'],
    ['/', BROWSER_ACCEPT],
    ['/graphql', BROWSER_ACCEPT],
  ])('GET %s from a browser (Accept: %s) is newsgraph\'s own page', async (path, accept) => {
    const res = await get(h, path, { accept });
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/html/);
    expect(res.body).toMatch(/^<!doctype html>/);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toMatch(/<title>newsgraph/);
    for (const href of ['/explorer', '/health/live', '/health/ready']) expect(res.body).toContain(`href="${href}"`);
    expect(res.body).toContain('docs/api.md');
    expect(res.body).not.toMatch(/EmbeddedSandbox|embeddable-sandbox|apollographql\.com/);
  });

  test('the page loads nothing from elsewhere and runs no script', async () => {
    const { body } = await get(h, '/', { accept: 'text/html' });
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(body).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'/);
  });

  test('every link on the page answers', async () => {
    const { body } = await get(h, '/', { accept: 'text/html' });
    const hrefs = [...body.matchAll(/href="([^"]+)"/g)].map((m) => m[1] as string);
    expect(hrefs).toEqual(expect.arrayContaining(['/explorer', '/health/live', '/health/ready', '/explorer/favicon.svg']));
    for (const href of hrefs) expect({ href, status: (await get(h, href)).status }).toEqual({ href, status: 200 });
  });

  jsonAnswers(() => h);
});

describe('in development (Apollo Sandbox on)', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ seed: false, config: { landingPage: true, introspection: true } }); });
  afterAll(async () => { await h.close(); });

  test('GET / from a browser is Apollo Sandbox, not newsgraph\'s page', async () => {
    const res = await get(h, '/', { accept: BROWSER_ACCEPT });
    expect(res.status).toBe(200);
    expect(res.body).toContain('EmbeddedSandbox');
    expect(res.body).not.toContain('href="/health/ready"');
  });

  jsonAnswers(() => h);
});
