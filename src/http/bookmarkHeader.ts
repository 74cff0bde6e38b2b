// The `x-neo4j-bookmark` header: Neo4j bookmarks, comma-separated, in requests (read after these) and in the
// answers of mutations (what the write left behind). Bookmarks are opaque to us; we only bound what we pass on.
import { BadUserInputError } from '../errors';

export const BOOKMARK_HEADER = 'x-neo4j-bookmark';

/** A Neo4j 5 bookmark is ~35 characters; a client holds one per database it wrote to. Generous, still bounded. */
export const MAX_BOOKMARK_HEADER_LENGTH = 4096;
export const MAX_BOOKMARKS = 16;

/** Visible ASCII without the comma (the separator): what Neo4j's bookmarks are made of ("FB:" and base64). */
const BOOKMARK = /^[\x21-\x2b\x2d-\x7e]+$/;

function refuse(message: string): BadUserInputError {
  return new BadUserInputError(`${BOOKMARK_HEADER}: ${message}`, [], { http: { status: 400 } });
}

/**
 * The bookmarks a request names, or none. Accepts "a,b" and "a, b", and repeated headers (Node joins them with
 * ", "); empty items are skipped. Throws BAD_USER_INPUT (HTTP 400) for anything longer, more or not printable.
 */
export function parseBookmarkHeader(value: string | undefined): string[] {
  if (value === undefined) return [];
  if (value.length > MAX_BOOKMARK_HEADER_LENGTH) throw refuse(`longer than ${MAX_BOOKMARK_HEADER_LENGTH} characters`);
  const bookmarks = [...new Set(value.split(',').map((item) => item.trim()).filter((item) => item.length > 0))];
  if (bookmarks.length > MAX_BOOKMARKS) throw refuse(`more than ${MAX_BOOKMARKS} bookmarks`);
  if (!bookmarks.every((bookmark) => BOOKMARK.test(bookmark))) throw refuse('a bookmark holds a character other than visible ASCII');
  return bookmarks;
}

/** The header value (and `extensions.bookmark`) for the bookmarks a request's writes left: the same encoding. */
export function formatBookmarkHeader(bookmarks: readonly string[]): string {
  return bookmarks.join(',');
}
