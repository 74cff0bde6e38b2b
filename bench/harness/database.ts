// One Neo4j for every server: the embedded Neo4j on its own store under .bench/, loaded once per generated graph
// through newsgraph's own facts loader (the bulk ingest path) and reused by later runs.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db/database';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/db/embedded';
import { applySchema } from '../../src/db/schema';
import { writeFacts } from '../../src/facts/load';
import { parseFactsDocument } from '../../src/facts/load';
import type { FactsDocument } from '../../src/facts/validate';

export const BENCH_DIR = path.resolve(__dirname, '..', '..', '.bench');

export interface BenchDatabase {
  neo4j: EmbeddedNeo4j;
  db: Database;
  uri: string;
}

export async function startDatabase(name: string, port: number): Promise<BenchDatabase> {
  const neo4j = await startEmbeddedNeo4j({ dataDir: path.join(BENCH_DIR, 'neo4j', name), port, pageCacheMb: 512 });
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
 * Loads documents in order, `batch` documents per write transaction, through newsgraph's writeFacts — the
 * same statements (UNWIND upserts) the ingest CLI runs. Returns the ingest rate (quotes written per second).
 */
export async function loadDocuments(db: Database, documents: FactsDocument[], batch = 25, onProgress?: (done: number) => void): Promise<LoadStats> {
  const started = process.hrtime.bigint();
  let relationships = 0;
  for (let i = 0; i < documents.length; i += batch) {
    const slice = documents.slice(i, i + batch);
    await db.write(async (tx) => {
      for (const doc of slice) await writeFacts(tx, doc, 'bench');
    });
    relationships += slice.reduce((n, d) => n + d.relationships.length, 0);
    onProgress?.(Math.min(i + batch, documents.length));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { documents: documents.length, relationships, seconds, relationshipsPerSecond: relationships / seconds };
}

/** Loads the generated graph unless this store already holds it (a marker file records what was loaded). */
export async function ensureLoaded(bench: BenchDatabase, name: string, dataDir: string, log: (msg: string) => void): Promise<LoadStats | null> {
  const marker = path.join(BENCH_DIR, 'neo4j', `${name}.loaded.json`);
  if (fs.existsSync(marker)) return JSON.parse(fs.readFileSync(marker, 'utf8')) as LoadStats;
  const documents = readDocuments(dataDir);
  log(`loading ${documents.length} documents into Neo4j…`);
  let last = Date.now();
  const stats = await loadDocuments(bench.db, documents, 25, (done) => {
    if (Date.now() - last > 10_000) { last = Date.now(); log(`  ${done}/${documents.length} documents`); }
  });
  fs.writeFileSync(marker, JSON.stringify(stats));
  return stats;
}
