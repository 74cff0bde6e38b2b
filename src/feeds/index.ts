// Feeds (docs/feeds.md): `addFeed` checks a feed once; `npm run watch` polls the feeds and ingests their new items.
export { checkFeed, type CheckedFeed } from './checkFeed';
export { createFeedMetrics, type FeedMetrics } from './metrics';
export { HostQueue } from './hostQueue';
export { pollFeed, type PollDeps, type PollSummary } from './pollFeed';
export { robotsChecker } from './robots';
export { runWorker } from './worker';
