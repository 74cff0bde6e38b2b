// Explicit, safe conversion of Neo4j values into plain JavaScript.
import neo4j from 'neo4j-driver';

/** A Neo4j Integer (or JS number) as a JS number; throws rather than silently losing precision. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (neo4j.isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`Neo4j integer ${value.toString()} exceeds JavaScript's safe range`);
    return value.toNumber();
  }
  if (typeof value === 'bigint') return Number(value);
  throw new TypeError(`expected a number, got ${typeof value}`);
}

export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

/** A Neo4j Date as `YYYY-MM-DD`. */
export function toDateString(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (neo4j.isDate(value)) return value.toString();
  if (typeof value === 'string') return value;
  throw new TypeError('expected a Neo4j Date');
}

/** A Neo4j DateTime as ISO-8601 in UTC. */
export function toDateTimeString(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (neo4j.isDateTime(value)) return value.toStandardDate().toISOString();
  if (typeof value === 'string') return value;
  throw new TypeError('expected a Neo4j DateTime');
}

export function toStringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function toStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A JS integer as a Neo4j Integer parameter (plain JS numbers reach Cypher as floats, which LIMIT rejects). */
export function int(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}
