// Checked reads of the rows Neo4j returns. A row's fields are `unknown` until one of these decoders checks
// them, once, where the row leaves the driver. A row without the shape its statement promises is a bug in that
// statement (or in the data), so the error names both the statement and the field; it is not a GraphQL error and
// so reaches clients masked as INTERNAL_SERVER_ERROR, and the log with its message.
import neo4j from 'neo4j-driver';
import { toDateString, toDateTimeString, toNumber } from './values';

/** One record (or a map inside one) as it left the driver; read its fields with the decoders below. */
export type Row = Readonly<Record<string, unknown>>;

/**
 * Where a row came from: its statement, and for a map inside a record, the map it sits in and the step from there
 * (a field, or a field and a list index). The path is spelled out only for an error: a W1 answer has hundreds of
 * nested maps, and building their paths up front showed in its CPU profile.
 */
interface Origin {
  statement: string;
  parent: Origin | null;
  field: string;
  index?: number;
}

function spell(origin: Origin): string {
  if (!origin.parent) return '';
  const above = spell(origin.parent);
  const step = origin.index === undefined ? origin.field : `${origin.field}[${origin.index}]`;
  return above ? `${above}.${step}` : step;
}

// Kept beside the rows rather than in them, so rows stay the plain objects tests and logs expect.
const origins = new WeakMap<Row, Origin>();

/** Marks `rows` as returned by `statement`, so decoding errors can name it. */
export function fromStatement(statement: string, rows: Row[]): Row[] {
  for (const row of rows) origins.set(row, { statement, parent: null, field: '' });
  return rows;
}

export class RowShapeError extends Error {
  constructor(readonly statement: string, readonly field: string, expected: string, found: unknown) {
    super(`row of ${statement}: ${field} is ${describe(found)}, expected ${expected}`);
    this.name = 'RowShapeError';
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (neo4j.isInt(value)) return `integer ${value.toString()}`;
  if (Array.isArray(value)) return 'a list';
  if (isMap(value)) return 'a map';
  if (typeof value === 'object') return `a ${value.constructor.name}`;
  return `${typeof value} ${String(value)}`;
}

function originOf(row: Row): Origin {
  return origins.get(row) ?? { statement: 'an unnamed statement', parent: null, field: '' };
}

function pathOf(row: Row, field: string): string {
  const path = spell(originOf(row));
  return path ? `${path}.${field}` : field;
}

/** The error for `row`'s `field` not being `expected`; for checks the decoders below do not cover. */
export function shapeError(row: Row, field: string, expected: string): RowShapeError {
  return new RowShapeError(originOf(row).statement, pathOf(row, field), expected, row[field]);
}

/** `row[field]` passed through `check`, or a RowShapeError naming what was expected. */
function read<T>(row: Row, field: string, expected: string, check: (value: unknown) => T | undefined): T {
  const decoded = check(row[field]);
  if (decoded === undefined) throw shapeError(row, field, expected);
  return decoded;
}

const absent = (value: unknown): value is null | undefined => value === null || value === undefined;
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((s) => typeof s === 'string');
const isInteger = (value: unknown) => neo4j.isInt(value) || (typeof value === 'number' && Number.isInteger(value));

export function str(row: Row, field: string): string {
  return read(row, field, 'a string', (v) => (typeof v === 'string' ? v : undefined));
}

/** A string, or null when the field is null or absent (an unset property). */
export function optStr(row: Row, field: string): string | null {
  return read(row, field, 'a string or null', (v) => (absent(v) ? null : typeof v === 'string' ? v : undefined));
}

export function bool(row: Row, field: string): boolean {
  return read(row, field, 'a boolean', (v) => (typeof v === 'boolean' ? v : undefined));
}

/** A Neo4j Integer (counts, degrees) as a JS number; beyond the safe range throws, as toNumber does. */
export function integer(row: Row, field: string): number {
  return read(row, field, 'an integer', (v) => (isInteger(v) ? toNumber(v) : undefined));
}

/** A number (a float, or an integer widened to one). */
export function float(row: Row, field: string): number {
  return read(row, field, 'a number', (v) => (typeof v === 'number' || neo4j.isInt(v) ? toNumber(v) : undefined));
}

export function optFloat(row: Row, field: string): number | null {
  return absent(row[field]) ? null : float(row, field);
}

/** A list of strings; an absent list (an unset property) is empty. */
export function strList(row: Row, field: string): string[] {
  return read(row, field, 'a list of strings', (v) => (absent(v) ? [] : isStringList(v) ? v : undefined));
}

/** A Neo4j Date (or a date string) as `YYYY-MM-DD`; null when absent. */
export function optDate(row: Row, field: string): string | null {
  return read(row, field, 'a date or null', (v) => (absent(v) || neo4j.isDate(v) || typeof v === 'string' ? toDateString(v) : undefined));
}

/** A Neo4j DateTime (or an ISO string) as ISO-8601 in UTC; null when absent. */
export function optDateTime(row: Row, field: string): string | null {
  return read(row, field, 'a datetime or null', (v) => (absent(v) || neo4j.isDateTime(v) || typeof v === 'string' ? toDateTimeString(v) : undefined));
}

/** One of an allow-list's values (an entity kind, a relationship type), checked by its guard. */
export function oneOf<T extends string>(row: Row, field: string, expected: string, guard: (value: string) => value is T): T {
  return read(row, field, expected, (v) => (typeof v === 'string' && guard(v) ? v : undefined));
}

/** A Cypher map: a plain object (the driver's Integers, temporals, nodes and lists are not). */
function isMap(value: unknown): value is Row {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const isMapList = (value: unknown): value is Row[] => Array.isArray(value) && value.every(isMap);

function nested(parent: Row, field: string, value: Row, index?: number): Row {
  const above = originOf(parent);
  origins.set(value, { statement: above.statement, parent: above, field, index });
  return value;
}

/** A map inside the row, itself read with these decoders (errors name its path, `entity.kind`). */
export function map(row: Row, field: string): Row {
  return nested(row, field, read(row, field, 'a map', (v) => (isMap(v) ? v : undefined)));
}

/** A map, or null when the field is null or absent. */
export function optMap(row: Row, field: string): Row | null {
  return absent(row[field]) ? null : map(row, field);
}

/** A list of maps, each read with these decoders (errors name its path, `nodes[2].kind`). */
export function mapList(row: Row, field: string): Row[] {
  const list = read(row, field, 'a list of maps', (v) => (isMapList(v) ? v : undefined));
  return list.map((item, i) => nested(row, field, item, i));
}
