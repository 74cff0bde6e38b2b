// Neo4j outages: a second embedded Neo4j is stopped under a running server, then restarted on the same data
// and port. While it is down: SERVICE_UNAVAILABLE (fast once detected), readiness false, liveness true;
// when it is back the server recovers by itself. Start-up waiting is bounded and logged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { Database } from '../../src/db/database';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded';
import { applySchema } from '../../src/db/schema';
import { Neo4jStartupTimeoutError, waitForNeo4j } from '../../src/db/startup';
import { createServer, type NewsgraphServer } from '../../src/server';
import { testConfig } from '../fixtures/harness';

jest.setTimeout(300_000);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-outage-neo4j-'));
const logs: Array<Record<string, unknown>> = [];
const log = pino({ level: 'info' }, { write: (line: string) => { logs.push(JSON.parse(line) as Record<string, unknown>); } });
let port: number;
let neo4jServer: EmbeddedNeo4j;
let db: Database;
let server: NewsgraphServer;
let base: string;

beforeAll(async () => {
  port = await freePort();
  neo4jServer = await startEmbeddedNeo4j({ dataDir, port, pageCacheMb: 64 });
  const config = testConfig();
  const neo4jConfig = { ...config.neo4j, probeIntervalMs: 200, maxRetryMs: 1_000, connectionTimeoutMs: 1_000 };
  db = Database.connect(neo4jServer.uri, neo4jConfig);
  await applySchema(db);
  server = await createServer({ config: { ...config, neo4j: neo4jConfig }, db, log });
  base = `http://127.0.0.1:${await server.listen(0)}`;
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
  await neo4jServer?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const QUERY = '{ lookup(name: "qatar") { id } }';
async function query(): Promise<{ status: number; code: unknown; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: unknown } }> };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code ?? null, ms: Date.now() - started };
}
const status = async (route: string): Promise<number> => (await fetch(base + route)).status;

test('down: SERVICE_UNAVAILABLE fast, not ready but live; back up: recovers by itself', async () => {
  expect(await query()).toMatchObject({ status: 200, code: null });
  // A Neo4j the service did not start is only pinged: no process state, no restarts.
  expect(await (await fetch(`${base}/health/ready`)).json()).toEqual({ status: 'ready' });
  expect(await (await fetch(`${base}/metrics`)).text()).not.toMatch(/newsgraph_neo4j_restarts_total/);

  await neo4jServer.stop();
  const first = await query();
  expect(first.code).toBe('SERVICE_UNAVAILABLE');
  // Once the outage is known, requests no longer wait on driver retries (NEO4J_MAX_RETRY_MS = 1000 here).
  const next = await query();
  expect(next.code).toBe('SERVICE_UNAVAILABLE');
  expect(next.status).toBe(503);
  expect(next.ms).toBeLessThan(1_000);
  expect(await status('/health/ready')).toBe(503);
  expect(await status('/health/live')).toBe(200);
  expect(logs.some((line) => line.msg === 'neo4j is unavailable; failing requests fast until it answers again')).toBe(true);
  const metrics = await (await fetch(`${base}/metrics`)).text();
  expect(metrics).toMatch(/^newsgraph_neo4j_up 0$/m);
  expect(metrics).toMatch(/^newsgraph_graphql_errors_total\{code="SERVICE_UNAVAILABLE"\} [1-9]/m);

  // A start-up wait gives up after its bound, logging each attempt.
  const waitLogs = logs.length;
  await expect(waitForNeo4j(db, { timeoutMs: 800, log, firstDelayMs: 100 })).rejects.toBeInstanceOf(Neo4jStartupTimeoutError);
  expect(logs.slice(waitLogs).filter((line) => line.msg === 'waiting for neo4j').length).toBeGreaterThanOrEqual(2);

  // Restart on the same data and port; nothing is done to the server: it has to notice by itself.
  const waiting = waitForNeo4j(db, { timeoutMs: 120_000, log, firstDelayMs: 100, maxDelayMs: 200 });
  neo4jServer = await startEmbeddedNeo4j({ dataDir, port, pageCacheMb: 64 });
  const restarted = Date.now();
  expect(await waiting).toBeGreaterThan(1);
  let recovered: { status: number; code: unknown } = await query();
  while (recovered.code !== null && Date.now() - restarted < 30_000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    recovered = await query();
  }
  const recoveryMs = Date.now() - restarted;
  console.log(`time to recover after Neo4j answered again: ${recoveryMs} ms`);
  expect(recovered).toMatchObject({ status: 200, code: null });
  expect(await status('/health/ready')).toBe(200);
  expect(logs.some((line) => line.msg === 'neo4j answers again; serving requests')).toBe(true);
});
