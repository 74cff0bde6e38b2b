// What the facts a write is about to touch hold now: dates, confidence and every supporting quote (with the day
// its source reports on). The write compares in JavaScript and then only creates or sets
// (src/facts/relationshipWrites.ts); facts not found are new. `relationship` (its element id) lets a write in the
// same transaction set it without matching it again (write-facts-batch.cypher).
// The typed relationship is found between its two ends, both bound first (inside CALL): the planner then expands
// from the end with fewer relationships (Expand(Into)) instead of walking every relationship of a hub.
UNWIND $ids AS id
MATCH (f:Fact {id: id})
CALL (f) {
  MATCH (a:Entity {id: f.from}), (b:Entity {id: f.to})
  MATCH (a)-[r]->(b)
  WHERE r.id = f.id
  RETURN r
}
RETURN id, elementId(r) AS relationship, toString(r.since) AS since, toString(r.until) AS until, r.confidence AS confidence,
       COLLECT {
         MATCH (s:Source)-[p:SUPPORTS]->(f)
         RETURN {sourceId: s.id, quote: p.quote, spanStart: p.spanStart, spanEnd: p.spanEnd, rule: p.rule,
                 confidence: p.confidence, reportedOn: toString(s.reportedOn)}
       } AS quotes
