// One Neo4j for every server: the embedded Neo4j on its own store under .bench/, loaded once per generated graph
// through newsgraph's own facts loader (the bulk ingest path) and reused by later runs.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db/database';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/db/embedded';
import { applySchema } from '../../src/db/schema';
import { bulkIngest } from '../../src/facts/bulk';
import type { DocumentAt } from '../../src/facts/files';
import { parseFactsDocument } from '../../src/facts/load';
import type { FactsDocument } from '../../src/facts/validate';
import { type FloorStats, floorIngest } from './ingestFloor';

export const BENCH_DIR = path.resolve(__dirname, '..', '..', '.bench');

export interface BenchDatabase {
  neo4j: EmbeddedNeo4j;
  db: Database;
  uri: string;
}

export async function startDatabase(name: string, port: number, fresh = false): Promise<BenchDatabase> {
  const dataDir = path.join(BENCH_DIR, 'neo4j', name);
  if (fresh) fs.rmSync(dataDir, { recursive: true, force: true });
  const neo4j = await startEmbeddedNeo4j({ dataDir, port, pageCacheMb: 512 });
  const config = loadConfig({});
  const db = Database.connect(neo4j.uri, { ...config.neo4j, transactionTimeoutMs: 120_000 });
  await db.verifyConnectivity();
  await applySchema(db);
  return { neo4j, db, uri: neo4j.uri };
}

export function readDocuments(dataDir: string): FactsDocument[] {
  return fs.readFileSync(path.join(dataDir, 'facts', 'facts.ndjson'), 'utf8').split('\n').filter(Boolean).map((line) => parseFactsDocument(JSON.parse(line)));
}

export interface LoadStats {
  documents: number;
  relationships: number;
  seconds: number;
  relationshipsPerSecond: number;
}

/**
 * Loads the generated documents through newsgraph's bulk ingest (`bulkIngest`, what `npm run ingest` runs:
 * about 5,000 relationships per transaction, UNWIND upserts). Returns the rate in relationship rows per second.
 */
export async function loadDocuments(db: Database, dataDir: string, onProgress?: (done: number) => void): Promise<LoadStats> {
  const documents = documentLines(dataDir);
  const started = process.hrtime.bigint();
  const totals = await bulkIngest(db, documents, { actor: 'bench', batchRelationships: 5000, onProgress: (t) => onProgress?.(t.loaded) });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (totals.failed.length) throw new Error(`${totals.failed.length} documents failed to load: ${JSON.stringify(totals.failed[0])}`);
  const relationships = totals.relationships.created + totals.relationships.updated + totals.relationships.unchanged;
  return { documents: totals.documents, relationships, seconds, relationshipsPerSecond: relationships / seconds };
}

/** Loads the generated graph unless this store already holds it (a marker file records what was loaded). */
export async function ensureLoaded(bench: BenchDatabase, name: string, dataDir: string, log: (msg: string) => void): Promise<{ stats: LoadStats; now: boolean }> {
  const marker = path.join(BENCH_DIR, 'neo4j', `${name}.loaded.json`);
  if (fs.existsSync(marker)) return { stats: JSON.parse(fs.readFileSync(marker, 'utf8')) as LoadStats, now: false };
  log('loading the documents into Neo4j (bulk ingest)…');
  let last = Date.now();
  const stats = await loadDocuments(bench.db, dataDir, (done) => {
    if (Date.now() - last > 10_000) { last = Date.now(); log(`  ${done} documents`); }
  });
  fs.writeFileSync(marker, JSON.stringify(stats));
  return { stats, now: true };
}

/** The generated documents as the bulk loader reads them: one per non-empty line of facts/facts.ndjson. */
function documentLines(dataDir: string): DocumentAt[] {
  const file = path.join(dataDir, 'facts', 'facts.ndjson');
  return fs.readFileSync(file, 'utf8').split('\n').map((text, i) => ({ file, line: i + 1, text })).filter((d) => d.text.trim());
}

/** Runs `work` on an empty store of its own under .bench/neo4j/<name>, deleted afterwards. */
async function inScratchStore<T>(name: string, port: number, work: (bench: BenchDatabase) => Promise<T>): Promise<T> {
  const bench = await startDatabase(name, port, true);
  try {
    return await work(bench);
  } finally {
    await bench.db.close();
    await bench.neo4j.stop();
    fs.rmSync(path.join(BENCH_DIR, 'neo4j', name), { recursive: true, force: true });
  }
}

/** W6: the ingest rate into an empty store of its own, so every run measures it afresh. */
export async function measureIngest(dataDir: string, log: (msg: string) => void): Promise<LoadStats> {
  return inScratchStore('ingest-scratch', 7698, (bench) => {
    log('W6: bulk-ingesting into an empty store…');
    return loadDocuments(bench.db, dataDir);
  });
}

/** W6's floor: the same documents through the ingest floor (harness/ingestFloor.ts) into an empty store of its own. */
export async function measureIngestFloor(dataDir: string, log: (msg: string) => void): Promise<FloorStats> {
  return inScratchStore('ingest-floor-scratch', 7697, (bench) => {
    log('W6: the ingest floor into an empty store…');
    return floorIngest(bench.db, documentLines(dataDir));
  });
}
