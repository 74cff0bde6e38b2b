// Stats: the counts come from one lazily run overview query; the most connected entities from their own.
import type { StatsResolvers } from '../generated/graphql';
import { LIMITS, intArg } from './arguments';

export const Stats: StatsResolvers = {
  entityCount: async (stats) => (await stats.overview()).entityCount,
  relationshipCount: async (stats) => (await stats.overview()).relationshipCount,
  sourceCount: async (stats) => (await stats.overview()).sourceCount,
  entitiesByKind: async (stats) => (await stats.overview()).entitiesByKind,
  relationshipsByType: async (stats) => (await stats.overview()).relationshipsByType,
  mostConnected: async (_stats, args, ctx) => {
    const connected = await ctx.loaders.stats.mostConnected(intArg('first', args.first, 10, 0, LIMITS.mostConnected));
    ctx.loaders.primeEntities(connected.map((c) => c.entity));
    return connected;
  },
};
