// Subscription: each field subscribes to the instance's change feed (src/live/); events are the domain models,
// resolved by the Relationship and Source resolvers like any query's.
import type { SubscriptionResolvers } from '../generated/graphql';
import type { RelationshipModel, SourceModel } from '../graph/models';
import { liveSubscriptionsOf } from '../live';

export const Subscription: SubscriptionResolvers = {
  relationshipAdded: {
    subscribe: (_root, args, ctx) => liveSubscriptionsOf(ctx).relationshipsAdded({ types: args.types ?? null, entity: args.entity ?? null }),
    resolve: (rel: RelationshipModel) => rel,
  },
  sourceAdded: {
    subscribe: (_root, _args, ctx) => liveSubscriptionsOf(ctx).sourcesAdded(),
    resolve: (source: SourceModel) => source,
  },
};
