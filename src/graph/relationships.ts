// Relationships and their provenance: params in, domain models out.
import type { Database, RoundTripCounter } from '../db/database';
import { bool, integer, map, str } from '../db/rowShape';
import { int } from '../db/values';
import type { Direction, RelationshipType } from '../generated/graphql';
import type { ProvenanceModel, RelationshipModel, Sorted, SourceModel } from './models';
import { type Page, type SortedPage, sortedPageParams } from './pagination';
import { toProvenanceRow, toRelationship, toRelationshipWithEnds } from './rows';
import { ALL_RELATIONSHIP_TYPES } from './vocabulary';

/** The types to match: the allow-listed ones asked for, or all of them. */
export function typesOrAll(types: readonly RelationshipType[] | null | undefined): RelationshipType[] {
  return types && types.length ? [...new Set(types)] : [...ALL_RELATIONSHIP_TYPES];
}

export interface RelationshipFilter {
  direction: Direction;
  types: RelationshipType[];
  includeRetracted: boolean;
}

/** What `Query.relationships` filters on; null means "no filter". */
export interface RelationshipListFilter {
  types: RelationshipType[];
  from: string | null;
  to: string | null;
  /** Only relationships this source supports. */
  source: string | null;
  /** Inclusive date range (YYYY-MM-DD) on `since`, else `until`; either bound excludes undated relationships. */
  dateFrom: string | null;
  dateTo: string | null;
  includeRetracted: boolean;
}

export class RelationshipRepository {
  constructor(private readonly db: Database, private readonly counter?: RoundTripCounter) {}

  /** A page of relationships for each entity id, in one round trip. */
  async ofEntities(ids: readonly string[], filter: RelationshipFilter, page: Page): Promise<Map<string, RelationshipModel[]>> {
    const rows = await this.db.read('entity-relationships', { ids, ...filter, after: page.after, limit: int(page.limit) }, this.counter);
    const byId = new Map<string, RelationshipModel[]>();
    for (const row of rows) {
      const [self, other] = [map(row, 'self'), map(row, 'other')];
      const [from, to] = bool(row, 'outgoing') ? [self, other] : [other, self];
      const id = str(row, 'id');
      const list = byId.get(id) ?? [];
      list.push(toRelationship(map(row, 'relationship'), from, to));
      byId.set(id, list);
    }
    return byId;
  }

  async countOfEntities(ids: readonly string[], filter: RelationshipFilter): Promise<Map<string, number>> {
    const rows = await this.db.read('entity-relationships-count', { ids, ...filter }, this.counter);
    return new Map(rows.map((r) => [str(r, 'id'), integer(r, 'count')]));
  }

  /** One page in the page's sort (ID or DATE), each relationship with both ends and its position for the cursor. */
  async page(filter: RelationshipListFilter, page: SortedPage): Promise<Array<Sorted<RelationshipModel>>> {
    const rows = await this.db.read('relationships-page', { ...filter, ...sortedPageParams(page) }, this.counter);
    return rows.map((r) => {
      const node = toRelationshipWithEnds(r);
      return { node, position: { key: str(r, 'key'), id: node.id } };
    });
  }

  async count(filter: RelationshipListFilter): Promise<number> {
    const [row] = await this.db.read('relationships-count', { ...filter }, this.counter);
    return row ? integer(row, 'count') : 0;
  }

  /** One relationship with both ends; null when unknown (or retracted, unless asked for). */
  async byId(id: string, includeRetracted: boolean): Promise<RelationshipModel | null> {
    const [row] = await this.db.read('relationship-by-id', { id, includeRetracted }, this.counter);
    return row ? toRelationshipWithEnds(row) : null;
  }

  /** Provenance of each relationship id, with the sources it names. */
  async sourcesOf(ids: readonly string[]): Promise<{ provenance: Map<string, ProvenanceModel[]>; sources: SourceModel[] }> {
    const rows = await this.db.read('relationship-sources', { ids }, this.counter);
    const provenance = new Map<string, ProvenanceModel[]>();
    const sources: SourceModel[] = [];
    for (const row of rows) {
      const { id, provenance: quoted, source } = toProvenanceRow(row);
      sources.push(source);
      const list = provenance.get(id) ?? [];
      list.push(quoted);
      provenance.set(id, list);
    }
    return { provenance, sources };
  }
}

