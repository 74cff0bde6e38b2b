// Entity and its concrete types: fields come from the model; relationships through a batched loader.
import type { EntityResolvers, PersonResolvers } from '../generated/graphql';
import type { EntityModel } from '../graph/models';
import { connectionOf, pageOf } from '../graph/pagination';
import { typesOrAll } from '../graph/relationships';
import { LIMITS, intArg, minSourcesArg } from './arguments';

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

/** Fields shared by every concrete entity type. */
export const entityFields: PersonResolvers = {
  relationships: async (entity: EntityModel, args, ctx) => {
    const page = pageOf(args, ctx.config.maxPageSize);
    const filter = {
      direction: args.direction ?? 'BOTH',
      types: typesOrAll(args.types),
      includeRetracted: args.includeRetracted ?? false,
      minSources: minSourcesArg(args.minSources),
      // An entity found as of a day lists its relationships as of that day unless asked otherwise.
      asOf: args.asOf ?? entity.asOf ?? null,
    };
    const rows = await ctx.loaders.relationshipsOf.load({ id: entity.id, args: { filter, page } });
    return connectionOf(rows, page, (r) => r.id, () => ctx.loaders.relationshipCountOf.load({ id: entity.id, args: filter }));
  },
  mentions: (entity: EntityModel, args, ctx) => {
    const first = intArg('first', args.first, 20, 0, LIMITS.mentions);
    return ctx.loaders.mentionsOf.load({ id: entity.id, args: first });
  },
};

