// The query parameters every export takes, parsed and checked before any Cypher runs: `types` against the
// vocabulary's allow-list (types reach Cypher only as a checked parameter), `asOf` as a real calendar day.
import { BadUserInputError, type Problem } from '../errors';
import type { RelationshipType } from '../generated/graphql';
import { ALL_RELATIONSHIP_TYPES, isRelationshipType } from '../graph/vocabulary';

export interface ExportParams {
  /** The relationship types exported; all of the vocabulary when `types` is absent or empty. */
  types: RelationshipType[];
  /** Only relationships from or to this entity id (its current id: merged ids are not followed). */
  entity: string | null;
  /** `YYYY-MM-DD`: only what sources reported by the end of that day. */
  asOf: string | null;
}

const MAX_ENTITY_ID_LENGTH = 200;

/**
 * Express gives a repeated parameter as a list. Every export parameter is one text (`types` one comma-separated
 * list), and joining repeats would make `entity=a&entity=b` the id "a,b": a repeat is refused instead.
 */
function text(value: unknown, name: string, problems: Problem[]): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    problems.push({ path: name, message: `given ${value.length} times; give it once${name === 'types' ? ' (types as one comma-separated list)' : ''}` });
    return null;
  }
  problems.push({ path: name, message: 'must be a plain text value' });
  return null;
}

/** Whether `day` is `YYYY-MM-DD` and a day of the calendar (no 2025-02-30). */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** The parameters of an export request; BAD_USER_INPUT listing every problem when any is wrong. */
export function parseExportParams(query: Readonly<Record<string, unknown>>): ExportParams {
  const problems: Problem[] = [];

  const typesText = text(query.types, 'types', problems);
  const names = (typesText ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  const unknown = names.filter((t) => !isRelationshipType(t));
  if (unknown.length) {
    problems.push({ path: 'types', message: `unknown relationship type${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => JSON.stringify(t.slice(0, 60))).join(', ')} (known: ${ALL_RELATIONSHIP_TYPES.join(', ')})` });
  }
  const types = names.length ? [...new Set(names.filter(isRelationshipType))] : [...ALL_RELATIONSHIP_TYPES];

  const entityText = text(query.entity, 'entity', problems)?.trim() ?? null;
  if (entityText !== null && (entityText === '' || entityText.length > MAX_ENTITY_ID_LENGTH)) {
    problems.push({ path: 'entity', message: `must be an entity id of 1 to ${MAX_ENTITY_ID_LENGTH} characters` });
  }

  const asOf = text(query.asOf, 'asOf', problems)?.trim() ?? null;
  if (asOf !== null && !isCalendarDay(asOf)) problems.push({ path: 'asOf', message: 'must be a day as YYYY-MM-DD' });

  if (problems.length) throw new BadUserInputError('invalid export parameters', problems);
  return { types, entity: entityText, asOf };
}
