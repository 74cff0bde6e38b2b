// The tests never write to a Neo4j they did not create. A second Neo4j stands for a user's own, holding their
// data; the tests pointed at it (NEWSGRAPH_TEST_NEO4J_URI, as a user would) refuse it before a single write,
// saying why, and the data, down to the schema, is as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/db/database';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded';
import { fingerprint } from '../fixtures/fingerprint';
import globalSetup from '../fixtures/globalSetup';
import { graphCounts, resetToSeed, startHarness, testConfig } from '../fixtures/harness';
import { testCypher } from '../fixtures/testCypher';
import { claimTestDatabase, NotATestDatabaseError, TEST_URI_VARIABLE, wipeTestDatabase } from '../fixtures/testDatabase';

jest.setTimeout(180_000);

let dataDir: string;
let userNeo4j: EmbeddedNeo4j;
let userDb: Database;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-user-neo4j-'));
  userNeo4j = await startEmbeddedNeo4j({ dataDir, port: await freePort(), pageCacheMb: 64 });
  userDb = Database.connect(userNeo4j.uri, testConfig().neo4j);
  await userDb.write(async (tx) => { await tx.run(testCypher('user-data')); });
});

afterAll(async () => {
  await userDb?.close();
  await userNeo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Everything a write could change: counts, a hash of every node and relationship, the indexes. */
async function snapshot(): Promise<{ nodes: number; relationships: number; hash: string; indexes: string[] }> {
  const [row] = await userDb.readText(testCypher('indexes'));
  const indexes = [...(row?.names as string[])].sort();
  return { ...(await graphCounts(userDb)), hash: (await fingerprint(userDb)).hash, indexes };
}

/** Runs `work` with the tests pointed at the user's Neo4j, as `export NEWSGRAPH_TEST_NEO4J_URI=…` would. */
async function pointedAtUserNeo4j<T>(work: () => Promise<T>): Promise<T> {
  const own = process.env[TEST_URI_VARIABLE];
  process.env[TEST_URI_VARIABLE] = userNeo4j.uri;
  try {
    return await work();
  } finally {
    if (own === undefined) delete process.env[TEST_URI_VARIABLE];
    else process.env[TEST_URI_VARIABLE] = own;
  }
}

test('global setup refuses a Neo4j holding data the tests did not write, says why, and writes nothing', async () => {
  const before = await snapshot();
  expect(before).toMatchObject({ nodes: 3, relationships: 1 });
  const refusal = await pointedAtUserNeo4j(() => globalSetup()).then(() => null, (error: unknown) => error);
  expect(refusal).toBeInstanceOf(NotATestDatabaseError);
  expect((refusal as Error).message).toBe(
    `Refusing to run the tests on the Neo4j at ${userNeo4j.uri}: it holds 3 nodes and no `
    + "(:NewsgraphTestMarker {createdBy: 'newsgraph-tests'}) node, so the tests did not create it, and they wipe "
    + 'the database they run on. Nothing was written to it. Unset NEWSGRAPH_TEST_NEO4J_URI to let the tests start '
    + 'their own throwaway Neo4j, or point it at an empty database.',
  );
  expect(await snapshot()).toEqual(before);
});

test('a test harness and every wipe refuse it too, before the schema or a wipe touches it', async () => {
  const before = await snapshot();
  await pointedAtUserNeo4j(async () => {
    await expect(startHarness()).rejects.toBeInstanceOf(NotATestDatabaseError);
    await expect(resetToSeed(userDb)).rejects.toBeInstanceOf(NotATestDatabaseError);
  });
  await expect(wipeTestDatabase(userDb, userNeo4j.uri)).rejects.toThrow(/Refusing to run the tests/);
  expect(await snapshot()).toEqual(before);
});

test('an empty Neo4j is marked as the tests\' own, and once marked it is theirs to wipe', async () => {
  // Emptied by hand, as a user would before lending it to the tests (no marker yet, so everything goes).
  await userDb.runEach([testCypher('wipe')]);
  expect(await graphCounts(userDb)).toEqual({ nodes: 0, relationships: 0 });
  await claimTestDatabase(userDb, userNeo4j.uri);
  expect(await graphCounts(userDb)).toEqual({ nodes: 1, relationships: 0 });
  // Data written after the marking (as the tests' own runs write) no longer stops a wipe; the marker stays.
  await userDb.write(async (tx) => { await tx.run(testCypher('user-data')); });
  await wipeTestDatabase(userDb, userNeo4j.uri);
  expect(await graphCounts(userDb)).toEqual({ nodes: 1, relationships: 0 });
});
