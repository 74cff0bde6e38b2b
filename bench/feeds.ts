// `npm run bench:feeds [-- --items 100 --concurrency 1,2,4]`: a feed of new items ingested end to end by the feed
// worker (`npm run watch -- --once`, in process) into a scratch store: the feed fetched from a loopback server,
// each item's page fetched (robots.txt asked, one request at a time to the host), read and written. Prints
// articles/s per FEED_INGEST_CONCURRENCY. A benchmark, not a test: its numbers depend on the machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { freePort } from '../src/db/embedded';
import { checkFeed, createFeedMetrics, HostQueue, robotsChecker, runWorker } from '../src/feeds';
import { addFeed, FeedRepository } from '../src/graph/feeds';
import { fetcherFor } from '../src/links';
import { createLogger } from '../src/log';
import { rss2 } from '../tests/fixtures/feeds/feedXml';
import { startFeedServer } from '../tests/fixtures/feeds/server';
import { BENCH_DIR, startDatabase } from './harness/database';

const log = (msg: string): void => console.log(`[bench:feeds ${new Date().toISOString().slice(11, 19)}] ${msg}`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { items: { type: 'string', default: '100' }, concurrency: { type: 'string', default: '1,2,4' } } });
  const count = Number(values.items);
  const concurrencies = (values.concurrency ?? '1,2,4').split(',').map(Number);
  const server = await startFeedServer();
  const storeName = `feeds-scratch-${process.pid}`;
  const bench = await startDatabase(storeName, await freePort(), true);
  const config = loadConfig({ FETCH_ALLOWED_HOSTS: `127.0.0.1:${server.port}` });
  const fetch = fetcherFor(config.fetching);
  try {
    const runFeed = async (name: string, n: number, ingestConcurrency: number) => {
      const items = Array.from({ length: n }, (_, i) => ({ path: `/news/${name}-${i}`, title: `Story ${i}` }));
      server.setFeed(`/${name}.xml`, rss2(server.base, name, items));
      const feed = await checkFeed(`${server.base}/${name}.xml`, fetch);
      await bench.db.write((tx) => addFeed(tx, { ...feed, intervalSeconds: 900 }, 'bench'));
      const started = performance.now();
      const [poll] = await runWorker({
        db: bench.db, feeds: new FeedRepository(bench.db), fetch, robots: robotsChecker(fetch), hosts: new HostQueue(),
        metrics: createFeedMetrics(), log: createLogger('silent'), config: { ...config.feeds, ingestConcurrency, maxItemsPerPoll: n },
        articleMaxBytes: config.articleMaxBytes, readTimeoutMs: config.articleReading.timeoutMs, worker: 'bench',
      }, { once: true });
      return { seconds: (performance.now() - started) / 1000, ingested: poll?.ingested ?? 0 };
    };
    log('warm-up: 20 items (not reported)…');
    await runFeed('warmup', 20, 2);
    const rows: string[] = [];
    for (const c of concurrencies) {
      const { seconds, ingested } = await runFeed(`c${c}`, count, c);
      const line = `FEED_INGEST_CONCURRENCY=${c}: ${ingested}/${count} ingested in ${seconds.toFixed(2)} s = ${(ingested / seconds).toFixed(1)} articles/s`;
      log(line);
      rows.push(line);
    }
    console.log(`\n${rows.join('\n')}\n\n${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}`);
  } finally {
    await server.close();
    await bench.db.close();
    await bench.neo4j.stop();
    fs.rmSync(path.join(BENCH_DIR, 'neo4j', storeName), { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
