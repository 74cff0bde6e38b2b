// Logs each operation (request id, name, duration, round trips), logs unexpected errors with the request id,
// tags masked errors with that id, and, when debugging, reports round trips in `extensions`.
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { RequestContext } from '../context';
import { isExpectedError } from '../errorMapping';
import type { Logger } from '../log';

export function requestLoggingPlugin(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (!isExpectedError(error)) {
              const original = unwrapResolverError(error);
              log.error({ requestId: contextValue.requestId, operationName, err: original }, 'unexpected error');
            }
          }
        },
        async willSendResponse({ response, operationName, errors }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const roundTrips = contextValue.roundTrips.count;
          if (response.body.kind === 'single') {
            const result = response.body.singleResult;
            for (const error of result.errors ?? []) {
              if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
            if (contextValue.config.debugRoundTrips) {
              result.extensions = { ...result.extensions, roundTrips, durationMs: Math.round(durationMs * 100) / 100 };
            }
          }
          response.http.headers.set('x-request-id', contextValue.requestId);
          log.info({ requestId: contextValue.requestId, operationName: operationName ?? null, durationMs, roundTrips, errors: errors?.length ?? 0 }, 'graphql request');
        },
      };
    },
  };
}
