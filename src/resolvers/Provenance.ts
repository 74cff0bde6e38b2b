// Provenance: its source is primed by the provenance query, so this rarely costs a round trip; span and rule
// come with the quote.
import type { ProvenanceResolvers } from '../generated/graphql';

export const Provenance: ProvenanceResolvers = {
  source: async (provenance, _args, ctx) => {
    const source = await ctx.loaders.sourceById.load(provenance.sourceId);
    if (!source) throw new Error(`provenance points at missing source ${provenance.sourceId}`);
    return source;
  },
  span: (provenance) => provenance.span,
  rule: (provenance) => provenance.rule,
  stance: (provenance) => provenance.stance,
};
