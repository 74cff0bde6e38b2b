// Creates or updates typed relationships and attaches the source's quote as provenance. The Fact node
// (unique id) anchors provenance and serialises concurrent writers of the same fact; the typed relationship
// carries the fact for traversal. $(rel.type) is a dynamic type, checked against the allow-list beforehand.
// Each row names its source, so one statement can write the relationships of several documents.
UNWIND $relationships AS rel
MATCH (a:Entity {id: rel.from})
MATCH (b:Entity {id: rel.to})
MATCH (s:Source {id: rel.sourceId})
MERGE (f:Fact {id: rel.id})
ON CREATE SET f.type = rel.type, f.from = rel.from, f.to = rel.to, f.createdAt = datetime(), f.createdBy = $actor
MERGE (a)-[r:$(rel.type) {id: rel.id}]->(b)
ON CREATE SET r.createdAt = datetime(), r.createdBy = $actor, r._created = true
WITH rel, f, s, r, [coalesce(r.since, '∅'), coalesce(r.until, '∅'), coalesce(r.confidence, '∅')] AS before
SET r.since = CASE WHEN rel.since IS NULL THEN r.since ELSE date(rel.since) END,
    r.until = CASE WHEN rel.until IS NULL THEN r.until ELSE date(rel.until) END,
    r.confidence = coalesce(rel.confidence, r.confidence)
FOREACH (_ IN CASE WHEN before <> [coalesce(r.since, '∅'), coalesce(r.until, '∅'), coalesce(r.confidence, '∅')] AND NOT coalesce(r._created, false) THEN [1] ELSE [] END |
  SET r.updatedAt = datetime(), r.updatedBy = $actor)
MERGE (s)-[p:SUPPORTS {quote: rel.quote}]->(f)
ON CREATE SET p.createdAt = datetime(), p.createdBy = $actor, p._created = true
WITH r, p, coalesce(r._created, false) AS created,
     before <> [coalesce(r.since, '∅'), coalesce(r.until, '∅'), coalesce(r.confidence, '∅')] OR coalesce(p._created, false) AS changed
REMOVE r._created, p._created
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN changed OR created THEN 0 ELSE 1 END) AS unchanged
