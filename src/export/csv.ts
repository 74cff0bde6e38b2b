// Event rows in the spirit of GDELT: one row per (relationship, supporting quote), actor 1 → actor 2, with the
// CAMEO code and quad class. RFC 4180 (CRLF lines, fields quoted when they hold a quote, comma or line break),
// UTF-8 without a byte-order mark. Disputing quotes are not events and are left out (JSON-LD has them).
import { RELATIONSHIP_TYPES } from '../graph/vocabulary';
import type { ExportFormat } from './format';
import type { ExportRelationship } from './records';

export const CSV_COLUMNS = [
  'date', 'actor1_id', 'actor1_name', 'actor1_kind', 'type', 'cameo_code', 'actor2_id', 'actor2_name', 'actor2_kind',
  'quad_class', 'source_id', 'source_url', 'publisher', 'quote',
] as const;

/**
 * One field. Formula-injection guard: a spreadsheet runs a cell that starts with = + - @ (or tab or carriage
 * return) as a formula, so such a value gets a leading apostrophe ("=1+1" → "'=1+1"); strip it to get the text back.
 */
export function csvCell(value: string | null): string {
  if (value === null || value === '') return '';
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvRow(values: ReadonlyArray<string | null>): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

const CAMEO = new Map(RELATIONSHIP_TYPES.map((t) => [t.type, t]));

export function eventRows(r: ExportRelationship): string[] {
  const info = CAMEO.get(r.type);
  return r.quotes
    .filter((q) => q.stance === 'SUPPORTS')
    .map((q) => csvRow([
      r.since ?? q.reportedOn,
      r.from.id, r.from.name, r.from.kind,
      r.type, info?.cameoCode ?? null,
      r.to.id, r.to.name, r.to.kind,
      info?.quadClass ?? null,
      q.sourceId, q.sourceUrl, q.publisher,
      q.quote,
    ]));
}

export const csv: ExportFormat = {
  file: 'events.csv',
  contentType: 'text/csv; charset=utf-8; header=present',
  separator: '',
  listsEntities: false,
  listsSources: false,
  begin: () => csvRow(CSV_COLUMNS),
  entity: () => [],
  relationship: eventRows,
  source: () => [],
  end: () => '',
};
