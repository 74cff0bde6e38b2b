// Gives what a write transaction created its place in the change feed that subscriptions read (src/live/): the
// transaction takes the next number from the one (:ChangeFeed) node and stamps its new facts and sources with
// it. Run last in the transaction: the node's write lock is held until commit, so numbers follow commit order
// and a reader that has seen number n will never later find a smaller one committed.
MERGE (feed:ChangeFeed {id: 'main'})
SET feed.seq = coalesce(feed.seq, 0) + 1
WITH feed.seq AS seq
CALL (seq) {
  UNWIND $factIds AS id
  MATCH (f:Fact {id: id})
  WHERE f.feedSeq IS NULL
  SET f.feedSeq = seq
}
CALL (seq) {
  UNWIND $sourceIds AS id
  MATCH (s:Source {id: id})
  WHERE s.feedSeq IS NULL
  SET s.feedSeq = seq
}
RETURN seq
