// Stats: counts by kind and type, and the most connected entities.
import type { Database, RoundTripCounter } from '../db/database';
import { integer, map, mapList, str } from '../db/rowShape';
import { int } from '../db/values';
import type { EntityKind } from '../generated/graphql';
import type { ConnectedEntityModel, StatsOverviewModel } from './models';
import { relationshipType, toEntity } from './rows';
import { ALL_RELATIONSHIP_TYPES, ENTITY_KINDS } from './vocabulary';

export class StatsRepository {
  constructor(private readonly db: Database, private readonly counter?: RoundTripCounter) {}

  /** Every kind (zeros included) and the types in use, most first, from one query. */
  async overview(): Promise<StatsOverviewModel> {
    const [row] = await this.db.read('stats-overview', { types: ALL_RELATIONSHIP_TYPES }, this.counter);
    const kindCounts = new Map((row ? mapList(row, 'entitiesByKind') : []).map((k) => [str(k, 'kind'), integer(k, 'count')]));
    const relationshipsByType = (row ? mapList(row, 'relationshipsByType') : [])
      .map((t) => ({ type: relationshipType(t, 'type'), count: integer(t, 'count') }))
      .sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1));
    return {
      entityCount: row ? integer(row, 'entityCount') : 0,
      relationshipCount: relationshipsByType.reduce((sum, t) => sum + t.count, 0),
      sourceCount: row ? integer(row, 'sourceCount') : 0,
      entitiesByKind: ENTITY_KINDS.map((kind: EntityKind) => ({ kind, count: kindCounts.get(kind) ?? 0 })),
      relationshipsByType,
    };
  }

  /** The `limit` entities with the highest degree, ties by id. */
  async mostConnected(limit: number): Promise<ConnectedEntityModel[]> {
    if (limit === 0) return [];
    const rows = await this.db.read('most-connected', { types: ALL_RELATIONSHIP_TYPES, limit: int(limit) }, this.counter);
    return rows.map((row) => ({ entity: toEntity(map(row, 'entity')), degree: integer(row, 'degree') }));
  }
}
