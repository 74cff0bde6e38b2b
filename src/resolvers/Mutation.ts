// Mutation: role check → argument validation → one write transaction. Thin by design.
import { requireRole } from '../auth';
import { documentArg, entityArg, relationshipArg, slugProblems } from '../facts/inputs';
import { writeFacts } from '../facts/load';
import type { MutationResolvers } from '../generated/graphql';
import { addRelationship, upsertEntity } from '../graph/editing';

export const Mutation: MutationResolvers = {
  ingestFacts: async (_root, { document }, ctx) => {
    const actor = requireRole(ctx.actor, 'editor');
    const doc = documentArg(document, ctx.config.maxWriteItems);
    return ctx.db.write((tx) => writeFacts(tx, doc, actor.subject, 'document'), ctx.roundTrips);
  },

  upsertEntity: async (_root, { input }, ctx) => {
    const actor = requireRole(ctx.actor, 'editor');
    const entity = entityArg(input);
    return ctx.db.write((tx) => upsertEntity(tx, entity, actor.subject), ctx.roundTrips);
  },

  addRelationship: async (_root, { source, input }, ctx) => {
    const actor = requireRole(ctx.actor, 'editor');
    const rel = relationshipArg(input, 'input', slugProblems(source, 'source'));
    return ctx.db.write((tx) => addRelationship(tx, source, rel, actor.subject), ctx.roundTrips);
  },
};
