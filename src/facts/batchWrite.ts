// The one write statement of every facts write (cypher/write-facts-batch.cypher): a batch of documents and a single
// edit (src/graph/editing.ts) send the same statement, each with only the parts it has; the rest go as empty lists.
// One statement means one plan to keep right and one place where what a write does is written down.
import type { ManagedTransaction } from 'neo4j-driver';
import { runIn } from '../db/database';
import { integer } from '../db/rowShape';
import { WriteConflictError } from '../errors';
import type { EntityWritePlan } from './entityWrites';
import type { RelationshipWritePlan } from './relationshipWrites';

export interface BatchSource { id: string; title: string; publisher: string | null; url: string | null; publishedAt: string | null; text: string | null }

export interface BatchWriteParts {
  sources: BatchSource[];
  createEntities: EntityWritePlan['creates'];
  updateEntities: EntityWritePlan['updates'];
  keys: EntityWritePlan['keys'];
  createFacts: RelationshipWritePlan['creates'];
  updateFacts: RelationshipWritePlan['updates'];
  quotes: RelationshipWritePlan['quotes'];
  disputes: unknown[];
  /** Facts and sources this write created: their place in the change feed (src/live/). */
  stampFactIds: string[];
  stampSourceIds: string[];
}

export interface BatchWriteCounts {
  sourcesCreated: number;
  sourcesUpdated: number;
  sourcesUnchanged: number;
  factsUpdated: number;
  disputesCreated: number;
  disputesUnchanged: number;
}

const NOTHING: BatchWriteParts = {
  sources: [], createEntities: [], updateEntities: [], keys: [], createFacts: [], updateFacts: [], quotes: [], disputes: [], stampFactIds: [], stampSourceIds: [],
};

/**
 * Runs write-facts-batch with the given parts inside `tx` and returns its counts. Fewer facts updated than asked
 * means one this write read was changed under it by another: a WriteConflictError, so the caller's transaction reruns.
 */
export async function runBatchWrite(tx: ManagedTransaction, actor: string, parts: Partial<BatchWriteParts>): Promise<BatchWriteCounts> {
  const all = { ...NOTHING, ...parts };
  const [row = {}] = await runIn(tx, 'write-facts-batch', {
    actor,
    ...all,
    // Name keys are shared between entities: merged in key order, so concurrent writes lock them in one order.
    keys: [...all.keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  });
  if (integer(row, 'factsUpdated') !== all.updateFacts.length) throw new WriteConflictError('a fact this write read was changed by another one before it was written; send it again');
  return {
    sourcesCreated: integer(row, 'sourcesCreated'),
    sourcesUpdated: integer(row, 'sourcesUpdated'),
    sourcesUnchanged: integer(row, 'sourcesUnchanged'),
    factsUpdated: integer(row, 'factsUpdated'),
    disputesCreated: integer(row, 'disputesCreated'),
    disputesUnchanged: integer(row, 'disputesUnchanged'),
  };
}
