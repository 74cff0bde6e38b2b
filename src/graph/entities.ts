// Entities: params in, domain models out.
import type { Database, RoundTripCounter } from '../db/database';
import { int, toNumber } from '../db/values';
import type { EntityKind } from '../generated/graphql';
import type { EntityModel } from './models';
import type { Page } from './pagination';
import { toEntity } from './rows';
import { nameKey } from './vocabulary';

export class EntityRepository {
  constructor(private readonly db: Database, private readonly counter?: RoundTripCounter) {}

  /** Entities by id (merged ids resolve), in the order asked; null for unknown ids. */
  async byIds(ids: readonly string[]): Promise<Array<EntityModel | null>> {
    const rows = await this.db.read('entities-by-ids', { ids }, this.counter);
    const found = new Map(rows.map((r) => [r.id as string, toEntity(r.entity)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async page(kinds: EntityKind[] | null, page: Page): Promise<EntityModel[]> {
    const rows = await this.db.read('entities-page', { kinds, after: page.after, limit: int(page.limit) }, this.counter);
    return rows.map((r) => toEntity(r.entity));
  }

  async count(kinds: EntityKind[] | null): Promise<number> {
    const [row] = await this.db.read('entities-count', { kinds }, this.counter);
    return toNumber(row?.count ?? 0);
  }

  /** Entities whose name or alias matches `name` ignoring case, accents, punctuation and spacing. */
  async lookup(name: string, limit: number): Promise<EntityModel[]> {
    const key = nameKey(name);
    if (!key) return [];
    const rows = await this.db.read('lookup', { key, limit: int(limit) }, this.counter);
    return rows.map((r) => toEntity(r.entity));
  }
}
