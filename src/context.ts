// The per-request context: loaders, the round-trip counter and the bookmarks live exactly as long as one request.
import type { Config } from './config';
import { RequestBookmarks } from './db/bookmarks';
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
  /** The request's view of the database: its sessions start from `bookmarks`. */
  db: Database;
  /** The client's bookmarks (x-neo4j-bookmark) and those of this request's writes. */
  bookmarks: RequestBookmarks;
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

export function createContext(base: {
  config: Config;
  db: Database;
  readArticle: ArticleReader;
  fetchPage?: Fetcher;
  requestId: string;
  actor: Actor | null;
  /** Bookmarks the client sent (src/http/bookmarkHeader.ts); every read and write of the request waits for them. */
  bookmarks?: readonly string[];
}): RequestContext {
  const roundTrips = new RoundTripCounter();
  const bookmarks = new RequestBookmarks(base.bookmarks);
  // Loaders get the request's view too, so DataLoader batches wait for the same bookmarks as resolvers' reads.
  const db = base.db.forRequest(bookmarks);
  return { ...base, db, bookmarks, fetchPage: base.fetchPage ?? fetcherFor(base.config.fetching), roundTrips, loaders: new GraphLoaders(db, roundTrips) };
}
