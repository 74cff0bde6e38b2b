// What the export statements return, decoded once where each row leaves the driver (src/db/rowShape.ts), so
// the format writers never see a raw row.
import { type Row, integer, map, mapList, oneOf, optDate, optDateTime, optFloat, optStr, str } from '../db/rowShape';
import type { EntityKind, RelationshipType } from '../generated/graphql';
import type { EntityModel } from '../graph/models';
import { toEntity } from '../graph/rows';
import { isEntityKind, isRelationshipType } from '../graph/vocabulary';

export type ExportEntity = EntityModel;

export interface EntityRef {
  id: string;
  kind: EntityKind;
  name: string;
}

export interface ExportQuote {
  stance: 'SUPPORTS' | 'DISPUTES';
  quote: string;
  spanStart: number | null;
  spanEnd: number | null;
  rule: string | null;
  sourceId: string;
  sourceUrl: string | null;
  publisher: string | null;
  /** The source's day: publishedAt, else the day it was ingested. */
  reportedOn: string | null;
}

export interface ExportRelationship {
  id: string;
  type: RelationshipType;
  since: string | null;
  until: string | null;
  confidence: number | null;
  /** Set only for an export `asOf` a day before the retraction. */
  retractedAt: string | null;
  from: EntityRef;
  to: EntityRef;
  /** Supporting and disputing quotes, by source id, stance, quote. */
  quotes: ExportQuote[];
  /** Distinct sources supporting it, among those exported. */
  sourceCount: number;
  /** The earliest day a supporting source exported reported it. */
  firstReported: string | null;
}

export interface ExportSource {
  id: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  reportedOn: string | null;
}

const isStance = (value: string): value is ExportQuote['stance'] => value === 'SUPPORTS' || value === 'DISPUTES';

function optInteger(row: Row, field: string): number | null {
  return row[field] === null || row[field] === undefined ? null : integer(row, field);
}

function entityRef(m: Row): EntityRef {
  return { id: str(m, 'id'), kind: oneOf(m, 'kind', 'an entity kind', isEntityKind), name: str(m, 'name') };
}

function quote(m: Row): ExportQuote {
  return {
    stance: oneOf(m, 'stance', 'SUPPORTS or DISPUTES', isStance),
    quote: str(m, 'quote'),
    spanStart: optInteger(m, 'spanStart'),
    spanEnd: optInteger(m, 'spanEnd'),
    rule: optStr(m, 'rule'),
    sourceId: str(m, 'sourceId'),
    sourceUrl: optStr(m, 'sourceUrl'),
    publisher: optStr(m, 'publisher'),
    reportedOn: optDate(m, 'reportedOn'),
  };
}

/** A row of export-entities.cypher. */
export function toExportEntity(row: Row): ExportEntity {
  return toEntity(map(row, 'entity'));
}

/** A row of export-relationships.cypher. */
export function toExportRelationship(row: Row): ExportRelationship {
  const r = map(row, 'relationship');
  return {
    id: str(r, 'id'),
    type: oneOf(r, 'type', 'a relationship type', isRelationshipType),
    since: optDate(r, 'since'),
    until: optDate(r, 'until'),
    confidence: optFloat(r, 'confidence'),
    retractedAt: optDateTime(r, 'retractedAt'),
    from: entityRef(map(row, 'fromEntity')),
    to: entityRef(map(row, 'toEntity')),
    quotes: mapList(row, 'quotes').map(quote),
    sourceCount: integer(row, 'sourceCount'),
    firstReported: optDate(row, 'firstReported'),
  };
}

/** A row of export-sources.cypher. */
export function toExportSource(row: Row): ExportSource {
  const s = map(row, 'source');
  return {
    id: str(s, 'id'),
    title: optStr(s, 'title'),
    publisher: optStr(s, 'publisher'),
    url: optStr(s, 'url'),
    publishedAt: optDate(s, 'publishedAt'),
    reportedOn: optDate(row, 'reportedOn'),
  };
}
