// Sources and the facts they support: params in, domain models out.
import type { Database, RoundTripCounter } from '../db/database';
import { int, toNumber } from '../db/values';
import type { RelationshipModel, SourceModel } from './models';
import type { Page } from './pagination';
import { toRelationship, toSource } from './rows';

export class SourceRepository {
  constructor(private readonly db: Database, private readonly counter?: RoundTripCounter) {}

  async byIds(ids: readonly string[]): Promise<Array<SourceModel | null>> {
    const rows = await this.db.read('sources-by-ids', { ids }, this.counter);
    const found = new Map(rows.map((r) => [r.id as string, toSource(r.source)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async page(page: Page): Promise<SourceModel[]> {
    const rows = await this.db.read('sources-page', { after: page.after, limit: int(page.limit) }, this.counter);
    return rows.map((r) => toSource(r.source));
  }

  async count(): Promise<number> {
    const [row] = await this.db.read('sources-count', {}, this.counter);
    return toNumber(row?.count ?? 0);
  }

  /** A page of facts for each source id, in one round trip. */
  async factsOf(ids: readonly string[], page: Page): Promise<Map<string, RelationshipModel[]>> {
    const rows = await this.db.read('source-facts', { ids, after: page.after, limit: int(page.limit) }, this.counter);
    const byId = new Map<string, RelationshipModel[]>();
    for (const row of rows) {
      const list = byId.get(row.id as string) ?? [];
      list.push(toRelationship(row.relationship, row.fromEntity, row.toEntity));
      byId.set(row.id as string, list);
    }
    return byId;
  }

  async factCounts(ids: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.read('source-facts-count', { ids }, this.counter);
    return new Map(rows.map((r) => [r.id as string, toNumber(r.count)]));
  }
}
