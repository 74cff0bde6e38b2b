// Query: arguments → loader/repository → model. Thin by design.
import { requireRole } from '../auth';
import { readAgainstGraph } from '../facts/articleIngest';
import { BadUserInputError } from '../errors';
import type { EntityRelationshipsArgs, QueryResolvers } from '../generated/graphql';
import { candidatePageOf } from '../graph/duplicates';
import { FeedRepository } from '../graph/feeds';
import { connectionOf, pageOf, sortedConnectionOf, sortedPageOf } from '../graph/pagination';
import { typesOrAll } from '../graph/relationships';
import { articleAsRead, articleOf } from './articleArgument';
import { dateRangeArgs, minSourcesArg, textArg } from './arguments';
import { relationshipsQueryOf } from './Entity';
import { entityPagePlan } from './selection';
import { parseViewId } from './timeViews';

/**
 * The page `relationships` will ask for, or null when its arguments are wrong: the loaders' path then reports the
 * error at `relationships`, where it belongs.
 */
function pageQueryOf(args: EntityRelationshipsArgs, maxPageSize: number): ReturnType<typeof relationshipsQueryOf> | null {
  try {
    return relationshipsQueryOf(args, null, maxPageSize);
  } catch (error) {
    if (error instanceof BadUserInputError) return null;
    throw error;
  }
}

export const Query: QueryResolvers = {
  entity: async (_root, args, ctx, info) => {
    // A time view's id (`qatar@2025-06-30`) names its day, as `asOf` does.
    const { slug: id, asOf } = parseViewId(args.id, args.asOf);
    const plan = asOf ? null : entityPagePlan(info);
    const query = plan && pageQueryOf(plan.args, ctx.config.maxPageSize);
    if (plan && query) return ctx.loaders.entityWithPage({ id, ...query, selection: plan.selection });
    const entity = await ctx.loaders.entityById.load(id);
    if (!entity || !asOf) return entity;
    // As of a day, an entity exists once a fact involving it had been reported (or it was created) by then.
    return (await ctx.loaders.entities.knownAsOf([entity.id], asOf)).has(entity.id) ? { ...entity, asOf } : null;
  },

  entities: async (_root, args, ctx) => {
    const order = args.orderBy ?? { field: 'ID' as const };
    const page = sortedPageOf(args, ctx.config.maxPageSize, order.field, order.direction ?? 'ASC');
    const filter = {
      kinds: args.kinds?.length ? args.kinds : null,
      namePrefix: args.namePrefix ? textArg('namePrefix', args.namePrefix) : null,
      source: args.source ?? null,
    };
    const rows = await ctx.loaders.entities.page(filter, page);
    ctx.loaders.primeEntities(rows.map((r) => r.node));
    return sortedConnectionOf(rows, page, () => ctx.loaders.entities.count(filter));
  },

  relationships: async (_root, args, ctx) => {
    const order = args.orderBy ?? { field: 'ID' as const };
    const page = sortedPageOf(args, ctx.config.maxPageSize, order.field, order.direction ?? 'ASC');
    const dates = dateRangeArgs('dateFrom', args.dateFrom, 'dateTo', args.dateTo);
    const filter = {
      types: typesOrAll(args.types),
      from: args.from ?? null,
      to: args.to ?? null,
      source: args.source ?? null,
      dateFrom: dates.from,
      dateTo: dates.to,
      includeRetracted: args.includeRetracted ?? false,
      minSources: minSourcesArg(args.minSources),
      asOf: args.asOf ?? null,
    };
    const rows = await ctx.loaders.relationships.page(filter, page);
    for (const { node } of rows) ctx.loaders.primeEnds(node);
    return sortedConnectionOf(rows, page, () => ctx.loaders.relationships.count(filter));
  },

  relationship: async (_root, args, ctx) => {
    const { slug: id, asOf } = parseViewId(args.id, null);
    const includeRetracted = args.includeRetracted ?? false;
    const rel = await ctx.loaders.relationships.byId(id, includeRetracted);
    if (!rel || !asOf) {
      if (rel) ctx.loaders.primeEnds(rel);
      return rel;
    }
    // As of a day, through the list's own as-of rules (reported by then, retractions not yet made): type and
    // ends name exactly one relationship.
    const filter = { types: [rel.type], from: rel.fromId, to: rel.toId, source: null, dateFrom: null, dateTo: null, includeRetracted, minSources: null, asOf };
    const [row] = await ctx.loaders.relationships.page(filter, sortedPageOf({ first: 1 }, ctx.config.maxPageSize, 'ID', 'ASC'));
    if (row) ctx.loaders.primeEnds(row.node);
    return row?.node ?? null;
  },

  lookup: async (_root, { name }, ctx) => {
    const found = await ctx.loaders.entities.lookup(textArg('name', name), ctx.config.maxPageSize);
    for (const entity of found) ctx.loaders.entityById.prime(entity.id, entity);
    return found;
  },

  extract: async (_root, { article }, ctx) => {
    requireRole(ctx.actor, 'editor');
    const input = await articleOf(article, ctx);
    return { ...await readAgainstGraph(ctx.db, input, ctx.roundTrips, ctx.readArticle), article: articleAsRead(input) };
  },

  duplicateCandidates: async (_root, args, ctx) => {
    requireRole(ctx.actor, 'editor');
    const connection = await ctx.loaders.duplicates.page(candidatePageOf(args, ctx.config.maxPageSize));
    ctx.loaders.primeEntities(connection.items.flatMap(({ node }) => [node.entity, node.duplicate]));
    return connection;
  },

  feeds: async (_root, args, ctx) => {
    requireRole(ctx.actor, 'editor');
    const page = pageOf(args, ctx.config.maxPageSize);
    const feeds = new FeedRepository(ctx.db, ctx.roundTrips);
    return connectionOf(await feeds.page(page), page, (f) => f.id, () => feeds.count());
  },

  source: (_root, { id }, ctx) => ctx.loaders.sourceById.load(id),

  sources: async (_root, args, ctx) => {
    const page = pageOf(args, ctx.config.maxPageSize);
    const rows = await ctx.loaders.sources.page(page);
    for (const source of rows) ctx.loaders.sourceById.prime(source.id, source);
    return connectionOf(rows, page, (s) => s.id, () => ctx.loaders.sources.count());
  },
};
