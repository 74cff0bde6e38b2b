// One item taken from a feed and what came of it, counted on its feed once: recording the same item again (a
// worker that ingested it and crashed before this) counts nothing. Nothing when the feed was removed meanwhile.
MATCH (f:Feed {id: $feedId})
MERGE (i:FeedItem {id: $id})
ON CREATE SET i.feedId = $feedId, i.link = $link, i.status = $status, i.reason = $reason, i.sourceId = $sourceId,
  i.seenAt = datetime(), i._new = true
WITH f, i, coalesce(i._new, false) AS isNew
REMOVE i._new
WITH f, i WHERE isNew
SET f.itemsSeen = f.itemsSeen + 1,
  f.articleCount = f.articleCount + CASE i.status WHEN 'ingested' THEN 1 ELSE 0 END,
  f.itemsSkipped = f.itemsSkipped + CASE i.status WHEN 'ingested' THEN 0 ELSE 1 END
