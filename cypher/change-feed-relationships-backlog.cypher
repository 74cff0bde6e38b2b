// How many relationships were created after a cursor, counted up to `$limit`: whether a subscriber resuming
// from that cursor (`after:`) is within the replay bound. The same keyset seek as
// change-feed-relationships.cypher; the LIMIT stops the count at the bound, so a very old cursor costs no more.
MATCH (f:Fact)
WHERE f.feedSeq >= $seq AND (f.feedSeq > $seq OR ($afterId IS NOT NULL AND f.id > $afterId))
WITH f
LIMIT $limit
RETURN count(f) AS backlog
