// Bulk loading: documents are validated one by one, then written several per transaction (two reads and one
// write statement for the whole batch, src/facts/load.ts). When a batch fails, its documents are retried one per
// transaction, so a bad document fails alone and every document stays atomic.
import type { Database } from '../db/database';
import { bool } from '../db/rowShape';
import { BadUserInputError, type Problem } from '../errors';
import { DisjointBatches, batchKeys } from './disjointBatches';
import type { DocumentAt } from './files';
import { type WriteCounts, writeFactsBatch } from './load';
import { type FactsDocument, validateFactsDocument } from './validate';

export interface BulkFailure {
  file: string;
  line: number;
  message: string;
  problems: Problem[];
}

export interface BulkTotals {
  documents: number;
  loaded: number;
  failed: BulkFailure[];
  entities: WriteCounts;
  relationships: WriteCounts;
}

export interface BulkOptions {
  actor: string;
  /** Relationships per transaction (documents are added to a batch until it holds about this many). */
  batchRelationships?: number;
  /**
   * Batches written at once (default 3) when they name no entity or source in common (src/facts/disjointBatches.ts);
   * 1 writes them one after another. Neo4j runs each transaction on one thread, so a few keep its cores busy
   * while Node validates the next documents; more mostly wait on each other.
   */
  parallelBatches?: number;
  /** Called after every batch with the totals so far. */
  onProgress?: (totals: BulkTotals) => void;
}

/** A validated document waiting for its batch, with its place in the input (failures are reported in it). */
interface Pending {
  at: DocumentAt;
  doc: FactsDocument;
  n: number;
}

function add(into: WriteCounts, more: WriteCounts): void {
  into.created += more.created;
  into.updated += more.updated;
  into.unchanged += more.unchanged;
}

function failureOf(at: DocumentAt, error: unknown): BulkFailure {
  if (error instanceof BadUserInputError) return { file: at.file, line: at.line, message: 'invalid facts document', problems: error.problems };
  return { file: at.file, line: at.line, message: error instanceof Error ? error.message : String(error), problems: [] };
}

export async function bulkIngest(db: Database, documents: Iterable<DocumentAt>, options: BulkOptions): Promise<BulkTotals> {
  const limit = options.batchRelationships ?? 5000;
  const totals: BulkTotals = { documents: 0, loaded: 0, failed: [], entities: { created: 0, updated: 0, unchanged: 0 }, relationships: { created: 0, updated: 0, unchanged: 0 } };
  let batch: Pending[] = [];
  const ordinal = new WeakMap<BulkFailure, number>();
  const fail = (failure: BulkFailure, n: number): void => {
    ordinal.set(failure, n);
    totals.failed.push(failure);
  };
  let batchSize = 0;

  const write = async (items: Pending[]): Promise<void> => {
    const result = await db.write((tx) => writeFactsBatch(tx, items.map((i) => i.doc), options.actor));
    totals.loaded += items.length;
    add(totals.entities, result.entities);
    add(totals.relationships, result.relationships);
  };

  const writeWithFallback = async (items: Pending[]): Promise<void> => {
    try {
      await write(items);
    } catch {
      // Something in the batch is bad (or clashed); find out which by writing each document alone.
      for (const item of items) {
        try {
          await write([item]);
        } catch (error) {
          fail(failureOf(item.at, error), item.n);
        }
      }
    }
    options.onProgress?.(totals);
  };

  // Batches are written while the next ones are parsed and validated (Node and Neo4j each have work to do), a few
  // at once where they share nothing; a batch that shares an entity or source with one being written waits for it,
  // so such batches commit in file order. Merged ids hide what meets (see disjointBatches.ts): then one at a time.
  const parallel = (await db.read('any-merged-ids')).some((row) => bool(row, 'any')) ? 1 : options.parallelBatches ?? 3;
  const scheduler = new DisjointBatches(Math.max(1, parallel));
  const flush = async (): Promise<void> => {
    if (!batch.length) return;
    const items = batch;
    batch = [];
    batchSize = 0;
    await scheduler.start(batchKeys(items.map((i) => i.doc)), () => writeWithFallback(items));
  };

  let sinceYield = 0;
  for (const at of documents) {
    totals.documents += 1;
    // Validation is synchronous: let the driver answer the batch being written now and then.
    if (++sinceYield >= 25) {
      sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(at.text);
    } catch (error) {
      fail({ file: at.file, line: at.line, message: `not JSON: ${error instanceof Error ? error.message : String(error)}`, problems: [] }, totals.documents);
      continue;
    }
    const { document, problems } = validateFactsDocument(parsed);
    if (!document) {
      fail({ file: at.file, line: at.line, message: 'invalid facts document', problems }, totals.documents);
      continue;
    }
    batch.push({ at, doc: document, n: totals.documents });
    batchSize += document.relationships.length + 1;
    if (batchSize >= limit) await flush();
  }
  await flush();
  await scheduler.drain();
  // Validation failures of later documents may have been noted while an earlier batch was still being written.
  totals.failed.sort((a, b) => (ordinal.get(a) ?? 0) - (ordinal.get(b) ?? 0));
  return totals;
}
