// The named errors resolvers throw, each mapped to one GraphQL error code. Nothing else formats errors.
import { GraphQLError } from 'graphql';

export interface Problem {
  /** JSON path (facts documents) or argument path (GraphQL inputs) of the offending value. */
  path: string;
  message: string;
}

export class BadUserInputError extends GraphQLError {
  /** `extra` adds extensions, e.g. `reason` for a link that was not read (src/links/). */
  constructor(message: string, readonly problems: Problem[] = [], extra: Record<string, unknown> = {}) {
    super(problems.length ? `${message}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}` : message, {
      extensions: { code: 'BAD_USER_INPUT', ...extra, ...(problems.length ? { problems } : {}) },
    });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'a valid bearer token is required') {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
}

export class ServiceUnavailableError extends GraphQLError {
  constructor(message = 'the graph database is unavailable; try again shortly') {
    super(message, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
  }
}

/**
 * The graph changed under a write between its reads and its writes (another writer created or changed an entity it
 * decided on). Database.write reruns the whole transaction on it; after the last attempt the client gets this code
 * and may simply send the request again.
 */
export class WriteConflictError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'WRITE_CONFLICT' } });
  }
}

export class TimeoutError extends GraphQLError {
  constructor(message = 'the query ran past its time limit and was cancelled') {
    super(message, { extensions: { code: 'QUERY_TIMEOUT' } });
  }
}

/**
 * Reading an article ran past ARTICLE_READ_TIMEOUT_MS and was stopped. Not QUERY_TIMEOUT: the database is not
 * involved, and the same text would run past the limit again, so a client should not simply retry it.
 */
export class ArticleReadTimeoutError extends GraphQLError {
  constructor(readonly timeoutMs: number) {
    super(`reading the article took longer than ${timeoutMs} ms and was stopped; send a shorter text, or split it`, {
      extensions: { code: 'ARTICLE_READ_TIMEOUT', timeoutMs },
    });
  }
}

/** An operation (or request) over one of the configured limits; `limit` names which one. */
export class OperationLimitError extends GraphQLError {
  constructor(readonly limit: string, readonly max: number, found?: number, status = 400) {
    super(`operation exceeds the ${limit} limit of ${max}${found === undefined ? '' : ` (found ${found})`}`, {
      extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit, max, ...(found === undefined ? {} : { found }), http: { status } },
    });
  }
}

/**
 * A subscription resuming from a cursor (`after:`) that more events have passed than the server replays
 * (LIVE_MAX_REPLAY_EVENTS). Not BAD_USER_INPUT: the cursor was valid; the client should re-query what it shows
 * and subscribe without `after`.
 */
export class TooFarBehindError extends GraphQLError {
  constructor(readonly maxReplayEvents: number) {
    super(`more than ${maxReplayEvents} events have happened since this cursor; re-query what you show, then subscribe without \`after\``, {
      extensions: { code: 'TOO_FAR_BEHIND', maxReplayEvents },
    });
  }
}
