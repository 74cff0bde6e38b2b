// Row → domain model conversion for the projections the .cypher files return, each field checked once here
// (src/db/rowShape.ts) so nothing past this file casts or guesses.
import { type Row, float, integer, map, optDate, optDateTime, optFloat, optMap, optStr, oneOf, shapeError, str, strList } from '../db/rowShape';
import type { RelationshipType } from '../generated/graphql';
import type { CorroborationModel, EntityModel, ProvenanceModel, RelationshipModel, RetractionModel, SourceModel, TextSpanModel } from './models';
import { isEntityKind, isRelationshipType } from './vocabulary';

/** externalIds are stored as one JSON object of strings (Neo4j properties cannot be maps); absent is none. */
function externalIds(m: Row): Record<string, string> {
  const text = optStr(m, 'externalIds');
  if (text === null) return {};
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw shapeError(m, 'externalIds', 'a JSON object of strings');
  const ids: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') throw shapeError(m, 'externalIds', 'a JSON object of strings');
    ids[key] = value;
  }
  return ids;
}

/** An entity map: `e {.id, .kind, .name, .aliases, .description, .externalIds, .roles}`. */
export function toEntity(m: Row): EntityModel {
  return {
    id: str(m, 'id'),
    kind: oneOf(m, 'kind', 'an entity kind', isEntityKind),
    name: str(m, 'name'),
    aliases: strList(m, 'aliases'),
    description: optStr(m, 'description'),
    externalIds: externalIds(m),
    roles: strList(m, 'roles'),
  };
}

/**
 * An entity projected to some of its properties (id and kind always; see src/graph/entityPages.ts): the others
 * read as empty. Only the fields the GraphQL selection asked for are read from it, so it is never cached as a
 * whole entity.
 */
export function toProjectedEntity(m: Row): EntityModel {
  return toEntity('name' in m ? m : { ...m, name: '' });
}

/** A relationship map `{id, type, since, until, confidence, from, to}` (plus the retraction, when projected). */
export function toRelationship(m: Row, from?: Row | null, to?: Row | null): RelationshipModel {
  return {
    id: str(m, 'id'),
    type: relationshipType(m, 'type'),
    fromId: str(m, 'from'),
    toId: str(m, 'to'),
    since: optDate(m, 'since'),
    until: optDate(m, 'until'),
    confidence: optFloat(m, 'confidence'),
    ...('retractedAt' in m ? { retraction: toRetraction(m) } : {}),
    from: from ? toEntity(from) : undefined,
    to: to ? toEntity(to) : undefined,
  };
}

/** A relationship type from the allow-list (src/graph/vocabulary.ts). */
export function relationshipType(row: Row, field: string): RelationshipType {
  return oneOf(row, field, 'a relationship type', isRelationshipType);
}

/** The retraction of a relationship projected with retractedAt/retractedBy/retractionReason; null if standing. */
function toRetraction(m: Row): RetractionModel | null {
  const at = optDateTime(m, 'retractedAt');
  return at === null ? null : { at, by: optStr(m, 'retractedBy') ?? 'unknown', reason: optStr(m, 'retractionReason') ?? '' };
}

/** A source map: `s {.id, .title, .publisher, .url, .publishedAt}`. */
export function toSource(m: Row): SourceModel {
  return {
    id: str(m, 'id'),
    title: str(m, 'title'),
    publisher: optStr(m, 'publisher'),
    url: optStr(m, 'url'),
    publishedAt: optDate(m, 'publishedAt'),
  };
}

/** A row `relationship, fromEntity, toEntity`: one relationship with both ends. */
export function toRelationshipWithEnds(row: Row): RelationshipModel {
  return toRelationship(map(row, 'relationship'), optMap(row, 'fromEntity'), optMap(row, 'toEntity'));
}

/** `spanStart, spanEnd` of a row: both set (a quote read from an article) or both absent. */
function toSpan(row: Row): TextSpanModel | null {
  return row.spanStart === null || row.spanStart === undefined ? null : { start: integer(row, 'spanStart'), end: integer(row, 'spanEnd') };
}

/** A map `{stance, quote, spanStart, spanEnd, rule, source}`: one quote supporting or disputing a fact, with its source. */
export function toQuote(row: Row): { provenance: ProvenanceModel; source: SourceModel } {
  const source = toSource(map(row, 'source'));
  const stance = oneOf(row, 'stance', 'SUPPORTS or DISPUTES', (v): v is 'SUPPORTS' | 'DISPUTES' => v === 'SUPPORTS' || v === 'DISPUTES');
  return { provenance: { quote: str(row, 'quote'), sourceId: source.id, span: toSpan(row), rule: optStr(row, 'rule'), stance }, source };
}

/** A row `id, stance, quote, spanStart, spanEnd, rule, source`: one quote supporting or disputing relationship `id`, with its source. */
export function toProvenanceRow(row: Row): { id: string; provenance: ProvenanceModel; source: SourceModel } {
  return { id: str(row, 'id'), ...toQuote(row) };
}

/**
 * A relationship of an entity's page (entity-page.cypher): `{id, type, since, until, confidence, retractedAt,
 * retractedBy, retractionReason}` with `outgoing` telling which end `self` is.
 */
export function toPageRelationship(m: Row, self: EntityModel, other: EntityModel, outgoing: boolean): RelationshipModel {
  const [from, to] = outgoing ? [self, other] : [other, self];
  return {
    id: str(m, 'id'),
    type: relationshipType(m, 'type'),
    fromId: from.id,
    toId: to.id,
    since: optDate(m, 'since'),
    until: optDate(m, 'until'),
    confidence: optFloat(m, 'confidence'),
    retraction: toRetraction(m),
    from,
    to,
  };
}

/** A row of relationship-corroboration.cypher. */
export function toCorroboration(row: Row): CorroborationModel {
  return {
    sourceCount: integer(row, 'sourceCount'),
    publisherCount: integer(row, 'publisherCount'),
    firstReported: optDate(row, 'firstReported'),
    lastReported: optDate(row, 'lastReported'),
    combinedConfidence: float(row, 'combinedConfidence'),
  };
}

/** A relationship whose ends are among entities the same query returned, attached so they cost nothing. */
export function toRelationshipAmong(m: Row, entities: ReadonlyMap<string, EntityModel>): RelationshipModel {
  const rel = toRelationship(m);
  return { ...rel, from: entities.get(rel.fromId), to: entities.get(rel.toId) };
}

/** Entities by id, for toRelationshipAmong. */
export function byId(entities: readonly EntityModel[]): ReadonlyMap<string, EntityModel> {
  return new Map(entities.map((e) => [e.id, e]));
}
