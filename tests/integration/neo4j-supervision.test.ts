// The embedded Neo4j dies (SIGKILL of its Java process) under a running service that supervises it as main.ts
// does: nobody touches the service, and within the bound it answers reads with data again, every acknowledged
// write still there; /health/ready went 503 and back to 200, /health/live stayed 200, the metrics counted the
// exit and the restart, and the log has the exit at error level. This suite runs its own Neo4j in a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { Database } from '../../src/db/database';
import { freePort, Neo4jStartTimeoutError, startEmbeddedNeo4j } from '../../src/db/embedded';
import { applySchema } from '../../src/db/schema';
import { Neo4jSupervisor } from '../../src/db/supervisor';
import { createServer, type NewsgraphServer } from '../../src/server';
import { authConfig, bearer } from '../fixtures/auth';
import { testConfig } from '../fixtures/harness';

/** The test's bound on recovery; the goal is < 60 s (docs/neo4j.md has the measured numbers). */
const RECOVERY_BOUND_MS = 90_000;
const FACTS = 15;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-supervision-neo4j-'));
const logs: Array<Record<string, unknown>> = [];
const log = pino({ level: 'info' }, { write: (line: string) => { logs.push(JSON.parse(line) as Record<string, unknown>); } });
let supervisor: Neo4jSupervisor;
let db: Database;
let server: NewsgraphServer;
let base: string;

beforeAll(async () => {
  const port = await freePort();
  const config = testConfig({ auth: authConfig() });
  supervisor = new Neo4jSupervisor(() => startEmbeddedNeo4j({ dataDir, port, pageCacheMb: 64 }), { policy: config.neo4j.restart, log });
  const embedded = await supervisor.start();
  db = Database.connect(embedded.uri, config.neo4j);
  await applySchema(db);
  server = await createServer({ config, db, log, neo4jProcess: supervisor });
  base = `http://127.0.0.1:${await server.listen(0)}`;
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await db?.close();
  await supervisor?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const INGEST = 'mutation($d: FactsDocumentInput!) { ingestFacts(document: $d) { sourceId relationships { created } } }';
const READ = 'query($id: ID!) { entity(id: $id) { id name relationships { edges { node { type to { id } } } } } }';

function documentFor(i: number) {
  const [from, to] = [`sup-a-${i}`, `sup-b-${i}`];
  return {
    source: { id: `sup-src-${i}`, title: `Supervision write ${i}` },
    entities: [{ id: from, kind: 'GROUP', name: `Supervision A ${i}` }, { id: to, kind: 'GROUP', name: `Supervision B ${i}` }],
    relationships: [{ type: 'MEMBER_OF', from, to, quote: `A ${i} is a member of B ${i}` }],
  };
}

interface Answer { status: number; data?: Record<string, any> | null; errors?: Array<{ extensions?: { code?: string } }> }
async function gql(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as object) };
}
const health = async (route: string): Promise<{ status: number; body: Record<string, unknown> }> => {
  const response = await fetch(base + route);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const metric = async (name: string): Promise<number> => {
  const match = new RegExp(`^${name} (\\S+)$`, 'm').exec(await (await fetch(`${base}/metrics`)).text());
  return match ? Number(match[1]) : NaN;
};

test('after a SIGKILL of the embedded Neo4j the service restarts it and answers again by itself, losing nothing it acknowledged', async () => {
  const editor = await bearer(['editor'], { subject: 'supervision-test', expiresIn: '1h' });
  for (let i = 0; i < FACTS; i += 1) {
    const answer = await gql(INGEST, { d: documentFor(i) }, editor);
    expect(answer).toMatchObject({ status: 200, data: { ingestFacts: { sourceId: `sup-src-${i}` } } });
  }
  expect(await health('/health/ready')).toEqual({ status: 200, body: { status: 'ready', neo4j: 'up', restarts: 0 } });

  const killed = supervisor.process;
  const killedAt = Date.now();
  killed?.kill('SIGKILL');
  const readySeen: number[] = [];
  const liveSeen: number[] = [];
  const statesSeen = new Set<unknown>();
  let recoveredMs: number | null = null;
  while (Date.now() - killedAt < RECOVERY_BOUND_MS) {
    const ready = await health('/health/ready');
    if (readySeen[readySeen.length - 1] !== ready.status) readySeen.push(ready.status);
    statesSeen.add(ready.body.neo4j);
    liveSeen.push((await health('/health/live')).status);
    const read = await gql(READ, { id: 'sup-a-0' });
    if (read.status === 200 && read.data?.entity) { recoveredMs = Date.now() - killedAt; break; }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  console.log(`neo4j supervision: API answered with data ${recoveredMs} ms after the SIGKILL (bound ${RECOVERY_BOUND_MS} ms, goal < 60000 ms); /health/ready went ${readySeen.join(' → ')}; states seen ${[...statesSeen].join(', ')}`);
  expect(recoveredMs).not.toBeNull();

  expect(killed?.signalCode).toBe('SIGKILL');
  expect(supervisor.process).not.toBe(killed);
  expect(readySeen[0]).toBe(503);
  expect(statesSeen).toContain('restarting');
  expect(liveSeen.every((status) => status === 200)).toBe(true);
  expect(logs.find((line) => line.msg === 'embedded neo4j exited; restarting it')).toMatchObject({ level: 50, signal: 'SIGKILL', code: null, restartInMs: 1_000 });

  for (let i = 0; i < FACTS; i += 1) {
    const read = await gql(READ, { id: `sup-a-${i}` });
    expect(read.data?.entity?.relationships.edges).toEqual([{ node: { type: 'MEMBER_OF', to: { id: `sup-b-${i}` } } }]);
  }
  // Writes work again too.
  expect(await gql(INGEST, { d: documentFor(FACTS) }, editor)).toMatchObject({ status: 200, data: { ingestFacts: { sourceId: `sup-src-${FACTS}` } } });
  expect(await health('/health/ready')).toEqual({ status: 200, body: { status: 'ready', neo4j: 'up', restarts: 1 } });
  expect(await metric('newsgraph_neo4j_restarts_total')).toBe(1);
  expect(await metric('newsgraph_neo4j_exits_total')).toBe(1);
  expect(await metric('newsgraph_neo4j_up')).toBe(1);
  expect(await metric('newsgraph_neo4j_process_state\\{state="up"\\}')).toBe(1);
}, RECOVERY_BOUND_MS + 120_000);

/** Processes whose command line mentions `text` (here: a data folder only one test uses). */
function processesMentioning(text: string): number[] {
  return fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).filter((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
    } catch {
      return false; // gone meanwhile
    }
  }).map(Number);
}

test('a start that is not ready in time is killed, so a restart cannot hang the supervisor', async () => {
  const hungDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-supervision-hung-'));
  try {
    const started = Date.now();
    await expect(startEmbeddedNeo4j({ dataDir: hungDir, port: await freePort(), readyTimeoutMs: 300 })).rejects.toBeInstanceOf(Neo4jStartTimeoutError);
    expect(Date.now() - started).toBeLessThan(10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(processesMentioning(hungDir)).toEqual([]);
  } finally {
    fs.rmSync(hungDir, { recursive: true, force: true });
  }
});
