// The one place errors become GraphQL errors: known codes pass through, database outages and timeouts get
// their own codes, and anything unexpected is masked (logged with the request id the client also gets).
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { OperationLimitError } from './errors';
import { tokenLimitFromSyntaxError } from './plugins/operationLimits';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

// Bookmarks come from clients (x-neo4j-bookmark): one Neo4j cannot parse is the client's mistake; one it has not
// reached within db.transaction.bookmark_ready_timeout is either a lagging cluster member or a made-up bookmark.
const BAD_BOOKMARK_CODES = new Set(['Neo.ClientError.Transaction.InvalidBookmark', 'Neo.ClientError.Transaction.InvalidBookmarkMixture']);
const BOOKMARK_TIMEOUT_CODE = 'Neo.TransientError.Transaction.BookmarkTimeout';

/** The GraphQL code for Neo4j refusing or not reaching a client's bookmark, or null for any other error. */
export function codeForBookmarkError(error: unknown): 'BAD_USER_INPUT' | 'BOOKMARK_TIMEOUT' | null {
  if (!(error instanceof Neo4jError)) return null;
  if (BAD_BOOKMARK_CODES.has(error.code)) return 'BAD_USER_INPUT';
  return error.code === BOOKMARK_TIMEOUT_CODE ? 'BOOKMARK_TIMEOUT' : null;
}

/** Whether an error means Neo4j cannot be reached at all (as opposed to being slow or busy). */
export function isOutage(error: unknown): boolean {
  const original = unwrapResolverError(error);
  return original instanceof Neo4jError && UNAVAILABLE_CODES.has(original.code);
}

/** The GraphQL code for a database error, or null when it is not one we expect. */
export function codeForDatabaseError(error: unknown): 'SERVICE_UNAVAILABLE' | 'QUERY_TIMEOUT' | null {
  if (!(error instanceof Neo4jError)) return null;
  if (UNAVAILABLE_CODES.has(error.code)) return 'SERVICE_UNAVAILABLE';
  // The pool had no free connection in time: the database is overloaded or unreachable, either way not a bug.
  if (error.message.startsWith('Connection acquisition timed out')) return 'SERVICE_UNAVAILABLE';
  if (TIMEOUT_CODES.has(error.code) || /terminated|timed out/i.test(error.message) && error.code.startsWith('Neo.')) return 'QUERY_TIMEOUT';
  return null;
}

const MESSAGES = {
  SERVICE_UNAVAILABLE: 'the graph database is unavailable; try again shortly',
  QUERY_TIMEOUT: 'the query ran past its time limit and was cancelled in the database',
  BAD_USER_INPUT: 'x-neo4j-bookmark: Neo4j does not accept this bookmark; send back only bookmarks this service returned',
  BOOKMARK_TIMEOUT: 'the database did not catch up with the x-neo4j-bookmark in time; retry shortly',
};

/** Whether an error is one we expect (it has its own code), as opposed to a bug to log and mask. */
export function isExpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (codeForDatabaseError(original) || codeForBookmarkError(original)) return true;
  if (!(original instanceof GraphQLError)) return false;
  const code = original.extensions?.code;
  return code === undefined || code !== 'INTERNAL_SERVER_ERROR';
}

export const MASKED_MESSAGE = 'internal error; quote the request id when reporting it';

/** A limit rejection, whether thrown as ours or wrapped by Apollo (validation, parsing). */
function limitError(error: unknown): OperationLimitError | null {
  if (error instanceof OperationLimitError) return error;
  if (!(error instanceof GraphQLError)) return null;
  if (error.originalError instanceof OperationLimitError) return error.originalError;
  const maxTokens = tokenLimitFromSyntaxError(error.message);
  return maxTokens === null ? null : new OperationLimitError('maxTokens', maxTokens);
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const limit = limitError(original);
  if (limit) {
    const { http: _http, ...extensions } = limit.extensions;
    return { message: limit.message, locations: formatted.locations, extensions };
  }
  const dbCode = codeForBookmarkError(original) ?? codeForDatabaseError(original);
  if (dbCode) return { message: MESSAGES[dbCode], path: formatted.path, extensions: { code: dbCode } };
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError || (code && code !== 'INTERNAL_SERVER_ERROR')) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: MASKED_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
