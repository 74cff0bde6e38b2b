// Apollo + HTTP wiring: plugins, limits, landing page, CORS, health, metrics. Features are plugins around a small core.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { createActorResolver } from './auth';
import type { Config } from './config';
import { createContext, type RequestContext } from './context';
import { Neo4jAvailability } from './db/availability';
import type { Database } from './db/database';
import type { Neo4jProcessStatus } from './db/supervisor';
import { formatError } from './errorMapping';
import { mountExplorer } from './explorer';
import { mountExports } from './export/routes';
import { mountHealth } from './http/health';
import { mountMetrics } from './http/metrics';
import { type Live, serveLive, SubscriptionsOverWebSocketRule } from './live';
import { bodyErrors, requestLimits } from './http/requestLimits';
import type { Logger } from './log';
import { availabilityPlugin } from './plugins/availability';
import { landingPagePlugin } from './plugins/landingPage';
import { createMetrics, type Metrics } from './plugins/metrics';
import { operationLimits } from './plugins/operationLimits';
import { noStorePlugin } from './plugins/noStore';
import { persistedQueries } from './plugins/persistedQueries';
import { requestLoggingPlugin } from './plugins/requestLogging';
import { fetcherFor } from './links';
import { ReadingPool } from './readingPool';
import { createSchema } from './schema';
import { KnownOperationTypesRule } from './validation/knownOperationTypes';
import { trustProxySetting } from './http/clientAddress';
import { BOOKMARK_HEADER, parseBookmarkHeader } from './http/bookmarkHeader';
import { bookmarksPlugin } from './plugins/bookmarks';

/** Origins Apollo Sandbox and Studio call from; always allowed so analysts can explore. */
export const SANDBOX_ORIGINS = ['https://studio.apollographql.com', 'https://sandbox.embed.apollographql.com', 'https://embeddable-sandbox.cdn.apollographql.com'];

export interface NewsgraphServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  availability: Neo4jAvailability;
  metrics: Metrics;
  /** Subscriptions over WebSocket on the same /graphql (src/live/). */
  live: Live;
  /** The worker threads that read articles for `extract` and `ingestArticle` (src/readingPool/). */
  reading: ReadingPool;
  /** Listens on `port` (0 = any free port) and resolves with the port. */
  listen(port: number): Promise<number>;
  /** Stops accepting connections, lets in-flight requests finish (up to the grace period), stops Apollo, ends the reading workers. */
  stop(): Promise<void>;
}

export async function createServer(deps: {
  config: Config;
  db: Database;
  log: Logger;
  plugins?: ApolloServerPlugin<RequestContext>[];
  /** The embedded Neo4j's supervisor, when this service runs its own Neo4j (NEO4J_URI unset). */
  neo4jProcess?: Neo4jProcessStatus;
}): Promise<NewsgraphServer> {
  const { config, db, log } = deps;
  const neo4jProcess = deps.neo4jProcess ?? null;
  const app = express();
  app.disable('x-powered-by');
  // Express hashes every body it sends for an ETag; GraphQL answers go out `no-store` (noStorePlugin) and POSTs are
  // never revalidated, so the hash was CPU spent on each answer for nothing. Static files keep their own ETags.
  app.set('etag', false);
  app.set('trust proxy', trustProxySetting(config.trustProxy));
  const httpServer = http.createServer(app);
  const availability = new Neo4jAvailability(db, { probeIntervalMs: config.neo4j.probeIntervalMs, log });
  // A dead Java process is an outage known before any request finds it; a restarted one is worth a ping at once.
  neo4jProcess?.onEvent((event) => {
    if (event.type === 'exit' || event.type === 'failed') availability.markDown('the embedded neo4j process exited');
    if (event.type === 'up' && event.restarted) void availability.check();
  });
  const metrics = createMetrics(db, availability, neo4jProcess);
  const limits = operationLimits(config.limits, { blockFieldSuggestions: config.production });
  // One schema for Apollo (HTTP) and graphql-ws (subscriptions over WebSocket on the same server and path).
  const schema = createSchema();
  // Workers start on the first article and are terminated by stop(), after in-flight requests have drained.
  const reading = new ReadingPool(config.articleReading, log);
  const readArticle = reading.read;
  // Built once, so a bad FETCH_ALLOWED_HOSTS entry stops the start rather than the first link.
  const fetchPage = fetcherFor(config.fetching);
  const live = serveLive({ httpServer, schema, config, db, readArticle, log });

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts owns signal handling, so shutdown happens in one order: HTTP, Apollo, driver, Neo4j.
    stopOnTerminationSignals: false,
    formatError,
    validationRules: [KnownOperationTypesRule, SubscriptionsOverWebSocketRule, ...limits.validationRules],
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: config.limits.maxBatch > 0,
    persistedQueries: persistedQueries(config.persistedQueries),
    csrfPrevention: config.csrfPrevention,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      live.plugin,
      // No field sets cache hints (answers change with every write), so Apollo's per-field cache-control
      // bookkeeping would only cost time on every resolved field (seen in CPU profiles of large neighbourhoods);
      // noStorePlugin sends the `no-store` it would have sent.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      // Apollo Sandbox where it is on (development); elsewhere our own page for browsers (src/plugins/landingPage.ts).
      config.landingPage ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }) : landingPagePlugin(),
      ...limits.plugins,
      availabilityPlugin(availability),
      requestLoggingPlugin(log),
      metrics.plugin,
      bookmarksPlugin(),
      ...(deps.plugins ?? []),
    ],
  });
  await apollo.start();

  mountHealth(app, availability, neo4jProcess);
  metrics.watchExports(mountExports(app, { config, db, log }));
  if (config.metricsEnabled) mountMetrics(app, config, metrics);
  mountExplorer(app);

  // Request headers are allowed as the preflight asks (cors's default), x-neo4j-bookmark among them; a browser
  // lets a page read a response header only when it is exposed.
  const corsOptions = cors<cors.CorsRequest>({ origin: [...SANDBOX_ORIGINS, ...config.corsOrigins], credentials: false, maxAge: 600, exposedHeaders: [BOOKMARK_HEADER] });
  const actorOf = createActorResolver(config);
  const graphql = expressMiddleware(apollo, {
    context: async ({ req }) => createContext({
      config,
      db,
      readArticle,
      fetchPage,
      requestId: req.header('x-request-id')?.slice(0, 100) || randomUUID(),
      actor: await actorOf(req.header('authorization')),
      bookmarks: parseBookmarkHeader(req.header(BOOKMARK_HEADER)),
    }),
  });
  app.use(['/graphql', '/'], corsOptions, ...requestLimits(config.limits), graphql);
  app.use(bodyErrors);

  return {
    app,
    httpServer,
    apollo,
    availability,
    metrics,
    live,
    reading,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      availability.stop();
      await apollo.stop();
      await reading.close();
    },
  };
}
