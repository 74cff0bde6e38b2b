// Stores on each relationship how many distinct sources support it and the day it was first reported, so
// `minSources` and the SOURCE_COUNT / FIRST_REPORTED sorts read a property instead of counting quotes for every
// relationship. Run in the writing transaction for the facts it wrote and the facts of the sources it wrote
// (a source's date may have changed). The other corroboration fields are computed when read
// (relationship-corroboration.cypher), as they depend on `asOf`.
CALL () {
  UNWIND $factIds AS id
  RETURN id
  UNION
  UNWIND $sourceIds AS sourceId
  MATCH (:Source {id: sourceId})-[:SUPPORTS]->(f:Fact)
  RETURN f.id AS id
}
MATCH (f:Fact {id: id})
// Both ends bound before the relationship is matched: Expand(Into) from the end with fewer relationships.
CALL (f) {
  MATCH (a:Entity {id: f.from}), (b:Entity {id: f.to})
  MATCH (a)-[r]->(b)
  WHERE r.id = f.id
  RETURN r
}
CALL (f) {
  OPTIONAL MATCH (s:Source)-[:SUPPORTS]->(f)
  RETURN count(DISTINCT s) AS sourceCount, min(s.reportedOn) AS firstReported
}
SET r.sourceCount = sourceCount, r.firstReported = firstReported
RETURN count(*) AS refreshed
