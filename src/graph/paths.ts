// Paths: the shortest connections between two entities, each hop with its direction and ends.
import { filledCypher } from '../db/cypher';
import type { Database, RoundTripCounter } from '../db/database';
import { type Row, mapList } from '../db/rowShape';
import { int } from '../db/values';
import type { RelationshipType } from '../generated/graphql';
import { relationshipMap, reportedFragment, retractedFragment, typesFragment } from './fragments';
import type { EntityModel, PathModel, PathStepModel } from './models';
import { byId, toEntity, toRelationshipAmong } from './rows';

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  types: RelationshipType[];
  /** How many of the shortest paths (in the order of the ids along them). */
  limit: number;
  asOf: string | null;
  /** The relationships' since, until and confidence are read (else they are not fetched, and read as null). */
  relationshipDetails: boolean;
}

function stepsAlong(nodes: EntityModel[], rels: Row[], asOf: string | null): PathStepModel[] {
  const entities = byId(nodes);
  return rels.map((value, i) => {
    const relationship = { ...toRelationshipAmong(value, entities), asOf };
    const start = nodes[i];
    const end = nodes[i + 1];
    if (!start || !end) throw new Error(`path has ${nodes.length} nodes for ${rels.length} relationships`);
    return { relationship, forward: relationship.fromId === start.id, start, end };
  });
}

export class PathRepository {
  constructor(private readonly db: Database, private readonly counter?: RoundTripCounter) {}

  /** The shortest paths, [] when an id is unknown or nothing connects them within maxHops. */
  async shortest(q: PathQuery): Promise<PathModel[]> {
    const statement = filledCypher('shortest-paths', {
      types: typesFragment(q.types),
      retracted: retractedFragment(false, q.asOf),
      reported: reportedFragment(q.asOf),
      relationship: relationshipMap(q.relationshipDetails, 'alone'),
    });
    const rows = await this.db.read(statement, { ...q, maxHops: int(q.maxHops), limit: int(q.limit) }, this.counter);
    return rows.map((row) => {
      const nodes = mapList(row, 'nodes').map(toEntity);
      const steps = stepsAlong(nodes, mapList(row, 'relationships'), q.asOf);
      return { length: steps.length, nodes, steps };
    });
  }
}
