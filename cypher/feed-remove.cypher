// A feed and the items it has seen; the sources ingested from it stay. No row when there was no such feed.
MATCH (f:Feed {id: $id})
CALL (f) {
  MATCH (i:FeedItem {feedId: f.id})
  DELETE i
}
DETACH DELETE f
RETURN true AS removed
