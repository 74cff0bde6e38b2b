// Source: the facts it supports, batched across sources.
import type { SourceResolvers } from '../generated/graphql';
import { connectionOf, pageOf } from '../graph/pagination';

export const Source: SourceResolvers = {
  facts: async (source, args, ctx) => {
    const page = pageOf(args, ctx.config.maxPageSize);
    const rows = await ctx.loaders.factsOf.load({ id: source.id, args: page });
    return connectionOf(rows, page, (r) => r.id, () => ctx.loaders.factCountOf.load({ id: source.id, args: null }));
  },
};
