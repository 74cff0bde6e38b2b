// What a batch of facts documents needs to know of the graph before it writes, in two reads
// (cypher/facts-batch-state.cypher: which ids exist or were merged, what the declared entities hold now, the day
// the batch's existing sources report on; cypher/stored-facts.cypher: what the touched facts hold now). Read inside the write transaction, with
// the declared entities' write locks, so the write decides on what it will meet.
import type { ManagedTransaction } from 'neo4j-driver';
import { runIn } from '../db/database';
import { type Row, bool, mapList, optStr, str } from '../db/rowShape';
import { type StoredEntity, toStored } from './entityWrites';
import type { IdResolution } from './load';
import { type StoredFact, toStoredFact } from './relationshipWrites';

/** A source the batch writes that exists already: the day it reports on, and the day it was created. */
export interface StoredSource {
  reportedOn: string | null;
  createdOn: string | null;
}

export interface BatchState {
  known: IdResolution;
  entities: Map<string, StoredEntity>;
  facts: Map<string, StoredFact>;
  sources: Map<string, StoredSource>;
}

export interface BatchStateRequest {
  /** Every entity id the batch names (declared or at a relationship's end). */
  ids: Iterable<string>;
  /** The entity ids the batch declares (their write locks are taken). */
  declared: Iterable<string>;
  factIds: Iterable<string>;
  sourceIds: Iterable<string>;
}

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

export async function readBatchState(tx: ManagedTransaction, request: BatchStateRequest): Promise<BatchState> {
  const [row] = await runIn(tx, 'facts-batch-state', { ids: sorted(request.ids), declared: sorted(request.declared), sourceIds: sorted(request.sourceIds) });
  if (!row) throw new Error('facts-batch-state returned no row');
  return { known: idResolution(mapList(row, 'ids')), entities: byId(mapList(row, 'entities'), toStored), facts: await readFacts(tx, [...request.factIds]), sources: byId(mapList(row, 'sources'), storedSource) };
}

/** What these facts hold now (stored-facts.cypher); also for facts whose id changed with a merged end. */
export async function readFacts(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, StoredFact>> {
  return ids.length ? byId(await runIn(tx, 'stored-facts', { ids: sorted(ids) }), toStoredFact) : new Map();
}

/** Which asked-for entity ids exist and which were merged into another (resolve-entity-ids' rows and this read's). */
export function idResolution(rows: readonly Row[]): IdResolution {
  const exists = new Set<string>();
  const mergedInto = new Map<string, string>();
  for (const row of rows) {
    const id = str(row, 'id');
    const into = optStr(row, 'mergedInto');
    if (bool(row, 'exists')) exists.add(id);
    else if (into !== null) mergedInto.set(id, into);
  }
  return { exists, mergedInto };
}

function storedSource(row: Row): StoredSource {
  return { reportedOn: optStr(row, 'reportedOn'), createdOn: optStr(row, 'createdOn') };
}

function byId<T>(rows: readonly Row[], decode: (row: Row) => T): Map<string, T> {
  return new Map(rows.map((row) => [str(row, 'id'), decode(row)]));
}
