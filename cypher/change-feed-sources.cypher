// The sources created after a cursor, in commit order, keyset-paged on (feedSeq, id) like
// change-feed-relationships.cypher (`$afterId` null means "all of `$seq` already read").
MATCH (s:Source)
WHERE s.feedSeq >= $seq AND (s.feedSeq > $seq OR ($afterId IS NOT NULL AND s.id > $afterId))
WITH s
ORDER BY s.feedSeq, s.id
LIMIT $limit
RETURN s.feedSeq AS feedSeq, s.id AS id, s {.id, .title, .publisher, .url, .publishedAt} AS source
ORDER BY feedSeq, id
