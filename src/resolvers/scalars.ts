// Custom scalars, each validating its input so bad values are BAD_USER_INPUT, never a crash.
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { BadUserInputError } from '../errors';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

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
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new BadUserInputError('DateTime must be ISO-8601');
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
