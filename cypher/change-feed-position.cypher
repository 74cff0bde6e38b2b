// Where the change feed stands now: the number of the last write transaction that created facts or sources (0
// before the first). A new subscriber starts here, so it sees only what commits after it subscribed.
OPTIONAL MATCH (feed:ChangeFeed {id: 'main'})
RETURN coalesce(feed.seq, 0) AS seq
