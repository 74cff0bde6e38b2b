// The feed worker: lease due feeds (src/graph/feeds.ts, one write, so two workers never hold one feed), poll them
// (FEED_CONCURRENCY at once; one request per host at a time), and repeat. `once` polls every feed due when it
// runs once each and returns; otherwise it keeps going until stopped.
import { setTimeout as sleep } from 'node:timers/promises';
import type { PollDeps, PollSummary } from './pollFeed';
import { pollFeed } from './pollFeed';

/** How long the worker waits before looking for due feeds again when none is due. */
const IDLE_MS = 5_000;

export interface RunOptions {
  once: boolean;
  signal?: AbortSignal;
}

export async function runWorker(deps: PollDeps, options: RunOptions): Promise<PollSummary[]> {
  const done: PollSummary[] = [];
  const polled = new Set<string>();
  while (!options.signal?.aborted) {
    // With --once, a feed polled in this run (a backlog makes it due again at once) waits for the next run.
    const leased = await deps.feeds.lease(deps.worker, deps.config.concurrency, deps.config.leaseSeconds * 1000, options.once ? [...polled] : []);
    if (leased.length === 0) {
      if (options.once) break;
      await sleep(IDLE_MS, undefined, { signal: options.signal }).catch(() => undefined);
      continue;
    }
    for (const feed of leased) polled.add(feed.id);
    done.push(...await Promise.all(leased.map((feed) => pollFeed(deps, feed).catch((error: unknown) => {
      // The database failed under the poll (a failed fetch is already recorded): the lease runs out and the feed is
      // polled again then; the worker carries on with the others.
      deps.log.error({ feed: feed.id, err: error }, 'feed poll broke off');
      return { feed: feed.id, result: 'error' as const, newItems: 0, ingested: 0, skipped: 0, failed: 0, backlog: 0 };
    }))));
  }
  return done;
}
