// graphql-ws (graphql-transport-ws protocol) on the HTTP server's /graphql: the token from connection_init (and the
// connection closed when it expires), the same operation limits as Apollo, caps on connections (admission.ts) and on
// subscriptions per connection, errors formatted as over HTTP, and a fresh request context per subscription and per
// batch of events.
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { type DocumentNode, GraphQLError, type GraphQLFormattedError, type GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { useServer } from 'graphql-ws/lib/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { createActorResolver } from '../auth';
import type { Config } from '../config';
import { type Actor, createContext, type RequestContext } from '../context';
import type { Database } from '../db/database';
import { formatError } from '../errorMapping';
import { OperationLimitError, UnauthenticatedError } from '../errors';
import type { Logger } from '../log';
import { firstTimesChildren, operationLimits } from '../plugins/operationLimits';
import type { ArticleReader } from '../readingPool';
import { KnownOperationTypesRule } from '../validation/knownOperationTypes';
import { Admission } from './admission';
import type { LiveFeed } from './feed';
import { subscribeWithSharedResults } from './execution';
import { OnlySubscriptionsRule } from './transportRules';
import { withLiveSubscriptions } from './subscriptionContext';
import { atExpiry } from './tokenExpiry';
import { clientAddressOf } from '../http/clientAddress';

/**
 * Close codes this service sends beyond graphql-ws' own (4400 bad request, 4408 init timeout…); all listed, with
 * what graphql-ws clients do on each, in docs/live.md.
 */
export const CLOSE_CODES = {
  /** connection_init carried no valid token where one is needed (graphql-ws' Unauthorized; its clients give up). */
  unauthorized: 4401,
  /** The token the connection was opened with has expired: get a new one, then connect again. */
  tokenExpired: 4401,
  /** Every acknowledged place (LIVE_MAX_CONNECTIONS) is taken: Try Again Later, which graphql-ws clients retry. */
  full: 1013,
  /**
   * The client did not read its events: its queue stayed full while its socket did not drain (LIVE_SLOW_CLIENT_MS). WebSocket's
   * "Try Again Later": graphql-ws clients (v5, v6) reconnect on it, where 4429 means "too many
   * connection_init" to them and is fatal.
   */
  tooSlow: 1013,
  /** The server is shutting down: reconnect (to another instance). */
  goingAway: 1001,
} as const;

// A type, not an interface: graphql-ws wants a Record.
type ConnectionExtra = {
  actor: Actor | null;
};

export interface LiveWebSocketServer {
  /** Open connections right now, acknowledged or not. */
  readonly connections: number;
  /** Of them, those not acknowledged yet (no valid connection_init so far). */
  readonly connecting: number;
  /** Asks every client to go (1001), then drops those still there after `graceMs`; stops accepting. */
  close(graceMs: number): Promise<void>;
}

function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : undefined;
}

/** An error as src/errorMapping.ts formatted it; graphql-ws sends errors as their toJSON(). */
class FormattedError extends GraphQLError {
  constructor(private readonly formatted: GraphQLFormattedError) {
    super(formatted.message);
  }

  override toJSON(): GraphQLFormattedError {
    return this.formatted;
  }
}

/** A parse or validation error with the code Apollo gives the same error over HTTP. */
function coded(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code || error.originalError instanceof OperationLimitError) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, originalError: error.originalError, extensions: { code } });
}

export function serveWebSockets(deps: { httpServer: http.Server; schema: GraphQLSchema; config: Config; db: Database; readArticle: ArticleReader; log: Logger; feed: LiveFeed }): LiveWebSocketServer {
  const { httpServer, schema, config, db, readArticle, log, feed } = deps;
  const { maxSubscriptionsPerConnection } = config.live;
  const limits = operationLimits(config.limits, { blockFieldSuggestions: config.production });
  const rules = [...specifiedRules, KnownOperationTypesRule, OnlySubscriptionsRule, ...limits.validationRules];
  const actorOf = createActorResolver(config);
  const admission = new Admission(config.live);
  const clientAddress = clientAddressOf(config.trustProxy);

  const wss: WebSocketServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: config.limits.maxBodyBytes,
    verifyClient: (info, done) => {
      const refusal = admission.refusal(clientAddress(info.req));
      if (refusal) done(false, refusal.status, refusal.body, refusal.headers);
      else done(true);
    },
  });
  wss.on('connection', (socket, request) => admission.opened(socket, clientAddress(request)));

  const format = (error: GraphQLError, requestId?: string): GraphQLError => {
    const formatted = formatError(error.toJSON(), error);
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') log.error({ err: error.originalError ?? error, requestId }, 'live update failed');
    return new FormattedError(formatted);
  };
  // Each batch of events gets new loaders; the operation's request id and actor stay.
  const renew = (context: unknown): RequestContext => {
    const { requestId, actor } = context as RequestContext;
    return createContext({ config, db, readArticle, requestId, actor });
  };

  useServer<Record<string, unknown>, ConnectionExtra>(
    {
      schema,
      connectionInitWaitTimeout: config.live.connectionInitTimeoutMs,
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        try {
          const actor = await actorOf(authorizationOf(ctx.connectionParams));
          // Counted against LIVE_MAX_CONNECTIONS only now; 1013 rather than a refused upgrade, as clients retry it.
          if (!admission.acknowledge(socket)) {
            socket.close(CLOSE_CODES.full, 'too many live connections; try again later');
            return false;
          }
          ctx.extra.actor = actor;
          if (actor) {
            const cancel = atExpiry(actor.expiresAt, () => socket.close(CLOSE_CODES.tokenExpired, 'Unauthorized: token expired'));
            socket.once('close', cancel);
          }
          return true;
        } catch (error) {
          if (!(error instanceof UnauthenticatedError)) throw error;
          // Close reasons are limited to 123 bytes.
          ctx.extra.socket.close(CLOSE_CODES.unauthorized, `Unauthorized: ${error.message}`.slice(0, 120));
          return false;
        }
      },
      onSubscribe: (ctx, { payload }) => {
        // ctx.subscriptions already holds this one.
        const open = Object.keys(ctx.subscriptions).length;
        if (open > maxSubscriptionsPerConnection) return [new OperationLimitError('maxSubscriptionsPerConnection', maxSubscriptionsPerConnection, open)];
        let document: DocumentNode;
        try {
          document = parse(payload.query, limits.parseOptions);
        } catch (error) {
          if (error instanceof GraphQLError) return [coded(error, 'GRAPHQL_PARSE_FAILED')];
          throw error;
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED'));
        const variableValues = payload.variables ?? {};
        const operationName = payload.operationName ?? undefined;
        try {
          const cost = getComplexity({ schema, query: document, variables: variableValues, operationName, estimators: [firstTimesChildren] });
          if (cost > config.limits.maxCost) return [new OperationLimitError('maxCost', config.limits.maxCost, cost)];
        } catch (error) {
          // Bad variables are reported by execution as BAD_USER_INPUT, as over HTTP.
          if (!(error instanceof GraphQLError)) throw error;
        }
        const socket = ctx.extra.socket;
        const contextValue = withLiveSubscriptions(createContext({ config, db, readArticle, requestId: randomUUID(), actor: ctx.extra.actor ?? null }), feed.subscriptionsFor({ onSlow: () => tooSlow(socket), unsent: () => socket.bufferedAmount }));
        return { schema, document, operationName, variableValues, contextValue };
      },
      subscribe: subscribeWithSharedResults({ renew, rolesOf: (context) => (context as RequestContext).actor?.roles ?? [] }),
      onError: (_ctx, _message, errors) => errors.map((e) => format(e)),
      onNext: (_ctx, _message, args, result) => {
        if (!result.errors) return undefined;
        const requestId = (args.contextValue as RequestContext | undefined)?.requestId;
        return { ...result, errors: result.errors.map((e) => format(e, requestId)) };
      },
    },
    wss,
  );

  function tooSlow(socket: WebSocket): void {
    if (socket.readyState !== socket.OPEN) return;
    log.warn({ code: CLOSE_CODES.tooSlow }, 'live updates: closing a connection that does not read its events');
    socket.close(CLOSE_CODES.tooSlow, 'too slow: the client did not read its events in time');
    // The close frame waits behind what the client has not read; a client that never reads is dropped.
    setTimeout(() => socket.terminate(), config.live.slowClientMs).unref();
  }

  return {
    get connections() {
      return wss.clients.size;
    },
    get connecting() {
      return admission.connecting;
    },
    async close(graceMs) {
      const closed = new Promise<void>((resolve) => { wss.close(() => resolve()); });
      for (const client of wss.clients) client.close(CLOSE_CODES.goingAway, 'server shutting down');
      const timer = setTimeout(() => { for (const client of wss.clients) client.terminate(); }, graceMs);
      await closed;
      clearTimeout(timer);
    },
  };
}
