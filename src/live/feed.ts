// The instance's change feed with its two channels, and the subscriptions one operation may open on it.
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { RelationshipModel, SourceModel } from '../graph/models';
import type { Logger } from '../log';
import { ChangeFeed } from './changeFeed';
import { feedReads } from './feedReads';
import { type LiveSubscriptions, matchesRelationship } from './subscriptionContext';

type Channels = { relationships: RelationshipModel; sources: SourceModel };

export class LiveFeed {
  readonly feed: ChangeFeed<Channels>;
  readonly pollMs: number;

  constructor(db: Database, config: Config['live'], log: Logger) {
    this.pollMs = config.pollMs;
    const reads = feedReads(db);
    this.feed = new ChangeFeed<Channels>(reads.position, { relationships: reads.relationshipsAfter, sources: reads.sourcesAfter }, {
      pollMs: config.pollMs,
      maxQueuedEvents: config.maxQueuedEvents,
      slowClientMs: config.slowClientMs,
      log,
    });
  }

  /** The subscriptions of one operation; `onSlow` drops its connection when it does not keep up. */
  subscriptionsFor(onSlow: () => void): LiveSubscriptions {
    return {
      relationshipsAdded: (filter) => this.feed.subscribe('relationships', (rel) => matchesRelationship(filter, rel), onSlow),
      sourcesAdded: () => this.feed.subscribe('sources', () => true, onSlow),
    };
  }

  close(): Promise<void> {
    return this.feed.close();
  }
}
