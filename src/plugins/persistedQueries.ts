// Automatic persisted queries (Apollo APQ): clients send a query's hash and the server remembers the text in
// a bounded in-memory LRU cache, so an attacker cannot grow memory by registering queries.
import type { ApolloServerOptions } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Config } from '../config';
import type { RequestContext } from '../context';

export function persistedQueries(settings: Config['persistedQueries']): ApolloServerOptions<RequestContext>['persistedQueries'] {
  if (!settings.enabled) return false;
  return {
    cache: new InMemoryLRUCache<string>({ maxSize: settings.cacheBytes }),
    ttl: settings.ttlSeconds === 0 ? null : settings.ttlSeconds,
  };
}
