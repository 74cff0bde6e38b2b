// One page of sources in id order.
MATCH (s:Source)
WHERE s.id > $after
RETURN s {.id, .title, .publisher, .url, .publishedAt} AS source
ORDER BY s.id
LIMIT $limit
