// Neighbourhoods: the drawable piece of the graph around one entity, in one round trip.
import { filledCypher } from '../db/cypher';
import type { Database, RoundTripCounter } from '../db/database';
import { bool, mapList } from '../db/rowShape';
import { int } from '../db/values';
import type { Direction, RelationshipType } from '../generated/graphql';
import { ENTITY_PROPERTIES, type EntityProperty, entityProjection, relationshipMap, retractedFragment, sourcesFragment, typesFragment } from './fragments';
import type { SubgraphModel } from './models';
import { byId, toEntity, toProjectedEntity, toRelationshipAmong } from './rows';

export interface NeighborhoodQuery {
  id: string;
  depth: number;
  types: RelationshipType[];
  direction: Direction;
  /** Node cap, the centre included. */
  limit: number;
  minSources: number | null;
  asOf: string | null;
  /** The edges' since, until and confidence are read (else they are not fetched, and read as null). */
  edgeDetails: boolean;
  /** The node properties read (of the nodes and the edges' ends); null: all of them. */
  nodeFields: readonly EntityProperty[] | null;
}

export class NeighborhoodRepository {
  constructor(private readonly db: Database, private readonly counter?: RoundTripCounter) {}

  /**
   * The subgraph around `id`, the centre first, then ring by ring in id order; null for an unknown id. With
   * `nodeFields`, the nodes hold only those properties (the others read as empty): not whole entities to cache.
   */
  async around(q: NeighborhoodQuery): Promise<SubgraphModel | null> {
    const statement = filledCypher('neighborhood', {
      types: typesFragment(q.types),
      retracted: retractedFragment(false, q.asOf),
      sources: sourcesFragment(q.minSources, q.asOf),
      edge: relationshipMap(q.edgeDetails),
      node: entityProjection(q.nodeFields ?? ENTITY_PROPERTIES),
    });
    const [row] = await this.db.read(statement, { ...q, depth: int(q.depth), limit: int(q.limit) }, this.counter);
    if (!row) return null;
    const nodes = mapList(row, 'nodes').map(q.nodeFields ? toProjectedEntity : toEntity);
    const entities = byId(nodes);
    return { nodes, edges: mapList(row, 'edges').map((edge) => ({ ...toRelationshipAmong(edge, entities), asOf: q.asOf })), truncated: bool(row, 'truncated') };
  }
}
