// Custom scalars, each validating its input so bad values are BAD_USER_INPUT, never a crash. What each one is
// (description, @specifiedBy) is said once, in schema.graphql; src/schema.ts keeps it on the served schema.
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { BadUserInputError } from '../errors';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// RFC 3339 `date-time` (its `T` and `Z` may be lower case); Date.parse alone also takes "March 7" and more.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) throw new BadUserInputError(`Date must be a real calendar date YYYY-MM-DD; got ${JSON.stringify(value)?.slice(0, 40)}`);
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast: ValueNode) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) throw new BadUserInputError('DateTime must be an RFC 3339 date-time, e.g. 2026-11-25T10:00:00Z');
    return value;
  },
});

function parseObject(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')) {
    throw new BadUserInputError('JSONObject must be an object of string values');
  }
  return value as Record<string, string>;
}

export const JSONObjectScalar = new GraphQLScalarType<Record<string, string>, Record<string, string>>({
  name: 'JSONObject',
  serialize: (value) => value as Record<string, string>,
  parseValue: parseObject,
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.OBJECT) throw new BadUserInputError('JSONObject must be an object literal');
    return parseObject(Object.fromEntries(ast.fields.map((f) => [f.name.value, f.value.kind === Kind.STRING ? f.value.value : null])));
  },
});
