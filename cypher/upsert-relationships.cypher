// Creates or updates typed relationships and attaches each supporting quote as provenance. One row per
// relationship id (callers group rows), each with its list of {sourceId, quote}, so one statement can write
// the relationships of several documents. The Fact node (unique id) anchors provenance and serialises
// concurrent writers of the same fact; the typed relationship carries the fact for traversal. $(rel.type) is a
// dynamic type, checked against the allow-list beforehand. A new quote (or a new span or rule) counts as an update.
UNWIND $relationships AS rel
MATCH (a:Entity {id: rel.from})
MATCH (b:Entity {id: rel.to})
MERGE (f:Fact {id: rel.id})
ON CREATE SET f.type = rel.type, f.from = rel.from, f.to = rel.to, f.createdAt = datetime(), f.createdBy = $actor, f._created = true
WITH rel, a, b, f, coalesce(f._created, false) AS factCreated
REMOVE f._created
WITH rel, a, b, f, factCreated
// The fact's MERGE (unique, locked) decides: a new fact gets a new relationship, an existing one is found by
// expanding between its two ends. A relationship MERGE with a dynamic type planned as a scan of every
// relationship and, across batches, failed to find existing ones.
CALL (rel, a, b, factCreated) {
  WITH rel, a, b, factCreated WHERE factCreated
  CREATE (a)-[r:$(rel.type) {id: rel.id}]->(b)
  SET r.createdAt = datetime(), r.createdBy = $actor, r._created = true
  RETURN r
  UNION
  WITH rel, a, b, factCreated WHERE NOT factCreated
  MATCH (a)-[r]->(b) WHERE r.id = rel.id
  RETURN r
}
WITH rel, f, r, [coalesce(r.since, '∅'), coalesce(r.until, '∅'), coalesce(r.confidence, '∅')] AS before
SET r.since = CASE WHEN rel.since IS NULL THEN r.since ELSE date(rel.since) END,
    r.until = CASE WHEN rel.until IS NULL THEN r.until ELSE date(rel.until) END,
    // A reader's confidence only raises the stored one (so articles re-read in any order agree); a document's replaces it.
    r.confidence = CASE WHEN rel.raiseConfidenceOnly AND rel.confidence < r.confidence THEN r.confidence ELSE coalesce(rel.confidence, r.confidence) END
WITH rel, f, r, coalesce(r._created, false) AS created,
     before <> [coalesce(r.since, '∅'), coalesce(r.until, '∅'), coalesce(r.confidence, '∅')] AS datesChanged
CALL (rel, f) {
  UNWIND rel.supports AS support
  MATCH (s:Source {id: support.sourceId})
  MERGE (s)-[p:SUPPORTS {quote: support.quote}]->(f)
  ON CREATE SET p.createdAt = datetime(), p.createdBy = $actor, p._created = true
  // Span (where the quote sits in the source's text) and rule come with quotes read from articles; a quote
  // given again without them keeps them.
  // The quote's own confidence weighs its publisher in the combined confidence (docs/corroboration.md).
  WITH p, support, [coalesce(p.spanStart, '∅'), coalesce(p.spanEnd, '∅'), coalesce(p.rule, '∅')] AS before
  SET p.spanStart = coalesce(support.spanStart, p.spanStart),
      p.spanEnd = coalesce(support.spanEnd, p.spanEnd),
      p.rule = coalesce(support.rule, p.rule),
      p.confidence = coalesce(support.confidence, p.confidence)
  WITH p, coalesce(p._created, false) OR before <> [coalesce(p.spanStart, '∅'), coalesce(p.spanEnd, '∅'), coalesce(p.rule, '∅')] AS added
  REMOVE p._created
  RETURN sum(CASE WHEN added THEN 1 ELSE 0 END) AS added
}
WITH r, created, datesChanged OR added > 0 AS changed
FOREACH (_ IN CASE WHEN changed AND NOT created THEN [1] ELSE [] END | SET r.updatedAt = datetime(), r.updatedBy = $actor)
REMOVE r._created
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN changed OR created THEN 0 ELSE 1 END) AS unchanged
