// Entities: params in, domain models out.
import type { Database, RoundTripCounter } from '../db/database';
import { integer, map, str } from '../db/rowShape';
import { int } from '../db/values';
import type { EntityKind } from '../generated/graphql';
import type { EntityModel, MentionModel, SourceModel, Sorted } from './models';
import { type SortedPage, sortedPageParams } from './pagination';
import { toEntity, toSource } from './rows';
import { nameKey } from './vocabulary';

/** What `Query.entities` filters on; null means "no filter". */
export interface EntityFilter {
  kinds: EntityKind[] | null;
  /** Compared ignoring case. */
  namePrefix: string | null;
  /** Only entities involved in this source's facts. */
  source: string | null;
}

export class EntityRepository {
  constructor(private readonly db: Database, private readonly counter?: RoundTripCounter) {}

  /** Entities by id (merged ids resolve), in the order asked; null for unknown ids. */
  async byIds(ids: readonly string[]): Promise<Array<EntityModel | null>> {
    const rows = await this.db.read('entities-by-ids', { ids }, this.counter);
    const found = new Map(rows.map((r) => [str(r, 'id'), toEntity(map(r, 'entity'))]));
    return ids.map((id) => found.get(id) ?? null);
  }

  /** Which of these entities were known as of the end of `asOf` (a fact involving them reported, or created, by then). */
  async knownAsOf(ids: readonly string[], asOf: string): Promise<Set<string>> {
    const rows = await this.db.read('entities-reported-by', { ids, asOf }, this.counter);
    return new Set(rows.map((r) => str(r, 'id')));
  }

  /** One page in the page's sort (ID or NAME), each entity with its position for the cursor. */
  async page(filter: EntityFilter, page: SortedPage): Promise<Array<Sorted<EntityModel>>> {
    const rows = await this.db.read('entities-page', { ...filter, ...sortedPageParams(page) }, this.counter);
    return rows.map((r) => {
      const node = toEntity(map(r, 'entity'));
      return { node, position: { key: str(r, 'key'), id: node.id } };
    });
  }

  async count(filter: EntityFilter): Promise<number> {
    const [row] = await this.db.read('entities-count', { ...filter }, this.counter);
    return row ? integer(row, 'count') : 0;
  }

  /** Entities whose name or alias matches `name` ignoring case, accents, punctuation and spacing. */
  async lookup(name: string, limit: number): Promise<EntityModel[]> {
    const key = nameKey(name);
    if (!key) return [];
    const rows = await this.db.read('lookup', { key, limit: int(limit) }, this.counter);
    return rows.map((r) => toEntity(map(r, 'entity')));
  }

  /** For each entity id, the sources mentioning it with their fact counts, most first; one round trip for all. */
  async mentionsOf(ids: readonly string[], limit: number): Promise<{ mentions: Map<string, MentionModel[]>; sources: SourceModel[] }> {
    const rows = await this.db.read('entity-mentions', { ids, limit: int(limit) }, this.counter);
    const mentions = new Map<string, MentionModel[]>();
    const sources: SourceModel[] = [];
    for (const row of rows) {
      const id = str(row, 'id');
      const source = toSource(map(row, 'source'));
      sources.push(source);
      const list = mentions.get(id) ?? [];
      list.push({ source, count: integer(row, 'count') });
      mentions.set(id, list);
    }
    return { mentions, sources };
  }
}
