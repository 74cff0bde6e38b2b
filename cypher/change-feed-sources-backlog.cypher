// How many sources were created after a cursor, counted up to `$limit`; see
// change-feed-relationships-backlog.cypher.
MATCH (s:Source)
WHERE s.feedSeq >= $seq AND (s.feedSeq > $seq OR ($afterId IS NOT NULL AND s.id > $afterId))
WITH s
LIMIT $limit
RETURN count(s) AS backlog
