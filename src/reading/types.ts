// The reader's public shapes: what goes in (an article, a dictionary of names the graph knows) and what comes
// out (entities and relationships, each relationship with the verbatim quote and span that carry it).
import type { EntityKind, RelationshipType, Stance } from '../generated/graphql';

/** Offsets into the article text as JavaScript string indices (UTF-16 code units), end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Article {
  id?: string | null;
  title: string;
  url?: string | null;
  publisher?: string | null;
  /** ISO date (YYYY-MM-DD) when known. */
  publishedAt?: string | null;
  text: string;
  /** When its page was fetched (ISO date-time), for articles read from a link; the reader does not use it. */
  retrievedAt?: string | null;
}

/** An entity the graph already has, found by the normalised key of one of its names (`nameKey`). */
export interface KnownEntity {
  id: string;
  name: string;
  kind: EntityKind;
}

/**
 * What the graph knows about names: given normalised keys (`nameKey(name)`), the entities they name.
 * Keys it does not know are simply absent. One call per article, so it can be one database round trip.
 */
export type EntityDictionary = (keys: readonly string[]) => Promise<ReadonlyMap<string, KnownEntity>>;

/** A dictionary that knows nothing: reading with the built-in data only. */
export const EMPTY_DICTIONARY: EntityDictionary = async () => new Map();

export interface ExtractedEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** True when `id` is an entity already in the graph. */
  existing: boolean;
  /** Where the article names it, in text order. */
  mentions: TextSpan[];
  /** Titles the article gives a person ("Special Envoy", "President"). */
  roles: string[];
}

export interface ExtractedRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  /** Always `text.slice(span.start, span.end)`. */
  quote: string;
  span: TextSpan;
  confidence: number;
  /** The rule that produced it, e.g. `verb:active`, `title:leads`. */
  rule: string;
  /** DISPUTES when the article tells of someone denying it ("Qatar denied reports that …"); else SUPPORTS. */
  stance: Stance;
}

export interface Extraction {
  sourceId: string;
  entities: ExtractedEntity[];
  relationships: ExtractedRelationship[];
}
