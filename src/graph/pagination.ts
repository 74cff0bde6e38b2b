// Relay cursor pagination: keyset on a stable sort key, opaque base64url cursors, capped page sizes.
// Id-ordered lists (an entity's relationships, a source's facts) use the id as the cursor; sortable lists
// (Query.entities, Query.relationships) use a sorted cursor holding the sort, the sort key and the id.
import { int } from '../db/values';
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

/** The page size asked for (or the default), checked against the cap. */
export function pageSizeOf(first: number | null | undefined, maxPageSize: number, defaultSize = 20): number {
  const size = first ?? defaultSize;
  if (!Number.isInteger(size) || size < 0) throw new BadUserInputError('`first` must be a non-negative integer');
  if (size > maxPageSize) throw new BadUserInputError(`\`first\` must be at most ${maxPageSize} (the page size limit); got ${size}`);
  return size;
}

export function pageOf(args: PageArgs, maxPageSize: number, defaultSize = 20): Page {
  const first = pageSizeOf(args.first, maxPageSize, defaultSize);
  return { first, limit: first + 1, after: args.after ? decodeCursor(args.after) : '' };
}

/** Builds a connection from up to first + 1 rows fetched after the page's cursor. */
export function connectionOf<T>(rows: T[], page: Page, keyOf: (item: T) => string, totalCount: () => Promise<number>): Connection<T> {
  const items = rows.slice(0, page.first).map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { items, hasNextPage: rows.length > page.first, hasPreviousPage: page.after !== '', totalCount };
}

export type SortDirection = 'ASC' | 'DESC';

/** A position in a sorted list: the sort key of the last row seen, and its id to break ties. */
export interface SortPosition {
  key: string;
  id: string;
}

/** A keyset page of a list sorted by (key, id), both ascending or both descending. */
export interface SortedPage {
  first: number;
  limit: number;
  /** What the list is sorted by, e.g. `NAME`. */
  field: string;
  /** Names the order, e.g. `NAME:DESC`; a cursor is only valid for the order that made it. */
  sort: string;
  ascending: boolean;
  after: SortPosition | null;
}

export function encodeSortedCursor(sort: string, position: SortPosition): string {
  return encodeCursor(JSON.stringify([sort, position.key, position.id]));
}

/** A sorted cursor's content: [sort, key, id]. */
function isSortedCursor(value: unknown): value is [string, string, string] {
  return Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string');
}

export function decodeSortedCursor(cursor: string, sort: string, argument = 'after'): SortPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeCursor(cursor, argument));
  } catch (error) {
    if (error instanceof BadUserInputError) throw error;
    throw new BadUserInputError(`\`${argument}\` is not a cursor this API returned`);
  }
  if (!isSortedCursor(parsed)) throw new BadUserInputError(`\`${argument}\` is not a cursor this API returned`);
  const [cursorSort, key, id] = parsed;
  if (cursorSort !== sort) throw new BadUserInputError(`\`${argument}\` is a cursor of another sort order (${cursorSort}); this list is sorted by ${sort}`);
  return { key, id };
}

export function sortedPageOf(args: PageArgs, maxPageSize: number, field: string, direction: SortDirection): SortedPage {
  const first = pageSizeOf(args.first, maxPageSize);
  const sort = `${field}:${direction}`;
  return { first, limit: first + 1, field, sort, ascending: direction === 'ASC', after: args.after ? decodeSortedCursor(args.after, sort) : null };
}

/** The keyset parameters every sorted-page statement takes. */
export function sortedPageParams(page: SortedPage): Record<string, unknown> {
  return { field: page.field, limit: int(page.limit), ascending: page.ascending, afterKey: page.after?.key ?? null, afterId: page.after?.id ?? null };
}

/** Builds a connection from up to first + 1 rows, each with its position in the sort. */
export function sortedConnectionOf<T>(rows: Array<{ node: T; position: SortPosition }>, page: SortedPage, totalCount: () => Promise<number>): Connection<T> {
  const items = rows.slice(0, page.first).map(({ node, position }) => ({ cursor: encodeSortedCursor(page.sort, position), node }));
  return { items, hasNextPage: rows.length > page.first, hasPreviousPage: page.after !== null, totalCount };
}
