// Source: the facts it supports, its article text and when its page was fetched, each batched across sources.
import type { SourceResolvers } from '../generated/graphql';
import { connectionOf, pageOf } from '../graph/pagination';

export const Source: SourceResolvers = {
  text: (source, _args, ctx) => (source.text !== undefined ? source.text : ctx.loaders.sourceTextOf.load(source.id)),

  retrievedAt: (source, _args, ctx) => (source.retrievedAt !== undefined ? source.retrievedAt : ctx.loaders.sourceRetrievedAtOf.load(source.id)),

  facts: async (source, args, ctx) => {
    const page = pageOf(args, ctx.config.maxPageSize);
    const rows = await ctx.loaders.factsOf.load({ id: source.id, args: page });
    return connectionOf(rows, page, (r) => r.id, () => ctx.loaders.factCountOf.load({ id: source.id, args: null }));
  },
};
