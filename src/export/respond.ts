// Export errors as the GraphQL API words them: `{ errors: [{ message, extensions: { code } }] }` with an HTTP
// status, never a stack trace. Unexpected errors are logged and masked.
import type express from 'express';
import { GraphQLError } from 'graphql';
import { codeForDatabaseError, MASKED_MESSAGE } from '../errorMapping';
import type { Logger } from '../log';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, OPERATION_LIMIT_EXCEEDED: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, SERVICE_UNAVAILABLE: 503, QUERY_TIMEOUT: 504 };

const MESSAGES = {
  SERVICE_UNAVAILABLE: 'the graph database is unavailable; try again shortly',
  QUERY_TIMEOUT: 'the export ran past its time limit (EXPORT_TIMEOUT_MS) and was cancelled in the database',
};

function isHttp(value: unknown): value is { status: number } {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number';
}

export function sendError(res: express.Response, error: unknown, log: Logger): void {
  const databaseCode = codeForDatabaseError(error);
  let message: string;
  let extensions: Record<string, unknown>;
  // An error may carry its own status (Apollo's `extensions.http`, e.g. 429 for a full export budget).
  let status: number | undefined;
  if (databaseCode) {
    message = MESSAGES[databaseCode];
    extensions = { code: databaseCode };
  } else if (error instanceof GraphQLError && typeof error.extensions.code === 'string') {
    const { http, ...rest } = error.extensions;
    message = error.message;
    extensions = rest;
    if (isHttp(http)) status = http.status;
  } else {
    log.error({ err: error }, 'export failed');
    message = MASKED_MESSAGE;
    extensions = { code: 'INTERNAL_SERVER_ERROR' };
  }
  status ??= STATUS[String(extensions.code)] ?? 500;
  if (status === 401) res.setHeader('www-authenticate', 'Bearer');
  res.status(status).json({ errors: [{ message, extensions }] });
}
