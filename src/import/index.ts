// `npm run import`: builds a new store from facts documents at import speed. Read and resolve the inputs as the
// online path would (resolveGraph), write neo4j-admin CSV (writeCsv), run the importer into a partial folder
// and move it into place (runAdmin, targetStore). Neo4j Community's importer makes no indexes or constraints:
// the service's own schema step (applySchema, at every start) builds them; prepareStore runs it once now.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Neo4jConfig } from '../config';
import { Database } from '../db/database';
import { freePort, startEmbeddedNeo4j } from '../db/embedded';
import { applySchema } from '../db/schema';
import type { Problem } from '../errors';
import { type InputPlace, readDocuments } from './readDocuments';
import { GraphBuilder } from './resolveGraph';
import { runAdminImport } from './runAdmin';
import { completeStore, partialStore, refuseExistingStore } from './targetStore';
import { writeCsv } from './writeCsv';

export { StoreExistsError } from './targetStore';
export { AdminImportError } from './runAdmin';

export interface ImportOptions {
  inputs: string[];
  /** The new store's folder: what NEO4J_DATA_DIR names for npm start. Must not exist, or be empty. */
  into: string;
  actor: string;
  /** Where the CSV files go; a temporary folder (removed afterwards) unless given. */
  workDir?: string;
  /** neo4j-admin's --max-off-heap-memory. */
  offHeap?: string;
  log?: (line: string) => void;
  /** Called every 1,000 documents read. */
  onRead?: (documents: number) => void;
}

export interface ImportFailure extends InputPlace {
  message: string;
  problems: Problem[];
}

export interface ImportReport {
  documents: number;
  failed: ImportFailure[];
  counts: { sources: number; entities: number; relationships: number; quotes: number; disputes: number; nameKeys: number };
  /** Milliseconds per phase, wall clock. */
  ms: { read: number; csv: number; admin: number };
  /** This process's CPU milliseconds (user + system) in the two phases it does itself: on a shared machine the wall clock says more about the neighbours. */
  cpuMs: { read: number; csv: number };
  csvBytes: number;
}

const cpuMs = (usage: NodeJS.CpuUsage) => Math.round((usage.user + usage.system) / 1000);

function folderBytes(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(full) : fs.statSync(full).size);
  }, 0);
}

export async function importStore(options: ImportOptions): Promise<ImportReport> {
  const log = options.log ?? (() => undefined);
  const target = path.resolve(options.into);
  refuseExistingStore(target);
  const started = Date.now();
  const cpuAtStart = process.cpuUsage();
  const builder = new GraphBuilder();
  const failed: ImportFailure[] = [];
  let documents = 0;
  for await (const input of readDocuments(options.inputs)) {
    documents += 1;
    if (documents % 1000 === 0) options.onRead?.(documents);
    if ('failure' in input) {
      failed.push({ ...input.at, ...input.failure });
      continue;
    }
    const problems = builder.add(input.document);
    if (problems.length) failed.push({ ...input.at, message: 'invalid facts document', problems });
  }
  const stamp = { at: new Date().toISOString(), actor: options.actor };
  const graph = builder.build(stamp.at.slice(0, 10));
  const read = Date.now();
  const cpuAfterRead = process.cpuUsage(cpuAtStart);

  const workDir = options.workDir ? path.resolve(options.workDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-import-'));
  fs.mkdirSync(workDir, { recursive: true });
  const partial = partialStore(target);
  try {
    const files = writeCsv(graph, workDir, stamp);
    const csvBytes = folderBytes(workDir);
    const written = Date.now();
    const cpuAfterCsv = process.cpuUsage(cpuAtStart);
    await runAdminImport(files, { home: partial, workDir, offHeap: options.offHeap ?? '4G', log });
    completeStore(partial, target);
    return {
      documents,
      failed,
      counts: {
        sources: graph.sources.length,
        entities: graph.entities.length,
        relationships: graph.facts.length,
        quotes: graph.facts.reduce((sum, f) => sum + f.supports.length, 0),
        disputes: graph.disputes.length,
        nameKeys: graph.nameKeys.size,
      },
      ms: { read: read - started, csv: written - read, admin: Date.now() - written },
      cpuMs: { read: cpuMs(cpuAfterRead), csv: cpuMs(cpuAfterCsv) - cpuMs(cpuAfterRead) },
      csvBytes,
    };
  } finally {
    fs.rmSync(partial, { recursive: true, force: true });
    if (!options.workDir) fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * Starts Neo4j on the new store once and runs the service's schema step (constraints, indexes, waiting for
 * them to come online), so the first `npm start` on it serves at once. Returns how long each part took.
 */
export async function prepareStore(store: string, neo4j: Neo4jConfig, log: (line: string) => void = () => undefined): Promise<{ startMs: number; schemaMs: number }> {
  const started = Date.now();
  const embedded = await startEmbeddedNeo4j({ dataDir: path.resolve(store), port: await freePort(), pageCacheMb: 512, log });
  const db = Database.connect(embedded.uri, neo4j);
  const up = Date.now();
  try {
    await applySchema(db);
    return { startMs: up - started, schemaMs: Date.now() - up };
  } finally {
    await db.close();
    await embedded.stop();
  }
}
