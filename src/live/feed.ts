// The instance's change feed with its two channels, and the subscriptions one operation may open on it.
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { RelationshipModel, SourceModel } from '../graph/models';
import type { Logger } from '../log';
import { ChangeFeed } from './changeFeed';
import { decodeCursor } from './feedCursor';
import { feedReads } from './feedReads';
import { type LiveSubscriptions, matchesRelationship } from './subscriptionContext';

type Channels = { relationships: RelationshipModel; sources: SourceModel };

/** What the feed needs of a subscription's connection. */
export interface Connection {
  /** Drops the connection: its client does not keep up. */
  onSlow: () => void;
  /** Bytes the connection holds that the network has not taken yet. */
  unsent: () => number;
}

export class LiveFeed {
  readonly feed: ChangeFeed<Channels>;
  readonly pollMs: number;

  constructor(db: Database, config: Config['live'], log: Logger) {
    this.pollMs = config.pollMs;
    const reads = feedReads(db);
    this.feed = new ChangeFeed<Channels>(reads.position, { relationships: reads.relationships, sources: reads.sources }, {
      pollMs: config.pollMs,
      maxQueuedEvents: config.maxQueuedEvents,
      slowClientMs: config.slowClientMs,
      maxReplayEvents: config.maxReplayEvents,
      log,
    });
  }

  /** The subscriptions of one operation on `connection`. */
  subscriptionsFor(connection: Connection): LiveSubscriptions {
    const after = (channel: keyof Channels, cursor: string | null) => (cursor === null ? null : decodeCursor(channel, cursor));
    return {
      relationshipsAdded: (filter, cursor) => this.feed.subscribe('relationships', (rel) => matchesRelationship(filter, rel), { ...connection, after: after('relationships', cursor) }),
      sourcesAdded: (cursor) => this.feed.subscribe('sources', () => true, { ...connection, after: after('sources', cursor) }),
    };
  }

  close(): Promise<void> {
    return this.feed.close();
  }
}
