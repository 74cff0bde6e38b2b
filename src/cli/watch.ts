// `npm run watch [-- --once]`: polls the feeds (docs/feeds.md) in the graph NEO4J_URI points at (or the embedded
// one), fetching new items' pages and ingesting them. `--once` polls every due feed once and exits; without it the
// worker runs until SIGINT/SIGTERM, finishing the polls under way. Logs (pino) show each poll; FEED_METRICS_PORT
// serves Prometheus metrics.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { Database } from '../db/database';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../db/embedded';
import { applySchema } from '../db/schema';
import { createFeedMetrics, HostQueue, robotsChecker, runWorker } from '../feeds';
import { FeedRepository } from '../graph/feeds';
import { fetcherFor } from '../links';
import { createLogger } from '../log';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { once: { type: 'boolean', default: false } } });
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  let embedded: EmbeddedNeo4j | null = null;
  if (!config.neo4j.uri) embedded = await startEmbeddedNeo4j({ dataDir: config.neo4j.embeddedDataDir, port: config.neo4j.embeddedPort, log: (m) => log.info(m) });
  // Reading and writing an article can take longer than a GraphQL request may.
  const db = Database.connect(config.neo4j.uri ?? embedded!.uri, { ...config.neo4j, transactionTimeoutMs: Math.max(config.neo4j.transactionTimeoutMs, 60_000) });
  const metrics = createFeedMetrics(true);
  const metricsServer = config.feeds.metricsPort === null ? null : http.createServer((req, res) => {
    if (req.url !== '/metrics') { res.writeHead(404).end(); return; }
    metrics.registry.metrics().then((body) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body), () => res.writeHead(500).end());
  }).listen(config.feeds.metricsPort);
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => { log.info({ signal }, 'stopping after the polls under way'); stop.abort(); });
  const fetch = fetcherFor(config.fetching);
  const worker = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  try {
    await applySchema(db, log);
    log.info({ worker, once: values.once }, 'feed worker started');
    const started = Date.now();
    const polls = await runWorker({
      db,
      feeds: new FeedRepository(db),
      fetch,
      robots: robotsChecker(fetch),
      hosts: new HostQueue(),
      metrics,
      log,
      config: config.feeds,
      articleMaxBytes: config.articleMaxBytes,
      readTimeoutMs: config.articleReading.timeoutMs,
      worker,
    }, { once: values.once ?? false, signal: stop.signal });
    const total = (key: 'ingested' | 'skipped' | 'failed') => polls.reduce((n, p) => n + p[key], 0);
    log.info({ feeds: polls.length, errors: polls.filter((p) => p.result === 'error').length, ingested: total('ingested'), skipped: total('skipped'), failed: total('failed'), seconds: (Date.now() - started) / 1000 }, 'feed worker done');
    return 0;
  } finally {
    metricsServer?.close();
    await db.close();
    await embedded?.stop();
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error('watch failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
