// Apollo + HTTP wiring: plugins, landing page, CORS, health. Features are plugins around a small core.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { createActorResolver } from './auth';
import { REPO_ROOT, type Config } from './config';
import { createContext, type RequestContext } from './context';
import type { Database } from './db/database';
import { formatError } from './errorMapping';
import { mountExplorer } from './explorer';
import type { Logger } from './log';
import { requestLoggingPlugin } from './plugins/requestLogging';
import { resolvers } from './resolvers';
import { KnownOperationTypesRule } from './validation/knownOperationTypes';

/** Origins Apollo Sandbox and Studio call from; always allowed so analysts can explore. */
export const SANDBOX_ORIGINS = ['https://studio.apollographql.com', 'https://sandbox.embed.apollographql.com', 'https://embeddable-sandbox.cdn.apollographql.com'];

export function loadTypeDefs(): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8');
}

export interface NewsgraphServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** Listens on `port` (0 = any free port) and resolves with the port. */
  listen(port: number): Promise<number>;
  stop(): Promise<void>;
}

export async function createServer(deps: { config: Config; db: Database; log: Logger }): Promise<NewsgraphServer> {
  const { config, db, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts owns signal handling, so shutdown happens in one order: HTTP, Apollo, driver, Neo4j.
    stopOnTerminationSignals: false,
    formatError,
    validationRules: [KnownOperationTypesRule],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.landingPage ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }) : ApolloServerPluginLandingPageDisabled(),
      requestLoggingPlugin(log),
    ],
  });
  await apollo.start();

  app.get('/health/live', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/health/ready', async (_req, res) => {
    try {
      await db.read('ping');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'neo4j does not answer' });
    }
  });

  mountExplorer(app);

  const corsOptions = cors<cors.CorsRequest>({ origin: [...SANDBOX_ORIGINS, ...config.corsOrigins], credentials: false, maxAge: 600 });
  const actorOf = createActorResolver(config);
  const graphql = expressMiddleware(apollo, {
    context: async ({ req }) => createContext({ config, db, requestId: req.header('x-request-id')?.slice(0, 100) || randomUUID(), actor: await actorOf(req.header('authorization')) }),
  });
  app.use(['/graphql', '/'], corsOptions, express.json({ limit: '1mb' }), graphql);

  return {
    app,
    httpServer,
    apollo,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: () => apollo.stop(),
  };
}
