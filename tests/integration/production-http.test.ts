// Error hygiene in production, persisted queries, CSRF prevention, metrics and request logs, on one server.
import { createHash } from 'node:crypto';
import pino from 'pino';
import { Database, type Params, type Row, type RoundTripCounter } from '../../src/db/database';
import { MASKED_MESSAGE } from '../../src/errorMapping';
import { createServer, type NewsgraphServer } from '../../src/server';
import { type GraphQLBody, testConfig } from '../fixtures/harness';
import { testCypher } from '../fixtures/testCypher';
import { testNeo4jUri } from '../fixtures/testDatabase';

/** The real database, except that entity lookups run a statement Neo4j rejects (an unexpected error). */
class BrokenLookups extends Database {
  override async read(name: string, params: Params = {}, counter?: RoundTripCounter): Promise<Row[]> {
    return name === 'entities-by-ids' ? this.readText(testCypher('broken'), params, counter) : super.read(name, params, counter);
  }
}

const logs: Array<Record<string, unknown>> = [];
const log = pino({ level: 'info' }, { write: (line: string) => { logs.push(JSON.parse(line) as Record<string, unknown>); } });
let server: NewsgraphServer;
let db: Database;
let url: string;

beforeAll(async () => {
  const config = testConfig({ production: true, introspection: false, landingPage: false, persistedQueries: { enabled: true, cacheBytes: 200, ttlSeconds: 0 } });
  const plain = Database.connect(testNeo4jUri(), config.neo4j);
  db = new BrokenLookups(plain.driver, config.neo4j);
  server = await createServer({ config, db, log });
  url = `http://127.0.0.1:${await server.listen(0)}/graphql`;
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; json: GraphQLBody }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as GraphQLBody };
}

test('an unexpected database error is masked: no Cypher, no driver message, the request id to quote; logged with that id', async () => {
  const res = await post({ query: 'query Broken { entity(id: "qatar") { id } }' }, { 'x-request-id': 'req-broken-1' });
  const [error] = res.json.errors ?? [];
  expect(error?.message).toBe(MASKED_MESSAGE);
  expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-broken-1' });
  expect(JSON.stringify(res.json)).not.toMatch(/secretInternals|Neo4j|Neo\.|stack|\.ts:/);
  expect(res.headers.get('x-request-id')).toBe('req-broken-1');
  const logged = logs.find((line) => line.requestId === 'req-broken-1' && line.msg === 'unexpected error');
  expect(JSON.stringify(logged)).toMatch(/secretInternals/);
});

test('expected errors keep their codes and messages in production', async () => {
  const res = await post({ query: '{ search(text: "x", first: 1000) { entity { id } } }' });
  expect(res.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.json.errors?.[0]?.message).not.toBe(MASKED_MESSAGE);
});

test('automatic persisted queries: unknown hash asks for the text, then the hash alone works; the cache is bounded', async () => {
  const query = '{ a: __typename }';
  const hash = (text: string) => createHash('sha256').update(text).digest('hex');
  const ext = (text: string) => ({ persistedQuery: { version: 1, sha256Hash: hash(text) } });
  expect((await post({ extensions: ext(query) })).json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  expect((await post({ query, extensions: ext(query) })).json.data).toEqual({ a: 'Query' });
  expect((await post({ extensions: ext(query) })).json.data).toEqual({ a: 'Query' });
  // 200 bytes of cache: registering a few larger documents evicts the first.
  for (let i = 0; i < 4; i += 1) {
    const other = `{ b${i}: __typename ${'c'.repeat(60)}: __typename }`;
    await post({ query: other, extensions: ext(other) });
  }
  expect((await post({ extensions: ext(query) })).json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
});

test('CSRF prevention: a simple GET is refused unless it carries a preflight header', async () => {
  const get = `${url}?query=${encodeURIComponent('{ __typename }')}`;
  expect((await fetch(get)).status).toBe(400);
  const ok = await fetch(get, { headers: { 'apollo-require-preflight': 'true' } });
  expect(ok.status).toBe(200);
});

test('metrics: latency histogram per operation, errors by code, round trips, pool usage; logs carry the request fields', async () => {
  await post({ query: 'query Named { lookup(name: "qatar") { id } }' }, { 'x-request-id': 'req-named-1' });
  const text = await (await fetch(url.replace('/graphql', '/metrics'))).text();
  expect(text).toMatch(/^newsgraph_graphql_request_duration_seconds_count\{operation="Named"\} 1$/m);
  expect(text).toMatch(/^newsgraph_graphql_errors_total\{code="INTERNAL_SERVER_ERROR"\} 1$/m);
  expect(text).toMatch(/^newsgraph_graphql_errors_total\{code="BAD_USER_INPUT"\} 1$/m);
  expect(text).toMatch(/^newsgraph_neo4j_round_trips_total\{operation="Named"\} [1-9]/m);
  expect(text).toMatch(/^newsgraph_neo4j_sessions_in_use 0$/m);
  expect(text).toMatch(/^newsgraph_neo4j_pool_max_size 16$/m);
  expect(text).toMatch(/^newsgraph_neo4j_up 1$/m);
  const line = logs.find((l) => l.requestId === 'req-named-1' && l.msg === 'graphql request');
  expect(line).toMatchObject({ operationName: 'Named', errors: 0 });
  expect(line?.durationMs).toEqual(expect.any(Number));
  expect(line?.roundTrips).toBeGreaterThanOrEqual(1);
});

// Last in the file: its error would count in the metrics test's totals.
test('answers are never stored by browsers or proxies: cache-control no-store on GET and POST, errors too', async () => {
  const get = await fetch(`${url}?query=${encodeURIComponent('{ lookup(name: "qatar") { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
  expect(get.status).toBe(200);
  expect(get.headers.get('cache-control')).toBe('no-store');
  expect((await post({ query: '{ lookup(name: "qatar") { id } }' })).headers.get('cache-control')).toBe('no-store');
  expect((await post({ query: '{ search(text: "x", first: 1000) { entity { id } } }' })).headers.get('cache-control')).toBe('no-store');
  // Nor revalidated, so no ETag is computed for them (hashing each body cost CPU on every answer).
  expect(get.headers.get('etag')).toBeNull();
  expect((await post({ query: '{ lookup(name: "qatar") { id } }' })).headers.get('etag')).toBeNull();
});
