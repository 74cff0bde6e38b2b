// Relationship: ends come primed by the query that found it; provenance through a batched loader.
import type { EntityModel, RelationshipModel } from '../graph/models';
import type { RelationshipResolvers } from '../generated/graphql';
import type { RequestContext } from '../context';
import { viewId } from './timeViews';

/** The end the query already fetched, returned as it is (no promise: a big answer has hundreds), else loaded. */
function end(rel: RelationshipModel, side: 'from' | 'to', ctx: RequestContext): EntityModel | Promise<EntityModel> {
  return rel[side] ?? loadEnd(rel, side, ctx);
}

async function loadEnd(rel: RelationshipModel, side: 'from' | 'to', ctx: RequestContext): Promise<EntityModel> {
  const id = side === 'from' ? rel.fromId : rel.toId;
  const entity = await ctx.loaders.entityById.load(id);
  if (!entity) throw new Error(`relationship ${rel.id} points at missing entity ${id}`);
  return entity;
}

/** Quotes and counts are as of the day the query that found the relationship answered as of. */
const quotes = (rel: RelationshipModel, ctx: RequestContext) => ctx.loaders.quotesOf.load({ id: rel.id, args: rel.asOf ?? null });
const corroboration = (rel: RelationshipModel, ctx: RequestContext) => ctx.loaders.corroborationOf.load({ id: rel.id, args: rel.asOf ?? null });

export const Relationship: RelationshipResolvers = {
  id: (rel) => viewId(rel.id, rel.asOf),
  slug: (rel) => rel.id,
  asOf: (rel) => rel.asOf ?? null,
  from: (rel, _args, ctx) => end(rel, 'from', ctx),
  to: (rel, _args, ctx) => end(rel, 'to', ctx),
  sources: async (rel, _args, ctx) => (await quotes(rel, ctx)).supports,
  disputedBy: async (rel, _args, ctx) => (await quotes(rel, ctx)).disputes,
  sourceCount: async (rel, _args, ctx) => (await corroboration(rel, ctx)).sourceCount,
  publisherCount: async (rel, _args, ctx) => (await corroboration(rel, ctx)).publisherCount,
  firstReported: async (rel, _args, ctx) => (await corroboration(rel, ctx)).firstReported,
  lastReported: async (rel, _args, ctx) => (await corroboration(rel, ctx)).lastReported,
  combinedConfidence: async (rel, _args, ctx) => (await corroboration(rel, ctx)).combinedConfidence,
  // Queries that never return retracted relationships leave `retraction` undefined: it is then null.
  retraction: (rel) => rel.retraction ?? null,
};
