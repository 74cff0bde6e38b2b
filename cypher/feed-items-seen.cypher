// Which of a feed's items (by id: feed id and guid or link) were taken before, by any worker, before any restart.
MATCH (i:FeedItem)
WHERE i.id IN $ids
RETURN i.id AS id
