// Live delivery under one large write, and resuming: many subscribers all receive every event of an ingest of
// hundreds of relationships, none closed as "too slow" (the server resolving is not the client reading); each
// event carries its cursor; a client that subscribes again `after` its last cursor gets exactly what it missed;
// a cursor further behind than LIVE_MAX_REPLAY_EVENTS is TOO_FAR_BEHIND. The speed goal itself (100 subscribers,
// 2,000 relationships, HTTP p99) is measured by `npm run bench:subscription-fanout`, not asserted here.
import { authConfig, bearer } from '../fixtures/auth';
import { type Harness, startHarness } from '../fixtures/harness';
import { type Instance, liveClient, type LiveClient, startInstance, subscribed, waitUntil } from '../fixtures/live';
import { INGEST } from '../fixtures/mutations';

jest.setTimeout(180_000);

const FULL = `subscription($after: String) {
  relationshipAdded(after: $after) { id type from { id name } to { id name } sources { quote source { id title } } }
}`;
type RelationshipEvent = { relationshipAdded: { id: string; from: { name: string }; to: { name: string }; sources: Array<{ quote: string; source: { id: string } }> } };

let a: Harness;
let b: Instance;
let editor: Record<string, string>;
const clients: LiveClient[] = [];

beforeAll(async () => {
  a = await startHarness({ config: { auth: authConfig() } });
  b = await startInstance(a, { live: { ...a.config.live, maxReplayEvents: 600 } });
  editor = await bearer(['editor'], { subject: 'delivery-writer' });
}, 180_000);
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await b?.close();
  await a?.close();
});

function client(): LiveClient {
  const c = liveClient(b.url);
  clients.push(c);
  return c;
}

/** One facts document: `n` relationships among 50 new people, each quoted from one new source. */
function document(run: string, n: number) {
  const people = Array.from({ length: 50 }, (_, i) => ({ id: `${run}-p${i}`, kind: 'PERSON', name: `${run} person ${i}` }));
  const relationships = Array.from({ length: n }, (_, i) => {
    const from = i % 50;
    const to = (from + 1 + (Math.floor(i / 50) % 49)) % 50;
    return { type: 'MEETS_WITH', from: `${run}-p${from}`, to: `${run}-p${to}`, quote: `${run}: ${from} met ${to} (${i})` };
  });
  return { source: { id: `${run}-source`, title: `Delivery ${run}` }, entities: people, relationships };
}

async function ingest(run: string, n: number): Promise<void> {
  const res = await a.gql(INGEST, { document: document(run, n) }, editor);
  expect(res.errors).toBeUndefined();
}

test('20 subscribers with a full selection all receive every one of a 500-relationship write, none closed', async () => {
  const subscribers = Array.from({ length: 20 }, () => client());
  const subscriptions = subscribers.map((c) => c.subscribe<RelationshipEvent>(FULL));
  await subscribed(b.server, 'relationships', 20);
  await ingest('fanout', 500);
  await waitUntil(() => subscriptions.every((s) => s.pending.length >= 500), 120_000, 'every subscriber to receive 500 events');
  for (const s of subscriptions) s.unsubscribe();
  for (const [i, s] of subscriptions.entries()) {
    expect(subscribers[i]?.closes).toEqual([]);
    expect(s.pending).toHaveLength(500);
    expect(new Set(s.pending.map((e) => e.relationshipAdded.id)).size).toBe(500);
    expect(new Set(s.cursors).size).toBe(500);
  }
  const [first] = subscriptions[0]?.pending ?? [];
  expect(first?.relationshipAdded.sources).toEqual([{ quote: expect.stringMatching(/^fanout: /), source: { id: 'fanout-source', title: 'Delivery fanout' } }]);
  expect(first?.relationshipAdded.from.name).toMatch(/^fanout person /);
  // Every subscriber got the same events in the same order.
  const order = subscriptions[0]?.pending.map((e) => e.relationshipAdded.id);
  for (const s of subscriptions) expect(s.pending.map((e) => e.relationshipAdded.id)).toEqual(order);
  await subscribed(b.server, 'relationships', 0);
});

test('subscribing again after the last cursor received replays exactly the missed events, then live ones', async () => {
  const first = client();
  const before = first.subscribe<RelationshipEvent>(FULL);
  await subscribed(b.server, 'relationships', 1);
  await ingest('resume-a', 30);
  await waitUntil(() => before.pending.length === 30, 30_000, 'the first 30 events');
  const last = before.cursors[29];
  await first.dispose(); // the connection drops
  await subscribed(b.server, 'relationships', 0);

  await ingest('resume-b', 40); // missed while away
  const again = client().subscribe<RelationshipEvent>(FULL, { after: last });
  await subscribed(b.server, 'relationships', 1);
  await ingest('resume-c', 5); // live after the reconnect
  await waitUntil(() => again.pending.length >= 45, 30_000, 'the missed and the live events');
  await new Promise((resolve) => setTimeout(resolve, 500)); // nothing more (no repeats) arrives
  const ids = again.pending.map((e) => e.relationshipAdded.id);
  expect(ids).toHaveLength(45);
  expect(new Set(ids).size).toBe(45);
  expect(ids.slice(0, 40).every((id) => id.startsWith('resume-b-'))).toBe(true);
  expect(ids.slice(40).every((id) => id.startsWith('resume-c-'))).toBe(true);
  again.unsubscribe();
});

test('a cursor more than LIVE_MAX_REPLAY_EVENTS behind is TOO_FAR_BEHIND; a malformed one, or another field\'s, is BAD_USER_INPUT', async () => {
  const c = client();
  const marker = c.subscribe<RelationshipEvent>(FULL);
  const sources = c.subscribe<{ sourceAdded: { id: string } }>('subscription { sourceAdded { id } }');
  await subscribed(b.server, 'relationships', 1);
  await subscribed(b.server, 'sources', 1);
  await ingest('behind-a', 1);
  await waitUntil(() => marker.pending.length === 1 && sources.pending.length === 1, 30_000, 'the marker events');
  marker.unsubscribe();
  sources.unsubscribe();
  await ingest('behind-b', 601); // LIVE_MAX_REPLAY_EVENTS is 600 on this instance

  const tooFar = await c.subscribe(FULL, { after: marker.cursors[0] }).failed;
  expect(tooFar).toEqual([expect.objectContaining({ extensions: { code: 'TOO_FAR_BEHIND', maxReplayEvents: 600 } })]);
  const malformed = await c.subscribe(FULL, { after: 'not-a-cursor' }).failed;
  expect(malformed).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  const otherField = await c.subscribe(FULL, { after: sources.cursors[0] }).failed;
  expect(otherField).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  // The graphql-ws client closes an idle socket itself (1000); the server closed nothing.
  expect(c.closes.filter((e) => e.code !== 1000)).toEqual([]);
});
