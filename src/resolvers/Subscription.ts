// Subscription: each field subscribes to the instance's change feed (src/live/); events are the domain models,
// resolved by the Relationship and Source resolvers like any query's.
import type { SubscriptionResolvers } from '../generated/graphql';
import type { RelationshipModel, SourceModel } from '../graph/models';
import { liveSubscriptionsOf } from '../live';

export const Subscription: SubscriptionResolvers = {
  relationshipAdded: {
    subscribe: async (_root, args, ctx) => {
      // The id of an entity merged into another stands for the one it was merged into, as in `entity(id)`;
      // an id not (yet) in the graph is kept as given.
      const entity = args.entity ? (await ctx.loaders.entityById.load(args.entity))?.id ?? args.entity : null;
      return liveSubscriptionsOf(ctx).relationshipsAdded({ types: args.types ?? null, entity });
    },
    resolve: (rel: RelationshipModel) => rel,
  },
  sourceAdded: {
    subscribe: (_root, _args, ctx) => liveSubscriptionsOf(ctx).sourcesAdded(),
    resolve: (source: SourceModel) => source,
  },
};
