// Single writes: one entity, one relationship. Each runs inside the caller's write transaction and reads back
// what it wrote in that same transaction.
import type { ManagedTransaction } from 'neo4j-driver';
import { runIn } from '../db/database';
import { map } from '../db/rowShape';
import { BadUserInputError, type Problem } from '../errors';
import { type WriteCounts, entityRow, groupDisputes, groupRelationships, refreshCorroboration, relationshipRow, resolveEntityIds } from '../facts/load';
import { runBatchWrite } from '../facts/batchWrite';
import { writeEntities } from '../facts/entityWrites';
import { writeRelationships } from '../facts/relationshipWrites';
import type { FactsEntity, FactsRelationship } from '../facts/validate';
import type { WriteStatus } from '../generated/graphql';
import type { EntityModel, RelationshipModel } from './models';
import { toEntity, toRelationshipWithEnds } from './rows';

function statusOf(counts: WriteCounts): WriteStatus {
  if (counts.created > 0) return 'CREATED';
  if (counts.updated > 0) return 'UPDATED';
  return 'UNCHANGED';
}

export async function entityIn(tx: ManagedTransaction, id: string): Promise<EntityModel | null> {
  const [row] = await runIn(tx, 'entities-by-ids', { ids: [id] });
  return row ? toEntity(map(row, 'entity')) : null;
}

export async function relationshipIn(tx: ManagedTransaction, id: string): Promise<RelationshipModel | null> {
  const [row] = await runIn(tx, 'relationship-by-id', { id, includeRetracted: true });
  return row ? toRelationshipWithEnds(row) : null;
}

/** Creates or updates one entity; an id that a merge retired adds its names to the entity it became. */
export async function upsertEntity(tx: ManagedTransaction, entity: FactsEntity, actor: string): Promise<{ status: WriteStatus; entity: EntityModel }> {
  const known = await resolveEntityIds(tx, [entity.id]);
  const row = entityRow(entity, known.mergedInto);
  const counts = await writeEntities(tx, [row], actor, { mode: 'edit' });
  const written = await entityIn(tx, row.id);
  if (!written) throw new Error(`entity ${row.id} vanished inside its own transaction`);
  return { status: statusOf(counts), entity: written };
}

/** Adds one fact with its quote from an existing source. Unknown source or ends are BAD_USER_INPUT. */
export async function addRelationship(
  tx: ManagedTransaction,
  sourceId: string,
  rel: FactsRelationship,
  actor: string,
): Promise<{ status: WriteStatus; relationship: RelationshipModel }> {
  const [source] = await runIn(tx, 'sources-by-ids', { ids: [sourceId] });
  const known = await resolveEntityIds(tx, [rel.from, rel.to]);
  const problems: Problem[] = [];
  if (!source) problems.push({ path: 'source', message: `unknown source "${sourceId}"` });
  for (const end of ['from', 'to'] as const) {
    if (!known.exists.has(rel[end]) && !known.mergedInto.has(rel[end])) problems.push({ path: `input.${end}`, message: `unknown entity "${rel[end]}"` });
  }
  const row = relationshipRow(rel, sourceId, known.mergedInto);
  if (!problems.length && row.from === row.to) problems.push({ path: 'input.to', message: `"${rel.to}" and "${rel.from}" are the same entity (merged)` });
  if (problems.length) throw new BadUserInputError('invalid input', problems);

  if (row.disputes) return disputeRelationship(tx, row, actor);
  const counts = await writeRelationships(tx, groupRelationships([row]), new Map(), actor);
  // The source's day is in the graph, not in this input: count the fact from its quotes there.
  await refreshCorroboration(tx, [row.id]);
  const written = await relationshipIn(tx, row.id);
  if (!written) throw new Error(`relationship ${row.id} vanished inside its own transaction`);
  return { status: statusOf(counts), relationship: written };
}

/** Records a disputing quote against a fact some source supports; a new one updates the fact, the same one again changes nothing. */
async function disputeRelationship(tx: ManagedTransaction, row: ReturnType<typeof relationshipRow>, actor: string): Promise<{ status: WriteStatus; relationship: RelationshipModel }> {
  const existing = await relationshipIn(tx, row.id);
  if (!existing) throw new BadUserInputError('invalid input', [{ path: 'input.stance', message: `disputes "${row.id}", a fact no source supports (a dispute never creates a fact)` }]);
  const written = await runBatchWrite(tx, actor, { disputes: groupDisputes([row]) });
  return { status: written.disputesCreated > 0 ? 'UPDATED' : 'UNCHANGED', relationship: existing };
}
