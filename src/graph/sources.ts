// Sources and the facts they support: params in, domain models out.
import type { Database, RoundTripCounter } from '../db/database';
import { integer, map, optDateTime, optStr, str } from '../db/rowShape';
import { int } from '../db/values';
import type { RelationshipModel, SourceModel } from './models';
import type { Page } from './pagination';
import { toRelationshipWithEnds, toSource } from './rows';

export class SourceRepository {
  constructor(private readonly db: Database, private readonly counter?: RoundTripCounter) {}

  async byIds(ids: readonly string[]): Promise<Array<SourceModel | null>> {
    const rows = await this.db.read('sources-by-ids', { ids }, this.counter);
    const found = new Map(rows.map((r) => [str(r, 'id'), toSource(map(r, 'source'))]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async page(page: Page): Promise<SourceModel[]> {
    const rows = await this.db.read('sources-page', { after: page.after, limit: int(page.limit) }, this.counter);
    return rows.map((r) => toSource(map(r, 'source')));
  }

  async count(): Promise<number> {
    const [row] = await this.db.read('sources-count', {}, this.counter);
    return row ? integer(row, 'count') : 0;
  }

  /** A page of facts for each source id, in one round trip. */
  async factsOf(ids: readonly string[], page: Page): Promise<Map<string, RelationshipModel[]>> {
    const rows = await this.db.read('source-facts', { ids, after: page.after, limit: int(page.limit) }, this.counter);
    const byId = new Map<string, RelationshipModel[]>();
    for (const row of rows) {
      const id = str(row, 'id');
      const list = byId.get(id) ?? [];
      list.push(toRelationshipWithEnds(row));
      byId.set(id, list);
    }
    return byId;
  }

  /** The stored article text of each source id (null when it has none), in one round trip. */
  async textsOf(ids: readonly string[]): Promise<Array<string | null>> {
    const rows = await this.db.read('source-texts', { ids }, this.counter);
    const found = new Map(rows.map((r) => [str(r, 'id'), optStr(r, 'text')]));
    return ids.map((id) => found.get(id) ?? null);
  }

  /** When each source's page was fetched (null when it was not read from a link), in one round trip. */
  async retrievalsOf(ids: readonly string[]): Promise<Array<string | null>> {
    const rows = await this.db.read('source-retrievals', { ids }, this.counter);
    const found = new Map(rows.map((r) => [str(r, 'id'), optDateTime(r, 'retrievedAt')]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async factCounts(ids: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.read('source-facts-count', { ids }, this.counter);
    return new Map(rows.map((r) => [str(r, 'id'), integer(r, 'count')]));
  }
}
