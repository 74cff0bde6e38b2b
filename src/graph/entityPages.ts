// One entity with a page of its relationships, both ends and (when asked) their quotes and total count, in one
// round trip (cypher/entity-page.cypher). What to fetch is an EntityPageSelection: plain data that
// src/resolvers/selection.ts reads off the GraphQL selection. It picks the statement's slot fills from fixed
// fragments (allow-listed property names only) and its switches; every value is a parameter.
import type { Database, RoundTripCounter } from '../db/database';
import { filledCypher } from '../db/cypher';
import { bool, integer, map, mapList } from '../db/rowShape';
import { int } from '../db/values';
import { type EntityProperty, afterFragment, entityProjection, retractedFragment, sourcesFragment, typesFragment } from './fragments';
import type { EntityModel, QuotesModel, RelationshipModel, SourceModel } from './models';
import type { Page } from './pagination';
import type { RelationshipFilter } from './relationships';
import { toPageRelationship, toProjectedEntity, toQuote } from './rows';

/** What the GraphQL selection needs from the statement. */
export interface EntityPageSelection {
  /** Properties of the entity itself. */
  entityFields: readonly EntityProperty[];
  /** Properties of the relationships' ends (the union of `from` and `to`). */
  endFields: readonly EntityProperty[];
  /** `totalCount` is selected. */
  count: boolean;
  /** `sources` or `disputedBy` is selected. */
  quotes: boolean;
}

export interface EntityPageQuery {
  id: string;
  filter: RelationshipFilter;
  page: Page;
  selection: EntityPageSelection;
}

export interface EntityPageModel {
  /** Holds only the selected properties (others read as empty): never cache it as the whole entity. */
  entity: EntityModel;
  /** Up to page.limit relationships in id order, each with both ends (projected like the entity). */
  relationships: RelationshipModel[];
  /** The total under the filter when selected, else null. */
  count: number | null;
  /** Quotes by relationship id when selected, else null; with their sources. */
  quotes: Map<string, QuotesModel> | null;
  sources: SourceModel[];
}

/** The statement to run (cypher/entity-page.cypher filled for this selection and filter) and its parameters. */
export function entityPageStatement(q: EntityPageQuery): { name: string; params: Record<string, unknown> } {
  const fills = {
    // The entity is also an end of each of its relationships, so it gets both projections.
    entity: entityProjection([...q.selection.entityFields, ...q.selection.endFields]),
    end: entityProjection(q.selection.endFields),
    types: typesFragment(q.filter.types),
    after: afterFragment(q.page.after),
    retracted: retractedFragment(q.filter.includeRetracted, q.filter.asOf),
    sources: sourcesFragment(q.filter.minSources, q.filter.asOf),
  };
  const switches = {
    quotes: q.selection.quotes,
    count: q.selection.count,
    // Without includeRetracted no row on the page shows a retraction (as of a day, one retracted later is standing).
    retractions: q.filter.includeRetracted,
    quotesAsOf: q.filter.asOf !== null,
  };
  const params = {
    id: q.id,
    ...q.filter,
    // Every type is the usual case and then the statement reads no $types: not sending the list (30 names) keeps
    // the RUN message, with the statement, closer to one network write.
    types: fills.types === 'true' ? null : q.filter.types,
    after: q.page.after,
    limit: int(q.page.limit),
  };
  return { name: filledCypher('entity-page', fills, switches), params };
}

export class EntityPageRepository {
  constructor(private readonly db: Database, private readonly counter?: RoundTripCounter) {}

  /** The entity (merged ids resolve) with its page; null when the id is unknown. */
  async read(q: EntityPageQuery): Promise<EntityPageModel | null> {
    const { name, params } = entityPageStatement(q);
    const [row] = await this.db.read(name, params, this.counter);
    if (!row) return null;
    const entity = toProjectedEntity(map(row, 'entity'));
    const quotes = q.selection.quotes ? new Map<string, QuotesModel>() : null;
    const sources: SourceModel[] = [];
    const relationships = mapList(row, 'relationships').map((item) => {
      const rel = { ...toPageRelationship(item, entity, toProjectedEntity(map(item, 'other')), bool(item, 'outgoing')), asOf: q.filter.asOf };
      if (quotes) {
        const entry: QuotesModel = { supports: [], disputes: [] };
        for (const quote of mapList(item, 'quotes')) {
          const { provenance, source } = toQuote(quote);
          sources.push(source);
          (provenance.stance === 'DISPUTES' ? entry.disputes : entry.supports).push(provenance);
        }
        quotes.set(rel.id, entry);
      }
      return rel;
    });
    return { entity, relationships, count: q.selection.count ? integer(row, 'count') : null, quotes, sources };
  }
}

