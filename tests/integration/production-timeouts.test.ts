// Transaction timeouts: a statement that runs past NEO4J_TX_TIMEOUT_MS is cancelled in the database itself
// (SHOW TRANSACTIONS no longer lists it), and GraphQL answers QUERY_TIMEOUT.
import neo4j, { Neo4jError } from 'neo4j-driver';
import { Database } from '../../src/db/database';
import { codeForDatabaseError } from '../../src/errorMapping';
import { authConfig, bearer } from '../fixtures/auth';
import { type GraphQLBody, type Harness, startHarness, testConfig } from '../fixtures/harness';
import { UPSERT_ENTITY } from '../fixtures/mutations';
import { testCypher } from '../fixtures/testCypher';
import { testNeo4jUri } from '../fixtures/testDatabase';
import { createLogger } from '../../src/log';
import { createServer, type NewsgraphServer } from '../../src/server';

async function gqlAt(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<GraphQLBody> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as GraphQLBody;
}

const ENDLESS = 1_000_000_000_000;

function databaseWithTimeout(ms: number, maxRetryMs?: number): Database {
  const config = testConfig().neo4j;
  return Database.connect(testNeo4jUri(), { ...config, transactionTimeoutMs: ms, maxRetryMs: maxRetryMs ?? config.maxRetryMs });
}

async function running(db: Database, marker: string): Promise<string[]> {
  const { records } = await db.driver.executeQuery(testCypher('transactions-running'), { marker });
  return records.map((row) => String(row.get('transactionId')));
}

async function eventually(check: () => Promise<boolean>, ms = 15_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

test('without a short timeout the slow statement keeps running in the database (the check below can fail)', async () => {
  // No driver retries, so terminating it below really ends it.
  const db = databaseWithTimeout(30_000, 0);
  const marker = `control-${Date.now()}`;
  const slow = db.readText(testCypher('slow'), { n: ENDLESS, marker }).catch((error: unknown) => error);
  try {
    expect(await eventually(async () => (await running(db, marker)).length === 1)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    // Past the transaction monitor's 2 s check interval, it is still there.
    expect(await running(db, marker)).toHaveLength(1);
  } finally {
    const ids = await running(db, marker);
    if (ids.length) await db.driver.executeQuery(testCypher('terminate-transaction'), { ids });
    await slow;
    await db.close();
  }
});

test('a statement past its timeout is cancelled in the database and maps to QUERY_TIMEOUT', async () => {
  const db = databaseWithTimeout(300);
  const marker = `timeout-${Date.now()}`;
  try {
    const error = await db.readText(testCypher('slow'), { n: ENDLESS, marker }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).code).toMatch(/TransactionTimedOut/);
    expect(codeForDatabaseError(error)).toBe('QUERY_TIMEOUT');
    // Not merely abandoned by the client: the database no longer runs it.
    expect(await running(db, marker)).toEqual([]);
  } finally {
    await db.close();
  }
});

describe('over GraphQL, with a 300 ms NEO4J_TX_TIMEOUT_MS', () => {
  let h: Harness;
  let url: string;
  let short: { server: NewsgraphServer; db: Database };
  beforeAll(async () => {
    h = await startHarness({ config: { auth: authConfig() } });
    // Seeding needs the normal timeout; the server under test gets the short one.
    const config = { ...h.config, neo4j: { ...h.config.neo4j, transactionTimeoutMs: 300 } };
    const db = databaseWithTimeout(300);
    short = { db, server: await createServer({ config, db, log: createLogger('silent') }) };
    url = `http://127.0.0.1:${await short.server.listen(0)}/graphql`;
  });
  afterAll(async () => {
    await short.server.stop();
    await short.db.close();
    await h.close();
  });

  test('a mutation stuck behind a lock past the timeout answers QUERY_TIMEOUT, and its transaction is gone', async () => {
    const editor = await bearer(['editor']);
    // Another client holds the write lock on qatar, so the mutation's transaction waits until it times out.
    const session = h.db.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    const holder = await session.beginTransaction();
    try {
      await holder.run(testCypher('lock-entity'), { id: 'qatar' });
      const res = await gqlAt(url, UPSERT_ENTITY, { input: { id: 'qatar', kind: 'COUNTRY', name: 'Qatar', description: 'held by a lock' } }, editor);
      expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
      expect(res.errors?.[0]?.message).toMatch(/time limit/);
      expect(JSON.stringify(res)).not.toMatch(/Neo\.|MERGE|MATCH/);
      expect(res.data).toBeNull();
    } finally {
      await holder.rollback();
      await session.close();
    }
    // Nothing was written: the description is unchanged once the lock is gone.
    const after = await h.gql('{ entity(id: "qatar") { description } }');
    expect(after.data?.entity?.description).not.toBe('held by a lock');
  });
});
