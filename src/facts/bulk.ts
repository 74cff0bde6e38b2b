// Bulk loading: documents are validated one by one, then written several per transaction (one UNWIND per
// statement for the whole batch). When a batch fails, its documents are retried one per transaction, so a bad
// document fails alone and every document stays atomic.
import type { Database } from '../db/database';
import { BadUserInputError, type Problem } from '../errors';
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
  /** Called after every batch with the totals so far. */
  onProgress?: (totals: BulkTotals) => void;
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
  let batch: Array<{ at: DocumentAt; doc: FactsDocument }> = [];
  let batchSize = 0;

  const write = async (items: Array<{ at: DocumentAt; doc: FactsDocument }>): Promise<void> => {
    const result = await db.write((tx) => writeFactsBatch(tx, items.map((i) => i.doc), options.actor));
    totals.loaded += items.length;
    add(totals.entities, result.entities);
    add(totals.relationships, result.relationships);
  };

  const flush = async (): Promise<void> => {
    if (!batch.length) return;
    const items = batch;
    batch = [];
    batchSize = 0;
    try {
      await write(items);
    } catch {
      // Something in the batch is bad (or clashed); find out which by writing each document alone.
      for (const item of items) {
        try {
          await write([item]);
        } catch (error) {
          totals.failed.push(failureOf(item.at, error));
        }
      }
    }
    options.onProgress?.(totals);
  };

  for (const at of documents) {
    totals.documents += 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(at.text);
    } catch (error) {
      totals.failed.push({ file: at.file, line: at.line, message: `not JSON: ${error instanceof Error ? error.message : String(error)}`, problems: [] });
      continue;
    }
    const { document, problems } = validateFactsDocument(parsed);
    if (!document) {
      totals.failed.push({ file: at.file, line: at.line, message: 'invalid facts document', problems });
      continue;
    }
    batch.push({ at, doc: document });
    batchSize += document.relationships.length + 1;
    if (batchSize >= limit) await flush();
  }
  await flush();
  return totals;
}
