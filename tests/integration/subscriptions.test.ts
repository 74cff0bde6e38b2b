// Live updates across instances: two servers over one Neo4j; a write through A reaches a subscriber on B through
// the database's change feed, with its ends and quotes, filtered by type and entity; write-to-delivery latency.
import { authConfig, bearer } from '../fixtures/auth';
import { type Harness, startHarness } from '../fixtures/harness';
import { type Instance, liveClient, type LiveClient, percentile, startInstance, subscribed } from '../fixtures/live';
import { INGEST, MERGE } from '../fixtures/mutations';

// The machine may be busy (other suites, two cores): generous timeouts; only the latency test measures time.
jest.setTimeout(120_000);

const RELATIONSHIP_ADDED = `subscription($types: [RelationshipType!], $entity: ID) {
  relationshipAdded(types: $types, entity: $entity) { id type from { id } to { id } sources { quote } }
}`;
const SOURCE_ADDED = 'subscription { sourceAdded { id title } }';

type RelationshipEvent = { relationshipAdded: { id: string; type: string; from: { id: string }; to: { id: string }; sources: Array<{ quote: string }> } };
type SourceEvent = { sourceAdded: { id: string; title: string } };

let a: Harness;
let b: Instance;
let client: LiveClient;
let editor: Record<string, string>;

beforeAll(async () => {
  a = await startHarness({ config: { auth: authConfig() } });
  b = await startInstance(a);
  editor = await bearer(['editor'], { subject: 'live-writer' });
  client = liveClient(b.url);
}, 180_000);
afterAll(async () => {
  await client?.dispose();
  await b?.close();
  await a?.close();
});

/** A facts document: one new source, one new person, and the person mediating the seed's ceasefire talks. */
function document(n: string, type = 'MEDIATES', to = 'gaza-ceasefire-talks') {
  return {
    source: { id: `live-source-${n}`, title: `Live test ${n}` },
    entities: [{ id: `live-person-${n}`, kind: 'PERSON', name: `Live Person ${n}` }],
    relationships: [{ type, from: `live-person-${n}`, to, quote: `live person ${n} works on it` }],
  };
}

async function ingest(n: string, type?: string, to?: string): Promise<void> {
  const res = await a.gql(INGEST, { document: document(n, type, to) }, editor);
  expect(res.errors).toBeUndefined();
}

test('a relationship and a source written through instance A reach subscribers on instance B, with ends and quotes', async () => {
  const relationships = client.subscribe<RelationshipEvent>(RELATIONSHIP_ADDED);
  const sources = client.subscribe<SourceEvent>(SOURCE_ADDED);
  await subscribed(b.server, 'relationships', 1);
  await subscribed(b.server, 'sources', 1);

  await ingest('first');

  expect((await relationships.next()).relationshipAdded).toEqual({
    id: 'live-person-first--mediates--gaza-ceasefire-talks',
    type: 'MEDIATES',
    from: { id: 'live-person-first' },
    to: { id: 'gaza-ceasefire-talks' },
    sources: [{ quote: 'live person first works on it' }],
  });
  expect((await sources.next()).sourceAdded).toEqual({ id: 'live-source-first', title: 'Live test first' });
  relationships.unsubscribe();
  sources.unsubscribe();
  await subscribed(b.server, 'relationships', 0);
});

test('a subscriber sees only what commits after it subscribed, in commit order', async () => {
  await ingest('before');
  const relationships = client.subscribe<RelationshipEvent>(RELATIONSHIP_ADDED);
  await subscribed(b.server, 'relationships', 1);
  await ingest('after-1');
  await ingest('after-2');
  expect((await relationships.next()).relationshipAdded.from.id).toBe('live-person-after-1');
  expect((await relationships.next()).relationshipAdded.from.id).toBe('live-person-after-2');
  relationships.unsubscribe();
  await subscribed(b.server, 'relationships', 0);
});

test('types and entity filter what a subscription receives', async () => {
  const byType = client.subscribe<RelationshipEvent>(RELATIONSHIP_ADDED, { types: ['ACCUSES'] });
  const byEntity = client.subscribe<RelationshipEvent>(RELATIONSHIP_ADDED, { entity: 'hamas' });
  await subscribed(b.server, 'relationships', 2);

  await ingest('filter-1', 'MEDIATES', 'gaza-ceasefire-talks'); // neither
  await ingest('filter-2', 'NEGOTIATES', 'hamas'); // entity only
  await ingest('filter-3', 'ACCUSES', 'qatar'); // type only
  await ingest('filter-4', 'ACCUSES', 'hamas'); // both

  expect((await byType.next()).relationshipAdded.id).toBe('live-person-filter-3--accuses--qatar');
  expect((await byType.next()).relationshipAdded.id).toBe('live-person-filter-4--accuses--hamas');
  expect((await byEntity.next()).relationshipAdded.id).toBe('live-person-filter-2--negotiates--hamas');
  expect((await byEntity.next()).relationshipAdded.id).toBe('live-person-filter-4--accuses--hamas');
  expect(byType.pending).toEqual([]);
  expect(byEntity.pending).toEqual([]);
  byType.unsubscribe();
  byEntity.unsubscribe();
  await subscribed(b.server, 'relationships', 0);
});

test('entity given as the id of a merged entity follows the entity it was merged into', async () => {
  await ingest('merge-keep', 'MEDIATES', 'qatar');
  await ingest('merge-duplicate', 'MEDIATES', 'qatar');
  const merged = await a.gql(MERGE, { keep: 'live-person-merge-keep', duplicate: 'live-person-merge-duplicate' }, await bearer(['admin'], { subject: 'live-admin' }));
  expect(merged.errors).toBeUndefined();
  const byOldId = client.subscribe<RelationshipEvent>(RELATIONSHIP_ADDED, { entity: 'live-person-merge-duplicate' });
  await subscribed(b.server, 'relationships', 1);
  const res = await a.gql(INGEST, { document: { ...document('merge-later'), relationships: [{ type: 'ACCUSES', from: 'live-person-merge-keep', to: 'hamas', quote: 'the kept one accuses' }] } }, editor);
  expect(res.errors).toBeUndefined();
  expect((await byOldId.next()).relationshipAdded).toMatchObject({ id: 'live-person-merge-keep--accuses--hamas', from: { id: 'live-person-merge-keep' } });
  byOldId.unsubscribe();
  await subscribed(b.server, 'relationships', 0);
});

test('write-to-delivery latency across instances over 20 writes (printed, not asserted)', async () => {
  const relationships = client.subscribe<RelationshipEvent>(RELATIONSHIP_ADDED);
  await subscribed(b.server, 'relationships', 1);
  const latencies: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    await ingest(`latency-${i}`);
    const answered = performance.now();
    const event = await relationships.next();
    latencies.push(performance.now() - answered);
    expect(event.relationshipAdded.from.id).toBe(`live-person-latency-${i}`);
  }
  const round = (ms: number) => Math.round(ms);
  console.log(`write-to-delivery latency, write on A → subscriber on B, LIVE_POLL_MS=${b.server.live.feed.pollMs}, 20 writes: `
    + `p50 ${round(percentile(latencies, 50))} ms, p95 ${round(percentile(latencies, 95))} ms, max ${round(Math.max(...latencies))} ms`);
  relationships.unsubscribe();
});
