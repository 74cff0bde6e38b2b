// Relationship: ends come primed by the query that found it; provenance through a batched loader.
import type { EntityModel, RelationshipModel } from '../graph/models';
import type { RelationshipResolvers } from '../generated/graphql';
import type { RequestContext } from '../context';

async function end(rel: RelationshipModel, side: 'from' | 'to', ctx: RequestContext): Promise<EntityModel> {
  const known = rel[side];
  if (known) return known;
  const id = side === 'from' ? rel.fromId : rel.toId;
  const entity = await ctx.loaders.entityById.load(id);
  if (!entity) throw new Error(`relationship ${rel.id} points at missing entity ${id}`);
  return entity;
}

export const Relationship: RelationshipResolvers = {
  from: (rel, _args, ctx) => end(rel, 'from', ctx),
  to: (rel, _args, ctx) => end(rel, 'to', ctx),
  sources: (rel, _args, ctx) => ctx.loaders.provenanceOf.load(rel.id),
  // Queries that never return retracted relationships leave `retraction` undefined: it is then null.
  retraction: (rel) => rel.retraction ?? null,
};
