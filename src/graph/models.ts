// Domain models: what repositories return and resolvers receive (codegen mappers point here).
import type { EntityKind, RelationshipType } from '../generated/graphql';

export interface EntityModel {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  externalIds: Record<string, string>;
  roles: string[];
}

export interface RelationshipModel {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  since: string | null;
  until: string | null;
  confidence: number | null;
  /** The ends, when the query that found this relationship already fetched them (saves a round trip). */
  from?: EntityModel;
  to?: EntityModel;
}

export interface SourceModel {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
}

export interface ProvenanceModel {
  quote: string;
  sourceId: string;
}

/** A page of a cursor connection; totalCount is computed only when asked for. */
export interface Connection<T> {
  items: Array<{ cursor: string; node: T }>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

export type EntityConnectionModel = Connection<EntityModel>;
export type RelationshipConnectionModel = Connection<RelationshipModel>;
export type SourceConnectionModel = Connection<SourceModel>;
