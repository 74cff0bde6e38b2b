// Row → domain model conversion for the projections the .cypher files return.
import type { EntityKind, RelationshipType } from '../generated/graphql';
import { toDateString, toDateTimeString, toNullableNumber, toStringList, toStringOrNull } from '../db/values';
import type { EntityModel, ProvenanceModel, RelationshipModel, RetractionModel, SourceModel } from './models';

type Map = Record<string, unknown>;

function asMap(value: unknown): Map {
  if (value === null || typeof value !== 'object') throw new TypeError('expected a map from Neo4j');
  return value as Map;
}

function parseExternalIds(value: unknown): Record<string, string> {
  if (typeof value !== 'string') return {};
  const parsed: unknown = JSON.parse(value);
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
}

export function toEntity(value: unknown): EntityModel {
  const m = asMap(value);
  return {
    id: String(m.id),
    kind: String(m.kind) as EntityKind,
    name: String(m.name),
    aliases: toStringList(m.aliases),
    description: toStringOrNull(m.description),
    externalIds: parseExternalIds(m.externalIds),
    roles: toStringList(m.roles),
  };
}

export function toRelationship(value: unknown, from?: unknown, to?: unknown): RelationshipModel {
  const m = asMap(value);
  return {
    id: String(m.id),
    type: String(m.type) as RelationshipType,
    fromId: String(m.from),
    toId: String(m.to),
    since: toDateString(m.since),
    until: toDateString(m.until),
    confidence: toNullableNumber(m.confidence),
    ...('retractedAt' in m ? { retraction: toRetraction(m) } : {}),
    from: from ? toEntity(from) : undefined,
    to: to ? toEntity(to) : undefined,
  };
}

/** The retraction of a relationship projected with retractedAt/retractedBy/retractionReason; null if standing. */
function toRetraction(m: Map): RetractionModel | null {
  const at = toDateTimeString(m.retractedAt);
  return at === null ? null : { at, by: String(m.retractedBy ?? 'unknown'), reason: String(m.retractionReason ?? '') };
}

export function toSource(value: unknown): SourceModel {
  const m = asMap(value);
  return {
    id: String(m.id),
    title: String(m.title),
    publisher: toStringOrNull(m.publisher),
    url: toStringOrNull(m.url),
    publishedAt: toDateString(m.publishedAt),
  };
}

export function toProvenance(quote: unknown, sourceId: string): ProvenanceModel {
  return { quote: String(quote), sourceId };
}

/** A relationship whose ends are among entities the same query returned, attached so they cost nothing. */
export function toRelationshipAmong(value: unknown, entities: ReadonlyMap<string, EntityModel>): RelationshipModel {
  const rel = toRelationship(value);
  return { ...rel, from: entities.get(rel.fromId), to: entities.get(rel.toId) };
}

/** Entities by id, for toRelationshipAmong. */
export function byId(entities: readonly EntityModel[]): ReadonlyMap<string, EntityModel> {
  return new Map(entities.map((e) => [e.id, e]));
}
