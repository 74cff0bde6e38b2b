// Moves each of the duplicate's relationships onto the kept entity: the relationship and its fact get the id
// their new ends give them. When the kept entity already has that relationship, the two combine: its sources
// gain the moved one's quotes and missing dates/confidence are filled in. Relationships between the two
// entities become self-loops, which facts may not be, so they are kept but retracted. Old ids are remembered
// in the fact's formerIds.
UNWIND $moves AS move
MATCH (oldF:Fact {id: move.oldId})
MATCH (:Entity {id: oldF.from})-[old]->(:Entity {id: oldF.to})
WHERE old.id = move.oldId
MATCH (a:Entity {id: move.from})
MATCH (b:Entity {id: move.to})
MERGE (f:Fact {id: move.newId})
ON CREATE SET f += oldF {.*, id: move.newId, from: move.from, to: move.to, _created: true}
MERGE (a)-[r:$(move.type) {id: move.newId}]->(b)
ON CREATE SET r += old {.*, id: move.newId, _created: true}
SET r.since = coalesce(r.since, old.since),
    r.until = coalesce(r.until, old.until),
    r.confidence = coalesce(r.confidence, old.confidence),
    f.formerIds = coalesce(f.formerIds, []) + coalesce(oldF.formerIds, []) + [move.oldId],
    r.updatedAt = datetime(), r.updatedBy = $actor
WITH move, oldF, old, f, r, coalesce(r._created, false) AS created
// Quotes move with every property (span, rule, confidence); supporting and disputing ones alike.
CALL (oldF, f) {
  MATCH (s:Source)-[p:SUPPORTS]->(oldF)
  MERGE (s)-[q:SUPPORTS {quote: p.quote}]->(f)
  ON CREATE SET q += p {.*}
}
CALL (oldF, f) {
  MATCH (s:Source)-[p:DISPUTES]->(oldF)
  MERGE (s)-[q:DISPUTES {quote: p.quote}]->(f)
  ON CREATE SET q += p {.*}
}
FOREACH (_ IN CASE WHEN move.selfLoop AND r.retractedAt IS NULL THEN [1] ELSE [] END |
  SET r.retractedAt = datetime(), r.retractedBy = $actor, r.retractionReason = $selfLoopReason,
      f.retractedAt = r.retractedAt, f.retractedBy = $actor, f.retractionReason = $selfLoopReason)
REMOVE r._created, f._created
DELETE old
DETACH DELETE oldF
RETURN sum(CASE WHEN created AND NOT move.selfLoop THEN 1 ELSE 0 END) AS moved,
       sum(CASE WHEN created OR move.selfLoop THEN 0 ELSE 1 END) AS combined,
       sum(CASE WHEN move.selfLoop THEN 1 ELSE 0 END) AS retracted
