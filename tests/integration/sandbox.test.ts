// The Apollo Sandbox promise, end to end over HTTP: outside production the service serves the embedded
// Sandbox, answers introspection and accepts Studio's CORS preflight; the production settings turn both off.
import { type Harness, startHarness } from '../fixtures/harness';

const STUDIO = 'https://studio.apollographql.com';
const INTROSPECTION = '{ __schema { queryType { name } types { name } } }';

async function landingPage(h: Harness, path: '/' | '/graphql') {
  const response = await fetch(new URL(path, h.url), { headers: { accept: 'text/html' } });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

async function preflight(h: Harness) {
  return fetch(h.url, {
    method: 'OPTIONS',
    headers: { origin: STUDIO, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
}

describe('in development (landing page and introspection on)', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ seed: false, config: { landingPage: true, introspection: true } }); });
  afterAll(async () => { await h.close(); });

  test.each(['/', '/graphql'] as const)('GET %s with accept text/html serves the embedded Apollo Sandbox', async (path) => {
    const page = await landingPage(h, path);
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.body).toContain('embeddable-sandbox');
    expect(page.body).toContain('EmbeddedSandbox');
  });

  test('introspection answers with the schema', async () => {
    const res = await h.gql(INTROSPECTION);
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.queryType.name).toBe('Query');
    expect(res.data?.__schema.types.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['Entity', 'Relationship', 'Provenance']));
  });

  test('a CORS preflight from Apollo Studio for a JSON POST is accepted', async () => {
    const response = await preflight(h);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(STUDIO);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
  });

  test('a preflight from an unknown origin gets no CORS grant', async () => {
    const response = await fetch(h.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('with the production settings (landing page and introspection off)', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ seed: false, config: { production: true, landingPage: false, introspection: false } }); });
  afterAll(async () => { await h.close(); });

  test.each(['/', '/graphql'] as const)('GET %s with accept text/html serves no Sandbox, but newsgraph\'s own page', async (path) => {
    const page = await landingPage(h, path);
    expect(page.body).not.toContain('EmbeddedSandbox');
    expect(page.body).not.toContain('embeddable-sandbox');
    expect(page.status).toBe(200);
    expect(page.body).toContain('href="/explorer"');
  });

  test('introspection is refused with a validation error', async () => {
    const res = await h.gql(INTROSPECTION);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
  });

  test('ordinary queries still work', async () => {
    const res = await h.gql('{ entities(first: 1) { totalCount } }');
    expect(res.errors).toBeUndefined();
    expect(typeof res.data?.entities.totalCount).toBe('number');
  });
});
