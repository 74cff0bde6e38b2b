// Entity and its concrete types: fields come from the model; relationships through a batched loader, or the
// page `entity(id)` fetched with the entity.
import type { EntityRelationshipsArgs, EntityResolvers, PersonResolvers } from '../generated/graphql';
import type { EntityModel } from '../graph/models';
import { type Page, connectionOf, pageOf } from '../graph/pagination';
import { type RelationshipFilter, typesOrAll } from '../graph/relationships';
import { LIMITS, intArg, minSourcesArg } from './arguments';
import { viewId } from './timeViews';

const TYPE_BY_KIND = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
  EVENT: 'Event',
  GROUP: 'Group',
} as const;

export const Entity: EntityResolvers = {
  __resolveType: (entity) => TYPE_BY_KIND[entity.kind],
};

/** `relationships`' arguments as a filter and a page; `entity(id)` computes the same to fetch the page with the entity. */
export function relationshipsQueryOf(args: EntityRelationshipsArgs, entityAsOf: string | null | undefined, maxPageSize: number): { filter: RelationshipFilter; page: Page } {
  const page = pageOf(args, maxPageSize);
  const filter = {
    direction: args.direction ?? 'BOTH',
    types: typesOrAll(args.types),
    includeRetracted: args.includeRetracted ?? false,
    minSources: minSourcesArg(args.minSources),
    // An entity found as of a day lists its relationships as of that day unless asked otherwise.
    asOf: args.asOf ?? entityAsOf ?? null,
  };
  return { filter, page };
}

/** Fields shared by every concrete entity type. */
export const entityFields: PersonResolvers = {
  id: (entity: EntityModel) => viewId(entity.id, entity.asOf),
  slug: (entity: EntityModel) => entity.id,
  asOf: (entity: EntityModel) => entity.asOf ?? null,
  relationships: async (entity: EntityModel, args, ctx) => {
    const { filter, page } = relationshipsQueryOf(args, entity.asOf, ctx.config.maxPageSize);
    const rows = ctx.loaders.pageFetchedWith(entity, filter, page) ?? await ctx.loaders.relationshipsOf.load({ id: entity.id, args: { filter, page } });
    return connectionOf(rows, page, (r) => r.id, () => ctx.loaders.relationshipCountOf.load({ id: entity.id, args: filter }));
  },
  mentions: (entity: EntityModel, args, ctx) => {
    const first = intArg('first', args.first, 20, 0, LIMITS.mentions);
    return ctx.loaders.mentionsOf.load({ id: entity.id, args: first });
  },
};

