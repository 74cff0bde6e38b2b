// `npm run bench:ingest [-- --relationships N --batch B --seed S --keep DIR --no-floor]`: generates a news-like graph of about N
// relationships (default 100k), ingests it into an empty embedded Neo4j through the bulk ingest path the CLI
// uses (`bulkIngest`: validation, several documents per UNWIND transaction) and prints relationships/s and the
// time spent in each statement; then loads the same documents with the ingest floor (bench/harness/ingestFloor.ts:
// plain CREATEs of the same records by a loader that knows the data beforehand) into another empty store and
// prints the ratio. `--keep DIR` keeps newsgraph's store in DIR (for PROFILE on a populated store); `--no-floor`.
// A benchmark, not a test: it asserts nothing and its numbers depend on the machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { Database, timeStatements } from '../src/db/database';
import { freePort, startEmbeddedNeo4j } from '../src/db/embedded';
import { applySchema } from '../src/db/schema';
import { bulkIngest } from '../src/facts/bulk';
import { documentsIn } from '../src/facts/files';
import { RelationshipRepository, typesOrAll } from '../src/graph/relationships';
import { DEFAULT_OPTIONS } from './generator';
import { floorIngest } from './harness/ingestFloor';
import { defaultOutDir, writeGraph } from './generate';

/** The generator yields about this many distinct relationships per entity at its default degree. */
const RELATIONSHIPS_PER_ENTITY = 4.8;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      relationships: { type: 'string', default: '100000' },
      batch: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'string' },
      'no-floor': { type: 'boolean', default: false },
    },
  });
  const target = Number(values.relationships);
  const batch = Number(values.batch);
  const seed = Number(values.seed);
  const entities = Math.ceil(target / RELATIONSHIPS_PER_ENTITY);
  const outDir = defaultOutDir(entities, seed);
  const manifest = fs.existsSync(path.join(outDir, 'manifest.json'))
    ? JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8'))
    : writeGraph({ ...DEFAULT_OPTIONS, entities, seed }, outDir);
  console.log(`data: ${manifest.sources} documents, ${manifest.entities} entities, ${manifest.relationships} relationships (${manifest.mentions} quotes)`);

  const file = path.join(outDir, 'facts', 'facts.ndjson');

  const ours = await inScratchStore(values.keep, async (db) => {
    const byStatement = new Map<string, { calls: number; ms: number }>();
    timeStatements((name, ms) => {
      const seen = byStatement.get(name) ?? { calls: 0, ms: 0 };
      byStatement.set(name, { calls: seen.calls + 1, ms: seen.ms + ms });
    });
    const started = process.hrtime.bigint();
    const totals = await bulkIngest(db, documentsIn(file), { actor: 'bench-ingest', batchRelationships: batch });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    timeStatements(null);
    // What `relationships { totalCount }` would answer: every stored relationship, retracted or not.
    const stored = await new RelationshipRepository(db).count({ types: typesOrAll(null), from: null, to: null, source: null, dateFrom: null, dateTo: null, includeRetracted: true, minSources: null, asOf: null });
    console.log(`newsgraph: ingested ${totals.loaded}/${totals.documents} documents (${totals.failed.length} failed) in ${seconds.toFixed(1)} s, batch ${batch}`);
    console.log(`relationships stored: ${stored}; quotes: ${manifest.mentions}`);
    const inStatements = [...byStatement.values()].reduce((sum, t) => sum + t.ms, 0) / 1000;
    console.log(`time in statements ${inStatements.toFixed(1)} s (the rest: validation, grouping, commits):`);
    for (const [name, t] of [...byStatement].sort((a, b) => b[1].ms - a[1].ms)) {
      console.log(`  ${name.padEnd(28)} ${(t.ms / 1000).toFixed(1).padStart(6)} s in ${t.calls} calls`);
    }
    console.log(`newsgraph: ${(stored / seconds).toFixed(0)} relationships/s (${(manifest.mentions / seconds).toFixed(0)} quotes/s), load average ${os.loadavg()[0]?.toFixed(1)}`);
    return stored / seconds;
  });
  if (values['no-floor']) return;
  const floor = await inScratchStore(undefined, async (db) => floorIngest(db, [...documentsIn(file)], batch));
  console.log(`floor: ${floor.relationships} relationships in ${floor.seconds.toFixed(1)} s = ${floor.relationshipsPerSecond.toFixed(0)} relationships/s, load average ${os.loadavg()[0]?.toFixed(1)}`);
  console.log(`newsgraph / floor: ${(ours / floor.relationshipsPerSecond).toFixed(2)}×`);
}

/** Runs `work` against an empty embedded Neo4j with the schema applied; the store is deleted after unless kept. */
async function inScratchStore<T>(keep: string | undefined, work: (db: Database) => Promise<T>): Promise<T> {
  const dataDir = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-ingest-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, port: await freePort(), pageCacheMb: 512 });
  const db = Database.connect(neo4j.uri, { ...loadConfig({}).neo4j, transactionTimeoutMs: 300_000 });
  try {
    await applySchema(db);
    return await work(db);
  } finally {
    await db.close();
    await neo4j.stop();
    if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
