// Exports under load, on the real Neo4j: sixteen clients that start a multi-megabyte export and stop reading (as a
// `curl --limit-rate` reader does, only more so) take at most EXPORT_MAX_CONCURRENT sessions; the rest are refused
// with 429 and Retry-After before Neo4j is touched, while entity lookups keep answering; a reader under the floor
// rate is cut off and its session released; HEAD runs no export; repeated parameters are 400.
import { loadFacts } from '../../src/facts/load';
import { bigEntityId, bigExportFacts, type StalledReader, stalledReader } from '../fixtures/bigExport';
import { type Harness, startHarness, testConfig } from '../fixtures/harness';

const RELATIONSHIPS = 4000; // ~11 MB of JSON-LD: more than the loopback socket buffers of a reader that stopped

let h: Harness;
let base: string;

/** Waits until `check` holds (polling), or fails after `ms`. */
async function until(check: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const LOOKUP = 'query Lookup($id: ID!) { entity(id: $id) { id name } }';
const lookup = (id: string) => h.gql<{ entity: { id: string; name: string } | null }>(LOOKUP, { id });

beforeAll(async () => {
  const defaults = testConfig();
  // A small pool, so that exports taking it whole would show at once: 8 connections, 4 of them for exports.
  h = await startHarness({
    config: {
      neo4j: { ...defaults.neo4j, maxPoolSize: 8 },
      exports: { ...defaults.exports, maxConcurrent: 4, maxConcurrentPerClient: 2, minBytesPerSecond: 0 },
    },
  });
  base = h.url.replace(/\/graphql$/, '');
  await loadFacts(h.db, bigExportFacts(RELATIONSHIPS), 'export-load-test', undefined, 180_000);
  // Plans the lookup once, so its first answer under load is not a cold plan on a busy Neo4j.
  await lookup(bigEntityId(0));
}, 300_000);
afterAll(async () => { await h?.close(); });

describe('sixteen stalled readers', () => {
  let readers: StalledReader[] = [];
  afterAll(() => { for (const r of readers) r.close(); });

  test('take at most the export budget; the rest are refused with 429, Retry-After and the limit, before Neo4j', async () => {
    // Eight client addresses, two readers each: the per-client limit (2) never bites, the total (4) does.
    readers = await Promise.all(Array.from({ length: 16 }, (_, i) => stalledReader(`${base}/export/graph.jsonld`, `127.0.0.${1 + (i % 8)}`)));
    const admitted = readers.filter((r) => r.status === 200);
    const refused = readers.filter((r) => r.status !== 200);
    expect(admitted).toHaveLength(4);
    expect(refused).toHaveLength(12);
    for (const r of refused) {
      expect([r.status, r.headers['retry-after'], r.headers['content-type']?.startsWith('application/json')]).toEqual([429, '10', true]);
      expect(r.body?.errors[0]?.extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'exportMaxConcurrent', max: 4 });
    }
    // The admitted exports are still running (stalled on their readers), one session each.
    await new Promise((r) => setTimeout(r, 500));
    expect(h.db.activeSessions).toBe(4);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^newsgraph_exports_in_flight 4$/m);
    expect(metrics).toMatch(/^newsgraph_exports_refused_total\{limit="exportMaxConcurrent"\} 12$/m);
  });

  test('entity lookups keep answering, correctly and in normal time, and /health/ready stays 200', async () => {
    const started = Date.now();
    for (let round = 0; round < 5; round += 1) {
      const ids = Array.from({ length: 8 }, (_, i) => bigEntityId(round * 8 + i));
      const answers = await Promise.all(ids.map(async (id) => {
        const t0 = Date.now();
        const res = await lookup(id);
        return { res, ms: Date.now() - t0 };
      }));
      for (const [i, { res, ms }] of answers.entries()) {
        expect([res.status, res.errors, res.data?.entity?.id]).toEqual([200, undefined, ids[i]]);
        // A 200 means a connection came within NEO4J_ACQUISITION_TIMEOUT_MS (5 s): a starved pool answers
        // SERVICE_UNAVAILABLE then. The time bound is loose on purpose: while the exports fetch their first
        // batches they share the two cores with these reads (seen: ~5-9 s in the first round on a loaded machine,
        // under 0.3 s after), and the machine is shared.
        expect(ms).toBeLessThan(20_000);
      }
      expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    }
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(h.db.activeSessions).toBe(4);
  });

  test('a third export from one client is refused on the per-client limit', async () => {
    for (const r of readers) r.close();
    await until(() => h.db.activeSessions === 0, 10_000);
    readers = [await stalledReader(`${base}/export/events.csv`), await stalledReader(`${base}/export/events.csv`)];
    const third = await stalledReader(`${base}/export/events.csv`);
    expect(third.status).toBe(429);
    expect(third.body?.errors[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'exportMaxConcurrentPerClient', max: 2 });
    readers.push(await stalledReader(`${base}/export/events.csv`, '127.0.0.9'));
    expect(readers[2]?.status).toBe(200);
  });

  test('when the readers go, their places come back: a whole export streams to the end', async () => {
    for (const r of readers) r.close();
    await until(() => h.db.activeSessions === 0, 10_000);
    const res = await fetch(`${base}/export/events.csv?types=ACCUSES`);
    expect(res.status).toBe(200);
    expect((await res.text()).split('\r\n').length).toBeGreaterThan(RELATIONSHIPS);
  });
});

describe('a reader under the floor', () => {
  let paced: Harness;
  let pacedBase: string;
  beforeAll(async () => {
    const defaults = testConfig();
    // One export per client, so a freed place shows; a floor of 256 KiB/s judged each second after a second.
    paced = await startHarness({ seed: false, config: { exports: { ...defaults.exports, maxConcurrentPerClient: 1, minBytesPerSecond: 256 * 1024, slowReaderGraceMs: 1_000, slowReaderWindowMs: 1_000 } } });
    pacedBase = paced.url.replace(/\/graphql$/, '');
  }, 120_000);
  afterAll(async () => { await paced?.close(); });

  test('is cut off and its session released; a reader that keeps up gets the whole export', async () => {
    const stalled = await stalledReader(`${pacedBase}/export/graph.jsonld`);
    expect(stalled.status).toBe(200);
    expect((await stalledReader(`${pacedBase}/export/graph.jsonld`)).status).toBe(429);
    await new Promise((r) => setTimeout(r, 300));
    expect(paced.db.activeSessions).toBe(1);
    // Buffers fill, then the export waits on the reader for whole windows: cut after a few seconds.
    await until(() => paced.db.activeSessions === 0, 30_000);
    expect(await stalled.drain()).toBe('cut');
    // Its place is free again, and a reader that keeps up is never judged too slow.
    const whole = await fetch(`${pacedBase}/export/graph.jsonld`);
    expect(whole.status).toBe(200);
    const text = await whole.text();
    expect(JSON.parse(text)['@graph'].length).toBeGreaterThan(RELATIONSHIPS * 2);
  });
});

describe('HEAD and repeated parameters', () => {
  test('HEAD answers the headers of the export without running it', async () => {
    for (const file of ['graph.jsonld', 'graph.graphml', 'events.csv']) {
      const started = h.db.activeSessions;
      const res = await fetch(`${base}/export/${file}?types=ACCUSES`, { method: 'HEAD' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
      expect(res.headers.get('content-type')).toMatch(/^(application|text)\//);
      expect(await res.text()).toBe('');
      expect(h.db.activeSessions).toBe(started);
      const bad = await fetch(`${base}/export/${file}?types=BOMBED`, { method: 'HEAD' });
      expect(bad.status).toBe(400);
    }
  });

  test('HEAD touches no Neo4j: it answers while every export place is taken', async () => {
    const taken = await Promise.all([1, 2, 3, 4].map((i) => stalledReader(`${base}/export/graph.jsonld`, `127.0.0.${20 + i}`)));
    try {
      expect(taken.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      expect((await fetch(`${base}/export/graph.jsonld`, { method: 'HEAD' })).status).toBe(200);
    } finally {
      for (const r of taken) r.close();
    }
    await until(() => h.db.activeSessions === 0, 10_000);
  });

  test('a repeated parameter is 400 BAD_USER_INPUT naming it, never two values joined into one', async () => {
    for (const query of ['entity=a&entity=b', 'types=MEDIATES&types=STRUCK', 'asOf=2025-01-01&asOf=2025-01-02']) {
      const res = await fetch(`${base}/export/events.csv?${query}`);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].extensions.problems[0].path).toBe(query.split('=')[0]);
    }
  });
});
