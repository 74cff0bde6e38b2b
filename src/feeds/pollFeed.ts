// One poll of one leased feed: fetch it (conditional GET), find the items no worker has taken before (their keys
// are in the database), take at most FEED_MAX_ITEMS_PER_POLL of them, and for each fetch its page (robots.txt
// asked, one request per host at a time) and ingest it through the same path as `ingestArticle` with a url. Each
// item is recorded once it is done, so a restart or a second poll fetches none of them again.
import type { FeedsConfig } from '../config';
import type { Database } from '../db/database';
import { BadUserInputError } from '../errors';
import { ingestArticle } from '../facts/articleIngest';
import type { Fetcher } from '../fetching';
import type { FeedRepository, ItemRecord, LeasedFeed } from '../graph/feeds';
import { readLink } from '../links';
import type { Logger } from '../log';
import { feedItemId } from './feedId';
import { type FeedFetch, FeedRefusal, fetchFeed } from './fetchFeed';
import type { HostQueue } from './hostQueue';
import type { FeedMetrics } from './metrics';
import type { FeedItem } from './parseFeed';
import type { RobotsCheck } from './robots';
import { afterFailure, afterSuccess } from './schedule';

export interface PollDeps {
  db: Database;
  feeds: FeedRepository;
  fetch: Fetcher;
  robots: RobotsCheck;
  hosts: HostQueue;
  metrics: FeedMetrics;
  log: Logger;
  config: FeedsConfig;
  articleMaxBytes: number;
  readTimeoutMs: number;
  worker: string;
}

export interface PollSummary {
  feed: string;
  result: 'ok' | 'not_modified' | 'error';
  newItems: number;
  ingested: number;
  skipped: number;
  failed: number;
  /** New items left for the next poll (over FEED_MAX_ITEMS_PER_POLL). */
  backlog: number;
}

type ItemResult = Pick<ItemRecord, 'status' | 'reason' | 'sourceId'>;

/** Fetches, reads and ingests one item; never throws (what went wrong is the result). */
async function takeItem(deps: PollDeps, feed: LeasedFeed, item: FeedItem, ingestSlot: () => Promise<() => void>): Promise<ItemResult> {
  const link = item.link;
  if (!link) return { status: 'skipped', reason: 'NO_LINK', sourceId: null };
  // The slot is taken before the fetch: the next page is fetched while this one is ingested, and no more pages
  // than slots wait in memory.
  const release = await ingestSlot();
  try {
    const page = await deps.hosts.run(link, async () => {
      if (!await deps.robots(link)) return null;
      return readLink(link, { fetch: deps.fetch, maxTextBytes: deps.articleMaxBytes, timeoutMs: deps.readTimeoutMs });
    });
    if (!page) return { status: 'skipped', reason: 'ROBOTS', sourceId: null };
    const { source } = await ingestArticle(deps.db, { ...page }, { actor: `feed:${feed.id}` });
    return { status: 'ingested', reason: null, sourceId: source.id };
  } catch (error) {
    if (error instanceof BadUserInputError) return { status: 'skipped', reason: String(error.extensions.reason ?? 'BAD_INPUT'), sourceId: null };
    deps.log.warn({ feed: feed.id, link, err: error }, 'feed item failed');
    return { status: 'failed', reason: error instanceof Error ? error.message.slice(0, 500) : 'unknown error', sourceId: null };
  } finally {
    release();
  }
}

/** At most `n` holders at once; each caller waits for a slot and gets its release. */
function slots(n: number): () => Promise<() => void> {
  let free = n;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free += 1;
  };
  return () => new Promise((resolve) => {
    if (free > 0) {
      free -= 1;
      resolve(release);
    } else waiting.push(() => resolve(release));
  });
}

/** The items not taken before, first occurrence of each key, in the feed's order. */
async function newItems(deps: PollDeps, feed: LeasedFeed, items: FeedItem[]): Promise<FeedItem[]> {
  const unique = [...new Map(items.map((i) => [i.key, i])).values()];
  const seen = await deps.feeds.seen(unique.map((i) => feedItemId(feed.id, i.key)));
  return unique.filter((i) => !seen.has(feedItemId(feed.id, i.key)));
}

export async function pollFeed(deps: PollDeps, feed: LeasedFeed): Promise<PollSummary> {
  const summary: PollSummary = { feed: feed.id, result: 'ok', newItems: 0, ingested: 0, skipped: 0, failed: 0, backlog: 0 };
  const log = deps.log.child({ feed: feed.id });
  let fetched: FeedFetch;
  try {
    fetched = await deps.hosts.run(feed.url, () => fetchFeed(feed.url, deps.fetch, deps.robots, feed));
  } catch (error) {
    const message = error instanceof FeedRefusal ? `${error.reason}: ${error.message}` : `ERROR: ${error instanceof Error ? error.message : String(error)}`;
    const interval = afterFailure(deps.config, feed.consecutiveFailures);
    await deps.feeds.pollFailed(feed.id, deps.worker, message.slice(0, 1000), interval);
    deps.metrics.poll(feed.id, 'error');
    log.warn({ error: message, nextPollSeconds: interval }, 'feed poll failed');
    return { ...summary, result: 'error' };
  }
  if (fetched.notModified) {
    const interval = afterSuccess(deps.config, feed.pollIntervalSeconds, 0);
    await deps.feeds.polled(feed.id, deps.worker, { title: null, etag: fetched.etag, lastModified: fetched.lastModified, intervalSeconds: interval, nextPollSeconds: interval });
    deps.metrics.poll(feed.id, 'not_modified');
    log.info({ nextPollSeconds: interval }, 'feed not modified');
    return { ...summary, result: 'not_modified' };
  }
  const fresh = await newItems(deps, feed, fetched.feed.items);
  const taken = fresh.slice(0, deps.config.maxItemsPerPoll);
  summary.newItems = taken.length;
  summary.backlog = fresh.length - taken.length;
  log.info({ items: fetched.feed.items.length, new: fresh.length, taking: taken.length }, 'feed fetched');
  const ingestSlot = slots(deps.config.ingestConcurrency);
  await Promise.all(taken.map(async (item) => {
    deps.metrics.item(feed.id, 'seen');
    const result = await takeItem(deps, feed, item, ingestSlot);
    await deps.feeds.recordItem({ feedId: feed.id, id: feedItemId(feed.id, item.key), link: item.link, ...result });
    deps.metrics.item(feed.id, result.status);
    summary[result.status === 'ingested' ? 'ingested' : result.status === 'skipped' ? 'skipped' : 'failed'] += 1;
    log.debug({ link: item.link, status: result.status, reason: result.reason }, 'feed item');
  }));
  const interval = afterSuccess(deps.config, feed.pollIntervalSeconds, taken.length);
  // Items left over: poll again soon, and without validators, or a 304 would hide them until the feed changes.
  const backlog = summary.backlog > 0;
  await deps.feeds.polled(feed.id, deps.worker, {
    title: fetched.feed.title,
    etag: backlog ? null : fetched.etag,
    lastModified: backlog ? null : fetched.lastModified,
    intervalSeconds: interval,
    nextPollSeconds: backlog ? 0 : interval,
  });
  deps.metrics.poll(feed.id, 'ok');
  log.info({ ingested: summary.ingested, skipped: summary.skipped, failed: summary.failed, backlog: summary.backlog, nextPollSeconds: backlog ? 0 : interval }, 'feed polled');
  return summary;
}
