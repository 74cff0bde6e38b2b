// All resolvers, typed by the generated Resolvers type.
import type { Resolvers } from '../generated/graphql';
import { Entity, entityFields } from './Entity';
import { ExtractedEntity } from './ExtractedEntity';
import { DuplicateCandidateConnection, EntityConnection, FeedConnection, RelationshipConnection, SourceConnection } from './connections';
import { Mutation } from './Mutation';
import { Provenance } from './Provenance';
import { Query } from './Query';
import { exploreQueries } from './QueryExplore';
import { Relationship } from './Relationship';
import { DateScalar, DateTimeScalar, JSONObjectScalar } from './scalars';
import { Source } from './Source';
import { Stats } from './Stats';
import { Subscription } from './Subscription';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSONObject: JSONObjectScalar,
  Query: { ...Query, ...exploreQueries },
  Mutation,
  Subscription,
  Entity,
  Person: entityFields,
  Country: entityFields,
  Organization: entityFields,
  Place: entityFields,
  Event: entityFields,
  Group: entityFields,
  Relationship,
  ExtractedEntity,
  Provenance,
  Source,
  Stats,
  EntityConnection,
  RelationshipConnection,
  SourceConnection,
  DuplicateCandidateConnection,
  FeedConnection,
};
