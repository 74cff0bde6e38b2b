// Fault injection: a stream of concurrent ingestFacts writes while the embedded Neo4j is killed hard (SIGKILL
// of the Java process, no shutdown hook), then restarted on the same store and port. Every write the API
// acknowledged must be in the graph afterwards, every write it definitely rejected must be absent, and no
// document may be half-written. This test runs its own Neo4j, so killing it touches no other test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/db/database';
import { type EmbeddedNeo4j, freePort, startEmbeddedNeo4j } from '../../src/db/embedded';
import { applySchema } from '../../src/db/schema';
import { createLogger } from '../../src/log';
import { createServer, type NewsgraphServer } from '../../src/server';
import { authConfig, bearer } from '../fixtures/auth';
import { testConfig } from '../fixtures/harness';
import { testCypher } from '../fixtures/testCypher';

const WRITERS = 6;
/** Acknowledged writes before the kill, so the stream is in full flow when the database dies. */
const BEFORE_KILL = 60;
/** How long writes keep arriving while the database is down. */
const DOWN_MS = 2_000;
/** Acknowledged writes after recovery before the stream stops. */
const AFTER_RECOVERY = 30;
/** Every tenth document is invalid on purpose (an unknown relationship type): rejected in normal operation. */
const INVALID_EVERY = 10;

type Verdict = 'acknowledged' | 'rejected' | 'ambiguous';

interface Write {
  index: number;
  invalid: boolean;
  startedAt: number;
  endedAt: number;
  status: number;
  codes: string[];
  verdict: Verdict;
}

const ids = (i: number) => ({ source: `dur-src-${i}`, from: `dur-a-${i}`, to: `dur-b-${i}`, relationship: `dur-a-${i}--member-of--dur-b-${i}` });

function documentFor(i: number, invalid: boolean) {
  const { source, from, to } = ids(i);
  return {
    source: { id: source, title: `Durability write ${i}` },
    entities: [{ id: from, kind: 'GROUP', name: `Durability A ${i}` }, { id: to, kind: 'GROUP', name: `Durability B ${i}` }],
    relationships: [{ type: invalid ? 'NOT_A_TYPE' : 'MEMBER_OF', from, to, quote: `A ${i} is a member of B ${i}` }],
  };
}

const INGEST = 'mutation($d: FactsDocumentInput!) { ingestFacts(document: $d) { sourceId relationships { created } } }';

let dataDir: string;
let port: number;
let neo4j: EmbeddedNeo4j;
let db: Database;
let server: NewsgraphServer;
let url: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-durability-'));
  port = await freePort();
  neo4j = await startEmbeddedNeo4j({ dataDir, port, pageCacheMb: 64 });
  const base = testConfig();
  const config = testConfig({ neo4j: { ...base.neo4j, uri: neo4j.uri }, auth: authConfig() });
  db = Database.connect(neo4j.uri, config.neo4j);
  await applySchema(db);
  server = await createServer({ config, db, log: createLogger('silent') });
  url = `http://127.0.0.1:${await server.listen(0)}/graphql`;
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await db?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

test('after a hard kill and restart of Neo4j, every acknowledged write is in the graph and every rejected one is absent', async () => {
  const auth = await bearer(['editor'], { subject: 'durability-test', expiresIn: '1h' });
  const writes: Write[] = [];
  let next = 0;
  let stop = false;
  let killedAt = Infinity;
  let deadAt = Infinity;
  let readyAt = Infinity;
  let recoveredAt = Infinity;
  const acknowledged = (after = 0) => writes.filter((w) => w.verdict === 'acknowledged' && w.startedAt >= after).length;

  const writer = async () => {
    while (!stop) {
      const index = next++;
      const invalid = index % INVALID_EVERY === INVALID_EVERY - 1;
      const startedAt = Date.now();
      let status = 0;
      let codes: string[] = [];
      let ok = false;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth },
          body: JSON.stringify({ query: INGEST, variables: { d: documentFor(index, invalid) } }),
        });
        status = response.status;
        const body = (await response.json()) as { data?: { ingestFacts?: { sourceId: string } } | null; errors?: Array<{ extensions?: { code?: string } }> };
        codes = [...new Set((body.errors ?? []).map((e) => e.extensions?.code ?? 'NO CODE'))];
        ok = !body.errors?.length && body.data?.ingestFacts?.sourceId === ids(index).source;
      } catch {
        codes = ['NO RESPONSE'];
      }
      const endedAt = Date.now();
      // Acknowledged: data and no error. Rejected, for certain: an invalid document (refused before any
      // write), or a request whose whole life fell while the Neo4j process was dead, so nothing could commit.
      // Any other failure was in flight across the kill or the restart: the commit may have reached the disk
      // before the connection broke ("connection dropped after commit"), so the API cannot know; such writes
      // are ambiguous, counted apart, and only checked for being all-or-nothing.
      const definitelyRejected = invalid || (startedAt > deadAt && endedAt < readyAt);
      const verdict: Verdict = ok ? 'acknowledged' : definitelyRejected ? 'rejected' : 'ambiguous';
      writes.push({ index, invalid, startedAt, endedAt, status, codes, verdict });
      if (ok && startedAt > readyAt && recoveredAt === Infinity) recoveredAt = endedAt;
      // A real client backs off after a failure; without it, fail-fast SERVICE_UNAVAILABLE answers turn the
      // writers into a busy loop that starves the restarting Neo4j of CPU.
      if (!ok) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const waitFor = async (condition: () => boolean, what: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  const stream = Promise.all(Array.from({ length: WRITERS }, writer));
  await waitFor(() => acknowledged() >= BEFORE_KILL, `${BEFORE_KILL} acknowledged writes`, 120_000);

  // The hard kill: SIGKILL to the JVM, no shutdown hook, no flush beyond what each commit already forced.
  const exited = new Promise((resolve) => neo4j.process.once('exit', resolve));
  killedAt = Date.now();
  neo4j.process.kill('SIGKILL');
  await exited;
  deadAt = Date.now();
  await new Promise((resolve) => setTimeout(resolve, DOWN_MS));

  const restartAt = Date.now();
  neo4j = await startEmbeddedNeo4j({ dataDir, port, pageCacheMb: 64 });
  readyAt = Date.now();
  await waitFor(() => recoveredAt !== Infinity && acknowledged(readyAt) >= AFTER_RECOVERY, 'writes after the restart', 120_000);
  stop = true;
  await stream;

  const rows = await db.readText(testCypher('durability-presence'), { docs: writes.map((w) => ids(w.index)) });
  const parts = new Map(rows.map((r) => [String(r.source), Number(r.parts)]));
  const present = (w: Write) => parts.get(ids(w.index).source) === 4;
  const byVerdict = (v: Verdict) => writes.filter((w) => w.verdict === v);
  const report = {
    writes: writes.length,
    acknowledged: byVerdict('acknowledged').length,
    acknowledgedFound: byVerdict('acknowledged').filter(present).length,
    rejected: byVerdict('rejected').length,
    rejectedInvalid: byVerdict('rejected').filter((w) => w.invalid).length,
    rejectedAbsent: byVerdict('rejected').filter((w) => parts.get(ids(w.index).source) === 0).length,
    ambiguous: byVerdict('ambiguous').length,
    ambiguousFound: byVerdict('ambiguous').filter(present).length,
    errorCodes: Object.fromEntries([...new Set(writes.flatMap((w) => w.codes))].map((c) => [c, writes.filter((w) => w.codes.includes(c)).length])),
    statuses: Object.fromEntries([...new Set(writes.map((w) => w.status))].map((s) => [s, writes.filter((w) => w.status === s).length])),
    neo4jRestartMs: readyAt - restartAt,
    apiRecoveryAfterReadyMs: recoveredAt - readyAt,
    outageMs: recoveredAt - killedAt,
  };
  console.log(`durability: ${JSON.stringify(report)}`);

  expect(report.acknowledged).toBeGreaterThanOrEqual(BEFORE_KILL + AFTER_RECOVERY);
  expect(report.acknowledgedFound).toBe(report.acknowledged);
  expect(report.rejectedAbsent).toBe(report.rejected);
  // The database was really down for a while: some writes were refused because of it, not only the invalid ones.
  expect(report.rejected).toBeGreaterThan(report.rejectedInvalid);
  // All or nothing: no document is partly in the graph, whatever its verdict.
  expect(writes.filter((w) => ![0, 4].includes(parts.get(ids(w.index).source) ?? -1)).map((w) => w.index)).toEqual([]);
  // Every failure is a coded GraphQL error: a 503 only for SERVICE_UNAVAILABLE, never another 5xx, an uncoded
  // error or a dropped connection.
  const bad = (w: Write) => (w.status >= 500 && !(w.status === 503 && w.codes.join() === 'SERVICE_UNAVAILABLE'))
    || w.codes.some((c) => ['NO CODE', 'NO RESPONSE', 'INTERNAL_SERVER_ERROR'].includes(c));
  expect(writes.filter(bad).slice(0, 5)).toEqual([]);
  // Invalid documents are BAD_USER_INPUT, or SERVICE_UNAVAILABLE while the database is down (the outage check
  // fails requests fast, before validation).
  expect(writes.filter((w) => w.invalid && !['BAD_USER_INPUT', 'SERVICE_UNAVAILABLE'].includes(w.codes.join())).slice(0, 5)).toEqual([]);
}, 300_000);
