// De-duplication: one entity absorbs another in one transaction. The duplicate's relationships move over (or
// combine with parallel ones), its names become aliases, its id keeps resolving, and it is deleted.
import type { ManagedTransaction } from 'neo4j-driver';
import { runIn } from '../db/database';
import { bool, integer, str } from '../db/rowShape';
import { BadUserInputError, type Problem } from '../errors';
import { refreshCorroboration, resolveEntityIds } from '../facts/load';
import { entityIn } from './editing';
import { relationshipType } from './rows';
import type { EntityModel } from './models';
import { relationshipId } from './vocabulary';

export interface MergeResult {
  entity: EntityModel;
  mergedId: string;
  relationshipsMoved: number;
  relationshipsCombined: number;
  relationshipsRetracted: number;
}

async function checkedPair(tx: ManagedTransaction, keep: string, duplicate: string): Promise<[EntityModel, EntityModel]> {
  const problems: Problem[] = [];
  if (keep === duplicate) problems.push({ path: 'duplicate', message: 'must be a different entity from keep' });
  const known = await resolveEntityIds(tx, [keep, duplicate]);
  for (const [path, id] of [['keep', keep], ['duplicate', duplicate]] as const) {
    const mergedInto = known.mergedInto.get(id);
    if (mergedInto) problems.push({ path, message: `"${id}" was already merged into "${mergedInto}"` });
    else if (!known.exists.has(id)) problems.push({ path, message: `unknown entity "${id}"` });
  }
  if (problems.length) throw new BadUserInputError('invalid input', problems);
  const k = await entityIn(tx, keep);
  const d = await entityIn(tx, duplicate);
  if (!k || !d) throw new Error('merge: an entity vanished inside its own transaction');
  return [k, d];
}

/** The kept entity's names, roles and external ids after absorbing the duplicate (the kept one's values win). */
function combined(keep: EntityModel, dup: EntityModel) {
  const aliases = [...new Set([...keep.aliases, dup.name, ...dup.aliases])].filter((a) => a !== keep.name);
  return {
    aliases,
    roles: [...new Set([...keep.roles, ...dup.roles])],
    externalIds: JSON.stringify({ ...dup.externalIds, ...keep.externalIds }),
    description: keep.description ?? dup.description,
  };
}

export async function mergeEntities(tx: ManagedTransaction, keepId: string, duplicateId: string, actor: string): Promise<MergeResult> {
  const [keep, dup] = await checkedPair(tx, keepId, duplicateId);
  const rels = await runIn(tx, 'merge-duplicate-relationships', { duplicate: dup.id });
  const moves = rels.map((r) => {
    const other = str(r, 'other') === dup.id ? keep.id : str(r, 'other');
    const [from, to] = bool(r, 'outgoing') ? [keep.id, other] : [other, keep.id];
    const type = relationshipType(r, 'type');
    return { oldId: str(r, 'id'), newId: relationshipId(type, from, to), type, from, to, selfLoop: from === to };
  });
  const [counts] = moves.length
    ? await runIn(tx, 'merge-move-relationships', { moves, actor, selfLoopReason: `merging "${dup.id}" into "${keep.id}" made this a relationship of an entity with itself` })
    : [];
  // Combined relationships gained the moved one's sources; new ids get counted ones too (no feed entry: nothing new was reported).
  await refreshCorroboration(tx, moves.map((m) => m.newId));
  await runIn(tx, 'merge-finish', { keep: keep.id, duplicate: dup.id, entity: combined(keep, dup), actor });
  const entity = await entityIn(tx, keep.id);
  if (!entity) throw new Error('merge: the kept entity vanished inside its own transaction');
  return {
    entity,
    mergedId: dup.id,
    relationshipsMoved: counts ? integer(counts, 'moved') : 0,
    relationshipsCombined: counts ? integer(counts, 'combined') : 0,
    relationshipsRetracted: counts ? integer(counts, 'retracted') : 0,
  };
}
