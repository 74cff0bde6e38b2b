// Marks one relationship and its fact retracted, with who, when and why. Nothing is deleted: the quotes that
// supported it stay, and reads can still show it with includeRetracted. A second retraction changes nothing.
MATCH (f:Fact {id: $id})
// Both ends bound before the relationship is matched: Expand(Into) from the end with fewer relationships.
MATCH (a:Entity {id: f.from}), (b:Entity {id: f.to})
MATCH (a)-[r]->(b)
WHERE r.id = $id
WITH f, r, r.retractedAt IS NOT NULL AS already, datetime() AS now
FOREACH (_ IN CASE WHEN already THEN [] ELSE [1] END |
  SET r.retractedAt = now, r.retractedBy = $actor, r.retractionReason = $reason,
      f.retractedAt = now, f.retractedBy = $actor, f.retractionReason = $reason)
RETURN already, r.retractedAt AS retractedAt, r.retractedBy AS retractedBy
