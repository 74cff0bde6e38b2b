// Due feeds leased to one worker in one write. Setting _lock takes the feed's write lock before the lease is read
// again (Neo4j's lost-update idiom): of two workers that matched the same feed, the second waits for the first to
// commit, then sees its lease and leaves the feed alone. A crashed worker's lease simply runs out. `exclude`: the
// feeds a `--once` run has polled already.
MATCH (f:Feed)
WHERE f.nextPollAt <= datetime() AND (f.leaseUntil IS NULL OR f.leaseUntil < datetime()) AND NOT f.id IN $exclude
WITH f ORDER BY f.nextPollAt, f.id LIMIT $limit
SET f._lock = true
REMOVE f._lock
WITH f
WHERE f.leaseUntil IS NULL OR f.leaseUntil < datetime()
SET f.leaseUntil = datetime() + duration({milliseconds: $leaseMs}), f.leasedBy = $worker
RETURN f {.id, .url, .title, .format, .addedAt, .lastPolledAt, .lastError, .failures, .nextPollAt, .intervalSeconds, .itemsSeen, .articleCount, .itemsSkipped, .etag, .lastModified} AS feed
