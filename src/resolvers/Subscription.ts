// Subscription: each field subscribes to the instance's change feed (src/live/); an event carries a domain model,
// resolved by the Relationship and Source resolvers like any query's, and its cursor (sent in `extensions`).
import type { SubscriptionResolvers } from '../generated/graphql';
import type { RelationshipModel, SourceModel } from '../graph/models';
import { type FeedEvent, liveSubscriptionsOf } from '../live';

export const Subscription: SubscriptionResolvers = {
  relationshipAdded: {
    subscribe: async (_root, args, ctx) => {
      // The id of an entity merged into another stands for the one it was merged into, as in `entity(id)`;
      // an id not (yet) in the graph is kept as given.
      const entity = args.entity ? (await ctx.loaders.entityById.load(args.entity))?.id ?? args.entity : null;
      return liveSubscriptionsOf(ctx).relationshipsAdded({ types: args.types ?? null, entity }, args.after ?? null);
    },
    resolve: (event: FeedEvent<RelationshipModel>) => event.value,
  },
  sourceAdded: {
    subscribe: (_root, args, ctx) => liveSubscriptionsOf(ctx).sourcesAdded(args.after ?? null),
    resolve: (event: FeedEvent<SourceModel>) => event.value,
  },
};
