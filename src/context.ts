// The per-request context: loaders and the round-trip counter live exactly as long as one request.
import type { Config } from './config';
import { type Database, RoundTripCounter } from './db/database';
import { GraphLoaders } from './graph/loaders';
import type { Fetcher } from './fetching';
import { fetcherFor } from './links';
import type { ArticleReader } from './readingPool';

export interface Actor {
  /** The token's subject, stored on what this request writes. */
  subject: string;
  roles: string[];
  /** When the token stops being accepted (its `exp`), in ms since the epoch: a WebSocket opened with it closes then. */
  expiresAt: number;
}

export interface RequestContext {
  config: Config;
  db: Database;
  loaders: GraphLoaders;
  roundTrips: RoundTripCounter;
  /** Reads articles off the main thread (the server's reading pool). */
  readArticle: ArticleReader;
  /** Fetches the links users give, safely (src/fetching/). */
  fetchPage: Fetcher;
  requestId: string;
  /** The authenticated caller, or null for anonymous reads. */
  actor: Actor | null;
}

export function createContext(base: { config: Config; db: Database; readArticle: ArticleReader; fetchPage?: Fetcher; requestId: string; actor: Actor | null }): RequestContext {
  const roundTrips = new RoundTripCounter();
  return { ...base, fetchPage: base.fetchPage ?? fetcherFor(base.config.fetching), roundTrips, loaders: new GraphLoaders(base.db, roundTrips) };
}
