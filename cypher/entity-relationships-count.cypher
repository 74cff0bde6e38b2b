// How many relationships each of many entities has, with the filters of entity-relationships.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r:$any($types)]-(:Entity)
  WHERE ($includeRetracted OR r.retractedAt IS NULL OR ($asOf IS NOT NULL AND date(r.retractedAt) > date($asOf)))
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
  WITH r,
       CASE WHEN $asOf IS NULL THEN coalesce(r.sourceCount, 0)
            ELSE size(COLLECT { MATCH (s:Source)-[:SUPPORTS]->(:Fact {id: r.id}) WHERE s.reportedOn <= date($asOf) RETURN DISTINCT s.id })
       END AS sourceCount
  WHERE ($asOf IS NULL OR sourceCount > 0) AND ($minSources IS NULL OR sourceCount >= $minSources)
  RETURN count(r) AS count
}
RETURN id, count
