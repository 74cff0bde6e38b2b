// Mutation: role check → argument validation → one write transaction. Thin by design.
import { requireRole } from '../auth';
import { ingestArticle } from '../facts/articleIngest';
import { documentArg, entityArg, relationshipArg, slugProblems, textProblems, throwIfAny } from '../facts/inputs';
import { writeFacts } from '../facts/load';
import { checkFeed } from '../feeds';
import type { MutationResolvers } from '../generated/graphql';
import { addRelationship, upsertEntity } from '../graph/editing';
import { addFeed, removeFeed } from '../graph/feeds';
import { mergeEntities } from '../graph/merges';
import { retractRelationship } from '../graph/retractions';
import { articleAsRead, articleOf } from './articleArgument';

/** Relationship ids are two slugs and a type. */
const MAX_ID = 300;

export const Mutation: MutationResolvers = {
  ingestFacts: async (_root, { document }, ctx) => {
    const actor = requireRole(ctx.actor, 'editor');
    const doc = documentArg(document, ctx.config.maxWriteItems);
    return ctx.db.write((tx) => writeFacts(tx, doc, actor.subject, 'document'), ctx.roundTrips);
  },

  ingestArticle: async (_root, { article }, ctx) => {
    const actor = requireRole(ctx.actor, 'editor');
    const input = await articleOf(article, ctx);
    const { source, extraction, result } = await ingestArticle(ctx.db, input, { actor: actor.subject, counter: ctx.roundTrips, maxItems: ctx.config.maxWriteItems, read: ctx.readArticle });
    ctx.loaders.sourceById.prime(source.id, source);
    return { source, extraction: { ...extraction, article: articleAsRead(input) }, entities: result.entities, relationships: result.relationships, disputes: result.disputes };
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

  retractRelationship: async (_root, { id, reason }, ctx) => {
    const actor = requireRole(ctx.actor, 'editor');
    throwIfAny([...(id.length > MAX_ID ? [{ path: 'id', message: `must be at most ${MAX_ID} characters` }] : []), ...textProblems(reason, 'reason', 2000)]);
    return ctx.db.write((tx) => retractRelationship(tx, id, reason.trim(), actor.subject), ctx.roundTrips);
  },

  addFeed: async (_root, { url }, ctx) => {
    const actor = requireRole(ctx.actor, 'editor');
    // Fetched and checked before, and outside, the transaction.
    const feed = await checkFeed(url, ctx.fetchPage);
    return ctx.db.write((tx) => addFeed(tx, { ...feed, intervalSeconds: ctx.config.feeds.pollIntervalSeconds }, actor.subject), ctx.roundTrips);
  },

  removeFeed: async (_root, { id }, ctx) => {
    requireRole(ctx.actor, 'editor');
    throwIfAny(id.length > MAX_ID ? [{ path: 'id', message: `must be at most ${MAX_ID} characters` }] : []);
    return ctx.db.write((tx) => removeFeed(tx, id), ctx.roundTrips);
  },

  mergeEntities: async (_root, { keep, duplicate }, ctx) => {
    const actor = requireRole(ctx.actor, 'admin');
    throwIfAny([...slugProblems(keep, 'keep'), ...slugProblems(duplicate, 'duplicate')]);
    return ctx.db.write((tx) => mergeEntities(tx, keep, duplicate, actor.subject), ctx.roundTrips);
  },
};
