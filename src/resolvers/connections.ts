// The connection types share one shape: items, page info, a lazily counted total.
import type { Connection, DuplicateCandidateModel, EntityModel, FeedModel, RelationshipModel, SourceModel } from '../graph/models';

function connectionResolvers<T>() {
  return {
    edges: (c: Connection<T>) => c.items,
    pageInfo: (c: Connection<T>) => ({
      hasNextPage: c.hasNextPage,
      hasPreviousPage: c.hasPreviousPage,
      startCursor: c.items[0]?.cursor ?? null,
      endCursor: c.items[c.items.length - 1]?.cursor ?? null,
    }),
    totalCount: (c: Connection<T>) => c.totalCount(),
  };
}

export const EntityConnection = connectionResolvers<EntityModel>();
export const RelationshipConnection = connectionResolvers<RelationshipModel>();
export const SourceConnection = connectionResolvers<SourceModel>();
export const DuplicateCandidateConnection = connectionResolvers<DuplicateCandidateModel>();
export const FeedConnection = connectionResolvers<FeedModel>();
