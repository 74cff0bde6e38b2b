// Writes entities with change tracking apart from the write, like relationshipWrites.ts: one read of the touched
// entities, the new values and the created/updated/unchanged counts worked out here, then plain CREATE and SET
// statements (no Eager in their plans) and a MERGE only for name keys the entity does not have yet.
import type { ManagedTransaction } from 'neo4j-driver';
import { runIn } from '../db/database';
import { type Row, optStr, str, strList } from '../db/rowShape';
import { BadUserInputError, WriteConflictError } from '../errors';
import { runBatchWrite } from './batchWrite';
import type { WriteCounts } from './load';

/** One entity to write (entityRow, grouped): nulls keep the stored value; aliases, roles and keys accumulate. */
export interface EntityWriteRow {
  id: string;
  kind: string | null;
  name: string | null;
  aliases: string[];
  description: string | null;
  /** A JSON object of strings, or null to keep the stored one. */
  externalIds: string | null;
  roles: string[];
  keys: string[];
}

export interface StoredEntity {
  kind: string | null;
  name: string | null;
  description: string | null;
  aliases: string[];
  roles: string[];
  externalIds: string;
  keys: Set<string>;
}

export function toStored(row: Row): StoredEntity {
  return {
    kind: optStr(row, 'kind'),
    name: optStr(row, 'name'),
    description: optStr(row, 'description'),
    aliases: strList(row, 'aliases'),
    roles: strList(row, 'roles'),
    externalIds: optStr(row, 'externalIds') ?? '{}',
    keys: new Set(strList(row, 'keys')),
  };
}

const EMPTY: StoredEntity = { kind: null, name: null, description: null, aliases: [], roles: [], externalIds: '{}', keys: new Set() };

async function readStored(tx: ManagedTransaction, ids: string[]): Promise<Map<string, StoredEntity>> {
  const rows = ids.length ? await runIn(tx, 'stored-entities', { ids }) : [];
  return new Map(rows.map((row) => [str(row, 'id'), toStored(row)]));
}

/** What the entity holds after this write: given values win, aliases (never its own name) and roles accumulate. */
export function entityAfterWrite(e: EntityWriteRow, was: StoredEntity = EMPTY) {
  const name = e.name ?? was.name;
  const aliases = [...was.aliases];
  for (const alias of e.aliases) if (!aliases.includes(alias) && alias !== name) aliases.push(alias);
  const roles = [...was.roles];
  for (const role of e.roles) if (!roles.includes(role)) roles.push(role);
  return {
    id: e.id,
    kind: e.kind ?? was.kind,
    name,
    nameLower: name === null ? null : name.toLowerCase(),
    description: e.description ?? was.description,
    aliases,
    aliasText: aliases.map((a) => ` ${a}`).join(''),
    roles,
    externalIds: e.externalIds ?? was.externalIds,
  };
}

function changed(now: ReturnType<typeof entityAfterWrite>, was: StoredEntity): boolean {
  return now.kind !== was.kind || now.name !== was.name || now.description !== was.description || now.externalIds !== was.externalIds
    || now.aliases.length !== was.aliases.length || now.roles.length !== was.roles.length;
}

/**
 * What a write may do to an entity's stored kind: `edit` changes it (upsertEntity: an editor says so); `reject`
 * refuses the whole write (documents: a kind is never changed as a side effect of adding facts); `retry` reruns
 * the transaction (articles: the reader settled its ids before a concurrent writer's entity was visible, and
 * settles them again on the rerun).
 */
export type KindChange = { mode: 'edit' } | { mode: 'reject'; pathOf: (id: string) => string } | { mode: 'retry' };

/** What a write of grouped entity rows does, worked out from what they hold now: the statements' rows and the counts. */
export interface EntityWritePlan {
  creates: object[];
  updates: object[];
  keys: Array<{ id: string; key: string }>;
  counts: WriteCounts;
}

/**
 * Plans a write of grouped entity rows against `stored` (read under the entities' write locks, so the kind
 * checked here is the kind the write meets); throws for kind clashes as `kinds` says, before anything is written.
 */
export function planEntityWrites(rows: readonly EntityWriteRow[], stored: ReadonlyMap<string, StoredEntity>, kinds: KindChange): EntityWritePlan {
  if (kinds.mode !== 'edit') {
    const clashes = rows.filter((e) => e.kind && stored.get(e.id)?.kind && e.kind !== stored.get(e.id)?.kind);
    const message = (e: EntityWriteRow) => `"${e.id}" is a ${stored.get(e.id)?.kind} in the graph, not a ${e.kind}`;
    if (clashes.length && kinds.mode === 'retry') throw new WriteConflictError(`another write changed the graph under this one: ${clashes.map(message).join('; ')}; send it again`);
    if (clashes.length && kinds.mode === 'reject') throw new BadUserInputError('conflicting entity kind', clashes.map((e) => ({ path: kinds.pathOf(e.id), message: `${message(e)}; change a kind with upsertEntity` })));
  }
  const plan: EntityWritePlan = { creates: [], updates: [], keys: [], counts: { created: 0, updated: 0, unchanged: 0 } };
  for (const e of rows) {
    const was = stored.get(e.id);
    const now = entityAfterWrite(e, was);
    if (!was) {
      plan.counts.created += 1;
      plan.creates.push(now);
    } else if (changed(now, was)) {
      plan.counts.updated += 1;
      plan.updates.push(now);
    } else {
      plan.counts.unchanged += 1;
    }
    for (const key of e.keys) if (!was?.keys.has(key)) plan.keys.push({ id: e.id, key });
  }
  return plan;
}

/** Writes grouped entity rows inside `tx` and counts what was created, changed and already as asked. */
export async function writeEntities(tx: ManagedTransaction, rows: readonly EntityWriteRow[], actor: string, kinds: KindChange): Promise<WriteCounts> {
  // Read under the entities' write locks: the kind checked here is the kind the write meets.
  const stored = await readStored(tx, rows.map((e) => e.id).sort());
  const { creates, updates, keys, counts } = planEntityWrites(rows, stored, kinds);
  if (creates.length || updates.length || keys.length) await runBatchWrite(tx, actor, { createEntities: creates, updateEntities: updates, keys });
  return counts;
}
