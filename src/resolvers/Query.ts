// Query: arguments → loader/repository → model. Thin by design.
import type { QueryResolvers } from '../generated/graphql';
import { BadUserInputError } from '../errors';
import { connectionOf, pageOf } from '../graph/pagination';
import { typesOrAll } from '../graph/relationships';

const MAX_NAME_LENGTH = 200;

export const Query: QueryResolvers = {
  entity: (_root, { id }, ctx) => ctx.loaders.entityById.load(id),

  entities: async (_root, args, ctx) => {
    const page = pageOf(args, ctx.config.maxPageSize);
    const kinds = args.kinds?.length ? args.kinds : null;
    const rows = await ctx.loaders.entities.page(kinds, page);
    for (const entity of rows) ctx.loaders.entityById.prime(entity.id, entity);
    return connectionOf(rows, page, (e) => e.id, () => ctx.loaders.entities.count(kinds));
  },

  relationships: async (_root, args, ctx) => {
    const page = pageOf(args, ctx.config.maxPageSize);
    const filter = { types: typesOrAll(args.types), from: args.from ?? null, to: args.to ?? null };
    const rows = ctx.loaders.primed(new Map([['page', await ctx.loaders.relationships.page(filter, page)]])).get('page') ?? [];
    return connectionOf(rows, page, (r) => r.id, () => ctx.loaders.relationships.count(filter));
  },

  lookup: async (_root, { name }, ctx) => {
    if (name.length > MAX_NAME_LENGTH) throw new BadUserInputError(`\`name\` must be at most ${MAX_NAME_LENGTH} characters`);
    const found = await ctx.loaders.entities.lookup(name, ctx.config.maxPageSize);
    for (const entity of found) ctx.loaders.entityById.prime(entity.id, entity);
    return found;
  },

  source: (_root, { id }, ctx) => ctx.loaders.sourceById.load(id),

  sources: async (_root, args, ctx) => {
    const page = pageOf(args, ctx.config.maxPageSize);
    const rows = await ctx.loaders.sources.page(page);
    for (const source of rows) ctx.loaders.sourceById.prime(source.id, source);
    return connectionOf(rows, page, (s) => s.id, () => ctx.loaders.sources.count());
  },
};
