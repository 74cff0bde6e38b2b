// Sets the values the caller worked out for facts that changed (dates, confidence, source count, first day
// reported) and who changed them when. The typed relationship is found between its fact's two ends, both bound
// first so the planner expands from the end with fewer relationships (see stored-facts.cypher).
UNWIND $relationships AS rel
MATCH (f:Fact {id: rel.id})
CALL (f) {
  MATCH (a:Entity {id: f.from}), (b:Entity {id: f.to})
  MATCH (a)-[r]->(b)
  WHERE r.id = f.id
  RETURN r
}
SET r.since = date(rel.since), r.until = date(rel.until), r.confidence = rel.confidence,
    r.sourceCount = rel.sourceCount, r.firstReported = date(rel.firstReported),
    r.updatedAt = datetime(), r.updatedBy = $actor
