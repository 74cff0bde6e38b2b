// One page of feeds in id order.
MATCH (f:Feed)
WHERE f.id > $after
RETURN f {.id, .url, .title, .format, .addedAt, .lastPolledAt, .lastError, .failures, .nextPollAt, .intervalSeconds, .itemsSeen, .articleCount, .itemsSkipped, .etag, .lastModified} AS feed
ORDER BY f.id
LIMIT $limit
