// `npx tsx bench/exportProbe.ts`: the probe, measured. Sixteen clients start the JSON-LD export of a
// ~11 MB graph and stop reading (as `curl --limit-rate 2k` does, only more so); meanwhile entity lookups and
// /health/ready are timed for PROBE_SECONDS. Configured from the environment like the service (EXPORT_*,
// NEO4J_MAX_POOL_SIZE…), so the same probe runs before and after a change. Prints one JSON summary.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { Database } from '../src/db/database';
import { freePort, startEmbeddedNeo4j } from '../src/db/embedded';
import { applySchema } from '../src/db/schema';
import { loadFacts } from '../src/facts/load';
import { createLogger } from '../src/log';
import { createServer } from '../src/server';
import { bigEntityId, bigExportFacts, stalledReader } from '../tests/fixtures/bigExport';
import { BENCH_DIR } from './harness/database';

const SECONDS = Number(process.env.PROBE_SECONDS ?? 30);
const READERS = 16;
/** Client addresses the readers come from (127.0.0.1…): 1 is the single curl host. */
const ADDRESSES = Number(process.env.PROBE_ADDRESSES ?? 1);

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
const tally = (xs: Array<string | number>) => xs.reduce<Record<string, number>>((t, x) => ({ ...t, [x]: (t[x] ?? 0) + 1 }), {});

async function main(): Promise<void> {
  const dataDir = path.join(BENCH_DIR, 'neo4j', 'export-probe');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const neo4j = await startEmbeddedNeo4j({ dataDir, port: await freePort(), pageCacheMb: 256 });
  const config = { ...loadConfig({ ...process.env, NEO4J_URI: neo4j.uri, LOG_LEVEL: 'silent' }), seedOnEmpty: false };
  const db = Database.connect(neo4j.uri, config.neo4j);
  try {
    await applySchema(db);
    await loadFacts(db, bigExportFacts(4000), 'probe', undefined, 300_000);
    const server = await createServer({ config, db, log: createLogger('silent') });
    const base = `http://127.0.0.1:${await server.listen(0)}`;
    const lookup = async (id: string) => {
      const t0 = performance.now();
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query($id: ID!) { entity(id: $id) { id } }', variables: { id } }) });
      const body = (await res.json()) as { data?: { entity?: { id: string } | null }; errors?: Array<{ extensions?: { code?: string } }> };
      const outcome = body.data?.entity?.id === id ? 'ok' : String(body.errors?.[0]?.extensions?.code ?? res.status);
      return { outcome, ms: performance.now() - t0 };
    };
    await lookup(bigEntityId(0));
    await (await fetch(`${base}/export/events.csv?entity=${bigEntityId(0)}`)).text();

    const readers = await Promise.all(Array.from({ length: READERS }, (_, i) => stalledReader(`${base}/export/graph.jsonld`, `127.0.0.${1 + (i % ADDRESSES)}`)));
    const lookups: Array<{ outcome: string; ms: number }> = [];
    const ready: number[] = [];
    const sessions: number[] = [];
    const end = Date.now() + SECONDS * 1000;
    while (Date.now() < end) {
      const round = await Promise.all([1, 2, 3, 4].map((i) => lookup(bigEntityId((lookups.length + i) % 60))));
      lookups.push(...round);
      ready.push((await fetch(`${base}/health/ready`)).status);
      sessions.push(db.activeSessions);
      await new Promise((r) => setTimeout(r, 500));
    }
    const ok = lookups.filter((l) => l.outcome === 'ok').map((l) => l.ms);
    console.log(JSON.stringify({
      config: { pool: config.neo4j.maxPoolSize, exports: config.exports, addresses: ADDRESSES, seconds: SECONDS },
      exports: tally(readers.map((r) => r.status)),
      // Read on at the end: 'cut' if the server had dropped the reader, 'streaming' if it was still sending after 5 s.
      admittedReadersAtEnd: tally(await Promise.all(readers.filter((r) => r.status === 200).map((r) => Promise.race([r.drain(), new Promise<string>((done) => setTimeout(() => done('streaming'), 5_000))])))),
      lookups: { outcomes: tally(lookups.map((l) => l.outcome)), okP50ms: Math.round(quantile(ok, 0.5)), okP95ms: Math.round(quantile(ok, 0.95)), maxMs: Math.round(Math.max(...lookups.map((l) => l.ms))) },
      ready: tally(ready),
      sessionsInUse: { min: Math.min(...sessions), max: Math.max(...sessions) },
    }, null, 1));
    for (const r of readers) r.close();
    await server.stop();
  } finally {
    await db.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (error: unknown) => { console.error(error); process.exit(1); });
