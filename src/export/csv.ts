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
 * A spreadsheet runs a cell that starts with = + - @ (or tab or carriage return) as a formula. A cell also starts
 * after any separator a reader may split on: a `;`-locale Excel splits `x;=cmd` into `x` and `=cmd`, whatever the
 * quoting (the `;` sits mid-field, where quotes mean nothing to it). So an apostrophe goes at each boundary (the
 * start, and after , ; | tab CR LF) where what follows, past spaces and double quotes, could start a formula.
 * An apostrophe already at a boundary gets one too, so the guard is reversed exactly: remove the apostrophe right
 * after the start and after each of those characters.
 */
const FORMULA_AT_BOUNDARY = /(^|[,;|\t\r\n])(?=')|(^)(?=[ "]*[=+\-@\t\r])|([,;|\t\r\n])(?=[ "]*[=+\-@])/g;

/** The formula-injection guard alone (see FORMULA_AT_BOUNDARY): apostrophes at the boundaries that need one. */
export function guardFormulas(value: string): string {
  return value.replace(FORMULA_AT_BOUNDARY, (_match, a: string | undefined, b: string | undefined, c: string | undefined) => `${a ?? b ?? c ?? ''}'`);
}

/** One field: the formula guard, then RFC 4180 quoting (when it holds a quote, comma or line break). */
export function csvCell(value: string | null): string {
  if (value === null || value === '') return '';
  const guarded = guardFormulas(value);
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
