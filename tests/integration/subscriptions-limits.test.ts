// Live updates' guards: the token in connection_init, the operation limits Apollo applies, subscriptions only
// over WebSocket (and not over HTTP), the cap on subscriptions per connection, slow clients closed with 1013 (and
// the graphql-ws client coming back by itself), and shutdown closing every connection with 1001. Caps on
// connections and token expiry: subscriptions-admission.test.ts.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadFacts } from '../../src/facts/load';
import { authConfig, bearer } from '../fixtures/auth';
import { type Harness, startHarness } from '../fixtures/harness';
import { type Instance, liveClient, instancesOver, startInstance, subscribed, waitUntil, webSocketUrl } from '../fixtures/live';

jest.setTimeout(120_000);

const SOURCE_ADDED = 'subscription { sourceAdded { id } }';

let a: Harness;
const instances = instancesOver(() => a);

function instance(live: Partial<Harness['config']['live']> = {}, auth = authConfig()): Promise<Instance> {
  return instances.start(live, auth);
}

beforeAll(async () => {
  a = await startHarness({ config: { auth: authConfig() } });
}, 180_000);
afterAll(async () => {
  await instances.closeAll();
  await a?.close();
});

type Failure = Array<{ message: string; extensions?: Record<string, unknown> }> | { code: number; reason: string };

describe('auth', () => {
  let closed: Instance;
  beforeAll(async () => { closed = await instance({}, authConfig({ requiredForReads: true })); });

  test.each([
    ['no token', undefined],
    ['a malformed header', 'Token abc'],
    ['a token signed with another secret', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
  ])('when reads need a token, %s closes the socket with 4401', async (_label, authorization) => {
    const client = liveClient(closed.url, { authorization });
    const failure = (await client.subscribe(SOURCE_ADDED).failed) as Failure;
    expect(failure).toMatchObject({ code: 4401 });
    expect(client.closes[0]?.reason).toMatch(/^Unauthorized: /);
    await client.dispose();
  });

  test('when reads need a token, a valid one subscribes', async () => {
    const client = liveClient(closed.url, { authorization: (await bearer([], { subject: 'reader' })).authorization });
    const sub = client.subscribe(SOURCE_ADDED);
    await subscribed(closed.server, 'sources', 1);
    sub.unsubscribe();
    await subscribed(closed.server, 'sources', 0);
    await client.dispose();
  });
});

test('an invalid token closes the socket with 4401 even when reads are open, as over HTTP', async () => {
  const open = await instance();
  const client = liveClient(open.url, { authorization: 'Bearer not.a.token' });
  expect(await client.subscribe(SOURCE_ADDED).failed).toMatchObject({ code: 4401 });
  await client.dispose();
});

describe('operations', () => {
  let b: Instance;
  beforeAll(async () => { b = await instance({ maxSubscriptionsPerConnection: 2 }); });

  test('an over-deep subscription is refused with OPERATION_LIMIT_EXCEEDED (maxDepth), as over HTTP', async () => {
    const nest = (n: number): string => (n === 0 ? 'id' : `from { relationships { edges { node { ${nest(n - 1)} } } } }`);
    const client = liveClient(b.url);
    const errors = (await client.subscribe(`subscription { relationshipAdded { ${nest(4)} } }`).failed) as Failure;
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxDepth', max: 10 }) })]);
    await client.dispose();
  });

  test('queries and mutations over the WebSocket are refused (GRAPHQL_VALIDATION_FAILED); the socket stays usable', async () => {
    const client = liveClient(b.url);
    const errors = (await client.subscribe('{ stats { entityCount } }').failed) as Failure;
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/subscriptions only/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
    const sub = client.subscribe(SOURCE_ADDED);
    await subscribed(b.server, 'sources', 1);
    sub.unsubscribe();
    await subscribed(b.server, 'sources', 0);
    await client.dispose();
  });

  test('a subscription over HTTP is refused in validation (400), naming the WebSocket', async () => {
    const res = await a.gql(SOURCE_ADDED);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/WebSocket/);
  });

  test('a connection holds at most LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION subscriptions; one more is OPERATION_LIMIT_EXCEEDED', async () => {
    const client = liveClient(b.url);
    const open = [client.subscribe(SOURCE_ADDED), client.subscribe(SOURCE_ADDED)];
    await subscribed(b.server, 'sources', 2);
    const errors = (await client.subscribe(SOURCE_ADDED).failed) as Failure;
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxSubscriptionsPerConnection', max: 2, found: 3 } })]);
    for (const sub of open) sub.unsubscribe();
    await subscribed(b.server, 'sources', 0);
    await client.dispose();
  });
});

test('a client that stops reading is closed with 1013 (try again later); the graphql-ws client reconnects and subscribes again by itself', async () => {
  const b = await instance({ pollMs: 50, maxQueuedEvents: 4, slowClientMs: 300 });
  const sockets: WebSocket[] = [];
  const closes: Array<{ code: number; reason: string }> = [];
  const received: string[] = [];
  const failures: unknown[] = [];
  // graphql-ws' own defaults for retrying (retryAttempts 5, shouldRetry, retryWait): what an ordinary client does.
  const client = createClient({
    url: webSocketUrl(b.url),
    webSocketImpl: WebSocket,
    on: {
      opened: (socket) => { if (socket instanceof WebSocket) sockets.push(socket); },
      closed: (event) => { const e = event as { code: number; reason: unknown }; closes.push({ code: e.code, reason: String(e.reason) }); },
    },
  });
  const unsubscribe = client.subscribe<{ sourceAdded: { id: string } }>({ query: 'subscription { sourceAdded { id text } }' }, {
    next: ({ data }) => { if (data) received.push(data.sourceAdded.id); },
    error: (error) => { failures.push(error); },
    complete: () => undefined,
  });
  await subscribed(b.server, 'sources', 1);
  const slow = sockets[0];
  if (!slow) throw new Error('the client opened no socket');
  slow.pause();

  // Large events fill the socket's buffers; then the subscription's queue fills and stays full.
  const text = `${'Lorem ipsum dolor sit amet. '.repeat(20_000)}`;
  for (let i = 0; i < 80 && b.server.live.feed.feed.subscriberCounts.sources === 1; i += 1) {
    await loadFacts(a.db, { source: { id: `slow-client-source-${i}`, title: `Slow ${i}`, text }, entities: [], relationships: [] });
  }
  await waitUntil(() => b.server.live.feed.feed.subscriberCounts.sources === 0, 30_000, 'the slow subscriber to be dropped');
  slow.resume();
  await waitUntil(() => closes.length > 0, 10_000, 'the client to read the close');
  expect(closes[0]).toEqual({ code: 1013, reason: expect.stringMatching(/too slow/) });

  // graphql-ws waits 1 s plus 0.3–3 s of jitter, opens a new socket and subscribes again.
  await waitUntil(() => b.server.live.feed.feed.subscriberCounts.sources === 1, 15_000, 'the client to subscribe again');
  expect(sockets).toHaveLength(2);
  await loadFacts(a.db, { source: { id: 'after-slow-reconnect', title: 'After the reconnect', text: 'Short.' }, entities: [], relationships: [] });
  await waitUntil(() => received.includes('after-slow-reconnect'), 15_000, 'an event on the new connection');
  expect(failures).toEqual([]);
  unsubscribe();
  await client.dispose();
});

test('stop() closes live connections with 1001 and ends the feed polling', async () => {
  const c = await startInstance(a);
  const client = liveClient(c.url);
  const sub = client.subscribe(SOURCE_ADDED);
  await subscribed(c.server, 'sources', 1);
  await c.close();
  expect(client.closes).toEqual([expect.objectContaining({ code: 1001 })]);
  expect(c.server.live.webSockets.connections).toBe(0);
  expect(c.server.live.feed.feed.subscriberCounts.sources).toBe(0);
  sub.unsubscribe();
  await client.dispose();
});
