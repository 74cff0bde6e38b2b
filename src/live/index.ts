// Live updates: subscriptions over WebSocket on the HTTP server's /graphql, fed by the database's change feed.
// The one entry to src/live/ for the server (src/server.ts) and the Subscription resolvers.
import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { Logger } from '../log';
import type { ArticleReader } from '../readingPool';
import { LiveFeed } from './feed';
import { serveWebSockets, type LiveWebSocketServer } from './webSocketServer';

export type { FeedEvent } from './changeFeed';
export { CLOSE_CODES } from './webSocketServer';
export { liveSubscriptionsOf, type RelationshipFilter } from './subscriptionContext';
export { SubscriptionsOverWebSocketRule } from './transportRules';

export interface Live {
  feed: LiveFeed;
  webSockets: LiveWebSocketServer;
  /** Apollo plugin: on stop, closes the WebSocket connections and ends the feed's polling. */
  plugin: ApolloServerPlugin;
}

export function serveLive(deps: { httpServer: http.Server; schema: GraphQLSchema; config: Config; db: Database; readArticle: ArticleReader; log: Logger }): Live {
  const feed = new LiveFeed(deps.db, deps.config.live, deps.log);
  const webSockets = serveWebSockets({ ...deps, feed });
  return {
    feed,
    webSockets,
    plugin: {
      async serverWillStart() {
        return {
          async drainServer() {
            await webSockets.close(deps.config.shutdownGraceMs);
            await feed.close();
          },
        };
      },
    },
  };
}
