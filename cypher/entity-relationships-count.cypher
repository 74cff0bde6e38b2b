// How many relationships each of many entities has, with the filters of entity-relationships.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r:$any($types)]-(:Entity)
  WHERE ($includeRetracted OR r.retractedAt IS NULL)
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
  RETURN count(r) AS count
}
RETURN id, count
