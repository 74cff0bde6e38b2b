// Behind a proxy named in TRUST_PROXY, per-client limits count the address the proxy forwards: clients behind one
// proxy no longer share one allowance. Without it, X-Forwarded-For is ignored (a client cannot pick its address).
import WebSocket from 'ws';
import { type Harness, startHarness, testConfig } from '../fixtures/harness';
import { webSocketUrl } from '../fixtures/live';

const harnesses: Harness[] = [];
const sockets: WebSocket[] = [];

afterAll(async () => {
  for (const socket of sockets) socket.terminate();
  for (const h of harnesses) await h.close();
});

async function serve(trustProxy: string[]): Promise<Harness> {
  const h = await startHarness({ seed: false, config: { trustProxy, live: { ...testConfig().live, maxConnectingPerAddress: 1, connectionInitTimeoutMs: 10_000 } } });
  harnesses.push(h);
  return h;
}

/** Opens a socket that never sends connection_init; resolves with 'open' or the HTTP status it was refused with. */
function idleSocket(h: Harness, forwardedFor: string): Promise<'open' | number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(webSocketUrl(h.url), 'graphql-transport-ws', { headers: { 'x-forwarded-for': forwardedFor } });
    sockets.push(socket);
    socket.on('open', () => resolve('open'));
    socket.on('unexpected-response', (_req, res) => { resolve(res.statusCode ?? 0); socket.terminate(); });
    socket.on('error', () => undefined);
  });
}

test('with TRUST_PROXY=loopback, two clients behind the proxy get an allowance each; a third from the first address is refused', async () => {
  const h = await serve(['loopback']);
  expect(await idleSocket(h, '203.0.113.5')).toBe('open');
  expect(await idleSocket(h, '203.0.113.6')).toBe('open');
  expect(await idleSocket(h, '203.0.113.5')).toBe(429);
});

test('without TRUST_PROXY, X-Forwarded-For is ignored: one peer address, one allowance', async () => {
  const h = await serve([]);
  expect(await idleSocket(h, '203.0.113.5')).toBe('open');
  expect(await idleSocket(h, '203.0.113.6')).toBe(429);
});
