// Operation limits over HTTP: each is configurable, and each rejection is OPERATION_LIMIT_EXCEEDED naming the limit.
import { type GraphQLBody, type Harness, startHarness, testConfig } from '../fixtures/harness';

const LIMITS = { maxDepth: 7, maxCost: 500, maxAliases: 3, maxDirectives: 4, maxTokens: 200, maxBodyBytes: 4_000, maxBatch: 0 };

let h: Harness;
beforeAll(async () => { h = await startHarness({ seed: false, config: { limits: LIMITS } }); });
afterAll(async () => { await h.close(); });

async function post(body: unknown, url = h.url): Promise<{ status: number; json: GraphQLBody }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as GraphQLBody };
}

function expectLimit(res: { status: number; json: GraphQLBody }, limit: string, status = 400): void {
  expect(res.status).toBe(status);
  expect(res.json.errors).toHaveLength(1);
  expect(res.json.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit, max: LIMITS[limit as keyof typeof LIMITS] });
  expect(res.json.errors?.[0]?.message).toContain(limit);
  expect(JSON.stringify(res.json)).not.toMatch(/stacktrace|at .*\.js:\d+/);
}

test('a query deeper than maxDepth is rejected naming maxDepth and the depth found; one at the limit runs', async () => {
  const deep = await post({ query: '{ entities { edges { node { relationships { edges { node { to { name } } } } } } } }' });
  expectLimit(deep, 'maxDepth');
  expect(deep.json.errors?.[0]?.extensions?.found).toBe(8);
  const ok = await post({ query: '{ entities(first: 2) { edges { node { relationships(first: 2) { edges { node { id } } } } } } }' });
  expect(ok.json.errors).toBeUndefined();
});

test('cost counts `first` whether literal, a variable or the default, so a variable cannot dodge it', async () => {
  const query = 'query Q($n: Int) { entities(first: $n) { edges { node { id name kind description } } } }';
  // (1 + edges (1 + node (1 + 4 scalars))) × first: 7 × 100 = 700 > 500, but 7 × 20 = 140 fits.
  const big = await post({ query, variables: { n: 100 } });
  expectLimit(big, 'maxCost');
  expect(big.json.errors?.[0]?.extensions?.found).toBe(700);
  expectLimit(await post({ query: '{ entities(first: 100) { edges { node { id name kind description } } } }' }), 'maxCost');
  expect((await post({ query, variables: { n: 20 } })).json.errors).toBeUndefined();
  // Without `first` the schema default (20) counts; nested pages multiply: 20 × 20 × … is over.
  const nested = await post({ query: '{ entities { edges { node { relationships { edges { node { id } } } } } } }' });
  expectLimit(nested, 'maxCost');
});

test('more aliases than maxAliases are rejected naming maxAliases', async () => {
  const ok = await post({ query: '{ a: entity(id: "x") { id } b: entity(id: "y") { id } c: entity(id: "z") { id } }' });
  expect(ok.json.errors).toBeUndefined();
  expectLimit(await post({ query: '{ a: entity(id: "x") { id } b: entity(id: "y") { id } c: entity(id: "z") { id } d: entity(id: "w") { id } }' }), 'maxAliases');
});

test('more directives than maxDirectives are rejected naming maxDirectives', async () => {
  const fields = (n: number) => Array.from({ length: n }, () => '__typename @include(if: true)').join(' ');
  expect((await post({ query: `{ ${fields(4)} }` })).json.errors).toBeUndefined();
  expectLimit(await post({ query: `{ ${fields(5)} }` }), 'maxDirectives');
});

test('a document with more than maxTokens tokens is rejected before it is parsed, naming maxTokens', async () => {
  const query = `{ ${Array.from({ length: 250 }, () => '__typename').join(' ')} }`;
  expectLimit(await post({ query }), 'maxTokens');
});

test('a request body over maxBodyBytes is answered 413 naming maxBodyBytes', async () => {
  const res = await post({ query: '{ __typename }', variables: { padding: 'x'.repeat(5_000) } });
  expectLimit(res, 'maxBodyBytes', 413);
});

test('batched requests are off by default: an array body is rejected naming maxBatch', async () => {
  const res = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
  expectLimit(res, 'maxBatch');
  expect(res.json.errors?.[0]?.extensions?.found).toBe(2);
});

test('a body that is not JSON is a coded 400, not an HTML error page', async () => {
  const response = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
  expect(response.status).toBe(400);
  const body = (await response.json()) as GraphQLBody;
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
});

describe('with GRAPHQL_MAX_BATCH=2', () => {
  let b: Harness;
  beforeAll(async () => { b = await startHarness({ seed: false, config: { limits: { ...testConfig().limits, maxBatch: 2 } } }); });
  afterAll(async () => { await b.close(); });

  test('a batch of up to two operations runs, a third is rejected naming maxBatch', async () => {
    const two = await post([{ query: '{ a: __typename }' }, { query: '{ b: __typename }' }], b.url);
    expect(two.status).toBe(200);
    expect(two.json).toMatchObject([{ data: { a: 'Query' } }, { data: { b: 'Query' } }]);
    const three = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }, { query: '{ __typename }' }], b.url);
    expect(three.status).toBe(400);
    expect(three.json.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxBatch', max: 2, found: 3 });
  });
});
