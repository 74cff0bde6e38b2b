// Process entry: config → database (embedded unless NEO4J_URI) → schema → seed → server → listen.
import { loadConfig } from './config';
import { Database } from './db/database';
import { MissingToolError, startEmbeddedNeo4j } from './db/embedded';
import { applySchema } from './db/schema';
import { waitForNeo4j } from './db/startup';
import { Neo4jSupervisor } from './db/supervisor';
import { loadSeedIfEmpty } from './facts/seed';
import { createLogger } from './log';
import { createServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  // The embedded Neo4j is ours to keep running: restarted on the same store and port when it exits (src/db/supervisor.ts).
  // If start-up fails after it started, startEmbeddedNeo4j's exit hook leaves no orphaned Java process behind.
  const embedded = config.neo4j.uri ? null : new Neo4jSupervisor(
    () => startEmbeddedNeo4j({
      dataDir: config.neo4j.embeddedDataDir,
      port: config.neo4j.embeddedPort,
      readyTimeoutMs: config.neo4j.embeddedStartTimeoutMs,
      log: (msg) => log.info(msg),
    }),
    { policy: config.neo4j.restart, log },
  );
  const uri = config.neo4j.uri ?? (await embedded!.start()).uri;
  const db = Database.connect(uri, config.neo4j);
  await waitForNeo4j(db, { timeoutMs: config.neo4j.startupTimeoutMs, log });
  await applySchema(db, log);
  if (config.seedOnEmpty) {
    const seeded = await loadSeedIfEmpty(db);
    if (seeded) log.info({ seeded: seeded.map((r) => ({ source: r.sourceId, entities: r.entities.created, relationships: r.relationships.created })) }, 'loaded the seed graph');
  }
  const server = await createServer({ config, db, log, neo4jProcess: embedded ?? undefined });
  const port = await server.listen(config.port);
  log.info(`newsgraph serving GraphQL at http://localhost:${port}/graphql`);

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: no new connections, finishing in-flight requests');
    // Stops accepting, waits for in-flight requests (bounded by SHUTDOWN_GRACE_MS), then closes the rest.
    await server.stop();
    await db.close();
    log.info('neo4j driver closed');
    await embedded?.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof MissingToolError) {
    console.error(error.message);
  } else {
    console.error('newsgraph failed to start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
