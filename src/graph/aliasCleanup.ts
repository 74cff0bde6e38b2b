// One thing, one name: stores written before aliases had to be names (src/reading/aliases.ts) hold descriptions
// as aliases ("the talks", "a ceasefire") and lookup keys for them, which made every such phrase name many
// entities. At start-up, once per database, this keeps only the aliases that are names, unlinks the keys only
// the removed ones gave, and deletes keys left naming nothing. It works in pages of entities, each page read and
// written in one transaction, so a run stopped half-way is simply run again: a page already clean changes nothing.
import type { Database } from '../db/database';
import { runIn } from '../db/database';
import { bool, integer, optStr, str, strList } from '../db/rowShape';
import { int } from '../db/values';
import type { Logger } from '../log';
import { isNameAlias } from '../reading/aliases';
import { isEntityKind, nameKey } from './vocabulary';

/** Bump when the alias rule changes so that existing stores are cleaned again. */
export const ALIAS_CLEANUP_MIGRATION = 'name-aliases-1';
const ACTOR = `migration:${ALIAS_CLEANUP_MIGRATION}`;
const PAGE_SIZE = 1000;

export interface AliasCleanupCounts {
  /** Entities that lost at least one alias. */
  entities: number;
  aliasesRemoved: number;
  /** Lookup keys unlinked from an entity, and those of them deleted because they named nothing any more. */
  keysUnlinked: number;
  keysDeleted: number;
  /** Entities without a description that got one of their removed phrases as it. */
  descriptionsFilled: number;
}

export interface AliasChange {
  id: string;
  aliases: string[];
  aliasText: string;
  description: string | null;
  dropKeys: string[];
  removed: string[];
}

/**
 * A removed phrase worth keeping as the description of an entity that has none: the longest one of at least four
 * words that names something (a capital after its first word): "efforts to reach a ceasefire between Israel and
 * Hamas" says something; "the talks" and "its delegation from ceasefire" do not.
 */
export function descriptionFrom(removed: readonly string[]): string | null {
  const telling = removed
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.split(/\s+/).length >= 4 && /\s\p{Lu}/u.test(phrase))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return telling[0] ?? null;
}

/** What cleaning one entity's aliases changes, or null when they are all names already. */
export function aliasChange(entity: { id: string; kind: string; name: string; aliases: string[]; description: string | null }): AliasChange | null {
  if (!isEntityKind(entity.kind)) return null;
  const owner = { name: entity.name, kind: entity.kind };
  const aliases = entity.aliases.filter((alias) => isNameAlias(alias, owner));
  if (aliases.length === entity.aliases.length) return null;
  const removed = entity.aliases.filter((alias) => !aliases.includes(alias));
  const kept = new Set([entity.name, ...aliases].map(nameKey));
  return {
    id: entity.id,
    aliases,
    aliasText: aliases.map((a) => ` ${a}`).join(''),
    description: entity.description ? null : descriptionFrom(removed),
    dropKeys: [...new Set(removed.map(nameKey))].filter((key) => key !== '' && !kept.has(key)),
    removed,
  };
}

/** Cleans every entity's aliases, page by page; safe to run any number of times. */
export async function removeDescriptiveAliases(db: Database, pageSize = PAGE_SIZE): Promise<AliasCleanupCounts> {
  const counts: AliasCleanupCounts = { entities: 0, aliasesRemoved: 0, keysUnlinked: 0, keysDeleted: 0, descriptionsFilled: 0 };
  let after = '';
  for (;;) {
    const page = await db.write(async (tx) => {
      const rows = await runIn(tx, 'entities-with-aliases', { after, limit: int(pageSize) });
      const changes = rows
        .map((row) => aliasChange({ id: str(row, 'id'), kind: str(row, 'kind'), name: str(row, 'name'), aliases: strList(row, 'aliases'), description: optStr(row, 'description') }))
        .filter((change): change is AliasChange => change !== null);
      const [done] = changes.length
        ? await runIn(tx, 'remove-entity-aliases', { changes: changes.map(({ removed: _removed, ...change }) => change), actor: ACTOR })
        : [];
      return { last: rows.length ? str(rows[rows.length - 1] ?? {}, 'id') : null, full: rows.length === pageSize, changes, done };
    });
    counts.entities += page.changes.length;
    counts.aliasesRemoved += page.changes.reduce((sum, c) => sum + c.removed.length, 0);
    counts.descriptionsFilled += page.changes.filter((c) => c.description !== null).length;
    counts.keysUnlinked += page.done ? integer(page.done, 'unlinked') : 0;
    counts.keysDeleted += page.done ? integer(page.done, 'deleted') : 0;
    if (!page.full || page.last === null) return counts;
    after = page.last;
  }
}

/**
 * Runs the clean-up once per database (a `(:Migration)` node remembers it, with its counts) and logs what it
 * changed. A start that dies half-way leaves no node, so the next start runs it again.
 */
export async function cleanAliasesOnce(db: Database, log: Logger): Promise<AliasCleanupCounts | null> {
  const [state] = await db.read('migration-applied', { id: ALIAS_CLEANUP_MIGRATION });
  if (state && bool(state, 'applied')) return null;
  const started = Date.now();
  const counts = await removeDescriptiveAliases(db);
  await db.write((tx) => runIn(tx, 'record-migration', { id: ALIAS_CLEANUP_MIGRATION, counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, int(v)])) }));
  log.info({ migration: ALIAS_CLEANUP_MIGRATION, ...counts, ms: Date.now() - started }, counts.entities
    ? `removed ${counts.aliasesRemoved} descriptive aliases from ${counts.entities} entities`
    : 'no descriptive aliases to remove');
  return counts;
}
