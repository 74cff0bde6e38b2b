// Domain models: what repositories return and resolvers receive (codegen mappers point here).
import type { EntityKind, RelationshipType, Stance } from '../generated/graphql';

export interface EntityModel {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  externalIds: Record<string, string>;
  roles: string[];
  /** The day `entity(asOf:)` answered as of; its `relationships` default to it. */
  asOf?: string | null;
}

export interface RelationshipModel {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  since: string | null;
  until: string | null;
  confidence: number | null;
  /** Who retracted it, when and why; undefined when the query that found it only returns standing facts. */
  retraction?: RetractionModel | null;
  /** The day the query that found it answered as of (YYYY-MM-DD): its counts and quotes are as of then. */
  asOf?: string | null;
  /** The ends, when the query that found this relationship already fetched them (saves a round trip). */
  from?: EntityModel;
  to?: EntityModel;
}

export interface RetractionModel {
  at: string;
  by: string;
  reason: string;
}

export interface SourceModel {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  /** The article text when the code that made this model already has it; else `Source.text` loads it. */
  text?: string | null;
  /** When its page was fetched, when the code that made this model knows it; else `Source.retrievedAt` loads it. */
  retrievedAt?: string | null;
}

/** Offsets into a source's text (UTF-16 code units), end exclusive. */
export interface TextSpanModel {
  start: number;
  end: number;
}

export interface ProvenanceModel {
  quote: string;
  sourceId: string;
  /** Where the quote sits in the source's text; null when the quote came without one (facts documents). */
  span: TextSpanModel | null;
  /** The reader rule that found it; null for hand-written facts. */
  rule: string | null;
  /** Whether the quote supports the fact or disputes it. */
  stance: Stance;
}

/** A relationship's quotes, split by stance. */
export interface QuotesModel {
  supports: ProvenanceModel[];
  disputes: ProvenanceModel[];
}

/** How well a relationship is corroborated (as of a day, when asked). */
export interface CorroborationModel {
  sourceCount: number;
  publisherCount: number;
  firstReported: string | null;
  lastReported: string | null;
  combinedConfidence: number;
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

/** A likely duplicate pair: keep `entity`, merge `duplicate` into it (src/graph/duplicates.ts). */
export interface DuplicateCandidateModel {
  entity: EntityModel;
  duplicate: EntityModel;
  /** 0..1, three decimals. */
  score: number;
  /** Short plain words, strongest first. */
  reasons: string[];
}

export type DuplicateCandidateConnectionModel = Connection<DuplicateCandidateModel>;

/** A sortable list's row: the item and where it sits in the sort (for its cursor). */
export interface Sorted<T> {
  node: T;
  position: { key: string; id: string };
}

export interface MentionModel {
  source: SourceModel;
  count: number;
}

export interface SearchHitModel {
  entity: EntityModel;
  score: number;
}

/** Relationships here always carry both ends, so drawing them costs no further round trip. */
export interface SubgraphModel {
  nodes: EntityModel[];
  edges: RelationshipModel[];
  truncated: boolean;
}

export interface PathStepModel {
  relationship: RelationshipModel;
  forward: boolean;
  start: EntityModel;
  end: EntityModel;
}

export interface PathModel {
  length: number;
  nodes: EntityModel[];
  steps: PathStepModel[];
}

export interface TimelineEntryModel {
  date: string | null;
  undated: boolean;
  relationship: RelationshipModel;
  event: EntityModel | null;
}

export interface TimelineModel {
  entity: EntityModel;
  entries: TimelineEntryModel[];
  truncated: boolean;
}

export interface StatsOverviewModel {
  entityCount: number;
  relationshipCount: number;
  sourceCount: number;
  entitiesByKind: Array<{ kind: EntityKind; count: number }>;
  relationshipsByType: Array<{ type: RelationshipType; count: number }>;
}

/** Stats are computed when a field asks for them: the counts in one query, the most connected in another. */
export interface StatsModel {
  overview: () => Promise<StatsOverviewModel>;
}

export interface ConnectedEntityModel {
  entity: EntityModel;
  degree: number;
}

/** A feed the worker polls (src/feeds/, src/graph/feeds.ts). */
export interface FeedModel {
  id: string;
  url: string;
  title: string | null;
  format: 'RSS2' | 'RSS1' | 'ATOM';
  addedAt: string;
  lastPolledAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  nextPollAt: string;
  pollIntervalSeconds: number;
  itemsSeen: number;
  articleCount: number;
  itemsSkipped: number;
}

export type FeedConnectionModel = Connection<FeedModel>;
