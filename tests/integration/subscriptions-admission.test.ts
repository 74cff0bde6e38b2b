// Who may hold a WebSocket, and for how long: sockets that never authenticate have their own small allowance per
// address and a connection_init deadline (4408), so they cannot keep out a client with a valid token; beyond
// LIVE_MAX_CONNECTIONS a client is closed with 1013, which graphql-ws retries; a connection ends (4401) when its
// token expires.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadFacts } from '../../src/facts/load';
import { authConfig, bearer } from '../fixtures/auth';
import { type Harness, startHarness } from '../fixtures/harness';
import { type Instance, liveClient, instancesOver, subscribed, waitUntil, webSocketUrl } from '../fixtures/live';

jest.setTimeout(120_000);

const SOURCE_ADDED = 'subscription { sourceAdded { id } }';
/** Another client address than the tests' own 127.0.0.1 (all of 127/8 is loopback on Linux). */
const OTHER_ADDRESS = '127.0.0.2';

let a: Harness;
const instances = instancesOver(() => a);

function instance(live: Partial<Harness['config']['live']>, requiredForReads = true): Promise<Instance> {
  return instances.start(live, authConfig({ requiredForReads }));
}

beforeAll(async () => {
  a = await startHarness({ config: { auth: authConfig() } });
}, 180_000);
afterAll(async () => {
  await instances.closeAll();
  await a?.close();
});

/** Sockets from `address` that never send connection_init, each reopened when the server closes it. */
function idleFlood(httpUrl: string, count: number, address: string) {
  const seen = { open: 0, refusals: [] as Array<{ status: number; body: string }>, closes: [] as Array<{ code: number; reason: string }> };
  const sockets = new Set<WebSocket>();
  let stopped = false;
  const open = (): void => {
    if (stopped) return;
    const socket = new WebSocket(webSocketUrl(httpUrl), 'graphql-transport-ws', { localAddress: address });
    sockets.add(socket);
    let wasOpen = false;
    socket.on('open', () => { wasOpen = true; seen.open += 1; });
    socket.on('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => { body += chunk.toString(); });
      res.on('end', () => { seen.refusals.push({ status: res.statusCode ?? 0, body }); socket.terminate(); });
    });
    socket.on('error', () => undefined);
    socket.on('close', (code, reason) => {
      sockets.delete(socket);
      if (stopped) return;
      if (wasOpen) { seen.open -= 1; seen.closes.push({ code, reason: reason.toString() }); }
      // Dropped: back at once; refused: after a pause, so the test does not spin.
      setTimeout(open, wasOpen ? 0 : 500);
    });
  };
  for (let i = 0; i < count; i += 1) open();
  return {
    seen,
    stop(): void {
      stopped = true;
      for (const socket of sockets) socket.terminate();
    },
  };
}

test('300 idle unauthenticated sockets from one address cannot keep a client with a valid token out: it connects and subscribes every time', async () => {
  // One acknowledged place only: the idle sockets must not be counted against it.
  const b = await instance({ maxConnections: 1, maxConnectingPerAddress: 5, connectionInitTimeoutMs: 1000 });
  const flood = idleFlood(b.url, 300, OTHER_ADDRESS);
  let mostConnecting = 0;
  const sampling = setInterval(() => { mostConnecting = Math.max(mostConnecting, b.server.live.webSockets.connecting); }, 5);
  await waitUntil(() => flood.seen.refusals.length >= 295 && flood.seen.open === 5, 20_000, 'the flood to fill its allowance');

  const { authorization } = await bearer([], { subject: 'reader' });
  for (let i = 0; i < 5; i += 1) {
    const client = liveClient(b.url, { authorization });
    const sub = client.subscribe(SOURCE_ADDED);
    await subscribed(b.server, 'sources', 1);
    sub.unsubscribe();
    await subscribed(b.server, 'sources', 0);
    await client.dispose();
    expect(client.closes.filter((c) => c.code !== 1000)).toEqual([]);
  }
  await waitUntil(() => flood.seen.closes.length >= 10, 10_000, 'the idle sockets to meet their deadline');
  clearInterval(sampling);
  flood.stop();

  // The flood's five, and the client with a token while it connects.
  expect(mostConnecting).toBeLessThanOrEqual(6);
  expect(new Set(flood.seen.closes.map((c) => `${c.code} ${c.reason}`))).toEqual(new Set(['4408 Connection initialisation timeout']));
  expect(new Set(flood.seen.refusals.map((r) => r.status))).toEqual(new Set([429]));
  expect(JSON.parse(flood.seen.refusals[0]?.body ?? '{}')).toEqual({
    errors: [{ message: expect.stringMatching(/waiting for connection_ack/), extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxConnectingPerAddress', max: 5 } }],
  });
});

test('beyond LIVE_MAX_CONNECTING the upgrade is refused with HTTP 503 and a coded body, whatever the address', async () => {
  const b = await instance({ maxConnecting: 2, maxConnectingPerAddress: 5 });
  const flood = idleFlood(b.url, 3, OTHER_ADDRESS);
  await waitUntil(() => flood.seen.refusals.length >= 1, 10_000, 'a refusal');
  const refused = new WebSocket(webSocketUrl(b.url), 'graphql-transport-ws');
  refused.on('error', () => undefined);
  const status = await new Promise<number | undefined>((resolve) => refused.once('unexpected-response', (_req, res) => resolve(res.statusCode)));
  refused.terminate();
  flood.stop();
  expect(status).toBe(503);
  expect(JSON.parse(flood.seen.refusals[0]?.body ?? '{}').errors[0].extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxConnecting', max: 2 });
});

test('beyond LIVE_MAX_CONNECTIONS a client is closed with 1013 instead of acknowledged; the graphql-ws client retries and gets in once a place is free', async () => {
  const b = await instance({ maxConnections: 1 }, false);
  const first = liveClient(b.url);
  const firstSub = first.subscribe(SOURCE_ADDED);
  await subscribed(b.server, 'sources', 1);

  // graphql-ws' own retry defaults, as an ordinary client has them.
  const closes: Array<{ code: number; reason: string }> = [];
  const failures: unknown[] = [];
  const second = createClient({
    url: webSocketUrl(b.url),
    webSocketImpl: WebSocket,
    on: { closed: (event) => { const e = event as { code: number; reason: unknown }; closes.push({ code: e.code, reason: String(e.reason) }); } },
  });
  const stop = second.subscribe({ query: SOURCE_ADDED }, { next: () => undefined, error: (e) => { failures.push(e); }, complete: () => undefined });
  await waitUntil(() => closes.length > 0, 10_000, 'the second client to be closed');
  expect(closes[0]).toEqual({ code: 1013, reason: 'too many live connections; try again later' });

  firstSub.unsubscribe();
  await first.dispose();
  await subscribed(b.server, 'sources', 0);
  // graphql-ws waits 1 s plus 0.3–3 s of jitter, connects again and subscribes by itself.
  await subscribed(b.server, 'sources', 1);
  expect(failures).toEqual([]);
  stop();
  await second.dispose();
});

test('a subscription gets its events until its token expires; then the socket is closed with 4401 "token expired"', async () => {
  const b = await instance({ pollMs: 50 });
  const { authorization } = await bearer([], { subject: 'short-lived', expiresIn: '5s' });
  const exp = JSON.parse(Buffer.from(authorization?.split('.')[1] ?? '', 'base64url').toString()).exp as number;
  const client = liveClient(b.url, { authorization });
  const sub = client.subscribe<{ sourceAdded: { id: string } }>(SOURCE_ADDED);
  await subscribed(b.server, 'sources', 1);
  // 4–5 s of life (exp is in whole seconds): room for the write and its event on a loaded machine.
  await loadFacts(a.db, { source: { id: 'before-token-expiry', title: 'Before expiry', text: 'Short.' }, entities: [], relationships: [] });
  expect((await sub.next()).sourceAdded.id).toBe('before-token-expiry');

  const failure = (await sub.failed) as { code: number; reason: string };
  const closedAt = Date.now();
  expect({ code: failure.code, reason: failure.reason }).toEqual({ code: 4401, reason: 'Unauthorized: token expired' });
  expect(closedAt).toBeGreaterThanOrEqual(exp * 1000);
  expect(closedAt).toBeLessThan(exp * 1000 + 2000);
  await subscribed(b.server, 'sources', 0);
  expect(b.server.live.webSockets.connections).toBe(0);
  await client.dispose();
});
