// Bounds on the exploring queries' arguments. Each is part of the contract stated in schema.graphql; a value
// outside them is BAD_USER_INPUT, checked before any database work.
import { BadUserInputError } from '../errors';

export const LIMITS = {
  /** Characters of `search(text:)`, `entities(namePrefix:)`. */
  textLength: 200,
  searchHits: 100,
  neighborhoodDepth: 3,
  neighborhoodNodes: 500,
  pathHops: 6,
  /** Paths returned by `path(allShortest: true)`. */
  shortestPaths: 25,
  timelineEntries: 500,
  mentions: 100,
  mostConnected: 100,
  /** `minSources` on relationship lists and neighbourhoods. */
  minSources: 1000,
} as const;

/**
 * An integer argument within [min, max]. A client may pass an explicit null for an argument with a default,
 * so null means the default here too.
 */
export function intArg(name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw new BadUserInputError(`\`${name}\` must be an integer from ${min} to ${max}; got ${n}`);
  return n;
}

export function textArg(name: string, value: string, max = LIMITS.textLength): string {
  if (value.length > max) throw new BadUserInputError(`\`${name}\` must be at most ${max} characters; got ${value.length}`);
  return value;
}

/** Checks that a date range is not upside down (Date values are YYYY-MM-DD, so they compare as strings). */
export function dateRangeArgs(fromName: string, from: string | null | undefined, toName: string, to: string | null | undefined): { from: string | null; to: string | null } {
  if (from && to && from > to) throw new BadUserInputError(`\`${toName}\` (${to}) is before \`${fromName}\` (${from})`);
  return { from: from ?? null, to: to ?? null };
}

/** `minSources`: null or omitted is no filter; otherwise 1 to LIMITS.minSources. */
export function minSourcesArg(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : intArg('minSources', value, 1, 1, LIMITS.minSources);
}
