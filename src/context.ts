// The per-request context: loaders and the round-trip counter live exactly as long as one request.
import type { Config } from './config';
import { type Database, RoundTripCounter } from './db/database';
import { GraphLoaders } from './graph/loaders';
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
  requestId: string;
  /** The authenticated caller, or null for anonymous reads. */
  actor: Actor | null;
}

export function createContext(base: { config: Config; db: Database; readArticle: ArticleReader; requestId: string; actor: Actor | null }): RequestContext {
  const roundTrips = new RoundTripCounter();
  return { ...base, roundTrips, loaders: new GraphLoaders(base.db, roundTrips) };
}
