// The exploring queries: search, neighbourhood, paths, timeline, vocabulary, stats. Arguments are checked,
// then one repository call answers each; every entity it returns is primed so nested fields cost nothing.
import type { QueryResolvers } from '../generated/graphql';
import { BadUserInputError } from '../errors';
import type { StatsOverviewModel } from '../graph/models';
import { typesOrAll } from '../graph/relationships';
import { RELATIONSHIP_TYPES } from '../graph/vocabulary';
import { LIMITS, dateRangeArgs, intArg, minSourcesArg, textArg } from './arguments';
import { entityFieldsAt, readsRelationshipDetails } from './selection';

export const exploreQueries: QueryResolvers = {
  search: async (_root, args, ctx) => {
    const text = textArg('text', args.text);
    const first = intArg('first', args.first, 10, 0, LIMITS.searchHits);
    const hits = await ctx.loaders.search.search(text, args.kinds?.length ? args.kinds : null, first);
    ctx.loaders.primeEntities(hits.map((hit) => hit.entity));
    return hits;
  },

  neighborhood: async (_root, args, ctx, info) => {
    const depth = intArg('depth', args.depth, 1, 1, LIMITS.neighborhoodDepth);
    const limit = intArg('limit', args.limit, 100, 1, LIMITS.neighborhoodNodes);
    const nodeFields = entityFieldsAt(info, [['nodes'], ['edges', 'from'], ['edges', 'to']]);
    const subgraph = await ctx.loaders.neighborhoods.around({
      id: args.id, depth, limit, types: typesOrAll(args.types), direction: args.direction ?? 'BOTH', minSources: minSourcesArg(args.minSources), asOf: args.asOf ?? null,
      edgeDetails: readsRelationshipDetails(info, ['edges']),
      nodeFields,
    });
    // Nodes projected to this selection's fields are not whole entities: only whole ones may be cached.
    if (subgraph && nodeFields === null) ctx.loaders.primeEntities(subgraph.nodes);
    return subgraph;
  },

  path: async (_root, args, ctx, info) => {
    if (args.from === args.to) throw new BadUserInputError('`from` and `to` must be different entities');
    const maxHops = intArg('maxHops', args.maxHops, 4, 1, LIMITS.pathHops);
    const paths = await ctx.loaders.paths.shortest({
      from: args.from,
      to: args.to,
      maxHops,
      types: typesOrAll(args.types),
      limit: args.allShortest ? LIMITS.shortestPaths : 1,
      asOf: args.asOf ?? null,
      relationshipDetails: readsRelationshipDetails(info, ['steps', 'relationship']),
    });
    for (const path of paths) ctx.loaders.primeEntities(path.nodes);
    return paths;
  },

  timeline: async (_root, args, ctx) => {
    const first = intArg('first', args.first, 200, 0, LIMITS.timelineEntries);
    const range = dateRangeArgs('from', args.from, 'to', args.to);
    const timeline = await ctx.loaders.timelines.of({ id: args.id, types: typesOrAll(null), ...range, first, asOf: args.asOf ?? null });
    if (timeline) ctx.loaders.primeEntities([timeline.entity]);
    return timeline;
  },

  relationshipTypes: () => [...RELATIONSHIP_TYPES],

  stats: (_root, _args, ctx) => {
    // Asked for lazily and at most once per request, so `{ stats { mostConnected } }` skips the counts.
    let overview: Promise<StatsOverviewModel> | undefined;
    return { overview: () => (overview ??= ctx.loaders.stats.overview()) };
  },
};
