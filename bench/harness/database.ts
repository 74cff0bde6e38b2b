// One Neo4j for every server: the embedded Neo4j on its own store under .bench/, loaded once per generated graph
// through newsgraph's own facts loader (the bulk ingest path) and reused by later runs.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db/database';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/db/embedded';
import { applySchema } from '../../src/db/schema';
import { parseFactsDocument, writeFactsBatch } from '../../src/facts/load';
import type { FactsDocument } from '../../src/facts/validate';

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
 * Loads documents in order, `batch` documents per write transaction, through newsgraph's writeFactsBatch —
 * the bulk ingest path (three UNWIND upserts per batch). Returns the ingest rate (quotes written per second).
 */
export async function loadDocuments(db: Database, documents: FactsDocument[], batch = 25, onProgress?: (done: number) => void): Promise<LoadStats> {
  const started = process.hrtime.bigint();
  let relationships = 0;
  for (let i = 0; i < documents.length; i += batch) {
    const slice = documents.slice(i, i + batch);
    await db.write((tx) => writeFactsBatch(tx, slice, 'bench'));
    relationships += slice.reduce((n, d) => n + d.relationships.length, 0);
    onProgress?.(Math.min(i + batch, documents.length));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { documents: documents.length, relationships, seconds, relationshipsPerSecond: relationships / seconds };
}

/** Loads the generated graph unless this store already holds it (a marker file records what was loaded). */
export async function ensureLoaded(bench: BenchDatabase, name: string, dataDir: string, log: (msg: string) => void): Promise<{ stats: LoadStats; now: boolean }> {
  const marker = path.join(BENCH_DIR, 'neo4j', `${name}.loaded.json`);
  if (fs.existsSync(marker)) return { stats: JSON.parse(fs.readFileSync(marker, 'utf8')) as LoadStats, now: false };
  const documents = readDocuments(dataDir);
  log(`loading ${documents.length} documents into Neo4j…`);
  let last = Date.now();
  const stats = await loadDocuments(bench.db, documents, 25, (done) => {
    if (Date.now() - last > 10_000) { last = Date.now(); log(`  ${done}/${documents.length} documents`); }
  });
  fs.writeFileSync(marker, JSON.stringify(stats));
  return { stats, now: true };
}

/** W6: the ingest rate into an empty store of its own, so every run measures it afresh. */
export async function measureIngest(dataDir: string, log: (msg: string) => void): Promise<LoadStats> {
  const bench = await startDatabase('ingest-scratch', 7698, true);
  try {
    const documents = readDocuments(dataDir);
    log(`W6: ingesting ${documents.length} documents into an empty store…`);
    return await loadDocuments(bench.db, documents);
  } finally {
    await bench.db.close();
    await bench.neo4j.stop();
    fs.rmSync(path.join(BENCH_DIR, 'neo4j', 'ingest-scratch'), { recursive: true, force: true });
  }
}
