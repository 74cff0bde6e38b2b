// Graceful shutdown: stop() refuses new connections, lets in-flight requests finish, but only for
// SHUTDOWN_GRACE_MS; a request still running after that is cut off rather than holding the process.
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../src/context';
import { Database } from '../../src/db/database';
import { createLogger } from '../../src/log';
import { createServer } from '../../src/server';
import { testConfig } from '../fixtures/harness';
import { testNeo4jUri } from '../fixtures/testDatabase';

/** Holds every response for `ms`, so a request is in flight when shutdown starts. */
const slowResponses = (ms: number): ApolloServerPlugin<RequestContext> => ({
  async requestDidStart() {
    // unref: a response cut off by shutdown must not keep jest waiting for its timer.
    return { async willSendResponse() { await new Promise((resolve) => { setTimeout(resolve, ms).unref(); }); } };
  },
});

async function start(graceMs: number, delayMs: number) {
  const config = testConfig({ shutdownGraceMs: graceMs });
  const db = Database.connect(testNeo4jUri(), config.neo4j);
  const server = await createServer({ config, db, log: createLogger('silent'), plugins: [slowResponses(delayMs)] });
  const url = `http://127.0.0.1:${await server.listen(0)}/graphql`;
  const ask = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
  return { server, db, ask };
}

test('an in-flight request finishes during shutdown while new connections are refused', async () => {
  const { server, db, ask } = await start(10_000, 1_000);
  const inFlight = ask();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const stopping = server.stop();
  await new Promise((resolve) => setTimeout(resolve, 100));
  await expect(ask()).rejects.toThrow();
  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ data: { __typename: 'Query' } });
  await stopping;
  await db.close();
});

test('shutdown waits at most SHUTDOWN_GRACE_MS for a request that does not finish', async () => {
  const { server, db, ask } = await start(300, 20_000);
  const inFlight = ask().then(() => 'answered', () => 'cut off');
  await new Promise((resolve) => setTimeout(resolve, 200));
  const started = Date.now();
  await server.stop();
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(await inFlight).toBe('cut off');
  await db.close();
});
