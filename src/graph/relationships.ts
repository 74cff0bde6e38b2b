// Relationships and their provenance: params in, domain models out.
import { filledCypher } from '../db/cypher';
import type { Database, RoundTripCounter } from '../db/database';
import { bool, integer, map, str } from '../db/rowShape';
import { int } from '../db/values';
import type { Direction, RelationshipType } from '../generated/graphql';
import { afterFragment, retractedFragment, sourcesFragment, typesFragment } from './fragments';
import type { CorroborationModel, QuotesModel, RelationshipModel, Sorted, SourceModel } from './models';
import { type Page, type SortedPage, sortedPageParams } from './pagination';
import { toCorroboration, toProvenanceRow, toRelationship, toRelationshipWithEnds } from './rows';
import { ALL_RELATIONSHIP_TYPES } from './vocabulary';

/** The types to match: the allow-listed ones asked for, or all of them. */
export function typesOrAll(types: readonly RelationshipType[] | null | undefined): RelationshipType[] {
  return types && types.length ? [...new Set(types)] : [...ALL_RELATIONSHIP_TYPES];
}

export interface RelationshipFilter {
  direction: Direction;
  types: RelationshipType[];
  includeRetracted: boolean;
  /** At least this many distinct supporting sources (as of `asOf`); null: no filter. */
  minSources: number | null;
  /** Answer as of the end of this day (YYYY-MM-DD); null: now. */
  asOf: string | null;
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
  minSources: number | null;
  asOf: string | null;
}

/** The slot fills of an entity's relationship filter (entity-relationships.cypher and its count). */
function filterFills(filter: RelationshipFilter): Record<string, string> {
  return {
    types: typesFragment(filter.types),
    retracted: retractedFragment(filter.includeRetracted, filter.asOf),
    sources: sourcesFragment(filter.minSources, filter.asOf),
  };
}

export class RelationshipRepository {
  constructor(private readonly db: Database, private readonly counter?: RoundTripCounter) {}

  /** A page of relationships for each entity id, in one round trip. */
  async ofEntities(ids: readonly string[], filter: RelationshipFilter, page: Page): Promise<Map<string, RelationshipModel[]>> {
    const statement = filledCypher('entity-relationships', { ...filterFills(filter), after: afterFragment(page.after) });
    const rows = await this.db.read(statement, { ids, ...filter, after: page.after, limit: int(page.limit) }, this.counter);
    const byId = new Map<string, RelationshipModel[]>();
    for (const row of rows) {
      const [self, other] = [map(row, 'self'), map(row, 'other')];
      const [from, to] = bool(row, 'outgoing') ? [self, other] : [other, self];
      const id = str(row, 'id');
      const list = byId.get(id) ?? [];
      list.push({ ...toRelationship(map(row, 'relationship'), from, to), asOf: filter.asOf });
      byId.set(id, list);
    }
    return byId;
  }

  async countOfEntities(ids: readonly string[], filter: RelationshipFilter): Promise<Map<string, number>> {
    const rows = await this.db.read(filledCypher('entity-relationships-count', filterFills(filter)), { ids, ...filter }, this.counter);
    return new Map(rows.map((r) => [str(r, 'id'), integer(r, 'count')]));
  }

  /** One page in the page's sort (ID or DATE), each relationship with both ends and its position for the cursor. */
  async page(filter: RelationshipListFilter, page: SortedPage): Promise<Array<Sorted<RelationshipModel>>> {
    const rows = await this.db.read('relationships-page', { ...filter, ...sortedPageParams(page) }, this.counter);
    return rows.map((r) => {
      const node = { ...toRelationshipWithEnds(r), asOf: filter.asOf };
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

  /** The supporting and disputing quotes of each relationship id (as of a day, when given), with their sources. */
  async quotesOf(ids: readonly string[], asOf: string | null): Promise<{ quotes: Map<string, QuotesModel>; sources: SourceModel[] }> {
    const rows = await this.db.read('relationship-sources', { ids, asOf }, this.counter);
    const quotes = new Map<string, QuotesModel>();
    const sources: SourceModel[] = [];
    for (const row of rows) {
      const { id, provenance, source } = toProvenanceRow(row);
      sources.push(source);
      const entry = quotes.get(id) ?? { supports: [], disputes: [] };
      (provenance.stance === 'DISPUTES' ? entry.disputes : entry.supports).push(provenance);
      quotes.set(id, entry);
    }
    return { quotes, sources };
  }

  /** Corroboration of each relationship id, as of a day when given. */
  async corroborationOf(ids: readonly string[], asOf: string | null): Promise<Map<string, CorroborationModel>> {
    const rows = await this.db.read('relationship-corroboration', { ids, asOf }, this.counter);
    return new Map(rows.map((row) => [str(row, 'id'), toCorroboration(row)]));
  }
}

