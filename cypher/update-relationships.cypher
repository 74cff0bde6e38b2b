// Sets the values the caller worked out for facts that changed (dates, confidence, source count, first day
// reported) and who changed them when. The typed relationship is found from its fact's two ends.
UNWIND $relationships AS rel
MATCH (f:Fact {id: rel.id})
MATCH (:Entity {id: f.from})-[r]->(:Entity {id: f.to})
WHERE r.id = rel.id
SET r.since = date(rel.since), r.until = date(rel.until), r.confidence = rel.confidence,
    r.sourceCount = rel.sourceCount, r.firstReported = date(rel.firstReported),
    r.updatedAt = datetime(), r.updatedBy = $actor
