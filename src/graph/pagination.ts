// Relay cursor pagination: keyset on a stable sort key, opaque base64url cursors, capped page sizes.
import { BadUserInputError } from '../errors';
import type { Connection } from './models';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  /** The sort key to start after ('' for the first page). */
  after: string;
  first: number;
  /** first + 1: the extra row tells whether another page follows. */
  limit: number;
}

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument = 'after'): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key || encodeCursor(key) !== cursor) throw new BadUserInputError(`\`${argument}\` is not a cursor this API returned`);
  return key;
}

export function pageOf(args: PageArgs, maxPageSize: number, defaultSize = 20): Page {
  const first = args.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 0) throw new BadUserInputError('`first` must be a non-negative integer');
  if (first > maxPageSize) throw new BadUserInputError(`\`first\` must be at most ${maxPageSize} (the page size limit); got ${first}`);
  return { first, limit: first + 1, after: args.after ? decodeCursor(args.after) : '' };
}

/** Builds a connection from up to first + 1 rows fetched after the page's cursor. */
export function connectionOf<T>(rows: T[], page: Page, keyOf: (item: T) => string, totalCount: () => Promise<number>): Connection<T> {
  const items = rows.slice(0, page.first).map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { items, hasNextPage: rows.length > page.first, hasPreviousPage: page.after !== '', totalCount };
}
