// Probe, not a test (run by hand; prints numbers): with auth required, 1,000 WebSockets that never send
// connection_init, each reopened whenever the server drops or refuses it, while a client with a valid token tries
// to connect and subscribe again and again for 15 s.
//   npx jest --testMatch '**/probes/liveAdmission.probe.ts' tests/probes
// PROBE_IDLE_ADDRESS picks the idle sockets' source address (default 127.0.0.2, another client than the token
// holder's 127.0.0.1; set 127.0.0.1 to share it).
import WebSocket from 'ws';
import { authConfig, bearer } from '../fixtures/auth';
import { type Harness, startHarness } from '../fixtures/harness';
import { liveClient, webSocketUrl } from '../fixtures/live';

jest.setTimeout(120_000);

const IDLE = 1000;
const DURATION_MS = 15_000;
const IDLE_ADDRESS = process.env.PROBE_IDLE_ADDRESS ?? '127.0.0.2';

/** A failure in a few words: a close event's code and reason, an error event's message. */
function describe(failure: unknown): string {
  if (typeof failure === 'object' && failure !== null) {
    const f = failure as { code?: unknown; reason?: unknown; message?: unknown };
    if (typeof f.code === 'number') return `close ${f.code} ${String(f.reason)}`.slice(0, 80);
    if (typeof f.message === 'string') return f.message.slice(0, 80);
  }
  return JSON.stringify(failure).slice(0, 80);
}

let h: Harness;
beforeAll(async () => { h = await startHarness({ config: { auth: authConfig({ requiredForReads: true }) } }); }, 180_000);
afterAll(async () => { await h?.close(); });

test('idle unauthenticated sockets against a client with a valid token', async () => {
  let stopping = false;
  const outcomes = { opened: 0, refused: new Map<number, number>(), closed: new Map<number, number>() };
  const bump = (m: Map<number, number>, k: number): void => { m.set(k, (m.get(k) ?? 0) + 1); };
  const sockets = new Set<WebSocket>();
  const idle = (): void => {
    if (stopping) return;
    const socket = new WebSocket(webSocketUrl(h.url), 'graphql-transport-ws', { localAddress: IDLE_ADDRESS });
    sockets.add(socket);
    let wasOpen = false;
    socket.on('open', () => { wasOpen = true; outcomes.opened += 1; });
    socket.on('unexpected-response', (_req, res) => { bump(outcomes.refused, res.statusCode ?? 0); socket.terminate(); });
    socket.on('error', () => undefined);
    socket.on('close', (code) => {
      sockets.delete(socket);
      if (wasOpen) bump(outcomes.closed, code);
      // Reopened at once when dropped; a refused one after a second, so refusals do not spin the CPU.
      setTimeout(idle, wasOpen ? 0 : 1000);
    });
  };
  for (let i = 0; i < IDLE; i += 1) idle();
  await new Promise((resolve) => setTimeout(resolve, 1500));

  const { authorization } = await bearer([], { subject: 'reader' });
  const tries: Array<{ ok: boolean; ms: number; why?: string }> = [];
  const end = Date.now() + DURATION_MS;
  while (Date.now() < end) {
    const started = Date.now();
    const client = liveClient(h.url, { authorization });
    const sub = client.subscribe('subscription { sourceAdded { id } }');
    const result = await Promise.race([
      new Promise<{ ok: boolean; why?: string }>((resolve) => {
        const check = setInterval(() => {
          if (h.server.live.feed.feed.subscriberCounts.sources > 0) { clearInterval(check); resolve({ ok: true }); }
        }, 5);
        void sub.failed.then((e) => { clearInterval(check); resolve({ ok: false, why: describe(e) }); });
      }),
      new Promise<{ ok: boolean; why?: string }>((resolve) => setTimeout(() => resolve({ ok: false, why: 'no subscription within 5 s' }), 5000)),
    ]);
    tries.push({ ...result, ms: Date.now() - started });
    sub.unsubscribe();
    await client.dispose();
    while (h.server.live.feed.feed.subscriberCounts.sources > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopping = true;
  for (const socket of sockets) socket.terminate();

  const ok = tries.filter((t) => t.ok);
  const why = new Map<string, number>();
  for (const t of tries) if (!t.ok) why.set(t.why ?? '?', (why.get(t.why ?? '?') ?? 0) + 1);
  const ms = ok.map((t) => t.ms).sort((a, b) => a - b);
  console.log(JSON.stringify({
    idleAddress: IDLE_ADDRESS,
    tries: tries.length,
    subscribed: ok.length,
    failures: Object.fromEntries(why),
    subscribeMs: { p50: ms[Math.floor(ms.length / 2)], max: ms[ms.length - 1] },
    idle: { opened: outcomes.opened, refused: Object.fromEntries(outcomes.refused), closedWith: Object.fromEntries(outcomes.closed) },
  }, null, 1));
});
