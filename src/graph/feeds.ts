// Feeds and the items they have seen (src/feeds/): params in, domain models out.
import type { ManagedTransaction } from 'neo4j-driver';
import { type Database, type RoundTripCounter, type Row, runIn } from '../db/database';
import { integer, map, oneOf, optDateTime, optStr, str } from '../db/rowShape';
import { int } from '../db/values';
import type { FeedModel } from './models';
import type { Page } from './pagination';

/** A feed as the worker holds it: the model and the validators of its last copy. */
export interface LeasedFeed extends FeedModel {
  etag: string | null;
  lastModified: string | null;
}

const FORMATS: ReadonlySet<string> = new Set(['RSS2', 'RSS1', 'ATOM']);
const isFormat = (value: string): value is FeedModel['format'] => FORMATS.has(value);

function toFeed(row: Row): LeasedFeed {
  const f = map(row, 'feed');
  return {
    id: str(f, 'id'),
    url: str(f, 'url'),
    title: optStr(f, 'title'),
    format: oneOf(f, 'format', 'a feed format', isFormat),
    addedAt: optDateTime(f, 'addedAt') ?? '',
    lastPolledAt: optDateTime(f, 'lastPolledAt'),
    lastError: optStr(f, 'lastError'),
    consecutiveFailures: integer(f, 'failures'),
    nextPollAt: optDateTime(f, 'nextPollAt') ?? '',
    pollIntervalSeconds: integer(f, 'intervalSeconds'),
    itemsSeen: integer(f, 'itemsSeen'),
    articleCount: integer(f, 'articleCount'),
    itemsSkipped: integer(f, 'itemsSkipped'),
    etag: optStr(f, 'etag'),
    lastModified: optStr(f, 'lastModified'),
  };
}

export interface NewFeed {
  id: string;
  url: string;
  format: FeedModel['format'];
  title: string | null;
  intervalSeconds: number;
}

export interface ItemRecord {
  feedId: string;
  id: string;
  link: string | null;
  status: 'ingested' | 'skipped' | 'failed';
  reason: string | null;
  sourceId: string | null;
}

export interface PollOutcome {
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  intervalSeconds: number;
  nextPollSeconds: number;
}

/** Writes inside the mutation's one transaction. */
export async function addFeed(tx: ManagedTransaction, feed: NewFeed, actor: string): Promise<FeedModel> {
  const [row] = await runIn(tx, 'feed-add', { ...feed, intervalSeconds: int(feed.intervalSeconds), actor });
  if (!row) throw new Error('feed-add returned no row');
  return toFeed(row);
}

export async function removeFeed(tx: ManagedTransaction, id: string): Promise<boolean> {
  return (await runIn(tx, 'feed-remove', { id })).length > 0;
}

export class FeedRepository {
  constructor(private readonly db: Database, private readonly counter?: RoundTripCounter) {}

  async page(page: Page): Promise<FeedModel[]> {
    return (await this.db.read('feeds-page', { after: page.after, limit: int(page.limit) }, this.counter)).map(toFeed);
  }

  async count(): Promise<number> {
    const [row] = await this.db.read('feeds-count', {}, this.counter);
    return row ? integer(row, 'count') : 0;
  }

  /** Leases up to `limit` due feeds to `worker` for `leaseMs`, in one write. */
  async lease(worker: string, limit: number, leaseMs: number, exclude: readonly string[] = []): Promise<LeasedFeed[]> {
    const rows = await this.db.write((tx) => runIn(tx, 'feeds-lease', { worker, limit: int(limit), leaseMs: int(leaseMs), exclude }));
    return rows.map(toFeed);
  }

  /** Which of these item ids were seen before. */
  async seen(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.read('feed-items-seen', { ids });
    return new Set(rows.map((r) => str(r, 'id')));
  }

  async recordItem(item: ItemRecord): Promise<void> {
    await this.db.write((tx) => runIn(tx, 'feed-item-record', { ...item }));
  }

  async polled(id: string, worker: string, outcome: PollOutcome): Promise<void> {
    await this.db.write((tx) => runIn(tx, 'feed-polled', { id, worker, ...outcome, intervalSeconds: int(outcome.intervalSeconds), nextPollSeconds: int(outcome.nextPollSeconds) }));
  }

  async pollFailed(id: string, worker: string, error: string, intervalSeconds: number): Promise<void> {
    await this.db.write((tx) => runIn(tx, 'feed-poll-failed', { id, worker, error, intervalSeconds: int(intervalSeconds) }));
  }
}
