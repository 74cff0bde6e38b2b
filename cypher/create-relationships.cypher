// Creates new facts: the (:Fact) that anchors provenance, its typed relationship (with the source count and
// first day reported worked out by the caller) and its supporting quotes, created outright since nothing can
// support a fact before it exists. Only for ids the caller found absent: a concurrent writer that
// created one first makes the unique constraint fail and the whole transaction reruns (Database.write).
// $(rel.type) is a dynamic type, checked against the allow-list beforehand.
UNWIND $relationships AS rel
MATCH (a:Entity {id: rel.from})
MATCH (b:Entity {id: rel.to})
CREATE (f:Fact {id: rel.id, type: rel.type, from: rel.from, to: rel.to, createdAt: datetime(), createdBy: $actor})
CREATE (a)-[:$(rel.type) {id: rel.id, createdAt: datetime(), createdBy: $actor, since: date(rel.since), until: date(rel.until),
                         confidence: rel.confidence, sourceCount: rel.sourceCount, firstReported: date(rel.firstReported)}]->(b)
WITH f, rel
UNWIND rel.supports AS q
MATCH (s:Source {id: q.sourceId})
CREATE (s)-[:SUPPORTS {quote: q.quote, spanStart: q.spanStart, spanEnd: q.spanEnd, rule: q.rule, confidence: q.confidence,
                      createdAt: datetime(), createdBy: $actor}]->(f)
