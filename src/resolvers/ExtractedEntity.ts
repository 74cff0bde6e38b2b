// ExtractedEntity: a preview of what an article names. Its graph id is `entityId`, never `id`, so client caches
// keep each preview apart from the graph's entities and from other articles' previews.
import type { ExtractedEntityResolvers } from '../generated/graphql';

export const ExtractedEntity: ExtractedEntityResolvers = {
  entityId: (entity) => entity.id,
};
