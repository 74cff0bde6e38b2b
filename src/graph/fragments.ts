// The fixed Cypher fragments that fill the {{slots}} of some read statements (src/db/cypher.ts, filledCypher).
// A slot holds a predicate only when its filter has something to filter: in Neo4j 5.26 a predicate reads its
// properties for every relationship even when its parameters make it moot (`$asOf IS NULL OR …` still runs the
// subquery), a db hit each, and on a hub that is most of a statement's cost (PROFILE, docs/benchmarks.md).
// Every fragment is a constant here, picked by the filter's shape; every value stays a parameter.
import { ALL_RELATIONSHIP_TYPES } from './vocabulary';
import type { RelationshipType } from '../generated/graphql';

/** The relationship types filter on `r`: none when every type is asked for (typesOrAll gives the whole vocabulary). */
export function typesFragment(types: readonly RelationshipType[]): string {
  return types.length >= ALL_RELATIONSHIP_TYPES.length ? 'true' : 'type(r) IN $types';
}

/** Relationships `r` after the page's cursor (keyset on the id); every one on a first page. */
export function afterFragment(after: string): string {
  return after === '' ? 'true' : 'r.id > $after';
}

const RETRACTED = {
  all: 'true',
  standing: 'r.retractedAt IS NULL',
  standingAsOf: '(r.retractedAt IS NULL OR date(r.retractedAt) > date($asOf))',
} as const;

/** Which relationships `r` a retraction hides: none when retracted ones are asked for, else those retracted (by $asOf). */
export function retractedFragment(includeRetracted: boolean, asOf: string | null): string {
  return RETRACTED[includeRetracted ? 'all' : asOf === null ? 'standing' : 'standingAsOf'];
}

const SOURCES = {
  any: 'true',
  stored: 'coalesce(r.sourceCount, 0) >= $minSources',
  asOf: 'size(COLLECT { MATCH (s:Source)-[:SUPPORTS]->(:Fact {id: r.id}) WHERE s.reportedOn <= date($asOf) RETURN DISTINCT s.id }) >= coalesce($minSources, 1)',
} as const;

/**
 * At least $minSources supporting sources for `r`: the stored count now; as of a day, the sources reported by then
 * (and at least one: a fact nobody had reported did not exist yet).
 */
export function sourcesFragment(minSources: number | null, asOf: string | null): string {
  return SOURCES[asOf !== null ? 'asOf' : minSources !== null ? 'stored' : 'any'];
}

/** The properties of an entity a map projection may read: the allow-list, each by the GraphQL field of the same name. */
export const ENTITY_PROPERTIES = ['id', 'kind', 'name', 'aliases', 'description', 'externalIds', 'roles'] as const;
export type EntityProperty = (typeof ENTITY_PROPERTIES)[number];

export function isEntityProperty(name: string): name is EntityProperty {
  return (ENTITY_PROPERTIES as readonly string[]).includes(name);
}

/**
 * A map projection of the allow-listed properties among `fields`, in a fixed order, id and kind always (the id keys
 * every nested loader, the kind picks the concrete GraphQL type): `{.id, .kind, .name}`.
 */
export function entityProjection(fields: readonly string[]): string {
  return `{${ENTITY_PROPERTIES.filter((p) => p === 'id' || p === 'kind' || fields.includes(p)).map((p) => `.${p}`).join(', ')}}`;
}

/** Only relationships `r` a source had reported by $asOf; all when no day is asked about. */
export function reportedFragment(asOf: string | null): string {
  return asOf === null ? 'true' : 'EXISTS { MATCH (s:Source)-[:SUPPORTS]->(:Fact {id: r.id}) WHERE s.reportedOn <= date($asOf) }';
}

const RELATIONSHIP_MAPS = {
  // From `a` to `b`, where a statement matched (a)-[r]->(b).
  matched: {
    full: '{id: r.id, type: type(r), since: r.since, until: r.until, confidence: r.confidence, from: a.id, to: b.id}',
    short: '{id: r.id, type: type(r), from: a.id, to: b.id}',
  },
  // Where only `r` is at hand (a path's relationships).
  alone: {
    full: '{id: r.id, type: type(r), since: r.since, until: r.until, confidence: r.confidence, from: startNode(r).id, to: endNode(r).id}',
    short: '{id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id}',
  },
} as const;

/**
 * A relationship `r` as a map: with its dates and confidence only when the selection reads them (three property
 * reads, a db hit each, per relationship); toRelationship reads their absence as null.
 */
export function relationshipMap(withDetails: boolean, ends: keyof typeof RELATIONSHIP_MAPS = 'matched'): string {
  return RELATIONSHIP_MAPS[ends][withDetails ? 'full' : 'short'];
}
