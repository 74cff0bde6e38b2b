// Records quotes that dispute facts: (:Source)-[:DISPUTES {quote}]->(:Fact). A dispute never creates a fact;
// the caller has checked that each fact exists (or is written in the same transaction). One row per quote;
// the same quote again changes nothing. Counts created and unchanged (a dispute has nothing to update).
UNWIND $disputes AS d
MATCH (f:Fact {id: d.id})
MATCH (s:Source {id: d.sourceId})
MERGE (s)-[p:DISPUTES {quote: d.quote}]->(f)
ON CREATE SET p.createdAt = datetime(), p.createdBy = $actor, p.spanStart = d.spanStart, p.spanEnd = d.spanEnd,
              p.rule = d.rule, p.confidence = d.confidence, p._created = true
WITH p, coalesce(p._created, false) AS created
REMOVE p._created
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, 0 AS updated, sum(CASE WHEN created THEN 0 ELSE 1 END) AS unchanged
