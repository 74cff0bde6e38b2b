// A feed by its URL's id: created once, due at once; adding the same URL again finds it and changes nothing.
MERGE (f:Feed {id: $id})
ON CREATE SET f.url = $url, f.format = $format, f.title = $title, f.addedAt = datetime(), f.addedBy = $actor,
  f.nextPollAt = datetime(), f.intervalSeconds = $intervalSeconds, f.failures = 0,
  f.itemsSeen = 0, f.articleCount = 0, f.itemsSkipped = 0
RETURN f {.id, .url, .title, .format, .addedAt, .lastPolledAt, .lastError, .failures, .nextPollAt, .intervalSeconds, .itemsSeen, .articleCount, .itemsSkipped, .etag, .lastModified} AS feed
