// The worker's Prometheus metrics, on a registry of its own (the worker is its own process): items seen, ingested,
// skipped and failed per feed, and polls by result. Served by `npm run watch` when FEED_METRICS_PORT is set.
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';

export type ItemOutcome = 'seen' | 'ingested' | 'skipped' | 'failed';
export type PollResult = 'ok' | 'not_modified' | 'error';

export interface FeedMetrics {
  registry: Registry;
  item(feed: string, outcome: ItemOutcome): void;
  poll(feed: string, result: PollResult): void;
}

export function createFeedMetrics(withDefaults = false): FeedMetrics {
  const registry = new Registry();
  if (withDefaults) collectDefaultMetrics({ register: registry, prefix: 'newsgraph_watch_' });
  const items = new Counter({ name: 'newsgraph_feed_items_total', help: 'Feed items by outcome (seen: new to the worker; then ingested, skipped or failed), per feed', labelNames: ['feed', 'outcome'], registers: [registry] });
  const polls = new Counter({ name: 'newsgraph_feed_polls_total', help: 'Feed polls by result (ok, not_modified, error), per feed', labelNames: ['feed', 'result'], registers: [registry] });
  return {
    registry,
    item: (feed, outcome) => items.inc({ feed, outcome }),
    poll: (feed, result) => polls.inc({ feed, result }),
  };
}
